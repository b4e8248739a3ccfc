"""Small shared helpers for widgets: icons, buttons, property-driven styles."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk import resources
from kiosk.ui import theme


@cache
def icon(name: str, on_dark: bool = False) -> QIcon:
    """A bundled icon; ``on_dark`` draws its ink white (for primary buttons)."""
    path = resources.icon_path(name)
    if not on_dark:
        return QIcon(str(path))
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = path.read_text(encoding="utf-8").replace(theme.ICON_INK, "#FFFFFF")
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for px in (24, 28, 36, 48):
        image = QPixmap(px * 2, px * 2)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.setDevicePixelRatio(2)
        result.addPixmap(image)
    return result


@cache
def avatar_icon(name: str) -> QIcon:
    path = resources.avatar_path(name)
    if not plain_file_name(name) or not path.exists():
        path = resources.icon_path("persona-mas.svg")
    return QIcon(str(path))


def pixmap(qicon: QIcon, px: int) -> QPixmap:
    return qicon.pixmap(QSize(px, px))


class _EnterClicks(QObject):
    """Enter and Return press the focused button, as Space does (a child presses Enter)."""

    KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in self.KEYS and not event.isAutoRepeat()
                and isinstance(watched, QAbstractButton) and watched.isEnabled()):
            watched.click()
            return True
        return False


_ENTER_CLICKS: _EnterClicks | None = None


def enter_clicks(btn: QAbstractButton) -> None:
    """Make Enter press ``btn`` when it has the focus (every button made by ``button``)."""
    global _ENTER_CLICKS
    if _ENTER_CLICKS is None:
        _ENTER_CLICKS = _EnterClicks()
    btn.installEventFilter(_ENTER_CLICKS)


def button(text: str, kind: str | None = None, icon_name: str | None = None, parent: QWidget | None = None,
           *, wrap: bool = False) -> QPushButton:
    """A push button that Enter presses too; ``wrap``: its text wraps and its height follows
    (``WrapButton``, for answers that may be long)."""
    if wrap:
        from kiosk.ui.widgets.wrap_button import WrapButton

        btn: QPushButton = WrapButton(text, parent)
    else:
        btn = QPushButton(text, parent)
    if kind:
        btn.setProperty("kind", kind)
    if icon_name:
        btn.setIcon(icon(icon_name, on_dark=kind == "primary"))
        btn.setIconSize(QSize(28, 28))
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    btn.setAutoDefault(False)
    enter_clicks(btn)
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


def error_and_buttons(dialog, col, cancel_text: str, ok_text: str, on_ok) -> tuple[QLabel, QPushButton, QPushButton]:
    """The bottom of a small form dialog: a hidden error line, then Cancel and a primary OK
    on the right.  Texts come from the caller's tr() so each dialog keeps its own words."""
    error = label("", "error")
    error.hide()
    col.addWidget(error)
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = button(cancel_text)
    cancel.clicked.connect(dialog.reject)
    ok = button(ok_text, "primary")
    ok.clicked.connect(on_ok)
    row.addWidget(cancel)
    row.addWidget(ok)
    col.addLayout(row)
    return error, cancel, ok


class TopBar(QFrame):
    """A white strip across the top of a screen: widgets on the left, a stretch, widgets on
    the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(20, 8, 20, 8)
        self.row.setSpacing(14)
        self.row.addStretch(1)
        self._left = 0

    def add_left(self, widget: QWidget) -> None:
        self.row.insertWidget(self._left, widget)
        self._left += 1

    def add_right(self, widget: QWidget) -> None:
        self.row.addWidget(widget)


def plain_file_name(name: str) -> bool:
    """An avatar's file name read from the database is a bare name inside the avatars folder:
    never a path elsewhere (an old or tampered database could say ``../../../dev/zero``)."""
    return bool(name) and "/" not in name and "\\" not in name and not name.startswith(".")


def plain_mnemonic(text: str) -> str:
    """Untrusted text (a name, a title) for a button: Qt reads ``&`` in a button's text as a
    keyboard mnemonic (hidden, the next letter underlined and bound to Alt); doubled, it shows
    as typed."""
    return text.replace("&", "&&")


def without_mnemonic(text: str) -> str:
    """The text a button made with ``plain_mnemonic`` shows (for lookups by name)."""
    return text.replace("&&", "&")


def plain_title(text: str) -> str:
    """Untrusted text for a window title: Qt reads ``[*]`` there as the "modified" mark (hidden,
    or a ``*``); doubled, it shows as typed."""
    return text.replace("[*]", "[*][*]")


def plain_tooltip(text: str) -> str:
    """Untrusted text (a name, a title typed by someone) for a tooltip.  Qt shows a tooltip that
    looks like HTML as rich text: a learner called ``<img src=/dev/zero>`` would make Qt load
    that "image" when a teacher hovers the name.  Such text is escaped, so it shows as typed."""
    from PySide6.QtGui import Qt as QtGui_Qt

    if not QtGui_Qt.mightBeRichText(text):
        return text
    import html

    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


class ElidedLabel(QLabel):
    """A one-line label that gives up width to its neighbours: when the room is short it paints
    its text cut with "…" (``text()`` stays whole, for tests and screen readers), so a long
    lesson title never makes the window wider than a 1024x600 screen."""

    MIN_PX = 120

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # painted as text anyway: say so

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.MIN_PX), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
