"""SIGKILL at random moments during activity and sync (at least 50 kills): no committed count
is lost -- the outbox always equals what the committed facts make -- and once the kiosk can
send, the REAL collector's totals equal them too."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core.clock import utcnow
from kiosk.backend import Backend
from kiosk.sync.sender import enrol
from kiosk.sync.outbox import OutboxService

from .conftest import REPO, TcpProxy, by_month, facts_cells, outbox_values, sync_all

KILLS = 50
KILLS_POSTGRES = 25  # the kiosk side is the same; the collector's side needs fewer to be shown

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _wait_ready(process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            line = process.stdout.readline()
            if line.strip() == b"ready":
                return
            if not line and process.poll() is not None:
                break
    raise AssertionError(f"worker did not start: {process.stderr.read()[-3000:]!r}")


def test_sigkill_during_activity_and_sync_loses_no_committed_count(tmp_path, collector,
                                                                   kiosk_env) -> None:
    db = tmp_path / "kiosk.sqlite3"
    journal = tmp_path / "committed.txt"
    with Backend.open(db) as store:
        for i in range(8):
            store.learners.register(f"Persona {i}", "tatu.svg", ("8-11", "12-17", "adult")[i % 3],
                                    ("learner", "teacher", "parent")[i % 3],
                                    now=utcnow() - timedelta(days=30))
        enrol(store.db, tmp_path, collector.base_url, collector.enrol_code("Crash"))
        # A slow link: every answer takes 0.3 s, so many kills land with a batch in flight.
        slow = TcpProxy(collector.port, delay=0.3)
        token = OutboxService(store.db).enrolment().token
        OutboxService(store.db).save_enrolment(slow.url, token, "Crash")
    rng = random.Random(2026)
    kills, mid_sync = 0, 0
    wanted = KILLS_POSTGRES if collector.server.db_url.startswith("postgresql") else KILLS
    while kills < wanted:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.kiosk_worker", str(db), str(journal), str(kills)],
            cwd=REPO, env=kiosk_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _wait_ready(process)
            if kills % 2 == 0:  # every other kill lands after a lesson was completed, however
                # slow the machine is (under load a worker may otherwise finish none)
                _wait_for_more_lines(journal, done_before=_lines(journal))
            time.sleep(rng.uniform(0.02, 0.9))
            assert process.poll() is None, process.stderr.read()[-3000:]
            with sqlite3.connect(db, timeout=10) as con:  # a batch in flight right now?
                mid_sync += bool(con.execute("SELECT batch_key FROM sync_state").fetchone()[0])
            os.kill(process.pid, signal.SIGKILL)
        finally:
            process.wait(30)
            process.stdout.close()
            process.stderr.close()
        assert process.returncode == -signal.SIGKILL
        kills += 1

    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        visits = {row[0] for row in con.execute("SELECT id FROM visits")}
    committed = journal.read_text().split()
    assert len(committed) >= wanted // 2  # the workers did real work between kills
    assert mid_sync >= wanted // 10  # ... and many kills hit a send
    assert set(committed) <= visits  # every completed lesson they reported is there

    slow.close()
    with Backend.open(db) as store:
        assert outbox_values(store) == facts_cells(store)  # no count lost, none invented
        OutboxService(store.db).save_enrolment(collector.base_url, token, "Crash")
        report = sync_all(store)
        assert report.everything_accepted, report
        assert OutboxService(store.db).status().pending == 0
        assert collector.monthly() == by_month(facts_cells(store))
    print(f"{kills} kills, {mid_sync} of them with a batch in flight, {len(committed)} lessons")


def _wait_for_more_lines(journal: Path, done_before: int, timeout: float = 60.0) -> None:
    """Until the worker reports one more completed lesson in ``journal``."""
    deadline = time.monotonic() + timeout
    while _lines(journal) <= done_before:
        assert time.monotonic() < deadline, "the worker completed no lesson in a minute"
        time.sleep(0.02)


def _lines(journal: Path) -> int:
    return len(journal.read_text().split()) if journal.exists() else 0
