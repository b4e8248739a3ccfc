"""Issue 13, from outside: every kiosk step is a real ``kiosk`` process (``kiosk sync enrol``,
``kiosk demo --activity N``, ``kiosk sync now``, ``kiosk sync status``), the collector a real
process on 127.0.0.1 (SQLite, and PostgreSQL when KIOSK_TEST_POSTGRES_URL is set), and
``KIOSK_MACHINE_ID`` makes homes on this PC act as different PCs.  The expected number of visits
is what the test asked for (each ``--activity N`` is N visits), never read from the kiosk."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from kiosk.backend import Backend
from kiosk.core.clock import utcnow

from .conftest import REPO


def kiosk(env: dict[str, str], machine: str, *args: str) -> subprocess.CompletedProcess[str]:
    run_env = {**env, "KIOSK_MACHINE_ID": machine}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env=run_env, cwd=REPO, timeout=120)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def visits(collector) -> int:
    return sum(v for (_m, metric, _d), v in collector.monthly().items() if metric == "visits")


def new_home(path: Path, env, machine: str) -> Path:
    """A home with six learners (made through the real service), on ``machine``."""
    path.mkdir()
    ok(kiosk(env, machine, "sync", "status", "--home", str(path)))  # creates it on that PC
    with Backend.open(path / "kiosk.sqlite3") as backend:
        for i, (band, role) in enumerate([("8-11", "learner"), ("12-17", "learner"),
                                          ("adult", "parent")] * 2):
            backend.learners.register(f"Persona{i}", "tatu.svg", band, role,
                                      now=utcnow() - timedelta(days=2))
    return path


def used_and_sent(env, machine: str, home: Path, visits: int, seed: int) -> None:
    ok(kiosk(env, machine, "demo", "--activity", str(visits), "--home", str(home), "--seed", str(seed)))
    ok(kiosk(env, machine, "sync", "now", "--home", str(home)))


def enrolled_home(path: Path, env, machine: str, collector, site: str, visits: int) -> Path:
    home = new_home(path, env, machine)
    ok(kiosk(env, machine, "sync", "enrol", "--home", str(home), "--server",
             collector.base_url, "--code", collector.enrol_code(site)))
    used_and_sent(env, machine, home, visits, 1)
    return home


def test_cloned_homes_sent_by_the_command_line_count_each_visit_once(tmp_path, collector,
                                                                     kiosk_env) -> None:
    home = enrolled_home(tmp_path / "pc0", kiosk_env, "pc-0", collector, "CLI clones", 7)
    assert visits(collector) == 7
    for n, count in ((1, 4), (2, 6)):
        clone = tmp_path / f"pc{n}"
        shutil.copytree(home, clone)
        used_and_sent(kiosk_env, f"pc-{n}", clone, count, n)
        status = ok(kiosk(kiosk_env, f"pc-{n}", "sync", "status", "--home", str(clone)))
        assert "another PC" in status or "otra PC" in status, status
    used_and_sent(kiosk_env, "pc-0", home, 3, 3)
    assert visits(collector) == 7 + 4 + 6 + 3


def test_a_restored_home_sent_by_the_command_line_loses_nothing(tmp_path, collector,
                                                                kiosk_env) -> None:
    home = enrolled_home(tmp_path / "pc", kiosk_env, "pc-r", collector, "CLI restore", 5)
    backup = tmp_path / "backup"
    shutil.copytree(home, backup)
    for seed in (2, 3):  # two syncs after the copy was taken
        used_and_sent(kiosk_env, "pc-r", home, 4, seed)
    assert visits(collector) == 13
    shutil.rmtree(home)
    shutil.copytree(backup, home)  # restored from the old copy
    ok(kiosk(kiosk_env, "pc-r", "demo", "--activity", "6", "--home", str(home), "--seed", "4"))
    now = kiosk(kiosk_env, "pc-r", "sync", "now", "--home", str(home))
    ok(now)
    assert "restored from an older copy" in now.stderr or "restaurado" in now.stderr, now.stderr
    assert visits(collector) == 13 + 6
    status = ok(kiosk(kiosk_env, "pc-r", "sync", "status", "--home", str(home)))
    assert "Nothing is counted twice" in status or "Nada se cuenta dos veces" in status, status
