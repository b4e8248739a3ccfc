"""A process that ends without closing its back end (a CLI command that returned early, a
script, an exception that reached the top) is a clean end, not a power cut: when Python exits,
SQLite's last close copies the ``-wal`` into the database and deletes it.  Found while measuring
the start-up (issue 14.5): the next start read "the -wal is missing after an unclean end" and told
the coordinator answers were lost -- none were.  A real power cut (SIGKILL) still leaves the
``-wal`` and the running marker, and nothing is reported lost either."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.backend import Backend
from kiosk.store import recovery

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, os, signal
from pathlib import Path
from kiosk.backend import Backend
home = Path(sys.argv[1])
backend = Backend.open(home / "kiosk.sqlite3", home=home)
backend.learners.register("Aprendiz nueva", "tatu.svg", "8-11", "learner")
if sys.argv[2] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)
if sys.argv[2] == "drop":  # forgotten, then collected while the process goes on
    import gc
    del backend
    gc.collect()
    assert not (home / "kiosk.running").exists(), "the marker outlived the collected store"
    assert not (home / "kiosk.sqlite3-wal").exists() or (home / "kiosk.sqlite3-wal").stat().st_size == 0
# "exit": leave without backend.close(), as a forgetful script would
"""


def _home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        backend.learners.register("Aprendiz 1", "tatu.svg", "8-11", "learner")
    return home


def _run(home: Path, how: str) -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", SCRIPT, str(home), how], env=env, timeout=60).returncode


@pytest.mark.parametrize("how", ["exit", "drop"])
def test_leaving_without_close_is_a_clean_end(tmp_path: Path, how: str) -> None:
    home = _home(tmp_path)
    assert _run(home, how) == 0
    assert not (home / "kiosk.running").exists()
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        assert recovery.notices(home) == []
        assert len(backend.learners.list_active()) == 2
    assert not (home / "damaged").exists()


def test_a_kill_after_a_write_loses_nothing_and_reports_nothing(tmp_path: Path) -> None:
    home = _home(tmp_path)
    assert _run(home, "kill") == -signal.SIGKILL
    assert (home / "kiosk.running").exists()  # a power cut's trace
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        assert recovery.notices(home) == []
        assert len(backend.learners.list_active()) == 2
