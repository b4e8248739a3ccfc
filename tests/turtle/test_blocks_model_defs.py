"""My blocks in the blocks model: ``def NAME():`` (a ``define`` block, top level only) and
``NAME()`` (a ``use`` block) read back, one block per line, edited, run, and checked by
``palette_problems``."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kiosk.turtle.blocks_model import Block, BlocksProgram, kind_for_name, safe_name
from kiosk.turtle.challenge import palette_problems
from kiosk.turtle.interpreter import run_in_process
from kiosk.turtle.model import Limits

SQUARE_DEF = "def cuadrado():\n    repetir 4:\n        avanzar(50)\n        derecha(90)\n"
ROW = SQUARE_DEF + "repetir 3:\n    cuadrado()\n    subir_lapiz()\n    avanzar(70)\n    bajar_lapiz()\n"


@pytest.mark.parametrize("source", [
    SQUARE_DEF + "cuadrado()\n",
    ROW,
    "def escalon():\n    pass\nescalon()\n",
    "def flor():\n    avanzar(10)\ndef casa():\n    flor()\n    derecha(90)\ncasa()\nflor()\n",
])
def test_round_trip(source):
    program = BlocksProgram.from_source(source)
    assert program is not None
    assert program.to_source("es") == source
    english = program.to_source("en")
    assert "def " in english and "repeat" not in english.split("def")[0]
    again = BlocksProgram.from_source(english)
    assert again is not None and again.same(program)


def test_blank_lines_and_english_names_read_back():
    program = BlocksProgram.from_source("def square():\n    repeat 4:\n        forward(50)\n        right(90)\n\n"
                                        "square()\n")
    assert [(b.kind, b.value) for b, _ in program.walk()][:2] == [("define", "square"), ("repeat", 4)]
    assert program.blocks[-1].kind == "use" and program.blocks[-1].value == "square"
    assert program.defined() == ["square"]


@pytest.mark.parametrize("source", [
    "repetir 2:\n    def cuadrado():\n        avanzar(1)\n",  # only at the top level
    "def cuadrado(lado):\n    avanzar(lado)\n",  # no parameters
    "def cuadrado():\n    avanzar(1)\ndef cuadrado():\n    avanzar(2)\n",  # each name once
    "def avanzar():\n    derecha(1)\n",  # a command's name
    "def repetir():\n    derecha(1)\n", "def print():\n    derecha(1)\n", "def __init__():\n    derecha(1)\n",
    "def Cuadrado():\n    derecha(1)\n", "def cuadrado():\n",  # an upper case name; no body
    "cuadrado(3)\n", "open()\n", "__import__()\n", "eval()\n", "def cuadrado():\n    avanzar(1)\n  cuadrado()\n",
])
def test_what_blocks_cannot_show(source):
    assert BlocksProgram.from_source(source) is None


def test_safe_names():
    for name in ("cuadrado", "mi_bloque", "flor2", "square"):
        assert safe_name(name)
    for name in ("", "2flor", "_x", "__class__", "for", "def", "avanzar", "forward", "range", "mostrar",
                 "tenonde", "open", "eval", "definir", "usar", "use", "repetir", "pass", "Flor", "a" * 30, "flor-2"):
        assert not safe_name(name), name


def test_one_block_per_line():
    program = BlocksProgram.from_source("def escalon():\n    pass\n" + ROW)
    kinds = [program.block_for_line(n).kind for n in range(1, 12)]
    assert kinds == ["define", "define", "define", "repeat", "forward", "right", "repeat", "use", "penup",
                     "forward", "pendown"]
    assert program.block_for_line(12) is None
    assert program.block_for_line(2) is program.blocks[0]  # an empty definition's "pass" is its own
    assert program.block_for_line(3) is program.blocks[1]
    for block, _ in program.walk():
        assert program.block_for_line(program.line_of(block)) is block


def test_a_new_definition_goes_to_the_top_with_a_free_name():
    program = BlocksProgram.from_source("avanzar(10)\n")
    first = program.append("define")
    assert first.value == "cuadrado" and program.blocks[0] is first
    second = program.append("define", into=program.blocks[-1])  # never inside another block
    assert second.value == "triangulo" and program.blocks[1] is second
    english = BlocksProgram().append("define", lang="en")
    assert english.value == "square"
    program.append("forward", into=first)  # into a definition like into a repeat
    program.append("use", value="cuadrado")
    assert program.to_source() == ("def cuadrado():\n    avanzar(50)\ndef triangulo():\n    pass\n"
                                   "avanzar(10)\ncuadrado()\n")
    many = BlocksProgram()
    names = [many.append("define").value for _ in range(9)]
    assert len(set(names)) == 9 and names[-1] == "mi_bloque3"
    assert program.empty_repeats() == []  # an empty definition runs (it does nothing)


def test_renaming_renames_the_uses():
    program = BlocksProgram.from_source("def flor():\n    avanzar(1)\ndef casa():\n    flor()\nrepetir 2:\n    flor()\n")
    flor = program.blocks[0]
    assert program.rename(flor, "estrella")
    assert program.to_source() == ("def estrella():\n    avanzar(1)\ndef casa():\n    estrella()\n"
                                   "repetir 2:\n    estrella()\n")
    assert not program.rename(flor, "casa")  # another definition's name
    assert not program.rename(flor, "avanzar")
    assert not program.rename(program.blocks[2], "flor")  # a repeat has no name
    assert flor.value == "estrella"


def test_moving_keeps_definitions_at_the_top_level():
    program = BlocksProgram.from_source("def flor():\n    avanzar(1)\nrepetir 2:\n    derecha(2)\nflor()\n")
    flor, repeat, use = program.blocks
    assert program.move(flor, +1)  # a definition swaps, it never steps into a repeat
    assert program.blocks == [repeat, flor, use] and program.parent_of(flor) is None
    assert program.move(use, -1)  # a block steps into the definition above it
    assert flor.body[-1] is use
    assert program.move(use, +1)  # and out of it
    assert program.blocks[-1] is use


def test_a_program_with_my_blocks_runs_and_draws():
    program = BlocksProgram.from_source(ROW)
    for lang in ("es", "en"):
        result = run_in_process(program.to_source(lang), lang, Limits())
        assert result.ok, result.error
        assert len(result.segments) == 12  # three squares, four sides each
        xs = {round(x) for s in result.segments for x in (s.x1, s.x2)}
        assert xs == {0, 50, 70, 120, 140, 190}


def test_palette_words():
    assert kind_for_name("definir") == kind_for_name("define") == "define"
    assert kind_for_name("usar") == kind_for_name("use") == "use"
    assert Block("use").value == "mi_bloque"


def spec(solution: str, palette=(), starter: str = "", mode: str = "blocks"):
    return SimpleNamespace(mode=mode, palette=list(palette), solution=solution, starter=starter)


def test_palette_problems_accept_my_blocks():
    solution = "def escalon():\n    avanzar(30)\n    izquierda(90)\n\nrepetir 4:\n    escalon()\n"
    assert palette_problems(spec(solution, ["definir", "avanzar", "izquierda", "repetir"]), "es") == []
    assert palette_problems(spec(solution, ["define", "forward", "left", "repeat"]), "en") == []
    missing = palette_problems(spec(solution, ["avanzar", "izquierda", "repetir", "usar"]), "es")
    assert len(missing) == 1 and "definir" in missing[0]
    # a definition the starter gives needs no tiles; its use needs «usar»
    starter = SQUARE_DEF
    assert palette_problems(spec(ROW, ["usar", "repetir", "subir_lapiz", "bajar_lapiz", "avanzar"], starter),
                            "es") == []
    assert palette_problems(spec(ROW, ["repetir", "subir_lapiz", "bajar_lapiz", "avanzar"], starter), "es")
    undefined = palette_problems(spec("repetir 2:\n    flor()\n"), "es")
    assert len(undefined) == 1 and "flor" in undefined[0]
    assert palette_problems(spec("def f(x):\n    avanzar(x)\nf(3)\n"), "es")
    assert palette_problems(spec("def f(x):\n    avanzar(x)\nf(3)\n", mode="text"), "es") == []
