"""Stored answers keep their meaning across translations: option ids, and a checker that refuses
a translation whose activities do not match the Spanish ones (lessons/README.md, "Translations")."""

from __future__ import annotations

import pytest
from lesson_tree import LESSON_ES, MODULE, SLUG, TRACK, line_of

from kiosk.content.activities import decode_answer, describe_stored, kind_of
from kiosk.content.catalog import check_tree, load_catalog

LESSON_ID = f"{TRACK}/{MODULE}/{SLUG}"
QUESTION = f"{LESSON_ID}#larga-o-corta"

SPANISH_SINGLE = """\
options:
  - text: "1234"
    feedback: Es la primera que prueba cualquiera.
  - text: "tortuga-lluvia-mate-7"
    correct: true
    feedback: ¡Eso!
"""

ENGLISH_REORDERED_WITH_IDS = """\
options:
  - id: b
    text: "turtle-rain-mate-7"
    correct: true
    feedback: That's it!
  - id: a
    text: "1234 (the first one anybody tries)"
    feedback: It is the first one anybody tries.
"""

ENGLISH_REORDERED_WITHOUT_IDS = """\
options:
  - text: "turtle-rain-mate-7"
    correct: true
  - text: "1234 (the first one anybody tries)"
"""


def english(single_options: str = SPANISH_SINGLE) -> str:
    assert SPANISH_SINGLE in LESSON_ES
    return (
        LESSON_ES.replace("lang: es", 'lang: en\ntranslation_of: "1.0.0"')
        .replace("title: Contraseñas fuertes", "title: Strong passwords")
        .replace(SPANISH_SINGLE, single_options)
    )


def test_reordered_options_with_ids_keep_what_a_stored_answer_means(tree):
    tree.lesson(english(ENGLISH_REORDERED_WITH_IDS), lang="en")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    es = catalog.lesson(LESSON_ID, "es").activity("larga-o-corta")
    en = catalog.lesson(LESSON_ID, "en").activity("larga-o-corta")
    assert [o.text for o in en.options][0] == "turtle-rain-mate-7"  # shown first in English

    # A Spanish learner chose "1234" (the first Spanish option) ...
    chosen_in_spanish = '{"chosen":["a"]}'
    assert describe_stored(catalog, QUESTION, chosen_in_spanish, "es") == "1234"
    # ... and staff reading in English see the translation of that option, not the first one.
    assert describe_stored(catalog, QUESTION, chosen_in_spanish, "en") == "1234 (the first one anybody tries)"
    # Release 0.1 stored the Spanish position: the same meaning.
    assert describe_stored(catalog, QUESTION, "[0]", "en") == "1234 (the first one anybody tries)"
    # An English learner taps the first button: the right one, stored by its id.
    first_button = frozenset({en.options[0].id})
    assert kind_of(en).evaluate(en, first_button)
    stored = kind_of(en).encode(first_button)
    assert stored == {"chosen": ["b"]}
    assert decode_answer(es, stored) == es.correct_ids
    assert describe_stored(catalog, QUESTION, '{"chosen":["b"]}', "es") == "tortuga-lluvia-mate-7"


def test_reordered_options_without_ids_are_refused(tree):
    path = tree.lesson(english(ENGLISH_REORDERED_WITHOUT_IDS), lang="en")
    [problem] = check_tree(tree.root)
    assert problem.path == path
    assert problem.line == line_of(english(ENGLISH_REORDERED_WITHOUT_IDS), "```quiz")
    assert problem.message.startswith(
        "la actividad «larga-o-corta» no coincide con la versión en español 1.0.0: "
        "las opciones correctas no son las mismas (en español: b; aquí: a)"
    )
    assert "«id»" in problem.message  # says how to reorder


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda t: t.replace("  - text: Varias palabras juntas\n    correct: true\n", ""),
         "la actividad «varias» no coincide con la versión en español 1.0.0: las opciones no son "
         "las mismas (en español: a, b, c; aquí: a, b)"),
        (lambda t: t.replace("answer: false", "answer: true"),
         "la actividad «compartir» no coincide con la versión en español 1.0.0: la respuesta no es "
         "la misma (en español: «answer: false»; aquí: «answer: true»)"),
        (lambda t: t.replace("type: multi", "type: single").replace(
            "  - text: Varias palabras juntas\n    correct: true\n", "  - text: Varias palabras juntas\n"),
         "la actividad «varias» no coincide con la versión en español 1.0.0: es «single» y en "
         "español es «multi»"),
        (lambda t: t.replace("  - text: Que sea larga\n", "  - id: larga\n    text: Que sea larga\n").replace(
            "  - text: Tu fecha", "  - id: fecha\n    text: Tu fecha").replace(
            "  - text: Varias palabras", "  - id: palabras\n    text: Varias palabras"),
         "las opciones no son las mismas (en español: a, b, c; aquí: larga, fecha, palabras)"),
    ],
    ids=["an-option-less", "other-answer", "other-kind", "other-ids"],
)
def test_the_checker_refuses_a_mismatched_translation(tree, change, fragment):
    text = change(english())
    path = tree.lesson(text, lang="en")
    problems = check_tree(tree.root)
    assert [p.path for p in problems] == [path]
    assert fragment in problems[0].message


def test_an_outdated_translation_is_not_compared(tree):
    # Outdated = a major version behind (lessons/README.md, "Versions"): shown in Spanish, so its
    # activities need not match.  One minor behind it is still shown: see test_translation_state.
    tree.lesson(LESSON_ES.replace('version: "1.0.0"', 'version: "2.0.0"'))
    tree.lesson(english(ENGLISH_REORDERED_WITHOUT_IDS), lang="en")
    assert check_tree(tree.root) == []


def test_ids_in_both_files_match_in_any_order(tree):
    with_ids = SPANISH_SINGLE.replace('  - text: "1234"', '  - id: corta\n    text: "1234"').replace(
        '  - text: "tortuga', '  - id: larga\n    text: "tortuga')
    tree.lesson(LESSON_ES.replace(SPANISH_SINGLE, with_ids))
    swapped = ENGLISH_REORDERED_WITH_IDS.replace("id: b", "id: larga").replace("id: a", "id: corta")
    tree.lesson(english(swapped), lang="en")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    assert describe_stored(catalog, QUESTION, '{"chosen":["corta"]}', "en").startswith("1234 (")
