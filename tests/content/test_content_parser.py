"""parse_lesson / parse_module_yaml / parse_track_yaml: good content and every kind of error."""

from __future__ import annotations

import pytest
from lesson_tree import LESSON_ES, LESSON_GN, MODULE_ID, SLUG, line_of, only_problem, parse

from kiosk.content.activities import kind_of
from kiosk.content.model import Activity, MarkdownBlock
from kiosk.content.parser import parse_lesson


# --------------------------------------------------------------------------- valid content


def test_valid_lesson_parses_completely(tree):
    lesson, problems = parse(tree, LESSON_ES)
    assert problems == []
    assert lesson is not None
    assert lesson.id == "internet-seguro/cuida-tus-secretos/contrasenas-fuertes"
    assert lesson.slug == SLUG
    assert lesson.module_id == MODULE_ID
    assert lesson.version == "1.0.0"
    assert lesson.lang == "es"
    assert lesson.title == "Contraseñas fuertes"
    assert lesson.audience == ("ninos-8-11", "adolescentes-12-17")
    assert lesson.duration_min == 12
    assert lesson.objectives == ("Reconocer una contraseña fuerte.",)
    assert lesson.license == "CC-BY-SA-4.0"
    assert lesson.authors == ("Equipo Telecentro",)
    assert lesson.translation_of is None
    assert lesson.review_status is None
    assert lesson.module_dir == tree.module_dir

    assert len(lesson.pages) == 3
    first, second, third = lesson.pages
    assert first.line == line_of(LESSON_ES, "# Tu contraseña")
    assert [type(b) for b in first.blocks] == [MarkdownBlock]
    assert first.blocks[0].source.startswith("# Tu contraseña es como la llave")
    assert first.blocks[0].source.endswith("Texto con **negrita**.")
    assert first.blocks[0].line == line_of(LESSON_ES, "# Tu contraseña")

    assert [type(b) for b in second.blocks] == [MarkdownBlock, Activity, MarkdownBlock]
    assert second.blocks[2].source == "Después de la pregunta."
    single = second.blocks[1]
    assert single.id == "larga-o-corta"
    assert single.kind == "single"
    assert single.prompt == "¿Cuál de estas contraseñas es más difícil de adivinar?"
    assert single.line == line_of(LESSON_ES, "```quiz")
    assert [o.text for o in single.options] == ["1234", "tortuga-lluvia-mate-7"]
    assert [o.correct for o in single.options] == [False, True]
    assert single.options[0].feedback == "Es la primera que prueba cualquiera."
    assert single.explanation == "Una contraseña larga es fuerte."
    assert [o.id for o in single.options] == ["a", "b"]  # derived from the positions
    assert kind_of(single).evaluate(single, frozenset({"b"}))  # the option at index 1
    assert not kind_of(single).evaluate(single, frozenset({"a"}))

    multi, truefalse = third.activities
    assert multi.kind == "multi"
    assert [o.correct for o in multi.options] == [True, False, True]
    assert multi.options[0].feedback == ""
    assert multi.explanation == ""
    assert kind_of(multi).evaluate(multi, frozenset({"a", "c"}))  # indexes 0 and 2
    assert not kind_of(multi).evaluate(multi, frozenset({"a"}))

    assert truefalse.kind == "truefalse"
    assert [o.text for o in truefalse.options] == ["true", "false"]
    assert [o.id for o in truefalse.options] == ["true", "false"]
    assert [o.correct for o in truefalse.options] == [False, True]
    assert truefalse.options[0].feedback == "Mejor no; aunque sea tu amigo, es tuya."
    assert truefalse.options[1].feedback == "¡Así es! Tu contraseña es solo tuya."
    assert truefalse.line == line_of(LESSON_ES, "```quiz", nth=3)

    assert [a.id for a in lesson.activities] == ["larga-o-corta", "varias", "compartir"]
    assert lesson.question_key(multi) == (
        "internet-seguro/cuida-tus-secretos/contrasenas-fuertes#varias"
    )


def test_translation_parses_with_translation_of_and_review(tree):
    lesson, problems = parse(tree, LESSON_GN, lang="gn")
    assert problems == []
    assert lesson.lang == "gn"
    assert lesson.translation_of == "1.0.0"
    assert lesson.review_status == "pendiente"
    assert lesson.title == "Ñeʼẽñemi hatã"


def test_truefalse_answer_true_marks_first_option(tree):
    text = LESSON_ES.replace("answer: false", "answer: true")
    lesson, problems = parse(tree, text)
    assert problems == []
    truefalse = lesson.activities[-1]
    assert [o.correct for o in truefalse.options] == [True, False]


