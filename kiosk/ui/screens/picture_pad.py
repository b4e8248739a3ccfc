"""The picture-password pad and panel: 4 slots over a 4x3 grid of big picture buttons, and the
steps around it (tap your pictures; choose them and tap them again; wait out a pause).

Shared by the sign-in screen (``kiosk.ui.screens.picture_signin``) and the "I'm new"
registration step.  The grid is NOT shuffled between attempts: an 8-year-old finds a picture
by where it always is, and a classmate looking over a shoulder sees which picture is tapped
whatever its place, so shuffling would cost every child time for no protection (the slots
show dots, never the pictures, while signing in).  The pictures grow and shrink with the room
there is (``PicturePanel.fit``): 92 px buttons at 1024x600 (72 px pictures, the least for a
finger), 124 px at 1366x768.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from kiosk.people.picture_password import PICTURES, SEQUENCE_LEN, picture_names, picture_path
from kiosk.ui import theme
from kiosk.ui.widgets.common import button, label, pixmap, set_prop

COLUMNS = 4  # 4 columns x 3 rows: wide screens have more room across than down
PICTURE_MIN_PX = 72  # never smaller than this while it can be tapped (a child's finger)
PICTURE_PAUSED_PX = 48  # during a pause the pad is off: it may shrink under the message
BUTTON_EXTRA_PX = 20  # padding and border around a picture (theme: pictureButton)
GRID_SPACING = 14


def picture_icon(key: str) -> QIcon:
    return QIcon(str(picture_path(key)))


class PicturePad(QWidget):
    """``length`` slots (4; 3 for an old secret) over the grid of picture buttons.
    ``completed`` fires with the keys of the pictures tapped, in order.  ``reveal``: the slots
    show the chosen pictures (when choosing) rather than plain dots (when signing in, so
    nobody reads them off the screen)."""

    completed = Signal(tuple)
    tapped = Signal()

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = False
        self.length = SEQUENCE_LEN
        self.chosen: list[str] = []
        names = picture_names(lang)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(12)

        self.slots_row = QHBoxLayout()
        self.slots_row.setSpacing(16)
        self.slots_row.addStretch(1)
        self.slots: list[QLabel] = []
        for _ in range(SEQUENCE_LEN):
            slot = QLabel()
            slot.setObjectName("pictureSlot")
            slot.setFixedSize(theme.PICTURE_SLOT_PX, theme.PICTURE_SLOT_PX)
            slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
            slot.setProperty("filled", False)
            self.slots.append(slot)
            self.slots_row.addWidget(slot)
        self.slots_row.addStretch(1)
        col.addLayout(self.slots_row)

        grid = QGridLayout()
        grid.setSpacing(GRID_SPACING)
        self.buttons: dict[str, QToolButton] = {}
        for index, key in enumerate(PICTURES):
            btn = QToolButton()
            btn.setObjectName("pictureButton")
            btn.setIcon(picture_icon(key))
            btn.setAccessibleName(names.get(key, key))
            btn.setToolTip(names.get(key, key))  # a bundled word, not user text
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            btn.setProperty("chosen", False)
            btn.clicked.connect(lambda _=False, k=key: self.tap(k))
            self.buttons[key] = btn
            grid.addWidget(btn, index // COLUMNS, index % COLUMNS)
        self.set_picture_px(theme.PICTURE_PX)
        grid_row = QHBoxLayout()
        grid_row.addStretch(1)
        grid_row.addLayout(grid)
        grid_row.addStretch(1)
        col.addLayout(grid_row)

    def set_picture_px(self, px: int) -> None:
        self.picture_px = px
        for btn in self.buttons.values():
            btn.setIconSize(QSize(px, px))
            btn.setFixedSize(px + BUTTON_EXTRA_PX, px + BUTTON_EXTRA_PX)

    def set_length(self, length: int) -> None:
        """How many pictures make the sequence (3 only for an old secret)."""
        self.length = max(1, min(length, len(self.slots)))
        for index, slot in enumerate(self.slots):
            slot.setVisible(index < self.length)
        self.clear()

    def tap(self, key: str) -> None:
        if key in self.chosen or len(self.chosen) >= self.length or not self.isEnabled():
            return
        self.chosen.append(key)
        self._show()
        self.tapped.emit()
        if len(self.chosen) == self.length:
            self.completed.emit(tuple(self.chosen))

    def clear(self) -> None:
        self.chosen = []
        self._show()

    def _show(self) -> None:
        for index, slot in enumerate(self.slots):
            filled = index < len(self.chosen)
            if filled and self.reveal:
                slot.setPixmap(pixmap(picture_icon(self.chosen[index]), theme.PICTURE_SLOT_PX - 12))
            else:
                slot.clear()
            set_prop(slot, "filled", filled)
        for key, btn in self.buttons.items():
            set_prop(btn, "chosen", self.reveal and key in self.chosen)


class PicturePanel(QWidget):
    """A heading, a message line, the pad and "Start again": the picture steps without a
    top bar, shared by the sign-in screen and the registration screen.

    Modes: ``verify`` (tap your pictures -> ``submitted``), ``choose`` (choose 4, then tap
    them again -> ``chosen``; a different second time starts over) and ``teacher`` (no
    pictures yet: the pad is hidden and "Teacher: confirm" asks for a teacher's PIN ->
    ``teacher_requested``).  While paused, "Teacher: lift the pause" (``lift_button``, with
    ``with_teacher``) beside the slots asks the same."""

    submitted = Signal(tuple)  # verify: the pictures tapped
    chosen = Signal(tuple)  # choose: the 4 pictures, chosen and repeated the same
    teacher_requested = Signal()  # "Teacher: confirm" / "Teacher: lift the pause"

    def __init__(self, lang: str = "es", parent: QWidget | None = None, *, with_teacher: bool = False) -> None:
        super().__init__(parent)
        self.mode = "verify"  # "verify" | "choose" | "confirm" | "teacher"
        self.with_teacher = with_teacher
        self._first: tuple[str, ...] | None = None
        self._seconds_left = 0
        self._choose_heading = ""
        self._fit_pending = False
        # The pictures follow the room there is (``fit``), so the panel never asks for more:
        # a 1024x600 window is not pushed taller by big pictures.
        self.setMinimumSize(COLUMNS * (PICTURE_MIN_PX + BUTTON_EXTRA_PX), 3 * (PICTURE_PAUSED_PX + BUTTON_EXTRA_PX))
        body = QVBoxLayout(self)
        body.setContentsMargins(40, 12, 40, 12)
        body.setSpacing(8)
        self.heading = label("", "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.addWidget(self.heading)
        self.message = label("", "pictureMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(theme.PICTURE_MESSAGE_PX)  # the grid does not jump when it shows
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.message.hide()
        body.addWidget(self.message)
        self.teacher_button = button(self.tr("Teacher: confirm"), "primary", "escudo.svg")
        self.teacher_button.clicked.connect(self.teacher_requested)
        self.teacher_button.hide()
        body.addWidget(self.teacher_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pad = PicturePad(lang)
        self.pad.completed.connect(self._completed)
        self.pad.tapped.connect(self._tapped)
        body.addWidget(self.pad)
        # "Start again" sits beside the slots (not under the grid): the grid keeps the height.
        self.again_button = button(self.tr("Start again"), "quiet", "intentar.svg")
        self.again_button.clicked.connect(self._start_again)
        self.pad.slots_row.addWidget(self.again_button)
        self.pad.slots_row.insertSpacing(1, self.again_button.sizeHint().width() + 16)  # the slots stay centred
        # During a pause: "Teacher: lift the pause" (a teacher's PIN).  The sign-in screen puts
        # it in its top bar (``with_teacher``): not in the pad, which is off during the pause.
        self.lift_button = button(self.tr("Teacher: lift the pause"), "primary", "escudo.svg")
        self.lift_button.clicked.connect(self.teacher_requested)
        self.lift_button.hide()
        body.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    # -- sizing ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_later()

    def _fit_later(self) -> None:
        """Fit once the layout settled (the heading, a message of two lines, the teacher's
        button: what is above the grid decides the room left under it)."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        """The biggest pictures that fit under what is above the grid (at most
        ``theme.PICTURE_PX``, at least ``PICTURE_MIN_PX``)."""
        self._fit_pending = False
        layout = self.layout()
        layout.activate()
        margins = layout.contentsMargins()
        rows = (len(PICTURES) + COLUMNS - 1) // COLUMNS
        top = next(iter(self.pad.buttons.values())).mapTo(self, QPoint(0, 0)).y()
        by_height = (self.height() - top - margins.bottom() - (rows - 1) * GRID_SPACING) // rows - BUTTON_EXTRA_PX
        by_width = (self.width() - margins.left() - margins.right() - (COLUMNS - 1) * GRID_SPACING) // COLUMNS \
            - BUTTON_EXTRA_PX
        # Paused (the pad is off), the pictures may shrink under a long message: no finger taps them.
        smallest = PICTURE_MIN_PX if self.pad.isEnabled() else PICTURE_PAUSED_PX
        px = max(smallest, min(theme.PICTURE_PX, by_height, by_width))
        if px != self.pad.picture_px:
            self.pad.set_picture_px(px)

    # -- modes -------------------------------------------------------------------------------
    def start_verify(self, locked_seconds: int = 0, length: int = SEQUENCE_LEN) -> None:
        self.mode = "verify"
        self.pad.reveal = False
        self.pad.set_length(length)
        self.message.hide()
        self.heading.setText(self.tr("Tap your %n secret pictures, in order", "", self.pad.length))
        self._reset_pad()
        if locked_seconds:
            self.show_locked(locked_seconds)

    def start_choose(self, heading: str | None = None) -> None:
        """Choose 4 pictures (``heading``: another first line, e.g. after an old secret)."""
        self.mode = "choose"
        self._first = None
        self.pad.reveal = True
        self.pad.set_length(SEQUENCE_LEN)
        self._choose_heading = heading or self.tr("Choose %n secret pictures, in order", "", SEQUENCE_LEN)
        self.heading.setText(self._choose_heading)
        self._say(self.tr("You will tap them every time you sign in. Remember them well!"), "hint")
        self._reset_pad()

    def start_teacher(self) -> None:
        """No pictures yet: a teacher confirms who this is before the child chooses."""
        self.mode = "teacher"
        self._timer.stop()
        self.pad.clear()
        self.pad.hide()
        self.again_button.hide()
        self.heading.setText(self.tr("You don’t have secret pictures yet"))
        self._say(self.tr("Ask your teacher to confirm it’s you. Then you choose your pictures."), "hint")
        self.teacher_button.show()
        self._fit_later()

    def show_wrong(self, tries_left: int) -> None:
        if tries_left == 1:
            text = self.tr("Those are not your pictures. Try again slowly: one more try before a short pause.")
        else:
            text = self.tr("Those are not your pictures. Try again slowly: you have %n try(s) left.", "", tries_left)
        self._say(text, "try")
        self._reset_pad()

    def show_locked(self, seconds: int) -> None:
        self._seconds_left = max(1, int(seconds))
        self.pad.setEnabled(False)
        self.again_button.hide()
        self.pad.clear()
        self._show_pause()
        if self.with_teacher:
            self.lift_button.show()
        self._fit_later()
        self._timer.start()

    def say(self, text: str) -> None:
        """A kind hint under the heading (e.g. "Your teacher lifted the pause")."""
        self._say(text, "hint")

    def clear(self) -> None:
        self._timer.stop()
        self._first = None
        self.message.hide()
        self.teacher_button.hide()
        self.lift_button.hide()
        self.pad.clear()

    def _reset_pad(self) -> None:
        self._timer.stop()
        self.teacher_button.hide()
        self.lift_button.hide()
        self.pad.show()
        self._fit_later()
        self.pad.setEnabled(True)
        self.again_button.show()
        self.pad.clear()
        next(iter(self.pad.buttons.values())).setFocus()

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", state)
        self.message.show()
        self._fit_later()

    def _show_pause(self) -> None:
        if self._seconds_left > 90:
            minutes = (self._seconds_left + 59) // 60
            self._say(self.tr("Let’s take a break. You can try again in %n minute(s). "
                              "If you forgot your pictures, ask your teacher.", "", minutes), "pause")
        else:
            self._say(self.tr("Let’s take a short break. You can try again in %n second(s). "
                              "If you forgot your pictures, ask the facilitator.", "", self._seconds_left), "pause")

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._timer.stop()
            self._say(self.tr("You can try again now."), "hint")
            self._reset_pad()
        else:
            self._show_pause()

    def _tapped(self) -> None:
        if self.mode == "verify" and self.message.property("state") == "try":
            self.message.hide()

    def _start_again(self) -> None:
        if self.mode == "confirm":
            self.start_choose(self._choose_heading)
        else:
            self.pad.clear()

    def _completed(self, sequence: tuple) -> None:
        if self.mode == "verify":
            self.pad.setEnabled(False)  # until the answer comes back
            self.submitted.emit(sequence)
        elif self.mode == "choose":
            self._first = tuple(sequence)
            self.mode = "confirm"
            self.pad.reveal = False
            self.heading.setText(self.tr("Now tap the same %n pictures again", "", SEQUENCE_LEN))
            self._say(self.tr("In the same order, to be sure you remember them."), "hint")
            self._reset_pad()
        elif self.mode == "confirm":
            if tuple(sequence) == self._first:
                self.pad.setEnabled(False)
                self.chosen.emit(tuple(sequence))
            else:
                self.start_choose(self._choose_heading)
                self._say(self.tr("They were not the same pictures. Let’s choose them again, calmly."), "try")
