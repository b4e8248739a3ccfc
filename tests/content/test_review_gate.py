"""Issue 11, point 4: no unreviewed Guaraní where it matters. A translation that awaits a native
speaker's review is never shown for a sensitive lesson (any language), nor in a language its
module lists in ``translations_need_review`` (lessons/README.md, "module.yaml" and "Translation
state"): the learner gets the Spanish file, with the note of ``fallback == "review"``."""

from __future__ import annotations

import pytest
from lesson_tree import LESSON_ES, LESSON_GN, MODULE, MODULE_YAML, SLUG, TRACK, line_of

from kiosk.content.catalog import check_tree, load_catalog

LESSON_ID = f"{TRACK}/{MODULE}/{SLUG}"
SENSITIVE = "authors: [Equipo Telecentro]\nsensitive: true"
AYUDA = """\
schema: kiosco-leccion/1
lines:
  - id: fono-ayuda
    number: "147"
    name: {es: Fono Ayuda}
    who: {es: Ministerio de la Niñez y la Adolescencia}
    hours: {es: Las 24 horas}
    verified: 2026-06-01
"""
LESSON_EN = LESSON_ES.replace("lang: es", 'lang: en\ntranslation_of: "1.0.0"\nreview: pendiente').replace(
    "title: Contraseñas fuertes", "title: Strong passwords")


def module_yaml(need_review: str) -> str:
    return MODULE_YAML.replace("order: 3\n", f"order: 3\ntranslations_need_review: {need_review}\n")


def translated(text: str, review: str, sensitive: bool = False) -> str:
    text = text.replace("review: pendiente", f"review: {review}")
    return text.replace("authors: [Equipo Telecentro]", SENSITIVE) if sensitive else text


@pytest.mark.parametrize(("review", "shown_lang", "fallback", "in_review"), [
    ("pendiente", "es", "review", False), ("revisada", "gn", None, False)])
def test_a_module_that_needs_review_shows_only_reviewed_guarani(tree, review, shown_lang, fallback, in_review):
    tree.write(f"{TRACK}/{MODULE}/module.yaml", module_yaml("[gn]"))
    tree.lesson(translated(LESSON_GN, review), lang="gn")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    shown = catalog.shown(LESSON_ID, "gn")
    assert (shown.lesson.lang, shown.fallback, shown.in_review) == (shown_lang, fallback, in_review)
    assert catalog.lesson(LESSON_ID, "gn").lang == shown_lang  # every caller gets the same file
    assert catalog.module(f"{TRACK}/{MODULE}").translations_need_review == ("gn",)


def test_a_guarani_without_review_counts_as_unreviewed(tree):
    tree.write(f"{TRACK}/{MODULE}/module.yaml", module_yaml("[gn]"))
    tree.lesson(LESSON_GN.replace("review: pendiente\n", ""), lang="gn")
    assert load_catalog(tree.root).shown(LESSON_ID, "gn").fallback == "review"


def test_the_module_key_names_languages_so_english_stays(tree):
    """Only the languages listed: an unreviewed English file of the same module is shown (with
    the "in review" note)."""
    tree.write(f"{TRACK}/{MODULE}/module.yaml", module_yaml("[gn]"))
    tree.lesson(LESSON_GN, lang="gn")
    tree.lesson(LESSON_EN, lang="en")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    shown = catalog.shown(LESSON_ID, "en")
    assert (shown.lesson.lang, shown.fallback, shown.in_review) == ("en", None, True)
    assert catalog.shown(LESSON_ID, "gn").lesson.lang == "es"


def test_without_the_key_unreviewed_guarani_is_shown_in_review(tree):
    tree.lesson(LESSON_GN, lang="gn")
    shown = load_catalog(tree.root).shown(LESSON_ID, "gn")
    assert (shown.lesson.lang, shown.fallback, shown.in_review) == ("gn", None, True)


@pytest.mark.parametrize(("text", "lang"), [(LESSON_GN, "gn"), (LESSON_EN, "en")])
def test_a_sensitive_lesson_shows_no_unreviewed_translation_in_any_language(tree, text, lang):
    tree.write("ayuda.yaml", AYUDA)
    tree.lesson(LESSON_ES.replace("authors: [Equipo Telecentro]", SENSITIVE))
    tree.lesson(translated(text, "pendiente", sensitive=True), lang=lang)
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    shown = catalog.shown(LESSON_ID, lang)
    assert (shown.lesson.lang, shown.fallback) == ("es", "review")


@pytest.mark.parametrize(("value", "says"), [
    ("[es]", "valor desconocido «es»"), ("true", "debe ser una lista"), ("[gn, xx]", "valor desconocido «xx»")])
def test_the_key_is_a_list_of_translation_languages(tree, value, says):
    text = module_yaml(value)
    path = tree.write(f"{TRACK}/{MODULE}/module.yaml", text)
    problems = [p for p in check_tree(tree.root) if p.path == path]
    assert [p.line for p in problems] == [line_of(text, "translations_need_review")]
    assert says in problems[0].message


def test_a_typo_in_the_key_is_an_error(tree):
    path = tree.write(f"{TRACK}/{MODULE}/module.yaml",
                      MODULE_YAML.replace("order: 3\n", "order: 3\ntranslation_need_review: [gn]\n"))
    [problem] = [p for p in check_tree(tree.root) if p.path == path]
    assert "translations_need_review" in problem.message  # the "did you mean" hint


def test_bundled_m4_m5_m8_show_no_unreviewed_guarani():
    from kiosk import resources

    catalog = load_catalog(resources.lessons_dir())
    for slug in ("es-bueno-ser-amable", "ante-la-duda-habla", "acompanar"):
        module = catalog.module(f"internet-seguro/{slug}")
        assert module is not None and "gn" in module.translations_need_review, slug
        for entry in module.lessons:
            shown = entry.shown("gn")
            assert shown.lesson.lang == "es" or shown.lesson.review_status == "revisada", entry.id
