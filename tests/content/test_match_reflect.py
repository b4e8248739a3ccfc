"""``match`` and ``reflect`` (lessons/README.md): what the checker says at path:line, the answer
rules, the translation rule, and that a reflection never counts in a score."""

from __future__ import annotations

import pytest
from lesson_tree import LESSON_ES, MODULE, SLUG, TRACK, line_of
from test_activity_contract import spec_example

from kiosk.content.activities import describe_stored, graded_questions, kind_of
from kiosk.content.catalog import check_tree, load_catalog
from kiosk.content.parser import parse_lesson
from kiosk.core.scoring import first_attempt_score

LESSON_ID = f"{TRACK}/{MODULE}/{SLUG}"


def with_quiz(block: str, text: str = LESSON_ES) -> str:
    return text + "\n---\n\n# Otra\n\n```quiz\n" + block + "```\n"


def problems_of(tree, text: str) -> list:
    lesson, problems = parse_lesson(tree.lesson(text), f"{TRACK}/{MODULE}")
    assert lesson is None
    return problems


def only(tree, text: str):
    problems = problems_of(tree, text)
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


MATCH = spec_example("match")
REFLECT = spec_example("reflect")


# -- match -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "needle", "message"),
    [
        (lambda b: b.replace("match: contar", "match: llamar"), "match: llamar",
         "«match: llamar» no es el id de ningún elemento de «right» (se esperaba contar, "
         "contestar, no-pasar)"),
        (lambda b: b.replace("  - id: contar\n", "  - id: no-pasar\n"), "  - id: no-pasar",
         "el id «no-pasar» ya lo tiene el elemento 1 de «right»"),
        (lambda b: b.replace("  - id: foto\n", "  - id: Foto!\n"), "id: Foto!",
         "id «Foto!» no válido en «left»: usá letras sin acentos, números y guiones"),
        (lambda b: b.replace("    match: no-pasar\n", ""), "  - id: codigo",
         "falta el campo obligatorio «match» en el elemento 1 de «left»"),
        (lambda b: b.replace("right:\n", "right: ninguna\nderecha:\n"), "right: ninguna",
         "«right» debe ser una lista («- id: ...» y «text: ...»)"),
    ],
    ids=["unknown-partner", "repeated-id", "bad-id", "no-match", "not-a-list"],
)
def test_the_checker_says_what_is_wrong_with_a_match(tree, change, needle, message):
    block = change(MATCH)
    if "derecha:" in block:  # the old list left under an unknown key: only the first problem matters
        block = block.split("derecha:\n")[0] + "\n"
    text = with_quiz(block)
    problems = problems_of(tree, text)
    nth = 2 if needle == "  - id: no-pasar" else 1
    assert (problems[0].line, problems[0].message) == (line_of(text, needle, nth), message)


def test_a_match_needs_two_to_six_left_items(tree):
    one_left = MATCH.split("  - id: foto")[0] + "right:" + MATCH.split("right:")[1]
    text = with_quiz(one_left)
    problem = only(tree, text)
    assert problem.line == line_of(text, "left:")
    assert problem.message == "«left» necesita entre 2 y 6 elementos (tiene 1)"


def test_match_answers_feedback_and_words(tree):
    text = with_quiz(MATCH)
    lesson, problems = parse_lesson(tree.lesson(text), f"{TRACK}/{MODULE}")
    assert problems == []
    activity = lesson.activity("que-hago")
    rules = kind_of(activity)
    assert rules.graded
    assert [i.id for i in activity.spec.distractors] == ["contestar"]
    right = (("codigo", "no-pasar"), ("foto", "contar"))
    assert rules.solution(activity) == right and rules.evaluate(activity, right)
    assert not rules.evaluate(activity, (("codigo", "no-pasar"), ("foto", "contestar")))
    assert not rules.evaluate(activity, (("codigo", "no-pasar"),))  # every left item is needed
    assert rules.encode(right) == {"pairs": {"codigo": "no-pasar", "foto": "contar"}}
    assert rules.describe(activity, (("foto", "contestar"), ("codigo", "no-pasar")), "es") == (
        "Te llega un mensaje que te pide el código que recibiste por SMS. → No se lo paso a nadie.; "
        "Alguien que no conocés te pide una foto. → Le contesto enseguida para no quedar mal.")
    assert rules.decode(activity, {"pairs": {"foto": 3}}) is None
    assert rules.decode(activity, {"chosen": ["a"]}) is None


