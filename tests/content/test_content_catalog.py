"""load_catalog / check_tree: the tree, ordering, skipping broken modules and tracks."""

from __future__ import annotations

import logging

from lesson_tree import LESSON_ES, LESSON_GN, MODULE, MODULE_YAML, SLUG, TRACK, TRACK_YAML, line_of

from kiosk.content.catalog import check_tree, load_catalog


def test_valid_tree_loads(tree):
    tree.lesson(LESSON_GN, lang="gn")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    assert catalog.skipped_modules == []
    [track] = catalog.tracks
    assert track.id == TRACK
    assert track.title("en") == "Safe internet"
    assert track.title("gn") == "Internet seguro"  # falls back to Spanish
    assert track.color == "#1F6FB2"
    assert track.icon == "escudo.svg"
    [module] = track.modules
    assert module.id == f"{TRACK}/{MODULE}"
    assert module.track_id == TRACK
    assert module.version == "1.0.0"
    assert module.title("es") == "Cuidá tus secretos"
    assert module.description("es") == "Contraseñas fuertes y cerrar sesión."
    assert module.audience == ("ninos-8-11", "adolescentes-12-17", "docentes", "familias")
    assert module.path == tree.module_dir
    assert module.lesson_ids == (f"{TRACK}/{MODULE}/{SLUG}",)
    entry = catalog.lesson_entry(f"{TRACK}/{MODULE}/{SLUG}")
    assert set(entry.versions) == {"es", "gn"}
    assert entry.in_lang("gn").title == "Ñeʼẽñemi hatã"
    assert entry.in_lang("en").lang == "es"
    assert not entry.is_outdated("gn")
    assert catalog.lesson(f"{TRACK}/{MODULE}/{SLUG}", "gn").lang == "gn"


def test_tracks_and_modules_are_sorted_by_order(tree):
    tree.add_module("cerrar-sesion", {"salir": LESSON_ES}, order=1)
    tree.add_module("zzz-primero-en-nada", {"algo": LESSON_ES}, order=9)
    tree.write(
        "aaa-segundo/track.yaml",
        TRACK_YAML.replace("id: internet-seguro", "id: aaa-segundo").replace(
            "order: 1", "order: 2"
        ),
    )
    tree.write(
        "aaa-segundo/mod/module.yaml", MODULE_YAML.replace("id: cuida-tus-secretos", "id: mod")
    )
    tree.write(
        f"aaa-segundo/mod/{SLUG}.es.md",
        LESSON_ES.replace("internet-seguro/cuida-tus-secretos/", "aaa-segundo/mod/").replace(
            "![Un candado](img/candado.png)", ""
        ),
    )
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    assert [t.id for t in catalog.tracks] == ["internet-seguro", "aaa-segundo"]
    assert [m.slug for m in catalog.tracks[0].modules] == [
        "cerrar-sesion",
        "cuida-tus-secretos",
        "zzz-primero-en-nada",
    ]


def test_broken_module_is_skipped_and_good_sibling_loads(tree, caplog):
    broken = tree.add_module(
        "roto", {"leccion": LESSON_ES.replace("duration_min: 12", "duration_min: 0")}
    )
    with caplog.at_level(logging.WARNING, logger="kiosk.content"):
        catalog = load_catalog(tree.root)
    assert [m.slug for m in catalog.modules()] == [MODULE]
    assert catalog.skipped_modules == [broken]
    [problem] = catalog.problems
    assert problem.path == broken / "leccion.es.md"
    assert problem.line == line_of(LESSON_ES, "duration_min")
    assert catalog.module(f"{TRACK}/roto") is None
    warnings = [
        r for r in caplog.records if r.name == "kiosk.content" and r.levelno == logging.WARNING
    ]
    assert any("roto" in r.getMessage() and "duration_min" in r.getMessage() for r in warnings)


def test_module_yaml_listing_a_missing_lesson(tree):
    text = MODULE_YAML.replace(
        "  - contrasenas-fuertes\n", "  - contrasenas-fuertes\n  - no-existe\n"
    )
    tree.write(f"{TRACK}/{MODULE}/module.yaml", text)
    catalog = load_catalog(tree.root)
    assert catalog.modules() == []
    assert catalog.skipped_modules == [tree.module_dir]
    [problem] = catalog.problems
    assert problem.path == tree.module_dir / "module.yaml"
    assert problem.line == line_of(text, "  - no-existe")
    assert "no-existe.es.md" in problem.message


