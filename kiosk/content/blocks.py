"""The body of a lesson file: pages, Markdown blocks, ```` ```quiz ```` and ```` ```mock ````
blocks and images.

``parse_body`` splits the lines after the front matter into pages; each quiz block goes to
``kiosk.content.activity_block``, each mock block to ``kiosk.content.mock``; every Markdown image must be a file of the module's own folder
(``resolve_image``, shared with the renderer).
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from urllib.parse import unquote

from .activities import KINDS, PLANNED
from .activity_block import parse_activity
from .limits import markdown_problems
from .mock import parse_mock
from .model import Block, HelpBlock, MarkdownBlock, MockBlock, Page
from .yaml_fields import Report, YamlDoc

__all__ = ["parse_body", "resolve_image", "is_separator"]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")

_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def resolve_image(src: str, module_dir: Path) -> tuple[Path | None, str | None]:
    """Resolve a Markdown image ``src`` inside ``module_dir``.

    Returns ``(absolute_path, None)`` for a usable image, else ``(None, reason_in_spanish)``.
    Shared by the checker (which reports the reason) and the renderer (which drops the image).
    """
    src = src.strip()
    if src.startswith("<") and src.endswith(">"):
        src = src[1:-1].strip()
    if not src:
        return None, "la imagen no tiene archivo: escribí ![descripción](img/archivo.png)"
    lowered = src.lower()
    if lowered.startswith(("http:", "https:", "//", "www.")):
        return None, (
            f"la imagen «{src}» es una dirección web: el kiosco no tiene internet; "
            "guardá la imagen en la carpeta img/ del módulo"
        )
    if _SCHEME_RE.match(src):
        return None, f"la imagen «{src}» no es un archivo de la carpeta del módulo"
    if src.startswith(("/", "\\")):
        return None, (
            f"la imagen «{src}» tiene una ruta absoluta: usá una ruta dentro de la carpeta "
            "del módulo, como img/foto.png"
        )
    if "\\" in src:
        return None, f"en la ruta de la imagen «{src}» usá «/» y no «\\»"
    relative = unquote(src)
    try:
        base = module_dir.resolve()
        target = (base / relative).resolve()
    except (OSError, ValueError, RuntimeError):
        return None, f"la ruta de la imagen «{src}» no es válida"
    if target == base or not target.is_relative_to(base):
        return None, f"la imagen «{src}» está fuera de la carpeta del módulo"
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        return None, f"la imagen «{src}» debe ser PNG, JPEG o SVG"
    if not target.is_file():
        return None, f"no existe el archivo de imagen «{src}»"
    try:
        exact = target.name in os.listdir(target.parent)
    except OSError:
        exact = False
    if not exact:  # a case-insensitive disk found it; the kiosk's disk will not
        return None, f"no existe el archivo de imagen «{src}» (revisá mayúsculas y minúsculas)"
    return target, None


_CODE_SPAN_RE = re.compile(r"(`+)(?:.+?)(?<!`)\1(?!`)")
_INLINE_IMAGE_RE = re.compile(
    r"(?<!\\)!\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(?P<src><[^>\n]*>|[^\s)]*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_REF_IMAGE_RE = re.compile(r"(?<!\\)!\[(?P<alt>[^\]]*)\](?:\[(?P<ref>[^\]]*)\])?")
_REF_DEF_RE = re.compile(r"^ {0,3}\[(?P<ref>[^\]]+)\]:\s*(?P<url><[^>]*>|\S+)")


def _ref_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _check_images(prose: list[tuple[int, str]], module_dir: Path, report: Report) -> None:
    """Report every Markdown image (inline or by reference) that is not a module file."""
    refs: dict[str, str] = {}
    for _, text in prose:
        match = _REF_DEF_RE.match(text)
        if match:
            refs.setdefault(_ref_key(match["ref"]), match["url"])
    for line, text in prose:
        if "![" not in text:
            continue
        text = _CODE_SPAN_RE.sub(lambda m: " " * len(m[0]), text)
        sources: list[str] = []
        for match in _INLINE_IMAGE_RE.finditer(text):
            sources.append(match["src"])
        text = _INLINE_IMAGE_RE.sub(lambda m: " " * len(m[0]), text)
        for match in _REF_IMAGE_RE.finditer(text):
            label = match["ref"] or match["alt"]
            url = refs.get(_ref_key(label)) if label else None
            if url is not None:
                sources.append(url)
        for src in sources:
            _, reason = resolve_image(src, module_dir)
            if reason:
                report.add(line, reason)


# --------------------------------------------------------------------------- lesson body

_FENCE_OPEN_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*?)\s*$")
_FENCE_CLOSE_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*$")


def is_separator(line: str) -> bool:
    return line.rstrip() == "---"


def _open_fence(line: str) -> tuple[str, int, str] | None:
    match = _FENCE_OPEN_RE.match(line)
    if not match:
        return None
    fence, info = match["fence"], match["info"]
    if fence[0] == "`" and "`" in info:
        return None  # inline code such as ```x``` on one line
    word = info.split()[0].lower() if info.split() else ""
    return fence[0], len(fence), word


def _closes(line: str, char: str, length: int) -> bool:
    match = _FENCE_CLOSE_RE.match(line)
    return bool(match) and match["fence"][0] == char and len(match["fence"]) >= length


class _PageBuilder:
    def __init__(self, separator_line: int) -> None:
        self.separator_line = separator_line  # the "---" before this page
        self.blocks: list[Block] = []
        self.has_content = False  # also true for a broken activity (not an "empty page")
        self.markdown: list[tuple[int, str]] = []

    def flush_markdown(self) -> None:
        chunk = self.markdown
        self.markdown = []
        while chunk and not chunk[0][1].strip():
            chunk.pop(0)
        while chunk and not chunk[-1][1].strip():
            chunk.pop()
        if chunk:
            self.has_content = True
            self.blocks.append(MarkdownBlock("\n".join(t for _, t in chunk), chunk[0][0]))


# --------------------------------------------------------------------------- look-alikes

ACTIVITY_FENCE = "quiz"
# Fence names an author may type for an activity: a close one (```quizz```, ```qiuz```) or a
# kind's name is an error, never a code block showing the YAML (and its answers) to learners.
_ACTIVITY_WORDS = ("quiz", "pregunta", "actividad", "activity", "question", "cuestionario")
_TOP_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:")


def _lookalike_name(word: str) -> str | None:
    """The fence name ``word`` was probably meant to be, when it looks like an activity's."""
    if not word or word == ACTIVITY_FENCE:
        return None
    if word in KINDS or word in PLANNED:
        return ACTIVITY_FENCE
    if difflib.get_close_matches(word, _ACTIVITY_WORDS, n=1, cutoff=0.75):
        return ACTIVITY_FENCE
    return None


