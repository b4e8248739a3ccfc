"""The widget of the kinds made of options (single, multi, truefalse): a big button per option
(its picture on it, for a picture option), immediate feedback; ``multi`` adds "Check". An answer
is the frozenset of chosen option ids."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.content.mock import Mock
from kiosk.content.model import Option
from kiosk.ui.read_aloud import mock_text, option_text
from kiosk.ui.widgets.common import button, label, set_prop
from kiosk.ui.widgets.mock_view import MockView

from ._base import ActivityWidget
from ._look import focus_in_view
from ._pictures import dress_button


class OptionsWidget(ActivityWidget):
    """Emits ``answered(activity, chosen ids, correct)`` on every try; ``done`` once right."""

    multiple: ClassVar[bool] = False  # several options, then "Check"

    def build(self, col: QVBoxLayout) -> None:
        self.mock_view: MockView | None = None
        if isinstance(self.activity.spec, Mock):  # "¿real o falso?": the message asked about
            self.mock_view = MockView(self.activity.spec, focusable=True)
            col.addWidget(self.mock_view)
        if self.multiple:
            col.addWidget(label(self.tr("Choose every right answer, then press “Check”."), "hint"))
        self.options: list[QPushButton] = []
        for index, option in enumerate(self.activity.options):
            btn = button(self.option_text(option), "choice", wrap=True)  # long answers wrap, never cut
            btn.setCheckable(True)
            btn.setMinimumHeight(56)
            dress_button(btn, self.option_text(option), option.image, option.alt)  # a picture option
            btn.setProperty("index", index)
            btn.clicked.connect(lambda _=False, i=index: self._on_option(i))
            self.options.append(btn)
            col.addWidget(btn)

        self.check_button: QPushButton | None = None
        if self.multiple:
            self.check_button = button(self.tr("Check"), "primary")
            self.check_button.setEnabled(False)
            self.check_button.clicked.connect(self._check_multi)
            row = QHBoxLayout()
            row.addWidget(self.check_button)
            row.addStretch(1)
            col.addLayout(row)

    def option_text(self, option: Option) -> str:
        return option.text

    def spoken_option(self, option: Option, lang: str) -> str:
        """An option's words for "Read aloud" (a picture option: its alt text)."""
        return option.label

    def spoken_body(self, lang: str) -> list[str]:
        parts = mock_text(self.activity.spec) if isinstance(self.activity.spec, Mock) else []
        return parts + [option_text(lang, number, self.spoken_option(option, lang))
                        for number, option in enumerate(self.activity.options, start=1)]

    # -- answering ------------------------------------------------------------------------------
    def _on_option(self, index: int) -> None:
        if self.done:
            return
        if self.multiple:
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

    def _evaluate(self, chosen: frozenset[int], *, emit: bool = True) -> None:
        """Judge ``chosen``; show the result once it is recorded (``submit``), or at once when
        ``emit`` is False (``restore``)."""
        options = self.activity.options
        answer = frozenset(options[i].id for i in chosen)
        self.judge(answer, chosen, emit=emit)

    def _reveal(self, chosen: frozenset[int], correct: bool) -> None:
        """Mark the options and show the feedback of ``chosen``."""
        self.tries += 1
        options = self.activity.options
        if correct:
            self.done = True
            for i, btn in enumerate(self.options):
                set_prop(btn, "state", "right" if i in chosen else "")
                btn.setEnabled(False)
            if self.check_button is not None:
                self.check_button.setEnabled(False)
            texts = [options[i].feedback for i in sorted(chosen) if options[i].feedback]
            self.show_feedback(True, " ".join(texts) or self.tr("That’s right!"), self.activity.explanation)
        else:
            for i, btn in enumerate(self.options):
                set_prop(btn, "state", "wrong" if (i in chosen and not options[i].correct) else "")
            texts = [options[i].feedback for i in sorted(chosen) if not options[i].correct and options[i].feedback]
            if self.multiple:
                wanted = {i for i, o in enumerate(options) if o.correct}
                if wanted - chosen:
                    texts.append(self.tr("There is still a right answer you haven’t chosen."))
            self.show_feedback(False, " ".join(texts) or self.tr("Not quite. Try again!"), "")

    def _indexes(self, answer: Any) -> list[int]:
        return [i for i, option in enumerate(self.activity.options) if option.id in answer]

    # -- the contract ---------------------------------------------------------------------------
    def restore(self, answer: Any) -> None:
        """Show ``answer`` as given before, its buttons checked and its feedback shown."""
        chosen = frozenset(self._indexes(answer))
        for i, btn in enumerate(self.options):
            btn.setChecked(i in chosen)
        if chosen:
            self._evaluate(chosen, emit=False)

    def take_focus(self) -> None:
        if self.mock_view is not None and not self.done:  # read the message first
            self.mock_view.take_focus()
        elif self.options:
            focus_in_view(self.options[0])  # under a long page it may start below the fold

    def give(self, answer: Any) -> None:
        self.choose(*self._indexes(answer))

    def choose(self, *indexes: int) -> None:
        """Answer as a learner would: click the options (and "Check" for multi)."""
        if self.check_button is not None:
            for btn in self.options:
                btn.setChecked(False)
        for i in indexes:
            self.options[i].click()
        if self.check_button is not None:
            self.check_button.click()
