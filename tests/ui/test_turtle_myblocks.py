"""My blocks in the blocks editor: «make my block NAME» and its «use NAME» tiles, by touch and
keyboard, and a program with a block of one's own running in the studio."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.turtle.blocks_model import BlocksProgram
from kiosk.ui import theme
from kiosk.ui.turtle.blocks import BlocksEditor
from tests.ui.test_turtle_studio import make_studio, play_to_end


@pytest.fixture()
def styled(qapp):
    qapp.setStyleSheet(theme.application_sheet())
    yield qapp
    qapp.setStyleSheet("")


MY_PALETTE = ["definir", "avanzar", "derecha", "repetir"]


def test_my_blocks_by_touch(qtbot, styled):
    editor = BlocksEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 560)
    editor.show()
    editor.set_palette(MY_PALETTE)
    assert "define" in editor.tiles and not [k for k in editor.tiles if k.startswith("use:")]
    tap = lambda key: qtbot.mouseClick(editor.tiles[key], Qt.MouseButton.LeftButton)  # noqa: E731
    tap("forward")
    tap("define")  # to the top, selected: the next tiles go into it
    tap("repeat")
    tap("forward")
    tap("right")
    assert "use:cuadrado" in editor.tiles  # offered once the block exists
    assert editor.tiles["use:cuadrado"].isVisible()
    editor.select(None)
    tap("use:cuadrado")
    assert editor.program.to_source("es") == ("def cuadrado():\n    repetir 4:\n        avanzar(50)\n"
                                              "        derecha(90)\navanzar(50)\ncuadrado()\n")
    assert [row.depth for row in editor.rows] == [0, 1, 2, 2, 0, 0]
    row = editor.row_of(editor.program.blocks[0])
    row.combo.setCurrentIndex(row.combo.findData("flor"))  # a tap on another name
    assert editor.program.to_source("es").endswith("flor()\n")
    assert "use:flor" in editor.tiles and "use:cuadrado" not in editor.tiles
    assert editor.row_of(editor.program.blocks[-1]).called.text() == "flor"
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)  # the definition goes
    assert not [k for k in editor.tiles if k.startswith("use:")]


def test_my_blocks_by_keyboard(qtbot, styled):
    editor = BlocksEditor()
    qtbot.addWidget(editor)
    editor.lang = "en"
    editor.set_palette(["define", "forward", "use"])
    editor.set_program(BlocksProgram.from_source("def square():\n    forward(10)\nsquare()\n"))
    editor.show()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)
    assert editor.selected.kind == "define"
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)  # into the name, the arrows choose, Enter back
    combo = editor.row_of(editor.selected).combo
    assert combo.hasFocus() and combo.itemData(0) == "square"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert editor.view.hasFocus()
    assert editor.program.to_source("en") == "def triangle():\n    forward(10)\ntriangle()\n"
    qtbot.keyClick(editor.view, Qt.Key.Key_End)  # the use block: Ctrl+Up steps into the definition
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.program.to_source("en") == "def triangle():\n    forward(10)\n    triangle()\n"
    qtbot.keyClick(editor.view, Qt.Key.Key_Home)  # the definition never steps into a block
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.program.blocks[0].kind == "define"
    assert editor.tiles["use:triangle"].text().endswith("triangle")


def test_a_program_with_my_block_runs_in_the_studio(qtbot, styled):
    from kiosk.turtle.interpreter import run_in_process
    from kiosk.turtle.model import Limits

    studio = make_studio(qtbot, run=lambda src: run_in_process(src, "es", Limits()))
    starter = "def cuadrado():\n    repetir 4:\n        avanzar(50)\n        derecha(90)\n\n"
    studio.set_challenge((), starter, "blocks", ["usar", "repetir", "derecha"])
    assert studio.mode == "blocks"
    editor = studio.blocks
    assert "use:cuadrado" in editor.tiles and "define" not in editor.tiles
    editor.select(None)
    qtbot.mouseClick(editor.tiles["repeat"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.tiles["use:cuadrado"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.tiles["right"], Qt.MouseButton.LeftButton)
    assert studio.program_source().endswith("repetir 4:\n    cuadrado()\n    derecha(90)\n")
    play_to_end(qtbot, studio)
    assert studio.result.ok and len(studio.result.segments) == 16
    lines = {s.line for s in studio.result.steps}
    assert lines == {3, 4, 7}  # Step marks the blocks inside the definition, and the turn after it
    assert studio._ran_program.block_for_line(3) is editor.program.blocks[0].body[0].body[0]
