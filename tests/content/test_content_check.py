"""run_check: `path:line: message`, warnings as `path:line: aviso: message`, the totals, a
Spanish summary line, exit codes (``strict``: warnings count)."""

from __future__ import annotations

import io

import pytest
from lesson_tree import LESSON_CLEAN, LESSON_ES, MODULE_YAML, TRACK, MODULE, line_of

from kiosk.content.check import run_check


def totals_lines(modules=1, lessons=1, per_kind=1, es=None, note="", per_module=None):
    """The totals run_check prints for ``lessons`` copies of LESSON_ES (one single, one multi,
    one truefalse each); ``per_module``: {module id: Spanish lessons}, default all in MODULE."""
    n = lessons * per_kind
    per_module = per_module or {f"{TRACK}/{MODULE}": lessons}
    return [
        f"Módulos: {modules}{note}; lecciones: {lessons}",
        f"Actividades: single {n}, multi {n}, truefalse {n} (total {3 * n})",
        f"Idiomas: es {lessons if es is None else es}, gn 0, en 0",
        "Lecciones por módulo (es/gn/en):",
        *(f"  {module} {count}/0/0" for module, count in per_module.items()),
        "Traducciones desactualizadas: 0; sin revisar: 0",
    ]


@pytest.fixture()
def clean(tree):
    """The tree without any warning."""
    tree.lesson(LESSON_CLEAN)
    return tree


def test_all_good(clean):
    clean.add_module("otro", {"uno": LESSON_CLEAN, "dos": LESSON_CLEAN})
    out = io.StringIO()
    assert run_check(clean.root, out) == 0
    assert out.getvalue().splitlines() == [
        *totals_lines(modules=2, lessons=3, per_module={f"{TRACK}/{MODULE}": 1, f"{TRACK}/otro": 2}),
        "Todo bien: 3 lecciones en 2 módulos",
    ]


def test_singular_summary(clean):
    out = io.StringIO()
    assert run_check(clean.root, out) == 0
    assert out.getvalue().splitlines()[-1] == "Todo bien: 1 lección en 1 módulo"


def test_problems_are_printed_relative_to_cwd(tree, monkeypatch):
    text = LESSON_ES.replace("duration_min: 12", "duration_min: 0").replace("lang: es", "lang: xx")
    tree.lesson(text)
    module_text = MODULE_YAML.replace("order: 3", "order: 3\nordre: 4")
    tree.write(f"{TRACK}/{MODULE}/module.yaml", module_text)
    monkeypatch.chdir(tree.root)
    out = io.StringIO()
    assert run_check(tree.root, out) == 1
    lines = out.getvalue().splitlines()
    lesson = f"{TRACK}/{MODULE}/contrasenas-fuertes.es.md"
    assert lines[:3] == [
        f"{lesson}:{line_of(text, 'lang:')}: idioma «xx» no válido (se esperaba es, gn o en)",
        f"{lesson}:{line_of(text, 'duration_min')}: "
        "«duration_min» debe estar entre 1 y 120 minutos (tiene 0)",
        f"{TRACK}/{MODULE}/module.yaml:{line_of(module_text, 'ordre')}: "
        "campo desconocido «ordre» (¿quisiste decir «order»?)",
    ]
    # the lesson file is left out: the module has no lesson left and is skipped too
    assert lines[3:] == [
        "Módulos: 0; lecciones: 0",
        "Actividades: ninguna (total 0)",
        "Idiomas: es 0, gn 0, en 0",
        "Traducciones desactualizadas: 0; sin revisar: 0",
        "Sin usar por errores: 1 módulo",
        "3 problemas en 2 archivos",
    ]


def test_paths_outside_cwd_are_shown_as_given(tree, monkeypatch, tmp_path):
    tree.lesson(LESSON_ES.replace("lang: es", "lang: xx"))
    elsewhere = tmp_path / "otro-lado"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = io.StringIO()
    assert run_check(tree.root, out) == 1
    first, *_, summary = out.getvalue().splitlines()
    assert first.startswith(str(tree.lesson_path()) + ":")
    assert summary == "1 problema en 1 archivo"


def test_empty_or_wrong_folder_is_an_error(tmp_path):
    out = io.StringIO()
    assert run_check(tmp_path, out) == 1
    assert "ningún módulo" in out.getvalue()
    out = io.StringIO()
    assert run_check(tmp_path / "no-existe", out) == 1
    assert "no existe" in out.getvalue()


def test_default_output_is_stdout(clean, capsys):
    assert run_check(clean.root) == 0
    assert capsys.readouterr().out.splitlines() == [
        *totals_lines(), "Todo bien: 1 lección en 1 módulo"
    ]
