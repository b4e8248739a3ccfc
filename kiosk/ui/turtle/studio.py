"""The coding studio: the program (blocks or text) beside the canvas, Run / Step / Reset, a speed
slider, "Show as text" for blocks, and a line for what the checker says.

The studio never runs a program itself: the caller gives it ``run(source) -> RunResult`` (in
the kiosk ``kiosk.turtle.sandbox.run_program``) and, to keep the window painting, a
``TaskRunner``: the run then goes to its ``compute`` lane and the result comes back by callback.
Playback is a ``QTimer`` over ``RunResult.steps``; the speed slider sets its interval.

API for the activity (``kiosk/ui/activities/turtle.py``): ``set_challenge(target, starter,
mode, palette)``, ``program_source()``, ``show_verdict(text, passed, mistake)``, the signal
``run_finished(RunResult)`` (after the drawing has played to its end, or at once for an error).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QBoxLayout, QFrame, QHBoxLayout, QPlainTextEdit, QSizePolicy, QSlider, QStackedWidget,
                               QVBoxLayout, QWidget)

from kiosk.turtle.blocks_model import BlocksProgram
from kiosk.turtle.model import RunResult, Segment
from kiosk.ui import theme
from kiosk.ui.widgets.common import button, icon, label, set_prop

from .blocks import BlocksEditor
from .canvas import TurtleCanvas
from .code_editor import CodeEditor
from .studio_parts import StudioParts

# Speed 1..5: (milliseconds between ticks, ...). A long drawing takes at most MAX_PLAY_MS: the
# ticks then show several steps each.
SPEEDS = {1: 700, 2: 350, 3: 150, 4: 50, 5: 16}
MAX_PLAY_MS = {1: 60_000, 2: 30_000, 3: 15_000, 4: 6_000, 5: 1_500}
CANVAS_MIN_PX = 200  # a studio on a lesson page at 1024x600 gets ~870 px: blocks ~650 + this
NARROW_PX = 840  # below this width the canvas goes under the program (a 1024x600 lesson page: ~870)


class TurtleStudio(StudioParts, QWidget):
    run_finished = Signal(object)  # RunResult, once its drawing has been shown
    program_changed = Signal()
    save_requested = Signal(str)  # "Save to my gallery": the program whose drawing is shown

    def __init__(self, run: Callable[[str], RunResult], *, tasks=None, lang: str = "es",
                 palette: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        """``palette``: the first challenge's tiles, when known (its tiles are then the first
        made: the default palette's would be made and dropped when a lesson opens)."""
        super().__init__(parent)
        self.setObjectName("turtleStudio")
        self._run = run
        self._tasks = tasks
        self.lang = lang
        self.mode = "blocks"
        self.result: RunResult | None = None
        self._result_source: str | None = None  # the program ``result`` came from
        self._ran_program: BlocksProgram | None = None
        self._pending = 0  # generation of the run being waited for (0: none)
        self._generation = 0
        self._after_run: str | None = None  # "play" or "step"
        self._emitted = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self._per_tick = 1
        self._gallery = False  # "Save to my gallery" offered (a signed-in learner's lesson)
        self._build(palette)
        self.set_challenge((), "", "blocks", palette)

    # -- building -----------------------------------------------------------------------------
    def _build(self, palette: Sequence[str] | None) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.run_button = button(self.tr("Run"), "primary", "play.svg")
        self.step_button = button(self.tr("Step by step"))
        self.reset_button = button(self.tr("Reset"))
        self.run_button.clicked.connect(self.run_program)
        self.step_button.clicked.connect(self.step)
        self.reset_button.clicked.connect(self.reset)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("speed")
        self.speed.setRange(1, 5)
        self.speed.setValue(3)
        self.speed.setPageStep(1)
        self.speed.setAccessibleName(self.tr("Speed"))
        self.speed.valueChanged.connect(self._speed_changed)
        self.slow_label = label(self.tr("Slow"), "hint", wrap=False)
        self.fast_label = label(self.tr("Fast"), "hint", wrap=False)
        self.text_switch = button(self.tr("Show as text"))
        self.text_switch.setObjectName("textSwitch")
        self.text_switch.setCheckable(True)
        self.text_switch.toggled.connect(self._show_text)
        for widget in (self.run_button, self.step_button, self.reset_button):
            bar.addWidget(widget)
        bar.addWidget(self.slow_label)
        bar.addWidget(self.speed, 1)
        bar.addWidget(self.fast_label)
        col.addLayout(bar)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(6)
        self.program_stack = QStackedWidget()
        # styled by the application's sheet (studio_style.py)
        self.blocks = BlocksEditor(styled=False, palette=palette)
        self.blocks.changed.connect(self._edited)
        self.program_stack.addWidget(self.blocks)
        # made on first need (``editor``, ``as_text``, ``output``): a studio in blocks mode seldom
        # shows them, and fewer widgets are styled faster when a lesson opens
        self._editor: CodeEditor | None = None
        self._as_text: CodeEditor | None = None
        self._output: QPlainTextEdit | None = None
        self._read_only = False
        self.body.addWidget(self.program_stack, 5)

        right = QVBoxLayout()
        right.setSpacing(8)
        frame = QFrame()
        frame.setObjectName("canvasFrame")
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(2, 2, 2, 2)
        self.canvas = TurtleCanvas()
        self.canvas.setMinimumWidth(CANVAS_MIN_PX)
        inside.addWidget(self.canvas)
        right.addWidget(frame, 1)
        self._right = right  # ``output`` goes under the drawing
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.text_switch)
        switch_row.addStretch(1)
        right.addLayout(switch_row)
        # its own row: the whole column's width, so its words are never cut (1024x600)
        # a short word beside the star (the column stays the canvas's width); the whole sentence
        # for screen readers and in the tooltip
        self.save_button = button(self.tr("Save"), None, "estrella.svg")
        self.save_button.setAccessibleName(self.tr("Save to my gallery"))
        self.save_button.setToolTip(self.tr("Save to my gallery"))
        self.save_button.setObjectName("saveDrawing")
        self.save_button.clicked.connect(self._save_clicked)
        self.save_button.hide()
        right.addWidget(self.save_button)
        self.body.addLayout(right, 3)
        col.addLayout(self.body, 1)
        # What the checker says: under the program and the drawing, the studio's whole width (one
        # or two lines even at 1024x600, where the drawing's column is ~250 px wide).
        self.message = label("", "studioMessage")
        self.message.hide()
        col.addWidget(self.message)

    # -- the API ------------------------------------------------------------------------------
    def set_challenge(self, target: Sequence[Segment], starter: str = "", mode: str = "blocks",
                      palette: Sequence[str] | None = None) -> None:
        """A new challenge: its target drawn faintly, the starter program in blocks (``mode``
        "blocks", when blocks can show it; else text) or text, the palette's tiles."""
        self._stop()
        self.canvas.set_target(target)
        self.canvas.clear()
        self.mode = mode if mode in ("blocks", "text") else "blocks"
        blocks = BlocksProgram.from_source(starter) if self.mode == "blocks" else None
        if self.mode == "blocks" and blocks is None and starter.strip():
            self.mode = "text"  # a starter that blocks cannot show stays text
        if self.mode == "blocks":
            self.blocks.lang = self.lang  # the names offered for my blocks
            self.blocks.set_palette(palette)
            self.blocks.set_program(blocks or BlocksProgram())
        else:
            self.editor.set_source(starter)
        self.text_switch.setChecked(False)
        self.text_switch.setVisible(self.mode == "blocks")
        self._show_page(self.blocks if self.mode == "blocks" else self.editor)
        self._forget()
        self.show_message("", None)

    def program_source(self) -> str:
        if self.mode == "blocks":
            return self.blocks.program.to_source(self.lang)
        return self.editor.source()

    def set_program_source(self, source: str) -> None:
        """Show ``source`` (a learner's last program): as blocks when it can be, else as text."""
        blocks = BlocksProgram.from_source(source) if self.mode == "blocks" else None
        if blocks is not None:
            self.blocks.set_program(blocks)
        else:
            if self.mode == "blocks":
                self.mode = "text"
                self.text_switch.hide()
                self._show_page(self.editor)
            self.editor.set_source(source)

    def set_read_only(self, readonly: bool) -> None:
        """A teacher looking at a learner's program: it runs, it cannot change."""
        self.blocks.set_read_only(readonly)
        self._read_only = readonly
        if self._editor is not None:
            self._editor.setReadOnly(readonly)

    def offer_gallery(self, on: bool = True) -> None:
        """Offer "Save to my gallery" after every run that drew something without an error
        (``save_requested`` then carries the program; the caller stores it and answers with
        ``drawing_saved``)."""
        self._gallery = on
        self._update_save()

    def drawing_saved(self, ok: bool) -> None:
        """The caller's answer to ``save_requested``."""
        if ok:
            self.save_button.setText(self.tr("Saved"))
            self.save_button.setAccessibleName(self.tr("Saved in your gallery"))
            self.save_button.setIcon(icon("check.svg"))
        else:
            self.save_button.setEnabled(True)
            self.show_message(self.tr("Your drawing could not be saved. Tell your teacher."), "try")

    def can_save(self) -> bool:
        result = self.result
        return (self._gallery and result is not None and self._emitted and result.error is None
                and bool(result.segments) and self._result_source is not None)

    def show_verdict(self, text: str, passed: bool, mistake: Segment | None = None) -> None:
        self.canvas.set_mistake(None if passed else mistake)
        self.show_message(text, "ok" if passed else "try")

    def show_message(self, text: str, state: str | None = "info") -> None:
        self.message.setText(text)
        set_prop(self.message, "state", state or "info")
        self.message.setVisible(bool(text))

    def take_focus(self) -> None:
        if self.mode == "text":
            self.editor.setFocus()
        else:
            first = next(iter(self.blocks.tiles.values()), None)
            (first or self.blocks.view).setFocus()

    # -- running ------------------------------------------------------------------------------
    def run_program(self) -> None:
        """Run and play the whole drawing (from the start)."""
        self._start("play")

    def step(self) -> None:
        """One command more (the first press runs the program; after the last command the
        drawing starts again from its first one)."""
        if self.timer.isActive():
            self.timer.stop()
        if self.result is not None and self._result_source == self.program_source():
            if self.canvas.upto >= len(self.result.steps):  # past the end: from the start again
                self._clear_marks()
                self.canvas.set_mistake(None)
                self._emitted = False
                self.canvas.show_steps(self.result.steps, 0)
            self._after_run = "step"
            self._show(self.canvas.upto + 1)
            if self.canvas.upto == len(self.result.steps):
                self._finished()
            return
        self._start("step")

    def reset(self) -> None:
        """Back to the start: no drawing, no marks, no message (the program stays)."""
        self._stop()
        self.canvas.clear()
        self._clear_marks()
        if self._output is not None:
            self._output.clear()
            self._output.hide()
        self.show_message("", None)
        self._forget()

    def _start(self, after: str) -> None:
        if self._pending:
            return
        self._stop()
        self._clear_marks()
        self.canvas.set_mistake(None)
        self.show_message("", None)
        if self.mode == "blocks":
            empty = self.blocks.program.empty_repeats()
            if empty:
                self.blocks.mark(empty[0], "error")
                self.show_message(self.tr("This “repeat” block is empty: put blocks inside it."), "try")
                return
            if not self.blocks.program.blocks:
                self.show_message(self.tr("Your program is empty: tap a block to add it."), "try")
                return
            self._ran_program = self.blocks.program
        source = self.program_source()
        self._after_run = after
        self._generation += 1
        self._pending = generation = self._generation
        self._busy(True)
        if self._tasks is None:
            self._ran(generation, source, self._run(source))
        else:
            self._tasks.compute.run(lambda: self._run(source),
                                    lambda result: self._ran(generation, source, result),
                                    lambda exc: self._run_failed(generation, exc))

    def _ran(self, generation: int, source: str, result: RunResult) -> None:
        if generation != self._pending:
            return  # a stale run (Reset or a new challenge came in between)
        self._pending = 0
        self._busy(False)
        self.result = result
        self._result_source = source
        self._emitted = False
        self.canvas.clear()
        self.canvas.show_steps(result.steps, 0)
        if result.output or self._output is not None:
            self.output.setPlainText("\n".join(result.output))
            self.output.setVisible(bool(result.output))
        if self._after_run == "step" and result.steps:
            self._show(1)
            if len(result.steps) == 1:
                self._finished()
        elif result.steps:
            n = len(result.steps)
            interval = SPEEDS[self.speed.value()]
            self._per_tick = max(1, math.ceil(n * interval / MAX_PLAY_MS[self.speed.value()]))
            self.timer.start(interval)
        else:
            self._finished()

    def _run_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._pending:
            self._pending = 0
            self._busy(False)
            self.show_message(self.tr("The program could not run. Try again."), "try")

    def _tick(self) -> None:
        if self.result is None:
            self.timer.stop()
            return
        self._show(min(len(self.result.steps), self.canvas.upto + self._per_tick))
        if self.canvas.upto >= len(self.result.steps):
            self.timer.stop()
            self._finished()

    def _show(self, upto: int) -> None:
        self.canvas.show_steps(self.result.steps, upto)
        line = self.result.steps[upto - 1].line if upto else None
        self._mark_line(line, "current")

    def _finished(self) -> None:
        """The drawing is all shown: mark an error's line or block, then tell the caller."""
        result = self.result
        if result is None or self._emitted:
            return
        self._emitted = True
        if not self.timer.isActive() and self._after_run == "play":
            self._mark_line(None, "current")
        if result.error is not None:
            self._mark_line(result.error.line, "error")
            self.show_message(self._fallback_error(result.error.line), "try")
        self._update_save()
        self.run_finished.emit(result)

    def _fallback_error(self, line: int | None) -> str:
        """Until the caller says more (``show_verdict``): where the problem is."""
        if line is None:
            return self.tr("Something in the program does not work yet.")
        if self.mode == "blocks" and self._ran_program is not None:
            block = self._ran_program.block_for_line(line, self.lang)
            if block is not None:
                number = next(i for i, (b, _) in enumerate(self._ran_program.walk(), 1) if b is block)
                return self.tr("Block {number} has a problem.").format(number=number)
        return self.tr("Line {line} has a problem.").format(line=line)

    # -- marks --------------------------------------------------------------------------------
    def _mark_line(self, line: int | None, state: str) -> None:
        if self.mode == "blocks":
            program = self._ran_program or self.blocks.program
            block = program.block_for_line(line, self.lang) if line else None
            self.blocks.mark(block, state)
            view = self.as_text
        else:
            view = self.editor
        (view.mark_current if state == "current" else view.mark_error)(line)

    def current_line(self) -> int | None:
        """The line being shown by Step (tests)."""
        return (self.as_text if self.mode == "blocks" else self.editor).current_line

    def _clear_marks(self) -> None:
        self.blocks.clear_marks()
        for view in (self._editor, self._as_text):
            if view is not None:
                view.clear_marks()

    # -- inside -------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.mode == "blocks" and self.text_switch.isChecked():
            self.as_text.set_source(self.blocks.program.to_source(self.lang))
        if self.result is not None or self.message.isVisible():
            self._stop()
            self._clear_marks()
            self.canvas.set_mistake(None)
            self._forget()
        self.program_changed.emit()

    def _show_text(self, on: bool) -> None:
        self.text_switch.setText(self.tr("Show as blocks") if on else self.tr("Show as text"))
        if on:
            self.as_text.set_source(self.blocks.program.to_source(self.lang))
            self._show_page(self.as_text)
            if self.result is not None and self.canvas.upto:  # keep showing where Step is
                self.as_text.mark_current(self.result.steps[self.canvas.upto - 1].line)
            error = self.blocks.marked("error")
            if error is not None:
                self.as_text.mark_error(self.blocks.program.line_of(error, self.lang))
        else:
            self._show_page(self.blocks)

    def _show_page(self, page: QWidget) -> None:
        """``page`` in the program's place; the pages not shown do not count for the studio's
        size (the blocks' wide minimum would otherwise squeeze the canvas in text mode)."""
        for index in range(self.program_stack.count()):
            other = self.program_stack.widget(index)
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.program_stack.setCurrentWidget(page)
        self.program_stack.updateGeometry()

    def _speed_changed(self, value: int) -> None:
        if self.timer.isActive() and self.result is not None:
            self.timer.setInterval(SPEEDS[value])
            left = len(self.result.steps) - self.canvas.upto
            self._per_tick = max(1, math.ceil(left * SPEEDS[value] / MAX_PLAY_MS[value]))

    def _busy(self, busy: bool) -> None:
        """While a run is on its way Run and Step do nothing (they stay enabled: disabling them
        would throw the keyboard focus elsewhere); the pointer says it is working."""
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _stop(self) -> None:
        self.timer.stop()
        if self._pending:
            self._pending = 0
            self._busy(False)

    def _forget(self) -> None:
        self.result = None
        self._result_source = None
        self._emitted = False
        self._update_save()

    def _update_save(self) -> None:
        if not hasattr(self, "save_button"):
            return
        can = self.can_save()
        if can and self.save_button.isHidden():
            self.save_button.setText(self.tr("Save"))
            self.save_button.setAccessibleName(self.tr("Save to my gallery"))
            self.save_button.setIcon(icon("estrella.svg"))
            self.save_button.setEnabled(True)
        self.save_button.setVisible(can)

    def _save_clicked(self) -> None:
        if self.can_save() and self.save_button.isEnabled():
            self.save_button.setEnabled(False)  # one drawing, one save
            self.save_requested.emit(self._result_source or "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        narrow = self.width() < NARROW_PX
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != direction:
            self.body.setDirection(direction)

