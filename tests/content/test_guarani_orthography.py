"""Issue 11, point 5 in the content: Guaraní spelt so that it reads, searches and is read aloud
right. ``kiosk lessons check`` warns (rule ``gn-orthography``, so ``--strict`` fails) on an
apostrophe between letters where the puso ʼ (U+02BC) belongs and on a look-alike g̃ (right: g +
U+0303), in Guaraní lesson files and in every ``gn:`` text of module.yaml, track.yaml,
ayuda.yaml and the glossary; the glossary itself must parse (lessons/README.md, "Text and the
Guaraní puso", "The Guaraní glossary")."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lesson_tree import LESSON_CLEAN, MODULE, MODULE_YAML, TRACK, TRACK_YAML, line_of

from kiosk import resources
from kiosk.content.catalog import scan_tree
from kiosk.content.check import run_check
from kiosk.content.glossary import GLOSSARY_FILE, parse_glossary
from kiosk.content.guarani import ORTHOGRAPHY_RULE, PUSO, spelling_fix, text_warnings

G_TILDE = "g\u0303"
GN_CLEAN = LESSON_CLEAN.replace("lang: es", 'lang: gn\ntranslation_of: "1.0.0"\nreview: pendiente').replace(
    "title: Contraseñas fuertes", f"title: Ñe{PUSO}ẽñemi hatã").replace(
    "# Desde hoy voy a usar frases largas", f"# Ko ára guive aipuruta ñe{PUSO}ẽñemi puku")
GLOSSARY = f"""\
# glosario de prueba
review: pendiente
terms:
  - es: contraseña
    gn: "contraseña"
    note: "Guaraní puro: ñe{PUSO}ẽñemi."
  - es: ahora
    gn: "ko{PUSO}á{G_TILDE}a"
