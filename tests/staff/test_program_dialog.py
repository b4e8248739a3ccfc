"""Staff open a learner's last program of a coding challenge, read-only, from the learner's page."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from kiosk.content.activities.turtle import KIND, TurtleAnswer, TurtleSpec
from kiosk.content.model import Activity
from kiosk.learning.reports import AttemptLine, LearnerDetail

LESSON = "programacion/repetir/cuadrado"
T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
SQUARE = Activity(id="cuadrado", kind="turtle", prompt="Dibujá un cuadrado.", line=10,
                  spec=TurtleSpec(mode="blocks", solution="repetir 4:\n    avanzar(100)\n    derecha(90)",
                                  near_miss="avanzar(100)"))
QUESTION = Activity(id="pregunta", kind="truefalse", prompt="¿Es verdad?", line=20)


class _Lesson:
    id = LESSON
    title = "El cuadrado"
    activities = (SQUARE, QUESTION)

    def activity(self, activity_id):
        return next((a for a in self.activities if a.id == activity_id), None)


class _Entry:
    def in_lang(self, _lang):
        return _Lesson()


class _Catalog:
    """Just what the reports' texts ask of a catalog."""

    def lesson(self, lesson_id, _lang):
        return _Lesson() if lesson_id == LESSON else None

    def lesson_entry(self, lesson_id):
        return _Entry() if lesson_id == LESSON else None


def _attempt(program: str, passed: bool, rule, minutes: int) -> AttemptLine:
    stored = json.dumps(KIND.encode(TurtleAnswer(program, passed, rule)))
    return AttemptLine(f"{LESSON}#cuadrado", LESSON, stored, passed, T0 + timedelta(minutes=minutes))


def test_the_last_program_opens_read_only_with_its_verdict(qtbot):
    from PySide6.QtGui import QFontInfo

    from kiosk.ui.staff.report_common import Texts
    from kiosk.ui.staff.report_learner import LearnerView

    attempts = (
        _attempt("avanzar(100)", False, "drawing", 1),
        AttemptLine(f"{LESSON}#pregunta", LESSON, '{"chosen":["true"]}', True, T0 + timedelta(minutes=2)),
        _attempt("repetir 3:\n    avanzar(100)\n    derecha(90)", False, "drawing", 3),
    )
    detail = LearnerDetail("l1", "Lucía", "tatu.svg", 600, 1, T0, (), attempts, ())
    view = LearnerView("es")
    qtbot.addWidget(view)
    view.show_detail(detail, Texts(_Catalog(), "es"))
    view.show()
    qtbot.waitExposed(view)
    assert view.attempts.rowCount() == 3
    # newest first: row 0 is the last run; row 1 is not a coding challenge
    view.attempts.selectRow(1)
    assert not view.program_button.isEnabled()
    assert view.open_program(1) is None
    view.attempts.selectRow(2)  # an older run of the challenge: its LAST program is shown
    assert view.program_button.isEnabled()
    view.program_button.click()
    dialog = view.program_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.program.isReadOnly()
    assert dialog.program.toPlainText() == "repetir 3:\n    avanzar(100)\n    derecha(90)"
    assert QFontInfo(dialog.program.font()).fixedPitch()
    assert "Lucía" in dialog.windowTitle()
    assert "el dibujo no es el pedido" in dialog.verdict.text()
