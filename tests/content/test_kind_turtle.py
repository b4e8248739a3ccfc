"""The activity kind ``turtle`` in lesson files: what the checker says (at which line), what an
answer is and how staff read it, what a translation must keep; and ``kiosk lessons check``
running every challenge's reference solution and near miss with the real interpreter and checker."""

from __future__ import annotations

import json

import pytest
from lesson_tree import LESSON_ES, MODULE_ID, line_of

from kiosk.content.activities import describe_stored, kind_of
from kiosk.content.activities.turtle import MAX_PROGRAM, TurtleAnswer, make_answer
from kiosk.content.parser import parse_lesson

SQUARE = """\
id: cuadrado
type: turtle
mode: blocks
prompt: Dibujá un cuadrado de 100 pasos de lado.
solution: |
  repetir 4:
      avanzar(100)
      derecha(90)
near_miss: |
  repetir 3:
      avanzar(100)
      derecha(90)
starter: |
  avanzar(100)
palette: [avanzar, derecha, izquierda, repetir]
tolerance: 2
rules:
  must_use: [loop]
  max_blocks: 4
  ideal_blocks: 3
hints:
  - Un cuadrado tiene cuatro lados iguales y cuatro giros iguales.
explanation: Con repetir no tenés que escribir cuatro veces lo mismo.
"""


def lesson_with(block: str) -> str:
    return LESSON_ES + "\n---\n\n# Otra\n\n```quiz\n" + block + "```\n"


def parse(tree, block: str, lang: str = "es"):
    text = lesson_with(block)
    if lang != "es":
        text = text.replace("lang: es", f'lang: {lang}\ntranslation_of: "1.0.0"')
    return parse_lesson(tree.lesson(text, lang), MODULE_ID), text


def activity(tree, block: str = SQUARE):
    (lesson, problems), text = parse(tree, block)
    assert problems == [], [p.format() for p in problems]
    return lesson, lesson.activities[-1], text


def only_problem(tree, block: str):
    (lesson, problems), text = parse(tree, block)
    assert lesson is None
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0], text


# --------------------------------------------------------------------------- parsing


def test_every_field_is_read(tree):
    _lesson, square, text = activity(tree)
    spec = square.spec
    assert square.kind == "turtle"
    assert spec.mode == "blocks"
    assert spec.solution == "repetir 4:\n    avanzar(100)\n    derecha(90)"
    assert spec.near_miss.startswith("repetir 3:")
    assert spec.starter == "avanzar(100)"
    assert spec.palette == ("avanzar", "derecha", "izquierda", "repetir")
    assert spec.tolerance == 2.0
    assert spec.rules.must_use == ("loop",) and spec.rules.max_blocks == 4
    assert spec.rules.ideal_blocks == 3 and spec.rules.max_lines is None
    assert spec.output is None
    assert spec.hints == ("Un cuadrado tiene cuatro lados iguales y cuatro giros iguales.",)
    # the program's first line is known, so errors inside it can point at their own line
    assert spec.solution_line == line_of(text, "repetir 4:")
    assert spec.near_miss_line == line_of(text, "repetir 3:")


def test_the_optional_fields_have_defaults(tree):
    block = SQUARE.split("starter:")[0].replace("mode: blocks", "mode: text") + 'output: ["10", "20"]\n'
    _lesson, square, _text = activity(tree, block)
    spec = square.spec
    assert (spec.starter, spec.palette, spec.tolerance, spec.hints) == ("", (), 2.0, ())
    assert spec.rules.must_use == () and spec.rules.max_blocks is None
    assert spec.output == ("10", "20")