def test_separator_inside_code_fence_does_not_split_pages(tree):
    text = LESSON_ES.replace(
        "Texto con **negrita**.",
        "Texto con **negrita**.\n\n```yaml\n---\nclave: valor\n---\n```\n\n~~~\n---\n~~~",
    )
    lesson, problems = parse(tree, text)
    assert problems == []
    assert len(lesson.pages) == 3
    source = lesson.pages[0].blocks[0].source
    assert "```yaml\n---\nclave: valor\n---\n```" in source
    assert "~~~\n---\n~~~" in source


def test_crlf_and_bom_are_accepted(tree):
    lesson, problems = parse_lesson(
        tree.write(
            f"internet-seguro/cuida-tus-secretos/{SLUG}.es.md",
            b"\xef\xbb\xbf" + LESSON_ES.replace("\n", "\r\n").encode("utf-8"),
        ),
        MODULE_ID,
    )
    assert problems == []
    assert len(lesson.pages) == 3
    assert "\r" not in lesson.pages[0].blocks[0].source


def test_unquoted_plain_semver_is_a_string_and_accepted(tree):
    lesson, problems = parse(tree, LESSON_ES.replace('version: "1.0.0"', "version: 1.2.3"))
    assert problems == []
    assert lesson.version == "1.2.3"


# --------------------------------------------------------------------------- file-level errors


def test_not_utf8_reports_line(tree):
    data = LESSON_ES.replace("Texto con", "Texto con \udcff").encode("utf-8", "surrogateescape")
    path = tree.write(f"internet-seguro/cuida-tus-secretos/{SLUG}.es.md", data)
    lesson, problems = parse_lesson(path, MODULE_ID)
    assert lesson is None
    assert len(problems) == 1
    assert problems[0].line == line_of(LESSON_ES, "Texto con")
    assert "UTF-8" in problems[0].message


def test_unreadable_file_is_a_problem_not_an_exception(tree):
    lesson, problems = parse_lesson(tree.module_dir / "no-existe.es.md", MODULE_ID)
    assert lesson is None
    assert problems[0].line == 1
    assert "no se pudo leer" in problems[0].message


def test_missing_front_matter(tree):
    problem = only_problem(tree, "# Sin cabecera\n")
    assert problem.line == 1
    assert "«---»" in problem.message


def test_unclosed_front_matter(tree):
    problem = only_problem(tree, "---\nschema: kiosco-leccion/1\n# Hola\n")
    assert problem.line == 1
    assert "no se cierra" in problem.message


def test_yaml_syntax_error_in_front_matter(tree):
    text = LESSON_ES.replace("audience: [ninos-8-11, adolescentes-12-17]", "audience: [ninos-8-11")
    lesson, problems = parse(tree, text)
    assert lesson is None
    assert len(problems) == 1
    # the line where the unclosed list starts, not where libyaml noticed it
    assert problems[0].line == line_of(text, "audience:")
    assert problems[0].message == "error de YAML: falta cerrar la lista con «]»"


def test_yaml_colon_in_value_is_explained(tree):
    text = LESSON_ES.replace("title: Contraseñas fuertes", "title: Ojo: contraseñas")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "title: Ojo")
    assert "comillas" in problem.message


def test_yaml_tab_is_explained(tree):
    text = LESSON_ES.replace("  - Reconocer", "\t- Reconocer")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "\t- Reconocer")
    assert "tabulador" in problem.message


def test_bad_file_name_language(tree):
    path = tree.write(f"internet-seguro/cuida-tus-secretos/{SLUG}.pt.md", LESSON_ES)
    lesson, problems = parse_lesson(path, MODULE_ID)
    assert lesson is None
    assert any(p.line == 1 and "«pt»" in p.message for p in problems)


# --------------------------------------------------------------------------- front matter errors


@pytest.mark.parametrize("key", ["title", "duration_min", "license", "authors", "objectives"])
def test_missing_required_key(tree, key):
    lines = [line for line in LESSON_ES.split("\n") if not line.startswith(f"{key}:")]
    if key == "objectives":
        lines.remove("  - Reconocer una contraseña fuerte.")
    problem = only_problem(tree, "\n".join(lines))
    assert problem.line == 1
    assert problem.message == f"falta el campo obligatorio «{key}»"


def test_unknown_key_with_suggestion(tree):
    text = LESSON_ES.replace("license: CC-BY-SA-4.0", "license: CC-BY-SA-4.0\nlicence: MIT")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "licence:")
    assert problem.message == "campo desconocido «licence» (¿quisiste decir «license»?)"


def test_duplicate_key(tree):
    text = LESSON_ES.replace("duration_min: 12", "duration_min: 12\nduration_min: 10")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "duration_min: 10")
    assert "repetido" in problem.message


def test_wrong_schema(tree):
    text = LESSON_ES.replace("schema: kiosco-leccion/1", "schema: kiosco-leccion/2")
    problem = only_problem(tree, text)
    assert problem.line == 2
    assert "kiosco-leccion/2" in problem.message


