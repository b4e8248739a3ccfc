"""render_markdown: fixed Markdown, raw HTML removed, images only from the module folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from lesson_tree import LESSON_ES, MODULE_ID

from kiosk.content.model import Activity
from kiosk.content.parser import parse_lesson
from kiosk.content.render import is_web_link, render_markdown, render_page


@pytest.fixture()
def module_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "track" / "modulo"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "candado.png").write_bytes(b"png")
    (tmp_path / "track" / "secreto.png").write_bytes(b"png")
    return folder


def test_basic_markdown(module_dir):
    html = render_markdown(
        "# Título\n\nHola **negrita** y *cursiva*.\n\n- uno\n- dos\n", module_dir
    )
    assert "<h1>Título</h1>" in html
    assert "<strong>negrita</strong>" in html
    assert "<em>cursiva</em>" in html
    assert "<ul>\n<li>uno</li>\n<li>dos</li>\n</ul>" in html


def test_script_block_is_removed(module_dir):
    html = render_markdown("Antes\n\n<script>alert('x')</script>\n\nDespués", module_dir)
    assert "<script" not in html.lower()
    assert "alert" not in html
    assert "<p>Antes</p>" in html and "<p>Después</p>" in html


def test_inline_script_is_removed_with_content(module_dir):
    html = render_markdown("Hola <script>alert(1)</script> chau", module_dir)
    assert "script" not in html.lower()
    assert "alert" not in html
    assert html == "<p>Hola  chau</p>"


@pytest.mark.parametrize(
    "source",
    [
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        "<iframe src='http://evil'></iframe>",
        '<div onclick="alert(1)">hola</div>',
        "<SCRIPT>alert(1)</SCRIPT>",
        "<<script>script>alert(1)<</script>/script>",
        "<style>p { color: red }</style>",
        "<!-- <script>alert(1)</script> -->",
    ],
)
def test_no_raw_html_survives(module_dir, source):
    html = render_markdown(f"Texto\n\n{source}\n\nmás *texto* {source}", module_dir)
    lowered = html.lower()
    for bad in ("<script", "onerror", "onclick", "javascript:", "<iframe", "<style", "<div"):
        assert bad not in lowered, html
    assert "<em>texto</em>" in html


def test_inline_raw_tags_are_dropped_but_text_kept(module_dir):
    assert render_markdown("Hola <b>fuerte</b> <span>y</span> listo", module_dir) == (
        "<p>Hola fuerte y listo</p>"
    )


def test_html_in_code_is_shown_as_text(module_dir):
    html = render_markdown(
        "Escribí `<b>hola</b>`.\n\n```\nif a < b:\n    print('<script>')\n```", module_dir
    )
    assert "<code>&lt;b&gt;hola&lt;/b&gt;</code>" in html
    assert "<pre><code>if a &lt; b:\n    print('&lt;script&gt;')\n</code></pre>" in html


def test_allowed_tags_are_kept(module_dir):
    source = (
        "## Sub\n\n> cita\n\n1. a\n2. b\n\n***\n\n| A | B |\n|:--|--:|\n| 1 | 2 |\n\n"
        "línea  \ncortada"
    )
    html = render_markdown(source, module_dir)
    for tag in (
        "<h2>",
        "<blockquote>",
        "<ol>",
        "<li>",
        "<hr>",
        "<table>",
        "<thead>",
        "<tbody>",
        '<th align="left">',
        '<td align="right">',
        "<br>",
    ):
        assert tag in html, (tag, html)
    assert "style=" not in html


def test_good_image_becomes_file_url(module_dir):
    html = render_markdown("![Un candado](img/candado.png)", module_dir)
    expected = (module_dir / "img" / "candado.png").resolve().as_uri()
    assert f'src="{expected}"' in html
    assert 'alt="Un candado"' in html


@pytest.mark.parametrize(
    "src",
    [
        "../secreto.png",
        "img/../../secreto.png",
        "/etc/passwd",
        "http://example.com/a.png",
        "file:///etc/passwd",
        "data:image/png;base64,AAAA",
        "img/falta.png",
    ],
)
def test_bad_image_becomes_its_alt_text(module_dir, src):
    html = render_markdown(f"Mirá ![Un secreto]({src}) acá", module_dir)
    assert "<img" not in html
    assert html == "<p>Mirá Un secreto acá</p>"


def test_links_keep_web_hrefs_only(module_dir):
    html = render_markdown(
        "[web](https://example.com/a) [local](otra.es.md) [archivo](file:///etc/passwd) "
        "[js](javascript:alert(1)) <https://auto.example>",
        module_dir,
    )
    assert '<a href="https://example.com/a">web</a>' in html
    assert "<a>local</a>" in html
    assert "<a>archivo</a>" in html
    assert "<a>js</a>" in html
    assert '<a href="https://auto.example">https://auto.example</a>' in html
    assert "rel=" not in html


def test_is_web_link():
    assert is_web_link("https://example.com")
    assert is_web_link("HTTP://example.com")
    assert not is_web_link("img/a.png")
    assert not is_web_link("file:///etc")


def test_render_page_keeps_activities(tree):
    lesson, problems = parse_lesson(tree.lesson(LESSON_ES), MODULE_ID)
    assert problems == []
    rendered = render_page(lesson.pages[1], lesson.module_dir)
    assert isinstance(rendered[0], str) and "<h1>Segunda página</h1>" in rendered[0]
    assert isinstance(rendered[1], Activity) and rendered[1].id == "larga-o-corta"
    first = render_page(lesson.pages[0], lesson.module_dir)[0]
    assert (tree.module_dir / "img" / "candado.png").resolve().as_uri() in first


def test_rendering_does_not_leak_state_between_calls(module_dir, tmp_path):
    other = tmp_path / "otro"
    other.mkdir()
    first = render_markdown("![a](img/candado.png)\n\n<div>x</div>", module_dir)
    second = render_markdown("![a](img/candado.png)", other)  # no such image there
    assert "<img" in first
    assert second == "<p>a</p>"


def test_rendering_loads_neither_entry_points_nor_pygments():
    """The window's memory (issue 14.5): the extensions are given as objects (no entry-point
    scan through importlib.metadata) and Pygments, which nothing here uses, stays unloaded even
    where it is installed -- while tables, fenced code and lists still render.  A fresh process:
    pytest itself has loaded both."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import sys
        assert "pygments" not in sys.modules and "importlib.metadata" not in sys.modules
        from kiosk.content.render import render_markdown
        html = render_markdown("| a | b |\\n|---|---|\\n| 1 | 2 |\\n\\n```\\nx = 1\\n```\\n\\n3. tres\\n4. cuatro\\n", None)
        assert "<td>1</td>" in html and "<pre><code>x = 1" in html and '<ol start="3">' in html, html
        print(sorted(m for m in ("pygments", "importlib.metadata", "email") if m in sys.modules))
        import pygments  # still importable afterwards: only hidden while codehilite was imported
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
