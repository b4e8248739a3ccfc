"""The turtle studio (issue 12, point 1): the blocks model, the blocks editor by touch and
keyboard, the canvas, Run / Step / Reset, and the layout at 1024x600.

The runner is ``tests/ui/turtle_fake.fake_run`` (the contract of ``kiosk.turtle.model``) so these
tests do not depend on the sandbox. Screenshots go to $KIOSK_SHOTS when it is set
(turtle-blocks.png, turtle-text.png and their 1366x768 twins)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.turtle.blocks_model import Block, BlocksProgram
from kiosk.turtle.model import RunResult, Segment, Step, TurtleError, TurtleState
from kiosk.ui import theme
from kiosk.ui.turtle.blocks import BlocksEditor
from kiosk.ui.turtle.canvas import TARGET_INK, TurtleCanvas
from kiosk.ui.turtle.studio import TurtleStudio
from tests.ui.turtle_fake import fake_run

SQUARE = "repetir 4:\n    avanzar(100)\n    derecha(90)\n"


@pytest.fixture()
def styled(qapp):
    qapp.setStyleSheet(theme.application_sheet())
    yield qapp
    qapp.setStyleSheet("")


def make_studio(qtbot, size=(1366, 768), run=fake_run) -> TurtleStudio:
    studio = TurtleStudio(run)
    qtbot.addWidget(studio)
    studio.resize(*size)
    studio.show()
    qtbot.waitExposed(studio)
    return studio


def play_to_end(qtbot, studio: TurtleStudio) -> None:
    studio.speed.setValue(5)
    studio.run_button.click()
    qtbot.waitUntil(lambda: not studio.timer.isActive() and studio.result is not None, timeout=10_000)


# -- the model ------------------------------------------------------------------------------
@pytest.mark.parametrize("source", [
    SQUARE,
    "avanzar(50)\nizquierda(45)\nsubir_lapiz()\nretroceder(20)\nbajar_lapiz()\ncolor(\"azul\")\n",
    "repetir 3:\n    repetir 2:\n        avanzar(10)\n    derecha(120)\navanzar(5)\n",
    "repetir 2:\n    pass\n",
])
def test_source_round_trip(source):
    program = BlocksProgram.from_source(source)
    assert program is not None
    assert program.to_source("es") == source
    english = program.to_source("en")
    again = BlocksProgram.from_source(english)
    assert again is not None and again.same(program)


def test_from_source_reads_english_and_for_loops_and_refuses_the_rest():
    program = BlocksProgram.from_source("for _ in range(3):\n    forward(20)\n    left(120)\n")
    assert program.to_source("es") == "repetir 3:\n    avanzar(20)\n    izquierda(120)\n"
    for other in ("x = 3\n", "avanzar(x)\n", "avanzar(10.5)\n", "repetir 3:\navanzar(1)\n",
                  "if True:\n    avanzar(1)\n", "avanzar(10)\n  derecha(90)\n", "color(\"magenta\")\n",
                  "repetir 2:\n"):
        assert BlocksProgram.from_source(other) is None, other


def test_one_block_per_line():
    program = BlocksProgram.from_source("avanzar(10)\nrepetir 2:\n    derecha(90)\n    avanzar(5)\nsubir_lapiz()\n")
    blocks = [b for b, _ in program.walk()]
    assert [program.block_for_line(n).kind for n in range(1, 6)] == ["forward", "repeat", "right", "forward", "penup"]
    assert [program.line_of(b) for b in blocks] == [1, 2, 3, 4, 5]
    assert program.block_for_line(6) is None
    empty = BlocksProgram.from_source("repetir 2:\n    pass\n")
    assert empty.block_for_line(2) is empty.blocks[0]  # "pass" belongs to its repeat


def test_moving_steps_in_and_out_of_repeats():
    program = BlocksProgram.from_source("avanzar(1)\nrepetir 2:\n    derecha(2)\navanzar(3)\n")
    first, repeat, last = program.blocks
    assert program.move(first, +1)  # into the repeat below, at its top
    assert program.to_source() == "repetir 2:\n    avanzar(1)\n    derecha(2)\navanzar(3)\n"
    assert program.move(first, -1)  # out again, above it
    assert program.move(last, -1)  # into the repeat above, at its end
    assert program.to_source() == "avanzar(1)\nrepetir 2:\n    derecha(2)\n    avanzar(3)\n"
    assert program.move(repeat, -1)  # a repeat swaps with its neighbour
    assert program.to_source() == "repetir 2:\n    derecha(2)\n    avanzar(3)\navanzar(1)\n"
    assert not program.move(repeat, -1)
    block = Block("forward", 9999)
    block.set_value(9999)
    assert block.value == 500  # numbers stay inside their block's range


# -- the blocks editor --------------------------------------------------------------------------
def test_tapping_tiles_builds_the_program(qtbot, styled):
    editor = BlocksEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 560)
    editor.show()
    tap = lambda kind: qtbot.mouseClick(editor.tiles[kind], Qt.MouseButton.LeftButton)  # noqa: E731
    tap("repeat")  # a new repeat is selected: the next tiles go into it
    tap("forward")
    tap("right")
    editor.select(None)
    tap("color")
    assert editor.program.to_source("es") == 'repetir 4:\n    avanzar(50)\n    derecha(90)\ncolor("rojo")\n'
    assert [row.depth for row in editor.rows] == [0, 1, 1, 0]
    row = editor.row_of(editor.program.blocks[0].body[0])  # "+" on "avanzar" by touch
    plus = [b for b in row.findChildren(QAbstractButton) if b.text() == "+"][0]
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert "avanzar(60)" in editor.program.to_source("es")
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)  # a tap selects a block
    assert editor.selected is row.block
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.program.to_source("es") == 'repetir 4:\n    derecha(90)\ncolor("rojo")\n'


def test_keyboard_editing(qtbot, styled):
    editor = BlocksEditor()
    qtbot.addWidget(editor)
    editor.set_program(BlocksProgram.from_source("avanzar(10)\nderecha(90)\nrepetir 2:\n    avanzar(5)\n"))
    editor.show()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)
    assert editor.selected is editor.program.blocks[0]  # the focus selects the first block
    view = editor.view
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert editor.selected.kind == "right"
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.program.to_source() == "derecha(105)\navanzar(10)\nrepetir 2:\n    avanzar(5)\n"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert editor.selected.kind == "forward" and editor.selected.value == 5
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert editor.program.to_source() == "derecha(105)\navanzar(10)\nrepetir 2:\n    pass\n"
    assert editor.selected.kind == "repeat"
    qtbot.keyClick(view, Qt.Key.Key_Return)  # into the number, type, Enter back
    spin = editor.row_of(editor.selected).spin
    assert spin.hasFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "6")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert view.hasFocus()
    assert editor.program.to_source().startswith("derecha(105)\navanzar(10)\nrepetir 6:")
    tabbed = [editor.tiles["forward"]]
    while len(tabbed) < 30 and tabbed[-1] is not view:
        tabbed.append(tabbed[-1].nextInFocusChain())
    assert view in tabbed  # Tab reaches the program from the tiles


# -- the canvas and running ---------------------------------------------------------------------
def dark(color: QColor) -> bool:
    return color.lightness() < 90


def test_run_draws_the_segments(qtbot, styled):
    studio = make_studio(qtbot)
    target = fake_run(SQUARE).segments
    studio.set_challenge(target, SQUARE.replace("4", "2"), "text", None)
    play_to_end(qtbot, studio)
    canvas = studio.canvas
    assert canvas.upto == len(studio.result.steps) == 4
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()

    def pixel(x, y):
        p = canvas.to_widget(x, y)
        return image.pixelColor(round(p.x() * ratio), round(p.y() * ratio))
    assert dark(pixel(50, 0)) and dark(pixel(100, -50))  # the two sides drawn, in ink
    undrawn = [pixel(x, -100) for x in range(5, 70, 3)]  # a side of the target the program did not draw
    assert not any(dark(c) for c in undrawn)
    assert any(c.name() == TARGET_INK.lower() for c in undrawn)  # faint, dashed: grey in places
    assert not dark(pixel(50, -50))  # inside the square: nothing
    studio.show_verdict("No", False, Segment(100, -100, 0, -100))
    red = canvas.grab().toImage().pixelColor(round(canvas.to_widget(50, -100).x() * ratio),
                                             round(canvas.to_widget(50, -100).y() * ratio))
    assert red.red() > 180 and red.green() < 90  # the mistake in red
    assert studio.message.isVisible()


def test_step_highlights_lines_in_order(qtbot, styled):
    studio = make_studio(qtbot)
    studio.set_challenge((), SQUARE, "text", None)
    finished = []
    studio.run_finished.connect(finished.append)
    lines = []
    for _ in range(8):
        studio.step_button.click()
        lines.append(studio.current_line())
    assert lines == [2, 3] * 4
    assert studio.canvas.upto == 8
    assert len(finished) == 1 and finished[0].ok  # reported with its last command
    studio.step_button.click()  # past the end: from the first command again
    assert studio.canvas.upto == 1 and studio.current_line() == 2


def test_step_in_blocks_marks_the_blocks(qtbot, styled):
    studio = make_studio(qtbot)
    studio.set_challenge((), SQUARE, "blocks", None)
    body = studio.blocks.program.blocks[0].body
    marked = []
    for _ in range(3):
        studio.step_button.click()
        marked.append(studio.blocks.marked("current"))
    assert marked == [body[0], body[1], body[0]]
    row = studio.blocks.row_of(body[0])
    assert row.property("state") == "current"
    studio.text_switch.click()  # "Show as text": the same program, the same place
    assert studio.program_stack.currentWidget() is studio.as_text
    assert studio.as_text.source() == SQUARE
    assert studio.as_text.isReadOnly() and studio.current_line() == 2


def test_reset_clears(qtbot, styled):
    studio = make_studio(qtbot)
    studio.set_challenge(fake_run(SQUARE).segments, SQUARE, "blocks", None)
    play_to_end(qtbot, studio)
    studio.show_verdict("¡Bien!", True)
    studio.reset_button.click()
    assert studio.canvas.upto == 0 and studio.result is None
    assert not studio.message.isVisible()
    assert studio.blocks.marked("current") is None
    assert studio.program_source() == SQUARE  # the program stays
    assert studio.canvas.turtle() == TurtleState()


def test_an_error_marks_its_line_and_block(qtbot, styled):
    def failing(source):
        step = Step(1, "forward", TurtleState(10, 0), (Segment(0, 0, 10, 0),))
        return RunResult((step,), (), step.state, TurtleError("unknown-name", 3, {"name": "x"}))
    studio = make_studio(qtbot, run=failing)
    studio.set_challenge((), "avanzar(10)\nrepetir 2:\n    derecha(90)\n", "blocks", None)
    finished = []
    studio.run_finished.connect(finished.append)
    play_to_end(qtbot, studio)
    assert finished and finished[0].error.line == 3
    assert studio.blocks.marked("error").kind == "right"
    assert "3" in studio.message.text()  # block 3 (the fallback until the activity says more)
    studio.set_challenge((), "avanzar(10)\nx = 1\ny(2)\n", "text", None)
    play_to_end(qtbot, studio)
    assert studio.editor.error_line == 3


def test_an_empty_repeat_is_not_run(qtbot, styled):
    calls = []
    studio = make_studio(qtbot, run=lambda source: calls.append(source) or fake_run(source))
    studio.set_challenge((), "avanzar(10)\nrepetir 2:\n    pass\n", "blocks", None)
    studio.run_button.click()
    assert calls == [] and studio.message.isVisible()
    assert studio.blocks.marked("error") is studio.blocks.program.blocks[1]


def test_runs_on_the_tasks_lane_and_drops_stale_results(qtbot, styled):
    class Lane:
        def __init__(self):
            self.queued = []

        def run(self, fn, on_done, on_error):
            self.queued.append((fn, on_done))

    class Tasks:
        compute = Lane()
    studio = TurtleStudio(fake_run, tasks=Tasks)
    qtbot.addWidget(studio)
    studio.set_challenge((), SQUARE, "text", None)
    studio.run_button.click()
    assert studio.result is None and len(Tasks.compute.queued) == 1  # nothing ran on the UI thread
    studio.reset_button.click()
    fn, on_done = Tasks.compute.queued[0]
    on_done(fn())  # arrives after Reset: dropped
    assert studio.result is None
    studio.step_button.click()
    fn, on_done = Tasks.compute.queued[1]
    on_done(fn())
    assert studio.canvas.upto == 1


def test_with_the_real_interpreter(qtbot, styled):
    """The blocks' text runs in LANG's interpreter; its steps' lines lead Step to the blocks."""
    from kiosk.turtle.interpreter import run_in_process
    from kiosk.turtle.model import Limits

    colors = "".join(f"color({name!r})\n".replace("'", '"') for name in ("rojo", "azul", "verde", "naranja",
                                                                          "morado", "negro", "amarillo"))
    source = SQUARE + "subir_lapiz()\nretroceder(10)\nbajar_lapiz()\nizquierda(45)\n" + colors
    program = BlocksProgram.from_source(source)
    assert program is not None
    for lang in ("es", "en"):
        result = run_in_process(program.to_source(lang), lang, Limits())
        assert result.ok, result.error
        assert len(result.segments) == 4
    studio = make_studio(qtbot, run=lambda src: run_in_process(src, "es", Limits()))
    studio.set_challenge((), source, "blocks", None)
    kinds = []
    for _ in range(12):
        studio.step_button.click()
        kinds.append(studio.blocks.marked("current").kind)
    assert kinds == ["forward", "right"] * 4 + ["penup", "back", "pendown", "left"]
    assert [s.state.color for s in studio.result.steps[-7:]] == ["red", "blue", "green", "orange", "purple",
                                                                 "black", "yellow"]


