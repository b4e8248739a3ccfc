"""Opening the database safely: check it, and recover a damaged one from the newest backup.

``open_store(db_path, home)`` is what ``kiosk.backend.Backend.open`` calls when it knows the
home.  Before SQLAlchemy touches the file:

1. A stale ``-journal`` beside a WAL database (a careless copy) is moved aside: SQLite would
   play it back into the database.
2. The ``-wal`` is read the way SQLite reads it (``kiosk.store.health.inspect_wal``): one that
   is missing after an unclean end with writes in it, has a broken header, garbage frames or a
   torn end is COPIED aside and the coordinator is told that work since the last checkpoint may
   be lost (the main file, newer than any backup, is kept: SQLite uses what is valid).
3. ``check_file``: ``quick_check`` at every start, ``integrity_check`` after an unclean end
   (the running marker was left behind).
4. A damaged database (0 bytes, truncated, zeroed or garbage header, a text file, a folder,
   malformed pages, an SQLite file with no tables) -- or a missing one in a home where a kiosk
   lived (its state file or backups say so) -- is MOVED into ``<home>/damaged/<time>/`` (never
   deleted) and the newest good backup restored.  The coordinator gets a notice with the time
   window that was lost (``<home>/recovery-notices.json``, kept until dismissed) and the log
   says the same.
5. No good backup: the kiosk does NOT start afresh (that would invite whoever sits there to
   create the coordinator and hide every learner): ``StorageProblem(Code.DATABASE_LOST)``
   until someone with access to the PC's files restores a backup or moves the home away.

A busy database (``DATABASE_BUSY``) or one this user cannot read (``DATABASE_UNREADABLE``) is
never moved: nothing is wrong with its contents.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.errors import Code, StorageProblem
from kiosk.core.i18n import Context
from kiosk.core.private_files import narrow_existing, private_dir
from kiosk.store import health
from kiosk.store.backup import copy_database, newest_good
from kiosk.store.store import Store

log = logging.getLogger("kiosk.store.recovery")
StoreWords = Context("StoreWords")

NOTICES = "recovery-notices.json"
DAMAGED_DIR = "damaged"
SIDE_FILES = ("-wal", "-shm", "-journal")
RESTORED, WAL_LOST, JOURNAL_MOVED, OLDER = "restored", "wal-lost", "journal-moved", "older"
# integrity_check reads every page and checks every index against its table: ~0.13 s for the
# 150-learner demo (5 MB) but ~21 s for the 1.3 GB generated database (README, "Backups and
# recovery"); above this size an unclean start runs quick_check (the b-trees' structure) only.
FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Notice:
    """What recovery did, for the coordinator (``words``) and the log."""

    kind: str  # RESTORED | WAL_LOST | JOURNAL_MOVED
    found: str  # what was wrong (a health kind or a -wal problem)
    at: str  # when recovery ran (UTC ISO)
    moved_to: str = ""  # the folder the damaged files were moved (or copied) into
    lost_from: str | None = None  # the lost window (UTC ISO), None: nothing lost
    lost_to: str | None = None
    backup: str = ""  # the backup's file name (RESTORED)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None


# -- notices ------------------------------------------------------------------------------------


def notices(home: Path) -> list[Notice]:
    """The notices no coordinator dismissed yet, oldest first."""
    try:
        raw = json.loads((Path(home) / NOTICES).read_text(encoding="utf-8"))
        return [Notice(**item) for item in raw]
    except (OSError, ValueError, TypeError):
        return []


def add_notice(home: Path, notice: Notice) -> None:
    health._write_json(Path(home) / NOTICES,  # noqa: SLF001 - one module family
                       [asdict(n) for n in notices(home)] + [asdict(notice)])  # type: ignore[arg-type]


def dismiss_notices(home: Path) -> None:
    """A coordinator read them."""
    (Path(home) / NOTICES).unlink(missing_ok=True)


def _local(text: str | None) -> str:
    from kiosk.core.clock import to_local

    moment = health.parse_iso(text)
    return to_local(moment).strftime("%d/%m/%Y %H:%M") if moment else "?"


def _found_words(found: str) -> str:
    """What was wrong, in words (the kinds of ``kiosk.store.health`` and the -wal's)."""
    words = {
        health.EMPTY: StoreWords.tr("the file was empty"),
        health.MISSING: StoreWords.tr("the file was missing"),
        health.NOT_A_FILE: StoreWords.tr("a folder was in its place"),
        health.NOT_SQLITE: StoreWords.tr("the file is not a database"),
        health.BAD_HEADER: StoreWords.tr("the file's beginning is damaged"),
        health.TRUNCATED: StoreWords.tr("the file was cut short"),
        health.CORRUPT: StoreWords.tr("parts of the file are damaged"),
        health.NO_TABLES: StoreWords.tr("the file had been replaced by an empty one"),
        "-wal missing": StoreWords.tr("the file of the last changes was deleted"),
        "-wal bad-header": StoreWords.tr("the file of the last changes is damaged"),
        "-wal torn": StoreWords.tr("the file of the last changes was cut short"),
        "-wal garbage": StoreWords.tr("the file of the last changes is damaged"),
        "stale -journal": StoreWords.tr("an old temporary file"),
    }
    return words.get(found, found)


def notice_words(notice: Notice) -> str:
    """The notice in words for the coordinator (local time)."""
    if notice.kind == RESTORED:
        return StoreWords.tr(
            "The kiosk's data file was damaged ({found}). It was moved aside and the backup of "
            "{backup_time} was restored. What was done between {start} and {end} is lost. The "
            "damaged file is kept in the folder \"damaged\" of the kiosk's data."
        ).format(found=_found_words(notice.found), backup_time=_local(notice.lost_from),
                 start=_local(notice.lost_from), end=_local(notice.lost_to))
    if notice.kind == WAL_LOST:
        return StoreWords.tr(
            "The kiosk stopped without closing properly and part of its last saved work was "
            "damaged or deleted ({found}). What was done between {start} and {end} may be lost."
        ).format(found=_found_words(notice.found), start=_local(notice.lost_from), end=_local(notice.lost_to))
    if notice.kind == OLDER:
        return StoreWords.tr(
            "The kiosk's data file is an older copy than the one it had saved. What was done "
            "between {start} and {end} is missing from it."
        ).format(start=_local(notice.lost_from), end=_local(notice.lost_to))
    return StoreWords.tr(
        "A leftover file beside the kiosk's data was moved aside ({found}). Nothing was lost."
    ).format(found=_found_words(notice.found))


# -- moving aside and restoring -------------------------------------------------------------------


def _aside_dir(home: Path, now: datetime) -> Path:
    base = Path(home) / DAMAGED_DIR
    private_dir(base)
    folder = base / now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    n = 1
    while folder.exists():
        n += 1
        folder = base / f"{now.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}-{n}"
    private_dir(folder)
    return folder


def move_aside(db_path: Path, home: Path, now: datetime) -> Path:
    """The database and its side files moved into ``<home>/damaged/<time>/``; that folder."""
    folder = _aside_dir(home, now)
    for suffix in ("", *SIDE_FILES):
        path = Path(str(db_path) + suffix)
        if path.exists() or path.is_symlink():
            os.replace(path, folder / path.name)
    return folder


def restore(db_path: Path, home: Path, found: str, *, lost_to: datetime,
            now: datetime) -> Notice:
    """The newest good backup copied to ``db_path`` (which must not exist now); the notice.
    ``StorageProblem(DATABASE_LOST)`` when there is none."""
    backup = newest_good(home)
    if backup is None:
        log.critical("the database is %s and there is no good backup: the kiosk will not start "
                     "afresh (see README, 'Backups and recovery')", found)
        raise StorageProblem(Code.DATABASE_LOST, detail=f"{db_path}: {found}, no good backup")
    copy_database(backup.path, db_path)
    notice = Notice(RESTORED, found, _iso(now), lost_from=_iso(backup.taken_at),
                    lost_to=_iso(max(lost_to, backup.taken_at)), backup=backup.path.name)
    return notice


# -- the way in ---------------------------------------------------------------------------------


def _other_process_alive(previous: dict | None) -> bool:
    pid = (previous or {}).get("pid")
    if not isinstance(pid, int) or pid == os.getpid() or pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would TERMINATE the process on Windows
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # no permission to signal it (another user's process): alive
        return True
    return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel32.CloseHandle(handle)


def _is_wal_db(db_path: Path) -> bool:
    try:
        with open(db_path, "rb") as f:
            head = f.read(20)
    except OSError:
        return False
    return head.startswith(health.SQLITE_MAGIC) and len(head) == 20 and head[18] == 2


def prepare(db_path: Path, home: Path, now: datetime | None = None,
            *, shared: bool = False) -> list[Notice]:
    """Check the file and recover what needs it (see the module); the notices made.
    ``shared``: another live kiosk process has the database open: check only, never move."""
    now = now or datetime.now(UTC)
    db_path, home = Path(db_path), Path(home)
    marker = health.Marker(home)
    previous = None if shared else marker.previous()
    unclean = previous is not None
    made: list[Notice] = []

    journal = Path(str(db_path) + "-journal")
    if not shared and journal.exists() and _is_wal_db(db_path):
        folder = _aside_dir(home, now)
        os.replace(journal, folder / journal.name)
        made.append(Notice(JOURNAL_MOVED, "stale -journal", _iso(now), moved_to=str(folder)))

    if not shared and db_path.is_file() and db_path.stat().st_size:
        wal = health.inspect_wal(db_path, dirty=bool(unclean and previous.get("dirty")))
        if wal.problem:
            folder = _aside_dir(home, now)
            wal_path = Path(str(db_path) + "-wal")
            if wal_path.exists():
                shutil.copy2(wal_path, folder / wal_path.name)
            start = (previous or {}).get("checkpointed_at") or _iso(now)
            end = _mtime(wal_path) or _mtime(marker.path) or now
            made.append(Notice(WAL_LOST, f"-wal {wal.problem}", _iso(now), moved_to=str(folder),
                               lost_from=start, lost_to=_iso(end)))

    full = unclean and _size(db_path) <= FULL_CHECK_MAX_BYTES
    if unclean and not full:
        log.warning("unclean end: the database is too large for integrity_check at start; "
                    "quick_check only")
    found = health.check_file(db_path, full=full)
    if found.kind == health.BUSY:
        raise StorageProblem(Code.DATABASE_BUSY, detail=found.detail)
    if found.kind == health.UNREADABLE:
        raise StorageProblem(Code.DATABASE_UNREADABLE, detail=f"{db_path}: {found.detail}")
    lived_here = health.kiosk_was_here(home)
    # An empty file in a home where no kiosk ever lived is a first start that stopped early:
    # SQLite makes a new database of it.  Anywhere else emptiness is damage.
    damaged = (found.kind in health.DAMAGED and (
        lived_here or found.kind not in (health.EMPTY, health.NO_TABLES))) or (
        found.kind == health.MISSING and lived_here)
    if damaged:
        if shared:
            raise StorageProblem(Code.DATABASE_DAMAGED, detail=f"{db_path}: {found.kind}")
        log.error("database %s: %s %s", db_path.name, found.kind, found.detail)
        lost_to = max(filter(None, [_mtime(db_path), _mtime(Path(str(db_path) + "-wal")),
                                    _mtime(marker.path)]), default=now)
        folder = move_aside(db_path, home, now) if found.kind != health.MISSING else None
        made = [n for n in made if n.kind == JOURNAL_MOVED]  # the restore covers the -wal's loss
        notice = restore(db_path, home, found.kind, lost_to=lost_to, now=now)
        made.append(Notice(**{**asdict(notice), "moved_to": str(folder or "")}))
    elif found.kind == health.OK and not shared:
        older = health.generation_problem(db_path, home)
        if older is not None:
            made.append(Notice(OLDER, "older copy", _iso(now), lost_from=older[0] or None,
                               lost_to=older[1] or _iso(now)))
    for notice in made:
        add_notice(home, notice)
        if notice.lost_from:
            log.error("recovery: %s (%s); lost between %s and %s; moved to %s", notice.kind,
                      notice.found, notice.lost_from, notice.lost_to, notice.moved_to or "-")
        else:
            log.warning("recovery: %s (%s); moved to %s", notice.kind, notice.found,
                        notice.moved_to)
    return made


def open_store(db_path: Path, home: Path, now: datetime | None = None) -> Store:
    """Check, recover if needed, open; the running marker written and writes watched."""
    home = Path(home)
    # Narrowed before the checks open it: SQLite gives a new -wal the database's mode.
    narrow_existing(*(Path(str(db_path) + suffix) for suffix in ("", "-wal", "-shm", "-journal")))
    marker = health.Marker(home)
    shared = _other_process_alive(health.read_json(marker.path))
    made = prepare(db_path, home, now, shared=shared)
    had_marker = marker.path.exists()
    if not shared:
        marker.write(dirty=True)
    try:
        store = Store.open(Path(db_path))
    except BaseException:
        if not shared and not had_marker:  # refused (a newer kiosk's file...): leave no trace
            marker.remove()
        raise
    # The back end makes a restored install a new one for the collector (kiosk.sync.identity).
    store.restored_from = next((n for n in made if n.kind == RESTORED), None)  # type: ignore[attr-defined]
    if not shared:
        health.watch_writes(store, marker)
        health.quiet_moment(store)
    health.write_state(home, opened_at=_iso(datetime.now(UTC)))
    return store


__all__ = ["Notice", "add_notice", "dismiss_notices", "notice_words", "notices", "open_store",
           "prepare"]


class Backups:
    """The backups and recovery notices of one home, for the back end's callers (the staff
    area's "Copiar respaldo a USB", ``kiosk backup``, ``kiosk doctor``)."""

    def __init__(self, home: Path, db_path: Path) -> None:
        self.home, self.db_path = Path(home), Path(db_path)

    def list(self) -> list:
        from kiosk.store.backup import list_backups

        return list_backups(self.home)

    def take(self, now: datetime | None = None):
        from kiosk.store.backup import take_backup

        return take_backup(self.home, self.db_path, now)

    def take_if_due(self, now: datetime | None = None):
        from kiosk.store.backup import backup_if_due

        return backup_if_due(self.home, self.db_path, now)

    def copy_newest_to(self, folder: Path) -> Path:
        from kiosk.store.backup import copy_newest_to

        return copy_newest_to(self.home, Path(folder))

    def notices(self) -> list[str]:
        """The recovery notices in words, oldest first."""
        return [notice_words(n) for n in notices(self.home)]

    def dismiss_notices(self) -> None:
        dismiss_notices(self.home)
