"""An answer, from the learner's tap to the feedback on screen, now that the attempt is committed
first (issue 14: answers durable before they are praised).

    python benchmarks/answer_commit.py [--answers 200]

On a copy of the demo home (``kiosk demo``, made in a temporary folder), the real window signs a
learner in and answers single-choice questions through their option buttons, a wrong try then the
right one, lesson after lesson. Two figures per answer:

* commit -- ``ProgressService.record_attempt`` on the database lane: the attempt, the visit, the
  summary and the sync outbox in one transaction, fsynced (``synchronous=FULL``);
* tap to feedback -- from the option's click to the feedback shown (the UI thread waits up to
  ``COMMIT_GRACE_S`` for the commit, so this is also how long the window does not paint).

Prints medians, 90th percentiles and maxima (milliseconds).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def summary(name: str, values: list[float]) -> str:
    values = sorted(values)
    p90 = values[int(len(values) * 0.9) - 1]
    return (f"{name}: median {statistics.median(values):.1f} ms, p90 {p90:.1f} ms, "
            f"max {values[-1]:.1f} ms (n={len(values)})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        subprocess.run([sys.executable, "-m", "kiosk", "demo", "--home", str(home)], check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL)
        return measure(home, args.answers)


def measure(home: Path, wanted: int) -> int:
    from kiosk.app import build_window, create_app
    from kiosk.config import Config
    from kiosk.learning.progress import ProgressService

    commits: list[float] = []
    original = ProgressService.record_attempt

    def timed(self, *args, **kwargs):  # on the database lane
        started = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            commits.append((time.perf_counter() - started) * 1000)

    ProgressService.record_attempt = timed
    app = create_app()
    window = build_window(Config.load(home), app)
    window.resize(1024, 600)
    window.show()

    def pump(until, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not until():
            if time.monotonic() > deadline:
                raise TimeoutError("the kiosk did not get there in time")
            app.processEvents()
            time.sleep(0.002)  # not a Qt sleep: that would keep the GIL from the worker

    window.start()
    pump(lambda: window.store is not None and window.catalog is not None and window.signin.tiles())
    window.sign_in(window.signin.tiles()[0].learner)
    pump(lambda: bool(window.home_screen.cards))
    screen = window.lesson_screen
    taps: list[float] = []
    turn = 0
    while len(taps) < wanted:
        lessons = [b for card in window.home_screen.cards for b in card.lesson_buttons]  # rebuilt each time
        lessons[turn % len(lessons)].click()
        turn += 1
        pump(lambda: window.current_screen() is screen and screen.lesson is not None)
        while True:
            for quiz in screen.quizzes:
                if quiz.activity.kind not in ("single", "truefalse"):
                    continue
                options = quiz.activity.options
                tries = [[next(i for i, o in enumerate(options) if not o.correct)],
                         [i for i, o in enumerate(options) if o.correct]]
                for chosen in tries:
                    pump(lambda: window.tasks.wait_idle(0) or True)
                    app.processEvents()
                    started = time.perf_counter()
                    quiz.options[chosen[0]].click()
                    if quiz.saving:  # slower than the grace: shown by callback
                        pump(lambda q=quiz: not q.saving)
                    taps.append((time.perf_counter() - started) * 1000)
            if not screen.next_button.isEnabled() or screen.index == len(screen.lesson.pages) - 1:
                break
            screen.next()
            pump(lambda: screen.waiting is None)
        window.leave_lesson()
        pump(lambda: window.current_screen() is window.home_screen and bool(window.home_screen.cards))
    window.tasks.wait_idle(10)
    print(summary("commit (database lane)", commits))
    print(summary("tap to feedback shown (UI thread)", taps))
    window.sign_out("exit")
    window.tasks.shutdown()
    window.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
