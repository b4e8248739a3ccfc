"""The database's health: checks at start, the "running" marker, the WAL kept small (issue 14).

* ``check_file(db_path, full=...)``: what is wrong with the file, if anything -- read with plain
  ``sqlite3`` before SQLAlchemy touches it: missing, a folder, 0 bytes, not an SQLite file, a
  bad header, truncated, ``PRAGMA quick_check`` (or ``integrity_check`` with ``full``) failing,
  busy, unreadable.  ``kiosk.store.recovery`` decides what to do with the answer.
* The **running marker** ``<home>/kiosk.running`` (JSON): written when the kiosk opens its
  database, removed at a clean close.  Present at start means the last run did not end cleanly
  (a power cut, a kill): the full ``integrity_check`` runs.  It also says whether a write began
  since the last ``wal_checkpoint(TRUNCATE)`` ("dirty") and when that checkpoint was: with it,
  a ``-wal`` deleted or emptied after a crash is noticed (``inspect_wal``).
* The **state file** ``<home>/kiosk.state.json``: written at every open; its presence says a
  kiosk was set up here, so a missing or emptied database is never taken for a new kiosk.
* ``checkpoint(store)``: ``wal_checkpoint(TRUNCATE)``, for a clean close and for quiet moments
  (a learner or staff member signed out: the app calls it on the database lane).  With
  ``journal_size_limit`` (``JOURNAL_SIZE_LIMIT``) and SQLite's own ``wal_autocheckpoint``
  (1000 pages) the ``-wal`` stays small.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import struct
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.private_files import FILE_MODE, POSIX

if TYPE_CHECKING:
    from kiosk.store.store import Store

log = logging.getLogger("kiosk.store.health")

MARKER = "kiosk.running"
STATE = "kiosk.state.json"
JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024  # bytes the -wal is cut back to after a checkpoint
SQLITE_MAGIC = b"SQLite format 3\x00"

# What ``check_file`` finds.  Kinds in DAMAGED are moved aside and restored from a backup.
OK = "ok"
MISSING = "missing"
EMPTY = "empty"  # 0 bytes
NOT_A_FILE = "not-a-file"  # a folder (or another non-file) where the database should be
NOT_SQLITE = "not-sqlite"  # no SQLite header (text, zeroes, garbage)
BAD_HEADER = "bad-header"  # an SQLite header with an impossible page size
TRUNCATED = "truncated"
CORRUPT = "corrupt"  # quick_check / integrity_check failed, or SQLite said malformed
NO_TABLES = "no-tables"  # a valid SQLite file with no kiosk tables (made afresh)
BUSY = "busy"
UNREADABLE = "unreadable"
DAMAGED = frozenset({EMPTY, NOT_A_FILE, NOT_SQLITE, BAD_HEADER, TRUNCATED, CORRUPT, NO_TABLES})


@dataclass(frozen=True)
class Health:
    kind: str
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.kind == OK


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_iso(text: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- the file itself ---------------------------------------------------------------------------


def _header_problem(db_path: Path, size: int) -> Health | None:
    with open(db_path, "rb") as f:
        head = f.read(100)
    if not head.startswith(SQLITE_MAGIC):
        return Health(NOT_SQLITE, "no SQLite header")
    if len(head) < 100:
        return Health(TRUNCATED, f"{size} bytes: shorter than the header")
    raw = struct.unpack(">H", head[16:18])[0]
    page = 65536 if raw == 1 else raw
    if page < 512 or page > 65536 or page & (page - 1):
        return Health(BAD_HEADER, f"page size {raw}")
    if size % page:
        return Health(TRUNCATED, f"{size} bytes is not a whole number of {page}-byte pages")
    pages_in_header = struct.unpack(">I", head[28:32])[0]
    counter, valid_for = head[24:28], head[92:96]
    if counter == valid_for and pages_in_header > size // page:
        return Health(TRUNCATED, f"{size // page} of {pages_in_header} pages")
    return None


def check_file(db_path: Path, *, full: bool = False) -> Health:
    """What is wrong with the database file (``Health.ok`` when nothing): the header first, then
    ``PRAGMA quick_check`` (``integrity_check`` when ``full``) on a plain sqlite3 connection."""
    db_path = Path(db_path)
    if not db_path.exists() and not db_path.is_symlink():
        return Health(MISSING)
    if not db_path.is_file():
        return Health(NOT_A_FILE, "not a regular file")
    size = db_path.stat().st_size
    if size == 0:
        return Health(EMPTY, "0 bytes")
    try:
        problem = _header_problem(db_path, size)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):  # no permission to read it: not damage
            return Health(UNREADABLE, str(exc))
        return Health(CORRUPT, f"read error: {exc}")
    if problem is not None:
        return problem
    try:
        conn = sqlite3.connect(str(db_path), timeout=5, isolation_level=None)
    except sqlite3.Error as exc:
        return _sqlite_health(exc)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            return Health(CORRUPT, "; ".join(str(r[0]) for r in rows[:5]))
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        if not tables:
            return Health(NO_TABLES, "an SQLite file with no tables")
        return Health(OK)
    except sqlite3.Error as exc:
        return _sqlite_health(exc)
    finally:
        conn.close()


def _sqlite_health(exc: sqlite3.Error) -> Health:
    low = str(exc).lower()
    if "locked" in low or "busy" in low:
        return Health(BUSY, str(exc))
    if "unable to open" in low or "readonly" in low or "permission" in low:
        return Health(UNREADABLE, str(exc))
    return Health(CORRUPT, str(exc))


# -- the -wal ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WalState:
    """What the ``-wal`` holds: ``problem`` names a loss SQLite would pass over silently."""

    exists: bool
    size: int = 0
    frames: int = 0  # valid frames up to the last commit
    problem: str | None = None  # "missing", "bad-header", "torn", "garbage"


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def inspect_wal(db_path: Path, *, dirty: bool = False) -> WalState:
    """Read the ``-wal`` as SQLite would (header, salts, checksums) and say what it would drop
    without a word.  ``dirty``: the marker says a write began after the last checkpoint (so the
    ``-wal`` should hold frames)."""
    wal = Path(str(db_path) + "-wal")
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return WalState(False, problem="missing" if dirty else None)
    except OSError:
        return WalState(True, problem="bad-header")
    size = len(data)
    if size == 0:
        return WalState(True, 0, problem="missing" if dirty else None)
    if size < 32:
        return WalState(True, size, problem="bad-header")
    magic, version, page, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    if magic not in (0x377F0682, 0x377F0683) or version != 3007000 or page < 512 \
            or page > 65536 or page & (page - 1):
        return WalState(True, size, problem="bad-header")
    big = bool(magic & 1)
    s0, s1 = _checksum(data[:24], 0, 0, big)
    if (s0, s1) != (c0, c1):
        return WalState(True, size, problem="bad-header")
    frame_size = 24 + page
    offset, frames, committed = 32, 0, 0
    broken_at = None
    while offset + frame_size <= size:
        head = data[offset:offset + 24]
        _pgno, commit, f1, f2, k0, k1 = struct.unpack(">6I", head)
        if (f1, f2) != (salt1, salt2):
            break  # an older generation's frame: normal after a checkpoint
        t0, t1 = _checksum(head[:8] + data[offset + 24:offset + frame_size], s0, s1, big)
        if (t0, t1) != (k0, k1):
            broken_at = offset
            break
        s0, s1 = t0, t1
        frames += 1
        if commit:
            committed = frames
        offset += frame_size
    if broken_at is not None:
        # A frame of this generation with a wrong checksum: garbage or a torn write.  Later
        # frames of the same generation mean committed work after it is dropped.
        later = broken_at + frame_size
        while later + 24 <= size:
            if struct.unpack(">2I", data[later + 8:later + 16]) == (salt1, salt2):
                return WalState(True, size, committed, "garbage")
            later += frame_size
        return WalState(True, size, committed, "torn")
    if (size - 32) % frame_size:
        return WalState(True, size, committed, "torn")
    return WalState(True, size, committed, None)


# -- the marker and the state file ---------------------------------------------------------------


def _write_json(path: Path, doc: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(tmp, flags, FILE_MODE) if POSIX else os.open(tmp, flags)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(doc, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


class Marker:
    """``<home>/kiosk.running`` while the kiosk has its database open."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home) / MARKER
        self.dirty = False
        self.checkpointed_at: datetime | None = None

    def previous(self) -> dict[str, Any] | None:
        """The marker a run that did not end cleanly left (None: the last run ended cleanly).
        A marker that cannot be read still says "unclean"."""
        if not self.path.exists():
            return None
        return read_json(self.path) or {"dirty": True}

    def write(self, *, dirty: bool, now: datetime | None = None) -> None:
        now = now or _now()
        if not dirty:
            self.checkpointed_at = now
        self.dirty = dirty
        doc = {"pid": os.getpid(), "dirty": dirty,
               "checkpointed_at": _iso(self.checkpointed_at or now), "at": _iso(now)}
        try:
            _write_json(self.path, doc)
        except OSError as exc:  # the disk is full or read-only: the database says so itself
            log.warning("running marker not written: %s", exc)

    def remove(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("running marker not removed: %s", exc)


def write_state(home: Path, **fields: Any) -> None:
    """``<home>/kiosk.state.json``: a kiosk lives here (kept across runs; fields merged)."""
    path = Path(home) / STATE
    doc = read_json(path) or {}
    doc.update(fields)
    doc.setdefault("created_at", _iso(_now()))
    try:
        _write_json(path, doc)
    except OSError as exc:
        log.warning("state file not written: %s", exc)


def kiosk_was_here(home: Path) -> bool:
    """A kiosk was set up in ``home`` (its state file, or backups of it)."""
    home = Path(home)
    return (home / STATE).exists() or any((home / "backups").glob("kiosk-*.sqlite3"))


# -- the WAL kept small ---------------------------------------------------------------------------


def watch_writes(store: Store, marker: Marker) -> None:
    """Before the first write transaction after a checkpoint, mark the marker "dirty" (one small
    file write per checkpoint cycle; the answer path pays nothing more).  Both of the store's
    ways to write call it (``Lite.before_write``; the ORM's engine calls the same hooks)."""

    def before_write() -> None:
        if not marker.dirty:
            marker.write(dirty=True)

    store.lite.before_write.append(before_write)
    store._health_marker = marker  # type: ignore[attr-defined]
    # A store nobody closes (a script, a command that returned early) has its connections closed
    # when it is collected or when Python exits, and SQLite's last close copies the -wal into
    # the database and deletes it: the marker must go with it, or the next start reads "the
    # -wal is missing after an unclean end" and reports answers lost that are not.
    store._forgotten = weakref.finalize(store, _close_forgotten, store.lite, store._engines, marker)  # type: ignore[attr-defined]


def _close_forgotten(lite: Any, engines: list, marker: Marker) -> None:
    """What ``close_cleanly`` does, for a store that was never closed (no generation stamp:
    the last one stands)."""
    try:
        busy, _frames, _done = _wal_checkpoint(lite)
        for engine in engines:
            engine.dispose()
        lite.close()
        if not busy:
            marker.remove()
    except Exception as exc:  # noqa: BLE001 - the next start checks everything anyway
        log.warning("database not closed cleanly: %s", exc)


def _wal_checkpoint(lite: Any) -> tuple[int, int, int]:
    """(busy, log frames, checkpointed frames) of ``PRAGMA wal_checkpoint(TRUNCATE)`` (on a
    connection of its own when the store's was closed already)."""
    sql = "PRAGMA wal_checkpoint(TRUNCATE)"
    with lite._lock:
        try:
            return tuple(lite.conn.execute(sql).fetchone())
        except sqlite3.ProgrammingError:  # closed
            conn = sqlite3.connect(str(lite.path))
            try:
                return tuple(conn.execute(sql).fetchone())
            finally:
                conn.close()


def checkpoint(store: Store) -> tuple[int, int] | None:
    """``PRAGMA wal_checkpoint(TRUNCATE)``: the ``-wal`` goes back to 0 bytes when no reader
    holds it (else SQLite does what it can and says so).  Cheap when there is little to copy:
    call it at quiet moments (a sign-out) and at a clean close.  Returns (log, checkpointed)
    frames, None when SQLite was busy."""
    try:
        busy, wal_frames, done = _wal_checkpoint(store.lite)
    except Exception as exc:  # noqa: BLE001 - a checkpoint is an optimisation: log, go on
        log.warning("checkpoint failed: %s", exc)
        return None
    marker = getattr(store, "_health_marker", None)
    if busy:
        return None
    if marker is not None and marker.path.exists():
        marker.write(dirty=False)
    return wal_frames, done


GENERATION_KEY = "health_generation"
GENERATIONS_KEPT = 64


def stamp_generation(store: Store, home: Path, now: datetime | None = None) -> None:
    """A new token in the database (settings) and outside it (the state file), so a database
    later replaced by an OLDER copy is noticed at start (``generation_problem``).  Outside
    first as "pending", then in the database, then outside as confirmed: a crash between the
    steps leaves a token the state file knows."""
    import uuid

    now = now or _now()
    token = uuid.uuid4().hex
    state = read_json(Path(home) / STATE) or {}
    write_state(home, generation_pending=token)
    store.set_setting(GENERATION_KEY, token)
    kept = [g for g in state.get("generations") or [] if isinstance(g, list) and len(g) == 2]
    write_state(home, generation=token, generations=(kept + [[token, _iso(now)]])[-GENERATIONS_KEPT:])


def generation_problem(db_path: Path, home: Path) -> tuple[str, str] | None:
    """(from, to) -- the window missing -- when the database carries an OLDER token than the
    state file's last one (a copy put back by hand, a file system that lost its last writes);
    None when it matches or nothing is known."""
    state = read_json(Path(home) / STATE) or {}
    known = {state.get("generation"), state.get("generation_pending")} - {None}
    if not known:
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (GENERATION_KEY,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    current = row[0] if row else None
    if current in known:
        return None
    history = {g[0]: g[1] for g in state.get("generations") or [] if isinstance(g, list) and len(g) == 2}
    latest = (state.get("generations") or [[None, None]])[-1][1]
    return history.get(current) or state.get("created_at") or "", latest or ""


def quiet_moment(store: Store) -> None:
    """A sign-out (the app calls it on the database lane): a new generation token, then the
    ``-wal`` cut back."""
    marker = getattr(store, "_health_marker", None)
    if marker is not None:
        try:
            stamp_generation(store, marker.path.parent)
        except Exception as exc:  # noqa: BLE001 - bookkeeping: never stop a sign-out
            log.warning("generation not stamped: %s", exc)
    checkpoint(store)


def close_cleanly(store: Store) -> None:
    """The clean end: checkpoint, then the marker goes (the next start is a clean one)."""
    marker = getattr(store, "_health_marker", None)
    if marker is not None:  # a CLI beside a running kiosk leaves the checkpoint to the kiosk
        quiet_moment(store)
    store.close()
    if marker is not None:
        marker.remove()
        forgotten = getattr(store, "_forgotten", None)
        if forgotten is not None:
            forgotten.detach()
