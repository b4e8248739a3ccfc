"""Warnings for authors (kiosk/content/advice.py), --strict, look-alike activity fences, a broken
lesson that leaves its module usable, the demo track, and the totals of ``kiosk lessons check``."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from lesson_tree import (
    LESSON_CLEAN,
    LESSON_ES,
    LESSON_GN,
    MODULE,
    MODULE_ID,
    MODULE_YAML,
    SLUG,
    TRACK,
    TRACK_YAML,
    line_of,
)

from kiosk import resources
from kiosk.cli import main
from kiosk.content.advice import is_closing_page, lesson_warnings
from kiosk.content.blocks import parse_body
from kiosk.content.catalog import check_tree, load_catalog, scan_tree
from kiosk.content.help_lines import UNVERIFIED_RULE
from kiosk.content.check import run_check
from kiosk.content.model import MarkdownBlock
from kiosk.content.parser import parse_lesson
from kiosk.content.yaml_fields import Report

CLOSING = "\n---\n\n# Desde hoy voy a usar frases largas\n\nUna distinta para cada cuenta.\n"


def warnings_of(tree, text: str) -> list[tuple[int, str]]:
    path = tree.lesson(text)
    lesson, problems = parse_lesson(path, MODULE_ID)
    assert problems == [], problems
    found = lesson_warnings(lesson)
    assert all(not p.is_error and p.path == path for p in found)
    return [(p.line, p.message) for p in found]


def test_clean_lesson_has_no_warning(tree):
    assert warnings_of(tree, LESSON_CLEAN) == []


def test_page_count(tree):
    two_pages = LESSON_CLEAN.replace("\n---\n\n# Tercera página\n", "\n# Tercera página\n").replace(
        "\n---\n\n# Segunda página\n", "\n# Segunda página\n")
    [(line, message)] = warnings_of(tree, two_pages)
    assert line == 1 and "tiene 3 páginas" not in message and "entre 3 y 6" in message
    seven = LESSON_CLEAN.replace(CLOSING, "") + "\n---\n\nMás.\n" * 3 + CLOSING
    [(line, message)] = warnings_of(tree, seven)
    assert "tiene 7 páginas" in message
    lines = seven.split("\n")
    separators = [n for n, text in enumerate(lines, start=1) if text == "---"]
    assert line == separators[-1]  # the "---" that opens the 7th page


@pytest.mark.parametrize(
    "last, closing",
    [
        ("# Desde hoy voy a usar frases largas\n\nUna por cuenta.", True),
        ("# Lo que voy a hacer\n\n> **Desde hoy voy a usar frases largas.**", True),
        ("desde hoy VOY A usar frases largas.", True),
        ("# Lo que voy a hacer desde hoy\n\nUsar frases largas.", False),
        ("> **Desde hoy, cuando cree una cuenta, voy a usar frases largas.**", False),
        ("# Fin\n\nTexto.\n\nDesde hoy voy a usar frases largas.", False),  # not the first
    ],
)
def test_closing_page_rule(tree, last, closing):
    text = LESSON_CLEAN.replace(CLOSING, f"\n---\n\n{last}\n")
    path = tree.lesson(text)
    lesson, problems = parse_lesson(path, MODULE_ID)
    assert problems == []
    assert is_closing_page(lesson) is closing
    messages = [p.message for p in lesson_warnings(lesson)]
    assert any("Desde hoy voy a" in m for m in messages) is not closing


def test_option_without_feedback_and_truefalse_feedback(tree):
    text = LESSON_CLEAN.replace("    feedback: Cualquiera la puede averiguar.\n", "").replace(
        "feedback_true: Mejor no; aunque sea tu amigo, es tuya.\n", ""
    )
    found = warnings_of(tree, text)
    assert (line_of(text, "id: varias") - 1,
            "la opción «Tu fecha de nacimiento» de «varias» no tiene «feedback»: decí por qué, "
            "con amabilidad") in found
    assert (line_of(text, "id: compartir") - 1,
            "la actividad «compartir» no tiene «feedback_true»: decí por qué, con amabilidad") in found
    assert len(found) == 2


def test_long_option(tree):
    long_text = "una contraseña " * 6  # 90 characters
    text = LESSON_CLEAN.replace("  - text: Que sea larga\n", f"  - text: {long_text.strip()}\n")
    [(line, message)] = warnings_of(tree, text)
    assert line == line_of(text, "id: varias") - 1
    assert f"tiene {len(long_text.strip())} letras: más de 80" in message


def test_correct_option_always_in_the_same_place(tree):
    # the multi's right options (1 and 3) become the second only, like the single's
    text = LESSON_CLEAN.replace(
        "  - text: Que sea larga\n    correct: true\n", "  - text: Que sea larga\n"
    ).replace(
        "  - text: Tu fecha de nacimiento\n", "  - text: Tu fecha de nacimiento\n    correct: true\n"
    ).replace("  - text: Varias palabras juntas\n    correct: true\n", "  - text: Varias palabras juntas\n")
    [(line, message)] = warnings_of(tree, text)
    assert line == line_of(text, "id: larga-o-corta") - 1
    assert "siempre en la posición 2" in message


def test_every_wrong_feedback_starts_with_the_same_word(tree):
    text = (
        LESSON_CLEAN.replace("feedback: Es la primera", "feedback: Casi. Es la primera")
        .replace("feedback: Cualquiera la", "feedback: ¡Casi! Cualquiera la")
        .replace("feedback_true: Mejor no;", "feedback_true: casi, mejor no;")
    )
    [(line, message)] = warnings_of(tree, text)
    assert line == line_of(text, "id: larga-o-corta") - 1
    assert message.startswith("las 3 respuestas a opciones incorrectas empiezan todas con «Casi»")
    # one that starts otherwise is enough
    assert warnings_of(tree, text.replace("¡Casi! Cualquiera", "Ojo, cualquiera")) == []


def test_image_without_alt_text(tree):
    text = LESSON_CLEAN.replace("![Un candado](img/candado.png)", "![](img/candado.png)\n\n"
                                "```\n![](img/candado.png)\n```")
    assert warnings_of(tree, text) == [
        (line_of(text, "![](img/candado.png)"),
         "la imagen no tiene texto alternativo: escribí qué muestra entre los corchetes, como "
         "![Un candado cerrado](img/candado.png)")
    ]


# --------------------------------------------------------------------------- run_check, --strict


def test_warnings_print_as_aviso_and_exit_0_unless_strict(tree, monkeypatch):
    monkeypatch.chdir(tree.root)
    out = io.StringIO()
    assert run_check(tree.root, out) == 0  # LESSON_ES: no closing page, 2 options without feedback
    lines = out.getvalue().splitlines()
    lesson = f"{TRACK}/{MODULE}/{SLUG}.es.md"
    assert lines[0] == (f"{lesson}:{line_of(LESSON_ES, '# Tercera') - 2}: aviso: la lección no "
                        "termina con una página «Desde hoy voy a…»: en la última página, escribí "
                        "un título o una primera frase que empiece así, con lo que la persona va "
                        "a hacer")
    assert sum(": aviso: " in line for line in lines) == 3
    assert lines[-1] == "Todo bien: 1 lección en 1 módulo (3 avisos)"
    out = io.StringIO()
    assert run_check(tree.root, out, strict=True) == 1
    assert out.getvalue().splitlines()[-1] == (
        "0 errores y 3 avisos (con --strict cuentan como problemas) en 1 archivo"
    )


def test_errors_and_warnings_together(tree):
    tree.add_module("otro", {"uno": LESSON_ES.replace("duration_min: 12", "duration_min: 0")})
    out = io.StringIO()
    assert run_check(tree.root, out) == 1
    assert out.getvalue().splitlines()[-1] == "1 problema en 1 archivo (y 3 avisos)"


def test_cli_strict_flag(tree, capsys):
    assert main(["lessons", "check", str(tree.root)]) == 0
    assert main(["lessons", "check", "--strict", str(tree.root)]) == 1
    tree.lesson(LESSON_CLEAN)
    assert main(["lessons", "check", "--strict", str(tree.root)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Todo bien: 1 lección en 1 módulo"


def test_bundled_lessons_pass_strict():
    """As CI runs it: the only warnings let through are help lines nobody has verified yet."""
    out = io.StringIO()
    code = run_check(resources.lessons_dir(), out, strict=True, allow=frozenset({UNVERIFIED_RULE}))
    assert code == 0, out.getvalue()


# --------------------------------------------------------------------------- look-alike fences

QUIZ_BODY = """\
id: trampa
type: single
prompt: ¿Cuál es la contraseña de la maestra?
options:
  - text: secreto-123
    correct: true
  - text: no lo sé
