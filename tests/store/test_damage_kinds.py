"""Issue 14, point 3: 16 kinds of damage a power cut or a careless hand makes, each on a REAL
home written by a REAL process (``durable_worker``: learners registered with the real back end,
then a clean close or a SIGKILL), then damaged, then opened the way the kiosk opens it.

The two homes are built once per module (a worker process each) and copied per test, so each
test costs one copy and one open.

For damage to the DATABASE FILE: detected, moved aside into ``<home>/damaged/``, the newest good
backup restored, the kiosk opens with the backup's learners, and the coordinator's notice names
the lost window (from the backup's time).  For damage to the ``-wal``: the main file is newer
than any backup and SQLite uses what is valid in the -wal, so the file is kept (the -wal copied
aside) and the notice names the window since the last checkpoint.  A stale ``-journal`` is moved
aside (SQLite would play it into the database); a garbage ``-shm`` is rebuilt by SQLite (it is a
cache): nothing is lost in either.
"""

from __future__ import annotations

import os
import random
import shutil
import struct
from pathlib import Path

import pytest

from kiosk.core.clock import to_local
from kiosk.store import recovery
from kiosk.store.backup import list_backups, take_backup

from tests.store.durable_support import DB, learner_names, run_worker


@pytest.fixture(autouse=True)
def _english():
    """The words are checked in English (the source language); conftest resets the language."""
    from kiosk.core import i18n

    i18n.set_language("en")


pytestmark = pytest.mark.error_logs_expected  # recovery logs what it found, as it must

BACKED_UP = {f"Aprendiz {i}" for i in range(6)}  # in the backup
AFTER = {f"Aprendiz {i}" for i in range(6, 10)}  # written after it (lost by a restore)


@pytest.fixture(scope="module")
def homes(tmp_path_factory) -> dict[str, Path]:
    """'closed': 6 learners, a backup, 4 more, a clean close.  'killed': the same but the
    second process is SIGKILLed (its 4 learners are in the -wal only)."""
    out = {}
    for kind in ("closed", "killed"):
        home = tmp_path_factory.mktemp(kind)
        run_worker(home, 0, 6, kill=False)
        take_backup(home, home / DB)
        run_worker(home, 6, 4, kill=kind == "killed")
        out[kind] = home
    assert Path(str(out["killed"] / DB) + "-wal").stat().st_size > 0
    return out


def _page_size(db: Path) -> int:
    raw = struct.unpack(">H", db.read_bytes()[16:18])[0]
    return 65536 if raw == 1 else raw


def _root_page(db: Path, table: str) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)


def _truncate(path: Path, size: int) -> None:
    with open(path, "r+b") as f:
        f.truncate(size)


def garbage(n: int) -> bytes:
    return random.Random(n).randbytes(n)


