"""A learner's last program for a coding challenge, read-only, for staff (issue 12, point 7).

Opened from the learner's page of the reports (``report_learner.py``): the attempts already
loaded hold every run (``{"program", "passed", "rule"}``), so nothing is read from the database
here. The program is shown as the learner left it, in a monospace, read-only editor, with the
verdict and when it ran.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from kiosk.content.activities import decode_answer
from kiosk.content.activities.turtle import TurtleAnswer, rule_words
from kiosk.ui.staff.report_common import short_datetime
from kiosk.ui.staff.staff_dialogs import StaffDialog
from kiosk.ui.widgets.common import label

TURTLE = "turtle"
MONOSPACE = ("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Liberation Mono")


def program_of(activity: Any, stored: str) -> TurtleAnswer | None:
    """The run stored as ``stored`` for a turtle ``activity``; None for any other answer."""
    if activity is None or activity.kind != TURTLE:
        return None
    answer = decode_answer(activity, stored)
    return answer if isinstance(answer, TurtleAnswer) else None


def last_attempt(attempts: Sequence[Any], question_id: str) -> Any | None:
    """The newest of ``attempts`` (``AttemptLine``s, oldest first) at ``question_id``."""
    return next((a for a in reversed(attempts) if a.question_id == question_id), None)


class ProgramDialog(StaffDialog):
    """The program, the verdict ("Solved" / "Not solved: the drawing is not the one asked for")
    and the moment of the run."""

    def __init__(self, learner: str, prompt: str, answer: TurtleAnswer, at: datetime, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Last program of {name}").format(name=learner), parent)
        self.setMinimumSize(640, 480)
        self.body.addWidget(label(prompt, "sectionTitle"))
        if answer.passed:
            verdict = self.tr("✓ Solved")
        else:
            why = rule_words(answer.rule, lang)
            verdict = self.tr("✗ Not solved yet: {why}").format(why=why) if why else self.tr("✗ Not solved yet")
        self.verdict = label(verdict, None)
        self.body.addWidget(self.verdict)
        self.when = label(self.tr("Run on {date}").format(
            date=short_datetime(at, lang, self.tr("d/M/yyyy HH:mm"))), "hint")
        self.body.addWidget(self.when)
        self.program = QPlainTextEdit()
        self.program.setObjectName("programView")
        self.program.setReadOnly(True)
        self.program.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setFamilies([*MONOSPACE, font.family()])
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
        font.setPointSize(13)
        self.program.setFont(font)
        # the theme's stylesheet sets every widget's family: say it here too
        self.program.setStyleSheet(
            "QPlainTextEdit { font-family: " + ", ".join(f'"{f}"' for f in MONOSPACE) + ", monospace; "
            "font-size: 13pt; }")
        self.program.setPlainText(answer.program)
        self.program.setAccessibleName(self.tr("The program, read-only"))
        self.body.addWidget(self.program, 1)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