def test_translation_without_spanish_file_is_reported(tree):
    text = MODULE_YAML.replace(
        "  - contrasenas-fuertes\n", "  - contrasenas-fuertes\n  - solo-guarani\n"
    )
    tree.write(f"{TRACK}/{MODULE}/module.yaml", text)
    tree.lesson(LESSON_GN.replace(SLUG, "solo-guarani"), lang="gn", slug="solo-guarani")
    problems = check_tree(tree.root)
    assert [(p.path.name, p.line) for p in problems] == [
        ("module.yaml", line_of(text, "solo-guarani"))
    ]


def test_unlisted_lesson_file(tree):
    extra = tree.lesson(LESSON_ES.replace(SLUG, "olvidada"), slug="olvidada")
    tree.write(f"{TRACK}/{MODULE}/README.md", "notas para autores\n")
    catalog = load_catalog(tree.root)
    assert catalog.skipped_modules == [tree.module_dir]
    [problem] = catalog.problems
    assert problem.path == extra
    assert problem.line == 1
    assert "«olvidada»" in problem.message and "module.yaml" in problem.message


def test_badly_named_md_file(tree):
    bad = tree.write(f"{TRACK}/{MODULE}/{SLUG}.md", LESSON_ES)
    problems = check_tree(tree.root)
    assert [(p.path, p.line) for p in problems] == [(bad, 1)]


def test_broken_track_yaml_skips_its_modules(tree):
    text = TRACK_YAML.replace("order: 1", "order: primero")
    tree.write(f"{TRACK}/track.yaml", text)
    catalog = load_catalog(tree.root)
    assert catalog.tracks == ()
    assert catalog.skipped_modules == [tree.module_dir]
    [problem] = catalog.problems
    assert problem.path == tree.root / TRACK / "track.yaml"
    assert problem.line == line_of(text, "order:")


def test_folder_without_track_yaml(tree):
    (tree.root / "borrador").mkdir()
    (tree.root / ".git").mkdir()  # hidden folders are not tracks
    catalog = load_catalog(tree.root)
    assert len(catalog.modules()) == 1
    [problem] = catalog.problems
    assert problem.path == tree.root / "borrador"
    assert "track.yaml" in problem.message


def test_folder_without_module_yaml(tree):
    (tree.root / TRACK / "a-medias").mkdir()
    problems = check_tree(tree.root)
    [problem] = problems
    assert problem.path == tree.root / TRACK / "a-medias"
    assert "module.yaml" in problem.message


def test_missing_root():
    from pathlib import Path

    catalog = load_catalog(Path("/no/existe/lessons"))
    assert catalog.tracks == ()
    assert "no existe" in catalog.problems[0].message


def test_up_to_date_translation_must_keep_activity_ids(tree):
    path = tree.lesson(LESSON_GN.replace("id: varias", "id: muchas"), lang="gn")
    problems = check_tree(tree.root)
    [problem] = problems
    assert problem.path == path
    assert "faltan: varias" in problem.message and "sobran: muchas" in problem.message


def test_outdated_translation_is_loaded_and_flagged(tree):
    # A major version behind (a minor one behind must still match: test_translation_state.py).
    tree.lesson(LESSON_ES.replace('version: "1.0.0"', 'version: "2.0.0"'))
    tree.lesson(LESSON_GN.replace("id: varias", "id: muchas"), lang="gn")
    catalog = load_catalog(tree.root)
    assert catalog.problems == []
    entry = catalog.lesson_entry(f"{TRACK}/{MODULE}/{SLUG}")
    assert entry.is_outdated("gn")
    assert not entry.is_outdated("es")


def test_check_tree_does_not_log(tree, caplog):
    tree.lesson(LESSON_ES.replace("lang: es", "lang: xx"))
    with caplog.at_level(logging.DEBUG, logger="kiosk.content"):
        problems = check_tree(tree.root)
    assert len(problems) == 1
    assert caplog.records == []


def test_track_without_modules_is_reported(tree):
    tree.write("vacio/track.yaml", TRACK_YAML.replace("id: internet-seguro", "id: vacio"))
    catalog = load_catalog(tree.root)
    assert [t.id for t in catalog.tracks] == [TRACK]
    [problem] = catalog.problems
    assert (problem.path, problem.line) == (tree.root / "vacio", 0)
    assert "ningún módulo" in problem.message


def test_broken_module_yaml_still_checks_its_lessons(tree):
    tree.write(f"{TRACK}/{MODULE}/module.yaml", MODULE_YAML.replace("order: 3", "order: x"))
    tree.lesson(LESSON_ES.replace("lang: es", "lang: xx"))
    problems = check_tree(tree.root)
    assert sorted((p.path.name, p.line) for p in problems) == [
        (f"{SLUG}.es.md", line_of(LESSON_ES, "lang:")),
        ("module.yaml", line_of(MODULE_YAML, "order:")),
    ]
