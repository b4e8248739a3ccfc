"""Picture passwords on screen: the 3x3 pad, the sign-in screen and the gate between a tap on
an avatar tile and the learner's home.

``PictureGate`` is what the main window uses (see ``check``): with picture passwords off it
signs the learner in at once; with them on it shows ``PictureSignInScreen`` to tap the 3
pictures (or, for a learner with none yet, to choose them twice) and signs in only when the
service says so.  Every check runs on the task runner; the widgets never see a hash.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from kiosk.people.picture_password import (
    LOCK_SECONDS,
    PICTURES,
    SEQUENCE_LEN,
    CheckResult,
    picture_names,
    picture_path,
)
from kiosk.ui import theme
from kiosk.ui.widgets.common import TopBar, avatar_icon, button, label, pixmap, set_prop

GATE_IDLE_SECONDS = 90  # nobody tapping on the picture screen: back to the tiles


def picture_icon(key: str) -> QIcon:
    return QIcon(str(picture_path(key)))


class PicturePad(QWidget):
    """3 slots over a 3x3 grid of big picture buttons.  ``completed`` fires with the keys of
    the 3 pictures tapped, in order.  ``reveal``: the slots show the chosen pictures (when
    choosing) rather than plain dots (when signing in, so nobody reads them off the screen)."""

    completed = Signal(tuple)
    tapped = Signal()

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = False
        self.chosen: list[str] = []
        names = picture_names(lang)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(12)

        slots_row = QHBoxLayout()
        slots_row.setSpacing(16)
        slots_row.addStretch(1)
        self.slots: list[QLabel] = []
        for _ in range(SEQUENCE_LEN):
            slot = QLabel()
            slot.setObjectName("pictureSlot")
            slot.setFixedSize(theme.PICTURE_SLOT_PX, theme.PICTURE_SLOT_PX)
            slot.setAlignment(Qt.AlignmentFlag.AlignCenter)
            slot.setProperty("filled", False)
            self.slots.append(slot)
            slots_row.addWidget(slot)
        slots_row.addStretch(1)
        col.addLayout(slots_row)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons: dict[str, QToolButton] = {}
        for index, key in enumerate(PICTURES):
            btn = QToolButton()
            btn.setObjectName("pictureButton")
            btn.setIcon(picture_icon(key))
            btn.setIconSize(QSize(theme.PICTURE_PX, theme.PICTURE_PX))
            btn.setAccessibleName(names.get(key, key))
            btn.setToolTip(names.get(key, key))
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            btn.setProperty("chosen", False)
            btn.clicked.connect(lambda _=False, k=key: self.tap(k))
            self.buttons[key] = btn
            grid.addWidget(btn, index // 3, index % 3)
        grid_row = QHBoxLayout()
        grid_row.addStretch(1)
        grid_row.addLayout(grid)
        grid_row.addStretch(1)
        col.addLayout(grid_row)

    def tap(self, key: str) -> None:
        if key in self.chosen or len(self.chosen) >= SEQUENCE_LEN or not self.isEnabled():
            return
        self.chosen.append(key)
        self._show()
        self.tapped.emit()
        if len(self.chosen) == SEQUENCE_LEN:
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

    Modes: ``verify`` (tap your 3 pictures -> ``submitted``) and ``choose`` (choose 3, then
    tap them again -> ``chosen``; a different second time starts over)."""

    submitted = Signal(tuple)  # verify: the 3 pictures tapped
    chosen = Signal(tuple)  # choose: the 3 pictures, chosen and repeated the same

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "verify"  # "verify" | "choose" | "confirm"
        self._first: tuple[str, ...] | None = None
        self._seconds_left = 0
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
        self.pad = PicturePad(lang)
        self.pad.completed.connect(self._completed)
        self.pad.tapped.connect(self._tapped)
        body.addWidget(self.pad)
        self.again_button = button(self.tr("Start again"), "quiet", "intentar.svg")
        self.again_button.clicked.connect(self._start_again)
        body.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignHCenter)
        body.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def start_verify(self, locked_seconds: int = 0) -> None:
        self.mode = "verify"
        self.pad.reveal = False
        self.message.hide()
        self.heading.setText(self.tr("Tap your 3 secret pictures, in order"))
        self._reset_pad()
        if locked_seconds:
            self.show_locked(locked_seconds)

    def start_choose(self) -> None:
        self.mode = "choose"
        self._first = None
        self.pad.reveal = True
        self.heading.setText(self.tr("Choose 3 secret pictures, in order"))
        self._say(self.tr("You will tap them every time you sign in. Remember them well!"), "hint")
        self._reset_pad()

    def show_wrong(self, tries_left: int) -> None:
        if tries_left == 1:
            text = self.tr("Those are not your pictures. Try again slowly: one more try before a short pause.")
        else:
            text = self.tr("Those are not your pictures. Try again slowly: you have {tries} tries left.").format(
                tries=tries_left)
        self._say(text, "try")
        self._reset_pad()

    def show_locked(self, seconds: int) -> None:
        self._seconds_left = max(1, int(seconds))
        self.pad.setEnabled(False)
        self.again_button.hide()
        self.pad.clear()
        self._show_pause()
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self._first = None
        self.message.hide()
        self.pad.clear()

    def _reset_pad(self) -> None:
        self._timer.stop()
        self.pad.setEnabled(True)
        self.again_button.show()
        self.pad.clear()
        next(iter(self.pad.buttons.values())).setFocus()

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", state)
        self.message.show()

    def _show_pause(self) -> None:
        self._say(self.tr("Let’s take a short break. You can try again in {seconds} seconds. "
                          "If you forgot your pictures, ask the facilitator.").format(seconds=self._seconds_left), "pause")

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
            self.start_choose()
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
            self.heading.setText(self.tr("Now tap the same 3 pictures again"))
            self._say(self.tr("In the same order, to be sure you remember them."), "hint")
            self._reset_pad()
        elif self.mode == "confirm":
            if tuple(sequence) == self._first:
                self.pad.setEnabled(False)
                self.chosen.emit(tuple(sequence))
            else:
                self.start_choose()
                self._say(self.tr("They were not the same pictures. Let’s choose them again, calmly."), "try")


