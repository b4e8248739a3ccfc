"""The database on plain ``sqlite3``: the learner's path, without SQLAlchemy (issue 14.5).

A learner signs in, opens lessons, answers and signs out on this connection: every write of
that path (``kiosk.learning.progress``, the count cells of ``kiosk.sync.outbox_cells``) and its
reads (the home, the sign-in roster, the site's settings) are plain SQL here.  The ORM
(``Store.engine``, ``Store.transaction``) is loaded with the first staff page, a migration, a
sync or an export: SQLAlchemy and its objects are ~20 MB of a low-spec PC's memory that a day of
children never needs.

The connection is the engine's twin (``kiosk.store.engine``): the same pragmas (WAL,
``synchronous=FULL``, foreign keys, busy timeout, journal size limit), the same transactions
(``BEGIN IMMEDIATE`` for a write, a deferred ``BEGIN`` for a read; ``sqlite3``'s own transaction
handling off), and the same ``StorageProblem`` for an environment's failure (disk full, damaged,
read-only, busy).  One connection, used by one thread at a time (a lock: the database lane, and
now and then the main thread).

Stored values are the ORM's: a moment is naive UTC text ``YYYY-MM-DD HH:MM:SS.ffffff``
(``db_time`` / ``from_db_time``), a day ``YYYY-MM-DD``, a boolean 0/1; ids are ``new_id()``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.core.errors import Code, StorageProblem

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    # busy_timeout first: switching to WAL may have to wait for another connection.
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    # The -wal is cut back to 4 MB after each checkpoint (kiosk.store.health); SQLite's own
    # wal_autocheckpoint (1000 pages) stays on.
    "PRAGMA journal_size_limit=4194304",
)

_STORAGE_WORDS = ("disk is full", "readonly", "read-only", "not a database", "malformed", "locked",
                  "unable to open", "disk i/o error")


def set_up(conn: sqlite3.Connection) -> None:
    """The kiosk's pragmas on a new connection (``sqlite3``'s own BEGIN/COMMIT switched off)."""
    conn.isolation_level = None
    cursor = conn.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
            row = cursor.fetchone()
            if pragma.startswith("PRAGMA journal_mode") and (row is None or row[0] != "wal"):
                log.warning("SQLite refused WAL mode (got %r); running without it", row)
    finally:
        cursor.close()


def prepare_file(db_path: Path) -> None:
    """Before a writable open (the plain connection or the engine): a newer kiosk's file refused
    before SQLite switches its journal or leaves a ``-wal`` beside it (``DatabaseTooNew``); the
    file made 0600 before SQLite creates it with the umask's mode; an existing ``-wal``, ``-shm``
    or ``-journal`` that others could read narrowed."""
    from kiosk.core.private_files import narrow_existing, private_file
    from kiosk.store.read_only import refuse_newer

    refuse_newer(db_path)
    try:
        private_file(db_path)
    except OSError as exc:  # a missing or read-only folder: SQLite's own error says it when opening
        log.debug("could not create %s ahead of SQLite: %s", db_path, exc)
    narrow_existing(*(db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")))


def is_storage_text(text: str) -> bool:
    """True for an SQLite error message that is the environment's fault (not our SQL)."""
    low = text.lower()
    return any(word in low for word in _STORAGE_WORDS)


def problem_from_text(text: str, db_path: Path | None = None) -> StorageProblem:
    """An SQLite error message caused by the environment, as a ``StorageProblem``."""
    low = text.lower()
    # SQLite's own English words are the only signal it gives: read them here, once.
    if "disk is full" in low or "database or disk is full" in low:
        code = Code.DISK_FULL
    elif "readonly" in low or "read-only" in low:
        code = Code.DATABASE_READ_ONLY
    elif "not a database" in low or "malformed" in low:
        code = Code.DATABASE_DAMAGED
    elif "locked" in low or "busy" in low:
        code = Code.DATABASE_BUSY
    else:
        code = Code.STORAGE
    where = f" ({db_path})" if db_path is not None else ""
    return StorageProblem(code, detail=f"SQLite: {text}{where}")


# -- values as the ORM stores them -----------------------------------------------------------


def db_time(moment: datetime) -> str:
    """A UTC moment as stored (``kiosk.store.models.UTCDateTime`` through SQLAlchemy's SQLite
    DateTime): naive UTC, microseconds always written.  A naive moment is a bug."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware UTC time (clock.utcnow())")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def from_db_time(text: str | None) -> datetime | None:
    """A stored moment back, tz-aware UTC (None stays None)."""
    if text is None:
        return None
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def from_db_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


class Lite:
    """One plain ``sqlite3`` connection on the kiosk's database (see the module's doc)."""

    def __init__(self, conn: sqlite3.Connection, db_path: Path, *, read_only: bool = False) -> None:
        self.conn = conn
        self.path = Path(db_path)
        self.read_only = read_only
        self._lock = threading.RLock()
        self._depth = 0
        self.before_write: list[Callable[[], None]] = []  # called before each write transaction

    @classmethod
    def connect(cls, db_path: Path) -> Lite:
        """A writable connection (the file is created when missing; the caller made it 0600)."""
        try:
            conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise problem_from_text(str(exc), db_path) from exc
        try:
            set_up(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fail early
        except sqlite3.Error as exc:
            conn.close()
            raise problem_from_text(str(exc), db_path) from exc
        return cls(conn, db_path)

    @classmethod
    def connect_read_only(cls, db_path: Path) -> Lite:
        from kiosk.store.read_only import connect_read_only

        try:
            return cls(connect_read_only(db_path), db_path, read_only=True)
        except sqlite3.Error as exc:
            raise problem_from_text(str(exc), db_path) from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): committed at the end, rolled back on any
        error.  SQLite errors caused by the environment become ``StorageProblem``."""
        with self._lock:
            if self._depth:
                raise RuntimeError("a transaction inside a transaction")
            if self.read_only:
                raise StorageProblem(Code.DATABASE_READ_ONLY, detail=f"{self.path}: opened read-only")
            for hook in self.before_write:
                hook()
            with self._begun("BEGIN IMMEDIATE") as conn:
                yield conn

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only snapshot (deferred ``BEGIN``): never waits for a writer."""
        with self._lock:
            if self._depth:
                raise RuntimeError("a transaction inside a transaction")
            with self._begun("BEGIN") as conn:
                yield conn

    @contextmanager
    def _begun(self, begin: str) -> Iterator[sqlite3.Connection]:
        conn = self.conn
        self._depth += 1
        try:
            try:
                conn.execute(begin)
            except sqlite3.Error as exc:
                if is_storage_text(str(exc)):
                    raise problem_from_text(str(exc)) from exc
                raise
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error as rollback_error:  # the original error says more
                        log.warning("rollback failed: %s", rollback_error)
                if isinstance(exc, sqlite3.Error) and is_storage_text(str(exc)):
                    raise problem_from_text(str(exc)) from exc
                raise
        finally:
            self._depth -= 1

    def close(self) -> None:
        with self._lock:
            self.conn.close()