def test_id_mismatch(tree):
    text = LESSON_ES.replace("cuida-tus-secretos/contrasenas-fuertes", "cuida-tus-secretos/otra")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "id: ")
    assert "internet-seguro/cuida-tus-secretos/contrasenas-fuertes" in problem.message


@pytest.mark.parametrize("value", ["1.0", "1", "2.5"])
def test_unquoted_numeric_version(tree, value):
    text = LESSON_ES.replace('version: "1.0.0"', f"version: {value}")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "version:")
    assert "comillas" in problem.message


def test_quoted_but_not_semver_version(tree):
    text = LESSON_ES.replace('version: "1.0.0"', 'version: "1.0"')
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "version:")
    assert "1.0.0" in problem.message


def test_unknown_lang(tree):
    text = LESSON_ES.replace("lang: es", "lang: pt")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "lang:")
    assert "«pt»" in problem.message


def test_lang_differs_from_file_name(tree):
    text = LESSON_ES.replace("lang: es", 'lang: en\ntranslation_of: "1.0.0"')
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "lang:")
    assert "no coincide" in problem.message


def test_translation_of_not_allowed_in_spanish(tree):
    text = LESSON_ES.replace("lang: es", 'lang: es\ntranslation_of: "1.0.0"')
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "translation_of:")
    assert "español" in problem.message


def test_translation_of_required_in_translation(tree):
    text = LESSON_ES.replace("lang: es", "lang: gn")
    problem = only_problem(tree, text, lang="gn")
    assert problem.line == 1
    assert "translation_of" in problem.message


def test_translation_of_must_be_quoted_semver(tree):
    text = LESSON_GN.replace('translation_of: "1.0.0"', "translation_of: 1.0")
    problem = only_problem(tree, text, lang="gn")
    assert problem.line == line_of(text, "translation_of:")
    assert "comillas" in problem.message


@pytest.mark.parametrize("value", ["0", "121", "-3"])
def test_duration_out_of_range(tree, value):
    text = LESSON_ES.replace("duration_min: 12", f"duration_min: {value}")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "duration_min:")
    assert "entre 1 y 120" in problem.message


@pytest.mark.parametrize("value", ["12.5", '"12"', "doce"])
def test_duration_not_an_integer(tree, value):
    text = LESSON_ES.replace("duration_min: 12", f"duration_min: {value}")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "duration_min:")
    assert "entero" in problem.message


def test_objectives_must_be_a_non_empty_list(tree):
    text = LESSON_ES.replace("objectives:\n  - Reconocer una contraseña fuerte.", "objectives: []")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "objectives:")
    assert "vacío" in problem.message


def test_unknown_audience_tag(tree):
    text = LESSON_ES.replace(
        "audience: [ninos-8-11, adolescentes-12-17]", "audience:\n  - ninos\n  - docentes"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "  - ninos")
    assert "«ninos»" in problem.message


@pytest.mark.parametrize("value", ["CC BY SA", '""'])
def test_bad_license(tree, value):
    text = LESSON_ES.replace("license: CC-BY-SA-4.0", f"license: {value}")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "license:")


def test_authors_must_be_a_list(tree):
    text = LESSON_ES.replace("authors: [Equipo Telecentro]", "authors: Equipo Telecentro")
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "authors:")
    assert "lista" in problem.message


def test_every_problem_is_reported_at_once(tree):
    text = (
        LESSON_ES.replace("duration_min: 12", "duration_min: 500")
        .replace("lang: es", "lang: xx")
        .replace("type: multi", "type: matching")
    )
    lesson, problems = parse(tree, text)
    assert lesson is None
    assert sorted(p.line for p in problems) == sorted(
        [line_of(text, "duration_min"), line_of(text, "lang:"), line_of(text, "type: matching")]
    )


# --------------------------------------------------------------------------- pages


def test_empty_page_between_separators(tree):
    text = LESSON_ES.replace(
        "Texto con **negrita**.\n\n---\n", "Texto con **negrita**.\n\n---\n\n---\n"
    )
    problem = only_problem(tree, text)
    assert problem.line == line_of(text, "Texto con") + 2
    assert "página vacía" in problem.message


def test_trailing_separator_makes_an_empty_page(tree):
    text = LESSON_ES + "\n---\n\n"
    problem = only_problem(tree, text)
    assert problem.line == len(LESSON_ES.split("\n")) + 1
    assert "página vacía" in problem.message


def test_unclosed_code_fence(tree):
    text = LESSON_ES + "\n```python\nprint(1)\n---\n"
    lesson, problems = parse(tree, text)
    assert lesson is None
    assert [p.line for p in problems] == [line_of(text, "```python")]
    assert "no se cierra" in problems[0].message
