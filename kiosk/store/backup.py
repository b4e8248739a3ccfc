"""Automatic backups of the database (issue 14; Anki's automatic backups are the model).

* Taken with SQLite's backup API (``sqlite3.Connection.backup``): a consistent copy while the
  kiosk keeps working (WAL: readers never block the writer).
* At most one a day: at start when the newest is older than ``DAILY`` (the app runs it on a
  background lane; ``kiosk backup now --home DIR`` takes one at once).
* In ``<home>/backups/`` (0700; each file 0600), named ``kiosk-YYYYMMDDTHHMMSSZ.sqlite3``
  (UTC).
* Verified after writing: opened, ``PRAGMA integrity_check``, the schema's revision read.  A
  copy that fails is deleted and logged, never kept as good.
* Kept: the 7 newest (daily) and, older than those, the newest of each of 4 more ISO weeks
  (weekly); the rest are deleted.

``list_backups(home)`` lists them (``kiosk doctor`` and the staff area read it);
``newest_good(home)`` is what recovery restores.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.core.private_files import FILE_MODE, POSIX, private_dir

log = logging.getLogger("kiosk.store.backup")

FOLDER = "backups"
PREFIX, SUFFIX = "kiosk-", ".sqlite3"
STAMP = "%Y%m%dT%H%M%SZ"
DAILY = timedelta(days=1)
KEEP_DAILY, KEEP_WEEKLY = 7, 4


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    kind: str  # "daily" | "weekly"
    size: int


def backups_dir(home: Path) -> Path:
    return Path(home) / FOLDER


def _taken_at(path: Path) -> datetime | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        return datetime.strptime(name[len(PREFIX):-len(SUFFIX)], STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _kinds(stamped: list[tuple[datetime, Path]]) -> dict[Path, str]:
    """Which to keep, newest first: 7 daily, then the newest of each of 4 more ISO weeks."""
    kinds: dict[Path, str] = {}
    weeks: set[tuple[int, int]] = set()
    for index, (moment, path) in enumerate(sorted(stamped, reverse=True)):
        week = moment.isocalendar()[:2]
        if index < KEEP_DAILY:
            kinds[path] = "daily"
            weeks.add(week)
        elif week not in weeks and sum(1 for k in kinds.values() if k == "weekly") < KEEP_WEEKLY:
            kinds[path] = "weekly"
            weeks.add(week)
    return kinds


def list_backups(home: Path) -> list[Backup]:
    """The backups kept in ``<home>/backups``, newest first."""
    folder = backups_dir(home)
    stamped = [(moment, path) for path in folder.glob(f"{PREFIX}*{SUFFIX}")
               if (moment := _taken_at(path)) is not None and path.is_file()]
    kinds = _kinds(stamped)
    out = []
    for moment, path in sorted(stamped, reverse=True):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        out.append(Backup(path, moment, kinds.get(path, "old"), size))
    return out


# Page cache of the backup's own connections (KiB; SQLite's default is 2,000 per connection):
# copying and checking the whole file went through three of them, ~5 MB more at the start of
# the day on a 2 GB PC (issue 14.5).  Each page is read once either way; the OS caches the file.
CACHE_KIB = 256


def _small_cache(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")


def verify(path: Path) -> str | None:
    """None when the copy is good: it opens, passes ``integrity_check`` and has a readable
    schema revision; else what is wrong."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        _small_cache(conn)
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            return "; ".join(str(r[0]) for r in rows[:5])
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if not revision or not revision[0]:
            return "no schema revision"
        return None
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def newest_good(home: Path) -> Backup | None:
    """The newest backup that passes ``verify`` (one that fails is left in place and logged)."""
    for backup in list_backups(home):
        problem = verify(backup.path)
        if problem is None:
            return backup
        log.error("backup %s failed its check: %s", backup.path.name, problem)
    return None


def due(home: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    now = now or datetime.now(UTC)
    kept = list_backups(home)
    return not kept or now - kept[0].taken_at >= DAILY


def copy_database(source: Path, target: Path) -> None:
    """``source`` copied into ``target`` (created 0600) with the SQLite backup API."""
    if POSIX:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    try:
        _small_cache(src)
        dst = sqlite3.connect(str(target))
        try:
            _small_cache(dst)
            src.backup(dst)
            # A backup is one file: no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def take_backup(home: Path, db_path: Path, now: datetime | None = None) -> Backup | None:
    """A new verified backup of ``db_path``, then the old ones rotated; None when it failed its
    check (deleted, logged).  ``StorageProblem``-free: OSError and sqlite3.Error propagate
    (the disk is full...): the callers log them."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    folder = backups_dir(home)
    private_dir(folder)
    target = folder / f"{PREFIX}{now.strftime(STAMP)}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        copy_database(db_path, partial)
        problem = verify(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if problem is not None:
        partial.unlink(missing_ok=True)
        log.error("the backup just taken failed its check and was deleted: %s", problem)
        return None
    os.replace(partial, target)
    log.info("backup taken: %s (%d bytes)", target.name, target.stat().st_size)
    rotate(home)
    return next((b for b in list_backups(home) if b.path == target), None)


def rotate(home: Path) -> list[Path]:
    """Delete the backups beyond 7 daily and 4 weekly; the deleted paths."""
    gone = []
    for backup in list_backups(home):
        if backup.kind == "old":
            backup.path.unlink(missing_ok=True)
            gone.append(backup.path)
    if gone:
        log.info("old backups deleted: %d", len(gone))
    return gone


def backup_if_due(home: Path, db_path: Path, now: datetime | None = None) -> Backup | None:
    """At start: a backup when the newest is older than a day (errors logged, never raised: a
    backup must never stop the kiosk)."""
    try:
        if not due(home, now):
            return None
        return take_backup(home, db_path, now)
    except (OSError, sqlite3.Error) as exc:
        log.error("automatic backup failed: %s", exc)
        return None


def copy_newest_to(home: Path, folder: Path) -> Path:
    """The newest good backup copied into ``folder`` (a USB stick) with its own name, verified
    there; the path written.  ``LookupError`` when there is no good backup; ``OSError`` when
    the folder cannot be written."""
    import shutil

    backup = newest_good(home)
    if backup is None:
        raise LookupError("no good backup")
    target = Path(folder) / backup.path.name
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(backup.path, partial)
    with open(partial, "rb+") as f:
        os.fsync(f.fileno())
    problem = verify(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise OSError(f"the copy on the stick failed its check: {problem}")
    os.replace(partial, target)
    log.info("backup %s copied to a chosen folder", backup.path.name)
    return target
