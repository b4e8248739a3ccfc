"""Issue 11, point 7: the facilitators' page (``kiosk lessons guide``, lessons/README.md, "The
facilitators' page"): every track, module and lesson with bands, minutes, sensitive or not,
activities by kind, languages with their review state as a learner meets them, and pictures,
with the totals first. Deterministic, so that the committed docs/curriculo.md is kept fresh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lesson_tree import LESSON_ES, LESSON_GN, MODULE, MODULE_ID, MODULE_YAML, SLUG, TRACK, TRACK_YAML

from kiosk import resources
from kiosk.cli import main
from kiosk.content.catalog import scan_tree
from kiosk.content.guide import GUIDE_COMMAND, guide_markdown

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "docs" / "curriculo.md"
LESSON_EN = LESSON_ES.replace("lang: es", 'lang: en\ntranslation_of: "1.0.0"\nreview: revisada').replace(
    "title: Contraseñas fuertes", "title: Strong passwords")
SENSITIVE = "authors: [Equipo Telecentro]\nsensitive: true"
AYUDA = """\
schema: kiosco-leccion/1
lines:
  - id: facilitador
    name: {es: La persona facilitadora}
    who: {es: Está en el telecentro}
    hours: {es: Mientras está abierto}
    verified: null
"""


def row(page: str, title: str) -> list[str]:
    [line] = [line for line in page.splitlines() if line.startswith(f"| {title} |")]
    return [cell.strip() for cell in line.strip("|").split(" | ")]


def test_the_committed_page_is_fresh():
    fresh = guide_markdown(scan_tree(resources.lessons_dir()))
    committed = PAGE.read_text(encoding="utf-8") if PAGE.is_file() else ""
    assert committed == fresh, (
        f"{PAGE.relative_to(REPO)} no está al día con las lecciones: regenerala con "
        f"`PYTHONPATH=$PWD python -m {GUIDE_COMMAND}` (desde la raíz del repositorio) y commiteala")


def test_a_lesson_row_says_bands_minutes_activities_languages_and_pictures(tree):
    tree.lesson(LESSON_GN, lang="gn")
    tree.lesson(LESSON_EN, lang="en")
    page = guide_markdown(scan_tree(tree.root))
    assert row(page, "Contraseñas fuertes") == [
        "Contraseñas fuertes", "8–11, 12–17", "12", "no",
        "1 elegir una respuesta, 1 elegir varias respuestas, 1 verdadero o falso",
        "español, guaraní (en revisión), inglés (revisada)", "1"]
    assert "### Módulo 3. Cuidá tus secretos" in page
    assert "Para: 8–11, 12–17, docentes, familias · 1 lección · 12 minutos" in page
    assert "| Lecciones | 1 (12 minutos en total) |" in page
    assert "| Lecciones por idioma | español 1, guaraní 1, inglés 1 |" in page
    assert "| Traducciones sin revisar | 1 (de ellas, 0 se muestran en español) |" in page


def test_guarani_that_learners_cannot_see_yet_is_said_so(tree):
    """A module with ``translations_need_review: [gn]`` and a sensitive lesson: the page says
    the learner meets the Spanish file."""
    tree.write(f"{TRACK}/{MODULE}/module.yaml",
               MODULE_YAML.replace("order: 3\n", "order: 3\ntranslations_need_review: [gn]\n"))
    tree.lesson(LESSON_GN, lang="gn")
    page = guide_markdown(scan_tree(tree.root))
    assert row(page, "Contraseñas fuertes")[5] == "español, guaraní (sin revisar: se muestra en español)"
    assert "> En guaraní, este módulo se muestra solo con traducciones revisadas" in page
    tree.write("ayuda.yaml", AYUDA)
    tree.write(f"{TRACK}/{MODULE}/module.yaml", MODULE_YAML)
    tree.lesson(LESSON_ES.replace("authors: [Equipo Telecentro]", SENSITIVE))
    tree.lesson(LESSON_GN.replace("authors: [Equipo Telecentro]", SENSITIVE), lang="gn")
    page = guide_markdown(scan_tree(tree.root))
    assert row(page, "Contraseñas fuertes")[3:6] == [
        "sí", "1 elegir una respuesta, 1 elegir varias respuestas, 1 verdadero o falso",
        "español, guaraní (sin revisar: se muestra en español)"]
    assert "| Lecciones sensibles | 1 |" in page


def test_modules_and_tracks_in_order_demo_left_out_and_cells_kept_whole(tree):
    tree.add_module("segundo", {"otra": LESSON_ES.replace("title: Contraseñas fuertes", "title: Esto | aquello")},
                    order=1)
    tree.write("muestra/track.yaml", TRACK_YAML.replace("id: internet-seguro", "id: muestra")
               .replace("order: 1", "order: 99\ndemo: true").replace("Internet seguro", "Muestra"))
    tree.write("muestra/todas/module.yaml", MODULE_YAML.replace("id: cuida-tus-secretos", "id: todas"))
    tree.write(f"muestra/todas/{SLUG}.es.md", LESSON_ES.replace(MODULE_ID, "muestra/todas").replace(
        "![Un candado](img/candado.png)", ""))
    scan = scan_tree(tree.root)
    assert scan.catalog.problems == []
    page = guide_markdown(scan)
    assert page.index("### Módulo 1.") < page.index("### Módulo 3.")
    assert "Muestra" not in page and "| Módulos | 2 |" in page
    assert row(page, "Esto \\| aquello")[6] == "0"  # the module without pictures
    assert page == guide_markdown(scan_tree(tree.root))  # deterministic
    assert str(dt.date.today().year) not in page and str(tree.root) not in page


def test_the_command_writes_the_page(tree, tmp_path, capsys):
    out = tmp_path / "docs" / "curriculo.md"
    assert main(["lessons", "guide", str(tree.root), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == guide_markdown(scan_tree(tree.root))
    assert main(["lessons", "guide", str(tree.root)]) == 0
    assert capsys.readouterr().out.endswith(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("broken", ["module", "empty"])
def test_the_command_refuses_a_tree_with_errors(tree, tmp_path, capsys, broken):
    if broken == "module":
        tree.write(f"{TRACK}/{MODULE}/module.yaml", MODULE_YAML.replace("order: 3", "order: tres"))
        root = tree.root
    else:
        root = tmp_path / "vacio"
        root.mkdir()
    out = tmp_path / "page.md"
    assert main(["lessons", "guide", str(root), "--out", str(out)]) == 1
    assert not out.exists()
    assert "kiosk lessons check" in capsys.readouterr().err
