"""The evaluator: ordinary programs, and every limit turning a hostile program into an error
(never a hang, never a crash) in the same process."""

from __future__ import annotations

import pytest

from kiosk.turtle.interpreter import run_in_process
from kiosk.turtle.model import Limits


def run(source, lang="es", **limits):
    return run_in_process(source, lang, Limits(**limits))


def error_of(source, lang="es", **limits):
    result = run(source, lang, **limits)
    assert result.error is not None, result
    return result.error


def test_spanish_and_english_draw_the_same():
    es = run("repetir 5:\n    avanzar(80)\n    derecha(144)\nsubir_lapiz()\nir_a(10, 10)\nbajar_lapiz()\n"
             "circulo(20, 90)\ngrosor(2)\ncolor('azul')\nretroceder(5)\nizquierda(30)\navanzar(3)")
    en = run("repeat 5:\n    forward(80)\n    right(144)\npenup()\ngoto(10, 10)\npendown()\n"
             "circle(20, 90)\nwidth(2)\ncolor('blue')\nback(5)\nleft(30)\nforward(3)", "en")
    gn = run("jey 5:\n    tenonde(80)\n    akatua(144)\nsubir_lapiz()\nir_a(10, 10)\nbajar_lapiz()\n"
             "circulo(20, 90)\ngrosor(2)\ncolor('azul')\ntapykue(5)\nasu(30)\navanzar(3)", "gn")
    assert es.ok and en.ok and gn.ok
    assert es.segments == en.segments == gn.segments
    assert es.final == en.final == gn.final
    assert len(es.segments) == 5 + 4 + 1 + 1  # circle(20, 90): 1 + int(14.3 / 4) sides


def test_functions_variables_and_print():
    result = run("def poligono(lados, lado):\n    repetir lados:\n        avanzar(lado)\n"
                 "        izquierda(360 / lados)\n    return lados * lado\n"
                 "total = 0\nfor n in [3, 4]:\n    total += poligono(n, 10)\n"
                 "mostrar('total', total, 7 // 2, 7 % 3, 2 ** 10, -3.5, [1, 'a'], (1,), Verdadero)\n"
                 "mostrar(texto(12) + '!', largo([1, 2]), maximo(3, 9), minimo([4, 2]), redondear(2.567, 1))\n"
                 "mostrar(entero('42') + 1, decimal('1.5'), absoluto(-2), len('hola'))\n"
                 "print()")
    assert result.ok, result.error
    assert len(result.segments) == 7
    assert result.output == ("total 70 3 1 1024 -3.5 [1, 'a'] (1,) True", "12! 2 9 2 2.6", "43 1.5 2 4", "")
    assert [s.command for s in result.steps].count("print") == 4


def test_a_variable_may_take_a_builtin_name_but_not_a_command_name():
    result = run("largo = 30\navanzar(largo)\ntexto = 'hola'\nmostrar(texto)")
    assert result.ok and result.output == ("hola",)
    assert error_of("avanzar = 3").code == "reserved-name"
    assert error_of("mostrar = 3").code == "reserved-name"


def test_recursion_within_the_limit_and_python_scoping():
    result = run("def arbol(n):\n    if n == 0:\n        return 0\n    avanzar(n)\n    arbol(n - 1)\n"
                 "    retroceder(n)\n    return 1\narbol(5)\nx = 1\ndef f():\n    y = x + 1\n    return y\nmostrar(f())")
    assert result.ok and result.output == ("2",) and len(result.segments) == 10


def test_break_continue_while_and_list_items():
    result = run("l = [0, 0, 0]\ni = 0\nwhile True:\n    i += 1\n    if i == 2:\n        continue\n"
                 "    if i > 3:\n        break\n    l[i - 1] = i\nmostrar(l, l[-1], 'a' in 'casa', 5 not in l)")
    assert result.ok and result.output == ("[1, 0, 3] 3 True True",)


