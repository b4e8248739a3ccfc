"""Helpers for the durability tests: a real home written by a real process, then damaged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DB = "kiosk.sqlite3"


def run_worker(home: Path, first: int, count: int, *, kill: bool) -> None:
    """Learners ``first``..``first+count-1`` written by a separate process, which is then
    SIGKILLed (``kill``: the -wal keeps the frames, the running marker stays) or closed."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "tests.store.durable_worker", str(home),
                             str(first), str(count)], cwd=REPO, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == "ready"
    if kill:
        proc.send_signal(signal.SIGKILL)
    else:
        proc.stdin.write("close\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "closed"
    proc.wait(timeout=30)


def learner_names(home: Path) -> set[str]:
    from kiosk.backend import Backend

    with Backend.open(home / DB, home=home) as backend:
        return {info.display_name for info in backend.learners.list_active()}