def test_the_real_sandbox_on_the_compute_lane(qtbot, styled):
    """A hostile loop runs in LANG's child process on the compute lane: the UI thread keeps
    ticking meanwhile, and the error comes back to the studio."""
    from PySide6.QtCore import QTimer

    from kiosk.turtle.model import Limits
    from kiosk.turtle.sandbox import run_program
    from kiosk.ui.tasks import TaskRunner

    tasks = TaskRunner()
    try:
        studio = TurtleStudio(lambda src: run_program(src, "es", Limits(seconds=2.0)), tasks=tasks)
        qtbot.addWidget(studio)
        studio.set_challenge((), "avanzar(10)\nx = 0\nwhile True:\n    x = x + 1\n", "text", None)
        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        with qtbot.waitSignal(studio.run_finished, timeout=20_000) as finished:
            studio.run_button.click()
        timer.stop()
        assert finished.args[0].error is not None
        assert len(finished.args[0].segments) == 1  # what it drew before it was stopped
        assert len(ticks) > 3  # the event loop ran while the program did
        assert studio.editor.error_line in (3, 4) and not studio.message.isHidden()
    finally:
        tasks.shutdown(5)


def test_canvas_repaints_only_what_is_new(qtbot):
    canvas = TurtleCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    steps = fake_run(SQUARE).steps
    canvas.show_steps(steps, 2)
    canvas.grab()
    layer = canvas._layer
    canvas.show_steps(steps, 4)
    canvas.grab()
    assert canvas._layer is layer and canvas._layer_upto == 4  # painted on, not rebuilt
    canvas.show_steps(steps, 1)
    canvas.grab()
    assert canvas._layer is not layer and canvas._layer_upto == 1


