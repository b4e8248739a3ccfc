"""Markdown -> safe HTML for Qt's QTextBrowser (lessons/README.md, "Markdown").

Python-Markdown with a fixed extension list, raw HTML removed inside Markdown itself, images
resolved inside the module folder (anything else becomes its alt text), then nh3 with an
allow-list of the tags and attributes QTextBrowser understands.  Web links keep their href:
the viewer intercepts clicks and tells the learner the link needs internet.

A text past the limits of ``kiosk.content.limits`` (the ones ``kiosk lessons check`` enforces)
never reaches Python-Markdown: it is shown as plain text, cut short, with a warning in the log.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
import sys
import threading
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import nh3
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .limits import MAX_PAGE_CHARS, MAX_PAGE_LINES, markdown_problems
from .model import Activity, MarkdownBlock, Page
from .parser import resolve_image

log = logging.getLogger("kiosk.content")

__all__ = ["render_markdown", "render_page", "plain_text_html", "is_web_link", "EXTENSIONS", "ALLOWED_TAGS"]

EXTENSIONS = ("tables", "sane_lists", "fenced_code")  # fixed: content cannot ask for more

ALLOWED_TAGS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "br", "hr", "a", "img", "code", "pre",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
_ALIGN_VALUES = {"left", "center", "right"}
# Tags whose whole content goes, not just the tag (the rest keep their text).
_DROP_WITH_CONTENT = ("script", "style", "iframe", "object", "embed", "noscript", "template")

_LONG_WORD_RE = re.compile(r"(\S{80})(?=\S)")  # Qt's line breaking is slow on endless words
_EMPTY_P_RE = re.compile(r"<p>\s*</p>\n?")
_WEB_RE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


def is_web_link(href: str) -> bool:
    """True for the links the viewer must answer with "needs internet"."""
    return bool(_WEB_RE.match(href.strip()))


# --------------------------------------------------------------------------- Markdown extension


class _StashMark(Preprocessor):
    """Runs just before and just after ``html_block``; blanks what it stashed (raw HTML)."""

    def __init__(self, md: markdown.Markdown, state: dict, role: str) -> None:
        super().__init__(md)
        self.state = state
        self.role = role

    def run(self, lines: list[str]) -> list[str]:
        blocks = self.md.htmlStash.rawHtmlBlocks
        if self.role == "before":
            self.state["start"] = len(blocks)
        else:
            for index in range(self.state.get("start", len(blocks)), len(blocks)):
                blocks[index] = ""
        return lines


class _DropInlineHtml(InlineProcessor):
    """Inline raw HTML: the tag goes, the text around it stays (``<b>hola</b>`` -> ``hola``)."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:  # noqa: N802
        return "", m.start(0), m.end(0)


_DROP_CONTENT_RE = r"<(?P<tag>" + "|".join(_DROP_WITH_CONTENT) + r")\b[^>]*>.*?</(?P=tag)\s*>"
_HTML_RE = r"(<(\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--)>)"  # as markdown's HTML_RE


class _ModuleImages(Treeprocessor):
    """Images: module files become file:// URLs, anything else becomes its alt text."""

    def __init__(self, md: markdown.Markdown, state: dict) -> None:
        super().__init__(md)
        self.state = state

    def run(self, root: etree.Element) -> None:
        module_dir: Path | None = self.state.get("module_dir")
        for element in root.iter():
            if element.tag == "img":
                target, _ = (
                    resolve_image(element.get("src", ""), module_dir)
                    if module_dir is not None
                    else (None, "")
                )
                if target is not None:
                    alt = element.get("alt", "")
                    element.attrib.clear()
                    element.set("src", target.as_uri())
                    element.set("alt", alt)
                else:
                    alt = element.get("alt", "")
                    element.attrib.clear()
                    element.tag = "span"  # not allowed by nh3: only its text stays
                    element.text = alt
            elif element.tag in ("th", "td"):
                style = element.attrib.pop("style", "")
                match = re.search(r"text-align:\s*(left|center|right)", style)
                if match:
                    element.set("align", match[1])


class _KioskExtension(Extension):
    def __init__(self, state: dict) -> None:
        super().__init__()
        self.state = state

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        md.preprocessors.register(_StashMark(md, self.state, "before"), "kiosk_html_before", 21)
        md.preprocessors.register(_StashMark(md, self.state, "after"), "kiosk_html_after", 19)
        md.inlinePatterns.register(_DropInlineHtml(_DROP_CONTENT_RE, md), "kiosk_drop_content", 91)
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.register(_DropInlineHtml(_HTML_RE, md), "html", 90)
        md.treeprocessors.register(_ModuleImages(md, self.state), "kiosk_images", 5)


