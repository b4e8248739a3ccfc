"""What every activity widget provides (``ActivityWidget``): the card, the prompt, the
feedback, and the four things the lesson screen asks of it.

A widget is one module of this package with a module-level ``WIDGET`` (a subclass); the package
finds it by itself (``__init__.py``). Its content half is ``kiosk/content/activities/<kind>.py``.
The contract (``tests/content/test_activity_contract.py``):

* build from an ``Activity`` of its kind;
* judge a try, then hand it to ``submit(answer, correct, reveal)``: the answer is RECORDED
  first (``set_recorder``: the lesson screen's; a widget on its own has nothing to record) and
  only once it is committed ``reveal()`` shows right or wrong and ``answered(activity, answer,
  correct)`` is emitted, ``answer`` being the kind's answer value (``evaluate`` by the content
  kind); ``done`` is set (in ``reveal``) once no more answer is needed. When the commit fails
  the card says so in a child's words (``show_not_saved``), marks nothing, praises nothing, and
  the kind's controls answer again (the learner retries, or goes home);
* ``restore(answer)``: show ``answer`` as given earlier in this visit (going Back over a solved
  question shows it solved), without emitting;
* ``take_focus()``: put the keyboard focus where the learner starts;
* ``give(answer)``: answer as a learner would, through the real controls (tests, screenshots).

``spoken_text(lang)`` is what "Read aloud" says for it (``kiosk.ui.read_aloud``): the prompt, what
the kind shows (``spoken_body``: its options as "Opción 1: …", its items, its message), and the
feedback once shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.content.activities import ActivityKind, kind_of
from kiosk.content.model import Activity
from kiosk.ui.answer_commit import AnswerCommit
from kiosk.ui.errors import answer_not_saved_text, saving_answer_text
from kiosk.ui.widgets.common import icon, label, pixmap, set_prop

# A commit takes a few milliseconds: waited for this long, the feedback appears in one go (no
# "saving" flash); a slower one (a busy or failing disk) shows "Saving your answer…" and the
# window goes on painting until it is done.
COMMIT_GRACE_S = 0.25

Recorder = Callable[[Activity, Any, bool], AnswerCommit]


class ActivityWidget(QFrame):
    """An activity's card: the prompt, the kind's controls (``build``), then the feedback."""

    answered = Signal(object, object, bool)  # Activity, the kind's answer, correct: recorded and shown
    not_saved = Signal(object, object)  # Activity, the problem: the try could not be recorded
    kind: ClassVar[str]  # the content kind this widget shows

    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz")
        self.activity = activity
        self.done = False
        self.tries = 0
        self.saving = False  # a try is being recorded: its result is not shown yet
        self._recorder: Recorder | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.setSpacing(12)
        self.prompt = label(activity.prompt, "quizPrompt")
        col.addWidget(self.prompt)
        self.build(col)

        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        fb_row = QHBoxLayout(self.feedback)
        fb_row.setContentsMargins(16, 12, 16, 12)
        fb_row.setSpacing(14)
        self.feedback_icon = QLabel()
        self.feedback_icon.setFixedSize(QSize(40, 40))
        fb_row.addWidget(self.feedback_icon, 0, Qt.AlignmentFlag.AlignTop)
        fb_text = QVBoxLayout()
        self.feedback_text = label("", "feedbackText")
        self.explanation = label("", "explanation")
        fb_text.addWidget(self.feedback_text)
        fb_text.addWidget(self.explanation)
        fb_row.addLayout(fb_text, 1)
        self.feedback.hide()
        col.addWidget(self.feedback)

    @property
    def content_kind(self) -> ActivityKind:
        return kind_of(self.activity)

    # -- what a kind fills in -----------------------------------------------------------------
    def build(self, col: QVBoxLayout) -> None:
        """Add the kind's controls under the prompt."""
        raise NotImplementedError

    def restore(self, answer: Any) -> None:
        raise NotImplementedError

    def take_focus(self) -> None:
        raise NotImplementedError

    def give(self, answer: Any) -> None:
        raise NotImplementedError

    def spoken_body(self, lang: str) -> list[str]:
        """What the kind shows under the prompt, as plain text in the lesson's language ``lang``."""
        return []

    def attach(self, *, tasks: Any = None, lang: str | None = None) -> None:
        """What the lesson screen knows and a kind may need: the window's ``TaskRunner`` (its
        compute lane: a coding challenge runs programs there) and the lesson's language. Most
        kinds need neither."""

    def resume_work(self, work: Any) -> None:
        """The learner's work on this activity from an earlier visit (a coding challenge: the
        last program run, ``ProgressService.last_programs``), shown without answering."""

    # -- recording before telling -------------------------------------------------------------
    def set_recorder(self, record: Recorder | None) -> None:
        """``record(activity, answer, correct)`` starts committing a try and returns its
        ``AnswerCommit`` (the lesson screen's); None: nothing to record (a widget on its own)."""
        self._recorder = record

    def judge(self, answer: Any, shown: Any = None, *, emit: bool = True) -> None:
        """Judge ``answer``; ``_reveal(shown, correct)`` (``shown`` defaults to the answer) once
        the try is recorded (``submit``), or at once when ``emit`` is False (``restore``)."""
        correct = self.content_kind.evaluate(self.activity, answer)
        what = answer if shown is None else shown
        reveal = lambda: self._reveal(what, correct)  # type: ignore[attr-defined]  # noqa: E731
        if emit:
            self.submit(answer, correct, reveal)
        else:
            reveal()

    def submit(self, answer: Any, correct: bool, reveal: Callable[[], None]) -> None:
        """The kind has judged a try: record it, then ``reveal()`` its result and emit
        ``answered``; if it cannot be recorded, say so and reveal nothing."""
        if self.saving:
            return  # one try at a time
        if self._recorder is None:
            reveal()
            self.answered.emit(self.activity, answer, correct)
            return
        commit = self._recorder(self.activity, answer, correct)
        self.saving = True
        if commit.wait(COMMIT_GRACE_S):
            self._settle(commit, reveal)
            return
        self._show_saving()

        def settled() -> None:
            if shiboken6.isValid(self):  # the learner may have left the page meanwhile
                self._settle(commit, reveal)

        commit.when_settled(settled)

    def _settle(self, commit: AnswerCommit, reveal: Callable[[], None]) -> None:
        if not self.saving:
            return  # already settled (waited for, then called back)
        self.saving = False
        if not self.isEnabled():
            self.setEnabled(True)
            self.take_focus()
        if commit.problem is None:
            reveal()
            self.answered.emit(self.activity, commit.answer, commit.correct)
        else:
            self.show_not_saved(commit.problem)
            self.not_saved.emit(self.activity, commit.problem)

    def _show_saving(self) -> None:
        """The commit is slow: say so, and take no other try meanwhile."""
        set_prop(self.feedback, "state", "saving")
        self._repolish()
        self.feedback_icon.setPixmap(pixmap(icon("reloj.svg"), 40))
        self.feedback_text.setText(saving_answer_text())
        self.explanation.hide()
        self.feedback.show()
        self.setEnabled(False)
        QTimer.singleShot(0, self, self._feedback_in_view)

    def show_not_saved(self, problem: BaseException) -> None:
        """The try could not be recorded: the child's words for ``problem``; nothing is marked
        right or wrong, and the kind's controls take the answer again."""
        text, advice = answer_not_saved_text(problem)
        set_prop(self.feedback, "state", "failed")
        self._repolish()
        self.feedback_icon.setPixmap(pixmap(icon("intentar.svg"), 40))
        self.feedback_text.setText(text)
        self.explanation.setText(advice)
        self.explanation.setVisible(bool(advice))
        self.feedback.show()
        QTimer.singleShot(0, self, self._feedback_in_view)

    def _feedback_in_view(self) -> None:
        """Scroll the page so that the learner sees what the card says now."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and self.feedback.isVisible():
            area.ensureWidgetVisible(self.feedback, 0, 24)

    def _repolish(self) -> None:
        for line in (self.feedback_text, self.explanation):  # their ink follows the state
            line.style().unpolish(line)
            line.style().polish(line)

    # -- shared ---------------------------------------------------------------------------------
    def spoken_text(self, lang: str) -> list[str]:
        """What "Read aloud" says: the prompt, the kind's body, the feedback when shown."""
        parts = [self.activity.prompt, *self.spoken_body(lang)]
        if self.feedback.isVisibleTo(self):
            parts += [self.feedback_text.text(), self.explanation.text() if self.explanation.isVisibleTo(self) else ""]
        return [part for part in parts if part]

    def show_feedback(self, right: bool, text: str, explanation: str) -> None:
        set_prop(self.feedback, "state", "right" if right else "wrong")
        self._repolish()
        self.feedback_icon.setPixmap(pixmap(icon("check.svg" if right else "intentar.svg"), 40))
        self.feedback_text.setText(text)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.feedback.show()
