"""The staff's walk: the "Personal" button, the first run, the PIN, a forgotten PIN (the
recovery code), the staff area, signing out and closing a locked kiosk (a controller of its
own; the window keeps only the stack).

A kiosk with no coordinator opens the first run before anyone can use it, locked or windowed
(``show_first_run(forced=True)``, from the window's ``_site_loaded``); the coordinator's
one-time recovery code is shown before the staff area opens.

A learner's session never reaches a staff screen: every step checks that nobody else is
signed in, also when the worker answers after the person moved on.

A lock-out is one account's only (``kiosk.people.staff``): the sign-in screen keeps "Not you?
Choose another name" and "Forgot your PIN?" (the recovery code works while the PIN is locked);
a coordinator whose PIN is shorter than today's rule is asked for a new one after signing in.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.errors import Code, NotAllowed, Refused, StorageProblem
from kiosk.ui.errors import error_text, user_error_text

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.staff.area import StaffArea
    from kiosk.ui.staff.context import StaffMember

log = logging.getLogger("kiosk.ui")


class StaffFlow(QObject):
    def __init__(self, shell: MainWindow) -> None:
        super().__init__(shell)
        self.shell = shell
        self.staff: StaffMember | None = None
        self.session_id: str | None = None
        self.area: StaffArea | None = None
        self.staff_exists: bool | None = None  # known once the back end is open
        self._wired: set[str] = set()  # screens whose flow signals are connected
        self._set_up: tuple[StaffMember, str | None] | None = None  # signed in, code not yet noted

    def _first_run_screen(self):
        screen = self.shell.first_run_screen
        if "first_run" not in self._wired:
            self._wired.add("first_run")
            screen.code_noted.connect(self._code_noted)
            screen.language_chosen.connect(self._first_run_language)
        return screen

    def _first_run_language(self, lang: str) -> None:
        """The setup speaks the language chosen on it (every screen is rebuilt in it)."""
        forced = not self.shell.first_run_screen.back_button.isVisible()
        self.shell.set_language(lang)
        self._wired.discard("first_run")  # the rebuilt screen is wired again
        self._wired.discard("staff_signin")
        self.show_first_run(forced=forced)

    def _signin_screen(self):
        screen = self.shell.staff_signin_screen
        if "staff_signin" not in self._wired:
            self._wired.add("staff_signin")
            screen.recover_submitted.connect(self.recover_submitted)
        return screen

    def _someone_in(self) -> bool:
        return self.shell.learner is not None or self.staff is not None

    def show_staff_signin(self) -> bool:
        """The sign-in screen's “Staff” button: the staff names, or the first run when there is
        no staff yet.  Refused (False) while anyone is signed in."""
        if self._someone_in():
            log.warning("staff sign-in refused: a session is open")
            return False
        shell = self.shell

        def listed(staff: list[StaffMember]) -> None:
            if self._someone_in():
                return
            self.staff_exists = bool(staff)
            if not staff:
                self.show_first_run()
                return
            screen = self._signin_screen()
            shell.stack.setCurrentWidget(screen)
            screen.set_staff(staff)
            shell.idle.start()

        shell.run_store(_list_staff, listed)
        return True

    def show_first_run(self, *, forced: bool = False) -> None:
        """Set up the first coordinator.  ``forced``: no way back (a locked kiosk needs one)."""
        shell = self.shell
        screen = self._first_run_screen()
        screen.reset(can_cancel=not forced, lang=shell.lang)
        shell.stack.setCurrentWidget(screen)
        screen.site_name.setFocus()
        if forced:
            shell.idle.stop()
        else:
            shell.idle.start()

    def leave_staff_screens(self) -> None:
        if self.staff_exists is False and not self._someone_in():
            self.show_first_run(forced=True)  # no coordinator yet: nothing to go back to
            return
        if not self._someone_in():
            self.shell.idle.stop()
            self.shell.idle_overlay.hide()
            self.shell.show_signin()

    def submitted(self, staff_id: str, secret: str) -> None:
        shell = self.shell
        screen = self._signin_screen()

        def done(outcome) -> None:
            if shell.current_screen() is not screen or self._someone_in():
                if outcome.ok:  # the person left the screen meanwhile: do not open the area
                    session_id = outcome.session_id
                    shell.run_store(lambda backend: backend.staff.sign_out(session_id))
                return
            if outcome.ok:
                self.signed_in(_member(outcome.staff), outcome.session_id)
                if outcome.should_change and self.area is not None:
                    self.ask_new_pin()
            else:
                screen.show_outcome(outcome)

        def failed(exc: BaseException) -> None:
            log.error("staff sign-in failed", exc_info=exc)
            screen.panel.show_error(self.tr("The PIN could not be checked. Try again."))

        shell.run_store(lambda backend: backend.staff.sign_in(staff_id, secret), done, failed)

    def first_run_submitted(self, site_name: str, name: str, secret: str, settings: dict | None = None) -> None:
        shell = self.shell
        screen = self._first_run_screen()
        extra = dict(settings or {})

        def work(backend):
            return backend.set_up_kiosk(site_name, name, secret, **extra)

        def done(outcome) -> None:
            self.staff_exists = True
            if not outcome.ok or self._someone_in():
                return
            self._set_up = (_member(outcome.staff), outcome.session_id)
            shell.idle.stop()  # the code stays until it is written down
            screen.show_recovery_code(outcome.recovery_code or "", outcome.staff.display_name)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Refused) and exc.code == Code.ALREADY_SET_UP:  # someone else set it up meanwhile
                self.staff_exists = True
                self.leave_staff_screens()
                self.show_staff_signin()
                return
            text = user_error_text(exc)
            if text is None:
                shell.show_problem(exc)
                # a storage problem in its own words (a full disk is not a busy database)
                text = error_text(exc) if isinstance(exc, StorageProblem) else self.tr(
                    "The kiosk could not save this. Try again.")
            screen.show_error(text)
            screen.start_button.setEnabled(True)

        shell.run_store(work, done, failed)

    def _code_noted(self) -> None:
        """The recovery code is written down: into the settings."""
        pending, self._set_up = self._set_up, None
        if pending is not None and not self._someone_in():
            self.signed_in(pending[0], pending[1], page="settings")

    def recover_submitted(self, staff_id: str, code: str, secret: str) -> None:
        """“Forgot your PIN?”: the recovery code and a new PIN, checked off the UI thread."""
        screen = self._signin_screen()
        shell = self.shell

        def done(outcome) -> None:
            if shell.current_screen() is screen and not self._someone_in():
                screen.show_recovery_outcome(outcome)

        def failed(exc: BaseException) -> None:
            text = user_error_text(exc)
            if text is None:
                log.error("recovery with the code failed", exc_info=exc)
                text = self.tr("The PIN could not be checked. Try again.")
            screen.forgot.show_error(text)
            screen.forgot.save_button.setEnabled(True)

        shell.run_store(lambda backend: backend.staff.recover(staff_id, code, secret), done, failed)

    def ask_new_pin(self) -> None:
        """A coordinator came in with a PIN shorter than 6 numbers (set before the rule): they
        are in, and asked kindly for a new one ("Cancel" leaves it for the next sign-in)."""
        if self.area is not None:
            self.area.change_my_pin(intro=self.tr(
                "Welcome! Coordinators now need a PIN of at least 6 numbers, so that nobody can guess "
                "it. Please choose a new one now (or cancel: we will ask again next time)."))

    def signed_in(self, member: StaffMember, session_id: str | None, page: str | None = None) -> None:
        shell = self.shell
        if shell.learner is not None:
            raise NotAllowed("staff sign-in while a learner is signed in")
        from kiosk.ui.staff.area import StaffArea
        from kiosk.ui.staff.context import StaffContext

        self.staff = member
        self.session_id = session_id
        ctx = StaffContext(
            staff=member, tasks=shell.tasks, db=shell.db, catalog=lambda: shell.catalog, lang=shell.lang,
            show_problem=shell.show_problem, session_id=session_id, reload_catalog=shell.reload_catalog,
        )
        area = StaffArea(ctx)
        area.signed_out.connect(lambda: self.sign_out("exit"))
        area.close_requested.connect(self.close_kiosk)
        self.area = area
        shell.stack.addWidget(area)
        shell.stack.setCurrentWidget(area)
        if page is not None and page in area.nav:
            area.show_page(page)
        shell.idle.start()
        shell.staff_signed_in.emit(member)

    def sign_out(self, reason: str = "exit") -> None:
        """Back to the learners' sign-in screen; nothing of the staff area stays."""
        shell = self.shell
        if self.staff is None:
            return
        shell.idle.stop()
        shell.idle_overlay.hide()
        session_id = self.session_id
        if session_id:
            shell.run_store(lambda backend: backend.staff.sign_out(session_id))
        area = self.area
        self.staff = None
        self.session_id = None
        self.area = None
        if area is not None:
            shell.stack.removeWidget(area)
            area.deleteLater()
        shell.show_signin()
        shell.staff_signed_out.emit(reason)
        if not shell.closing:
            shell.reload_site()

    def close_kiosk(self) -> None:
        if self.staff is not None:
            log.info("kiosk closed by staff %s", self.staff.id)
            self.shell.lock.authorise(self.staff.id)
        self.shell.close()


def _list_staff(backend) -> list[StaffMember]:
    from kiosk.ui.staff.context import StaffMember

    return [StaffMember(s.id, s.display_name, str(s.role)) for s in backend.staff.list_active()]


def _member(info) -> StaffMember:
    from kiosk.ui.staff.context import StaffMember

    return StaffMember(info.id, info.display_name, str(info.role))