def _extension_objects() -> list[Extension]:
    """``EXTENSIONS`` as objects.  Given a name, Python-Markdown first reads every installed
    package's entry points (``importlib.metadata``: email, zipfile, csv... ~2 MB of the window's
    memory, issue 14.5); and ``fenced_code`` imports ``codehilite``, which loads Pygments when it
    is installed (another ~1.5 MB) although nothing here highlights code: it is imported with
    Pygments hidden, so ``codehilite`` takes it as absent (``tests/content/test_content_render.py``)."""
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    hidden = "pygments" not in sys.modules and "markdown.extensions.codehilite" not in sys.modules
    if hidden:
        sys.modules["pygments"] = None  # type: ignore[assignment]  # "import pygments" fails
    try:
        from markdown.extensions.fenced_code import FencedCodeExtension
    finally:
        if hidden:
            del sys.modules["pygments"]
    return [TableExtension(), SaneListExtension(), FencedCodeExtension()]


class _Renderer:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.state: dict = {}
        self.md = markdown.Markdown(
            extensions=[*_extension_objects(), _KioskExtension(self.state)], output_format="html"
        )

    def convert(self, source: str, module_dir: Path | None) -> str:
        with self.lock:
            self.md.reset()
            self.state.clear()
            self.state["module_dir"] = module_dir
            try:
                return self.md.convert(source)
            finally:
                self.state.clear()


_renderer: _Renderer | None = None
_renderer_lock = threading.Lock()


def _get_renderer() -> _Renderer:
    global _renderer
    with _renderer_lock:
        if _renderer is None:
            _renderer = _Renderer()
        return _renderer


# --------------------------------------------------------------------------- sanitiser


def _attribute_filter(module_uri: str | None):
    def keep(tag: str, attr: str, value: str) -> str | None:
        if tag == "img" and attr == "src":
            # Only the file:// URLs made above, for files inside this module.
            if module_uri and value.startswith(module_uri):
                return value
            return None
        if tag == "a" and attr == "href":
            return value if is_web_link(value) or value.startswith("#") else None
        if attr == "align":
            return value if value in _ALIGN_VALUES else None
        if attr == "start":
            return value if value.isdigit() else None
        return value

    return keep


def _clean(html: str, module_dir: Path | None) -> str:
    module_uri = None
    if module_dir is not None:
        module_uri = module_dir.resolve().as_uri().rstrip("/") + "/"
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        clean_content_tags=set(_DROP_WITH_CONTENT),
        url_schemes={"http", "https", "file"},
        attribute_filter=_attribute_filter(module_uri),
        strip_comments=True,
        link_rel=None,
    )


# --------------------------------------------------------------------------- public


def plain_text_html(source: str) -> str:
    """``source`` as escaped text in one paragraph, one line per line: at most
    ``MAX_PAGE_CHARS`` characters and ``MAX_PAGE_LINES`` lines (then "…"), a break opportunity
    every 80 characters of a word."""
    cut = "\n".join(source[:MAX_PAGE_CHARS].split("\n", MAX_PAGE_LINES)[:MAX_PAGE_LINES])
    if len(cut) < len(source):
        cut += "…"
    cut = _LONG_WORD_RE.sub("\\1\u200b", cut)
    return "<p>" + html_lib.escape(cut).replace("\n", "<br>") + "</p>"


def render_markdown(source: str, module_dir: Path | None) -> str:
    """An HTML fragment for QTextBrowser. Never raises on bad content; a text past the limits
    (``kiosk.content.limits``) comes back as plain text, quickly, without Python-Markdown."""
    module_dir = Path(module_dir) if module_dir is not None else None
    problems = [(1, "demasiado texto")] if len(source) > MAX_PAGE_CHARS else markdown_problems(source)
    if problems:
        line, message = problems[0]
        log.warning("Markdown fuera de los límites (línea %d del bloque: %s); se muestra como texto",
                    line, message)
        return plain_text_html(source)
    try:
        html = _get_renderer().convert(source, module_dir)
    except Exception:  # noqa: BLE001 - a Markdown bug on some text the limits let through
        log.exception("no se pudo convertir el Markdown; se muestra como texto")
        html = plain_text_html(source)
    return _EMPTY_P_RE.sub("", _clean(html, module_dir)).strip()


def render_page(page: Page, module_dir: Path) -> list[str | Activity]:
    """The page's blocks in order: HTML fragments for Markdown, activities as they are."""
    out: list[str | Activity] = []
    for block in page.blocks:
        if isinstance(block, MarkdownBlock):
            out.append(render_markdown(block.source, module_dir))
        else:
            out.append(block)
    return out