@pytest.mark.parametrize(
    "change, needle, message",
    [
        (("mode: blocks", "mode: bloques"), "mode:", "«mode» debe ser blocks"),
        (("near_miss: |\n  repetir 3:", "near_miss: |\n  repetir 4:"), "near_miss:", "es igual a «solution»"),
        (("tolerance: 2", "tolerance: 0"), "tolerance:", "«tolerance» debe ser un número mayor que 0"),
        (("tolerance: 2", 'tolerance: "2"'), "tolerance:", "«tolerance» debe ser un número"),
        (("must_use: [loop]", "must_use: [bucle]"), "must_use:", "valor desconocido «bucle» en «must_use»"),
        (("max_blocks: 4", "max_blocks: cuatro"), "max_blocks:", "«max_blocks» debe ser un número entero"),
        (("max_blocks: 4", "max_blocks: 0"), "max_blocks:", "mayor que 0"),
        (("ideal_blocks: 3", "ideal_blocks: 5"), "ideal_blocks:", "no puede ser mayor que «max_blocks»"),
        (("  max_blocks: 4", "  max_bloques: 4"), "max_bloques:", "campo desconocido «max_bloques»"),
        (("palette: [avanzar, derecha, izquierda, repetir]", "palette: [avanzar, avanzar]"), "palette:",
         "el bloque «avanzar» está repetido"),
        (("palette: [avanzar, derecha, izquierda, repetir]", "palette: [avanzar(100)]"), "palette:",
         "no es un nombre de bloque"),
        (("palette: [avanzar, derecha, izquierda, repetir]", "palette: avanzar"), "palette:",
         "«palette» debe ser una lista"),
        (("hints:\n  - Un cuadrado", "hints: Un cuadrado"), "hints:", "«hints» debe ser una lista"),
        (("solution: |", "solution: >"), "solution:", "debe ir con «|»"),
        (("rules:\n  must_use: [loop]", "rules: [loop]\nx:\n  must_use: [loop]"), "rules:", "«rules» debe tener campos"),
    ],
)
def test_problems_point_at_their_line(tree, change, needle, message):
    old, new = change
    assert old in SQUARE
    block = SQUARE.replace(old, new)
    if "x:\n" in block:  # the rest of the rules made into an unknown field: only look at rules
        block = block.replace("x:\n  must_use: [loop]\n  max_blocks: 4\n  ideal_blocks: 3\n", "")
    problem, text = only_problem(tree, block)
    assert problem.line == line_of(text, needle, -1 if needle == "hints:" else 1), problem.format()
    assert message in problem.message, problem.message


def test_a_missing_solution_or_near_miss_is_reported(tree):
    block = SQUARE.split("near_miss:")[0].replace("solution: |\n  repetir 4:\n      avanzar(100)\n      derecha(90)\n", "")
    (lesson, problems), _text = parse(tree, block)
    assert lesson is None
    said = " ".join(p.message for p in problems)
    assert "falta el campo obligatorio «solution»" in said
    assert "falta el campo obligatorio «near_miss»" in said


def test_an_empty_program_and_palette_in_text_mode_are_refused(tree):
    problem, text = only_problem(tree, SQUARE.replace("solution: |\n  repetir 4:\n      avanzar(100)\n      derecha(90)\n",
                                                      "solution: ''\n"))
    assert "«solution» está vacío" in problem.message and problem.line == line_of(text, "solution:")
    problem, text = only_problem(tree, SQUARE.replace("mode: blocks", "mode: text"))
    assert "«palette» es solo para «mode: blocks»" in problem.message
    assert problem.line == line_of(text, "palette:")


def test_output_must_be_a_list_of_lines(tree):
    problem, text = only_problem(tree, SQUARE + "output: 10\n")
    assert "«output» debe ser la lista de líneas" in problem.message
    assert problem.line == line_of(text, "output:")


def test_a_turtle_challenge_is_not_allowed_in_a_sensitive_lesson(tree):
    from kiosk.content.catalog import scan_tree

    text = lesson_with(SQUARE).replace("lang: es", "lang: es\nsensitive: true")
    tree.lesson(text)
    tree.write("ayuda.yaml", "schema: kiosco-leccion/1\nlines:\n  - id: x\n    name: {es: Alguien}\n"
                             "    who: {es: Quien}\n    hours: {es: Siempre}\n    verified: null\n")
    said = [p.message for p in scan_tree(tree.root).catalog.problems]
    assert any("guarda texto escrito por quien aprende" in m for m in said), said


# --------------------------------------------------------------------------- answers


def test_answers_carry_the_verdict_and_round_trip(tree):
    _lesson, square, _text = activity(tree)
    rules = kind_of(square)
    right = rules.solution(square)
    assert right == TurtleAnswer(square.spec.solution, True) and rules.evaluate(square, right)
    [wrong] = rules.wrong_answers(square)
    assert wrong.program == square.spec.near_miss and not rules.evaluate(square, wrong)
    failed = TurtleAnswer("avanzar(100)", False, "must_use:loop")
    stored = rules.encode(failed)
    assert stored == {"program": "avanzar(100)", "passed": False, "rule": "must_use:loop"}
    back = rules.decode(square, json.loads(json.dumps(stored)))
    assert back == failed and back.rule == "must_use:loop"
    for bad in ([], {"program": 3, "passed": True}, {"program": "x", "passed": "yes"},
                {"program": "x", "passed": False, "rule": 4}):
        assert rules.decode(square, bad) is None


def test_a_long_program_is_capped():
    answer = make_answer("avanzar(1)\n" * 5000, False, "drawing")
    assert len(answer.program) == MAX_PROGRAM
    assert make_answer("x", True, "drawing").rule is None  # a program that passed failed no rule


