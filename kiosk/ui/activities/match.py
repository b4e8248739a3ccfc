"""``match``: under each left item, a row of big cards, one per right item; tap the partner of
every left item, then "Check". Wrong pairs are marked and get their own feedback.

Keyboard: Tab moves from one left item's cards to the next and to "Check"; the arrow keys move
between the cards of one left item and Space (or Enter) chooses. No dragging anywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.content.activities.match import Answer, MatchSpec, pairs_of
from kiosk.ui.read_aloud import option_text
from kiosk.ui.widgets.common import button, label, set_prop

from ._base import ActivityWidget
from ._look import focus_in_view


class MatchWidget(ActivityWidget):
    """Emits ``answered(activity, pairs, correct)`` on every "Check"; ``done`` once right."""

    kind = "match"

    def build(self, col: QVBoxLayout) -> None:
        spec: MatchSpec = self.activity.spec
        col.addWidget(label(self.tr("For each item, tap the one that goes with it, then press “Check”."), "hint"))
        self.groups: dict[str, QButtonGroup] = {}
        self.cards: dict[str, list[QPushButton]] = {}
        columns = 2 if len(spec.right) in (2, 4) or len(spec.right) > 6 else 3
        for number, item in enumerate(spec.left, start=1):
            col.addSpacing(6)
            col.addWidget(label(f"{number}. {item.text}", "sectionTitle"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(8)
            group = QButtonGroup(self)
            group.setExclusive(True)
            cards = []
            for index, right in enumerate(spec.right):
                card = button(right.text, "choice", wrap=True)
                card.setCheckable(True)
                card.setMinimumHeight(56)
                card.setAccessibleName(f"{item.text}: {right.text}")
                card.setProperty("right_id", right.id)
                group.addButton(card, index)
                card.toggled.connect(lambda on, c=card: on and self._on_choice(c))
                grid.addWidget(card, index // columns, index % columns)
                cards.append(card)
            for c in range(columns):
                grid.setColumnStretch(c, 1)
            self.groups[item.id] = group
            self.cards[item.id] = cards
            col.addLayout(grid)
        self.check_button = button(self.tr("Check"), "primary")
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self._check)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        col.addLayout(row)

    # -- answering ------------------------------------------------------------------------------
    def spoken_body(self, lang: str) -> list[str]:
        spec: MatchSpec = self.activity.spec
        return ([f"{n}. {item.text or item.alt}" for n, item in enumerate(spec.left, start=1)]
                + [option_text(lang, n, item.text or item.alt) for n, item in enumerate(spec.right, start=1)])

    def _chosen(self) -> dict[str, str]:
        out = {}
        for left_id, group in self.groups.items():
            card = group.checkedButton()
            if card is not None:
                out[left_id] = card.property("right_id")
        return out

    def _on_choice(self, card: QPushButton) -> None:
        if self.done:
            return
        for cards in self.cards.values():
            if card in cards:
                for other in cards:
                    set_prop(other, "state", "")
        self.check_button.setEnabled(len(self._chosen()) == len(self.groups))

    def _check(self) -> None:
        chosen = self._chosen()
        if len(chosen) == len(self.groups):
            self._evaluate(Answer(sorted(chosen.items())))

    def _evaluate(self, answer: Any, *, emit: bool = True) -> None:
        """Judge ``answer``; show the result once it is recorded (``submit``), or at once when
        ``emit`` is False (``restore``)."""
        self.judge(answer, emit=emit)

    def _reveal(self, answer: Any, correct: bool) -> None:
        self.tries += 1
        spec: MatchSpec = self.activity.spec
        chosen = pairs_of(answer)
        wrong = []
        for item in spec.left:
            for card in self.cards[item.id]:
                mine = card.property("right_id") == chosen.get(item.id)
                state = "" if not mine else ("right" if item.match == chosen[item.id] else "wrong")
                set_prop(card, "state", state)
            if chosen.get(item.id) != item.match:
                wrong.append(item)
        if correct:
            self.done = True
            for cards in self.cards.values():
                for card in cards:
                    card.setEnabled(False)
            self.check_button.setEnabled(False)
            self.show_feedback(True, self.tr("That’s right! Every pair matches."), self.activity.explanation)
        else:
            default = spec.feedback_wrong or self.tr("This pair does not match yet.")
            lines = [self.tr("%n pair(s) to look at again:", "", len(wrong))]
            lines += [f"• {item.text} — {item.feedback or default}" for item in wrong]
            self.show_feedback(False, "\n".join(lines), "")

    # -- the contract ---------------------------------------------------------------------------
    def _set(self, pairs: dict[str, str]) -> None:
        for left_id, cards in self.cards.items():
            for card in cards:
                if card.property("right_id") == pairs.get(left_id):
                    card.setChecked(True)

    def restore(self, answer: Any) -> None:
        pairs = pairs_of(answer)
        self._set(pairs)
        if pairs:
            self._evaluate(answer, emit=False)

    def take_focus(self) -> None:
        first = next(iter(self.cards.values()), [])
        if first:
            focus_in_view(first[0])

    def give(self, answer: Any) -> None:
        """Answer as a learner would: click each left item's card, then "Check"."""
        pairs = pairs_of(answer)
        for left_id, cards in self.cards.items():
            for card in cards:
                if card.property("right_id") == pairs.get(left_id) and not card.isChecked():
                    card.click()
        self.check_button.click()


WIDGET = MatchWidget
