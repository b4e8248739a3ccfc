"""``turtle``: a coding challenge in the coding studio (``kiosk.ui.turtle.studio.TurtleStudio``).

The target (the reference program's drawing, ``kiosk.turtle.challenge``) is drawn faintly; the
learner builds the program (blocks or text, the activity's ``mode``) and presses Run. Every run
goes through the sandbox (``kiosk.turtle.sandbox.run_program``: a child process, killed past its
wall clock) on the window's compute lane, so the window keeps painting whatever the program
does; the checker's verdict is computed there too, right after the run. When the drawing has
played, the studio shows the checker's sentence (the first difference in red) and the widget
emits ``answered(activity, TurtleAnswer(program, passed, rule), passed)``: every run is an
attempt (``kiosk/ui/lesson_run.py``), recorded before the verdict is shown (``submit``: a run
that cannot be recorded says so, and Run tries again). The learner's last program comes back on the next visit
(``resume_work``).

"Save to my gallery" (issue 12, P6): once the lesson screen ``offer_gallery``-s it (a learner is
signed in), a run that drew something can be kept; the widget emits ``save_drawing(self,
program)`` and the lesson run stores it under the lesson's title (``kiosk.learning.gallery``),
answering with ``drawing_saved(ok)``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QVBoxLayout

from kiosk.content.activities.turtle import TurtleAnswer, make_answer
from kiosk.turtle.challenge import grade, reference, say
from kiosk.turtle.model import RunResult, Verdict
from kiosk.ui.turtle.studio import TurtleStudio

from ._base import ActivityWidget

FASTEST = 5  # the studio's fastest speed (``give``: tests and screenshots do not wait)
FIT_MARGIN_PX = 6  # the studio on a page is at most the page's visible height less this
PLACEHOLDER_MIN_PX = 300  # the stand-in of a studio not built yet, off a page
NEAR_SHARE = 0.25  # a studio is built once the page is scrolled this share of a view near it


def _sandbox() -> Callable[..., RunResult]:
    try:
        from kiosk.turtle.sandbox import run_program
    except ImportError:  # pragma: no cover - only while the sandbox module is being written
        from kiosk.turtle.interpreter import run_in_process as run_program
    return run_program


class _Lanes:
    """What the studio is given as its task runner: the lesson screen's compute lane once
    ``attach``-ed; before that (a widget on its own, in tests) the run happens at once."""

    def __init__(self) -> None:
        self.runner: Any = None

    @property
    def compute(self) -> _Lanes:
        return self

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Any:
        if self.runner is not None:
            return self.runner.compute.run(fn, on_done, on_error)
        try:
            value = fn()
        except Exception as exc:  # noqa: BLE001 - handed to the caller, as a lane would
            if on_error is not None:
                on_error(exc)
            return None
        if on_done is not None:
            on_done(value)
        return None


class TurtleWidget(ActivityWidget):
    kind = "turtle"
    save_drawing = Signal(object, str)  # this widget, the program to keep in the gallery
    studio_ready = Signal()  # the studio was built (it was not on the screen's first paint)

    def build(self, col: QVBoxLayout) -> None:
        self.lang = "es"
        self.lanes = _Lanes()
        self._checked: list[tuple[RunResult, str, Verdict]] = []  # filled on the lane, read here
        self._lock = threading.Lock()
        self.verdict: Verdict | None = None
        self.hint_index = 0
        # The studio is built on first need (``studio``): a page's first challenge at once (the
        # lesson screen asks for it), a later one when the page is scrolled near it, when it gets
        # the keyboard focus or is used.  Until then a blank stand-in of the studio's height
        # keeps its place and its tab stop.
        self._studio: TurtleStudio | None = None
        self._gallery = False
        self._resume: str | None = None
        self._col = col
        self.placeholder = QFrame()
        self.placeholder.setObjectName("studioPlaceholder")
        self.placeholder.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.placeholder.setAccessibleName(self.tr("Coding studio"))
        self.placeholder.setMinimumHeight(PLACEHOLDER_MIN_PX)
        self.placeholder.installEventFilter(self)
        col.addWidget(self.placeholder)

    @property
    def studio(self) -> TurtleStudio:
        """The coding studio, built now if it was not yet."""
        if self._studio is None:
            self._build_studio()
        assert self._studio is not None
        return self._studio

    @property
    def studio_built(self) -> bool:
        return self._studio is not None

    def _build_studio(self) -> None:
        had_focus = self.placeholder.hasFocus()
        # made a child of this card at once (not added from outside): built inside the window,
        # each of its widgets is styled once, when it is shown
        studio = self._studio = TurtleStudio(self._run, tasks=self.lanes, lang=self.lang,
                                             palette=self.activity.spec.palette or None, parent=self)
        studio.run_finished.connect(self._finished)
        studio.save_requested.connect(lambda program: self.save_drawing.emit(self, program))
        self._col.replaceWidget(self.placeholder, studio)
        self.placeholder.removeEventFilter(self)
        self.placeholder.hide()
        self.placeholder.deleteLater()
        self._load(self.activity.spec.starter)
        if self._gallery:
            studio.offer_gallery(True)
        if self._resume is not None:
            studio.set_program_source(self._resume)
            self._resume = None
        if getattr(self, "_page_view", None) is not None:
            self._fit()
        self.studio_ready.emit()  # the lesson screen puts its controls in the tab order
        if had_focus:
            self.studio.take_focus()

    def _near_page_view(self) -> bool:
        """The stand-in is in the page's view, or less than NEAR_SHARE of a view below it."""
        view = getattr(self, "_page_view", None)
        if view is None or not view.isAncestorOf(self.placeholder):
            return False
        top = self.placeholder.mapTo(view, QPoint(0, 0)).y()
        return top < view.height() * (1 + NEAR_SHARE) and top + self.placeholder.height() > 0

    def _build_if_near(self) -> None:
        if self._studio is None and self.isVisible() and self._near_page_view():
            self._build_studio()

    def _load(self, program: str) -> None:
        """The challenge in the studio: its target, then ``program`` in the editor."""
        spec = self.activity.spec
        target = reference(spec, self.lang).challenge.target
        self.studio.lang = self.lang
        self.studio.set_challenge(target, spec.starter, spec.mode, spec.palette or None)
        if program and program != spec.starter:
            self.studio.set_program_source(program)

    # -- the lesson screen ----------------------------------------------------------------------
    def attach(self, *, tasks: Any = None, lang: str | None = None) -> None:
        self.lanes.runner = tasks
        if lang and lang != self.lang:
            if self._studio is None:  # built later, in ``lang``
                self.lang = lang
                return
            program = self.studio.program_source()
            self.lang = lang
            self._load(program)

    def offer_gallery(self, on: bool = True) -> None:
        """Show "Save to my gallery" after runs that drew something."""
        self._gallery = on
        if self._studio is not None:
            self._studio.offer_gallery(on)

    def drawing_saved(self, ok: bool) -> None:
        self.studio.drawing_saved(ok)

    def resume_work(self, work: Any) -> None:
        if isinstance(work, str) and work.strip() and not self.done:
            if self._studio is None:
                self._resume = work  # shown when the studio is built
            else:
                self._studio.set_program_source(work)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fit_to_page()  # on the page by now (``attach`` comes before the page is built)
        if self._studio is None and getattr(self, "_page_view", None) is None:
            self._build_studio()  # not on a scrolling page: shown whole, at once

    def _fit_to_page(self) -> None:
        """On a scrolling page the studio is no taller than what the page shows at once (1024x600:
        ~390 px), so that Run, the program, the drawing and the checker's sentence are in view
        together; the canvas takes what is left. Follows the page's size."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None or getattr(self, "_page_view", None) is parent.viewport():
            return
        self._page_view = parent.viewport()
        self._page_view.installEventFilter(self)
        if self._studio is None:  # scrolled near: built
            bar = parent.verticalScrollBar()
            bar.valueChanged.connect(self._build_if_near)
            bar.rangeChanged.connect(self._build_if_near)
        self._fit()

    def _fit(self) -> None:
        if self._studio is None:  # the stand-in takes the height the studio will take
            self.placeholder.setFixedHeight(max(PLACEHOLDER_MIN_PX, self._page_view.height() - FIT_MARGIN_PX))
            return
        self.studio.setMaximumHeight(max(self.studio.minimumSizeHint().height(),
                                         self._page_view.height() - FIT_MARGIN_PX))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is getattr(self, "_page_view", None) and event.type() == QEvent.Type.Resize:
            self._fit()
            self._build_if_near()
        elif (self._studio is None and watched is self.placeholder
              and event.type() == QEvent.Type.FocusIn):
            QTimer.singleShot(0, self, lambda: self._studio is None and self._build_studio())
        return super().eventFilter(watched, event)

    # -- running (the compute lane) -------------------------------------------------------------
    def _run(self, source: str) -> RunResult:
        """Run ``source`` in the sandbox and check it; on the compute lane."""
        lang, spec = self.lang, self.activity.spec
        result = _sandbox()(source, lang)
        verdict = grade(source, spec, lang, result)
        with self._lock:
            self._checked = [*self._checked[-3:], (result, source, verdict)]
        return result

    def _finished(self, result: RunResult) -> None:
        """The drawing has played: say the verdict, emit the answer."""
        with self._lock:
            found = next(((p, v) for r, p, v in self._checked if r is result), None)
            self._checked = []
        if found is None:  # pragma: no cover - a run the studio got some other way
            program = self.studio.program_source()
            found = (program, grade(program, self.activity.spec, self.lang, result))
        program, verdict = found
        answer = make_answer(program, verdict.passed, verdict.failed_rule)

        def reveal() -> None:  # once the run is recorded as an attempt (``submit``)
            self.verdict = verdict
            self.tries += 1
            self._show(verdict)
            if verdict.passed:
                self.done = True

        self.submit(answer, verdict.passed, reveal)

    def show_not_saved(self, problem: BaseException) -> None:
        """The run could not be recorded: the studio says so too (no verdict is shown)."""
        super().show_not_saved(problem)
        self.studio.show_verdict(self.feedback_text.text(), False, None)

    def _show(self, verdict: Verdict) -> None:
        spec = self.activity.spec
        if verdict.passed:
            text = self.tr("You did it! Your drawing is the one asked for.")
            self.studio.show_verdict(text, True, None)
            gentle = say(verdict.hint, self.lang, spec.mode) if verdict.hint is not None else ""
            explanation = "\n".join(part for part in (self.activity.explanation, gentle) if part)
            self.show_feedback(True, text, explanation)
            return
        what = say(verdict.feedback[0], self.lang, spec.mode) if verdict.feedback else self.tr("Not yet: look at the drawing.")
        self.studio.show_verdict(what, False, verdict.first_difference)
        hint = ""
        if spec.hints:
            hint = spec.hints[self.hint_index % len(spec.hints)]
            self.hint_index += 1
        self.show_feedback(False, self.tr("Not yet. Change your program and press Run again."),
                           self.tr("Hint: {hint}").format(hint=hint) if hint else "")

    # -- the contract ---------------------------------------------------------------------------
    def restore(self, answer: Any) -> None:
        """Show the program that solved it in this visit (not run again: nothing is emitted)."""
        if not isinstance(answer, TurtleAnswer):
            return
        self.studio.set_program_source(answer.program)
        if answer.passed:
            self.done = True
            text = self.tr("You did it! Your drawing is the one asked for.")
            self.studio.show_verdict(text, True, None)
            self.show_feedback(True, text, self.activity.explanation)

    def take_focus(self) -> None:
        """The studio's first stop, the whole studio scrolled into view (it is never taller than
        the page shows)."""
        self.studio.take_focus()
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None and hasattr(area, "ensureWidgetVisible"):
            area.ensureWidgetVisible(self.studio, 0, 0)

    def give(self, answer: Any) -> None:
        """Write ``answer``'s program and press Run, at the fastest speed."""
        self.studio.set_program_source(answer.program)
        self.studio.speed.setValue(FASTEST)
        self.studio.run_button.click()



WIDGET = TurtleWidget