"""


def body_of(text: str) -> tuple[list, list]:
    lines = text.split("\n")
    report = Report(Path("x.es.md"))
    pages = parse_body(lines, 0, Path("/nonexistent"), report)
    shown = "\n".join(b.source for p in pages for b in p.blocks if isinstance(b, MarkdownBlock))
    return report.problems, shown


@pytest.mark.parametrize("info", ["quizz", "qiuz", "quiz-", "QUIZZ", "pregunta", "single", "truefalse",
                                  "turtle", "yaml", ""])
def test_lookalike_fence_is_an_error_and_never_shown(info):
    text = f"# Página\n\nTexto.\n\n```{info}\n{QUIZ_BODY}```\n\nDespués.\n"
    problems, shown = body_of(text)
    [problem] = problems
    assert problem.line == line_of(text, "```" + info)
    assert "parece una actividad" in problem.message and "```quiz" in problem.message
    assert "secreto-123" not in shown and "prompt" not in shown  # the answers stay hidden
    assert "Texto." in shown and "Después." in shown


def test_unclosed_lookalike_fence_is_not_shown_either():
    problems, shown = body_of(f"Texto.\n\n```quizz\n{QUIZ_BODY}")
    assert len(problems) == 2 and "secreto-123" not in shown


def test_capitalised_quiz_fence_is_a_quiz():
    problems, shown = body_of(f"Texto.\n\n```Quiz\n{QUIZ_BODY}```\n")
    assert problems == [] and "secreto-123" not in shown


@pytest.mark.parametrize("info", ["python", "text", ""])
def test_ordinary_code_is_still_code(info):
    problems, shown = body_of(f"```{info}\nprint('hola')\ntype: no es una actividad\n```\n")
    assert problems == [] and "print('hola')" in shown


# --------------------------------------------------------------------------- lesson, not module


def test_unsupported_kind_disables_the_lesson_not_the_module(tree, caplog, monkeypatch):
    # every kind the spec names is built (turtle was the last): a future one stands in for them
    monkeypatch.setattr("kiosk.content.activity_block.PLANNED", ("animacion",))
    text = MODULE_YAML.replace("  - contrasenas-fuertes\n", "  - contrasenas-fuertes\n  - tortuga\n")
    tree.write(f"{TRACK}/{MODULE}/module.yaml", text)
    newer = LESSON_ES.replace(SLUG, "tortuga").replace("type: truefalse", "type: animacion")
    path = tree.lesson(newer, slug="tortuga")
    with caplog.at_level(logging.WARNING, logger="kiosk.content"):
        catalog = load_catalog(tree.root)
    [module] = catalog.modules()
    assert module.lesson_ids == (f"{MODULE_ID}/{SLUG}",)
    assert catalog.skipped_modules == [] and catalog.skipped_lessons == [path]
    [problem] = catalog.problems
    assert problem.path == path and "«animacion» todavía no está disponible" in problem.message
    assert any("lección omitida" in r.getMessage() and "tortuga" in r.getMessage()
               for r in caplog.records)
    out = io.StringIO()
    assert run_check(tree.root, out) == 1
    assert "Sin usar por errores: 1 archivo de lección" in out.getvalue()


def test_broken_translation_disables_only_itself(tree):
    path = tree.lesson(LESSON_GN.replace("id: varias", "id: muchas"), lang="gn")
    catalog = load_catalog(tree.root)
    entry = catalog.lesson_entry(f"{MODULE_ID}/{SLUG}")
    assert set(entry.versions) == {"es"}
    assert catalog.skipped_lessons == [path]
    assert [p.path for p in catalog.problems] == [path]


def test_a_module_left_without_lessons_is_skipped(tree):
    tree.lesson(LESSON_ES.replace("type: truefalse", "type: turtle"))
    catalog = load_catalog(tree.root)
    assert catalog.modules() == [] and catalog.skipped_modules == [tree.module_dir]


# --------------------------------------------------------------------------- the demo track


def add_demo_track(tree) -> None:
    tree.write("muestra/track.yaml", TRACK_YAML.replace("id: internet-seguro", "id: muestra")
               .replace("order: 1", "order: 99\ndemo: true"))
    tree.write("muestra/todas/module.yaml", MODULE_YAML.replace("id: cuida-tus-secretos", "id: todas"))
    tree.write(f"muestra/todas/{SLUG}.es.md",
               LESSON_CLEAN.replace(MODULE_ID, "muestra/todas").replace("![Un candado](img/candado.png)", ""))


def test_demo_track_is_out_of_the_curriculum(tree, monkeypatch):
    monkeypatch.delenv("KIOSK_DEMO_LESSONS", raising=False)
    add_demo_track(tree)
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    assert [t.id for t in catalog.tracks] == [TRACK]  # homes, reports and counts see only this
    assert [m.id for m in catalog.modules()] == [MODULE_ID]
    assert [t.id for t in catalog.demo_tracks] == ["muestra"] and catalog.demo_tracks[0].demo
    # ... yet a demo lesson opens by its id (staff)
    assert catalog.lesson(f"muestra/todas/{SLUG}", "es").title == "Contraseñas fuertes"
    with_demo = load_catalog(tree.root, demo=True)
    assert [t.id for t in with_demo.tracks] == [TRACK, "muestra"] and with_demo.demo_tracks == ()
    monkeypatch.setenv("KIOSK_DEMO_LESSONS", "1")
    assert [t.id for t in load_catalog(tree.root).tracks] == [TRACK, "muestra"]


def test_demo_flag_must_be_a_boolean(tree):
    add_demo_track(tree)
    tree.write("muestra/track.yaml", TRACK_YAML.replace("id: internet-seguro", "id: muestra")
               + "demo: si\n")
    problems = check_tree(tree.root)
    assert [(p.path.name, p.message) for p in problems] == [
        ("track.yaml", "«demo» debe ser true o false (sin comillas)")
    ]


# --------------------------------------------------------------------------- totals


def test_totals_count_kinds_languages_and_translation_state(tree):
    add_demo_track(tree)
    tree.lesson(LESSON_ES.replace('version: "1.0.0"', 'version: "1.1.0"'))
    tree.lesson(LESSON_GN, lang="gn")  # follows 1.0.0: outdated, and pendiente
    tree.lesson(LESSON_GN.replace("lang: gn", "lang: en").replace("review: pendiente", "review: revisada")
                .replace('translation_of: "1.0.0"', 'translation_of: "1.1.0"'), lang="en")
    out = io.StringIO()
    run_check(tree.root, out)
    lines = out.getvalue().splitlines()
    assert lines[-8:-1] == [
        "Módulos: 2 (1 de muestra); lecciones: 2",
        "Actividades: single 2, multi 2, truefalse 2 (total 6)",
        "Idiomas: es 2, gn 1, en 1",
        "Lecciones por módulo (es/gn/en):",
        f"  {MODULE_ID} 1/1/1",
        "  muestra/todas 1/0/0",
        "Traducciones desactualizadas: 1; sin revisar: 1",
    ]
    assert scan_tree(tree.root).lessons == 2


def test_lookalike_fence_in_a_lesson_disables_it_and_the_module_stays(tree):
    text = MODULE_YAML.replace("  - contrasenas-fuertes\n", "  - contrasenas-fuertes\n  - con-error\n")
    tree.write(f"{TRACK}/{MODULE}/module.yaml", text)
    typo = LESSON_ES.replace(SLUG, "con-error").replace("```quiz\nid: compartir", "```quizz\nid: compartir")
    path = tree.lesson(typo, slug="con-error")
    catalog = load_catalog(tree.root)
    assert [e.slug for m in catalog.modules() for e in m.lessons] == [SLUG]
    [problem] = catalog.problems
    assert (problem.path, problem.line) == (path, line_of(typo, "```quizz"))
    assert catalog.lesson(f"{MODULE_ID}/con-error", "es") is None  # nothing of it reaches a learner


def test_bundled_demo_module_has_one_lesson_per_kind_using_it_twice():
    from kiosk.content.activities import KINDS

    catalog = load_catalog(resources.lessons_dir(), demo=False)
    assert "muestra" not in [t.id for t in catalog.tracks]
    [track] = catalog.demo_tracks
    assert track.id == "muestra" and track.demo
    [module] = track.modules
    assert module.id == "muestra/todas-las-actividades"
    slugs = [entry.slug for entry in module.lessons]
    assert {"single", "multi", "truefalse"} <= set(slugs)
    assert set(KINDS) <= set(slugs), "every kind has its lesson in the demo module"
    for entry in module.lessons:
        lesson = entry.versions["es"]
        if entry.slug in KINDS:
            assert sum(a.kind == entry.slug for a in lesson.activities) >= 2, entry.slug


def test_a_warning_found_while_parsing_keeps_the_lesson(tree, monkeypatch):
    """A part of the parser may report a warning (Problem severity WARNING) to the Report:
    the lesson still loads, and the checker prints it as an aviso."""
    from kiosk.content import parser
    from kiosk.content.model import WARNING, Problem

    real = parser.parse_body

    def with_warning(lines, first, module_dir, report):
        report.problems.append(Problem(report.path, 3, "algo para revisar", WARNING))
        return real(lines, first, module_dir, report)

    monkeypatch.setattr(parser, "parse_body", with_warning)
    tree.lesson(LESSON_CLEAN)
    catalog = load_catalog(tree.root)
    assert catalog.problems == [] and len(catalog.modules()) == 1
    assert [(p.line, p.message) for p in catalog.warnings] == [(3, "algo para revisar")]
    out = io.StringIO()
    assert run_check(tree.root, out) == 0
    assert f"{tree.lesson_path()}:3: aviso: algo para revisar" in out.getvalue().splitlines()
    assert run_check(tree.root, io.StringIO(), strict=True) == 1
