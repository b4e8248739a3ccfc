"""Grab pages of the Internet seguro lessons as a learner sees them, into assets/screenshots/
(issue 11: a scenario, a mock message, a sort, a page in Guaraní), to be looked at and judged.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/curriculum_shots.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "screenshots"

# (file name, lesson id, language, activity kind on the page, child type, answer: "wrong"/"right"/None, size)
SHOTS = [
    ("curriculo-scenario", "internet-seguro/es-bueno-ser-amable/ser-quien-ayuda", "es", "scenario", False, "step", (1366, 768)),
    ("curriculo-mock", "internet-seguro/no-caigas-en-trampas/mensajes-trampa", "es", "single", True, None, (1366, 768)),
    ("curriculo-sort", "internet-seguro/compartir-con-cuidado/datos-personales", "es", "sort", True, "wrong", (1024, 600)),
    ("curriculo-gn", "internet-seguro/compartir-con-cuidado/datos-personales", "gn", "sort", True, "right", (1366, 768)),
]


def main() -> int:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk import resources
    from kiosk.app import create_app, install_translators
    from kiosk.content.activities import kind_of
    from kiosk.content.catalog import load_catalog
    from kiosk.ui.screens.lesson import LessonScreen

    app = create_app()
    catalog = load_catalog(resources.lessons_dir())

    def settle() -> None:
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            app.processEvents()

    OUT.mkdir(parents=True, exist_ok=True)
    for name, lesson_id, lang, kind, child, answer, size in SHOTS:
        install_translators(app, lang if lang != "gn" else "es")
        lesson = catalog.lesson(lesson_id, lang)
        index = next(i for i, page in enumerate(lesson.pages) if any(a.kind == kind for a in page.activities))
        screen = LessonScreen()
        screen.resize(*size)
        screen.show()
        screen.open(lesson, index, child=child, lang=lang)
        settle()
        quiz = next(q for q in screen.quizzes if q.activity.kind == kind)
        screen.scroll.ensureWidgetVisible(quiz, 0, 24)
        rules = kind_of(quiz.activity)
        if answer == "wrong":
            quiz.give(rules.wrong_answers(quiz.activity)[0])
        elif answer == "right":
            quiz.give(rules.solution(quiz.activity))
        elif answer == "step":  # one step into the story: its choice, then the next node
            quiz._choose(0)
        settle()
        path = OUT / f"{name}.png"
        screen.grab().save(str(path))
        print(path.relative_to(ROOT), lesson.lang, f"p{index + 1}")
        screen.clear()
        screen.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
