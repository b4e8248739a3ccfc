"""``order``, ``sort`` and picture options in lesson files: what the checker says (at which
line), what is right, what the learner and staff are told, what a translation must keep."""

from __future__ import annotations

import pytest
from lesson_tree import LESSON_ES, MODULE_ID, line_of

from kiosk.content.activities import describe_stored, kind_of
from kiosk.content.parser import parse_lesson

ORDER = """\
id: pasos
type: order
prompt: Ordená los pasos.
items:
  - id: uno
    text: Primero
  - id: dos
    text: Segundo
  - id: tres
    text: Tercero
  - id: cuatro
    text: Cuarto
"""

SORT = """\
id: separar
type: sort
prompt: ¿Qué se comparte?
buckets:
  - id: si
    text: Compartir
  - id: no
    text: No compartir
items:
  - id: color
    text: Tu color favorito
    bucket: si
  - id: casa
    text: Tu dirección
    bucket: no
    feedback: Con tu dirección saben dónde vivís.
  - id: clave
    text: Tu contraseña
    bucket: no
"""

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>'


def lesson_with(block: str) -> str:
    return LESSON_ES + "\n---\n\n# Otra\n\n```quiz\n" + block + "```\n"


def parse(tree, block: str, lang: str = "es"):
    text = lesson_with(block)
    if lang != "es":
        text = text.replace("lang: es", f'lang: {lang}\ntranslation_of: "1.0.0"')
    return parse_lesson(tree.lesson(text, lang), MODULE_ID), text


def activity(tree, block: str, lang: str = "es"):
    (lesson, problems), _text = parse(tree, block, lang)
    assert problems == [], [p.format() for p in problems]
    return lesson, lesson.activities[-1]


def only_problem(tree, block: str):
    (lesson, problems), text = parse(tree, block)
    assert lesson is None
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0], text


# --------------------------------------------------------------------------- order


def test_order_reads_items_in_the_right_order_and_other_accepted_orders(tree):
    _lesson, order = activity(tree, ORDER + "also_accept:\n  - [dos, uno, tres, cuatro]\n")
    rules = kind_of(order)
    assert [i.id for i in order.spec.items] == ["uno", "dos", "tres", "cuatro"]
    assert rules.evaluate(order, ("uno", "dos", "tres", "cuatro"))
    assert rules.evaluate(order, ("dos", "uno", "tres", "cuatro"))
    assert not rules.evaluate(order, ("uno", "tres", "dos", "cuatro"))
    assert rules.right_from_start(order, ("uno", "dos", "cuatro", "tres")) == 2
    assert rules.right_from_start(order, ("dos", "uno", "cuatro", "tres")) == 2  # the other order
    assert rules.right_from_start(order, ("tres", "uno", "dos", "cuatro")) == 0


def test_order_starts_mixed_the_same_way_every_time(tree):
    _lesson, order = activity(tree, ORDER)
    rules = kind_of(order)
    start = rules.start_order(order)
    assert sorted(start) == sorted(order.spec.right)
    assert not rules.evaluate(order, start)
    assert rules.right_from_start(order, start) == 0
    assert rules.start_order(order) == start


def test_order_with_every_order_accepted_is_refused(tree):
    block = ORDER.replace("  - id: cuatro\n    text: Cuarto\n", "") + (
        "also_accept:\n  - [uno, tres, dos]\n  - [dos, uno, tres]\n  - [dos, tres, uno]\n"
        "  - [tres, uno, dos]\n  - [tres, dos, uno]\n"
    )
    problem, text = only_problem(tree, block)
    assert problem.line == line_of(text, "also_accept:") + 1
    assert "toda forma de ordenar sería correcta" in problem.message


@pytest.mark.parametrize(
    "also, message",
    [
        ("[uno, dos, tres]", "le falta el id «cuatro»"),
        ("[uno, dos, tres, cinco]", "nombra un id que no está en «items»: «cinco»"),
        ("[uno, uno, dos, tres, cuatro]", "el id «uno» está repetido"),
        ("[uno, dos, tres, cuatro]", "ya es el correcto"),
    ],
)
def test_order_also_accept_problems_point_at_their_line(tree, also, message):
    problem, text = only_problem(tree, ORDER + f"also_accept:\n  - {also}\n")
    assert problem.line == line_of(text, f"  - {also}")
    assert message in problem.message


