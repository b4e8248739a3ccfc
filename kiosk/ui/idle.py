"""Automatic sign-out: after N idle minutes, with a warning and a countdown before it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import button, icon_label, label

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class IdleWatcher(QObject):
    """Watches every input event of the application while ``active``."""

    warn = Signal(int)  # seconds left
    tick = Signal(int)
    timed_out = Signal()
    resumed = Signal()

    def __init__(self, idle_seconds: float, warning_seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self.warning_seconds = min(warning_seconds, max(1, int(idle_seconds)))
        self.active = False
        self.warning = False
        self.left = 0
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._start_warning)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        QApplication.instance().installEventFilter(self)

    def start(self) -> None:
        self.active = True
        self._restart()

    def stop(self) -> None:
        self.active = False
        self.warning = False
        self._quiet.stop()
        self._countdown.stop()

    def _restart(self) -> None:
        self._countdown.stop()
        if self.warning:
            self.warning = False
            self.resumed.emit()
        self._quiet.start(int((self.idle_seconds - self.warning_seconds) * 1000))

    def _start_warning(self) -> None:
        self.warning = True
        self.left = self.warning_seconds
        self.warn.emit(self.left)
        self._countdown.start()

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.stop()
            self.timed_out.emit()
        else:
            self.tick.emit(self.left)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if self.active and event.type() in INPUT_EVENTS:
            self._restart()
        return False


class IdleOverlay(QFrame):
    """A card over the whole window: “Are you still there?” with the seconds left."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleBackdrop")
        self.setStyleSheet("QFrame#idleBackdrop { background: rgba(27, 39, 51, 150); }")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(620)
        col = QVBoxLayout(card)
        col.setContentsMargins(36, 28, 36, 28)
        col.setSpacing(16)
        col.addWidget(icon_label("reloj.svg", 64), 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = label(self.tr("Are you still there?"), "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.heading)
        self.message = label("", "subtitle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.message)
        self.stay_button = button(self.tr("I’m still here"), "primary")
        col.addWidget(self.stay_button)
        outer.addWidget(card)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.message.setText(self.tr("Your session will close in %n second(s) so that nobody else uses it.", "", seconds))
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.stay_button.setFocus()
