"""The workshop register's widgets: the list of learners to tick and a counter of people
without an account (see ``kiosk.ui.staff.workshops``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget

from kiosk.ui import theme
from kiosk.ui.staff.register_rows import RowDelegate
from kiosk.ui.widgets.common import button, label
from kiosk.ui.widgets.fold import tall_enough

ANONYMOUS_MAX = 500  # kiosk.attendance.service.ANONYMOUS_MAX
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_MIN_PX = 160  # a counter's group name wraps on two lines at most ("Niñas y niños / de 8 a 11")


class RegisterList(QListWidget):
    """The learners as big rows with a tick.  Space/Enter tick the current row, a click
    anywhere on a row ticks it, a printable key goes to the search box."""

    toggled = Signal(str, bool)  # learner id, ticked now
    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(theme.TABLE_ICON_PX, theme.TABLE_ICON_PX))
        self.itemClicked.connect(self.toggle)
        self.rows = RowDelegate(self)  # one line per learner where it fits, else two
        self.setItemDelegate(self.rows)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.rows.refit()

    def toggle(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.currentItem()
        if item is None or item.isHidden():
            return
        ticked = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.toggled.emit(item.data(ID_ROLE), ticked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self.toggle()
            return
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.typed.emit(text)
            return
        super().keyPressEvent(event)


class Counter(QWidget):
    """A number of people with two big buttons: "-" and "+"."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.name = label(text, "counterLabel")
        self.name.setMinimumWidth(NAME_MIN_PX)
        row.addWidget(self.name, 1)
        self.minus = button("−", "counterStep")
        self.minus.setAccessibleName(self.tr("One less: {group}").format(group=text))
        # A line edit, not a QSpinBox: a styled spin box without buttons loses its text field.
        self.field = QLineEdit("0")
        self.field.setObjectName("counterValue")
        self.field.setValidator(QIntValidator(0, ANONYMOUS_MAX, self.field))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setAccessibleName(text)
        self.field.textChanged.connect(lambda _t: self.changed.emit())
        self.plus = button("+", "counterStep")
        self.plus.setAccessibleName(self.tr("One more: {group}").format(group=text))
        self.minus.clicked.connect(lambda: self.set_value(self.value() - 1))
        self.plus.clicked.connect(lambda: self.set_value(self.value() + 1))
        for widget in (self.minus, self.field, self.plus):
            row.addWidget(widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As tall as its group's name needs on two lines (Guaraní's font draws taller lines
        than the buttons: the name was cut when the page was taller than the screen)."""
        return tall_enough(self, super().minimumSizeHint())

    def value(self) -> int:
        text = self.field.text().strip()
        return int(text) if text.isdigit() else 0

    def set_value(self, value: int) -> None:
        self.field.setText(str(max(0, min(ANONYMOUS_MAX, value))))
