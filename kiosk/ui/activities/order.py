"""``order``: the items in a mixed order, each with big "Up" and "Down" buttons, then "Check".

No dragging: a tap, a click, Space or Enter on a button moves its item one place; Alt+Up and
Alt+Down on an item's button move it too. The focus stays with the moved item, so pressing again
keeps moving it. An answer is the tuple of item ids in the order shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.content.activities._items import Item
from kiosk.ui.widgets.common import button, label, set_prop

from ._base import ActivityWidget
from ._look import focus_in_view
from ._pictures import picture_label

ARROW_PX = 64  # the Up and Down buttons: a child's finger


class ItemRow(QFrame):
    """One item: its place number, its picture and words, its Up and Down buttons."""

    def __init__(self, item: Item, owner: OrderWidget) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("orderItem")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        self.place = QLabel("")
        self.place.setObjectName("orderPlace")
        self.place.setFixedWidth(40)
        self.place.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.place)
        picture = picture_label(item.image, item.text, item.alt, 72)
        if picture is not None:
            row.addWidget(picture)
        self.words = label(item.text or ("" if picture is not None else item.alt), "orderText")
        row.addWidget(self.words, 1)
        self.up = button(self.tr("Up"), "choice", "flecha-arriba.svg")
        self.down = button(self.tr("Down"), "choice", "flecha-abajo.svg")
        for btn, name in ((self.up, self.tr("Move “{item}” up")),
                          (self.down, self.tr("Move “{item}” down"))):
            btn.setMinimumSize(ARROW_PX * 2, ARROW_PX)
            btn.setAccessibleName(name.format(item=item.label))
            btn.installEventFilter(owner.alt_keys)
            row.addWidget(btn)
        self.up.clicked.connect(lambda: owner.move(self, -1))
        self.down.clicked.connect(lambda: owner.move(self, +1))


class _AltArrows(QObject):
    """Alt+Up / Alt+Down on an item's button move that item."""

    def __init__(self, owner: OrderWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (event.type() == QEvent.Type.KeyPress
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            row = self.owner.row_of(watched)
            if row is not None:
                self.owner.move(row, -1 if event.key() == Qt.Key.Key_Up else +1)
                return True
        return False


class OrderWidget(ActivityWidget):
    kind = "order"

    def build(self, col: QVBoxLayout) -> None:
        col.addWidget(label(self.tr("Put them in order with “Up” and “Down”, then press “Check”."), "hint"))
        self.alt_keys = _AltArrows(self)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(8)
        self.rows: list[ItemRow] = []
        items = {item.id: item for item in self.activity.spec.items}
        for item_id in self.content_kind.start_order(self.activity):
            row = ItemRow(items[item_id], self)
            self.rows.append(row)
            self.list_box.addWidget(row)
        col.addLayout(self.list_box)
        self.check_button = button(self.tr("Check"), "primary")
        self.check_button.clicked.connect(self.check)
        line = QHBoxLayout()
        line.addWidget(self.check_button)
        line.addStretch(1)
        col.addLayout(line)
        self._number()

    def spoken_body(self, lang: str) -> list[str]:
        return [f"{n}. {row.item.text or row.item.alt}" for n, row in enumerate(self.rows, start=1)]

    # -- moving ---------------------------------------------------------------------------------
    def row_of(self, widget: QObject) -> ItemRow | None:
        return next((r for r in self.rows if widget in (r.up, r.down)), None)

    @property
    def current(self) -> tuple[str, ...]:
        return tuple(row.item.id for row in self.rows)

    def move(self, row: ItemRow, step: int) -> None:
        """Move ``row``'s item one place up (-1) or down (+1)."""
        if self.done:
            return
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        had_focus = row.up.hasFocus() or row.down.hasFocus()
        self.rows.insert(target, self.rows.pop(index))
        self.list_box.insertWidget(target, row)
        self._number()
        for each in self.rows:
            set_prop(each, "state", "")
        if had_focus:  # the focus goes with the item, onto a button that still moves it
            wanted = row.up if step < 0 else row.down
            (wanted if wanted.isEnabled() else (row.down if wanted is row.up else row.up)).setFocus()

    def _number(self) -> None:
        last = len(self.rows) - 1
        for index, row in enumerate(self.rows):
            row.place.setText(f"{index + 1}.")
            row.up.setEnabled(not self.done and index > 0)
            row.down.setEnabled(not self.done and index < last)
        chain = [b for row in self.rows for b in (row.up, row.down)] + [self.check_button]
        for before, after in zip(chain, chain[1:]):  # Tab follows the order shown
            QWidget.setTabOrder(before, after)

    # -- answering ------------------------------------------------------------------------------
    def check(self, *, emit: bool = True) -> None:
        """Judge the order shown; show the result once it is recorded (``submit``), or at once
        when ``emit`` is False (``restore``)."""
        if self.done:
            return
        answer = self.current
        self.judge(answer, emit=emit)

    def _reveal(self, answer: tuple[str, ...], correct: bool) -> None:
        self.tries += 1
        rules = self.content_kind
        if correct:
            self.done = True
            self._number()
            self.check_button.setEnabled(False)
            for row in self.rows:
                set_prop(row, "state", "right")
            self.show_feedback(True, self.tr("That’s right!"), self.activity.explanation)
        else:
            good = rules.right_from_start(self.activity, answer)
            for index, row in enumerate(self.rows):
                set_prop(row, "state", "right" if index < good else "")
            self.show_feedback(False, self.partial(good), "")

    def partial(self, good: int) -> str:
        """How many items from the start are in place, in words."""
        if good == 0:
            return self.tr("The first one is not in its place yet. Try again!")
        if good == 1:
            return self.tr("The first one is right. Keep going!")
        numbers = [self.tr("two"), self.tr("three"), self.tr("four"), self.tr("five"),
                   self.tr("six"), self.tr("seven")]
        count = numbers[good - 2] if good - 2 < len(numbers) else str(good)
        return self.tr("The first {count} are right. Keep going!").format(count=count)

    # -- the contract ---------------------------------------------------------------------------
    def _arrange(self, order: tuple[str, ...]) -> None:
        by_id = {row.item.id: row for row in self.rows}
        self.rows = [by_id[i] for i in order if i in by_id] + [r for r in self.rows if r.item.id not in order]
        for index, row in enumerate(self.rows):
            self.list_box.insertWidget(index, row)
        self._number()

    def restore(self, answer: Any) -> None:
        self._arrange(tuple(answer))
        self.check(emit=False)

    def take_focus(self) -> None:
        first = self.rows[0]
        focus_in_view(first.down if first.down.isEnabled() else first.up)

    def give(self, answer: Any) -> None:
        """Press Up on the items, as a learner would, until they are in ``answer``'s order;
        then "Check"."""
        for place, item_id in enumerate(answer):
            row = next(r for r in self.rows if r.item.id == item_id)
            while self.rows.index(row) > place:
                row.up.click()
        self.check_button.click()


WIDGET = OrderWidget