def test_staff_read_the_verdict_and_the_first_lines(tree):
    lesson, square, _text = activity(tree)
    rules = kind_of(square)
    from test_activity_contract import catalog_of

    catalog = catalog_of(lesson)
    key = lesson.question_key(square)
    solved = json.dumps(rules.encode(rules.solution(square)))
    assert describe_stored(catalog, key, solved, "es") == \
        "Resuelto: repetir 4: / avanzar(100) / derecha(90)"
    long = TurtleAnswer("avanzar(10)\n\nderecha(90)\navanzar(10)\nderecha(90)\navanzar(10)", False, "drawing")
    assert rules.describe(square, long, "es") == (
        "Sin resolver (el dibujo no es el pedido): avanzar(10) / derecha(90) / avanzar(10) … (2 líneas más)")
    assert rules.describe(square, TurtleAnswer("", False, "must_use:loop"), "en") == \
        "Not solved (does not use loop)"
    assert rules.describe(square, TurtleAnswer("", True), "en") == "Solved: (empty program)"


# --------------------------------------------------------------------------- translations


def test_a_translation_keeps_mode_rules_tolerance_and_output(tree):
    english = SQUARE.replace("repetir 4:", "repeat 4:").replace("avanzar(100)", "forward(100)")
    ((_es, problems), _text) = parse(tree, SQUARE)
    assert problems == []
    ((en, problems), _text) = parse(tree, english, "en")
    assert problems == []
    rules = kind_of(en.activities[-1])
    spanish = _es.activities[-1]
    assert rules.mismatch(spanish, en.activities[-1]) is None  # its own solution text is fine
    for old, new, said in [("mode: blocks", "mode: text\n", "«mode»"),
                           ("max_blocks: 4", "max_blocks: 5", "«rules»"),
                           ("tolerance: 2", "tolerance: 3", "«tolerance»")]:
        block = english.replace(old, new)
        if new.startswith("mode: text"):
            block = block.replace("palette: [avanzar, derecha, izquierda, repetir]\n", "")
        ((other, problems), _text) = parse(tree, block, "en")
        assert problems == [], [p.format() for p in problems]
        assert said in rules.mismatch(spanish, other.activities[-1])


# --------------------------------------------------------------------------- kiosk lessons check

interpreter = pytest.importorskip("kiosk.turtle.interpreter")
checker = pytest.importorskip("kiosk.turtle.check")


def check_tree(tree, block: str = SQUARE, english: str | None = None):
    """``kiosk lessons check`` of the tree with ``block`` (and its English translation), as the
    command line runs it: the output and the exit code."""
    import io

    from kiosk.commands.turtle_lessons import challenge_problems
    from kiosk.content.check import run_check

    text = lesson_with(block)
    tree.lesson(text)
    if english is not None:
        tree.lesson(lesson_with(english).replace("lang: es", 'lang: en\ntranslation_of: "1.0.0"'), "en")
    out = io.StringIO()
    code = run_check(tree.root, out, checks=(challenge_problems,))
    return code, out.getvalue(), text


def test_the_check_runs_the_solution_and_the_near_miss(tree):
    code, said, _text = check_tree(tree)
    assert code == 0, said
    assert "turtle 1" in said


def test_a_near_miss_that_passes_is_an_error_at_the_activity(tree):
    # a near miss that draws the same square another way passes: it must be a real miss
    block = SQUARE.replace("near_miss: |\n  repetir 3:", "near_miss: |\n  repetir 5:")
    code, said, text = check_tree(tree, block)
    assert code == 1
    fence = line_of(text, "id: cuadrado") - 1
    assert f":{fence}: desafío «cuadrado»: el casi-acierto («near_miss») pasa el desafío" in said, said


def test_a_solution_that_breaks_is_an_error_with_the_checkers_words(tree):
    block = SQUARE.replace("      derecha(90)\nnear_miss", "      derecha(90\nnear_miss")
    code, said, text = check_tree(tree, block)
    assert code == 1
    fence = line_of(text, "id: cuadrado") - 1
    assert f":{fence}: desafío «cuadrado»: la solución («solution») no funciona" in said, said
    assert f"(línea {line_of(text, 'derecha(90', 1)}" in said or "línea" in said


def test_a_solution_that_breaks_its_own_rules_is_reported(tree):
    block = SQUARE.replace("max_blocks: 4", "max_blocks: 2").replace("ideal_blocks: 3", "ideal_blocks: 2")
    code, said, _text = check_tree(tree, block)
    assert code == 1
    assert "no pasa su propio desafío" in said, said


ENGLISH = (SQUARE.replace("repetir", "repeat").replace("avanzar", "forward").replace("derecha", "right")
           .replace("izquierda", "left"))