@pytest.mark.parametrize(
    "change, needle, message",
    [
        (("  - id: tres\n    text: Tercero\n  - id: cuatro\n    text: Cuarto\n", ""), "items:",
         "una actividad «order» necesita entre 3 y 8 en «items» (tiene 2)"),
        (("  - id: dos\n", "  - text: Segundo\n"), "  - text: Segundo",
         "falta el campo obligatorio «id» en el elemento 2"),
        (("id: tres", "id: uno"), "id: uno", "el id «uno» ya lo tiene el elemento 1"),
        (("text: Tercero", "text: Primero"), "text: Primero", "«Primero» está repetido (ya lo dice el elemento 1)"),
        (("text: Tercero", "texto: Tercero"), "texto: Tercero", "campo desconocido «texto» (¿quisiste decir «text»?)"),
    ],
)
def test_order_item_problems_point_at_their_line(tree, change, needle, message):
    block = ORDER.replace(*change)
    (lesson, problems), text = parse(tree, block)
    assert lesson is None
    assert message in [p.message for p in problems], [p.format() for p in problems]
    found = next(p for p in problems if p.message == message)
    assert found.line == line_of(text, needle, nth=-1)


def test_order_answers_said_for_staff_with_how_many_were_in_place(tree):
    lesson, order = activity(tree, ORDER)
    rules = kind_of(order)
    wrong = ("uno", "tres", "dos", "cuatro")
    assert rules.describe(order, wrong, "es") == (
        "Primero → Tercero → Segundo → Cuarto (bien desde el principio: 1 de 4)")
    assert rules.describe(order, wrong, "en") == (
        "Primero → Tercero → Segundo → Cuarto (right from the start: 1 of 4)")
    assert rules.describe(order, order.spec.right, "es") == "Primero → Segundo → Tercero → Cuarto"
    assert rules.describe(order, (), "es") == "(no eligió nada)"
    assert rules.decode(order, {"order": "uno"}) is None
    assert "elemento «viejo»" in rules.describe(order, ("viejo", "uno"), "es")


def test_an_order_translation_keeps_ids_and_order(tree):
    _l, spanish = activity(tree, ORDER)
    _l, same = activity(tree, ORDER.replace("text: Primero", "text: First"), "en")
    _l, moved = activity(tree, ORDER.replace("  - id: uno\n    text: Primero\n", "")
                         .replace("    text: Cuarto\n", "    text: Cuarto\n  - id: uno\n    text: Primero\n"), "en")
    _l, other = activity(tree, ORDER + "also_accept:\n  - [dos, uno, tres, cuatro]\n", "en")
    rules = kind_of(spanish)
    assert rules.mismatch(spanish, same) is None
    assert "no están en el mismo orden" in rules.mismatch(spanish, moved)
    assert "also_accept" in rules.mismatch(spanish, other)


# --------------------------------------------------------------------------- sort


def test_sort_is_right_when_every_item_is_in_its_bucket(tree):
    _lesson, sort = activity(tree, SORT)
    rules = kind_of(sort)
    right = rules.solution(sort)
    assert dict(right) == {"color": "si", "casa": "no", "clave": "no"}
    assert rules.evaluate(sort, right)
    wrong = (("casa", "si"), ("clave", "no"), ("color", "si"))
    assert not rules.evaluate(sort, wrong)
    assert [i.id for i in rules.misplaced(sort, wrong)] == ["casa"]
    assert rules.misplaced(sort, wrong)[0].feedback == "Con tu dirección saben dónde vivís."
    assert rules.encode(wrong) == {"placed": {"casa": "si", "clave": "no", "color": "si"}}
    assert rules.describe(sort, wrong, "es") == (
        "Compartir: Tu color favorito, Tu dirección · No compartir: Tu contraseña (bien: 2 de 3)")
    assert rules.describe(sort, wrong, "en").endswith("(right: 2 of 3)")
    assert rules.describe(sort, right, "es") == (
        "Compartir: Tu color favorito · No compartir: Tu dirección, Tu contraseña")
    assert not rules.evaluate(sort, (("casa", "no"), ("clave", "no")))  # one left out


@pytest.mark.parametrize(
    "change, needle, message",
    [
        (("bucket: si", "bucket: tal-vez"), "bucket: tal-vez",
         "«bucket: tal-vez» no es el id de uno de los lugares de «buckets» (se esperaba si o no)"),
        (("  - id: no\n    text: No compartir\n", ""), "buckets:",
         "una actividad «sort» necesita entre 2 y 4 en «buckets» (tiene 1)"),
        (("    bucket: si\n", "    bucket: no\n"), "items:",
         "todos los elementos van al mismo lugar: así no hay nada que separar"),
        (("    bucket: si\n", ""), "  - id: color", "falta el campo obligatorio «bucket» en el elemento 1"),
    ],
)
def test_sort_problems_point_at_their_line(tree, change, needle, message):
    block = SORT.replace(*change)
    (lesson, problems), text = parse(tree, block)
    assert lesson is None
    assert message in [p.message for p in problems], [p.format() for p in problems]
    found = next(p for p in problems if p.message == message)
    assert found.line == line_of(text, needle, nth=-1)