"""


@pytest.fixture()
def clean(tree):
    tree.lesson(LESSON_CLEAN)
    tree.lesson(GN_CLEAN, lang="gn")
    return tree


def orthography(root: Path) -> list:
    return [w for w in scan_tree(root).catalog.warnings if w.rule == ORTHOGRAPHY_RULE]


@pytest.mark.parametrize(("word", "fixed"), [
    ("ko'ápe", f"ko{PUSO}ápe"), ("ko’ápe", f"ko{PUSO}ápe"), ("reñe‘ẽ", f"reñe{PUSO}ẽ"),
    ("ñanepy´aporã", f"ñanepy{PUSO}aporã"), ("haĝua", f"ha{G_TILDE}ua"), ("hağua", f"ha{G_TILDE}ua"),
    ("haǧua", f"ha{G_TILDE}ua"), ("ha\u011cUA", f"haG\u0303UA"), ("hag\u0342ua", f"ha{G_TILDE}ua"),
    ("hag\u02dcua", f"ha{G_TILDE}ua"), ("hag~ua", f"ha{G_TILDE}ua"),
])
def test_a_wrong_puso_or_g_tilde_is_named_with_its_fix(word, fixed):
    [warning] = text_warnings(Path("x.gn.md"), f"Peteĩ {word} ha ambue.")
    assert warning.rule == ORTHOGRAPHY_RULE and not warning.is_error
    assert f"«{word}»" in warning.message and f"«{fixed}»" in warning.message
    assert spelling_fix(word) == fixed


@pytest.mark.parametrize("text", [
    f"ko{PUSO}á{G_TILDE}a", f"ha{G_TILDE}ua", f"ñe{PUSO}ẽ", "'entre comillas'", "‘así’",
    "«ko ára guive»", "~~~", "g ~ a", "ña\u0303", "ỹ"])
def test_right_guarani_and_quotes_around_words_pass(text):
    assert text_warnings(Path("x.gn.md"), text) == []


def test_a_guarani_lesson_with_an_apostrophe_fails_strict_at_its_line(clean):
    text = GN_CLEAN.replace(f"Ñe{PUSO}ẽñemi hatã", "Ñe'ẽñemi hatã")
    path = clean.lesson(text, lang="gn")
    [warning] = orthography(clean.root)
    assert (warning.path, warning.line) == (path, line_of(text, "Ñe'ẽñemi"))
    out = io.StringIO()
    assert run_check(clean.root, out, strict=True) == 1
    assert f"{TRACK}/{MODULE}/contrasenas-fuertes.gn.md:{warning.line}: aviso: guaraní: «Ñe'ẽñemi»" in out.getvalue()
    assert run_check(clean.root, io.StringIO(), strict=True, allow=frozenset({ORTHOGRAPHY_RULE})) == 0
    clean.lesson(GN_CLEAN, lang="gn")
    assert run_check(clean.root, io.StringIO(), strict=True) == 0


def test_spanish_and_english_files_are_not_judged_as_guarani(clean):
    clean.lesson(LESSON_CLEAN.replace("Una distinta para cada cuenta.", "Una distinta, it's fine."))
    assert orthography(clean.root) == []


def test_gn_texts_of_module_track_and_help_lines(clean):
    module = MODULE_YAML.replace("  es: Cuidá tus secretos\n", "  es: Cuidá tus secretos\n  gn: Eñangareko ne ñe'ẽñemíre\n")
    track = TRACK_YAML.replace("  es: Internet seguro\n", "  es: Internet seguro\n  gn: Internet hağua\n")
    ayuda = ("schema: kiosco-leccion/1\nlines:\n  - id: facilitador\n    name: {es: La persona, gn: Tapicha}\n"
             "    who:\n      es: Está acá\n      gn: Oĩ ko'ápe\n    hours: {es: Siempre, gn: Ára ha ára}\n"
             "    verified: null\n")
    module_path = clean.write(f"{TRACK}/{MODULE}/module.yaml", module)
    track_path = clean.write(f"{TRACK}/track.yaml", track)
    ayuda_path = clean.write("ayuda.yaml", ayuda)
    found = {(w.path, w.line) for w in orthography(clean.root)}
    assert found == {(module_path, line_of(module, "gn:")), (track_path, line_of(track, "gn:")),
                     (ayuda_path, line_of(ayuda, "gn: Oĩ"))}


def test_only_gn_texts_of_yaml_are_judged(clean):
    clean.write(f"{TRACK}/{MODULE}/module.yaml", MODULE_YAML.replace(
        "description:\n  es: Contraseñas fuertes y cerrar sesión.",
        "# it's a comment\ndescription:\n  es: Contraseñas fuertes y cerrar sesión.\n  en: Don't share passwords."))
    assert orthography(clean.root) == []


# --------------------------------------------------------------------------- the glossary


def test_the_glossary_parses_and_is_counted(clean):
    clean.write(GLOSSARY_FILE, GLOSSARY)
    glossary = parse_glossary(clean.root)
    assert glossary.problems == () and glossary.review == "pendiente"
    assert [(t.es, t.gn) for t in glossary.terms] == [("contraseña", "contraseña"), ("ahora", f"ko{PUSO}á{G_TILDE}a")]
    assert glossary.term("contraseña").note.startswith("Guaraní puro")
    out = io.StringIO()
    assert run_check(clean.root, out, strict=True) == 0
    assert "Glosario guaraní: 2 términos (review: pendiente)" in out.getvalue()


def test_no_glossary_is_fine(clean):
    assert parse_glossary(clean.root) is None
    assert "Glosario" not in _output(clean.root)


def _output(root: Path) -> str:
    out = io.StringIO()
    run_check(root, out)
    return out.getvalue()


@pytest.mark.parametrize(("change", "needle", "says"), [
    (("review: pendiente", "review: hecha"), "review:", "pendiente o revisada"),
    (("  - es: ahora\n", "  - es: ahora\n    es2: x\n"), "es2:", "campo desconocido «es2»"),
    (('    gn: "contraseña"\n', ""), "- es: contraseña", "falta el campo obligatorio «gn»"),
    (("  - es: ahora", "  - es: contraseña"), "es: contraseña", "ya está en la fila"),
    (("terms:\n", "terms: []\nterminos:\n"), "terms:", "«terms» debe ser una lista"),
    (('    note: "', '    note: ["'), "note:", ""),
])
def test_a_broken_glossary_is_an_error_at_its_line(clean, change, needle, says):
    text = GLOSSARY.replace(*change)
    path = clean.write(GLOSSARY_FILE, text)
    problems = [p for p in scan_tree(clean.root).catalog.problems if p.path == path]
    assert problems and all(p.is_error for p in problems)
    lines = {p.line for p in problems}
    assert line_of(text, needle, nth=-1 if needle == "es: contraseña" else 1) in lines, problems
    assert says in " ".join(p.message for p in problems)
    assert run_check(clean.root, io.StringIO()) == 1


def test_the_glossary_gn_terms_get_the_orthography_warning(clean):
    text = GLOSSARY.replace(f'gn: "ko{PUSO}á{G_TILDE}a"', "gn: \"ko'ága\"").replace(
        f"ñe{PUSO}ẽñemi", "ñe'ẽñemi")  # a note is Spanish about Guaraní: not judged
    path = clean.write(GLOSSARY_FILE, text)
    assert [(w.path, w.line) for w in orthography(clean.root)] == [(path, line_of(text, "ko'ága"))]


def test_the_bundled_guarani_is_spelt_right():
    """The shipped files: no apostrophe for the puso and no look-alike g̃ anywhere Guaraní is
    written (lessons, titles, help lines, the glossary), and the glossary parses."""
    root = resources.lessons_dir()
    scan = scan_tree(root)
    assert [w.format() for w in scan.catalog.warnings if w.rule == ORTHOGRAPHY_RULE] == []
    assert scan.glossary is not None and scan.glossary.problems == () and len(scan.glossary.terms) > 20
