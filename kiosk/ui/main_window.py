"""The kiosk window: a stack of screens, and the learner's walk through them.

Widgets never touch the database: everything that reads or writes goes through
``self.tasks`` (one background worker, in order) and comes back by callback on the main
thread.  Tasks queued one after another may rely on each other (for example an attempt
recorded after the visit it belongs to was started).
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import DEFAULT_IDLE_MINUTES, Config
from kiosk.core.errors import EnvironmentProblem, StorageProblem
from kiosk.core.people import AgeBand
from kiosk.ui.errors import error_text
from kiosk.ui.idle import IdleOverlay, IdleWatcher
from kiosk.ui.imports import plain_imports
from kiosk.ui.learner_flow import LearnerFlow, read_roster
from kiosk.ui.lock import KioskLock
from kiosk.ui.screens.picture_signin import PictureGate
from kiosk.ui.screens.signin import SignInScreen
from kiosk.ui.staff_flow import StaffFlow
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.widgets.common import label

if TYPE_CHECKING:
    from kiosk.content.model import Catalog
    from kiosk.people.learners import LearnerInfo
    from kiosk.people.site import SiteConfig
    from kiosk.backend import Backend
    from kiosk.ui.staff.area import StaffArea
    from kiosk.ui.staff.context import StaffMember

log = logging.getLogger("kiosk.ui")
PAINT_FIRST_AT_MOST_S = 1.0  # the background start-up never waits longer for the first paint

from kiosk.core.languages import choices as language_choices  # noqa: E402 - the registry


class BackendRef:
    """Holds the back end once the worker has opened it.  Background tasks reach it only
    through this plain object, never through a Qt object (a Qt wrapper released or collected on
    the worker thread can crash PySide).  Only the worker thread uses ``store``."""

    store: Backend | None = None


class MainWindow(QMainWindow):
    ready = Signal()  # the sign-in screen is painted with the learners
    store_opened = Signal()
    signed_in = Signal(object)
    signed_out = Signal(str)
    staff_signed_in = Signal(object)  # StaffMember
    staff_signed_out = Signal(str)
    site_applied = Signal(object)  # SiteConfig

    def __init__(self, config: Config, tasks: TaskRunner, *, open_backend, load_catalog, translate=None,
                 locked: bool = False) -> None:
        """``locked``: kiosk mode (full screen, closing needs a staff PIN; see ``kiosk.ui.lock``).
        Tests and ``--windowed`` leave it off."""
        super().__init__()
        self.config = config
        self.tasks = tasks
        self.setWindowTitle("Telecentro")
        self.db = BackendRef()
        self.catalog: Catalog | None = None
        self.lang = config.lang
        self.home_lang = config.lang  # the site's default: in force whenever no learner is signed in
        self.lang_picked = False  # someone chose the language on the sign-in screen (the next learner's)
        self._load_store = open_backend  # (config) -> Backend, run on the worker (kiosk.app)
        self._load_catalog = load_catalog  # () -> Catalog, run on the worker (kiosk.app)
        self._screens: dict[str, QWidget] = {}
        self._translate = translate
        self._learners_shown = False
        self.learners = LearnerFlow(self)
        self.staff_flow = StaffFlow(self)
        self.site_config: SiteConfig | None = None
        # The site's idle minutes apply unless the configuration (env or a test) chose its own.
        self._idle_from_site = "KIOSK_IDLE_MINUTES" not in os.environ and config.idle_minutes == DEFAULT_IDLE_MINUTES
        self.lock = KioskLock(self, self.run_store, engaged=locked)
        self.closing = False

        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self.banner = label("", "error")
        self.banner.hide()
        col.addWidget(self.banner)
        self.stack = QStackedWidget()
        col.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        with plain_imports():  # see kiosk/ui/imports.py
            from kiosk.ui.lesson_run import LessonRunController
            from kiosk.ui.sync_timer import SyncTimer

        db = self.db
        self.lessons = LessonRunController(  # the lesson run (kiosk/ui/lesson_run.py)
            self.tasks, lambda: db.store, lambda: self.catalog, show=self.stack.setCurrentWidget,
            lesson_screen=lambda: self.lesson_screen, complete_screen=lambda: self.complete_screen, parent=self)
        self.lessons.unavailable.connect(
            lambda _id: self._show_message(self.tr("This lesson is not available on this kiosk any more.")))
        self.lessons.problem.connect(self.show_problem)  # a write of the lesson run failed: why
        self.lessons.saved_again.connect(self.storage_recovered)  # ... and then one succeeded
        self._storage_banner = False  # the banner says a storage problem (untrue once a write succeeds)
        self.picture_gate = PictureGate(self.stack, self.tasks, self.db, on_pass=self.sign_in,
                                        on_cancel=self.show_signin, lang=self.lang)
        self.signin = self._build_signin()
        self.sync_timer = SyncTimer(self.db, self)  # sends the counts in the background, off the UI
        self.store_opened.connect(self.sync_timer.start)
        self.staff_signed_out.connect(lambda _r: None if self.closing else self.refresh_learners())  # staff may have changed learners

        self.idle = IdleWatcher(config.idle_minutes * 60, config.idle_warning_seconds, self,
                                warns=lambda: self.learner is not None or self.staff is not None)
        self.idle.warn.connect(lambda s: self.idle_overlay.show_seconds(s))
        self.idle.tick.connect(lambda s: self.idle_overlay.show_seconds(s))
        self.idle.resumed.connect(lambda: self.idle_overlay.hide())
        self.idle.timed_out.connect(self._idle_timed_out)
        self.idle_overlay = self._build_idle_overlay()
        self.tasks.error.connect(self.show_problem)

    def _build_idle_overlay(self) -> IdleOverlay:
        overlay = IdleOverlay(self.centralWidget())
        overlay.stay_button.clicked.connect(overlay.hide)
        return overlay

    def _build_signin(self) -> SignInScreen:
        signin = SignInScreen(language_choices())
        signin.language.setCurrentIndex(next((i for i, (c, _n) in enumerate(language_choices()) if c == self.lang), 0))
        signin.learner_chosen.connect(self.picture_gate.check)
        signin.register_requested.connect(self.show_register)
        signin.language_changed.connect(self._language_picked)
        signin.staff_requested.connect(self.show_staff_signin)
        if self.site_config is not None:
            signin.set_self_registration(self.site_config.self_registration)
        self.stack.insertWidget(0, signin)
        return signin

    def set_language(self, lang: str) -> None:
        """Switch the interface language (offered on the sign-in screen only): every screen
        is rebuilt with the new catalog, so no widget keeps a string of the old one."""
        if lang == self.lang or self.learner is not None or self.staff is not None:
            return
        self.lang = lang
        if self._translate is not None:
            self._translate(lang)
        old = self.signin
        for screen in [self.signin, *self._screens.values()]:
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self._screens.clear()
        self.picture_gate.drop_screen()
        self.picture_gate.lang = lang
        self.signin = self._build_signin()
        self.signin.set_roster(old.roster, chosen_class=old.chosen_class, by_hand=old.class_chosen_by_hand)
        self.show_signin()
        self.idle_overlay.deleteLater()
        self.idle_overlay = self._build_idle_overlay()

    def _language_picked(self, lang: str) -> None:
        """A learner chose a language on the sign-in screen: theirs once they sign in."""
        self.set_language(lang)
        self.lang_picked = True

    def restore_language(self) -> None:
        """Back to the site's default language (a learner signed out)."""
        self.lang_picked = False
        if not self.closing and self.lang != self.home_lang:
            self.set_language(self.home_lang)

    # -- start-up ----------------------------------------------------------------------
    def start(self, *, paint_first: bool = False) -> None:
        """Show the learners at once, then open the database and load the lessons off the UI
        thread.  The tiles come from a plain sqlite3 read (``kiosk.store.quick``) so the first
        screen does not wait for SQLAlchemy; tasks queued later (a tap on a tile) run after the
        store is open, because the worker runs tasks in order.  ``paint_first`` (the kiosk's
        start): the background tasks wait until those tiles are painted (``TaskRunner.hold``)."""
        db = self.db
        from kiosk.store.quick import read_roster as quick_roster

        from kiosk.people.site import read_site_config

        config = self.config
        site = read_site_config(config.db_path)
        if site is not None:
            self.apply_site(site)
        quick = quick_roster(config.db_path)
        if quick is not None:
            self._show_learners(quick)
            if paint_first:
                self.tasks.hold(PAINT_FIRST_AT_MOST_S)
                self.signin.when_painted(self.tasks.release)

        load_store, load_catalog = self._load_store, self._load_catalog

        def open_and_list():
            db.store = load_store(config)  # set on the worker: later tasks use it
            return read_roster(db.store)

        self.tasks.run(open_and_list, self._store_opened, self._fatal_problem)
        self.tasks.run(load_catalog, self._catalog_loaded, self.show_problem)
        self.run_store(_site_and_staff_count, self._site_loaded, lambda exc: log.error("site settings unreadable", exc_info=exc))

    def _show_learners(self, roster) -> None:
        self._learners_shown = True
        self.signin.set_roster(roster)
        self.signin.reset()
        self.signin.when_painted(self.ready.emit)

    def _store_opened(self, roster) -> None:
        if not self._learners_shown or roster != self.signin.roster:
            self._show_learners(roster)
        self.store_opened.emit()

    def _catalog_loaded(self, catalog: Catalog) -> None:
        self.catalog = catalog
        for problem in catalog.problems:
            log.warning("content problem: %s", problem.format())
        if self.learner is not None and self.current_screen() is self._screens.get("home"):
            self.show_home()  # a learner signed in before the lessons were loaded: fill their home

    # -- screens, built on first use (keeps start-up fast) -------------------------------
    def _screen(self, name: str) -> Any:
        screen = self._screens.get(name)
        if screen is not None:
            return screen
        from kiosk.ui.screen_factory import build_screen

        with plain_imports():  # see kiosk/ui/imports.py
            screen = build_screen(self, name)
        self._screens[name] = screen
        self.stack.addWidget(screen)
        return screen

    @property
    def register_screen(self):
        return self._screen("register")

    @property
    def home_screen(self):
        return self._screen("home")

    @property
    def lesson_screen(self):
        return self._screen("lesson")

    @property
    def gallery_screen(self):
        return self._screen("gallery")

    @property
    def complete_screen(self):
        return self._screen("complete")

    @property
    def staff_signin_screen(self):
        return self._screen("staff_signin")

    @property
    def first_run_screen(self):
        return self._screen("first_run")

    @property
    def store(self) -> Backend | None:
        return self.db.store

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def show_signin(self) -> None:
        self.stack.setCurrentWidget(self.signin)
        self.signin.reset()

    def show_register(self) -> None:
        if self.site_config is not None and not self.site_config.self_registration:
            return  # the site turned “I’m new” off
        screen = self.register_screen
        screen.reset()
        screen.set_taken(*self.signin.taken_pictures(), class_name=self.signin.chosen_class_name())
        screen.set_picture_step(bool(self.picture_gate.enabled))
        self.stack.setCurrentWidget(screen)
        screen.name.setFocus()

    # -- learners (kiosk/ui/learner_flow.py) ---------------------------------------------
    @property
    def learner(self) -> LearnerInfo | None:
        return self.learners.learner

    @property
    def session(self):
        return self.learners.session

    def register(self, name: str, avatar: str, age_band, role) -> None:
        self.learners.register(name, avatar, age_band, role)

    def refresh_learners(self) -> None:
        self.learners.refresh_learners()

    def sign_in(self, learner: LearnerInfo) -> None:
        self.learners.sign_in(learner)

    def sign_out(self, reason: str = "exit") -> None:
        self.learners.sign_out(reason)

    def show_home(self) -> None:
        self.learners.show_home()

    def clear_learner_screens(self) -> None:
        """Nothing of the learner who left stays in a screen built for them."""
        if "lesson" in self._screens:
            self.lesson_screen.clear()
        if "gallery" in self._screens:
            self.gallery_screen.clear()

    def end_lesson_visit(self) -> None:
        """The learner signed out: end the visit; nothing of their run is shown any more."""
        self.lessons.sign_out()

    # -- lessons -----------------------------------------------------------------------
    def is_child(self) -> bool:
        return self.learner is not None and self.learner.age_band == AgeBand.CHILD

    def open_lesson(self, lesson_id: str, page: int = 0) -> None:
        if self.learner is not None and self.catalog is not None:
            self.lessons.open(lesson_id, page, learner_id=self.learner.id, session=self.session, lang=self.lang,
                              child=self.is_child(), band=self.learner.age_band)

    def _open_next_lesson(self) -> None:
        if self.lessons.next_lesson_id:
            self.open_lesson(self.lessons.next_lesson_id, 0)

    def leave_lesson(self) -> None:
        self.lessons.end_visit()
        self.show_home()

    # -- staff (issue 3) ---------------------------------------------------------------
    def run_store(self, fn, on_done=None, on_error=None) -> None:
        """Run ``fn(backend)`` on the worker; ``on_done(result)`` back on the main thread."""
        db = self.db
        self.tasks.run(lambda: fn(db.store), on_done, on_error)

    def apply_site(self, config: SiteConfig) -> None:
        """Put the site settings in force: idle minutes, “I’m new” (the default language is
        applied at start-up by ``kiosk.app`` and when a coordinator changes it)."""
        self.site_config = config
        self.picture_gate.enabled = config.picture_passwords
        if self._idle_from_site:  # clamped to 3-120 minutes when read (kiosk.people.site)
            self.idle.set_times(config.idle_minutes * 60, self.config.idle_warning_seconds)
        self.signin.set_self_registration(config.self_registration)
        self.site_applied.emit(config)

    def _site_loaded(self, loaded) -> None:
        if loaded is None:
            return  # the store did not open (already reported)
        config, staff_count = loaded
        self.apply_site(config)
        self.staff_flow.staff_exists = staff_count > 0
        if not self.staff_exists and self.learner is None and self.staff is None:
            # No coordinator yet: the setup comes first, locked or windowed, and no learner can skip it.
            self.show_first_run(forced=True)

    def reload_catalog(self) -> None:
        """Read the lessons again (a coordinator installed or rolled back a lesson pack)."""
        self.tasks.run(self._load_catalog, self._catalog_loaded, self.show_problem)

    def reload_site(self) -> None:
        """Read the settings again (after staff sign out: a coordinator may have changed them)."""
        before = self.site_config

        def loaded(config: SiteConfig) -> None:
            if before is not None and config.default_language != before.default_language:
                self.home_lang = config.default_language
                self.lang_picked = False
                self.set_language(config.default_language)
            self.apply_site(config)

        self.run_store(lambda backend: backend.site.snapshot(), loaded)

    # -- staff (kiosk/ui/staff_flow.py) ------------------------------------------------------
    @property
    def staff(self) -> StaffMember | None:
        return self.staff_flow.staff

    @property
    def staff_area(self) -> StaffArea | None:
        return self.staff_flow.area

    @property
    def staff_exists(self) -> bool | None:
        return self.staff_flow.staff_exists

    def show_staff_signin(self) -> bool:
        return self.staff_flow.show_staff_signin()

    def show_first_run(self, *, forced: bool = False) -> None:
        self.staff_flow.show_first_run(forced=forced)

    def staff_sign_out(self, reason: str = "exit") -> None:
        self.staff_flow.sign_out(reason)

    def _idle_timed_out(self) -> None:
        if self.staff is not None:
            self.staff_sign_out("idle")
        elif self.learner is not None:
            self.sign_out("idle")
        else:
            self.staff_flow.leave_staff_screens()

    # -- problems ----------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self._storage_banner = False
        self.banner.setText(text)
        self.banner.show()

    def storage_recovered(self) -> None:
        """A write succeeded after a storage problem (space was freed): its banner goes."""
        if self._storage_banner:
            self._storage_banner = False
            self.banner.hide()

    def show_problem(self, exc: BaseException) -> None:
        if isinstance(exc, StorageProblem):
            log.error("storage problem: %s (%s)", exc, exc.detail or "")
        elif isinstance(exc, EnvironmentProblem):
            log.error("problem: %s", exc)
        else:
            log.error("unexpected error", exc_info=exc)
        self._show_message(error_text(exc))
        self._storage_banner = isinstance(exc, StorageProblem)

    def _fatal_problem(self, exc: BaseException) -> None:
        self.show_problem(exc)
        self.signin.new_button.setEnabled(False)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if not self.lock.may_close():
            event.ignore()  # kiosk mode: only a staff PIN closes the window
            self.lock.request_exit()
            return
        self.closing = True
        self.sign_out("exit")
        self.staff_sign_out("exit")
        super().closeEvent(event)


def _site_and_staff_count(backend):
    if backend is None:
        return None
    return backend.site_and_staff_count()