def _looks_like_activity(body: list[str]) -> bool:
    """Top-level YAML keys of an activity: ``prompt`` with ``type``, ``options`` or ``answer``."""
    keys = {m["key"].lower() for m in map(_TOP_KEY_RE.match, body) if m}
    return "prompt" in keys and bool(keys & {"type", "options", "answer"})


def _lookalike_problem(word: str, body: list[str]) -> str | None:
    """Why a fenced block that is not ```quiz``` must not be shown as code, or None."""
    meant = _lookalike_name(word)
    if meant is None and not _looks_like_activity(body):
        return None
    named = f"«```{word}»" if word else "el bloque de código"
    return (
        f"{named} parece una actividad pero no es un bloque «```{ACTIVITY_FENCE}»: "
        f"escribí ```{ACTIVITY_FENCE} en la primera línea (así como está, el kiosco "
        "mostraría el texto con las respuestas)"
    )


def parse_body(lines: list[str], first: int, module_dir: Path, report: Report) -> list[Page]:
    """Split ``lines[first:]`` into pages and blocks. ``first`` is a 0-based index."""
    pages: list[Page] = []
    prose: list[tuple[int, str]] = []  # Markdown lines outside code, for the image check
    seen_ids: dict[str, int] = {}
    page = _PageBuilder(first)  # line `first` (1-based) is the closing "---" of the front matter
    fence: tuple[str, int, int, str, str] | None = None  # char, length, line, block ("quiz"/"mock"/"ayuda"/"" for code), word
    quiz_lines: list[str] = []
    code_lines: list[tuple[int, str]] = []  # a code block, shown only if it is not an activity

    def end_page() -> None:
        page.flush_markdown()
        if not page.has_content:
            report.add(page.separator_line, "página vacía: después de este «---» no hay contenido")
        else:
            pages.append(Page(tuple(page.blocks), page.separator_line + 1))

    def end_code(word: str, fence_line: int) -> None:
        body = [text for _, text in code_lines[1:]]
        problem = _lookalike_problem(word, body)
        if problem is None:
            page.markdown.extend(code_lines)
        else:  # never shown: its text may hold the answers
            report.add(fence_line, problem)
            page.has_content = True
        code_lines.clear()

    for index in range(first, len(lines)):
        number = index + 1
        line = lines[index]
        if fence is not None:
            char, length, fence_line, is_quiz, word = fence
            if _closes(line, char, length):
                fence = None
                if is_quiz == "ayuda":
                    page.has_content = True
                    page.blocks.append(_help_block(quiz_lines, fence_line, report))
                    continue
                if is_quiz:
                    page.has_content = True
                    block = (parse_activity(quiz_lines, fence_line, report, seen_ids) if is_quiz == "quiz"
                             else _parse_mock_block(quiz_lines, fence_line, report))
                    if block is not None:
                        page.blocks.append(block)
                    continue
                code_lines.append((number, line))
                end_code(word, fence_line)
                continue
            elif is_quiz:
                quiz_lines.append(line)
                continue
            code_lines.append((number, line))
            continue
        if is_separator(line):
            end_page()
            page = _PageBuilder(number)
            continue
        opened = _open_fence(line)
        if opened is not None:
            char, length, word = opened
            is_quiz = word if word in (ACTIVITY_FENCE, "mock", "ayuda") else ""
            fence = (char, length, number, is_quiz, word)
            if is_quiz:
                page.flush_markdown()
                quiz_lines = []
                continue
            code_lines.append((number, line))
            continue
        page.markdown.append((number, line))
        prose.append((number, line))

    if fence is not None:
        char, length, fence_line, is_quiz, word = fence
        what = f"el bloque «{is_quiz}»" if is_quiz else "el bloque de código"
        report.add(fence_line, f"{what} no se cierra (falta una línea {char * length})")
        page.has_content = True
        if not is_quiz:
            end_code(word, fence_line)
    end_page()
    _check_images(prose, module_dir, report)
    _check_limits(pages, report)
    return pages


