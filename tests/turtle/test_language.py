"""The language: the repeat sugar keeps line numbers, aliases map to the same commands, and
the AST whitelist refuses everything outside the subset before anything runs."""

from __future__ import annotations

import ast

import pytest

from kiosk.turtle.language import (
    COMMANDS, ES, GN, TurtleProblem, aliases, canonical, parse, prepare, preprocess, shape)


def refused(source, lang="es"):
    with pytest.raises(TurtleProblem) as info:
        prepare(source, lang)
    return info.value.error


def test_repeat_sugar_keeps_line_numbers():
    source = "avanzar(1)\nrepetir 4:\n    avanzar(100)  # lado\n    repeat 2 times:\n        derecha(90)\njey 3:\n  pass"
    text = preprocess(source)
    lines = text.split("\n")
    assert len(lines) == len(source.split("\n"))
    assert lines[1] == "for _ in range(4):"
    assert lines[3] == "    for _ in range(2):"
    assert lines[5] == "for _ in range(3):"
    tree = parse(source)
    loops = [n for n in ast.walk(tree) if isinstance(n, ast.For)]
    assert sorted(n.lineno for n in loops) == [2, 4, 6]


def test_repeat_with_an_expression_and_veces():
    assert preprocess("repetir lados + 1 veces:  # comentario") == "for _ in range(lados + 1):  # comentario"
    assert preprocess("  repeat 3 times:") == "  for _ in range(3):"
    assert preprocess("repetir_algo = 3") == "repetir_algo = 3"  # only the statement form
    assert preprocess("repetir 4: avanzar(10)") == "for _ in range(4): avanzar(10)"


def test_aliases_map_every_language_to_the_same_commands():
    for lang in ("es", "en", "gn"):
        table = aliases(lang)
        for command in COMMANDS:
            assert table[command] == command  # Python's names work everywhere
    assert canonical("avanzar", "es") == "forward" and canonical("avanzar", "gn") == "forward"
    assert canonical("avanzar", "en") is None
    assert canonical("tenonde", "gn") == "forward"
    assert set(ES.values()) >= set(COMMANDS)
    assert set(GN.values()) <= set(aliases("es").values())


def test_an_ordinary_program_is_accepted():
    program = prepare(
        "def casa(lado):\n    repetir 4:\n        avanzar(lado)\n        derecha(90)\n    return lado * 2\n"
        "x = casa(50)\nlista = [1, 2, 3]\nlista[0] = -x\nif x > 10 and not x == 3:\n    mostrar(lista[1])\n"
        "elif x in lista:\n    pass\nelse:\n    x += 1\nwhile x > 0:\n    x = x // 2\n    if x == 3:\n"
        "        break\n    continue\nfor i in rango(1, 10, 2):\n    circulo(i)\n", "es")
    assert program.functions == {"casa"}


@pytest.mark.parametrize("source, code, what", [
    ("import os", "not-allowed", "import"),
    ("from os import system", "not-allowed", "import"),
    ("x = ().__class__.__bases__", "not-allowed", "attribute"),
    ("avanzar.x = 1", "not-allowed", "attribute"),
    ("x = (a for a in [1])", "not-allowed", "comprehension"),
    ("x = [a for a in [1]]", "not-allowed", "comprehension"),
    ("f = lambda: 1", "not-allowed", "lambda"),
    ("def g():\n    yield 1", "not-allowed", "generator"),
    ("with x:\n    pass", "not-allowed", "with"),
    ("try:\n    pass\nexcept:\n    pass", "not-allowed", "try"),
    ("raise 1", "not-allowed", "try"),
    ("class A:\n    pass", "not-allowed", "class"),
    ("def f():\n    global x", "not-allowed", "global"),
    ("print(*[1])", "not-allowed", "starred"),
    ("x = f'{1}'", "not-allowed", "fstring"),
    ("x = {}", "not-allowed", "dict"),
    ("x = {1}", "not-allowed", "set"),
    ("x = [1, 2][0:1]", "not-allowed", "slice"),
    ("x = 1\ndel x", "not-allowed", "delete"),
    ("x = 1 if 2 else 3", "not-allowed", "conditional-expression"),
    ("circulo(5, extent=90)", "not-allowed", "keyword-argument"),
    ("def f(a=1):\n    pass", "not-allowed", "function-arguments"),
    ("def f(*a):\n    pass", "not-allowed", "function-arguments"),
    ("def f():\n    def g():\n        pass", "not-allowed", "nested-def"),
    ("x = 3 & 1", "not-allowed", "operator"),
    ("x = 1 is 1", "not-allowed", "operator"),
    ("x = None", "not-allowed", "constant"),
    ("x = b'a'", "not-allowed", "constant"),
    ("x = avanzar", "not-allowed", "command-as-value"),
    ("a, b = 1, 2", "not-allowed", "assign-target"),
    ("for a, b in [1]:\n    pass", "not-allowed", "loop-variable"),
    ("while 1:\n    break\nelse:\n    pass", "not-allowed", "loop-else"),
    ("(y := 1)", "not-allowed", "walrus"),
    ("x = (1)(2)", "not-allowed", "call"),
])
def test_refused_constructs(source, code, what):
    error = refused(source)
    assert (error.code, error.params.get("what")) == (code, what)
    assert error.line is not None


