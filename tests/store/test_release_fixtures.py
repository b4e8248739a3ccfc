"""Every schema revision's own database (tests/store/fixtures/releases, made by that commit's
demo) upgrades to head with its data; a newer kiosk's database is refused and left unchanged."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.backend import Backend
from kiosk.core.errors import Code, DatabaseTooNew
from kiosk.store import migrate
from kiosk.store.store import Store

REPO = Path(__file__).resolve().parents[2]
RELEASES = sorted((Path(__file__).parent / "fixtures" / "releases").glob("*.sqlite3"))
COUNTED = ("learners", "visits", "attempts", "lesson_progress")


def test_there_is_a_fixture_for_every_revision() -> None:
    versions = sorted(p.name[:4] for p in (REPO / "db" / "versions").glob("0*.py"))
    assert [p.stem for p in RELEASES] == versions


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in (*COUNTED, "staff") if t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", RELEASES, ids=lambda p: p.stem)
def test_each_revisions_database_upgrades_to_head_with_its_data(fixture: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "kiosk.sqlite3"
    shutil.copy(fixture, db_path)
    before = _counts(fixture)
    assert before["learners"] and before["visits"] and before["lesson_progress"]
    with Backend.open(db_path) as backend:
        assert len(backend.learners.list_active()) == before["learners"]
        assert backend.staff.count_active() == before.get("staff", 0)
    after = _counts(db_path)
    assert {t: after[t] for t in before} == before
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD_REVISION,)]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def _files_digest(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (the database and any -wal/-shm) with its SHA-256."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _newer_copy(tmp_path: Path, *, wal: bool) -> Path:
    """A copy of head's fixture stamped with a revision no kiosk of today knows."""
    home = tmp_path / "home"
    home.mkdir()
    db_path = home / "kiosk.sqlite3"
    shutil.copy(RELEASES[-1], db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    conn.commit()
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return db_path


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_a_newer_database_is_refused_by_store_open_and_left_byte_for_byte(tmp_path: Path, wal: bool) -> None:
    db_path = _newer_copy(tmp_path, wal=wal)
    before = _files_digest(db_path.parent)
    for opener in (Store.open, Store.open_read_only, Backend.open):
        with pytest.raises(DatabaseTooNew) as caught:
            opener(db_path)
        assert caught.value.code == Code.DATABASE_TOO_NEW
        assert "0042_from_the_future" in (caught.value.detail or "")
        assert _files_digest(db_path.parent) == before, opener


def test_a_newer_database_is_refused_by_the_real_cli_and_left_unchanged(tmp_path: Path) -> None:
    """Slow-ish (two CLI processes, ~2-4 s each on a loaded machine): the real command line."""
    db_path = _newer_copy(tmp_path, wal=False)
    before = _files_digest(db_path.parent)
    env = {**os.environ, "PYTHONPATH": str(REPO), "KIOSK_HOME": str(db_path.parent)}
    for args in (["learners", "list"], ["export", "attendance", "--from", "2020-01-01", "--to", "2030-01-01",
                                        "--out", str(tmp_path / "a.csv")]):
        run = subprocess.run([sys.executable, "-m", "kiosk", "--lang", "en", *args, "--home", str(db_path.parent)],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
        assert run.returncode != 0, run.stdout
        assert "newer version" in run.stderr, run.stderr
        assert "Traceback" not in run.stderr
        # the support log may be written (logs/), never the database
        assert {k: v for k, v in _files_digest(db_path.parent).items()} == before
