"""The turtle studio on a real lesson page at the kiosk's smallest screen (1024x600): nothing to
scroll sideways, and the studio no taller than what the page shows at once (Run, the program,
the drawing and the checker's sentence in view together). Layout only: no timing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from kiosk import resources
from kiosk.content.activities.turtle import TurtleAnswer
from kiosk.content.catalog import load_catalog
from kiosk.ui import theme
from kiosk.ui.screens.lesson import LessonScreen

CHALLENGES = {
    "blocks": ("programacion/repetir/el-cuadrado", "cuadrado", True),
    "text": ("programacion/repetir/repetir-en-texto", "octogono", False),
}
NEAR = {"blocks": "repetir 3:\n    avanzar(100)\n    derecha(90)\n",
        "text": "repetir 8:\n    avanzar(50)\n    izquierda(135)\n"}


@pytest.fixture
def styled(qapp):
    qapp.setStyleSheet(theme.application_sheet())
    yield qapp
    qapp.setStyleSheet("")


@pytest.mark.parametrize("mode", ["blocks", "text"])
@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_studio_fits_the_lesson_page(qtbot, styled, mode, size):
    lesson_id, activity_id, child = CHALLENGES[mode]
    lesson = load_catalog(resources.lessons_dir()).lesson(lesson_id, "es")
    index = next(i for i, page in enumerate(lesson.pages) if any(a.id == activity_id for a in page.activities))
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    screen.open(lesson, index, child=child, lang="es")
    [quiz] = [q for q in screen.quizzes if q.activity.id == activity_id]
    with qtbot.waitSignal(quiz.answered, timeout=30_000):
        quiz.give(TurtleAnswer(NEAR[mode], False))
    for _ in range(4):
        QApplication.processEvents()

    studio, viewport = quiz.studio, screen.scroll.viewport()
    assert not screen.scroll.horizontalScrollBar().isVisible()  # nothing wider than the screen
    assert studio.height() <= viewport.height()
    assert studio.message.isVisible() and studio.message.text()  # the checker's sentence
    bar = screen.scroll.verticalScrollBar()
    bar.setValue(bar.value() + studio.mapTo(viewport, QPoint(0, 0)).y())
    QApplication.processEvents()
    seen = viewport.rect()
    for widget in (studio.run_button, studio.message, studio.canvas):
        box = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert seen.contains(box), (widget.objectName(), box, seen)
    if mode == "blocks":
        for row in studio.blocks.rows:  # no block is cut on the right
            right = row.mapTo(studio.blocks.scroll.viewport(), QPoint(row.width(), 0)).x()
            assert right <= studio.blocks.scroll.viewport().width()
            assert row.minimumSizeHint().width() <= row.width()
