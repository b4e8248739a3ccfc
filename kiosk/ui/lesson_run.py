"""The lesson run: one learner's visit to one lesson, from opening it to the "well done" screen.

``LessonRunController`` owns the ``LessonRun`` (the visit, the answers that solved activities)
and talks to the back end through the task runner; the window only says which lesson to open,
for whom, and what to show when the run is over. Everything that reads or writes runs on the
worker, in order (the visit is started before its pages and answers are recorded).

An answer is committed before the learner is told right or wrong: the lesson screen hands over
an ``AnswerCommit`` (``record``), the attempt is written on the database lane, and the question
shows its result only once that succeeded (``kiosk.ui.activities``). A failure goes to the
question (the child's words) and to ``problem`` (the staff's banner, with the real cause: a
visit the full disk kept from starting is started again before anything else is written, so
nothing reports "no such visit" instead of "the disk is full").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from kiosk.core.errors import KioskBug
from kiosk.learning.catalog_view import module_for
from kiosk.ui.answer_commit import AnswerCommit

log = logging.getLogger("kiosk.ui")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.backend import Backend
    from kiosk.content.model import Catalog, Lesson
    from kiosk.ui.screens.complete import CompleteScreen
    from kiosk.ui.screens.lesson import LessonScreen
    from kiosk.ui.tasks import TaskRunner


@dataclass
class LessonRun:
    """One visit to one lesson.  ``visit_id`` is filled in by the worker thread."""

    lesson: Lesson
    learner_id: str
    lang: str
    visit_id: str | None = None
    start: Callable[[], str] | None = None  # starts the visit (worker): again if it failed
    band: Any = None  # the learner's age band: the module counts the lessons it sees
    solved: dict[str, Any] = field(default_factory=dict)  # activity id -> the answer that solved it


def visit_of(run: LessonRun) -> str:
    """The run's visit id (on the worker): the visit is started again when the first start
    failed (a full disk, a busy database), so the real problem is what a write reports."""
    if run.visit_id is None and run.start is not None:
        run.visit_id = run.start()
    return run.visit_id  # type: ignore[return-value]


class LessonRunController(QObject):
    """Opens lessons, records pages and answers, completes the lesson, offers the next one."""

    unavailable = Signal(str)  # the lesson id asked for is not in the catalog (any more)
    problem = Signal(object)  # a write failed (the exception): the staff's banner
    saved_again = Signal()  # an answer was committed after a failed write: the banner may go

    def __init__(
        self,
        tasks: TaskRunner,
        backend: Callable[[], Backend | None],
        catalog: Callable[[], Catalog | None],
        *,
        show: Callable[[QWidget], None],
        lesson_screen: Callable[[], LessonScreen],
        complete_screen: Callable[[], CompleteScreen],
        parent: QObject | None = None,
    ) -> None:
        """``store`` is called on the worker thread only: it must be a plain function (no Qt
        object), like ``lambda: store_ref.store``. ``show`` puts a screen on the window."""
        super().__init__(parent)
        self.tasks = tasks
        self._store = backend
        self._catalog = catalog
        self._show = show
        self._lesson_screen = lesson_screen
        self._complete_screen = complete_screen
        self.run: LessonRun | None = None
        self._troubled = False  # a write failed since the last answer committed
        self.next_lesson_id: str | None = None
        self._learner_id: str | None = None  # whose completion screen may still be shown

    def open(self, lesson_id: str, page: int, *, learner_id: str, session: Any, lang: str,
             child: bool, band: Any = None) -> bool:
        """Start a visit to ``lesson_id`` in ``lang`` and show it from ``page``. ``session``
        has the learner's session ``id`` (filled in by the worker); ``band`` the learner's age
        band (None: every lesson). False: not in the catalog, or not for that band.  The file
        shown follows the translation rules (``LessonEntry.shown``)."""
        catalog = self._catalog()
        shown = catalog.shown(lesson_id, lang) if catalog is not None else None
        module = module_for(catalog, lesson_id.rsplit("/", 1)[0], band)
        if shown is None or module is None or lesson_id not in module.lesson_ids:
            self.unavailable.emit(lesson_id)
            return False
        lesson = shown.lesson
        self.end_visit()
        run = self.run = LessonRun(lesson, learner_id, lang, band=band)
        self._learner_id = learner_id
        store = self._store

        coding = any(a.kind == "turtle" for a in lesson.activities)

        def start() -> str:
            return store().progress.start_visit(  # type: ignore[union-attr]
                learner_id, session.id if session else None, lesson.id, lesson.version,
                lesson.lang, len(lesson.pages),
            )

        run.start = start

        def work() -> dict[str, str]:
            run.visit_id = start()
            if not coding:
                return {}
            # the last program of each coding challenge: the learner goes on from there
            found = store().progress.last_programs(learner_id, lesson.id)  # type: ignore[union-attr]
            return {key.partition("#")[2]: program for key, program in found.items()}

        screen = self._lesson_screen()

        def resume(work_found: dict[str, str]) -> None:
            if work_found and self.run is run:
                screen.resume_work(work_found)

        self.tasks.run(work, resume, self._failed)
        self._show(screen)
        screen.open(lesson, page, child=child, solved=run.solved, shown=shown,
                    help_lines=catalog.help_lines, lang=lang)
        return True

    # -- the lesson screen's signals ----------------------------------------------------------
    def page_shown(self, index: int) -> None:
        run, store = self.run, self._store
        if run is None:
            return
        pages = len(run.lesson.pages)
        self.tasks.run(lambda: store().progress.record_page(visit_of(run), index, pages), None, self._failed)

    def record(self, commit: AnswerCommit) -> None:
        """Commit one try (the lesson screen's ``record_answer``), on the database lane; the
        question shows right or wrong once ``commit`` says it is in the database."""
        commit.taken = True
        run, store = self.run, self._store
        if run is None:  # pragma: no cover - a question is only on screen during a run
            commit.finish(KioskBug("an answer with no lesson run"))
            commit.deliver()
            return
        key = run.lesson.question_key(commit.activity)
        from kiosk.content.activities import encode_answer  # loaded with the lessons, off the start-up

        stored = encode_answer(commit.activity, commit.answer)
        correct = commit.correct

        def work() -> str:
            try:
                attempt = store().progress.record_attempt(visit_of(run), key, stored, correct)  # type: ignore[union-attr]
            except BaseException as exc:
                commit.finish(exc)
                raise
            commit.finish(None, attempt)
            return attempt

        def failed(exc: BaseException) -> None:
            commit.deliver()
            self._failed(exc)

        def done(_attempt: str) -> None:
            commit.deliver()
            if self._troubled:
                self._troubled = False
                self.saved_again.emit()

        self.tasks.run(work, done, failed)

    def _failed(self, exc: BaseException) -> None:
        """A write of the run failed: the window's banner says why (and the log)."""
        self._troubled = True
        self.problem.emit(exc)

    def save_drawing(self, widget: Any, program: str) -> None:
        """"Save to my gallery": keep ``program`` for the learner of this run, titled with the
        lesson's title; ``widget.drawing_saved(ok)`` answers (dropped if the widget is gone)."""
        run, store = self.run, self._store
        if run is None:
            return
        learner_id, title, lang = run.learner_id, run.lesson.title, run.lang

        def answer(ok: bool) -> None:
            if shiboken6.isValid(widget):  # the learner may have moved on meanwhile
                widget.drawing_saved(ok)

        def failed(exc: BaseException) -> None:
            log.error("a drawing could not be saved", exc_info=exc)
            answer(False)

        self.tasks.run(lambda: store().gallery.save(learner_id, title, program, lang),  # type: ignore[union-attr]
                       lambda _info: answer(True), failed)

    def finish(self) -> None:
        """The learner reached the end: complete the lesson (graded activities count), then
        show how it went and offer the next lesson."""
        run, store, catalog = self.run, self._store, self._catalog()
        if run is None or catalog is None:
            return
        lesson = run.lesson
        module = module_for(catalog, lesson.module_id, run.band)
        if module is None:
            return
        from kiosk.content.activities import graded_questions

        questions = graded_questions(lesson)
        self.run = None

        def work():
            return store().progress.complete_lesson(  # type: ignore[union-attr]
                visit_of(run), questions, module.id, module.version, list(module.lesson_ids)
            )

        def failed(exc: BaseException) -> None:
            if self.run is None and self._learner_id == run.learner_id:
                self.run = run  # still on the last page: "Finish" tries again, or Home leaves
            self._failed(exc)

        def done(result) -> None:
            if self._learner_id != run.learner_id:
                return  # signed out meanwhile
            screen = self._complete_screen()
            self.next_lesson_id = self.lesson_after(lesson.id, run.band)
            if result.module_completed_now:
                screen.show_module_done(module.title(run.lang), result.score)
            else:
                screen.show_lesson_done(lesson.title, result.score, self.next_lesson_id is not None)
            self._show(screen)

        self.tasks.run(work, done, failed)

    # -- leaving --------------------------------------------------------------------------------
    def end_visit(self) -> None:
        """The learner left the lesson (home, another lesson, signed out)."""
        run, store = self.run, self._store
        self.run = None
        if run is not None:
            def work() -> None:
                if run.visit_id is not None:  # never started (the disk was full): nothing to end
                    store().progress.end_visit(run.visit_id)  # type: ignore[union-attr]

            self.tasks.run(work)

    def sign_out(self) -> None:
        """End the visit; nothing of this learner's run is shown any more."""
        self.end_visit()
        self._learner_id = None
        self.next_lesson_id = None

    def lesson_after(self, lesson_id: str, band: Any = None) -> str | None:
        """The lesson after ``lesson_id`` in its module as ``band`` sees it, or None for the
        last one."""
        module = module_for(self._catalog(), lesson_id.rsplit("/", 1)[0], band)
        if module is None or lesson_id not in module.lesson_ids:
            return None
        ids = list(module.lesson_ids)
        index = ids.index(lesson_id)
        return ids[index + 1] if index + 1 < len(ids) else None
