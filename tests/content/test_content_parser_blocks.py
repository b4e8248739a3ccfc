"""parse_lesson / parse_module_yaml / parse_track_yaml: activities, images, module and track
files (the front matter and pages are in test_content_parser.py)."""

from __future__ import annotations

import pytest
from lesson_tree import LESSON_ES, MODULE_YAML, TRACK_YAML, line_of, messages, only_problem, parse

from kiosk.content.parser import parse_module_yaml, parse_track_yaml


# --------------------------------------------------------------------------- activities


def quiz_lesson(block: str) -> str:
    return LESSON_ES + "\n---\n\n# Otra\n\n```quiz\n" + block + "```\n"


def test_unknown_activity_type(tree):
    text = quiz_lesson("id: q\ntype: ordenar\nprompt: ¿Qué?\n")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "type: ordenar")
    assert "desconocido" in problem.message and "«ordenar»" in problem.message


@pytest.mark.parametrize("kind", ["animacion"])
def test_planned_activity_type(tree, kind, monkeypatch):
    # every kind the spec names is built (turtle was the last): a future one stands in for them
    monkeypatch.setattr("kiosk.content.activity_block.PLANNED", (kind,))
    text = quiz_lesson(f"id: q\ntype: {kind}\nprompt: ¿Qué?\nitems: [a, b]\n")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, f"type: {kind}")
    assert problem.message == (
        f"tipo de actividad «{kind}» todavía no está disponible en esta versión del kiosco"
    )


def test_duplicate_activity_id(tree):
    text = LESSON_ES.replace("id: compartir", "id: varias")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "id: varias", nth=2)
    assert f"línea {line_of(text, 'id: varias')}" in problem.message


def test_bad_activity_id(tree):
    text = LESSON_ES.replace("id: compartir", "id: compartir contraseña")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "id: compartir")


def test_missing_prompt(tree):
    text = quiz_lesson("id: q\ntype: truefalse\nanswer: true\n")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "```quiz", nth=-1)
    assert problem.message == "falta el campo obligatorio «prompt»"


def test_missing_option_text(tree):
    text = quiz_lesson(
        "id: q\ntype: single\nprompt: ¿Qué?\noptions:\n  - text: a\n    correct: true\n"
        "  - feedback: sin texto\n"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "  - feedback: sin texto")
    assert problem.message == "falta el campo obligatorio «text» en la opción 2"


@pytest.mark.parametrize(
    "options, count",
    [
        ("  - text: a\n  - text: b\n", 0),
        ("  - text: a\n    correct: true\n  - text: b\n    correct: true\n", 2),
    ],
)
def test_single_needs_exactly_one_correct(tree, options, count):
    text = quiz_lesson(f"id: q\ntype: single\nprompt: ¿Qué?\noptions:\n{options}")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "options:", nth=-1)
    assert "exactamente una" in problem.message and f"(tiene {count})" in problem.message


def test_multi_needs_a_correct_option(tree):
    text = quiz_lesson("id: q\ntype: multi\nprompt: ¿Qué?\noptions:\n  - text: a\n  - text: b\n")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "options:", nth=-1)
    assert "al menos una" in problem.message


def test_too_few_options(tree):
    text = quiz_lesson(
        "id: q\ntype: single\nprompt: ¿Qué?\noptions:\n  - text: a\n    correct: true\n"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "options:", nth=-1)
    assert "entre 2 y 6" in problem.message and "(tiene 1)" in problem.message


def test_too_many_single_options(tree):
    options = "  - text: a\n    correct: true\n" + "".join(f"  - text: o{i}\n" for i in range(6))
    text = quiz_lesson(f"id: q\ntype: single\nprompt: ¿Qué?\noptions:\n{options}")
    problem = only_problem(tree, text)
    assert "(tiene 7)" in problem.message


def test_correct_must_be_a_boolean(tree):
    text = LESSON_ES.replace(
        "    correct: true\n    feedback: ¡Eso!", '    correct: "sí"\n    feedback: ¡Eso!'
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, 'correct: "sí"')
    assert "true o false" in problem.message


def test_truefalse_needs_answer(tree):
    text = LESSON_ES.replace("answer: false\n", "")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "```quiz", nth=3)
    assert problem.message == "falta el campo obligatorio «answer»"


def test_unknown_quiz_key(tree):
    text = LESSON_ES.replace("explanation: Una contraseña", "explicacion: Una contraseña")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "explicacion:")
    assert "«explicacion»" in problem.message and "«explanation»" in problem.message


def test_yaml_error_inside_quiz_has_file_line(tree):
    text = LESSON_ES.replace("prompt: ¿Qué hace fuerte", "prompt: Ojo: ¿Qué hace fuerte")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "prompt: Ojo:")
    assert problem.message.startswith("error de YAML")


def test_unclosed_quiz(tree):
    text = LESSON_ES.rstrip("\n").removesuffix("```")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "```quiz", nth=3)
    assert "no se cierra" in problem.message


def test_quiz_block_that_is_not_a_mapping(tree):
    text = quiz_lesson("- una\n- lista\n")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "- una")


# --------------------------------------------------------------------------- images


@pytest.mark.parametrize(
    "src, fragment",
    [
        ("../otro-modulo/img/x.png", "fuera de la carpeta"),
        ("img/../../x.png", "fuera de la carpeta"),
        ("/etc/x.png", "ruta absoluta"),
        ("http://example.com/a.png", "dirección web"),
        ("https://example.com/a.png", "dirección web"),
        ("data:image/png;base64,AAAA", "no es un archivo"),
        ("file:///etc/x.png", "no es un archivo"),
        ("img/falta.png", "no existe"),
        ("img/candado.gif", "PNG, JPEG o SVG"),
        ("img\\candado.png", "«/»"),
    ],
)
def test_bad_images(tree, src, fragment):
    text = LESSON_ES.replace("Texto con **negrita**.", f"Mirá: ![Algo]({src}) y listo.")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "Mirá:")
    assert fragment in problem.message


