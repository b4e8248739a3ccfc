"""Fault test: a writer killed with SIGKILL loses nothing it reported as committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.store.models import Attempt, LessonProgress, Visit
from kiosk.backend import Backend

REPO = Path(__file__).resolve().parents[2]
KILL_AFTER = 25

WRITER = """
import sys
from pathlib import Path
from kiosk.backend import Backend

store = Backend.open(Path(sys.argv[1]))
learner = store.learners.register("Fátima", "tatu.svg", "12-17", "learner")
session_id = store.progress.sign_in(learner.id)
lesson = "internet-seguro/cuida-tus-secretos/contrasenas"
visit_id = store.progress.start_visit(learner.id, session_id, lesson, "1.0.0", "es", 4)
print("visit", visit_id, flush=True)
for n in range(100_000):
    attempt_id = store.progress.record_attempt(visit_id, f"{lesson}#q{n % 5}", [n % 3], n % 2 == 0)
    # Printed only after record_attempt returned, i.e. after COMMIT.
    print(attempt_id, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_loses_no_committed_attempt(db_path: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        first = writer.stdout.readline()
        assert first.startswith("visit "), writer.stderr.read() if writer.stderr else first
        visit_id = first.split()[1]
        printed: list[str] = []
        while len(printed) < KILL_AFTER:
            line = writer.stdout.readline()
            assert line, f"writer died early: {writer.stderr.read() if writer.stderr else ''}"
            printed.append(line.strip())
        os.kill(writer.pid, signal.SIGKILL)
        # Whatever it managed to print before dying was committed too.
        printed.extend(line.strip() for line in writer.stdout if len(line.strip()) == 36)
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.wait(timeout=10)
        for stream in (writer.stdout, writer.stderr):
            if stream is not None:
                stream.close()
    assert writer.returncode == -signal.SIGKILL

    with Backend.open(db_path) as store:
        with store.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        with store.db.reading() as session:
            stored = {
                row.id: row.created_at
                for row in session.scalars(select(Attempt).where(Attempt.visit_id == visit_id))
            }
            visit = session.get(Visit, visit_id)
            summary = session.scalars(select(LessonProgress)).one()
        missing = [attempt_id for attempt_id in printed if attempt_id not in stored]
        assert missing == [], f"{len(missing)} of {len(printed)} committed attempts lost"
        # Each attempt moved the visit and the summary forward in the same transaction.
        latest = max(stored.values())
        assert visit is not None and visit.ended_at == latest
        assert summary.updated_at == latest
        # The session the killed writer left open is closed as a crash at the next start.
        assert store.progress.close_stale_sessions() == 1
