"""Issue 10, point 4: which file of a lesson a learner sees, and the note that says why
(lessons/README.md, "Versions" and "Translation state")."""

from __future__ import annotations

import pytest
from lesson_tree import LESSON_ES, LESSON_GN, MODULE, SLUG, TRACK, line_of

from kiosk.content.catalog import check_tree, load_catalog
from kiosk.content.model import version_change

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


def spanish(version: str, sensitive: bool = False) -> str:
    text = LESSON_ES.replace('version: "1.0.0"', f'version: "{version}"')
    return text.replace("authors: [Equipo Telecentro]", SENSITIVE) if sensitive else text


def guarani(review: str = "pendiente", sensitive: bool = False) -> str:
    text = LESSON_GN.replace("review: pendiente", f"review: {review}")
    return text.replace("authors: [Equipo Telecentro]", SENSITIVE) if sensitive else text


@pytest.mark.parametrize(("old", "new", "change"), [
    ("1.0.0", "1.0.0", None), ("1.0.0", "1.0.3", "patch"), ("1.0.9", "1.2.0", "minor"),
    ("1.4.2", "2.0.0", "major"), ("2.0.0", "1.9.9", None),
])
def test_version_change(old, new, change):
    assert version_change(old, new) == change


@pytest.mark.parametrize(("version", "shown_lang", "updating", "fallback"), [
    ("1.0.0", "gn", False, None),  # current
    ("1.0.4", "gn", False, None),  # a patch behind: still current
    ("1.1.0", "gn", True, None),  # a minor behind: shown, with a note
    ("2.0.0", "es", False, "major"),  # a major behind: Spanish
])
def test_a_translation_behind_the_spanish(tree, version, shown_lang, updating, fallback):
    tree.lesson(spanish(version))
    tree.lesson(guarani("revisada"), lang="gn")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    shown = catalog.shown(LESSON_ID, "gn")
    assert (shown.lesson.lang, shown.updating, shown.fallback, shown.wanted) == (shown_lang, updating, fallback, "gn")
    assert catalog.lesson(LESSON_ID, "gn").lang == shown_lang  # every caller gets the same file
    assert catalog.lesson_entry(LESSON_ID).is_outdated("gn") == (version != "1.0.0")


def test_spanish_and_a_missing_language_need_no_note(tree):
    catalog = load_catalog(tree.root)
    for lang in ("es", "en"):
        shown = catalog.shown(LESSON_ID, lang)
        assert shown.lesson.lang == "es"
        assert (shown.updating, shown.fallback, shown.in_review) == (False, None, False)


def test_an_unreviewed_translation_is_shown_in_review(tree):
    tree.lesson(guarani("pendiente"), lang="gn")
    shown = load_catalog(tree.root).shown(LESSON_ID, "gn")
    assert shown.lesson.lang == "gn" and shown.in_review and shown.fallback is None


@pytest.mark.parametrize(("review", "shown_lang", "fallback"), [
    ("pendiente", "es", "review"), ("revisada", "gn", None)])
def test_a_sensitive_lesson_shows_only_a_reviewed_translation(tree, review, shown_lang, fallback):
    tree.write("ayuda.yaml", AYUDA)
    tree.lesson(spanish("1.0.0", sensitive=True))
    tree.lesson(guarani(review, sensitive=True), lang="gn")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    shown = catalog.shown(LESSON_ID, "gn")
    assert (shown.lesson.lang, shown.fallback) == (shown_lang, fallback)


def test_a_sensitive_lesson_without_review_is_shown_in_spanish(tree):
    tree.write("ayuda.yaml", AYUDA)
    tree.lesson(spanish("1.0.0", sensitive=True))
    tree.lesson(guarani(sensitive=True).replace("review: pendiente\n", ""), lang="gn")
    assert load_catalog(tree.root).shown(LESSON_ID, "gn").fallback == "review"


def test_review_is_an_enum(tree):
    text = guarani("hecha")
    path = tree.lesson(text, lang="gn")
    [problem] = check_tree(tree.root)
    assert (problem.path, problem.line) == (path, line_of(text, "review:"))
    assert "pendiente o revisada" in problem.message


def test_review_is_not_for_the_spanish_file(tree):
    text = LESSON_ES.replace("authors: [Equipo Telecentro]", "authors: [Equipo Telecentro]\nreview: revisada")
    path = tree.lesson(text)
    [problem] = check_tree(tree.root)
    assert (problem.path, problem.line) == (path, line_of(text, "review:"))


def test_a_translation_a_minor_version_behind_must_still_match(tree):
    """It is still shown, so stored answers must keep their meaning: a change of activities is a
    major change (lessons/README.md, "Versions")."""
    tree.lesson(spanish("1.1.0"))
    path = tree.lesson(guarani().replace("id: varias", "id: muchas"), lang="gn")
    [problem] = check_tree(tree.root)
    assert problem.path == path and "faltan: varias" in problem.message


def test_a_translation_of_a_future_version_is_an_error(tree):
    path = tree.lesson(guarani().replace('translation_of: "1.0.0"', 'translation_of: "1.2.0"'), lang="gn")
    [problem] = check_tree(tree.root)
    assert problem.path == path and "más nueva" in problem.message


def test_bundled_titles_have_every_language():
    from kiosk import resources

    catalog = load_catalog(resources.lessons_dir())
    for track in catalog.tracks:
        assert set(track.titles) == {"es", "gn", "en"}, track.id
        for module in track.modules:
            assert set(module.titles) == {"es", "gn", "en"}, module.id
            # machine-made Guarani says so, for a native speaker to review
            assert "gn: traducción automática" in (module.path / "module.yaml").read_text(encoding="utf-8")
        assert "gn: traducción automática" in (track.path / "track.yaml").read_text(encoding="utf-8")
