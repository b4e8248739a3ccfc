"""Issue 10, points 2 and 3 in the content layer: a lesson's audience inside its module's,
sensitive lessons (no free text, the same in every language), the help lines of
lessons/ayuda.yaml and the ``ayuda`` block (lessons/README.md, "Audience", "Sensitive lessons",
"Help lines")."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from lesson_tree import LESSON_ES, LESSON_GN, MODULE, MODULE_YAML, SLUG, TRACK, line_of

from kiosk import resources
from kiosk.content.activities import KINDS
from kiosk.content.catalog import check_tree, load_catalog, scan_tree
from kiosk.content.check import run_check
from kiosk.content.help_lines import parse_help_lines
from kiosk.content.model import HelpBlock

LESSON_ID = f"{TRACK}/{MODULE}/{SLUG}"
SENSITIVE_ES = LESSON_ES.replace("authors: [Equipo Telecentro]", "authors: [Equipo Telecentro]\nsensitive: true")

AYUDA = """\
schema: kiosco-leccion/1
lines:
  - id: fono-ayuda
    number: "147"
    name: {es: Fono Ayuda}
    who: {es: Ministerio de la Niñez y la Adolescencia}
    hours: {es: "Todos los días, las 24 horas"}
    cost: {es: Llamada gratuita}
    verified: VERIFIED
  - id: facilitador
    name: {es: La persona facilitadora}
    who: {es: Está en el telecentro}
    hours: {es: Mientras está abierto}
    verified: null
