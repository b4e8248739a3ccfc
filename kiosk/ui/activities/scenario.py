"""``scenario``: a branching story in one card. The node's text (and its mock message, if any),
big choice buttons, the feedback of the choice just made, "Go back and choose again"; an ending
shows whether it is a good one and its next step.

The four choice buttons are made once and relabelled at each node, so that the lesson screen's
tab order (set when the page is built) stays right. One ``answered`` per ending reached: the
path taken (``ScenarioPath``), right for a good ending.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.content.activities._scenario_graph import Node, Scenario, ScenarioPath
from kiosk.content.activities.scenario import MAX_CHOICES
from kiosk.content.model import Activity
from kiosk.ui.read_aloud import mock_text, option_text
from kiosk.ui.widgets.common import button, label, set_prop
from kiosk.ui.widgets.mock_view import MockView

from ._base import ActivityWidget
from ._look import focus_in_view

_NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class ScenarioWidget(ActivityWidget):
    kind = "scenario"

    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(activity, parent)  # build(), then the feedback panel
        row = QHBoxLayout()  # "choose again" comes after the ending's feedback
        row.addWidget(self.back)
        row.addStretch(1)
        self.layout().addLayout(row)
        self.setStyleSheet(
            "QLabel#scenarioText { font-size: 19pt; }"
            " QFrame#quiz[band=\"child\"] QLabel#scenarioText { font-size: 21pt; }"
        )
        self._show_node(self.node)

    def build(self, col: QVBoxLayout) -> None:
        self.scenario: Scenario = self.activity.spec
        self.steps: list[tuple[str, str]] = []  # (node id, choice id) taken so far
        self.node: Node = self.scenario.node(self.scenario.start)  # type: ignore[assignment]

        self.chosen = QFrame()  # the choice just made and its feedback
        self.chosen.setObjectName("scenarioChosen")
        self.chosen.setStyleSheet(
            "QFrame#scenarioChosen { background: #EEF3F8; border-left: 6px solid #1F6FB2; border-radius: 8px; }"
            " QFrame#scenarioChosen QLabel { background: transparent; }"
        )
        chosen_col = QVBoxLayout(self.chosen)
        chosen_col.setContentsMargins(16, 10, 16, 10)
        self.chosen_text = label("", "scenarioChoice")
        self.chosen_text.setStyleSheet("font-weight: 700;")
        self.chosen_feedback = label("", "scenarioFeedback")
        chosen_col.addWidget(self.chosen_text)
        chosen_col.addWidget(self.chosen_feedback)
        self.chosen.hide()
        col.addWidget(self.chosen)

        # Each node's mock message (MockView), built once here like the options' mocks (a view
        # added later would be laid out a turn late); only the current node's is visible.
        self.mock_views: dict[str, MockView] = {}
        for node in self.scenario.nodes:
            if node.mock is not None:
                view = MockView(node.mock)
                view.setProperty("band", self.property("band"))
                view.hide()
                col.addWidget(view)
                self.mock_views[node.id] = view
        self.mock: MockView | None = None

        self.text = label("", "scenarioText")
        col.addWidget(self.text)

        self.choices: list[QPushButton] = []
        for index in range(MAX_CHOICES):
            btn = button("", "choice", wrap=True)
            btn.setMinimumHeight(56)
            btn.clicked.connect(lambda _=False, i=index: self._choose(i))
            self.choices.append(btn)
            col.addWidget(btn)

        self.back = button(self.tr("Go back and choose again"), None, "flecha-izq.svg")
        self.back.clicked.connect(self._go_back)

    def spoken_body(self, lang: str) -> list[str]:
        """The choice just made and its feedback, the story so far, its message and choices."""
        parts = [self.chosen_text.text(), self.chosen_feedback.text()] if self.chosen.isVisibleTo(self) else []
        parts.append(self.node.text)
        if self.mock is not None:
            parts += mock_text(self.mock.mock)
        return parts + [option_text(lang, n, choice.text) for n, choice in enumerate(self.node.choices, start=1)
                        if not self.node.is_end]

    # -- the story ----------------------------------------------------------------------------
    def _show_node(self, node: Node) -> None:
        self.node = node
        self.text.setText(node.text)
        self._show_mock(node)
        for i, btn in enumerate(self.choices):
            visible = i < len(node.choices)
            btn.setVisible(visible)
            btn.setEnabled(visible)
            set_prop(btn, "state", "")
            if visible:
                btn.setText(node.choices[i].text)
        self.back.setVisible(bool(self.steps) and not self.done)
        if node.is_end:
            self._show_ending(node)
        else:
            self.feedback.hide()

    def _show_mock(self, node: Node) -> None:
        """The node's mock drawn by the kiosk (plain text, inert links), or nothing."""
        self.mock = self.mock_views.get(node.id)
        for node_id, view in self.mock_views.items():
            view.setVisible(node_id == node.id)

    def _show_ending(self, node: Node) -> None:
        good = node.outcome == "good"
        if good:
            headline = self.tr("A good ending!")
        elif node.outcome == "ok":
            headline = self.tr("This ending could be better. Go back and choose again.")
        else:
            headline = self.tr("This is not the best ending. Go back and choose again.")
        step = self.tr("From now on: {step}").format(step=node.next_step)
        explanation = f"{step}\n\n{self.activity.explanation}" if good and self.activity.explanation else step
        self.show_feedback(good, headline, explanation)

    def _choose(self, index: int, *, emit: bool = True) -> None:
        node = self.node
        if self.done or node.is_end or index >= len(node.choices):
            return
        choice = node.choices[index]
        target = self.scenario.node(choice.next)
        if target is None:
            return
        if target.is_end:  # an ending is a try: recorded before it is shown (``submit``)
            answer = ScenarioPath((*self.steps, (node.id, choice.id)), target.id)
            correct = self.content_kind.evaluate(self.activity, answer)

            def reveal() -> None:
                self.tries += 1
                self._step(node, choice)
                self.done = correct
                self._show_node(target)
                if not correct:
                    self.back.setFocus()
                if emit:
                    QTimer.singleShot(0, self, self._reveal)

            if emit:
                self.submit(answer, correct, reveal)
            else:
                reveal()
        else:
            self._step(node, choice)
            self._show_node(target)
            self.take_focus()
            if emit:
                QTimer.singleShot(0, self, self._reveal)

    def _step(self, node: Node, choice: Any) -> None:
        """Take ``choice`` at ``node``: the path grows, the choice and its feedback are shown."""
        self.steps.append((node.id, choice.id))
        self.chosen_text.setText(self.tr("You chose: {choice}").format(choice=choice.text))
        self.chosen_feedback.setText(choice.feedback)
        self.chosen_feedback.setVisible(bool(choice.feedback))
        self.chosen.show()

    def _go_back(self) -> None:
        if self.done or not self.steps:
            return
        node_id, choice_id = self.steps.pop()
        self._show_node(self.scenario.node(node_id))  # type: ignore[arg-type]
        if self.steps:
            before = self.scenario.node(self.steps[-1][0])
            choice = before.choice(self.steps[-1][1]) if before is not None else None
            if choice is not None:
                self.chosen_text.setText(self.tr("You chose: {choice}").format(choice=choice.text))
                self.chosen_feedback.setText(choice.feedback)
                self.chosen_feedback.setVisible(bool(choice.feedback))
        else:
            self.chosen.hide()
        back_to = self.node.choice(choice_id)
        index = self.node.choices.index(back_to) if back_to is not None else 0
        self.choices[index].setFocus()
        QTimer.singleShot(0, self, self._reveal)

    def _reveal(self) -> None:
        """Bring the story's new step into view in the page: its choices, then its top."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            return
        if self.node.is_end:  # "choose again", then the ending's feedback and next step
            shown = [self.back if self.back.isVisible() else None, self.feedback]
        else:  # the last choice, then the feedback of the choice just made
            last = next((b for b in reversed([*self.choices, self.back]) if b.isVisible()), None)
            shown = [last, self.chosen if self.chosen.isVisible() else self.text]
        for widget in shown:
            if widget is not None:
                area.ensureWidgetVisible(widget, 0, 24)

    # -- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        key = event.key()
        if key in _NUMBER_KEYS and not self.done and not self.node.is_end:
            self._choose(_NUMBER_KEYS[key])
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            stops = [b for b in [*self.choices, self.back] if b.isVisible() and b.isEnabled()]
            if stops:
                here = stops.index(self.focusWidget()) if self.focusWidget() in stops else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                stops[(here + step) % len(stops) if here >= 0 else 0].setFocus()
                return
        super().keyPressEvent(event)

    # -- the contract ---------------------------------------------------------------------------
    def restore(self, answer: Any) -> None:
        """Show the ending of ``answer`` as reached before (the path replayed), without emitting."""
        self._replay(answer, emit=False)

    def take_focus(self) -> None:
        if self.node.choices and not self.done:
            focus_in_view(self.choices[0])  # below a mock message it may start under the fold
        elif self.back.isVisible():
            self.back.setFocus()

    def give(self, answer: Any) -> None:
        """Answer as a learner would: back to the start, then the choices of ``answer``."""
        self._replay(answer, emit=True)

    def _replay(self, answer: Any, *, emit: bool) -> None:
        while self.steps and not self.done:
            if emit:
                self.back.click()
            else:
                self._go_back()
        for node_id, choice_id in answer.steps:
            node = self.node
            index = next((i for i, c in enumerate(node.choices) if c.id == choice_id), None)
            if node.id != node_id or index is None:
                return
            if emit:
                self.choices[index].click()
            else:
                self._choose(index, emit=False)


WIDGET = ScenarioWidget
