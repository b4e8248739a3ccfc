"""The checker on real programs, run by the interpreter (skipped where the interpreter is not
there yet: it is written in parallel). The lesson format's own example: a square."""

from __future__ import annotations

import pytest

from kiosk.turtle.check import challenge_from_reference, check
from kiosk.turtle.messages import message
from kiosk.turtle.model import Rules

interpreter = pytest.importorskip("kiosk.turtle.interpreter")
language = pytest.importorskip("kiosk.turtle.language")

SQUARE = "repetir 4:\n    avanzar(100)\n    derecha(90)\n"


def verdict(source: str, reference: str = SQUARE, lang: str = "es", **rules):
    challenge = challenge_from_reference(interpreter.run_in_process(reference, "es"), rules=Rules(**rules))
    return check(interpreter.run_in_process(source, lang), language.shape(source, lang), challenge)


def said(v) -> list[str]:
    return [f.code for f in v.feedback]


def test_the_solution_passes_and_the_near_miss_does_not():
    assert verdict(SQUARE, must_use=("loop",), max_blocks=4).passed
    near = verdict("repetir 3:\n    avanzar(100)\n    derecha(90)\n")
    assert not near.passed and said(near) == ["not-closed"]


def test_the_same_square_written_otherwise_passes():
    assert verdict("repeat 4:\n    fd(50)\n    fd(50)\n    rt(90)\n", lang="en").passed
    assert verdict("izquierda(90)\nrepetir 4:\n    retroceder(100)\n    izquierda(90)\n").passed


def test_what_the_learner_is_told():
    assert verdict("repetir 3:\n    avanzar(100)\n    derecha(120)\n").feedback[0].params == {"have": 3, "want": 4}
    twice = verdict("avanzar(100)\nderecha(90)\nderecha(90)\navanzar(100)\n")
    assert said(twice) == ["extra-turn"] and twice.feedback[0].params["line"] == 3
    short = verdict("repetir 3:\n    avanzar(100)\n    derecha(90)\navanzar(80)\n")
    assert said(short) == ["too-short"] and short.feedback[0].params["line"] == 4
    assert message(short.feedback[0], "en", variant=1) == "Line 4: That line is too short: 80 steps instead of 100."


def test_rules_and_errors():
    unrolled = "avanzar(100)\nderecha(90)\n" * 4
    v = verdict(unrolled, must_use=("loop",))
    assert v.failed_rule == "must_use:loop"
    v = verdict("repetir 4:\n    avanzr(100)\n    derecha(90)\n")
    assert v.failed_rule == "error:unknown-command"
    assert "avanzar" in message(v.feedback[0], "en")
    v = verdict("repetir 4:\n    avanzar(100)\n    derecha(90)\n    mostrar(1)\n", ideal_blocks=3)
    assert v.passed and v.hint is not None


def test_a_dashed_line_and_a_circle():
    dashes = "repetir 3:\n    avanzar(20)\n    subir_lapiz()\n    avanzar(20)\n    bajar_lapiz()\n"
    assert said(verdict("avanzar(120)\n", reference=dashes)) == ["pen-up-forgotten"]
    circle = challenge_from_reference(interpreter.run_in_process("circulo(50)\n", "es"))
    assert circle.uses_circles
    other_steps = "circulo(50, 360, 40)\n"
    assert check(interpreter.run_in_process(other_steps, "es"), language.shape(other_steps, "es"), circle).passed
    bigger = "circulo(60)\n"
    assert not check(interpreter.run_in_process(bigger, "es"), language.shape(bigger, "es"), circle).passed
