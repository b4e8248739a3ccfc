"""A scripted learner for the benchmarks: sign in, open lessons, turn pages, quit.

    python benchmarks/walk.py HOME memory    # walk two lessons (the parent reads peak RSS)
    python benchmarks/walk.py HOME lesson    # print 'open-lesson SECONDS' per opening
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.core.deferred_modules import defer

defer()  # as kiosk.cli does before the window's modules are imported (some import what it defers)
from kiosk.app import build_window, create_app, prepare_process  # noqa: E402
from kiosk.config import Config  # noqa: E402


def pump(app: QApplication, window, until=None, timeout: float = 10.0) -> None:
    """Run the kiosk's events until ``until()``, as its event loop would.  ``processEvents``
    alone leaves ``deleteLater`` undone (Qt: without a running event loop DeferredDelete events
    are not processed), so a page or a card the kiosk deleted stayed alive here and counted in
    the memory figure; they are deleted as the kiosk's loop deletes them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        window.tasks.wait_idle(0.01)
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if until is None or until():
            return
    raise TimeoutError("the kiosk did not get there in time")


def close(window) -> None:
    """Sign out and stop the window's timers, lanes and store (every benchmark that drives the
    kiosk ends with this)."""
    window.sign_out("exit")
    window.sync_timer.stop()
    window.tasks.shutdown()
    window.store.close()


def main(home: str, mode: str) -> int:
    prepare_process()  # as kiosk.app.run starts the window's process
    app = create_app()
    window = build_window(Config.load(Path(home)), app)
    window.resize(1366, 768)
    window.show()
    window.start()
    pump(app, window, lambda: window.store is not None and window.catalog is not None and window.signin.tiles())
    window.sign_in(window.signin.tiles()[0].learner)
    pump(app, window, lambda: bool(window.home_screen.cards))
    lesson_ids = [e.id for m in window.catalog.modules() for e in m.lessons]

    if mode == "memory":
        for lesson_id in lesson_ids[:2]:
            window.open_lesson(lesson_id, 0)
            screen = window.lesson_screen
            while True:
                for quiz in screen.quizzes:
                    if hasattr(quiz, "choose"):  # the choice kinds; the others are left unanswered
                        quiz.choose(*[i for i, o in enumerate(quiz.activity.options) if o.correct])
                pump(app, window)
                if screen.index == len(screen.lesson.pages) - 1:
                    break
                before = screen.index
                screen.next()
                pump(app, window)
                if screen.index == before:  # held by an activity the walk does not answer
                    break
            window.leave_lesson()
            pump(app, window)
    else:
        from kiosk.content.parser import parse_lesson

        for round_ in range(3):
            for lesson_id in lesson_ids:
                entry = window.catalog.lesson_entry(lesson_id)
                path = entry.in_lang("es").path
                module_id = lesson_id.rsplit("/", 1)[0]
                start = time.perf_counter()
                lesson, problems = parse_lesson(path, module_id)  # parse from disk, as a fresh open would
                assert lesson is not None and not problems
                window.open_lesson(lesson_id, 0)
                window.lesson_screen.grab()  # render and paint the page
                app.processEvents()
                elapsed = time.perf_counter() - start
                if round_:  # the first round warms caches
                    print(f"open-lesson {elapsed:.5f}", flush=True)
                window.leave_lesson()
                pump(app, window)
    close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