"""


def ayuda(tree, verified: str = "2026-06-01") -> None:
    tree.write("ayuda.yaml", AYUDA.replace("VERIFIED", verified))


# -- audience ----------------------------------------------------------------------------------

def test_a_lesson_audience_must_be_inside_its_module(tree):
    tree.write(f"{TRACK}/{MODULE}/module.yaml", MODULE_YAML.replace(
        "audience: [ninos-8-11, adolescentes-12-17, docentes, familias]", "audience: [ninos-8-11, docentes]"))
    path = tree.lesson(LESSON_ES)
    [problem] = check_tree(tree.root)
    assert (problem.path, problem.line) == (path, line_of(LESSON_ES, "audience:"))
    assert "adolescentes-12-17" in problem.message and "module.yaml" in problem.message
    assert load_catalog(tree.root).module(f"{TRACK}/{MODULE}") is None  # like any problem: skipped


def test_a_translation_keeps_the_spanish_audience_and_sensitivity(tree):
    ayuda(tree)
    tree.lesson(SENSITIVE_ES)
    gn = LESSON_GN.replace("audience: [ninos-8-11, adolescentes-12-17]", "audience: [ninos-8-11]")
    path = tree.lesson(gn, lang="gn")
    problems = check_tree(tree.root)
    assert [p.path for p in problems] == [path, path]
    messages = " | ".join(p.message for p in problems)
    assert "«sensitive» debe ser igual" in messages and "«audience» debe ser igual" in messages


# -- sensitive -----------------------------------------------------------------------------------

def test_sensitive_is_read_from_the_front_matter(tree):
    ayuda(tree)
    tree.lesson(SENSITIVE_ES)
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    assert catalog.lesson(LESSON_ID, "es").sensitive
    assert catalog.lesson_entry(LESSON_ID).sensitive


def test_sensitive_must_be_a_boolean(tree):
    path = tree.lesson(LESSON_ES.replace("authors: [Equipo Telecentro]", "authors: [Equipo Telecentro]\nsensitive: si"))
    [problem] = check_tree(tree.root)
    assert problem.path == path and "true o false" in problem.message


def test_free_text_is_refused_in_a_sensitive_lesson_only(tree, monkeypatch):
    """No kind stores free text today; a future one declares ``free_text = True``."""
    ayuda(tree)
    monkeypatch.setattr(KINDS["truefalse"], "free_text", True)
    tree.lesson(LESSON_ES)
    assert check_tree(tree.root) == []
    path = tree.lesson(SENSITIVE_ES)
    [problem] = check_tree(tree.root)
    assert (problem.path, problem.line) == (path, line_of(SENSITIVE_ES, "```quiz", nth=-1))
    assert "«compartir»" in problem.message and "sensible" in problem.message


def test_a_sensitive_lesson_needs_the_help_lines(tree):
    path = tree.lesson(SENSITIVE_ES)
    [problem] = check_tree(tree.root)
    assert problem.path == path and "ayuda.yaml" in problem.message


# -- help lines ----------------------------------------------------------------------------------

def test_the_bundled_help_lines_are_the_paraguayan_ones():
    lines = {line.id: line for line in load_catalog(resources.lessons_dir()).help_lines}
    assert lines["fono-ayuda"].number == "147" and "24 horas" in lines["fono-ayuda"].when("es")
    assert lines["emergencias"].number == "911" and "Policía Nacional" in lines["emergencias"].who_answers("es")
    assert lines["facilitador"].number == ""
    assert all(line.name("gn") and line.name("en") for line in lines.values())


def test_help_lines_are_parsed_with_their_dates(tree):
    ayuda(tree, "2026-06-01")
    parsed = parse_help_lines(tree.root)
    assert parsed.problems == ()
    first, second = parsed.lines
    assert (first.id, first.number, first.verified) == ("fono-ayuda", "147", dt.date(2026, 6, 1))
    assert first.cost("es") == "Llamada gratuita" and first.name("en") == "Fono Ayuda"  # Spanish when none
    assert (second.number, second.verified, second.cost("es")) == ("", None, "")


@pytest.mark.parametrize(("verified", "today", "warned"), [
    ("2026-06-01", dt.date(2026, 11, 30), False),
    ("2025-11-01", dt.date(2026, 11, 30), True),  # more than a year
    ("null", dt.date(2026, 11, 30), True),  # never verified
])
def test_an_old_or_missing_verification_is_a_warning(tree, verified, today, warned):
    ayuda(tree, verified)
    scan = scan_tree(tree.root, today=today)
    assert scan.catalog.problems == []  # a warning never skips or fails
    warnings = [w for w in scan.catalog.warnings if w.path.name == "ayuda.yaml"]  # not the lessons' advice
    if not warned:
        assert warnings == []
        return
    [warning] = warnings  # the facilitator has no number: nobody to call
    assert not warning.is_error
    assert (warning.path, warning.line) == (tree.root / "ayuda.yaml", line_of(AYUDA, "verified: VERIFIED"))
    assert "fono-ayuda" in warning.message


def test_the_checker_prints_warnings_and_still_passes(tree, monkeypatch):
    ayuda(tree, "null")
    monkeypatch.chdir(tree.root)
    out = io.StringIO()
    assert run_check(tree.root, out) == 0
    text = out.getvalue()
    assert f"ayuda.yaml:{line_of(AYUDA, 'verified: VERIFIED')}: aviso: línea de ayuda «fono-ayuda»" in text
    assert "Todo bien" in text


@pytest.mark.parametrize(("change", "fragment"), [
    (lambda text: text.replace('number: "147"', 'number: "14-7"'), "solo cifras"),
    (lambda text: text.replace("verified: 2026-06-01", "verified: ayer"), "fecha"),
    (lambda text: text.replace("    who: {es: Está en el telecentro}\n", ""), "«who»"),
    (lambda text: text.replace("id: facilitador", "id: fono-ayuda"), "repetida"),
])
def test_a_broken_help_file_is_reported_at_its_line(tree, change, fragment):
    tree.write("ayuda.yaml", change(AYUDA.replace("VERIFIED", "2026-06-01")))
    problems = check_tree(tree.root)
    assert problems and all(p.path == tree.root / "ayuda.yaml" for p in problems)
    assert fragment in problems[0].message


def test_the_ayuda_block_lists_lines_by_id(tree):
    ayuda(tree)
    text = LESSON_ES.replace("Después de la pregunta.", "```ayuda\nfacilitador\n```")
    tree.lesson(text)
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    blocks = [b for page in catalog.lesson(LESSON_ID, "es").pages for b in page.blocks if isinstance(b, HelpBlock)]
    assert blocks == [HelpBlock(("facilitador",), line_of(text, "```ayuda"))]


def test_an_ayuda_block_naming_an_unknown_line_is_an_error(tree):
    ayuda(tree)
    text = LESSON_ES.replace("Después de la pregunta.", "```ayuda\nbomberos\n```")
    path = tree.lesson(text)
    [problem] = check_tree(tree.root)
    assert (problem.path, problem.line) == (path, line_of(text, "```ayuda"))
    assert "«bomberos»" in problem.message and "fono-ayuda" in problem.message


def test_allow_lets_only_the_named_rule_through_strict(tmp_path):
    """``--strict --allow help-unverified`` (CI) passes unverified help lines and nothing else."""
    import io
    import shutil

    from kiosk import resources
    from kiosk.content.check import run_check
    from kiosk.content.help_lines import UNVERIFIED_RULE

    root = tmp_path / "lessons"
    shutil.copytree(resources.lessons_dir(), root)
    text = (root / "ayuda.yaml").read_text(encoding="utf-8")
    (root / "ayuda.yaml").write_text(text.replace("verified: null", "verified: null", 1), encoding="utf-8")
    allow = frozenset({UNVERIFIED_RULE})
    assert run_check(root, io.StringIO(), strict=True, allow=allow) == 0
    # a stale date is another rule: --allow help-unverified does not hide it
    (root / "ayuda.yaml").write_text(text.replace("verified: null", "verified: 2020-01-01", 1), encoding="utf-8")
    out = io.StringIO()
    assert run_check(root, out, strict=True, allow=allow) == 1
    assert "hace más de un año" in out.getvalue()
