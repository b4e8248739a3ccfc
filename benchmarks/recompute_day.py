"""Recompute one busy day's count cells (issue 4), against the 100 ms target.

    .venv/bin/python benchmarks/recompute_day.py [--history-days 90]

Builds a kiosk database in a temporary folder: 300 learners with a history (``--history-days``
ordinary days before), then ONE busy day of 2,000 lesson visits, 10,000 answers, 600 sign-ins,
1,200 lesson completions and 150 module completions.  Then, median of 20 each:

* ``day_cells``   -- the aggregate SQL for that day alone (what every activity runs);
* ``touch``       -- the whole outbox step inside a transaction: recompute, compare with the
  outbox, write the changed cells (here: one visit got longer, so one minutes cell changes),
  for the whole day and as an activity does it (one learner's role and age band, one module,
  one metric);
* ``record_page`` and ``record_attempt`` -- a learner's page view / answer on that busy day,
  durable commit (synchronous=FULL) included, WITH the outbox step (budget: 20 ms for an
  answer); and the same page view without it, to show what the outbox adds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from kiosk.core.clock import LOCAL_TZ  # noqa: E402
from kiosk.core.ids import new_id  # noqa: E402
from kiosk.store.models import (  # noqa: E402
    Attempt,
    Learner,
    LearnerSession,
    LessonProgress,
    ModuleCompletion,
    Visit,
)
from kiosk.backend import Backend  # noqa: E402
from kiosk.sync.counts import day_cells  # noqa: E402
from kiosk.sync.outbox import OutboxService  # noqa: E402
from kiosk.sync.outbox_cells import touch  # noqa: E402

BUSY_DAY = date(2026, 11, 20)
MODULES = [f"track{t}/modulo-{m}" for t in range(3) for m in range(5)]  # 15 modules
LESSONS = [f"{m}/leccion-{i}" for m in MODULES for i in range(4)]  # 60 lessons
ROLES, BANDS = ("learner", "teacher", "parent"), ("8-11", "12-17", "adult")
TARGET_MS = 100.0


def local(day: date, seconds: int) -> datetime:
    return (datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ) + timedelta(seconds=seconds)
            ).astimezone(UTC)


def fill(store: Backend, history_days: int, rng: random.Random) -> tuple[str, str]:
    device = store.device_id
    t0 = local(BUSY_DAY - timedelta(days=history_days + 1), 8 * 3600)
    learners = [dict(id=new_id(), device_id=device, created_at=t0, updated_at=t0,
                     display_name=f"P{i}", avatar="tatu.svg", age_band=rng.choice(BANDS),
                     role=rng.choices(ROLES, (8, 1, 1))[0], gender=None)
                for i in range(300)]
    sessions, visits, attempts, progress, modules = [], [], [], {}, set()

    def day_of_activity(day: date, n_visits: int, n_attempts: int, n_sessions: int,
                        n_completions: int, n_modules: int) -> tuple[str, str]:
        day_sessions = []
        for _ in range(n_sessions):
            who = rng.choice(learners)["id"]
            start = local(day, rng.randrange(7 * 3600, 20 * 3600))
            row = dict(id=new_id(), device_id=device, learner_id=who, started_at=start,
                       last_seen_at=start + timedelta(minutes=45),
                       ended_at=start + timedelta(minutes=45), end_reason="exit")
            sessions.append(row)
            day_sessions.append(row)
        day_visits = []
        for _ in range(n_visits):
            s = rng.choice(day_sessions)
            start = s["started_at"] + timedelta(minutes=rng.randrange(40))
            secs = rng.randrange(30, 900)
            row = dict(id=new_id(), device_id=device, learner_id=s["learner_id"], session_id=s["id"],
                       lesson_id=rng.choice(LESSONS), lesson_version="1.0.0", lang="es",
                       started_at=start, ended_at=start + timedelta(seconds=secs), seconds=secs)
            visits.append(row)
            day_visits.append(row)
        for _ in range(n_attempts):
            v = rng.choice(day_visits)
            attempts.append(dict(id=new_id(), device_id=device, learner_id=v["learner_id"],
                                 visit_id=v["id"], lesson_id=v["lesson_id"],
                                 question_id=f"{v['lesson_id']}#q{rng.randrange(4)}",
                                 answer="[1]", correct=rng.random() < 0.7,
                                 created_at=v["started_at"] + timedelta(seconds=20)))
        for v in rng.sample(day_visits, min(n_completions, len(day_visits))):
            key = (v["learner_id"], v["lesson_id"])
            if key not in progress:
                progress[key] = dict(id=new_id(), device_id=device, learner_id=key[0],
                                     lesson_id=key[1], created_at=v["started_at"],
                                     updated_at=v["ended_at"], progress=1.0, best_score=1.0,
                                     last_page=0, completed_at=v["ended_at"])
        for v in rng.sample(day_visits, min(n_modules, len(day_visits))):
            modules.add((v["learner_id"], v["lesson_id"].rsplit("/", 1)[0], v["ended_at"]))
        v = day_visits[0]
        return v["id"], v["learner_id"]

    for offset in range(history_days, 0, -1):
        day_of_activity(BUSY_DAY - timedelta(days=offset), 100, 500, 40, 50, 5)
    busy_visit = day_of_activity(BUSY_DAY, 2000, 10_000, 600, 1200, 150)
    seen_modules, module_rows = set(), []
    for who, module, when in sorted(modules, key=lambda m: m[2]):
        if (who, module) not in seen_modules:
            seen_modules.add((who, module))
            module_rows.append(dict(id=new_id(), device_id=device, learner_id=who,
                                    module_id=module, module_version="1.0.0", completed_at=when))
    with store.db.transaction() as s:
        for model, rows in ((Learner, learners), (LearnerSession, sessions), (Visit, visits),
                            (Attempt, attempts), (LessonProgress, list(progress.values())),
                            (ModuleCompletion, module_rows)):
            for i in range(0, len(rows), 5000):
                s.execute(insert(model), rows[i:i + 5000])
    print(f"  database: 300 learners, {len(sessions):,} sessions, {len(visits):,} visits, "
          f"{len(attempts):,} attempts, {len(progress):,} lesson completions, "
          f"{len(module_rows):,} module completions ({history_days} ordinary days + the busy one)")
    return busy_visit


def median_ms(fn, runs: int = 20) -> tuple[float, list[float]]:
    fn()  # warm the page cache and the statement cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--history-days", type=int, default=90)
    args = parser.parse_args()
    rng = random.Random(4)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-recompute-"))
    store = Backend.open(folder / "kiosk.sqlite3")
    try:
        visit_id, _learner = fill(store, args.history_days, rng)
        outbox = OutboxService(store.db)
        start = time.perf_counter()
        outbox.fill()
        print(f"  filling the outbox from every day's facts (once per upgraded database): "
              f"{time.perf_counter() - start:.2f} s, {outbox.status().cells:,} cells")

        with store.db.reading() as session:
            cells = day_cells(session, BUSY_DAY)
            ms, runs = median_ms(lambda: day_cells(session, BUSY_DAY))
        print(f"  the busy day has {len(cells)} cells")
        print(f"day_cells (aggregate SQL, one busy day): median {ms:.1f} ms "
              f"(min {min(runs):.1f}, max {max(runs):.1f}) -- target {TARGET_MS:.0f} ms: "
              f"{'OK' if ms < TARGET_MS else 'OVER'}")

        moment = local(BUSY_DAY, 15 * 3600)
        with store.db.reading() as session:
            row = session.get(Visit, visit_id)
            learner_id, lesson = row.learner_id, row.lesson_id

        def bump_a_visit(s) -> None:  # one visit got a minute longer: one minutes cell changes
            s.connection().exec_driver_sql(
                "UPDATE visits SET seconds = seconds + 60 WHERE id = ?", (visit_id,))

        def touch_whole_day() -> None:
            with store.db.transaction() as s:
                bump_a_visit(s)
                touch(s, [moment])

        def touch_one_page_view() -> None:
            with store.db.transaction() as s:
                bump_a_visit(s)
                touch(s, [moment], learner_id=learner_id, lessons=[lesson], metrics=("minutes",))

        ms_touch, runs = median_ms(touch_whole_day)
        print(f"touch, whole day (recompute + compare + write, committed): median "
              f"{ms_touch:.1f} ms (min {min(runs):.1f}, max {max(runs):.1f})")
        ms_scoped, runs = median_ms(touch_one_page_view)
        print(f"touch, as a page view does it (one learner, module and metric; committed): "
              f"median {ms_scoped:.1f} ms (min {min(runs):.1f}, max {max(runs):.1f})")

        clock = [local(BUSY_DAY, 16 * 3600)]
        extra = iter(range(1, 100_000))

        def page() -> None:
            clock[0] += timedelta(seconds=7)
            store.progress.record_page(visit_id, 1, 3, now=clock[0])

        def answer() -> None:
            clock[0] += timedelta(seconds=7)
            store.progress.record_attempt(visit_id, f"{lesson}#q{next(extra)}", [1], True,
                                          now=clock[0])

        import kiosk.learning.progress as progress

        real = progress.count_touch
        with_outbox, without = [], []
        page()
        for _ in range(20):  # interleaved: the machine's noise hits both alike
            for target, fn in ((with_outbox, real), (without, lambda s, m, **k: 0)):
                progress.count_touch = fn
                begin = time.perf_counter()
                page()
                target.append((time.perf_counter() - begin) * 1000)
        progress.count_touch = real
        ms_answer, _ = median_ms(answer)
        print(f"record_page on the busy day, durable commit: median "
              f"{statistics.median(with_outbox):.1f} ms with the outbox, "
              f"{statistics.median(without):.1f} ms without")
        print(f"record_attempt on the busy day, durable commit, with the outbox: median "
              f"{ms_answer:.1f} ms (budget 20 ms)")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