class PictureSignInScreen(QWidget):
    """The learner's avatar and name on top, and the picture panel."""

    back = Signal()

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.learner: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        self.back_button = button(self.tr("That’s not me"), "quiet", "flecha-izq.svg")
        self.back_button.clicked.connect(self.back)
        bar.add_left(self.back_button)
        self.avatar = QLabel()
        bar.add_left(self.avatar)
        self.name = label("", "brand", wrap=False)
        bar.add_left(self.name)
        outer.addWidget(bar)
        self.panel = PicturePanel(lang)
        outer.addWidget(self.panel, 1)
        self.pad = self.panel.pad
        self.submitted = self.panel.submitted
        self.chosen = self.panel.chosen

    @property
    def message(self) -> QLabel:
        return self.panel.message

    @property
    def heading(self) -> QLabel:
        return self.panel.heading

    def show_verify(self, learner: Any, locked_seconds: int = 0) -> None:
        self._set_learner(learner)
        self.panel.start_verify(locked_seconds)

    def show_choose(self, learner: Any) -> None:
        self._set_learner(learner)
        self.panel.start_choose()

    def show_wrong(self, tries_left: int) -> None:
        self.panel.show_wrong(tries_left)

    def show_locked(self, seconds: int) -> None:
        self.panel.show_locked(seconds)

    def clear(self) -> None:
        """Forget the learner and anything tapped (leaving the screen)."""
        self.learner = None
        self.name.setText("")
        self.avatar.clear()
        self.panel.clear()

    def _set_learner(self, learner: Any) -> None:
        self.learner = learner
        self.name.setText(learner.display_name)
        self.avatar.setPixmap(pixmap(avatar_icon(learner.avatar), theme.HEADER_ICON_PX))