# -- the layout ----------------------------------------------------------------------------------
def visible_leaves(root: QWidget):
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and isinstance(widget, QAbstractButton):
            yield widget


@pytest.mark.parametrize("mode", ["blocks", "text"])
def test_nothing_is_cut_at_1024x600(qtbot, styled, mode):
    studio = make_studio(qtbot, (1024, 600))
    starter = "repetir 4:\n    avanzar(100)\n    izquierda(90)\ncolor(\"rojo\")\nsubir_lapiz()\n"
    studio.set_challenge(fake_run(SQUARE).segments, starter, mode, None)
    studio.resize(1024, 600)
    QApplication.processEvents()
    assert studio.width() == 1024 and studio.height() == 600  # its minimum fits the screen
    whole = studio.rect()
    for button in visible_leaves(studio):
        box = QRect(button.mapTo(studio, QPoint(0, 0)), button.size())
        assert whole.contains(box), (button.text(), box)
        assert button.height() >= 44, button.text()
    if mode == "blocks":
        palette = studio.blocks.palette_scroll
        assert not palette.verticalScrollBar().isVisible()  # every tile in sight
        for row in studio.blocks.rows:
            if row.spin is not None:
                assert row.spin.lineEdit().width() > 30  # the number shows
    assert studio.canvas.width() >= 300


