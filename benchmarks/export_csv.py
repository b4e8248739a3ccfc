"""Attendance export benchmark (DESIGN.md budget: 20,000 visits to CSV in 0.5 s; Kolibri's
exportlogs: 5.9 s).  Run on demand, never in the test suite:

    .venv/bin/python benchmarks/export_csv.py [--visits 20000] [--runs 5]

Builds a temporary kiosk home with 400 learners in 10 classes and N visits spread over one
month (local times), then times the whole export -- query, local-time conversion, formatting
and writing the file -- of the whole site for that month, and prints the median of the runs.
XLSX is timed the same way, for information.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.attendance.export import write_csv, write_xlsx  # noqa: E402
from kiosk.core.clock import LOCAL_TZ  # noqa: E402
from kiosk.store.models import LearnerSession  # noqa: E402
from kiosk.backend import Backend  # noqa: E402

BUDGET_S = 0.5
FROM, TO = date(2025, 3, 1), date(2025, 3, 31)


def build(home: Path, visits: int) -> Backend:
    store = Backend.open(home / "kiosk.sqlite3")
    rnd = random.Random(7)
    bands = ["8-11", "12-17", "adult"]
    learners = [store.learners.register(f"Estudiante {i}", f"a{i}.svg", bands[i % 3], "learner")
                for i in range(400)]
    for c in range(10):
        cls = store.classes.create(f"Clase {c + 1}")
        store.classes.add_members(cls.id, [l.id for l in learners[c * 40:(c + 1) * 40]])
    rows = []
    for _ in range(visits):
        day = rnd.randint(1, 31)
        start = datetime(2025, 3, day, rnd.randint(8, 19), rnd.randint(0, 59), tzinfo=LOCAL_TZ).astimezone(UTC)
        end = start + timedelta(minutes=rnd.randint(5, 90))
        rows.append(LearnerSession(device_id=store.device_id, learner_id=rnd.choice(learners).id,
                                   started_at=start, last_seen_at=end, ended_at=end,
                                   end_reason=rnd.choice(["exit", "idle"])))
    with store.db.transaction() as session:
        session.add_all(rows)
    return store


def timed(fn, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Wall times of ``runs`` calls; their CPU times go to ``cpu`` (less disturbed when other
    work shares the machine)."""
    times = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - start_cpu)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-export-") as tmp:
        home = Path(tmp)
        print(f"building {args.visits} visits ...", flush=True)
        store = build(home, args.visits)
        try:
            out = home / "asistencia.csv"
            count = write_csv(store.attendance.rows(FROM, TO), out, sep=";")
            assert count == args.visits, count
            csv_cpu: list[float] = []
            csv_times = timed(lambda: write_csv(store.attendance.rows(FROM, TO), out, sep=";"), args.runs, csv_cpu)
            xlsx_times = timed(lambda: write_xlsx(store.attendance.rows(FROM, TO), home / "a.xlsx"), args.runs)
        finally:
            store.close()
    median = statistics.median(csv_times)
    print(f"  CSV runs: {', '.join(f'{t:.3f}' for t in csv_times)} s "
          f"(CPU median {statistics.median(csv_cpu):.3f} s; load average {os.getloadavg()[0]:.1f})")
    print(f"attendance export, {args.visits} visits to CSV: median {median:.3f} s "
          f"(budget {BUDGET_S} s; Kolibri 5.9 s) -> {'OK' if median <= BUDGET_S else 'OVER BUDGET'}")
    print(f"  (XLSX, for information: median {statistics.median(xlsx_times):.3f} s)")
    return 0 if median <= BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
