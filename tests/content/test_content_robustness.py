"""Bad content never raises, never crashes the process, and every problem has a real line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lesson_tree import LESSON_ES, MODULE_ID, SLUG, MODULE_YAML, line_of

from kiosk.content.parser import parse_lesson, parse_module_yaml
from kiosk.content.render import render_markdown

LINES = LESSON_ES.split("\n")
FRAGMENTS = [
    "---", "```quiz", "```", "~~~", "  - text: x", "    correct: true", "type: single",
    "id: x", "options:", "- [", "{", ": :", "\t", "![a](../x.png)", "<script>", "'", '"', "",
]  # fmt: skip


@st.composite
def mangled_lessons(draw):
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "swap"]))
        index = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if action == "delete" and lines:
            del lines[index]
        elif action == "insert":
            lines.insert(index, draw(st.sampled_from(FRAGMENTS) | st.text(max_size=20)))
        elif action == "duplicate" and lines:
            lines.insert(index, lines[index])
        elif action == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
    return "\n".join(lines)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=mangled_lessons())
def test_mangled_lessons_give_problems_with_real_lines(tree, text):
    path = tree.lesson(text)
    lesson, problems = parse_lesson(path, MODULE_ID)
    assert (lesson is None) == bool(problems)
    line_count = len(text.split("\n"))
    for problem in problems:
        assert 1 <= problem.line <= line_count, (problem, text)
        assert problem.path == path
        assert problem.message and "error interno" not in problem.message, problem
    if lesson is not None:
        assert all(page.blocks for page in lesson.pages)


@settings(max_examples=100, deadline=None)
@given(source=st.text(max_size=300))
def test_render_never_raises_and_never_emits_script(source):
    html = render_markdown(source, Path("/nonexistent-module"))
    assert "<script" not in html.lower()


def test_deeply_nested_yaml_is_refused_not_crashing(tree):
    text = LESSON_ES.replace("title: Contraseñas fuertes", "title: " + "[" * 60_000)
    lesson, problems = parse_lesson(tree.lesson(text), MODULE_ID)
    assert lesson is None
    assert [p.line for p in problems] == [2]
    text = LESSON_ES.replace("id: varias\n", "id: varias\nx: " + "- " * 60_000 + "x\n")
    lesson, problems = parse_lesson(tree.lesson(text), MODULE_ID)
    assert [p.line for p in problems] == [line_of(text, "id: varias")]
    assert "demasiado largo" in problems[0].message


def test_deeply_nested_module_yaml_is_refused(tree):
    path = tree.write(
        "internet-seguro/cuida-tus-secretos/module.yaml", MODULE_YAML + "x: " + "{" * 2000
    )
    meta, problems = parse_module_yaml(path)
    assert meta is None
    assert "«[» o «{»" in problems[0].message


def test_huge_file_is_refused(tree):
    path = tree.lesson(LESSON_ES + "x" * 1_100_000)
    lesson, problems = parse_lesson(path, MODULE_ID)
    assert lesson is None
    assert (problems[0].line, problems[0].message) == (
        1,
        "el archivo es demasiado grande (más de 1000 KB)",
    )


@pytest.mark.error_logs_expected  # the renderer logs what it refused
def test_render_falls_back_to_text_on_absurd_nesting():
    html = render_markdown("- " * 3000 + "<b>x</b>", Path("/nonexistent-module"))
    assert html.startswith("<p>- - -")
    assert "<b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_a_directory_named_like_a_lesson_is_a_problem(tree):
    path = tree.module_dir / f"{SLUG}.gn.md"
    path.mkdir()
    lesson, problems = parse_lesson(path, MODULE_ID)
    assert lesson is None
    assert problems[0].line == 1 and "no se pudo leer" in problems[0].message
