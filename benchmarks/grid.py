"""Teacher reports on a large site, against DESIGN.md's budget (class grid 40 x 40 <= 150 ms).

    .venv/bin/python benchmarks/grid.py                 # large home cached in /tmp/kiosk-large
    .venv/bin/python benchmarks/grid.py --home DIR      # ... or in DIR
    .venv/bin/python benchmarks/grid.py --runs 20

The first run builds the large home with ``kiosk demo --large --home DIR`` (2,000 learners,
~2 million facts: a few minutes on a 2-core machine) and later runs reuse it.  Each figure is
the median of ``--runs`` calls after two warm-up calls, through the real ``ReportService`` on
the real SQLite file (WAL, synchronous=FULL), with the OS file cache warm.

The grid is measured on the class of exactly 40 learners (``BENCH_CLASS_NAME``) x the 40
synthetic benchmark lessons (``kiosk.demo_large.BENCH_LESSON_IDS``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from kiosk.demo_large import (  # noqa: E402
    BENCH_CLASS_NAME,
    BENCH_LESSON_IDS,
    BENCH_MODULE_IDS,
)
from kiosk.store.models import Attempt, Learner, LessonProgress, SchoolClass, Visit  # noqa: E402
from kiosk.backend import Backend  # noqa: E402

GRID_BUDGET_MS = 150.0


def ensure_home(home: Path) -> None:
    db = home / "kiosk.sqlite3"
    if db.exists():
        with Backend.open(db) as store, store.db.reading() as session:
            if session.scalar(select(func.count()).select_from(Learner)):
                return
    print(f"building the large home in {home} (kiosk demo --large; a few minutes) ...", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kiosk", "demo", "--large", "--home", str(home)],
                   check=True, cwd=ROOT)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float, float]:
    """(first call, median, min, max) in milliseconds; the first two calls warm up and are
    not in the median."""
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times), min(times), max(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=Path(os.environ.get("KIOSK_LARGE_HOME", "/tmp/kiosk-large")))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    home = args.home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    ensure_home(home)

    with Backend.open(home / "kiosk.sqlite3") as store:
        with store.db.reading() as session:
            counts = {
                model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (Learner, Visit, Attempt, LessonProgress)
            }
            class_id = session.scalar(select(SchoolClass.id).where(SchoolClass.name == BENCH_CLASS_NAME))
        if class_id is None:
            print(f"no class named {BENCH_CLASS_NAME!r} in {home}: not a `kiosk demo --large` home")
            return 1
        facts = counts["visits"] + counts["attempts"] + counts["lesson_progress"]
        size_mb = (home / "kiosk.sqlite3").stat().st_size / 1e6
        print(f"home: {home}  ({size_mb:.0f} MB; {counts['learners']:,} learners, {facts:,} facts: "
              f"{counts['visits']:,} visits, {counts['attempts']:,} attempts, "
              f"{counts['lesson_progress']:,} summaries)")

        reports = store.reports
        start = time.perf_counter()
        grid = reports.class_grid(class_id, BENCH_LESSON_IDS)
        cold = (time.perf_counter() - start) * 1000
        shape = f"{len(grid.rows)} x {len(grid.lesson_ids)}"
        print(f"class grid {shape}, the first call after opening the database: {cold:.1f} ms")
        somebody = grid.rows[len(grid.rows) // 2].learner_id
        detail = reports.learner_detail(somebody)
        first_module = [lid for lid in BENCH_LESSON_IDS if lid.startswith(BENCH_MODULE_IDS[0] + "/")]
        rows = [
            (f"class grid {shape} (budget {GRID_BUDGET_MS:.0f} ms)",
             timed(lambda: reports.class_grid(class_id, BENCH_LESSON_IDS), args.runs), GRID_BUDGET_MS),
            (f"learner detail ({len(detail.attempts)} attempts, {len(detail.lessons)} lessons)",
             timed(lambda: reports.learner_detail(somebody), args.runs), None),
            ("difficult questions, the class, 40 lessons",
             timed(lambda: reports.difficult_questions(class_id, BENCH_LESSON_IDS), args.runs), None),
            ("module completion, the class, 8 modules",
             timed(lambda: reports.module_completion(class_id, BENCH_MODULE_IDS), args.runs), None),
            ("difficult questions, whole site, one module (5 lessons)",
             timed(lambda: reports.difficult_questions(None, first_module), max(3, args.runs // 4)), None),
        ]
    print()
    print(f"{'figure':58} {'first':>9} {'median':>9} {'min':>9} {'max':>9}")
    verdicts = []
    for name, (first, median, low, high), budget in rows:
        verdict = ""
        if budget is not None:
            verdict = "  ok" if median <= budget else "  OVER"
            verdicts.append(median <= budget)
        print(f"{name:58} {first:7.1f}ms {median:7.1f}ms {low:7.1f}ms {high:7.1f}ms{verdict}")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
