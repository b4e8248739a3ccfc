"""The learner's walk: register, sign in, home, sign out (a controller of its own, like
``PictureGate``; the window only keeps the stack of screens).

Every read and write goes through the task runner; the domain decides (who may register with
which name, which modules an age band sees, where "Seguir donde quedé" resumes), this class only
puts the answers on screen.  A result that arrives after the learner signed out is dropped:
nothing of one learner is ever shown to the next.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.core.languages import choices as language_choices
from kiosk.core.people import Role
from kiosk.store.quick import SignInRoster
from kiosk.ui.errors import user_error_text

if TYPE_CHECKING:
    from kiosk.people.learners import LearnerInfo
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger("kiosk.ui")


@dataclass
class SessionRef:
    """A learner's sign-in session.  ``id`` is filled in by the worker thread, so tasks queued
    after the sign-in may use it; the main thread never waits for it."""

    learner_id: str
    id: str | None = None


class LearnerFlow(QObject):
    def __init__(self, shell: MainWindow) -> None:
        super().__init__(shell)
        self.shell = shell
        self.learner: LearnerInfo | None = None
        self.session: SessionRef | None = None
        self._langs: dict[str, str] = {}  # languages chosen since the tiles were read

    # -- registering -----------------------------------------------------------------------
    def register(self, name: str, avatar: str, age_band: Any, role: Any) -> None:
        """"I'm new": the back end refuses a name + picture another learner already has."""
        shell = self.shell
        db = shell.db
        screen = shell.register_screen
        sequence = screen.picture_sequence

        def on_error(exc: BaseException) -> None:
            text = user_error_text(exc)  # a name + picture taken, a name too long, ...
            if text is not None:
                screen.show_error(text)
            else:
                shell.show_problem(exc)

        class_id = shell.signin.chosen_class if role == Role.LEARNER else None

        def work():  # registered while their class was chosen: they join it (one transaction)
            return db.store.pictures.register_learner(name, avatar, age_band, role, sequence, class_id=class_id)

        shell.tasks.run(work, self._registered, on_error)

    def _registered(self, learner: LearnerInfo) -> None:
        self.refresh_learners()
        self.sign_in(learner)

    def refresh_learners(self) -> None:
        """Read the learners and classes again (staff changed them, someone registered): the
        sign-in screen shows them without a restart."""
        shell = self.shell
        shell.run_store(read_roster, lambda roster: shell.signin.set_roster(roster) if roster is not None else None)

    # -- signing in and out ----------------------------------------------------------------
    def sign_in(self, learner: LearnerInfo) -> None:
        shell = self.shell
        db = shell.db
        if shell.staff is not None:
            return  # the learner tiles are not on screen while staff are signed in
        chosen = self._language_at_sign_in(learner)
        self.learner = learner
        session = self.session = SessionRef(learner.id)

        def work():
            from kiosk.ui.imports import preload_lessons

            preload_lessons()  # the lesson pages' imports, not needed before a sign-in
            session.id = db.store.progress.sign_in(learner.id)
            if chosen is not None:
                db.store.learners.remember_language(learner.id, chosen)

        shell.tasks.run(work)
        shell.idle.start()
        shell.signed_in.emit(learner)
        self.show_home()

    def sign_out(self, reason: str = "exit") -> None:
        """End the visit and the session; nothing of this learner stays on screen."""
        shell = self.shell
        db = shell.db
        if self.learner is None:
            return
        shell.idle.stop()
        shell.idle_overlay.hide()
        shell.end_lesson_visit()
        session = self.session
        if session is not None:

            def work():
                if session.id:
                    db.store.progress.sign_out(session.id, reason)

            shell.tasks.run(work)
        self.learner = None
        self.session = None
        shell.clear_learner_screens()
        shell.restore_language()  # the next learner starts in the site's default language
        shell.show_signin()
        shell.signed_out.emit(reason)
        if not shell.closing:
            self.refresh_learners()  # the kiosk may have changed meanwhile (an import from the CLI)

    def _language_at_sign_in(self, learner: LearnerInfo) -> str | None:
        """Switch to the learner's language before their home is built (their choice on the
        sign-in screen, else the one they chose before).  Returns a new choice to remember."""
        shell = self.shell
        offered = {code for code, _name in language_choices()}
        chosen = shell.lang if shell.lang_picked else None
        if chosen is not None:
            remember = chosen if chosen != self._langs.get(learner.id, learner.lang) else None
            self._langs[learner.id] = chosen
            return remember
        lang = self._langs.get(learner.id, learner.lang)
        if lang in offered and lang != shell.lang:
            shell.set_language(lang)  # rebuilds the screens: nobody is signed in yet
        return None

    # -- home --------------------------------------------------------------------------------
    def show_home(self) -> None:
        shell = self.shell
        db = shell.db
        learner = self.learner
        if learner is None:
            return
        screen = shell.home_screen
        shell.stack.setCurrentWidget(screen)
        catalog, lang = shell.catalog, shell.lang
        from kiosk.learning.catalog_view import modules_for

        view = modules_for(catalog, learner.age_band)
        lesson_ids = [e.id for _t, m in view for e in m.lessons]

        def work():
            progress = db.store.progress
            return (progress.summaries(learner.id), db.store.for_you(learner.id),
                    progress.resume_point(learner.id, lesson_ids))

        def done(result) -> None:
            summaries, assigned, point = result
            if self.learner is not learner:
                return  # signed out meanwhile: never show someone else's progress
            resume = None
            if point is not None and catalog is not None:
                lesson = catalog.lesson(point[0], lang)
                if lesson is not None:
                    resume = (lesson, min(point[1], len(lesson.pages) - 1))
            screen.show_learner(learner, view, lang, summaries, resume, assigned)

        shell.tasks.run(work, done)


    # -- the gallery -------------------------------------------------------------------------
    def show_gallery(self) -> None:
        """«Mi galería»: the learner's own drawings (read on the database lane)."""
        shell = self.shell
        db = shell.db
        learner = self.learner
        if learner is None:
            return
        screen = shell.gallery_screen
        if shell.stack.currentWidget() is not screen:
            screen.show_drawings([])  # nothing of an earlier learner while this one's are read
            shell.stack.setCurrentWidget(screen)

        def done(drawings) -> None:
            if self.learner is learner:  # signed out meanwhile: never show someone else's
                screen.show_drawings(drawings)

        shell.tasks.run(lambda: db.store.gallery.list_for(learner.id), done)

    def delete_drawing(self, drawing_id: str) -> None:
        """The learner confirmed «Borrar»: remove it (only ever one of theirs), show the rest."""
        db = self.shell.db
        learner = self.learner
        if learner is None:
            return
        self.shell.tasks.run(lambda: db.store.gallery.delete(learner.id, drawing_id),
                             lambda _gone: self.show_gallery())


def read_roster(backend) -> SignInRoster | None:
    """The sign-in screen's learners and classes through the back end (on the worker); the
    same ``SignInRoster`` as the start-up read of ``kiosk.store.quick``."""
    if backend is None:
        return None
    return backend.sign_in_roster()
