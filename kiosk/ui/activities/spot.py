"""``spot``: tap the warning signs on a mock message, then “Check”; feedback per sign.

The mock's parts with an id are the targets (``kiosk/ui/widgets/mock_view.py``): a tap, or Tab
then Space, marks or unmarks one. An answer is the frozenset of the marked part ids."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.content.activities.spot import SpotSpec
from kiosk.ui.read_aloud import mock_text
from kiosk.ui.widgets.common import button, label
from kiosk.ui.widgets.mock_view import MockView

from ._base import ActivityWidget
from ._look import focus_in_view


class SpotWidget(ActivityWidget):
    kind = "spot"

    def build(self, col: QVBoxLayout) -> None:
        spec: SpotSpec = self.activity.spec
        count = len(spec.signs)
        col.addWidget(label(self.tr(
            "Find %n warning sign(s): tap each one to mark it, then press “Check”.", "", count), "hint"))
        self.view = MockView(spec.mock, markable=True)
        self.view.part_toggled.connect(self._on_toggled)
        col.addWidget(self.view)
        self.check_button = button(self.tr("Check"), "primary")
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self._check)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        col.addLayout(row)

    def spoken_body(self, lang: str) -> list[str]:
        return mock_text(self.activity.spec.mock)

    def _on_toggled(self, part_id: str, marked: bool) -> None:
        if self.done:
            return
        for widget in self.view.parts.values():  # a new try: the last check's colours go
            widget.set_state("marked" if widget.marked else "")
        self.check_button.setEnabled(bool(self.view.marked()))

    def _check(self) -> None:
        marked = self.view.marked()
        if marked:
            self._evaluate(marked)

    def _evaluate(self, marked: frozenset[str], *, emit: bool = True) -> None:
        """Judge the parts marked; show the result once it is recorded (``submit``), or at
        once when ``emit`` is False (``restore``)."""
        self.judge(marked, emit=emit)

    def _reveal(self, marked: frozenset[str], correct: bool) -> None:
        spec: SpotSpec = self.activity.spec
        self.tries += 1
        lines: list[str] = []
        for part_id, widget in self.view.parts.items():
            if part_id in marked:
                widget.set_state("found" if spec.sign(part_id) is not None else "wrong")
        for sign in spec.signs:
            if sign.part in marked:
                lines.append("✓ " + sign.feedback)
        for part_id in self.view.mock.part_ids:
            if part_id in marked and spec.sign(part_id) is None:
                decoy = spec.decoy(part_id)
                lines.append("✗ " + (decoy.feedback if decoy else self.tr("That part is not a warning sign.")))
        missed = [s for s in spec.signs if s.part not in marked]
        if missed:
            lines.append(self.tr("%n warning sign(s) still to find.", "", len(missed)))
            lines += ["→ " + s.hint for s in missed if s.hint]
        if correct:
            self.done = True
            self.view.set_markable(False)
            self.check_button.setEnabled(False)
            self.show_feedback(True, "\n".join(lines) or self.tr("That’s right!"), self.activity.explanation)
        else:
            self.show_feedback(False, "\n".join(lines), "")

    # -- the contract ---------------------------------------------------------------------------
    def restore(self, answer: Any) -> None:
        self.view.set_marked(frozenset(answer))
        if answer:
            self._evaluate(frozenset(answer), emit=False)

    def take_focus(self) -> None:
        first = next(iter(self.view.parts.values()), None)
        focus_in_view(first or self.check_button)

    def give(self, answer: Any) -> None:
        """Answer as a learner would: tap the parts to mark exactly ``answer``, then “Check”."""
        for part_id, widget in self.view.parts.items():
            if widget.marked != (part_id in answer):
                widget.click()
        self.check_button.click()


WIDGET = SpotWidget
