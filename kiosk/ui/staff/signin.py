"""Staff sign-in: tap your name, then type your PIN on a big keypad (or the keyboard).

``StaffSignInPanel`` is the reusable part (the kiosk's exit dialog uses it too): it shows the
staff tiles, then the PIN pad, and emits ``submitted(staff_id, secret)``.  Whoever owns it
checks the secret off the UI thread and calls ``show_outcome(outcome)`` with the service's
answer (``kiosk.people.staff.SignInOutcome``: ``status`` "ok" | "wrong" | "locked" |
"unavailable", ``tries_left``, ``seconds_left``).  A locked account shows the time left and
the keypad stays off until then, with the way out: a coordinator's recovery code ("Forgot your
PIN?", where offered), a teacher's coordinator; and the lock is the account's only, so "Not you?
Choose another name" lets a colleague in with their own PIN.  The secret is never kept after
it is submitted.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.staff.context import StaffMember
from kiosk.ui.widgets.common import TopBar, button, label
from kiosk.ui.widgets.flow import TileGrid

TILE_WIDTH = 240
SECRET_MAX = 128  # kiosk.core.secrets.SECRET_MAX (not imported: keep this module light)


class LockWait(QObject):
    """The wait after too many wrong tries (one translation context for every screen)."""

    def text(self, seconds: int) -> str:
        if seconds <= 90:
            return self.tr("Too many wrong tries. Wait %n second(s) and try again.", "", seconds)
        return self.tr("Too many wrong tries. Wait %n minute(s) and try again.", "", math.ceil(seconds / 60))


def wait_text(seconds: int) -> str:
    """"Too many wrong tries", with the wait in seconds up to a minute and a half, else in
    minutes (a lock-out grows up to an hour)."""
    return LockWait().text(seconds)


class StaffTile(QPushButton):
    """A staff member's name (big) and role (smaller) on one touch-size button."""

    def __init__(self, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.setObjectName("staffTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        role = self.tr("Coordinator") if member.role == "coordinator" else self.tr("Teacher")
        self.setAccessibleName(f"{member.display_name}, {role}")
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 10, 12, 10)
        col.setSpacing(2)
        self.name_label = label(member.display_name, "staffName")
        self.role_label = label(role, "hint", wrap=False)
        for part in (self.name_label, self.role_label):
            part.setAlignment(Qt.AlignmentFlag.AlignCenter)
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            col.addWidget(part)
        col.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.setFixedSize(TILE_WIDTH, 112)


class PinPad(QWidget):
    """A PIN field with a 3×4 keypad.  The keyboard works too: digits and letters go to the
    field (passwords), Enter submits, Backspace deletes.  The keys never take the focus, so
    typing always reaches the field."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.field = QLineEdit()
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(SECRET_MAX)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setAccessibleName(self.tr("PIN or password"))
        self.field.setFixedWidth(3 * 104 + 2 * 8)
        self.field.returnPressed.connect(self.submit)
        self.field.textChanged.connect(self._update)
        col.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self.keys[digit] = self._key(digit, lambda _=False, d=digit: self.field.insert(d))
            grid.addWidget(self.keys[digit], index // 3, index % 3)
        self.delete_key = self._key(self.tr("Delete"), self.field.backspace)
        self.delete_key.setProperty("kind", "pinAction")
        grid.addWidget(self.delete_key, 3, 0)
        self.keys["0"] = self._key("0", lambda _=False: self.field.insert("0"))
        grid.addWidget(self.keys["0"], 3, 1)
        self.enter_key = self._key(self.tr("Enter"), self.submit)
        self.enter_key.setProperty("kind", "pinEnter")
        grid.addWidget(self.enter_key, 3, 2)
        holder = QWidget()
        holder.setLayout(grid)
        col.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        self._update()

    def _key(self, text: str, slot) -> QPushButton:
        key = QPushButton(text)
        key.setObjectName("pinKey")
        key.setFixedSize(104, 52)  # 4 rows and the rest fit a 600 px screen (52 px: still a big target)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setCursor(Qt.CursorShape.PointingHandCursor)
        key.setAutoDefault(False)
        key.clicked.connect(slot)
        return key

    def _update(self) -> None:
        self.enter_key.setEnabled(self.isEnabled() and bool(self.field.text()))

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt name
        super().setEnabled(enabled)
        self._update()

    def submit(self) -> None:
        secret = self.field.text()
        if secret and self.isEnabled():
            self.field.clear()
            self.submitted.emit(secret)

    def clear(self) -> None:
        self.field.clear()

    def focus(self) -> None:
        self.field.setFocus()


class StaffSignInPanel(QWidget):
    """Pick a name, then the PIN pad.  Emits ``submitted(staff_id, secret)``."""

    submitted = Signal(str, str)
    cancelled = Signal()  # Escape on the name list
    forgot_requested = Signal(object)  # StaffMember: "Forgot your PIN?" (only when offered)

    def __init__(self, parent: QWidget | None = None, *, offer_forgot: bool = False) -> None:
        super().__init__(parent)
        self.offer_forgot = offer_forgot
        self.staff: list[StaffMember] = []
        self.chosen: StaffMember | None = None
        self._unlock_at = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        col.addWidget(self.pages)

        # page 1: who are you?
        picker = QWidget()
        pick_col = QVBoxLayout(picker)
        pick_col.setContentsMargins(0, 0, 0, 0)
        pick_col.setSpacing(16)
        self.pick_heading = label(self.tr("Who are you? Tap your name."), "title")
        self.pick_heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pick_col.addWidget(self.pick_heading)
        self.grid = TileGrid(TILE_WIDTH)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid)
        pick_col.addWidget(scroll, 1)
        self.pages.addWidget(picker)

        # page 2: your PIN
        pin_page = QWidget()
        pin_col = QVBoxLayout(pin_page)
        pin_col.setContentsMargins(0, 0, 0, 0)
        pin_col.setSpacing(8)
        self.pin_heading = label("", "subtitle")
        self.pin_heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pin_col.addWidget(self.pin_heading)
        self.hint = label(self.tr("Type your PIN or password. It is never shown on the screen."), "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pin_col.addWidget(self.hint)
        self.pad = PinPad()
        self.pad.submitted.connect(self._submit)
        pin_col.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = label("", "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        message_row = QHBoxLayout()  # centred, wide enough to wrap a sentence on two lines
        message_row.addStretch(1)
        message_row.addWidget(self.message, 4)
        message_row.addStretch(1)
        pin_col.addLayout(message_row)
        ways_out = QHBoxLayout()  # side by side: the page fits a 600 px screen
        ways_out.addStretch(1)
        self.other_button = button(self.tr("Not you? Choose another name"), "quiet")
        self.other_button.clicked.connect(self.show_names)
        ways_out.addWidget(self.other_button)
        self.forgot_button = button(self.tr("Forgot your PIN?"), "quiet")
        self.forgot_button.clicked.connect(lambda: self.chosen and self.forgot_requested.emit(self.chosen))
        self.forgot_button.setVisible(offer_forgot)
        ways_out.addWidget(self.forgot_button)
        ways_out.addStretch(1)
        pin_col.addLayout(ways_out)
        pin_col.addStretch(1)
        self.pages.addWidget(pin_page)

    # -- names ---------------------------------------------------------------------------
    def set_staff(self, staff: list[StaffMember]) -> None:
        """Show these people; with only one, go straight to the PIN."""
        self.staff = list(staff)
        self.pick_heading.setText(self.tr("Who are you? Tap your name."))
        tiles = []
        for member in self.staff:
            tile = StaffTile(member)
            tile.clicked.connect(lambda _=False, who=member: self.choose(who))
            tiles.append(tile)
        self.grid.set_tiles(tiles)
        if len(self.staff) == 1:
            self.choose(self.staff[0])
        else:
            self.show_names()

    def tiles(self) -> list[StaffTile]:
        return self.grid.tiles()  # type: ignore[return-value]

    def show_names(self) -> None:
        self.chosen = None
        self.pad.clear()
        self._stop_countdown()
        self.message.hide()
        self.pages.setCurrentIndex(0)
        if self.tiles():
            self.tiles()[0].setFocus()

    def choose(self, member: StaffMember) -> None:
        self.chosen = member
        self.pad.clear()
        self._stop_countdown()
        self.message.hide()
        self.pad.setEnabled(True)
        self.pin_heading.setText(self.tr("Hello, {name}. Type your PIN.").format(name=member.display_name))
        self.other_button.setVisible(len(self.staff) > 1)
        self.pages.setCurrentIndex(1)
        self.pad.focus()

    # -- the secret ----------------------------------------------------------------------
    def _submit(self, secret: str) -> None:
        if self.chosen is None:
            return
        self.pad.setEnabled(False)  # until the answer comes back
        self.message.hide()
        self.submitted.emit(self.chosen.id, secret)

    def show_outcome(self, outcome) -> None:
        """Show the service's answer for the last submitted secret (not "ok": the owner moves
        on then)."""
        status = str(outcome.status)
        self.pad.clear()
        if status == "ok":
            self.pad.setEnabled(True)
            self.message.hide()
        elif status == "wrong":
            self.pad.setEnabled(True)
            self._say(self.tr("That PIN is not right. You have %n more try(s).", "", outcome.tries_left))
            self.pad.focus()
        elif status == "locked":
            self.lock_for(outcome.seconds_left)
        else:
            self.pad.setEnabled(True)
            self.show_names()
            self.pick_heading.setText(self.tr("That account is no longer active. Who are you?"))

    def show_error(self, text: str) -> None:
        self.pad.setEnabled(True)
        self._say(text)

    def lock_for(self, seconds: int) -> None:
        self.pad.setEnabled(False)
        self._unlock_at = time.monotonic() + max(1, seconds)
        self._tick()
        self._countdown.start()

    def seconds_locked(self) -> int:
        return max(0, round(self._unlock_at - time.monotonic())) if self._countdown.isActive() else 0

    def _tick(self) -> None:
        left = max(0, round(self._unlock_at - time.monotonic()))
        if left <= 0:
            self._stop_countdown()
            self.message.hide()
            self.pad.setEnabled(True)
            self.pad.focus()
            return
        self._say(self.lock_text(left))

    def lock_text(self, seconds: int) -> str:
        """The lock message: how long, and the way out for this person (the lock is theirs
        only: anyone else signs in with their own PIN)."""
        lines = [wait_text(seconds)]
        coordinator = self.chosen is not None and self.chosen.role == "coordinator"
        if coordinator and self.offer_forgot:
            lines.append(self.tr("Have your recovery code? Tap “Forgot your PIN?”: it works now."))
        elif not coordinator:
            lines.append(self.tr("Ask a coordinator to lift the lock from the staff page."))
        if len(self.staff) > 1:
            lines.append(self.tr("Someone else can sign in now with their own PIN."))
        return "\n".join(lines)

    def _stop_countdown(self) -> None:
        self._countdown.stop()
        self._unlock_at = 0.0

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def say(self, text: str) -> None:
        """A sentence under the keypad (for example "your new PIN is set")."""
        self._say(text)

    def reset(self) -> None:
        self.pick_heading.setText(self.tr("Who are you? Tap your name."))
        if len(self.staff) == 1:
            self.choose(self.staff[0])
        else:
            self.show_names()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape:
            if self.pages.currentIndex() == 1 and len(self.staff) > 1:
                self.show_names()
            else:
                self.cancelled.emit()
            return
        super().keyPressEvent(event)


class StaffSignInScreen(QWidget):
    """The full screen reached from the sign-in screen's "Staff" button; it also offers
    "Forgot your PIN?" (the recovery code, ``kiosk.ui.staff.recovery``)."""

    submitted = Signal(str, str)  # staff id, secret
    cancelled = Signal()
    recover_submitted = Signal(str, str, str)  # staff id, recovery code, new secret

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        self.back_button = button(self.tr("Back"), "quiet", "flecha-izq.svg")
        self.back_button.clicked.connect(self.cancelled)
        bar.add_left(self.back_button)
        bar.add_left(label(self.tr("Staff sign-in"), "brand", wrap=False))
        outer.addWidget(bar)

        body = QHBoxLayout()
        body.setContentsMargins(40, 12, 40, 12)
        from kiosk.ui.staff.recovery import ForgotPinView, RecoveryCodeView

        self.pages = QStackedWidget()
        self.panel = StaffSignInPanel(offer_forgot=True)
        self.panel.submitted.connect(self.submitted)
        self.panel.cancelled.connect(self.cancelled)
        self.panel.forgot_requested.connect(self.show_forgot)
        self.forgot = ForgotPinView()
        self.forgot.cancelled.connect(self.show_panel)
        self.forgot.submitted.connect(self._recover)
        self.new_code = RecoveryCodeView()
        self.new_code.done.connect(self._new_pin_set)
        for page in (self.panel, self.forgot, self.new_code):
            self.pages.addWidget(page)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self._recovering: StaffMember | None = None

    def set_staff(self, staff: list[StaffMember]) -> None:
        self.show_panel()
        self.panel.set_staff(staff)

    # -- a forgotten PIN -------------------------------------------------------------------
    def show_panel(self) -> None:
        self.pages.setCurrentWidget(self.panel)
        if self.panel.chosen is not None:
            self.panel.pad.focus()

    def show_forgot(self, member: StaffMember) -> None:
        self._recovering = member
        self.forgot.start(member.display_name, coordinator=member.role == "coordinator")
        self.pages.setCurrentWidget(self.forgot)

    def _recover(self, code: str, secret: str) -> None:
        if self._recovering is not None:
            self.recover_submitted.emit(self._recovering.id, code, secret)

    def show_recovery_outcome(self, outcome) -> None:
        """``StaffService.recover``'s answer: the next code when it worked, else why not."""
        if outcome.ok:
            self.new_code.show_code(outcome.recovery_code or "", outcome.staff.display_name if outcome.staff else "")
            self.pages.setCurrentWidget(self.new_code)
        else:
            self.forgot.show_outcome(outcome)

    def _new_pin_set(self) -> None:
        self.show_panel()
        if self._recovering is not None:
            self.panel.choose(self._recovering)
            self.panel.say(self.tr("Your new PIN is set. Type it to come in."))
        self._recovering = None

    def show_outcome(self, outcome) -> None:
        self.panel.show_outcome(outcome)

    def reset(self) -> None:
        self.show_panel()
        self.panel.reset()