def test_a_sort_translation_keeps_buckets_items_and_where_they_go(tree):
    _l, spanish = activity(tree, SORT)
    _l, same = activity(tree, SORT.replace("text: Compartir", "text: Share"), "en")
    _l, moved = activity(tree, SORT.replace("    bucket: si\n", "    bucket: no\n").replace(
        "  - id: casa\n    text: Tu dirección\n    bucket: no", "  - id: casa\n    text: Tu dirección\n    bucket: si"), "en")
    rules = kind_of(spanish)
    assert rules.mismatch(spanish, same) is None
    assert "va a otro lugar" in rules.mismatch(spanish, moved)


# --------------------------------------------------------------------------- pictures


PICTURE_SINGLE = """\
id: fotos
type: single
prompt: ¿Cuál subís?
options:
  - id: perro
    image: img/perro.svg
    alt: Tu perro
    correct: true
  - id: casa
    text: Tu casa
"""


def test_a_picture_option_is_its_file_and_its_alt(tree):
    tree.write("internet-seguro/cuida-tus-secretos/img/perro.svg", SVG)
    lesson, single = activity(tree, PICTURE_SINGLE)
    perro = single.option("perro")
    assert perro.image == tree.module_dir / "img" / "perro.svg"
    assert perro.text == "" and perro.alt == "Tu perro" and perro.label == "Tu perro"
    assert single.option("casa").image is None
    rules = kind_of(single)
    assert rules.describe(single, frozenset({"perro"}), "es") == "Tu perro"


@pytest.mark.parametrize(
    "change, needle, message",
    [
        (("    alt: Tu perro\n", ""), "image: img/perro.svg", "falta «alt» en la opción 1"),
        (("img/perro.svg", "img/gato.svg"), "image: img/gato.svg", "no existe el archivo de imagen «img/gato.svg»"),
        (("img/perro.svg", "../perro.svg"), "image: ../perro.svg", "está fuera de la carpeta del módulo"),
        (("img/perro.svg", "https://x.org/p.svg"), "image: https://x.org/p.svg", "es una dirección web"),
        (("    text: Tu casa\n", "    text: Tu casa\n    alt: Una casa\n"), "alt: Una casa",
         "«alt» va solo con «image» (en la opción 2)"),
        (("    alt: Tu perro\n", "    alt: Tu casa\n"), "text: Tu casa", "la opción «Tu casa» está repetida"),
    ],
)
def test_picture_problems_point_at_their_line(tree, change, needle, message):
    tree.write("internet-seguro/cuida-tus-secretos/img/perro.svg", SVG)
    tree.write("internet-seguro/perro.svg", SVG)
    block = PICTURE_SINGLE.replace(*change)
    (lesson, problems), text = parse(tree, block)
    assert lesson is None
    found = [p for p in problems if message in p.message]
    assert found, [p.format() for p in problems]
    assert found[0].line == line_of(text, needle, nth=-1)


def test_order_and_sort_items_may_be_pictures(tree):
    tree.write("internet-seguro/cuida-tus-secretos/img/perro.svg", SVG)
    _l, order = activity(tree, ORDER.replace("    text: Segundo\n", "    image: img/perro.svg\n    alt: Un perro\n"))
    assert order.spec.items[1].image is not None and order.spec.items[1].label == "Un perro"
    _l, sort = activity(tree, SORT.replace("    text: Tu color favorito\n", "    image: img/perro.svg\n    alt: Tu perro\n"))
    assert kind_of(sort).describe(sort, kind_of(sort).solution(sort), "en").startswith("Compartir: Tu perro")


def test_staff_read_stored_order_and_sort_answers(tree):
    from test_activity_contract import catalog_of

    lesson, order = activity(tree, ORDER)
    catalog = catalog_of(lesson)
    said = describe_stored(catalog, lesson.question_key(order), '{"order": ["dos", "uno", "tres", "cuatro"]}', "es")
    assert said == "Segundo → Primero → Tercero → Cuarto (bien desde el principio: 0 de 4)"
    assert describe_stored(catalog, lesson.question_key(order), '{"placed": 3}', "es") == "(respuesta ilegible)"
