"""An enrolled kiosk sends its counts without loading SQLAlchemy (issue 14.5: the sender runs
in the window's process every few minutes; the ORM and its objects are ~20 MB of a low-spec PC).

A home enrolled with the real collector (``python -m kiosk.collector serve`` on 127.0.0.1) and
days of activity; in a fresh process the back end opens as the kiosk's does and the sender sends
everything -- then ``sqlalchemy`` was never imported, and the collector's totals equal the
kiosk's facts by the pure count definition."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from kiosk.backend import Backend
from kiosk.core.clock import utcnow
from kiosk.sync.sender import enrol
from tests.sync.conftest import by_month, facts_cells, outbox_values
from tests.sync.test_end_to_end import some_days_of_activity

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from pathlib import Path

from kiosk.app import open_kiosk_backend
from kiosk.config import Config

backend = open_kiosk_backend(Config.load(Path(sys.argv[1])))
assert backend.not_enrolled_report() is None  # enrolled: the timer's look lets the sender run
report = backend.sync.sender().sync()
status = backend.sync.status()
backend.close()
print(json.dumps({
    "sqlalchemy": sorted(m for m in sys.modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")),
    "sent": report.sent, "accepted": report.everything_accepted, "pending": report.pending_left,
    "status": [status.enrolled, status.pending, status.last_success_at is not None],
}))
"""


def test_an_enrolled_kiosk_sends_without_sqlalchemy(collector, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        some_days_of_activity(backend, utcnow().date() - timedelta(days=10), 8)
        enrol(backend.db, home, collector.base_url, collector.enrol_code("Telecentro Itauguá"))
        waiting = backend.outbox.pending_count()
    assert waiting > 0
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(home)], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["sqlalchemy"] == []
    assert seen["sent"] == waiting and seen["accepted"] and seen["pending"] == 0
    assert seen["status"] == [True, 0, True]
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        assert collector.monthly() == by_month(outbox_values(backend)) == by_month(facts_cells(backend))