def test_screenshots(qtbot, styled):
    """The studio as a child and as a teen see it ($KIOSK_SHOTS; Spanish when $KIOSK_SHOTS_STRINGS
    names a {"English": "Spanish"} JSON file)."""
    out = os.environ.get("KIOSK_SHOTS")
    if not out:
        pytest.skip("KIOSK_SHOTS not set")
    from PySide6.QtCore import QTranslator

    strings_path = os.environ.get("KIOSK_SHOTS_STRINGS")
    strings = json.loads(Path(strings_path).read_text(encoding="utf-8")) if strings_path else {}

    class Strings(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            return strings.get(source, "")

        def isEmpty(self):  # noqa: N802 - Qt name
            return not strings
    translator = Strings()
    QApplication.installTranslator(translator)
    try:
        from kiosk.turtle.sandbox import run_program

        target = run_program(SQUARE).segments
        for size, suffix in (((1024, 600), ""), ((1366, 768), "-1366")):
            frame = QWidget()
            frame.setObjectName("screen")
            qtbot.addWidget(frame)
            studio = TurtleStudio(run_program, parent=frame)
            frame.resize(*size)
            studio.resize(*size)
            frame.show()
            studio.set_challenge(target, "repetir 3:\n    avanzar(100)\n    derecha(90)\ncolor(\"rojo\")\n", "blocks", None)
            for _ in range(5):
                studio.step_button.click()
            studio.show_verdict("Tu dibujo tiene 3 lados; el objetivo, 4.", False, target[-1])
            QApplication.processEvents()
            frame.grab().save(str(Path(out) / f"turtle-blocks{suffix}.png"))
            studio.set_challenge(target, "# un cuadrado\nrepetir 4:\n    avanzar(100)\n    derecha(90)\n"
                                 "print(\"listo\")\n", "text", None)
            play_to_end(qtbot, studio)
            studio.show_verdict("¡Muy bien! Dibujaste el cuadrado.", True)
            QApplication.processEvents()
            frame.grab().save(str(Path(out) / f"turtle-text{suffix}.png"))
            if not suffix:  # a typo: its line marked, the drawing up to it kept
                studio.set_challenge(target, "avanzar(100)\nderecha(90)\navanzr(100)\nderecha(90)\n", "text", None)
                play_to_end(qtbot, studio)
                QApplication.processEvents()
                frame.grab().save(str(Path(out) / "turtle-text-error.png"))
    finally:
        QApplication.removeTranslator(translator)
