"""The kiosk, driven through its real window by a learner, answering question after question
-- the process ``test_kill_answers.py`` SIGKILLs at random moments.

    python tests/durability/kill_driver.py HOME LOG SEED     # one kiosk
    python tests/durability/kill_driver.py --zygote          # many: see ``zygote``

This process IS the kiosk: the real window (``kiosk.app.build_window``, offscreen) on the real
home, a learner taps their tile on the sign-in screen, opens a lesson on their home screen and
answers every question through the question's own controls (``give``: the clicks a learner
makes), a wrong answer first where the kind has one, then the right one; at the end of the
lesson "Finish", "Back to home" and the next lesson's button, for ever.

Each time a question SHOWS its feedback (its ``answered`` signal, with the feedback visible in
the card as right or wrong) one line goes to LOG, written with ``os.write`` and fsynced before
the driver does anything else::

    shown <learner id> <question key> <right|wrong>

Nothing here reads the database: the log says only what the learner saw.  Lines starting with
``#`` mark progress (``# answering``: the learner is in a lesson).  The event loop is pumped
with ``processEvents`` and ``time.sleep`` (a Qt sleep would keep the GIL from the worker).
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the worktree's kiosk


CATALOG = None  # the bundled lessons, parsed once by the zygote (``preload``)


class Log:
    """One line per feedback shown, on disk (fsynced) before the learner goes on."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def line(self, text: str) -> None:
        os.write(self.fd, (text + "\n").encode())
        os.fsync(self.fd)


def main(home: Path, log_path: Path, seed: int) -> None:
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kiosk.app import build_window, create_app
    from kiosk.config import Config
    from kiosk.content.activities import kind_of

    rng = random.Random(seed)
    log = Log(log_path)
    app = create_app()
    window = build_window(replace(Config.load(home), lang="es"), app)
    if CATALOG is not None:  # parsed by the zygote: the lessons are not what is tested here
        window._load_catalog = lambda: CATALOG
    window.resize(1024, 600)
    window.show()

    def pump(seconds: float = 0.0) -> None:
        end = time.monotonic() + seconds
        while True:
            app.processEvents()
            if time.monotonic() >= end:
                return
            time.sleep(0.002)

    def until(condition, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError(getattr(condition, "__doc__", None) or "waited too long")
            pump(0.003)

    def click(widget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    window.start()
    until(lambda: window.store is not None and window.catalog is not None and window.signin.tiles())
    tiles = window.signin.tiles()
    tile = tiles[rng.randrange(min(len(tiles), 12))]
    learner = tile.learner
    click(tile)
    until(lambda: window.learner is not None and bool(window.home_screen.cards))
    card = next(c for c in window.home_screen.cards if c.lesson_buttons)
    screen = window.lesson_screen
    seen: set[int] = set()

    def shown(quiz, activity, answer, correct) -> None:  # the question shows its feedback
        state = quiz.feedback.property("state")
        if quiz.feedback.isVisible() and state in ("right", "wrong"):
            key = screen.lesson.question_key(activity)
            log.line(f"shown {learner.id} {key} {'right' if correct else 'wrong'}")

    lesson_index = rng.randrange(len(card.lesson_buttons))
    click(card.lesson_buttons[lesson_index])
    until(lambda: window.current_screen() is screen and screen.lesson is not None)
    log.line("# answering")
    while True:
        for quiz in list(screen.quizzes):
            if id(quiz) not in seen:
                seen.add(id(quiz))
                quiz.answered.connect(lambda a, ans, c, q=quiz: shown(q, a, ans, c))
            rules = kind_of(quiz.activity)
            if quiz.activity.kind == "turtle":
                continue  # the sandbox takes a second a run: the quiz kinds answer faster
            tries = [*rules.wrong_answers(quiz.activity)[:1], rules.solution(quiz.activity)]
            for answer in tries:
                if quiz.done:
                    break
                quiz.give(answer)
                until(lambda q=quiz: not getattr(q, "saving", False))
                pump(rng.uniform(0, 0.02))
        if not screen.next_button.isEnabled():  # a coding challenge left unanswered
            window.leave_lesson()
        elif screen.index == len(screen.lesson.pages) - 1:
            click(screen.next_button)  # Finish
            until(lambda: window.current_screen() is window.complete_screen)
            click(window.complete_screen.home_button)
        else:
            click(screen.next_button)
            until(lambda: screen.waiting is None)
            continue
        until(lambda: window.current_screen() is window.home_screen and bool(window.home_screen.cards))
        card = next(c for c in window.home_screen.cards if c.lesson_buttons)
        lesson_index = (lesson_index + 1) % len(card.lesson_buttons)
        click(card.lesson_buttons[lesson_index])
        until(lambda: window.current_screen() is screen and screen.lesson is not None)


def preload() -> None:
    """Import what the kiosk imports (nothing started: no QApplication, no thread, no file)."""
    import PySide6.QtTest  # noqa: F401
    import PySide6.QtWidgets  # noqa: F401

    import kiosk.app  # noqa: F401
    import kiosk.backend  # noqa: F401
    import kiosk.content.activities  # noqa: F401
    import kiosk.content.catalog  # noqa: F401
    import kiosk.ui.activities  # noqa: F401
    import kiosk.ui.main_window  # noqa: F401
    import kiosk.ui.screens.complete  # noqa: F401
    import kiosk.ui.screens.home  # noqa: F401
    import kiosk.ui.screens.lesson  # noqa: F401
    from kiosk.app import load_lessons
    from kiosk.ui.imports import preload as kiosk_preload

    kiosk_preload()
    global CATALOG
    CATALOG = load_lessons()  # pure Python, no thread: ~0.45 s less for every start


def zygote() -> None:
    """Start kiosks fast: the imports (~1 s of every start) and the lessons' parse (~0.45 s)
    are done once here; each line
    ``run HOME LOG SEED`` on stdin forks a child that IS the kiosk (``main``) and answers
    ``pid N``; when a child ends (killed), ``exit N STATUS``.  The child inherits no thread and
    no Qt object: nothing was started before the fork."""
    preload()
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for line in sys.stdin:
        word, *args = line.split()
        if word != "run":
            break
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                sys.stdin.close()
                main(Path(args[0]), Path(args[1]), int(args[2]))
            except BaseException:  # noqa: BLE001 - reported by the exit status
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        out.write(f"pid {pid}\n")
        out.flush()
        _, status = os.waitpid(pid, 0)
        out.write(f"exit {pid} {status}\n")
        out.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--zygote"]:
        zygote()
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
