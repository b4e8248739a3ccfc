"""The kiosk window: a stack of screens, and the learner's walk through them.

Widgets never touch the database: everything that reads or writes goes through
``self.tasks`` (one background worker, in order) and comes back by callback on the main
thread.  Tasks queued one after another may rely on each other (for example an attempt
recorded after the visit it belongs to was started).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.core.errors import EnvironmentProblem, InputProblem, StorageProblem
from kiosk.core.people import AgeBand
from kiosk.ui.idle import IdleOverlay, IdleWatcher
from kiosk.ui.screens.signin import SignInScreen
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.widgets.common import label

if TYPE_CHECKING:
    from kiosk.content.model import Catalog, Lesson
    from kiosk.people.learners import LearnerInfo
    from kiosk.store.store import Store

log = logging.getLogger("kiosk.ui")

LANGUAGES = [("es", "Español"), ("en", "English")]


class StoreRef:
    """Holds the Store once the worker has opened it.  Background tasks reach the Store only
    through this plain object, never through a Qt object (a Qt wrapper released or collected on
    the worker thread can crash PySide)."""

    store: Store | None = None


@dataclass
class SessionRef:
    """A learner's sign-in session.  ``id`` is filled in by the worker thread, so tasks queued
    after the sign-in may use it; the main thread never waits for it."""

    learner_id: str
    id: str | None = None


@dataclass
class LessonRun:
    """One visit to one lesson.  ``visit_id`` is filled in by the worker thread."""

    lesson: Lesson
    visit_id: str | None = None
    answered: list[str] = field(default_factory=list)


class MainWindow(QMainWindow):
    ready = Signal()  # the sign-in screen is painted with the learners
    store_opened = Signal()
    signed_in = Signal(object)
    signed_out = Signal(str)

    def __init__(self, config: Config, tasks: TaskRunner, *, load_store=None, load_catalog=None, translate=None) -> None:
        super().__init__()
        self.config = config
        self.tasks = tasks
        self.setWindowTitle("Telecentro")
        self.db = StoreRef()
        self.catalog: Catalog | None = None
        self.learner: LearnerInfo | None = None
        self.session: SessionRef | None = None
        self.run: LessonRun | None = None
        self.lang = config.lang
        self._load_store = load_store or _open_store
        self._load_catalog = load_catalog or _load_catalog
        self._screens: dict[str, QWidget] = {}
        self._translate = translate
        self._learners_shown = False

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

        self.signin = self._build_signin()

        self.idle = IdleWatcher(config.idle_minutes * 60, config.idle_warning_seconds, self)
        self.idle.warn.connect(lambda s: self.idle_overlay.show_seconds(s))
        self.idle.tick.connect(lambda s: self.idle_overlay.show_seconds(s))
        self.idle.resumed.connect(lambda: self.idle_overlay.hide())
        self.idle.timed_out.connect(lambda: self.sign_out("idle"))
        self.idle_overlay = self._build_idle_overlay()
        self.tasks.error.connect(self._show_problem)

    def _build_idle_overlay(self) -> IdleOverlay:
        overlay = IdleOverlay(self.centralWidget())
        overlay.stay_button.clicked.connect(overlay.hide)
        return overlay

    def _build_signin(self) -> SignInScreen:
        signin = SignInScreen(LANGUAGES)
        signin.language.setCurrentIndex(next((i for i, (c, _n) in enumerate(LANGUAGES) if c == self.lang), 0))
        signin.learner_chosen.connect(self.sign_in)
        signin.register_requested.connect(self.show_register)
        signin.language_changed.connect(self.set_language)
        self.stack.insertWidget(0, signin)
        return signin

    def set_language(self, lang: str) -> None:
        """Switch the interface language (offered on the sign-in screen only): every screen
        is rebuilt with the new catalog, so no widget keeps a string of the old one."""
        if lang == self.lang or self.learner is not None:
            return
        self.lang = lang
        if self._translate is not None:
            self._translate(lang)
        learners = self.signin.learners
        for screen in [self.signin, *self._screens.values()]:
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self._screens.clear()
        self.signin = self._build_signin()
        self.signin.set_learners(learners)
        self.show_signin()
        self.idle_overlay.deleteLater()
        self.idle_overlay = self._build_idle_overlay()

    # -- start-up ----------------------------------------------------------------------
    def start(self) -> None:
        """Show the learners at once, then open the database and load the lessons off the UI
        thread.  The tiles come from a plain sqlite3 read (``kiosk.store.quick``) so the first
        screen does not wait for SQLAlchemy; tasks queued later (a tap on a tile) run after the
        store is open, because the worker runs tasks in order."""
        db = self.db
        from kiosk.store.quick import read_learners

        config = self.config
        quick = read_learners(config.db_path)
        if quick is not None:
            self._show_learners(quick)

        load_store, load_catalog = self._load_store, self._load_catalog

        def open_and_list():
            db.store = load_store(config)  # set on the worker: later tasks use it
            return db.store.learners.list_active()

        self.tasks.run(open_and_list, self._store_opened, self._fatal_problem)
        self.tasks.run(load_catalog, self._catalog_loaded, self._show_problem)

    def _show_learners(self, learners: list) -> None:
        self._learners_shown = True
        self.signin.set_learners(learners)
        self.signin.reset()
        self.signin.when_painted(self.ready.emit)

    def _store_opened(self, learners: list) -> None:
        if not self._learners_shown or [l.id for l in learners] != [l.id for l in self.signin.learners]:
            self._show_learners(learners)
        self.store_opened.emit()

    def _catalog_loaded(self, catalog: Catalog) -> None:
        self.catalog = catalog
        for problem in catalog.problems:
            log.warning("content problem: %s", problem.format())

    def refresh_learners(self) -> None:
        db = self.db
        self.tasks.run(lambda: db.store.learners.list_active(), self.signin.set_learners)

    # -- screens, built on first use (keeps start-up fast) -------------------------------
    def _screen(self, name: str) -> Any:
        screen = self._screens.get(name)
        if screen is not None:
            return screen
        if name == "register":
            from kiosk.ui.screens.register import RegisterScreen
            from kiosk.ui.avatars import bundled_avatars

            screen = RegisterScreen(bundled_avatars(self.lang))
            screen.submitted.connect(self.register)
            screen.cancelled.connect(self.show_signin)
        elif name == "home":
            from kiosk.ui.screens.home import HomeScreen

            screen = HomeScreen()
            screen.open_lesson.connect(self.open_lesson)
            screen.sign_out.connect(lambda: self.sign_out("exit"))
        elif name == "lesson":
            from kiosk.ui.screens.lesson import LessonScreen

            screen = LessonScreen()
            screen.page_shown.connect(self._page_shown)
            screen.answered.connect(self._answered)
            screen.finished.connect(self._finish_lesson)
            screen.go_home.connect(self.leave_lesson)
        elif name == "complete":
            from kiosk.ui.screens.complete import CompleteScreen

            screen = CompleteScreen()
            screen.home.connect(self.show_home)
            screen.next_lesson.connect(self._open_next_lesson)
        else:
            raise KeyError(name)
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
    def complete_screen(self):
        return self._screen("complete")

    @property
    def store(self) -> Store | None:
        return self.db.store

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def show_signin(self) -> None:
        self.stack.setCurrentWidget(self.signin)
        self.signin.reset()

    def show_register(self) -> None:
        screen = self.register_screen
        screen.reset()
        self.stack.setCurrentWidget(screen)
        screen.name.setFocus()

    # -- learners ----------------------------------------------------------------------
    def register(self, name: str, avatar: str, age_band, role) -> None:
        db = self.db
        from kiosk.core.text import fold_for_search

        taken = any(
            fold_for_search(l.display_name) == fold_for_search(name) and l.avatar == avatar for l in self.signin.learners
        )
        if taken:
            self.register_screen.show_error(self.tr("Someone already has this name and this picture. Choose another picture."))
            return
        def on_error(exc: BaseException) -> None:
            if isinstance(exc, InputProblem):
                self.register_screen.show_error(self.tr("That name cannot be used. Write only your first name or a nickname."))
            else:
                self._show_problem(exc)

        self.tasks.run(lambda: db.store.learners.register(name, avatar, age_band, role), self._registered, on_error)

    def _registered(self, learner: LearnerInfo) -> None:
        self.refresh_learners()
        self.sign_in(learner)

    def sign_in(self, learner: LearnerInfo) -> None:
        db = self.db
        self.learner = learner
        session = self.session = SessionRef(learner.id)

        def work():
            session.id = db.store.progress.sign_in(learner.id)

        self.tasks.run(work)
        self.idle.start()
        self.signed_in.emit(learner)
        self.show_home()

    def sign_out(self, reason: str = "exit") -> None:
        """End the visit and the session; nothing of this learner stays on screen."""
        db = self.db
        if self.learner is None:
            return
        self.idle.stop()
        self.idle_overlay.hide()
        self._end_visit()
        session = self.session
        if session is not None:

            def work():
                if session.id:
                    db.store.progress.sign_out(session.id, reason)

            self.tasks.run(work)
        self.learner = None
        self.session = None
        if "lesson" in self._screens:
            self.lesson_screen.clear()
        self.show_signin()
        self.signed_out.emit(reason)

    # -- home --------------------------------------------------------------------------
    def catalog_for(self, learner: LearnerInfo) -> list:
        from kiosk.core.people import AUDIENCE_TAGS

        if self.catalog is None:
            return []
        band = AgeBand(learner.age_band)
        view = []
        for track in self.catalog.tracks:
            for module in track.modules:
                if any(band in AUDIENCE_TAGS.get(tag, set()) for tag in module.audience):
                    view.append((track, module))
        return view

    def show_home(self) -> None:
        db = self.db
        learner = self.learner
        if learner is None:
            return
        screen = self.home_screen
        self.stack.setCurrentWidget(screen)

        def work():
            return db.store.progress.summaries(learner.id)

        def done(summaries) -> None:
            if self.learner is not learner:
                return  # signed out meanwhile: never show someone else's progress
            view = self.catalog_for(learner)
            lesson_ids = [e.id for _t, m in view for e in m.lessons]
            resume = None
            candidates = [s for lid, s in summaries.items() if lid in lesson_ids and not s.completed_at and s.progress > 0]
            if candidates:
                latest = max(candidates, key=lambda s: s.updated_at)
                lesson = self.catalog.lesson(latest.lesson_id, self.lang) if self.catalog else None
                if lesson is not None:
                    resume = (lesson, min(latest.last_page, len(lesson.pages) - 1))
            screen.show_learner(learner, view, self.lang, summaries, resume)

        self.tasks.run(work, done)

    # -- lessons -----------------------------------------------------------------------
    def is_child(self) -> bool:
        return self.learner is not None and self.learner.age_band == AgeBand.CHILD

    def open_lesson(self, lesson_id: str, page: int = 0) -> None:
        db = self.db
        if self.learner is None or self.catalog is None:
            return
        lesson = self.catalog.lesson(lesson_id, self.lang)
        if lesson is None:
            self._show_message(self.tr("This lesson is not available on this kiosk any more."))
            return
        self._end_visit()
        run = LessonRun(lesson)
        self.run = run
        learner, session = self.learner, self.session

        def work():
            run.visit_id = db.store.progress.start_visit(
                learner.id, session.id if session else None, lesson.id, lesson.version, lesson.lang, len(lesson.pages)
            )

        self.tasks.run(work)
        screen = self.lesson_screen
        self.stack.setCurrentWidget(screen)
        screen.open(lesson, page, child=self.is_child())

    def _page_shown(self, index: int) -> None:
        db = self.db
        run = self.run
        if run is None:
            return
        pages = len(run.lesson.pages)
        self.tasks.run(lambda: db.store.progress.record_page(run.visit_id, index, pages))

    def _answered(self, activity, chosen, correct: bool) -> None:
        db = self.db
        run = self.run
        if run is None:
            return
        key = run.lesson.question_key(activity)
        answer = sorted(chosen)
        self.tasks.run(lambda: db.store.progress.record_attempt(run.visit_id, key, answer, correct))

    def _finish_lesson(self) -> None:
        db = self.db
        run, catalog = self.run, self.catalog
        if run is None or catalog is None:
            return
        lesson = run.lesson
        module = catalog.module(lesson.module_id)
        questions = [lesson.question_key(a) for a in lesson.activities]
        self.run = None

        def work():
            return db.store.progress.complete_lesson(
                run.visit_id, questions, module.id, module.version, list(module.lesson_ids)
            )

        def done(result) -> None:
            if self.learner is None:
                return
            screen = self.complete_screen
            self._next_lesson_id = self._lesson_after(lesson.id)
            if result.module_completed_now:
                screen.show_module_done(module.title(self.lang), result.score)
            else:
                screen.show_lesson_done(lesson.title, result.score, self._next_lesson_id is not None)
            self.stack.setCurrentWidget(screen)

        self.tasks.run(work, done)

    def _lesson_after(self, lesson_id: str) -> str | None:
        if self.catalog is None:
            return None
        module = self.catalog.module(lesson_id.rsplit("/", 1)[0])
        if module is None:
            return None
        ids = list(module.lesson_ids)
        index = ids.index(lesson_id)
        return ids[index + 1] if index + 1 < len(ids) else None

    def _open_next_lesson(self) -> None:
        if getattr(self, "_next_lesson_id", None):
            self.open_lesson(self._next_lesson_id, 0)

    def leave_lesson(self) -> None:
        self._end_visit()
        self.show_home()

    def _end_visit(self) -> None:
        db = self.db
        run = self.run
        self.run = None
        if run is not None:
            self.tasks.run(lambda: db.store.progress.end_visit(run.visit_id))

    # -- problems ----------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _show_problem(self, exc: BaseException) -> None:
        if isinstance(exc, StorageProblem):
            log.error("storage problem: %s (%s)", exc, getattr(exc, "detail", ""))
            self._show_message(self.tr("The kiosk could not save to its disk. Please tell the facilitator."))
        elif isinstance(exc, EnvironmentProblem):
            log.error("problem: %s", exc)
            self._show_message(self.tr("Something on this computer is not right. Please tell the facilitator."))
        else:
            log.error("unexpected error", exc_info=exc)
            self._show_message(self.tr("Something went wrong. What you did so far is saved."))

    def _fatal_problem(self, exc: BaseException) -> None:
        self._show_problem(exc)
        self.signin.new_button.setEnabled(False)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.sign_out("exit")
        super().closeEvent(event)


def _open_store(config: Config):
    from kiosk.ui.imports import preload

    preload()
    from kiosk.store.store import Store

    store = Store.open(config.db_path)
    store.progress.close_stale_sessions()
    return store


def _load_catalog():
    from kiosk import resources
    from kiosk.content.catalog import load_catalog

    return load_catalog(resources.lessons_dir())
