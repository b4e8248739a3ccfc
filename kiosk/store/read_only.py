"""Read-only opening of the kiosk's database: exports, reports, ``kiosk sync status``, doctor.

A read-only open never creates the file, never migrates it, never changes its journal mode and
never takes the write lock, so it works beside a busy kiosk (another process holding
``BEGIN IMMEDIATE``) and leaves a damaged or newer database exactly as it found it:

* SQLite's ``mode=ro`` URI (the file is opened read-only by the OS too) and ``PRAGMA query_only``;
* SQLite makes the ``-wal`` and ``-shm`` beside a WAL database when they are missing, even for a
  read-only connection, and cannot remove them afterwards (empty files; the next kiosk start uses them);
* every transaction is a deferred ``BEGIN`` (a snapshot: readers never wait for the writer in WAL);
* the schema must be at this kiosk's head: a newer one is ``DatabaseTooNew``, an older one asks
  for the kiosk to be opened once (which migrates it).

``refuse_newer(db_path)`` is the same revision check made before a writable open
(``kiosk.store.engine.make_engine``), so that a newer kiosk's file is refused before SQLite
switches its journal mode or leaves a ``-wal`` beside it.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kiosk import resources
from kiosk.core.errors import Code, DatabaseTooNew, StorageProblem
from kiosk.store.lite import BUSY_TIMEOUT_MS
from kiosk.store.revision import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Engine

_REVISION_LINE = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*['"]([^'"]+)['"]""", re.MULTILINE)


def known_revisions() -> frozenset[str]:
    """The revisions this kiosk's migrations know (read from db/versions without Alembic)."""
    found = set()
    for path in (resources.db_dir() / "versions").glob("*.py"):
        match = _REVISION_LINE.search(path.read_text(encoding="utf-8"))
        if match:
            found.add(match.group(1))
    return frozenset(found) | {HEAD_REVISION}


def ro_uri(db_path: Path) -> str:
    """SQLite's read-only URI for ``db_path`` (odd characters in the path quoted)."""
    return f"file:{quote(str(Path(db_path).resolve()))}?mode=ro"


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that can only read (``mode=ro`` and ``query_only``)."""
    conn = sqlite3.connect(ro_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA query_only=ON")
    return conn


def stamped_revisions(conn: sqlite3.Connection) -> set[str] | None:
    """The Alembic revisions stamped in the database; None when it has no alembic_version."""
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if has is None:
        return None
    return {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}


def newer_revisions(revisions: set[str] | None) -> set[str]:
    """The stamped revisions this kiosk does not know (written by a newer kiosk)."""
    if not revisions or revisions == {HEAD_REVISION}:
        return set()
    return set(revisions) - known_revisions()


def too_new(db_path: Path, revisions: set[str]) -> DatabaseTooNew:
    return DatabaseTooNew(detail=f"{db_path}: database revision {', '.join(sorted(revisions))!r} is unknown; "
                                 f"this kiosk knows up to {HEAD_REVISION!r}")


def refuse_newer(db_path: Path) -> None:
    """Raise ``DatabaseTooNew`` when the existing file at ``db_path`` was written by a newer kiosk;
    looks with a read-only connection and changes nothing.  Anything else (no file, an empty or
    damaged one) is left for the writable open to judge."""
    path = Path(db_path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return
        if path.with_name(path.name + "-wal").exists():
            conn = connect_read_only(path)  # committed answers may wait in the -wal: read them too
        else:  # nothing in a -wal: look without creating one (a read-only open would leave it)
            conn = sqlite3.connect(ro_uri(path) + "&immutable=1", uri=True, isolation_level=None)
    except (OSError, sqlite3.Error):
        return
    try:
        newer = newer_revisions(stamped_revisions(conn))
    except sqlite3.Error:
        return
    finally:
        conn.close()
    if newer:
        raise too_new(path, newer)


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit a deferred BEGIN ourselves
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only=ON")
    finally:
        cursor.close()


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_read_only_engine(db_path: Path) -> Engine:
    """An engine that can only read the existing database at ``db_path``, at this kiosk's head.

    ``StorageProblem`` when the file is missing (never created here), cannot be read, is damaged,
    foreign or behind head; ``DatabaseTooNew`` when a newer kiosk wrote it."""
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.exc import DatabaseError

    from kiosk.store.engine import storage_problem

    path = Path(db_path)
    if not path.is_file():
        raise StorageProblem(Code.STORAGE, detail=f"{path}: no database file (a read-only open never creates one)")
    refuse_newer(path)  # before SQLite makes a -wal and -shm beside a newer kiosk's file
    # The URL names the file (``Store.path``); the creator opens it read-only.
    engine = create_engine(URL.create("sqlite", database=str(path)), creator=lambda: sqlite3.connect(
        ro_uri(path), uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            revisions = stamped_revisions(raw)
    except DatabaseError as exc:
        engine.dispose()
        raise storage_problem(exc, path) from exc
    except sqlite3.DatabaseError as exc:  # raised by the raw connection
        engine.dispose()
        raise StorageProblem(_code_of(exc), detail=f"SQLite: {exc} ({path})") from exc
    newer = newer_revisions(revisions)
    if newer:
        engine.dispose()
        raise too_new(path, newer)
    if revisions is None:
        engine.dispose()
        raise StorageProblem(Code.DATABASE_FOREIGN, detail=f"{path}: no alembic_version")
    if revisions != {HEAD_REVISION}:
        engine.dispose()
        raise StorageProblem(Code.STORAGE, detail=f"{path}: revision {sorted(revisions)} is behind "
                                                  f"{HEAD_REVISION!r}: open the kiosk once to update it")
    return engine


def _code_of(exc: sqlite3.Error) -> str:
    low = str(exc).lower()
    if "not a database" in low or "malformed" in low:
        return Code.DATABASE_DAMAGED
    if "locked" in low or "busy" in low:
        return Code.DATABASE_BUSY
    return Code.STORAGE