class PictureGate(QObject):
    """Between a tap on a tile and the sign-in.  Give it the stack to show its screen in, the
    task runner, the worker-side store reference, and what to do when the learner passes
    (``on_pass(learner)``) or goes back (``on_cancel()``)."""

    def __init__(self, stack: QStackedWidget, tasks: Any, db: Any, on_pass: Callable[[Any], None],
                 on_cancel: Callable[[], None], lang: str = "es", parent: QObject | None = None) -> None:
        super().__init__(parent or stack)
        self.stack = stack
        self.tasks = tasks
        self.db = db
        self.on_pass = on_pass
        self.on_cancel = on_cancel
        self.lang = lang
        self.enabled: bool | None = None  # None: not known yet
        self.learner: Any = None
        self._pending = False
        self._screen: PictureSignInScreen | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(GATE_IDLE_SECONDS * 1000)
        self._idle.timeout.connect(self.cancel)

    @property
    def screen(self) -> PictureSignInScreen:
        if self._screen is None:
            screen = PictureSignInScreen(self.lang)
            screen.submitted.connect(self._submitted)
            screen.chosen.connect(self._chosen)
            screen.back.connect(self.cancel)
            screen.pad.tapped.connect(self._idle.start)
            self.stack.addWidget(screen)
            self._screen = screen
        return self._screen

    def refresh(self) -> None:
        """Read the site setting again (after the store opened, or staff changed it)."""
        db = self.db

        def done(on: bool) -> None:
            self.enabled = on

        self.tasks.run(lambda: db.store.pictures.enabled(), done, lambda _exc: None)

    def check(self, learner: Any) -> None:
        """A tile was tapped.  Sign in at once when picture passwords are off; otherwise ask."""
        if self._pending or (self.learner is not None and self.current()):
            return  # a double tap, or the picture screen is already up for someone
        if self.enabled is False:
            self.on_pass(learner)
            self.refresh()
            return
        db = self.db
        self.learner = learner
        self._pending = True

        def done(state) -> None:
            self._pending = False
            if self.learner is not learner:
                return
            self.enabled = state.enabled
            if not state.enabled:
                self.learner = None
                self.on_pass(learner)
            elif state.has_secret:
                self._show()
                self.screen.show_verify(learner, state.locked_seconds)
            else:
                self._show()
                self.screen.show_choose(learner)

        self.tasks.run(lambda: db.store.pictures.state(learner.id), done, self._failed)

    def current(self) -> bool:
        return self._screen is not None and self.stack.currentWidget() is self._screen

    def cancel(self) -> None:
        self._idle.stop()
        self.learner = None
        if self._screen is not None:
            self._screen.clear()
        self.on_cancel()

    def drop_screen(self) -> None:
        """Forget the screen (the language changed: it is built again on next use)."""
        if self._screen is not None:
            self.stack.removeWidget(self._screen)
            self._screen.deleteLater()
            self._screen = None
        self.learner = None

    # -- inside --------------------------------------------------------------------------
    def _show(self) -> None:
        self.stack.setCurrentWidget(self.screen)
        self._idle.start()

    def _pass(self, learner: Any) -> None:
        self._idle.stop()
        self.learner = None
        if self._screen is not None:
            self._screen.clear()
        self.on_pass(learner)

    def _submitted(self, sequence: Sequence[str]) -> None:
        learner, db = self.learner, self.db
        if learner is None:
            return
        seq = tuple(sequence)

        def done(check) -> None:
            if self.learner is not learner:
                return
            if check.result is CheckResult.OK:
                self._pass(learner)
            elif check.result is CheckResult.WRONG:
                self.screen.show_wrong(check.tries_left)
            elif check.result is CheckResult.LOCKED:
                self.screen.show_locked(check.locked_seconds or LOCK_SECONDS)
            else:
                self.screen.show_choose(learner)

        self.tasks.run(lambda: db.store.pictures.verify(learner.id, seq), done, self._failed)

    def _chosen(self, sequence: Sequence[str]) -> None:
        learner, db = self.learner, self.db
        if learner is None:
            return
        seq = tuple(sequence)

        def done(_none) -> None:
            if self.learner is learner:
                self._pass(learner)

        self.tasks.run(lambda: db.store.pictures.set(learner.id, seq), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        self.learner = None
        if self._screen is not None:
            self._screen.clear()
        self.on_cancel()
        self.tasks.error.emit(exc)
