"""A graded question (single, multi, truefalse) with immediate, kind feedback."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.content.model import Activity
from kiosk.ui.widgets.common import button, icon, label, pixmap, set_prop


class QuizWidget(QFrame):
    """Emits ``answered(activity, chosen, correct)`` on every try; ``done`` once right."""

    answered = Signal(object, object, bool)

    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz")
        self.activity = activity
        self.done = False
        self.tries = 0
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 20, 24, 20)
        col.setSpacing(12)

        self.prompt = label(activity.prompt, "quizPrompt")
        col.addWidget(self.prompt)
        if activity.kind == "multi":
            col.addWidget(label(self.tr("Choose every right answer, then press “Check”."), "hint"))

        self.options: list[QPushButton] = []
        for index, option in enumerate(activity.options):
            text = option.text
            if activity.kind == "truefalse":
                text = self.tr("True") if option.text == "true" else self.tr("False")
            btn = button(text, "choice")
            btn.setCheckable(True)
            btn.setMinimumHeight(56)
            btn.setProperty("index", index)
            btn.clicked.connect(lambda _=False, i=index: self._on_option(i))
            self.options.append(btn)
            col.addWidget(btn)

        self.check_button: QPushButton | None = None
        if activity.kind == "multi":
            self.check_button = button(self.tr("Check"), "primary")
            self.check_button.setEnabled(False)
            self.check_button.clicked.connect(self._check_multi)
            row = QHBoxLayout()
            row.addWidget(self.check_button)
            row.addStretch(1)
            col.addLayout(row)

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

    # -- answering ---------------------------------------------------------------------
    def _on_option(self, index: int) -> None:
        if self.done:
            return
        if self.activity.kind == "multi":
            if self.check_button is not None:
                self.check_button.setEnabled(any(b.isChecked() for b in self.options))
            for btn in self.options:
                set_prop(btn, "state", "")
            return
        for i, btn in enumerate(self.options):
            btn.setChecked(i == index)
        self._evaluate(frozenset({index}))

    def _check_multi(self) -> None:
        chosen = frozenset(i for i, b in enumerate(self.options) if b.isChecked())
        if chosen:
            self._evaluate(chosen)

    def _evaluate(self, chosen: frozenset[int]) -> None:
        self.tries += 1
        correct = self.activity.is_correct(chosen)
        options = self.activity.options
        if correct:
            self.done = True
            for i, btn in enumerate(self.options):
                set_prop(btn, "state", "right" if i in chosen else "")
                btn.setEnabled(False)
            if self.check_button is not None:
                self.check_button.setEnabled(False)
            texts = [options[i].feedback for i in sorted(chosen) if options[i].feedback]
            self._show_feedback(True, " ".join(texts) or self.tr("That’s right!"), self.activity.explanation)
        else:
            for i, btn in enumerate(self.options):
                set_prop(btn, "state", "wrong" if (i in chosen and not options[i].correct) else "")
            texts = [options[i].feedback for i in sorted(chosen) if not options[i].correct and options[i].feedback]
            if self.activity.kind == "multi":
                wanted = {i for i, o in enumerate(options) if o.correct}
                if wanted - chosen:
                    texts.append(self.tr("There is still a right answer you haven’t chosen."))
            self._show_feedback(False, " ".join(texts) or self.tr("Not quite. Try again!"), "")
        self.answered.emit(self.activity, chosen, correct)

    def _show_feedback(self, right: bool, text: str, explanation: str) -> None:
        set_prop(self.feedback, "state", "right" if right else "wrong")
        self.feedback_icon.setPixmap(pixmap(icon("check.svg" if right else "intentar.svg"), 40))
        self.feedback_text.setText(text)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.feedback.show()

    def choose(self, *indexes: int) -> None:
        """Answer as a learner would: click the options (and "Check" for multi)."""
        if self.check_button is not None:
            for btn in self.options:
                btn.setChecked(False)
        for i in indexes:
            self.options[i].click()
        if self.check_button is not None:
            self.check_button.click()
