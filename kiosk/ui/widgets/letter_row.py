"""The row of letter keys of the sign-in screen, in one line where it fits (1366x768) and in two
lines where it does not (27 keys at a child's size need ~1140 px; a 1024x600 screen has ~960)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget


class LetterRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[QPushButton] = []
        self._lines = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)

    def add_key(self, key: QPushButton) -> None:
        policy = key.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)  # the keys share the row's width
        key.setSizePolicy(policy)
        self._keys.append(key)
        self._lines = 0
        self._place(1)

    def lines(self) -> int:
        return self._lines

    def _one_line_width(self) -> int:
        spacing = self._grid.horizontalSpacing()
        return sum(k.minimumSizeHint().width() for k in self._keys) + spacing * max(0, len(self._keys) - 1)

    def _place(self, lines: int) -> None:
        if lines == self._lines:
            return
        self._lines = lines
        for key in self._keys:
            self._grid.removeWidget(key)
        per_line = -(-len(self._keys) // lines)  # ceiling
        for index, key in enumerate(self._keys):
            self._grid.addWidget(key, index // per_line, index % per_line)
        for column in range(len(self._keys)):  # an empty column must not take a share
            self._grid.setColumnStretch(column, 1 if column < per_line else 0)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As narrow as two lines of keys: the row never makes the window wider than the screen."""
        if not self._keys:
            return QSize(0, 0)
        spacing = self._grid.horizontalSpacing()
        half = self._keys[: -(-len(self._keys) // 2)]
        width = sum(k.minimumSizeHint().width() for k in half) + spacing * max(0, len(half) - 1)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._place(1 if self.width() >= self._one_line_width() else 2)
