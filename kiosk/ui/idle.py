"""Automatic sign-out: after N idle minutes, with a warning and a countdown before it.

The warning is always shorter than the idle time (at most a third of it, at most
``warning_seconds``), so a short idle time never brings the warning back at once.  Where
nobody is signed in yet (the staff sign-in with its PIN pad, the first run) ``warns`` says no:
the screen simply goes back to the learners' sign-in after the whole idle time without input,
with no card over the PIN pad.  Every key press or tap starts the time again, so nobody typing
a PIN is ever interrupted.

Input is watched on the application's windows (the kiosk's, and a dialog's as it takes the
focus), where the system delivers every press, move, key and touch before any widget sees it;
not with an application-wide filter, through which every event of every widget would pass into
Python (~2,700 while a coding lesson opens: ~15 ms of CPU each time, issue 14.5).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputEvent, QWindow
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

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

    def __init__(self, idle_seconds: float, warning_seconds: int, parent: QObject | None = None, *,
                 warns: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self.warns = warns  # False: time out without the warning (nobody signed in yet)
        self.active = False
        self.warning = False
        self.left = 0
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._start_warning)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.set_times(idle_seconds, warning_seconds)
        QGuiApplication.instance().focusWindowChanged.connect(self._watch)
        self._watch_windows()

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: installing it again only moves it first

    def _watch_windows(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def set_times(self, idle_seconds: float, warning_cap: int) -> None:
        """Idle time in force; the warning lasts ``min(warning_cap, a third of it)``, at least 1 s."""
        self.idle_seconds = idle_seconds
        self.warning_seconds = max(1, min(int(warning_cap), int(idle_seconds // 3)))
        if self.active:
            self._restart()

    def start(self) -> None:
        self.active = True
        self._watch_windows()  # the kiosk's window, made after this watcher
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
        quiet = self.idle_seconds - self.warning_seconds if self.warns() else self.idle_seconds
        self._quiet.start(max(0, int(quiet * 1000)))

    def _start_warning(self) -> None:
        if not self.warns():
            self.stop()
            self.timed_out.emit()
            return
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
        if self.active and isinstance(event, QInputEvent) and event.type() in INPUT_EVENTS:
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
