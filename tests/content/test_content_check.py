"""run_check: `path:line: message`, a Spanish summary line, exit codes."""

from __future__ import annotations

import io

from lesson_tree import LESSON_ES, MODULE_YAML, TRACK, MODULE, line_of

from kiosk.content.check import run_check


def test_all_good(tree):
    tree.add_module("otro", {"uno": LESSON_ES, "dos": LESSON_ES})
    out = io.StringIO()
    assert run_check(tree.root, out) == 0
    assert out.getvalue() == "Todo bien: 3 lecciones en 2 módulos\n"


def test_singular_summary(tree):
    out = io.StringIO()
    assert run_check(tree.root, out) == 0
    assert out.getvalue() == "Todo bien: 1 lección en 1 módulo\n"


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
    assert lines[3:] == ["3 problemas en 2 archivos"]


def test_paths_outside_cwd_are_shown_as_given(tree, monkeypatch, tmp_path):
    tree.lesson(LESSON_ES.replace("lang: es", "lang: xx"))
    elsewhere = tmp_path / "otro-lado"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = io.StringIO()
    assert run_check(tree.root, out) == 1
    first, summary = out.getvalue().splitlines()
    assert first.startswith(str(tree.lesson_path()) + ":")
    assert summary == "1 problema en 1 archivo"


def test_empty_or_wrong_folder_is_an_error(tmp_path):
    out = io.StringIO()
    assert run_check(tmp_path, out) == 1
    assert "ningún módulo" in out.getvalue()
    out = io.StringIO()
    assert run_check(tmp_path / "no-existe", out) == 1
    assert "no existe" in out.getvalue()


def test_default_output_is_stdout(tree, capsys):
    assert run_check(tree.root) == 0
    assert capsys.readouterr().out == "Todo bien: 1 lección en 1 módulo\n"