def _help_block(lines: list[str], fence_line: int, report: Report) -> HelpBlock:
    """```` ```ayuda ```` with nothing inside: every help line; or one id per line (the ids of
    lessons/ayuda.yaml, checked by the catalog): those, in that order."""
    ids: list[str] = []
    for offset, text in enumerate(lines, start=1):
        word = text.strip().lstrip("-").strip()
        if not word:
            continue
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", word):
            report.add(fence_line + offset,
                       f"en el bloque «ayuda» va un id de lessons/ayuda.yaml por línea (tiene «{word}»)")
            continue
        ids.append(word)
    return HelpBlock(tuple(ids), fence_line)


def _parse_mock_block(body: list[str], fence_line: int, report: Report) -> MockBlock | None:
    """A ```` ```mock ```` block (``kiosk.content.mock``), or None with its problems reported."""
    doc = YamlDoc(report, fence_line + 1)
    node = doc.compose("\n".join(body)) if "".join(body).strip() else None
    if node is None:
        if not "".join(body).strip():
            report.add(fence_line, "el bloque «mock» está vacío")
        return None
    mock = parse_mock(node, doc, fence_line)
    return MockBlock(mock, fence_line) if mock is not None else None


def _check_limits(pages: list[Page], report: Report) -> None:
    """What the renderer would refuse (``kiosk.content.limits``), at the file's lines."""
    for page in pages:
        for block in page.blocks:
            if isinstance(block, MarkdownBlock):
                for line, message in markdown_problems(block.source):
                    report.add(block.line + line - 1, message)
