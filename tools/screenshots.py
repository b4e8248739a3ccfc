"""Grab the learner screens at 1366x768 into assets/screenshots/ (shown in the README).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py   # a real X window
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py              # no display
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "screenshots"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    subprocess.run([sys.executable, "-m", "kiosk", "demo", "--home", str(home)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    from kiosk.app import build_window, create_app
    from kiosk.config import Config

    app = create_app()
    window = build_window(Config.load(home), app)
    window.setFixedSize(1366, 768)
    window.show()
    window.start()

    def pump(until=None, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app.processEvents()
            window.tasks.wait_idle(0.02)
            app.processEvents()
            if until is None or until():
                time.sleep(0.05)
                app.processEvents()
                return
        raise TimeoutError

    def shot(name: str) -> None:
        pump()
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT))

    OUT.mkdir(parents=True, exist_ok=True)
    pump(lambda: window.catalog is not None and window.signin.tiles())
    shot("sign-in")
    child = next(t.learner for t in window.signin.tiles() if t.learner.age_band == "8-11")
    window.sign_in(child)
    pump(lambda: bool(window.home_screen.cards))
    shot("home")
    lesson_id = window.catalog.modules()[0].lessons[0].id
    window.open_lesson(lesson_id, 0)
    shot("lesson-page")
    screen = window.lesson_screen
    # the first page, in the catalog's order, with a single-choice question (the first lesson's
    # first question is a sorting one now: it has no wrong option to tap)
    single = next((entry.id, index) for module in window.catalog.modules() for entry in module.lessons
                  for index, page in enumerate(window.catalog.lesson_entry(entry.id).in_lang("es").pages)
                  if any(a.kind == "single" for a in page.activities))
    window.open_lesson(*single)
    pump()
    quiz = next(q for q in screen.quizzes if q.activity.kind == "single")
    wrong = next(i for i, o in enumerate(quiz.activity.options) if not o.correct)
    quiz.choose(wrong)
    shot("quiz-try-again")
    quiz.choose(*[i for i, o in enumerate(quiz.activity.options) if o.correct])
    shot("quiz-right")
    window.show_register()
    shot("register")
    window.sign_out("exit")
    pump()

    # Staff: the demo coordinator (PIN printed by `kiosk demo`)
    from kiosk.demo import DEMO_STAFF
    from kiosk.ui.staff.context import StaffMember

    coordinator = next(s for s in window.store.staff.list_active() if s.display_name == DEMO_STAFF[0][0])
    window.staff_flow.signed_in(StaffMember(coordinator.id, coordinator.display_name, "coordinator"), None, "reports")
    area = window.staff_area
    pump()
    time.sleep(0.3)
    pump()
    shot("teacher-grid")
    area.show_page("workshops")
    pump()
    shot("workshop-register")
    # at 1024x600 with a class chosen: each learner's row on two lines (name, then age and class)
    window.setFixedSize(1024, 600)
    workshops = area.pages["workshops"]
    workshops.class_box.setCurrentIndex(1)
    pump()
    time.sleep(0.3)
    pump()
    shot("workshop-register-1024")
    workshops.class_box.setCurrentIndex(0)
    window.setFixedSize(1366, 768)
    pump()
    area.show_page("exports")
    exports = area.page("exports")
    exports.tabs.setCurrentIndex(exports.tabs.count() - 1)
    pump()
    shot("coordinator-reach")
    area.show_page("classes")
    pump()
    shot("classes")
    area.show_page("sync")
    pump()
    time.sleep(0.3)
    pump()
    shot("coordinator-sync")
    window.staff_sign_out("exit")
    pump()
    window.sync_timer.stop()
    window.tasks.shutdown()
    window.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
