"""Small shared helpers for widgets: icons, buttons, property-driven styles."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk import resources


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources.icon_path(name)))


@cache
def avatar_icon(name: str) -> QIcon:
    path = resources.avatar_path(name)
    if not path.exists():
        path = resources.icon_path("persona-mas.svg")
    return QIcon(str(path))


def pixmap(qicon: QIcon, px: int) -> QPixmap:
    return qicon.pixmap(QSize(px, px))


def button(text: str, kind: str | None = None, icon_name: str | None = None, parent: QWidget | None = None) -> QPushButton:
    btn = QPushButton(text, parent)
    if kind:
        btn.setProperty("kind", kind)
    if icon_name:
        btn.setIcon(icon(icon_name))
        btn.setIconSize(QSize(28, 28))
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    btn.setAutoDefault(False)
    return btn


def set_prop(widget: QWidget, name: str, value: object) -> None:
    """Change a dynamic property that the stylesheet selects on, and restyle."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def label(text: str = "", object_name: str | None = None, wrap: bool = True) -> QLabel:
    lbl = QLabel(text)
    if object_name:
        lbl.setObjectName(object_name)
    lbl.setWordWrap(wrap)
    lbl.setTextFormat(Qt.TextFormat.PlainText)
    return lbl


def icon_label(name: str, px: int) -> QLabel:
    lbl = QLabel()
    lbl.setPixmap(pixmap(icon(name), px))
    lbl.setFixedSize(px, px)
    return lbl


class TopBar(QFrame):
    """A white strip across the top of a screen: left widgets, a stretch, right widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(20, 8, 20, 8)
        self.row.setSpacing(14)
        self._stretched = False

    def add_left(self, widget: QWidget) -> None:
        self.row.insertWidget(self.row.count() if not self._stretched else self._left_count(), widget)

    def _left_count(self) -> int:
        return next(i for i in range(self.row.count()) if self.row.itemAt(i).spacerItem() is not None)

    def add_right(self, widget: QWidget) -> None:
        if not self._stretched:
            self.row.addStretch(1)
            self._stretched = True
        self.row.addWidget(widget)