MATCH_EN = """\
id: que-hago
type: match
prompt: Match each situation with what to do.
left:
  - id: foto
    text: Someone you don't know asks you for a photo.
    match: contar
  - id: codigo
    text: A message asks you for the code you got by SMS.
    match: no-pasar
right:
  - id: contestar
    text: I answer at once.
  - id: contar
    text: I tell a trusted adult.
  - id: no-pasar
    text: I give it to nobody.
"""


def english(block: str) -> str:
    return (with_quiz(block, LESSON_ES.replace("lang: es", 'lang: en\ntranslation_of: "1.0.0"'))
            .replace("title: Contraseñas fuertes", "title: Strong passwords"))


def test_a_match_translation_keeps_ids_and_pairs_in_any_order(tree):
    tree.lesson(with_quiz(MATCH))
    tree.lesson(english(MATCH_EN), lang="en")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    stored = '{"pairs":{"codigo":"no-pasar","foto":"contestar"}}'
    assert describe_stored(catalog, f"{LESSON_ID}#que-hago", stored, "en") == (
        "Someone you don't know asks you for a photo. → I answer at once.; "  # English order
        "A message asks you for the code you got by SMS. → I give it to nobody.")


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda b: b.replace("match: contar", "match: contestar"),
         "las parejas no son las mismas (en español: foto → contar; aquí: foto → contestar)"),
        (lambda b: b.replace("id: contestar", "id: responder"),
         "los elementos de «right» no son los mismos (en español: no-pasar, contar, contestar; "
         "aquí: responder, contar, no-pasar)"),
    ],
    ids=["other-pair", "other-ids"],
)
def test_the_checker_refuses_a_match_translation_that_differs(tree, change, fragment):
    tree.lesson(with_quiz(MATCH))
    path = tree.lesson(english(change(MATCH_EN)), lang="en")
    problems = check_tree(tree.root)
    assert [p.path for p in problems] == [path]
    assert fragment in problems[0].message


# -- reflect -----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["free_text", "texto_libre", "otro"])
def test_a_reflection_refuses_free_text(tree, key):
    text = with_quiz(REFLECT + f"{key}: true\n")
    problem = only(tree, text)
    assert problem.line == line_of(text, f"{key}: true")
    assert problem.message == (
        f"«{key}»: una reflexión no guarda texto escrito (la compu es compartida); ofrecé "
        "respuestas para elegir en «options»")


def test_a_reflection_has_no_right_answer(tree):
    text = with_quiz(REFLECT.replace("    text: Preocupado.\n", "    text: Preocupado.\n    correct: true\n"))
    problem = only(tree, text)
    assert problem.line == line_of(text, "options:", -1)
    assert problem.message == "una reflexión no tiene respuestas correctas: sacá «correct» de «Preocupado.»"


def test_a_reflection_is_complete_with_any_one_preset_and_never_counts_in_a_score(tree):
    text = with_quiz(REFLECT)  # after LESSON_ES's graded activities
    lesson, problems = parse_lesson(tree.lesson(text), f"{TRACK}/{MODULE}")
    assert problems == []
    reflect = lesson.activity("como-me-siento")
    rules = kind_of(reflect)
    assert not rules.graded and rules.wrong_answers(reflect) == []
    for option_id in ("tranquilo", "dudo", "preocupado"):
        assert rules.evaluate(reflect, frozenset({option_id}))
    assert not rules.evaluate(reflect, frozenset({"tranquilo", "dudo"}))
    assert not rules.evaluate(reflect, frozenset({"otra"}))
    assert rules.describe(reflect, frozenset({"dudo"}), "es") == "Con dudas, no sé bien qué hacer."

    questions = graded_questions(lesson)
    reflect_key = lesson.question_key(reflect)
    assert reflect_key not in questions and len(questions) == len(lesson.activities) - 1
    single_keys = [q for q in questions if q.endswith("#larga-o-corta")]
    # Whatever the reflection's attempts say (first, or "wrong"), the score follows the graded ones.
    wrong_first = [(reflect_key, False), (reflect_key, True)]
    all_right = [(q, True) for q in questions]
    assert first_attempt_score(questions, wrong_first + all_right) == 1.0
    missed = [(single_keys[0], False)] + all_right
    assert first_attempt_score(questions, [(reflect_key, True), *missed]) == (len(questions) - 1) / len(questions)


def test_a_reflection_translation_keeps_the_option_ids(tree):
    tree.lesson(with_quiz(REFLECT))
    other = REFLECT.replace("id: dudo", "id: no-se")
    path = tree.lesson(english(other), lang="en")
    [problem] = check_tree(tree.root)
    assert problem.path == path
    assert "las opciones no son las mismas (en español: tranquilo, dudo, preocupado; aquí: " \
           "tranquilo, no-se, preocupado)" in problem.message