def truncate_half(db):
    _truncate(db, db.stat().st_size // 2)


def truncate_page_boundary(db):
    _truncate(db, _page_size(db) * 3)


def truncate_one_byte(db):
    _truncate(db, 1)


def garbage_table_page(db):
    page = _root_page(db, "learners")
    size = _page_size(db)
    _overwrite(db, (page - 1) * size, garbage(size))


def garbage_schema_page(db):
    _overwrite(db, 100, garbage(_page_size(db) - 100))


def zeroed_header(db):
    _overwrite(db, 0, bytes(100))


def wrong_page_size(db):
    _overwrite(db, 16, struct.pack(">H", 1000))


def emptied(db):
    _truncate(db, 0)


def deleted(db):
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def text_file(db):
    db.write_text("nombre,edad\nAna,8-11\n", encoding="utf-8")


def folder(db):
    db.unlink()
    db.mkdir()
    (db / "algo.txt").write_text("x")


def no_tables(db):
    import sqlite3

    db.unlink()
    sqlite3.connect(db).execute("PRAGMA user_version=1").connection.close()


DB_KINDS = [truncate_half, truncate_page_boundary, truncate_one_byte, garbage_table_page,
            garbage_schema_page, zeroed_header, wrong_page_size, emptied, deleted, text_file,
            folder, no_tables]


@pytest.mark.parametrize("damage", DB_KINDS, ids=lambda f: f.__name__)
def test_damage_to_the_database_is_recovered_from_the_newest_backup(damage, homes, tmp_path):
    home = Path(shutil.copytree(homes["closed"], tmp_path / "home"))
    assert learner_names(home) == BACKED_UP | AFTER  # the real thing, before
    backup = list_backups(home)[0]
    damage(home / DB)
    assert learner_names(home) == BACKED_UP  # opens, with the backup's learners
    moved = list((home / "damaged").iterdir()) if (home / "damaged").exists() else []
    if damage is not deleted:
        assert len(moved) == 1 and (moved[0] / DB).exists() or (moved[0] / DB).is_dir()
    [notice] = recovery.notices(home)
    assert notice.kind == recovery.RESTORED and notice.backup == backup.path.name
    assert notice.lost_from == backup.taken_at.isoformat().replace("+00:00", "Z")
    words = recovery.notice_words(notice)
    assert "backup" in words and to_local(backup.taken_at).strftime("%H:%M") in words
    # Opened again: nothing more to do, the notice stays until dismissed.
    assert learner_names(home) == BACKED_UP and len(recovery.notices(home)) == 1


def wal_deleted(db):
    Path(str(db) + "-wal").unlink()


def wal_truncated(db):
    wal = Path(str(db) + "-wal")
    _truncate(wal, wal.stat().st_size // 2 + 7)


def wal_garbage(db):
    wal = Path(str(db) + "-wal")
    size = wal.stat().st_size
    page = struct.unpack(">I", wal.read_bytes()[8:12])[0]
    _overwrite(wal, 32 + (24 + page) * 2 + 24, garbage(page))  # the 3rd frame's page
    assert size == wal.stat().st_size


@pytest.mark.parametrize("damage", [wal_deleted, wal_truncated, wal_garbage],
                         ids=lambda f: f.__name__)
def test_a_lost_wal_after_a_crash_is_noticed_and_named_to_the_coordinator(damage, homes, tmp_path):
    home = Path(shutil.copytree(homes["killed"], tmp_path / "home"))
    damage(home / DB)
    names = learner_names(home)
    assert BACKED_UP <= names and names < BACKED_UP | AFTER  # the -wal's learners are gone
    [notice] = recovery.notices(home)
    assert notice.kind == recovery.WAL_LOST and notice.lost_from and notice.lost_to
    assert (Path(notice.moved_to)).is_dir()
    assert "may be lost" in recovery.notice_words(notice)


def test_a_killed_kiosk_with_its_wal_intact_loses_nothing_and_says_nothing(homes, tmp_path):
    home = Path(shutil.copytree(homes["killed"], tmp_path / "home"))
    assert learner_names(home) == BACKED_UP | AFTER
    assert recovery.notices(home) == []


def test_garbage_in_the_shm_is_rebuilt_by_sqlite(homes, tmp_path):
    home = Path(shutil.copytree(homes["killed"], tmp_path / "home"))
    shm = Path(str(home / DB) + "-shm")
    _overwrite(shm, 0, garbage(shm.stat().st_size))
    assert learner_names(home) == BACKED_UP | AFTER
    assert recovery.notices(home) == []


def test_a_stale_journal_is_moved_aside_before_sqlite_plays_it_back(homes, tmp_path):
    home = Path(shutil.copytree(homes["closed"], tmp_path / "home"))
    journal = Path(str(home / DB) + "-journal")
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + garbage(4096))  # a hot journal's magic
    assert learner_names(home) == BACKED_UP | AFTER
    [notice] = recovery.notices(home)
    assert notice.kind == recovery.JOURNAL_MOVED and notice.lost_from is None
    assert (Path(notice.moved_to) / journal.name).exists() and not journal.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions")
def test_an_unreadable_database_is_its_own_problem_and_never_moved(homes, tmp_path):
    from kiosk.core.errors import Code, StorageProblem

    home = Path(shutil.copytree(homes["closed"], tmp_path / "home"))
    (home / DB).chmod(0)
    try:
        with pytest.raises(StorageProblem) as caught:
            learner_names(home)
        assert caught.value.code == Code.DATABASE_UNREADABLE
        assert not (home / "damaged").exists()
    finally:
        (home / DB).chmod(0o600)
