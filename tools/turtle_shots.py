"""Grab the turtle studio as a learner sees it on a lesson page, into assets/screenshots/ (issue
12, point 8: blocks and text mode, a solved and a failed challenge, at 1024x600 and 1366x768),
to be looked at and judged.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/turtle_shots.py

Each shot opens the real ``LessonScreen`` on the challenge's page, writes the program (the
challenge's reference solution, or its near miss) into the studio and presses Run (the sandbox's
child process, as in the kiosk); once the drawing has played and the checker has spoken, the
screen is grabbed, scrolled so that the studio and the checker's sentence are in view.
Files: ``turtle-<mode>-<solved|failed>[-1366].png``; ``turtle-blocks.png`` and ``turtle-text.png``
are the failed ones at 1024x600 (the red first difference and the checker's sentence);
``turtle-text-error.png`` a typo (its line marked, the sentence naming it).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "assets" / "screenshots"

# (mode, lesson id, activity id, child)
CHALLENGES = [
    ("blocks", "programacion/repetir/el-cuadrado", "cuadrado", True),
    ("text", "programacion/repetir/repetir-en-texto", "octogono", False),
]
SIZES = [((1024, 600), ""), ((1366, 768), "-1366")]
TYPO = "repetir 8:\n    avanzar(50)\n    izquierda(45)\n    avanzr(10)\n"  # turtle-text-error.png


def main() -> int:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.app import create_app, install_translators
    from kiosk.content.activities import kind_of
    from kiosk.content.activities.turtle import TurtleAnswer
    from kiosk.content.catalog import load_catalog
    from kiosk.ui.screens.lesson import LessonScreen

    app = create_app()
    install_translators(app, "es")
    catalog = load_catalog(resources.lessons_dir())

    def settle() -> None:
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            app.processEvents()

    OUT.mkdir(parents=True, exist_ok=True)
    for mode, lesson_id, activity_id, child in CHALLENGES:
        lesson = catalog.lesson(lesson_id, "es")
        index = next(i for i, page in enumerate(lesson.pages) if any(a.id == activity_id for a in page.activities))
        for size, suffix in SIZES:
            for verdict in ("solved", "failed", "error"):
                if verdict == "error" and (mode != "text" or suffix):
                    continue  # a typo in text mode, at 1024x600: its line marked, the sentence
                screen = LessonScreen()
                screen.resize(*size)
                screen.show()
                screen.open(lesson, index, child=child, lang="es")
                settle()
                quiz = next(q for q in screen.quizzes if q.activity.id == activity_id)
                rules = kind_of(quiz.activity)
                if verdict == "error":
                    answer = TurtleAnswer(TYPO, False)
                else:
                    answer = rules.solution(quiz.activity) if verdict == "solved" else rules.wrong_answers(quiz.activity)[0]
                done: list[bool] = []
                quiz.answered.connect(lambda _a, _b, correct: done.append(correct))
                quiz.give(answer)
                start = time.monotonic()
                while not done and time.monotonic() - start < 30:
                    app.processEvents()
                    time.sleep(0.005)
                assert done == [verdict == "solved"], (mode, verdict, done)
                if verdict == "error":
                    verdict = "text-error"
                settle()
                # The whole studio in view (it is as tall as the page shows at most): its top
                # at the top of the page.
                bar = screen.scroll.verticalScrollBar()
                bar.setValue(bar.value() + quiz.studio.mapTo(screen.scroll.viewport(), QPoint(0, 0)).y() - 6)
                settle()
                path = OUT / (f"turtle-{verdict}.png" if verdict == "text-error" else f"turtle-{mode}-{verdict}{suffix}.png")
                screen.grab().save(str(path))
                print(path.relative_to(ROOT), f"p{index + 1}", quiz.studio.message.text())
                screen.clear()
                screen.close()
        shutil.copyfile(OUT / f"turtle-{mode}-failed.png", OUT / f"turtle-{mode}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