@pytest.mark.parametrize("source, code, line", [
    ("while True:\n    pass", "too-many-steps", 2),
    ("x = 0\nwhile x < 10**8:\n    x += 1", "too-many-steps", None),
    ("for i in range(10**9):\n    pass", "collection-too-big", 1),
    ("for i in range(10000):\n    for j in range(10000):\n        pass", "too-many-steps", None),
    ("def f(n):\n    return f(n + 1)\nf(0)", "too-deep", 2),
    ("x = 9**9**9", "number-too-big", 1),
    ("x = 10**1000", "number-too-big", 1),
    ("x = 2\nwhile True:\n    x = x * x", "number-too-big", 3),
    ("x = 1e308 * 10", "number-too-big", 1),
    ("x = (-8) ** 0.5", "not-a-number", 1),
    ("x = 'a' * 10**9", "string-too-long", 1),
    ("s = 'ab'\nwhile True:\n    s = s + s", "string-too-long", 3),
    ("x = [1] * 10**9", "collection-too-big", 1),
    ("x = [0] * 10000\nwhile True:\n    x = x + x", "collection-too-big", 3),
    ("x = [[0] * 10000] * 10000\ny = []\nwhile True:\n    y = y + [x]", "too-many-steps", None),
    ("x = int('9' * 5000)", "number-too-big", 1),
    ("x = '%*d' % (10**9, 1)", "type-mismatch", 1),
    ("x = 1 / 0", "division-by-zero", 1),
    ("x = 'a' + 1", "type-mismatch", 1),
    ("avanzar('diez')", "bad-argument", 1),
    ("avanzar(1, 2)", "wrong-arg-count", 1),
    ("color('chartreuse')", "unknown-color", 1),
    ("y = x + 1", "unknown-name", 1),
    ("n = 0\ndef f():\n    n = n + 1\nf()", "unbound-local", 3),
    ("for x in 5:\n    pass", "not-iterable", 1),
    ("l = [1]\nmostrar(l[3])", "index-error", 2),
    ("l = [1]\nmostrar(l[0.5])", "index-type", 2),
    ("def f():\n    pass\nf = 3\nf()", "not-callable", 4),
    ("circulo(10, 360, 10**6)", "too-many-moves", 1),
    ("while True:\n    avanzar(1)", "too-many-moves", 2),
    ("x = [1]\nx[0] = x\nmostrar(texto(x) * 10000)", "string-too-long", 3),
])
def test_hostile_or_wrong_programs_end_with_an_error(source, code, line):
    error = error_of(source)
    assert error.code == code, error
    if line is not None:
        assert error.line == line


def test_static_refusals_run_nothing():
    for source in ("import os", "__import__('os')", "x = ().__class__.__bases__", "__builtins__",
                   "open('/etc/passwd')", "eval('1')", "exec('1')", "g = (x for x in [1])\ng.gi_frame",
                   "getattr(1, 'x')", "_x = 1"):
        result = run(source)
        assert result.error is not None and result.error.code in (
            "not-allowed", "private-name", "forbidden-name"), source
        assert result.steps == () and result.output == ()


def test_printing_too_much_is_cut():
    result = run("while True:\n    mostrar('hola')", output_lines=20)
    assert result.error.code == "too-much-output"
    assert result.output == ("hola",) * 20
    result = run("mostrar('x' * 5000)\nmostrar('y' * 5000)\nmostrar('z' * 5000)")
    assert result.error.code == "too-much-output"
    assert sum(len(line) for line in result.output) == 10_000
    assert result.output[-1] == "z" * 0 or result.output[-1].startswith("y") or result.output[-1].startswith("z")


def test_what_was_drawn_before_an_error_is_kept():
    result = run("avanzar(10)\nizquierda(90)\navanzar(10)\nx = 1 / 0")
    assert result.error.code == "division-by-zero" and len(result.segments) == 2
    assert result.final.heading == 90.0


def test_a_self_containing_list_prints_like_python():
    assert run("x = [1]\nx[0] = x\nmostrar(x)").output == ("[[...]]",)


def test_step_limit_is_the_limits():
    assert error_of("while True:\n    pass", steps=500).params == {"limit": 500}
    assert run("repetir 10:\n    avanzar(1)", moves=10).ok
    assert error_of("repetir 11:\n    avanzar(1)", moves=10).code == "too-many-moves"
