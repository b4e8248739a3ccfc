"""Backups (issue 14): SQLite's backup API into <home>/backups, verified, 7 daily + 4 weekly,
at most daily; a copy that fails its check is never kept; the -wal kept small."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.backend import Backend
from kiosk.store import backup as backups
from kiosk.store import health

DAY0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        for i in range(5):
            backend.learners.register(f"Aprendiz {i}", "tatu.svg", "8-11", "learner")
    return home


def test_a_backup_is_verified_private_and_named_by_its_utc_time(home: Path) -> None:
    taken = backups.take_backup(home, home / "kiosk.sqlite3", DAY0)
    assert taken is not None and taken.path.name == "kiosk-20260302T140000Z.sqlite3"
    assert taken.kind == "daily" and taken.size == taken.path.stat().st_size > 0
    assert backups.verify(taken.path) is None
    assert stat.S_IMODE(taken.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(taken.path.parent.stat().st_mode) == 0o700
    assert not list(taken.path.parent.glob("*-wal")) and not list(taken.path.parent.glob("*.part"))
    assert backups.list_backups(home) == [taken]


def test_at_most_one_a_day(home: Path) -> None:
    assert backups.backup_if_due(home, home / "kiosk.sqlite3", DAY0) is not None
    assert backups.backup_if_due(home, home / "kiosk.sqlite3", DAY0 + timedelta(hours=23)) is None
    assert backups.backup_if_due(home, home / "kiosk.sqlite3", DAY0 + timedelta(hours=24)) is not None
    assert len(backups.list_backups(home)) == 2


def test_rotation_keeps_7_daily_and_4_weekly_over_simulated_days(home: Path) -> None:
    db = home / "kiosk.sqlite3"
    for day in range(60):
        backups.take_backup(home, db, DAY0 + timedelta(days=day))
    kept = backups.list_backups(home)
    daily = [b for b in kept if b.kind == "daily"]
    weekly = [b for b in kept if b.kind == "weekly"]
    assert len(daily) == 7 and len(weekly) == 4 and len(kept) == 11
    last = DAY0 + timedelta(days=59)
    assert [b.taken_at for b in daily] == [last - timedelta(days=d) for d in range(7)]
    weeks = [b.taken_at.isocalendar()[:2] for b in weekly]
    assert len(set(weeks)) == 4 and all(w not in {d.taken_at.isocalendar()[:2] for d in daily}
                                         for w in weeks)
    for b in weekly:  # the newest of its ISO week: a Sunday
        assert b.taken_at.isoweekday() == 7


@pytest.mark.error_logs_expected
def test_a_backup_that_fails_its_check_is_deleted_not_kept(home: Path, monkeypatch, caplog) -> None:
    monkeypatch.setattr(backups, "verify", lambda path: "database disk image is malformed")
    assert backups.take_backup(home, home / "kiosk.sqlite3", DAY0) is None
    assert backups.list_backups(home) == [] and not list((home / "backups").iterdir())
    assert "failed its check" in caplog.text


@pytest.mark.error_logs_expected
def test_a_damaged_backup_is_passed_over_when_restoring(home: Path) -> None:
    db = home / "kiosk.sqlite3"
    good = backups.take_backup(home, db, DAY0)
    bad = backups.take_backup(home, db, DAY0 + timedelta(days=1))
    with open(bad.path, "r+b") as f:
        f.write(bytes(100))
    assert backups.newest_good(home) == good


def test_the_newest_good_backup_is_copied_to_a_usb_folder(home: Path, tmp_path: Path) -> None:
    taken = backups.take_backup(home, home / "kiosk.sqlite3", DAY0)
    stick = tmp_path / "usb"
    stick.mkdir()
    copied = backups.copy_newest_to(home, stick)
    assert copied == stick / taken.path.name and backups.verify(copied) is None
    assert copied.read_bytes() == taken.path.read_bytes()


def test_no_backup_to_copy_is_said(home: Path, tmp_path: Path) -> None:
    with pytest.raises(LookupError):
        backups.copy_newest_to(home, tmp_path)


def test_the_wal_shrinks_at_a_checkpoint_and_at_a_clean_close(home: Path) -> None:
    db = home / "kiosk.sqlite3"
    wal = Path(str(db) + "-wal")
    backend = Backend.open(db, home=home)
    assert (home / health.MARKER).exists()
    for i in range(40):
        backend.learners.register(f"Otro {i}", "tatu.svg", "12-17", "learner")
    grown = wal.stat().st_size
    assert grown > 0 and health.read_json(home / health.MARKER)["dirty"] is True
    assert health.checkpoint(backend.db) is not None
    assert wal.stat().st_size == 0 < grown
    assert health.read_json(home / health.MARKER)["dirty"] is False
    backend.learners.register("Una más", "tatu.svg", "12-17", "learner")
    assert wal.stat().st_size > 0
    backend.close()
    assert not (home / health.MARKER).exists()  # a clean end
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_journal_size_limit_is_set_on_every_connection(home: Path) -> None:
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        with backend.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_size_limit").scalar() == health.JOURNAL_SIZE_LIMIT
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000


def test_kiosk_backup_now_and_list(home: Path, capsys) -> None:
    from kiosk.cli import main

    assert main(["backup", "now", "--home", str(home)]) == 0
    assert "kiosk-" in capsys.readouterr().out
    assert main(["backup", "list", "--home", str(home)]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "daily" in listed[0] and listed[0].endswith(".sqlite3")


@pytest.mark.error_logs_expected
def test_a_copy_of_a_damaged_page_fails_its_check_and_is_not_kept(home: Path) -> None:
    """A real failing backup: the backup API copies pages as they are, so a page damaged in
    the source (an index the kiosk has not read since) makes a copy that fails integrity_check."""
    import sqlite3
    import struct

    db = home / "kiosk.sqlite3"
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND rootpage > 1 "
                        "ORDER BY rootpage DESC LIMIT 1").fetchone()[0]
    conn.close()
    raw = struct.unpack(">H", db.read_bytes()[16:18])[0]
    with open(db, "r+b") as f:
        f.seek((root - 1) * raw)
        f.write(bytes([0x0D]) + b"\xff" * (raw - 1))  # a leaf page whose cells point nowhere
    assert backups.take_backup(home, db, DAY0) is None
    assert backups.list_backups(home) == [] and not list((home / "backups").iterdir())