def test_a_translation_must_draw_the_same(tree):
    english = ENGLISH
    code, said, _text = check_tree(tree, SQUARE, english)
    assert code == 0, said
    wrong = english.replace("forward(100)\n      right(90)\nnear_miss", "forward(90)\n      right(90)\nnear_miss", 1)
    assert wrong != english
    code, said, _text = check_tree(tree, SQUARE, wrong)
    assert code == 1
    assert "contrasenas-fuertes.en.md" in said and "no dibuja lo mismo que la solución en español" in said, said


def test_an_unknown_palette_tile_is_reported(tree):
    code, said, _text = check_tree(tree, SQUARE.replace("izquierda, repetir]", "izquierda, saltar]"))
    assert code == 1
    assert "«palette» nombra «saltar»" in said, said


def test_the_bundled_sample_challenge_passes(tmp_path):
    """lessons/muestra/todas-las-actividades has a turtle challenge; the check runs it."""
    import io
    import shutil
    from pathlib import Path

    from kiosk.commands.turtle_lessons import challenge_problems, turtle_activities
    from kiosk.content.catalog import scan_tree
    from kiosk.content.check import run_check

    root = Path(__file__).resolve().parents[2] / "lessons"
    copy = tmp_path / "lessons"
    shutil.copytree(root / "muestra", copy / "muestra")
    for name in ("ayuda.yaml", "glosario.gn.yaml"):
        if (root / name).exists():
            shutil.copy(root / name, copy / name)
    found = list(turtle_activities(scan_tree(copy).catalog))
    assert found, "the sample module has no turtle challenge"
    out = io.StringIO()
    assert run_check(copy, out, checks=(challenge_problems,)) == 0, out.getvalue()


def test_difficult_questions_count_runs_by_the_rule_that_failed(tree):
    from kiosk.content.activities import normalise_stored
    from test_activity_contract import catalog_of

    lesson, square, _text = activity(tree)
    rules = kind_of(square)
    catalog = catalog_of(lesson)
    key = lesson.question_key(square)
    one = json.dumps(rules.encode(TurtleAnswer("repetir 3:\n    avanzar(100)", False, "drawing")))
    other = json.dumps(rules.encode(TurtleAnswer("avanzar(100)\nderecha(90)", False, "drawing")))
    loop = json.dumps(rules.encode(TurtleAnswer("avanzar(100)", False, "must_use:loop")))
    assert normalise_stored(catalog, key, one) == normalise_stored(catalog, key, other)
    assert normalise_stored(catalog, key, loop) != normalise_stored(catalog, key, one)
    said = describe_stored(catalog, key, normalise_stored(catalog, key, one), "es")
    assert said == "Sin resolver (el dibujo no es el pedido)"


def test_a_blocks_challenge_must_be_buildable_with_the_blocks_editor(tree):
    # a circle has no block: a child could never build this solution
    block = SQUARE.replace("      avanzar(100)\n      derecha(90)\nnear_miss", "      ir_a(50, 0)\n      derecha(90)\nnear_miss")
    code, said, _text = check_tree(tree, block)
    assert code == 1
    assert "la solución no se puede armar con bloques" in said, said
    # a block the solution needs is not offered
    code, said, _text = check_tree(tree, SQUARE.replace("[avanzar, derecha, izquierda, repetir]", "[avanzar, izquierda, repetir]"))
    assert code == 1
    assert "la solución usa el bloque «derecha», que no está en «palette»" in said, said
    # the same challenge in text mode is fine
    text_mode = block.replace("mode: blocks", "mode: text").replace("palette: [avanzar, derecha, izquierda, repetir]\n", "")
    code, said, _text = check_tree(tree, text_mode.replace("max_blocks: 4", "max_blocks: 5"))
    assert "no se puede armar con bloques" not in said


def test_a_free_drawing_compares_no_target_but_asks_for_a_drawing_and_the_rules():
    from types import SimpleNamespace

    from kiosk.content.activities.turtle import TurtleRules
    from kiosk.turtle.challenge import challenge_for, grade

    spec = SimpleNamespace(solution="repetir 6:\n    circulo(40)\n    derecha(60)\n", near_miss="avanzar(10)\n",
                           tolerance=2.0, rules=TurtleRules(must_use=("loop",)), output=None, free=True,
                           mode="text", palette=(), starter="")
    assert challenge_for(spec, "es").target == ()  # nothing shown faintly, nothing compared
    assert grade("repetir 3:\n    avanzar(50)\n    izquierda(120)\n", spec, "es").passed  # any drawing
    nothing = grade("repetir 3:\n    subir_lapiz()\n", spec, "es")
    assert not nothing.passed and nothing.feedback[0].code == "nothing-drawn"
    assert not grade("avanzar(50)\n", spec, "es").passed  # the rule: a loop
