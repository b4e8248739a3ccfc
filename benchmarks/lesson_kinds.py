"""Open a lesson of each activity kind, as a learner would (a helper of ``benchmarks/suite.py``).

    python benchmarks/lesson_kinds.py HOME [--runs 5] [--kinds single,turtle]

For every kind in ``kiosk.content.activities.KINDS`` the first bundled lesson holding one is
opened at the page of that activity: parse from disk, build the lesson screen, render and paint
it (``grab``).  One warm-up opening per kind, then ``--runs`` timed ones; prints
``open KIND SECONDS LESSON_ID CPU_SECONDS`` per timed opening (CPU: the UI thread's), and ``missing KIND`` for a kind no lesson uses.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from walk import close, pump  # noqa: E402  (benchmarks/walk.py)

from kiosk.app import build_window, create_app, prepare_process  # noqa: E402
from kiosk.config import Config  # noqa: E402


def lesson_per_kind(window) -> dict[str, tuple[str, int]]:
    """kind -> (lesson id, index of the first page holding it), over the catalog in order."""
    from kiosk.content.activities import KINDS
    from kiosk.content.parser import parse_lesson

    found: dict[str, tuple[str, int]] = {}
    for module in window.catalog.modules():
        for entry in module.lessons:
            lesson, _problems = parse_lesson(window.catalog.lesson_entry(entry.id).in_lang("es").path,
                                             module.id)
            if lesson is None:
                continue
            for index, page in enumerate(lesson.pages):
                for activity in page.activities:
                    found.setdefault(activity.kind, (entry.id, index))
    return {kind: found[kind] for kind in KINDS if kind in found} | {
        kind: ("", -1) for kind in KINDS if kind not in found}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("home")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kinds", default="")
    args = parser.parse_args(argv)
    from kiosk.content.parser import parse_lesson

    prepare_process()  # as kiosk.app.run starts the window's process
    app = create_app()
    window = build_window(Config.load(Path(args.home)), app)
    window.resize(1366, 768)
    window.show()
    window.start()
    pump(app, window, lambda: window.store is not None and window.catalog is not None and window.signin.tiles())
    window.sign_in(window.signin.tiles()[0].learner)
    pump(app, window, lambda: bool(window.home_screen.cards))
    wanted = set(filter(None, args.kinds.split(",")))
    for kind, (lesson_id, page) in lesson_per_kind(window).items():
        if wanted and kind not in wanted:
            continue
        if not lesson_id:
            print(f"missing {kind}", flush=True)
            continue
        module_id = lesson_id.rsplit("/", 1)[0]
        for run in range(args.runs + 1):
            path = window.catalog.lesson_entry(lesson_id).in_lang("es").path
            start, cpu = time.perf_counter(), time.thread_time()
            lesson, _problems = parse_lesson(path, module_id)  # parse from disk, as a fresh open would
            assert lesson is not None
            window.open_lesson(lesson_id, page)
            window.lesson_screen.grab()  # render and paint the page
            app.processEvents()
            elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu
            if run:  # the first opening warms caches
                print(f"open {kind} {elapsed:.5f} {lesson_id}#{page} {cpu:.5f}", flush=True)
            window.leave_lesson()
            pump(app, window)
    close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
