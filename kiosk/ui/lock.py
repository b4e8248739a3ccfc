"""Kiosk lock: the window fills the screen with no frame, and closing it needs a staff PIN.

Engaged by ``kiosk`` unless ``--windowed`` or ``KIOSK_WINDOWED=1`` (developers, tests,
benchmarks).  While engaged:

* the window is full screen, frameless and kept above other windows; if something minimises it
  (Win+D), it comes back;
* a close request (the window manager's close, Alt+F4, ``window.close()``) is refused and the
  exit dialog asks a staff member to tap their name and type their PIN.  The check is the
  staff service's (wrong tries count; five lock that account, for longer at each lock).  Only the right PIN
  closes the kiosk.  A signed-in staff member can also close it from the staff area;
* the operating system's own shutdown or log-off is never blocked (``commitDataRequest``).

What Qt cannot do: block Ctrl+Alt+Del, the Windows key or Alt+Tab.  For that the PC runs the
kiosk as its shell (Windows "Assigned Access"/Shell Launcher, or a Linux session that starts
only the kiosk); the lock keeps the window on top so another app opened anyway stays behind it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import button, label

log = logging.getLogger("kiosk.lock")

RunStore = Callable[..., None]  # run_store(fn(backend), on_done, on_error)


def windowed_requested(flag: bool = False) -> bool:
    """``--windowed`` or ``KIOSK_WINDOWED`` set to anything but "", "0", "no" or "false"."""
    env = os.environ.get("KIOSK_WINDOWED", "").strip().lower()
    return flag or env not in ("", "0", "no", "false")


class ExitDialog(QDialog):
    """“Close Telecentro”: staff name, then PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from kiosk.ui.staff.signin import StaffSignInPanel  # only when someone tries to leave

        super().__init__(parent)
        self.setObjectName("exitDialog")
        self.setWindowTitle(self.tr("Close Telecentro"))
        self.setModal(True)
        self.resize(760, 680)
        col = QVBoxLayout(self)
        col.setContentsMargins(32, 24, 32, 24)
        col.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Only staff can close the kiosk."), "subtitle"), 1)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        head.addWidget(self.cancel_button)
        col.addLayout(head)
        self.panel = StaffSignInPanel()
        self.panel.cancelled.connect(self.reject)
        col.addWidget(self.panel, 1)


class KioskLock(QObject):
    """Owns the kiosk-mode behaviour of one main window (see the module docstring)."""

    exit_authorised = Signal(str)  # the staff id whose PIN closed the kiosk ("" for the OS)

    def __init__(self, window: QMainWindow, run_store: RunStore, *, engaged: bool) -> None:
        super().__init__(window)
        self.window = window
        self.engaged = engaged
        self._run_store = run_store
        self._authorised = False
        self.dialog: ExitDialog | None = None
        app = QApplication.instance()
        if engaged:
            window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                                  | Qt.WindowType.WindowStaysOnTopHint)
            app.installEventFilter(self)
            app.commitDataRequest.connect(self._session_ending)

    # -- showing -------------------------------------------------------------------------
    def show_window(self) -> None:
        """Full screen when engaged, a normal 1366×768 window otherwise."""
        if self.engaged:
            screen = self.window.screen() or QGuiApplication.primaryScreen()
            if screen is not None:  # a kiosk session may run with no window manager to do it
                self.window.setGeometry(screen.geometry())
            self.window.showFullScreen()
        else:
            self.window.show()

    def bring_to_front(self) -> None:
        """Another launch asked for this window (single-instance guard)."""
        log.info("another launch asked the kiosk to come to the front")
        if self.window.isMinimized() or not self.window.isVisible():
            self.show_window()
        self.window.raise_()
        self.window.activateWindow()

    # -- closing -------------------------------------------------------------------------
    def may_close(self) -> bool:
        return not self.engaged or self._authorised

    def authorise(self, staff_id: str = "") -> None:
        """Let the next close request through (a staff PIN was given, or the OS shuts down)."""
        self._authorised = True
        self.exit_authorised.emit(staff_id)

    def request_exit(self) -> None:
        """Ask for a staff PIN; the right one closes the window."""
        if not self.engaged:
            self.window.close()
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = ExitDialog(self.window)
        dialog.panel.submitted.connect(self._check)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

        from kiosk.ui.staff.context import StaffMember

        def listed(backend: Any) -> list[StaffMember]:
            return [StaffMember(s.id, s.display_name, str(s.role)) for s in backend.staff.list_active()]

        self._run_store(listed, self._staff_listed, self._unreadable)

    def _dialog_closed(self, dialog: ExitDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _staff_listed(self, staff: list) -> None:
        if self.dialog is None:
            return
        if not staff:
            log.warning("kiosk closed without a PIN: there is no staff account yet")
            self._close_now("")
            return
        self.dialog.panel.set_staff(staff)

    def _unreadable(self, exc: BaseException) -> None:
        # The database cannot be read: nobody could ever give a PIN, so a broken kiosk must
        # still be closable (to be repaired).  Learners cannot cause this.
        log.error("staff list unreadable; kiosk closes without a PIN", exc_info=exc)
        if self.dialog is not None:
            self._close_now("")

    def _check(self, staff_id: str, secret: str) -> None:
        def failed(exc: BaseException) -> None:
            log.error("checking a staff PIN failed", exc_info=exc)
            if self.dialog is not None:
                self.dialog.panel.show_error(self.tr("The PIN could not be checked. Try again."))

        self._run_store(lambda backend: backend.staff.check(staff_id, secret), self._checked, failed)

    def _checked(self, outcome: Any) -> None:
        if self.dialog is None:
            return
        if outcome.ok:
            log.info("kiosk exit authorised by staff %s", outcome.staff.id)
            self._close_now(outcome.staff.id)
        else:
            self.dialog.panel.show_outcome(outcome)

    def _close_now(self, staff_id: str) -> None:
        self.authorise(staff_id)
        if self.dialog is not None:
            self.dialog.accept()
        QTimer.singleShot(0, self.window.close)

    def _session_ending(self, _manager: object) -> None:
        log.info("the operating system is ending the session; the kiosk lets it")
        self.authorise("")

    # -- events --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.request_exit()
                return True
        elif kind == QEvent.Type.WindowStateChange and watched is self.window and self.window.isMinimized():
            QTimer.singleShot(0, self.show_window)
        return False