def test_reference_style_image_is_checked(tree):
    text = LESSON_ES.replace(
        "Texto con **negrita**.", "![Algo][foto]\n\n[foto]: http://example.com/a.png"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "![Algo][foto]")


def test_image_syntax_inside_code_is_not_checked(tree):
    text = LESSON_ES.replace(
        "Texto con **negrita**.",
        "Se escribe `![texto](http://x/a.png)`.\n\n```\n![texto](http://x/a.png)\n```",
    )
    lesson, problems = parse(tree, text)
    assert problems == []
    assert lesson is not None


def test_image_symlink_escaping_the_module_is_rejected(tree, tmp_path):
    outside = tmp_path / "secreto.png"
    outside.write_bytes(b"x")
    (tree.module_dir / "img" / "enlace.png").symlink_to(outside)
    text = LESSON_ES.replace("img/candado.png", "img/enlace.png")
    problem = only_problem(tree, text)
    assert "fuera de la carpeta" in problem.message


# --------------------------------------------------------------------------- module, track


def test_module_yaml_valid(tree):
    meta, problems = parse_module_yaml(tree.module_dir / "module.yaml")
    assert problems == []
    assert meta["id"] == "cuida-tus-secretos"
    assert meta["version"] == "1.0.0"
    assert meta["title"] == {"es": "Cuidá tus secretos"}
    assert meta["order"] == 3
    assert meta["lessons"] == ["contrasenas-fuertes"]
    assert meta["lesson_lines"] == {"contrasenas-fuertes": line_of(MODULE_YAML, "  - contrasenas")}


@pytest.mark.parametrize(
    "old, new, needle, fragment",
    [
        ("id: cuida-tus-secretos", "id: otro", "id: otro", "carpeta"),
        ('version: "1.0.0"', "version: 1.0", "version:", "comillas"),
        ("  es: Cuidá tus secretos", "  en: Keep your secrets", "title:", "español"),
        ("order: 3", "order: tercero", "order:", "entero"),
        ("audience: [ninos-8-11,", "audience: [ninios,", "audience:", "«ninios»"),
        ("  - contrasenas-fuertes", "  - Contraseñas", "  - Contraseñas", "id de lección"),
        ("order: 3", "order: 3\norden: 4", "orden:", "desconocido"),
    ],
)
def test_module_yaml_errors(tree, old, new, needle, fragment):
    text = MODULE_YAML.replace(old, new)
    assert text != MODULE_YAML
    path = tree.write("internet-seguro/cuida-tus-secretos/module.yaml", text)
    meta, problems = parse_module_yaml(path)
    assert meta is None
    assert len(problems) == 1, messages(problems)
    assert problems[0].line == line_of(text, needle)
    assert fragment in problems[0].message


def test_module_yaml_syntax_error(tree):
    text = MODULE_YAML.replace("lessons:\n", "lessons: [\n")
    path = tree.write("internet-seguro/cuida-tus-secretos/module.yaml", text)
    meta, problems = parse_module_yaml(path)
    assert meta is None
    assert problems[0].message.startswith("error de YAML")
    assert problems[0].line >= line_of(text, "lessons: [")


def test_track_yaml_valid_and_errors(tree):
    path = tree.root / "internet-seguro" / "track.yaml"
    meta, problems = parse_track_yaml(path)
    assert problems == []
    assert meta == {
        "id": "internet-seguro",
        "title": {"es": "Internet seguro", "en": "Safe internet"},
        "color": "#1F6FB2",
        "icon": "escudo.svg",
        "order": 1,
    }
    text = TRACK_YAML.replace('color: "#1F6FB2"', "color: #1F6FB2").replace(
        "icon: escudo.svg", "icon: ../escudo.svg"
    )
    path.write_text(text, encoding="utf-8")
    meta, problems = parse_track_yaml(path)
    assert meta is None
    assert [p.line for p in problems] == [line_of(text, "color:"), line_of(text, "icon:")]
    assert "comillas" in problems[0].message


# --------------------------------------------------------------------------- option ids


def test_option_ids_written_in_the_file(tree):
    text = quiz_lesson(
        "id: q\ntype: multi\nprompt: ¿Qué?\noptions:\n  - id: larga\n    text: a\n    correct: true\n"
        "  - id: corta-2\n    text: b\n"
    )
    lesson, problems = parse(tree, text)
    assert problems == []
    activity = lesson.activity("q")
    assert activity.option_ids == ("larga", "corta-2")
    assert activity.correct_ids == frozenset({"larga"})


def test_option_ids_all_or_none(tree):
    text = quiz_lesson(
        "id: q\ntype: single\nprompt: ¿Qué?\noptions:\n  - id: larga\n    text: a\n    correct: true\n"
        "  - text: b\n"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "  - text: b")
    assert problem.message == "falta el «id» de la opción 2: si una opción lleva «id», todas lo llevan"


def test_option_id_repeated(tree):
    text = quiz_lesson(
        "id: q\ntype: single\nprompt: ¿Qué?\noptions:\n  - id: x\n    text: a\n    correct: true\n"
        "  - id: x\n    text: b\n"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "  - id: x", nth=2)
    assert problem.message == "el id de opción «x» ya lo tiene la opción 1"


def test_option_id_not_valid(tree):
    text = quiz_lesson(
        "id: q\ntype: single\nprompt: ¿Qué?\noptions:\n  - id: la larga\n    text: a\n    correct: true\n"
        "  - id: b\n    text: b\n"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "  - id: la larga")
    assert "id de opción «la larga» no válido" in problem.message
