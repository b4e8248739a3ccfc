"""Picture passwords on screen: the sign-in screen and the gate between a tap on an avatar
tile and the learner's home (the pad and its steps are in ``picture_pad``).

``PictureGate`` is what the main window uses (see ``check``): with picture passwords off it
signs the learner in at once; with them on it shows ``PictureSignInScreen`` to tap the 4
pictures and signs in only when the service says so.  A profile without pictures is never
claimed by whoever taps it first: the screen asks for a teacher ("Teacher: confirm", their
name and PIN, ``TeacherConfirmPage``) before the child chooses.  The same button lifts a
pause.  After a right OLD 3-picture secret the child chooses 4 new ones.  Every check runs on
the task runner; the widgets never see a hash.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.screens.picture_teacher import TeacherConfirmPage

from kiosk.core.error_codes import Code
from kiosk.people.picture_password import LOCK_SECONDS, SEQUENCE_LEN, CheckResult
from kiosk.ui import theme
from kiosk.ui.screens.picture_pad import PicturePad, PicturePanel, picture_icon
from kiosk.ui.widgets.common import TopBar, avatar_icon, button, label, pixmap

__all__ = ["GATE_IDLE_SECONDS", "PictureGate", "PicturePad", "PicturePanel", "PictureSignInScreen", "picture_icon"]

GATE_IDLE_SECONDS = 90  # nobody tapping on the picture screen: back to the tiles


class PictureSignInScreen(QWidget):
    """The learner's avatar and name on top, and the picture panel."""

    back = Signal()
    teacher_pin_submitted = Signal(str, str)  # staff id, PIN (from the teacher's page)
    teacher_cancelled = Signal()

    def __init__(self, lang: str = "es", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.learner: Any = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.bar = bar = TopBar()
        self.back_button = button(self.tr("That’s not me"), "quiet", "flecha-izq.svg")
        self.back_button.clicked.connect(self.back)
        bar.add_left(self.back_button)
        self.avatar = QLabel()
        bar.add_left(self.avatar)
        self.name = label("", "brand", wrap=False)
        bar.add_left(self.name)
        outer.addWidget(bar)
        self.pages = QStackedWidget()
        self.panel = PicturePanel(lang, with_teacher=True)
        bar.add_right(self.panel.lift_button)  # shown by the panel during a pause
        self.pages.addWidget(self.panel)
        self.teacher_page: TeacherConfirmPage | None = None  # built when a teacher is first called
        outer.addWidget(self.pages, 1)
        self.pad = self.panel.pad
        self.submitted = self.panel.submitted
        self.chosen = self.panel.chosen
        self.teacher_requested = self.panel.teacher_requested
        self.teacher_button = self.panel.teacher_button
        self.lift_button = self.panel.lift_button

    @property
    def message(self) -> QLabel:
        return self.panel.message

    @property
    def heading(self) -> QLabel:
        return self.panel.heading

    def show_verify(self, learner: Any, locked_seconds: int = 0, length: int = SEQUENCE_LEN) -> None:
        self._set_learner(learner)
        self.panel.start_verify(locked_seconds, length)

    def show_choose(self, learner: Any, heading: str | None = None) -> None:
        self._set_learner(learner)
        self.panel.start_choose(heading)

    def show_teacher(self, learner: Any) -> None:
        """No pictures yet: "Ask your teacher to confirm"."""
        self._set_learner(learner)
        self.panel.start_teacher()

    def show_wrong(self, tries_left: int) -> None:
        self.panel.show_wrong(tries_left)

    def show_teacher_pin(self) -> TeacherConfirmPage:
        """The teacher's names and PIN pad instead of the pictures (the top bar too: the PIN pad
        needs the height of a 1024x600 screen)."""
        if self.teacher_page is None:
            self.teacher_page = TeacherConfirmPage()
            self.teacher_page.panel.submitted.connect(self.teacher_pin_submitted)
            self.teacher_page.cancelled.connect(self.teacher_cancelled)
            self.pages.addWidget(self.teacher_page)
        self.teacher_page.start(self.learner.display_name if self.learner is not None else "")
        self.bar.hide()
        self.pages.setCurrentWidget(self.teacher_page)
        return self.teacher_page

    def hide_teacher_pin(self) -> None:
        if self.teacher_page is not None:
            self.teacher_page.panel.set_staff([])  # nothing typed stays
        self.pages.setCurrentWidget(self.panel)
        self.bar.show()

    def asking_teacher(self) -> bool:
        return self.teacher_page is not None and self.pages.currentWidget() is self.teacher_page

    def show_locked(self, seconds: int) -> None:
        self.panel.show_locked(seconds)

    def clear(self) -> None:
        """Forget the learner and anything tapped (leaving the screen)."""
        self.hide_teacher_pin()
        self.learner = None
        self.name.setText("")
        self.avatar.clear()
        self.panel.clear()

    def _set_learner(self, learner: Any) -> None:
        self.hide_teacher_pin()
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
        self._grant: str | None = None  # a teacher's confirmation, or a right old secret: choose 4
        self._length = SEQUENCE_LEN
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
            screen.teacher_requested.connect(self.ask_teacher)
            screen.teacher_pin_submitted.connect(self._teacher_pin)
            screen.teacher_cancelled.connect(self._close_teacher)
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
                self._length = state.length
                self._show()
                self.screen.show_verify(learner, state.locked_seconds, state.length)
            else:
                self._show()
                self.screen.show_teacher(learner)  # nobody claims a profile: a teacher confirms

        self.tasks.run(lambda: db.store.pictures.state(learner.id), done, self._failed)

    def current(self) -> bool:
        return self._screen is not None and self.stack.currentWidget() is self._screen

    def cancel(self) -> None:
        self._idle.stop()
        self._close_teacher()
        self.learner = None
        self._grant = None
        if self._screen is not None:
            self._screen.clear()
        self.on_cancel()

    def drop_screen(self) -> None:
        """Forget the screen (the language changed: it is built again on next use)."""
        if self._screen is not None:
            self.stack.removeWidget(self._screen)
            self._screen.deleteLater()
            self._screen = None
        self._close_teacher()
        self.learner = None
        self._grant = None

    # -- inside --------------------------------------------------------------------------
    def _show(self) -> None:
        self.stack.setCurrentWidget(self.screen)
        self._idle.start()

    def _pass(self, learner: Any) -> None:
        self._idle.stop()
        self._close_teacher()
        self.learner = None
        self._grant = None
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
            if check.result is CheckResult.OK and check.grant:
                self._grant = check.grant  # an old 3-picture secret: now 4 new ones
                self.screen.show_choose(learner, self.tr("Now secret pictures are 4! Choose 4 new ones, in order"))
            elif check.result is CheckResult.OK:
                self._pass(learner)
            elif check.result is CheckResult.WRONG:
                self.screen.show_wrong(check.tries_left)
            elif check.result is CheckResult.LOCKED:
                self.screen.show_locked(check.locked_seconds or LOCK_SECONDS)
            else:
                self.screen.show_teacher(learner)  # reset by staff meanwhile

        self.tasks.run(lambda: db.store.pictures.verify(learner.id, seq), done, self._failed)

    def _chosen(self, sequence: Sequence[str]) -> None:
        learner, db, grant = self.learner, self.db, self._grant
        if learner is None:
            return
        seq = tuple(sequence)

        def done(_none) -> None:
            if self.learner is learner:
                self._pass(learner)

        def failed(exc: BaseException) -> None:
            if getattr(exc, "code", None) == Code.PICTURES_NEED_TEACHER:  # no grant, or a stale one
                self._grant = None
                if self.learner is learner:
                    self.screen.show_teacher(learner)
            else:
                self._failed(exc)

        self.tasks.run(lambda: db.store.pictures.claim(learner.id, seq, grant), done, failed)

    # -- a teacher confirms (first pictures, or lifting a pause) ---------------------------
    def ask_teacher(self) -> None:
        """"Teacher: confirm": the staff names, then a PIN (``TeacherConfirmPage``).  The idle
        timer keeps running: a PIN pad left open on a child's profile goes back to the tiles."""
        learner, db = self.learner, self.db
        if learner is None or self.screen.asking_teacher():
            return
        from kiosk.ui.staff.context import StaffMember

        page = self.screen.show_teacher_pin()
        self._idle.start()

        def listed(staff: list) -> None:
            if self.learner is learner and self.screen.asking_teacher():
                page.set_staff(staff)

        self.tasks.run(lambda: [StaffMember(s.id, s.display_name, str(s.role)) for s in db.store.staff.list_active()],
                       listed, self._failed)

    @property
    def teacher_page(self) -> TeacherConfirmPage | None:
        """The teacher's PIN page while it is on screen (None otherwise)."""
        return self._screen.teacher_page if self._screen is not None and self._screen.asking_teacher() else None

    def _teacher_pin(self, staff_id: str, secret: str) -> None:
        learner, db = self.learner, self.db
        if learner is None:
            return
        self._idle.start()

        def done(confirmation) -> None:
            page = self.teacher_page
            if page is None or self.learner is not learner:
                return
            if not confirmation.ok:
                page.panel.show_outcome(confirmation.outcome)  # wrong PIN, locked account...
                return
            self.screen.hide_teacher_pin()
            if confirmation.grant:
                self._grant = confirmation.grant
                self.screen.show_choose(learner)
            else:
                self.screen.show_verify(learner, 0, self._length)
                self.screen.panel.say(self.tr("Your teacher lifted the pause. Try again, slowly."))

        self.tasks.run(lambda: db.store.pictures.confirm_by_teacher(learner.id, staff_id, secret), done,
                       self._failed)

    def _close_teacher(self) -> None:
        if self._screen is not None:
            self._screen.hide_teacher_pin()

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        self._close_teacher()
        self.learner = None
        if self._screen is not None:
            self._screen.clear()
        self.on_cancel()
        self.tasks.error.emit(exc)
