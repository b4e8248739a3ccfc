"""The in-process items of ``benchmarks/suite.py``; each prints ``result NAME SECONDS`` lines.

    python benchmarks/suite_items.py answer HOME [--runs 5]     # progress.record_attempt
    python benchmarks/suite_items.py difficult LARGE_HOME        # whole site, every lesson
    python benchmarks/suite_items.py grid LARGE_HOME
    python benchmarks/suite_items.py import                       # 1,000 learners from CSV
    python benchmarks/suite_items.py export                       # 20,000 visits to CSV
    python benchmarks/suite_items.py pdf                          # attendance PDF, a month, 300 learners

Every figure is one call of the real service on a real SQLite file; the caller takes medians.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def say(name: str, seconds: float, cpu: float | None = None) -> None:
    extra = f" {cpu:.5f}" if cpu is not None else ""
    print(f"result {name} {seconds:.5f}{extra}", flush=True)


def timed(name: str, fn, runs: int, warm: int = 1) -> None:
    """``warm`` untimed calls, then ``runs`` timed ones (wall and this process's CPU)."""
    for _ in range(warm):
        fn()
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        say(name, time.perf_counter() - start, time.process_time() - cpu)


def answer(home: Path, runs: int) -> None:
    """One answer committed (durable: WAL + synchronous=FULL, the sync outbox touched)."""
    from kiosk.backend import Backend

    with Backend.open(home / "kiosk.sqlite3") as backend:
        from sqlalchemy import select

        from kiosk.store.models import Learner

        with backend.db.reading() as session:
            learner_id = session.scalar(select(Learner.id).where(Learner.archived_at.is_(None)).limit(1))
        progress = backend.progress
        session_id = progress.sign_in(learner_id)
        lesson_id = "bench/answer/lesson"
        visit = progress.start_visit(learner_id, session_id, lesson_id, "1.0", "es", 3)
        count = iter(range(10_000))
        timed("answer", lambda: progress.record_attempt(visit, f"{lesson_id}#q{next(count) % 7}",
                                                        {"chosen": ["a"]}, bool(next(count) % 2)), runs, warm=2)
        progress.sign_out(session_id)


def _all_lesson_ids(backend) -> list[str]:
    from sqlalchemy import select

    from kiosk.store.models import Attempt

    with backend.db.reading() as session:
        return sorted(session.scalars(select(Attempt.lesson_id).distinct()))


def difficult(home: Path, runs: int) -> None:
    """"Preguntas difíciles" for the whole site over every lesson anybody answered (timed), and
    for the benchmark class of 40 (an ``info`` line: medians of ``runs``).  A home older than
    revision 0011 is migrated by the first open (untimed: its backfill, ~1 s on the large site)."""
    import statistics

    from sqlalchemy import select

    from kiosk.backend import Backend
    from kiosk.demo_large import BENCH_CLASS_NAME
    from kiosk.store.models import SchoolClass

    with Backend.open(home / "kiosk.sqlite3") as backend:
        lessons = _all_lesson_ids(backend)
        found = backend.reports.difficult_questions(None, lessons)
        print(f"info {len(lessons)} lessons, {len(found)} questions", flush=True)
        timed("difficult", lambda: backend.reports.difficult_questions(None, lessons), runs)
        with backend.db.reading() as session:
            class_id = session.scalar(select(SchoolClass.id).where(SchoolClass.name == BENCH_CLASS_NAME))
        if class_id is not None:
            backend.reports.difficult_questions(class_id, lessons)
            walls, cpus = [], []
            for _ in range(runs):
                start, cpu = time.perf_counter(), time.process_time()
                backend.reports.difficult_questions(class_id, lessons)
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
            print(f"info the class of 40: {statistics.median(walls) * 1000:.1f} ms "
                  f"(CPU {statistics.median(cpus) * 1000:.1f} ms), median of {runs}", flush=True)


def grid(home: Path, runs: int) -> None:
    from sqlalchemy import select

    from kiosk.backend import Backend
    from kiosk.demo_large import BENCH_CLASS_NAME, BENCH_LESSON_IDS
    from kiosk.store.models import SchoolClass

    with Backend.open(home / "kiosk.sqlite3") as backend:
        with backend.db.reading() as session:
            class_id = session.scalar(select(SchoolClass.id).where(SchoolClass.name == BENCH_CLASS_NAME))
        timed("grid", lambda: backend.reports.class_grid(class_id, BENCH_LESSON_IDS), runs, warm=2)


def import_roster(runs: int) -> None:
    from import_csv import one_run, roster  # benchmarks/import_csv.py

    data = roster(1000)
    one_run(data, 1000)
    for _ in range(runs):
        say("import", one_run(data, 1000))


def export(runs: int) -> None:
    from export_csv import FROM, TO, build  # benchmarks/export_csv.py

    from kiosk.attendance.export import write_csv

    with tempfile.TemporaryDirectory(prefix="kiosk-suite-export-") as folder:
        store = build(Path(folder), 20_000)
        try:
            out = Path(folder) / "asistencia.csv"
            timed("export", lambda: write_csv(store.attendance.rows(FROM, TO), out, sep=";"), runs)
        finally:
            store.close()


def children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pdf(runs: int) -> None:
    """The exports page's PDF of a month for 300 learners: wall time from the click to the file
    (month sheets on the database lane, drawn on the compute lane), its CPU time (this process's
    threads and any child it waited for), and the longest UI-thread stall."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pdf_stall import SPANS, attendance_after, build  # benchmarks/pdf_stall.py

    from kiosk.app import create_app
    from kiosk.ui.main_window import BackendRef
    from kiosk.ui.staff.context import StaffContext, StaffMember
    from kiosk.ui.staff.exports import ExportsPage
    from kiosk.ui.tasks import TaskRunner

    app = create_app()
    with tempfile.TemporaryDirectory(prefix="kiosk-suite-pdf-") as folder:
        home = Path(folder)
        store = build(home, 300)
        tasks = TaskRunner()
        ref = BackendRef()
        ref.store = store
        ctx = StaffContext(StaffMember("bench", "Bench", "coordinator"), tasks, ref, lambda: None, "es",
                           lambda problem: print(f"problem {problem!r}"))
        page = ExportsPage(ctx)
        page.resize(1100, 680)
        page.show()
        tasks.wait_idle(30)
        app.processEvents()
        attendance_after(page, SPANS["month"], home / "warm.pdf")
        for run in range(runs):
            cpu = time.process_time() + children_cpu()
            stall, seconds = attendance_after(page, SPANS["month"], home / f"month-{run}.pdf")
            say("pdf", seconds, time.process_time() + children_cpu() - cpu)
            say("pdf-stall", stall / 1000)
        tasks.shutdown()
        store.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("item", choices=["answer", "difficult", "grid", "import", "export", "pdf"])
    parser.add_argument("home", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if args.item == "answer":
        answer(args.home, args.runs)
    elif args.item == "difficult":
        difficult(args.home, args.runs)
    elif args.item == "grid":
        grid(args.home, args.runs)
    elif args.item == "import":
        import_roster(args.runs)
    elif args.item == "export":
        export(args.runs)
    else:
        pdf(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
