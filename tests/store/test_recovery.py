"""Recovery (issue 14): an emptied or missing database in a home where a kiosk lived is never
taken for a new kiosk; with a backup it is restored, without one the kiosk refuses to start
afresh (nobody is invited to create the coordinator)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.backend import Backend
from kiosk.core.errors import Code, StorageProblem
from kiosk.store import backup as backups
from kiosk.core.clock import to_local
from kiosk.store import health, recovery


@pytest.fixture(autouse=True)
def _english():
    """The words are checked in English (the source language); conftest resets the language."""
    from kiosk.core import i18n

    i18n.set_language("en")


pytestmark = pytest.mark.error_logs_expected  # recovery logs what it found, as it must


def _home(tmp_path: Path, learners: int = 4) -> Path:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        for i in range(learners):
            backend.learners.register(f"Aprendiz {i}", "tatu.svg", "8-11", "learner")
    return home


def test_a_zero_byte_database_with_backups_is_recovered_not_created_afresh(tmp_path: Path) -> None:
    home = _home(tmp_path)
    backups.take_backup(home, home / "kiosk.sqlite3")
    (home / "kiosk.sqlite3").write_bytes(b"")
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        assert len(backend.learners.list_active()) == 4
        assert backend.backups.notices() and "backup" in backend.backups.notices()[0]
        backend.backups.dismiss_notices()
        assert backend.backups.notices() == []


@pytest.mark.parametrize("how", ["emptied", "deleted"])
def test_without_a_backup_the_kiosk_refuses_to_start_as_a_new_one(tmp_path: Path, how: str) -> None:
    home = _home(tmp_path)
    db = home / "kiosk.sqlite3"
    if how == "emptied":
        db.write_bytes(b"")
    else:
        db.unlink()
    for _ in range(2):  # and again at the next start: still no new kiosk
        with pytest.raises(StorageProblem) as caught:
            Backend.open(db, home=home)
        assert caught.value.code == Code.DATABASE_LOST
        assert not db.exists()
    if how == "emptied":  # the emptied file is kept, moved aside
        assert [p.name for p in (home / "damaged").glob("*/kiosk.sqlite3")] == ["kiosk.sqlite3"]


def test_a_new_home_is_created_as_before(tmp_path: Path) -> None:
    home = tmp_path / "new"
    home.mkdir()
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        assert backend.learners.list_active() == []
    assert (home / health.STATE).exists() and recovery.notices(home) == []


def test_the_notice_names_the_window_from_the_backup_to_the_damage(tmp_path: Path) -> None:
    home = _home(tmp_path)
    taken = datetime.now(UTC) - timedelta(hours=5)
    backups.take_backup(home, home / "kiosk.sqlite3", taken)
    (home / "kiosk.sqlite3").write_text("no soy una base de datos")
    with Backend.open(home / "kiosk.sqlite3", home=home):
        pass
    [notice] = recovery.notices(home)
    assert health.parse_iso(notice.lost_from) == taken.replace(microsecond=0)
    assert health.parse_iso(notice.lost_to) >= taken.replace(microsecond=0) + timedelta(hours=4)
    words = recovery.notice_words(notice)
    assert to_local(taken).strftime("%d/%m/%Y %H:%M") in words


def test_an_unclean_end_runs_the_full_integrity_check(tmp_path: Path, monkeypatch) -> None:
    home = _home(tmp_path)
    health.Marker(home).write(dirty=False)  # as a power cut leaves it
    fulls = []
    real = health.check_file
    monkeypatch.setattr(health, "check_file", lambda p, full=False: fulls.append(full) or real(p, full=full))
    Backend.open(home / "kiosk.sqlite3", home=home).close()
    Backend.open(home / "kiosk.sqlite3", home=home).close()
    assert fulls == [True, False]


def test_a_busy_database_is_never_moved(tmp_path: Path, monkeypatch) -> None:
    home = _home(tmp_path)
    monkeypatch.setattr(health, "check_file", lambda p, full=False: health.Health(health.BUSY, "locked"))
    with pytest.raises(StorageProblem) as caught:
        Backend.open(home / "kiosk.sqlite3", home=home)
    assert caught.value.code == Code.DATABASE_BUSY and not (home / "damaged").exists()


def test_a_second_process_beside_a_running_kiosk_leaves_its_marker_alone(tmp_path: Path) -> None:
    """The CLI (an export, ``kiosk backup now``) opens the home while the kiosk runs: the
    kiosk's marker is not taken for an unclean end, not rewritten and not removed."""
    import subprocess
    import sys

    home = _home(tmp_path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        marker = health.Marker(home)
        marker.write(dirty=True)
        doc = health.read_json(marker.path)
        doc["pid"] = other.pid
        health._write_json(marker.path, doc)
        with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
            assert len(backend.learners.list_active()) == 4
        assert health.read_json(marker.path) == doc  # untouched
    finally:
        other.kill()
        other.wait()
    # The kiosk is gone now (its pid is dead): the marker means an unclean end again.
    Backend.open(home / "kiosk.sqlite3", home=home).close()
    assert not (home / health.MARKER).exists()


def test_a_database_put_back_from_an_older_copy_is_noticed(tmp_path: Path) -> None:
    """SQLite cannot tell an older valid file from the right one; the generation token kept in
    the database AND in the state file (stamped at each sign-out and clean close) can."""
    import shutil

    home = _home(tmp_path)
    shutil.copyfile(home / "kiosk.sqlite3", tmp_path / "old.sqlite3")
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        backend.learners.register("Nueva", "tatu.svg", "8-11", "learner")
    shutil.copyfile(tmp_path / "old.sqlite3", home / "kiosk.sqlite3")
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        assert len(backend.learners.list_active()) == 4  # the old copy is used: nothing newer
    [notice] = recovery.notices(home)
    assert notice.kind == recovery.OLDER and notice.lost_from and notice.lost_to
    assert "older copy" in recovery.notice_words(notice)
    Backend.open(home / "kiosk.sqlite3", home=home).close()  # said once, not at every start
    assert len(recovery.notices(home)) == 1


def test_a_first_start_that_stopped_before_writing_is_a_new_kiosk_still(tmp_path: Path) -> None:
    home = tmp_path / "new"
    home.mkdir()
    (home / "kiosk.sqlite3").write_bytes(b"")  # made 0600 ahead of SQLite, then a power cut
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        assert backend.learners.list_active() == []
    assert recovery.notices(home) == []
