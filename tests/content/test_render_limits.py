"""Lesson files cannot freeze the kiosk (issue 9, point 5): the eight shapes that froze it are
refused by the checker at their line, and forced through the renderer they never reach
Python-Markdown.  How long they take is measured by benchmarks/render.py, not here."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from hostile_markdown import ALLOWED, EXPECTED, SHAPES
from lesson_tree import LESSON_ES, SLUG

from kiosk.content import limits
from kiosk.content.check import run_check
from kiosk.content.limits import markdown_problems
from kiosk.content.render import _Renderer, render_markdown


@pytest.fixture()
def markdown_calls(monkeypatch) -> list[str]:
    """Every text that reaches Python-Markdown."""
    calls: list[str] = []
    real = _Renderer.convert

    def spy(self, source, module_dir):
        calls.append(source)
        return real(self, source, module_dir)

    monkeypatch.setattr(_Renderer, "convert", spy)
    return calls


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_checker_refuses_each_shape_at_its_line(tree, monkeypatch, shape):
    page = SHAPES[shape]()
    text = LESSON_ES + "\n---\n\n" + page + "\n"
    first = LESSON_ES.count("\n") + 4  # the page's first line in the file
    tree.lesson(text)
    monkeypatch.chdir(tree.root.parent)
    out = io.StringIO()
    assert run_check(tree.root, out) == 1
    page_line, words = EXPECTED[shape]
    where = f"lessons/internet-seguro/cuida-tus-secretos/{SLUG}.es.md:{first + page_line - 1}: "
    printed = out.getvalue().splitlines()
    assert any(line.startswith(where) and words in line for line in printed), printed


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_renderer_refuses_each_shape_without_markdown(markdown_calls, caplog, shape):
    source = SHAPES[shape]()
    with caplog.at_level(logging.WARNING, logger="kiosk.content"):
        html = render_markdown(source, Path("/nonexistent-module"))
    assert markdown_calls == []
    assert html.startswith("<p>") and html.endswith("…</p>") or len(source) <= limits.MAX_PAGE_CHARS
    assert html.count("<") == html.count("<br>") + 2  # plain text: one paragraph, line breaks
    assert len(html) < 12 * limits.MAX_PAGE_CHARS  # cut short (escaped, with breaks)
    assert any("fuera de los límites" in r.getMessage() for r in caplog.records)


def test_a_normal_page_goes_through_markdown(markdown_calls):
    html = render_markdown("# Hola\n\n- uno\n- [dos](https://x.org)", None)
    assert markdown_calls == ["# Hola\n\n- uno\n- [dos](https://x.org)"]
    assert "<h1>Hola</h1>" in html and "<li>" in html


def test_the_fallback_keeps_long_words_breakable():
    html = render_markdown("a" * 5000, None)
    assert "\u200b" in html and "a" * 81 not in html


@pytest.mark.parametrize("shape", sorted(ALLOWED))
def test_the_worst_allowed_pages_pass(markdown_calls, shape):
    source = ALLOWED[shape]()
    assert markdown_problems(source) == []
    render_markdown(source, None)
    assert markdown_calls == [source]


@pytest.mark.parametrize(
    ("allowed", "refused", "words"),
    [
        ("    " * 9 + "- x", "    " * 10 + "- x", "niveles"),
        ("> " * 10 + "x", "> " * 11 + "x", "niveles"),
        ("\t" * 9 + "* x", "\t" * 10 + "* x", "niveles"),
        ("x" * 2000, "x" * 2001, "línea demasiado larga"),
        ("\n".join(["x"] * 400), "\n".join(["x"] * 401), "demasiadas líneas"),
        ("\n\n".join(["x" * 1998] * 6), "\n\n".join(["x" * 2000] * 6), "demasiado texto"),
        ("x" * 1999 + "\n" + "x" * 1999, "x" * 1999 + "\n" + "x" * 2000, "párrafo"),
        ("|" + "a|" * 12, "|" + "a|" * 13, "columnas"),
        ("|a|\n|-|\n" + "|a|\n" * 98, "|a|\n|-|\n" + "|a|\n" * 99, "filas"),
        ("|" + "a|" * 12 + "\n\n" + "\n".join(["|" + "a|" * 12] * 50),
         "\n".join(["|" + "a|" * 12] * 51), "celdas"),
        ("[" * 10, "[" * 11, "«[» seguidos"),
        ("<" * 10, "<" * 11, "«<» seguidos"),
        ("x" + "*" * 40, "x" + "*" * 41, "«*» seguidos"),
        ("x" + "_" * 40, "x" + "_" * 41, "«_» seguidos"),
        ("[a] " * 50, "[a] " * 51, "«[» en la página"),
        ("a < b\n" * 50, "a < b\n" * 51, "«<» en la página"),
        ("\\" * 1000, "\\" * 1001, "«\\» en la página"),
        ("a* " * 500 + "\n" + "a* " * 500, "a* " * 500 + "\n" + "a* " * 501, "«*» en la página"),
        ("_a " * 500 + "\n" + "_a " * 500, "_a " * 500 + "\n" + "_a " * 501, "«_» en la página"),
    ],
)
def test_each_limit_is_where_it_says(allowed, refused, words):
    assert markdown_problems(allowed) == []
    problems = markdown_problems(refused)
    assert any(words in message for _, message in problems), problems


def test_a_table_is_not_a_long_paragraph():
    table = "\n".join(["|" + "|".join(["x" * 60] * 6) + "|", "|" + "---|" * 6]
                      + ["|" + "|".join(["y" * 60] * 6) + "|"] * 20)
    assert len(table) > limits.MAX_PARAGRAPH_CHARS
    assert markdown_problems(table) == []
    assert "párrafo" in markdown_problems(table.replace("---", "xxx"))[0][1]


FLOOD = "[" * 9 + " <" * 9 + "\n"  # 9 [ and 9 < a line: 6 lines pass 50 of each


def test_fenced_code_is_set_aside_as_python_markdown_does(markdown_calls):
    code = "```html\n" + FLOOD * 20 + "```\n\n" + "~~~\n" + ("    " * 12 + "x\n") * 3 + "~~~"
    assert markdown_problems(code) == []  # code: only its length counts
    html = render_markdown(code, None)
    assert markdown_calls == [code] and html.count("<pre>") == 2


@pytest.mark.parametrize(
    "trick",
    [
        "```\n" + FLOOD * 2 + "```\t\n" + FLOOD * 20 + "```",  # a tab closes it early
        "```\r\n" + FLOOD * 20 + "```",  # Python-Markdown changes the line ends first
        "```{.x}\n" + FLOOD * 20 + "```",  # attributes: not a plain fence
        "```\n" + FLOOD * 20 + "``` x",  # never closed
        "   ```\n" + FLOOD * 20 + "   ```",  # indented: no fence for Python-Markdown
        "> ```\n" + FLOOD * 20 + "> ```",
    ],
)
def test_what_only_looks_like_a_fence_counts(trick):
    assert any("en la página" in message for _, message in markdown_problems(trick))


def test_each_kind_is_reported_once_at_its_first_line():
    source = "x\n" + ("    " * 11 + "- x\n") * 5 + "[" * 11
    assert markdown_problems(source) == [
        (2, "demasiados niveles de listas o citas «>», uno dentro de otro (máximo 10)"),
        (7, "demasiados «[» seguidos: 11 (máximo 10)"),
    ]


def test_the_bundled_lessons_pass():
    root = Path(__file__).resolve().parents[2] / "lessons"
    out = io.StringIO()
    assert run_check(root, out) == 0, out.getvalue()


def test_fenced_block_expression_is_python_markdowns():
    """limits.FENCED_BLOCK_RE is a copy (loading the lessons must not import Python-Markdown):
    it finds the fenced blocks exactly as Python-Markdown does."""
    from markdown.extensions.fenced_code import FencedBlockPreprocessor

    assert limits.FENCED_BLOCK_RE.pattern == FencedBlockPreprocessor.FENCED_BLOCK_RE.pattern
    assert limits.FENCED_BLOCK_RE.flags == FencedBlockPreprocessor.FENCED_BLOCK_RE.flags