@pytest.mark.parametrize("source, code", [
    ("__builtins__", "private-name"),
    ("x = __import__('os')", "private-name"),
    ("_secreto = 1", "private-name"),
    ("open('/etc/passwd')", "forbidden-name"),
    ("eval('1')", "forbidden-name"),
    ("exec('x = 1')", "forbidden-name"),
    ("compile('1', 'f', 'eval')", "forbidden-name"),
    ("getattr(1, 'real')", "forbidden-name"),
    ("x = globals", "forbidden-name"),
    ("type(1)", "forbidden-name"),
    ("avanzar = 5", "reserved-name"),
    ("def derecha():\n    pass", "reserved-name"),
    ("def f(avanzar):\n    pass", "reserved-name"),
    ("avansar(10)", "unknown-command"),
    ("break", "outside-loop"),
    ("def f():\n    pass\ncontinue", "outside-loop"),
    ("return 3", "outside-function"),
    ("avanzar(10", "syntax"),
    ("si x > 3:\n    pass", "syntax"),
    ("avanzar(10)\n   derecha(90)", "syntax"),
])
def test_refused_names_and_syntax(source, code):
    assert refused(source).code == code


def test_loop_variable_underscore_is_allowed_but_not_other_private_names():
    prepare("for _ in range(3):\n    avanzar(_)", "es")
    assert refused("for _i in range(3):\n    pass").params == {"name": "_i"}


def test_unknown_command_suggests_the_closest_in_the_language():
    error = refused("avansar(10)")
    assert (error.line, error.params) == (1, {"name": "avansar", "suggestion": "avanzar"})
    assert refused("fordward(10)", "en").params["suggestion"] == "forward"
    assert refused("xyz(1)").params["suggestion"] is None


def test_syntax_error_names_the_line_and_kind():
    error = refused("avanzar(10)\nderecha(90\n")
    assert error.code == "syntax" and error.params["kind"] == "unclosed"
    error = refused("repetir 4:\navanzar(10)")
    assert (error.code, error.line, error.params["kind"]) == ("syntax", 2, "indentation")


def test_english_program_is_refused_in_english_only_for_spanish_names():
    prepare("forward(10)\nrepeat 3:\n    left(120)", "en")
    assert refused("avanzar(10)", "en").code == "unknown-command"


def test_absurdly_nested_source_is_a_syntax_error_not_a_crash():
    assert refused("x = " + "(" * 5000 + "1" + ")" * 5000).code == "syntax"


def test_shape_counts_blocks_loops_and_commands():
    s = shape("# un cuadrado\nrepetir 4:\n    avanzar(100)\n\n    derecha(90)\n", "es")
    assert (s.lines, s.blocks, s.loops, s.conditionals, s.functions) == (3, 3, 1, 0, 0)
    assert s.calls == ("forward", "right")
    s = shape("def f(n):\n    if n > 1:\n        izquierda(n)\nf(3)\nf(4)", "es")
    assert (s.blocks, s.conditionals, s.functions, s.calls) == (5, 1, 1, ("left",))
    assert shape("avanzar(", "es").blocks == 0


def test_deeply_nested_expressions_are_refused_before_running():
    assert refused("x = " + "+".join(["1"] * 1000)).params["kind"] == "too-complex"
    prepare("x = " + "+".join(["1"] * 50), "es")
