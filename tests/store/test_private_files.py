"""Issue 9, point 4: the kiosk's home, database (with its -wal and -shm) and logs are readable
by the kiosk's user only: 0700 for folders, 0600 for files, on a fresh home and after start-up
on a home an older kiosk left readable by everyone."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from kiosk.backend import Backend
from kiosk.config import Config

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes (Windows: the user's profile)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture()
def open_umask():
    """The most open umask a PC may have: what the kiosk creates must not depend on it."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.fixture()
def kiosk_logging(tmp_path):
    """``kiosk.app.setup_logging`` as the app does it, removed afterwards."""
    from kiosk.app import setup_logging

    root = logging.getLogger("kiosk")
    before = list(root.handlers), root.level
    installed = []

    def install(config: Config):
        setup_logging(config)
        installed.extend(h for h in root.handlers if h not in before[0])

    yield install
    for handler in installed:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(before[1])


def test_a_fresh_home_is_private(tmp_path, open_umask, kiosk_logging):
    config = Config.load(tmp_path / "fresh" / "home")
    kiosk_logging(config)
    logging.getLogger("kiosk.test").warning("a line in the log")
    with Backend.open(config.db_path, home=config.home) as backend:
        backend.staff.create("Zulma", "coordinator", "739150")  # a write: the WAL and its index exist
        wal = config.db_path.with_name(config.db_path.name + "-wal")
        shm = config.db_path.with_name(config.db_path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: mode(p) for p in (config.db_path, wal, shm)} == {
            "kiosk.sqlite3": 0o600, "kiosk.sqlite3-wal": 0o600, "kiosk.sqlite3-shm": 0o600}
    assert mode(config.home) == 0o700
    assert mode(config.log_dir) == 0o700
    assert mode(config.log_dir / "kiosk.log") == 0o600
    assert "a line in the log" in (config.log_dir / "kiosk.log").read_text(encoding="utf-8")


def test_a_rolled_over_log_stays_private(tmp_path, open_umask):
    from kiosk.core.private_files import PrivateRotatingFileHandler

    handler = PrivateRotatingFileHandler(tmp_path / "kiosk.log", maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("kiosk.test.rollover")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for index in range(20):
            logger.warning("line %d of a log that rolls over", index)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
        handler.close()
    logs = sorted(tmp_path.glob("kiosk.log*"))
    assert [p.name for p in logs] == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert {mode(p) for p in logs} == {0o600}


def test_an_old_home_readable_by_everyone_is_narrowed_at_start_up(tmp_path, kiosk_logging, caplog):
    home = tmp_path / "old"
    config = Config.load(home)
    (home / "logs").mkdir(parents=True)
    with Backend.open(config.db_path, home=home) as backend:
        backend.staff.create("Zulma", "coordinator", "739150")
    (home / "logs" / "kiosk.log").write_text("old\n", encoding="utf-8")
    (home / "logs" / "kiosk.log.1").write_text("older\n", encoding="utf-8")
    for path, wide in [(home, 0o755), (home / "logs", 0o755), (config.db_path, 0o644),
                       (home / "logs" / "kiosk.log", 0o644), (home / "logs" / "kiosk.log.1", 0o664)]:
        os.chmod(path, wide)
    with caplog.at_level(logging.WARNING, logger="kiosk.files"):
        kiosk_logging(config)  # start-up: logging first, then the database
        with Backend.open(config.db_path, home=home):
            pass
    assert mode(home) == 0o700 and mode(home / "logs") == 0o700
    assert mode(config.db_path) == 0o600
    assert mode(home / "logs" / "kiosk.log") == 0o600 and mode(home / "logs" / "kiosk.log.1") == 0o600
    warned = [r.getMessage() for r in caplog.records if r.name == "kiosk.files"]
    assert len(warned) == 5 and all("could be read by other users" in text for text in warned)
    assert "could be read by other users" in (home / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_a_missing_folder_is_still_sqlites_storage_problem(tmp_path):
    from kiosk.core.errors import StorageProblem
    from kiosk.store.engine import make_engine

    with pytest.raises(StorageProblem):
        make_engine(tmp_path / "no-such-folder" / "kiosk.db")
    assert not (tmp_path / "no-such-folder").exists()
