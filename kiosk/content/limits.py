"""What a lesson's Markdown may hold, so that no page can freeze the kiosk (lessons/README.md,
"Límites").

Python-Markdown is super-linear on some shapes (deep nesting, huge tables, thousands of ``[``
or ``<``, a page of many short blocks, escapes...), and Qt lays out what it produces.  One
linear scan, ``markdown_problems``, refuses them; the checker (``kiosk lessons check``, through
``kiosk.content.blocks``) reports its answers as ``path:line`` problems and the renderer
(``kiosk.content.render``) does not hand a refused text to Python-Markdown at all.

The numbers are generous for real lessons (the bundled ones use at most 823 characters and 20
lines per page, 412 characters per line, 2 levels of nesting, runs of 2 ``*``) and tight enough
that the worst text they allow renders in well under a second (``benchmarks/render.py``).
Fenced code blocks, which Python-Markdown sets aside untouched, count only for length (found
with Python-Markdown's own expression).  Elsewhere the scan counts conservatively (every ``|``
a column, every 4 spaces of indent a level): a false alarm costs the author a page break; a
miss would cost the learners a frozen kiosk.
"""

from __future__ import annotations

import re
from textwrap import dedent

__all__ = [
    "MAX_PAGE_CHARS", "MAX_PAGE_LINES", "MAX_LINE_CHARS", "MAX_PARAGRAPH_CHARS", "MAX_DEPTH",
    "MAX_TABLE_ROWS", "MAX_TABLE_COLUMNS", "MAX_TABLE_CELLS", "MAX_RUN", "MAX_PER_PAGE",
    "markdown_problems",
]  # fmt: skip

MAX_PAGE_CHARS = 12_000  # one Markdown block (a page's text between its activities)
MAX_PAGE_LINES = 400
MAX_LINE_CHARS = 2_000
MAX_PARAGRAPH_CHARS = 4_000  # lines without a blank line between them (a table is not one)
MAX_DEPTH = 10  # lists and blockquotes, one inside the other (4 spaces of indent = one level)
MAX_TABLE_ROWS = 100  # header included
MAX_TABLE_COLUMNS = 12
MAX_TABLE_CELLS = 600
MAX_RUN = {"[": 10, "<": 10, ">": MAX_DEPTH, "*": 40, "_": 40}  # the same character in a row
# Python-Markdown looks for the end of each "[" and "<" through the rest of its paragraph.
# Each * and _ may open or close an emphasis: thousands of them make thousands of styles for Qt.
MAX_PER_PAGE = {"[": 50, "<": 50, "*": 1_000, "_": 1_000, "\\": 1_000, "`": 1_000, "&": 1_000}

_RUN_RE = re.compile("|".join(f"{re.escape(c)}{{{n + 1},}}" for c, n in MAX_RUN.items()))
_PREFIX_RE = re.compile(r"[ \t]+|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)")  # a line's start: indent, > and list markers


def _nesting(line: str) -> int:
    """Levels of lists and blockquotes a line opens: markers at its start (``> - 1.``) plus
    one level per 4 columns of space (a tab counts 4; the space that ends a marker does not).  Stops counting just
    past ``MAX_DEPTH``."""
    depth = columns = i = 0
    while depth + columns // 4 <= MAX_DEPTH and (token := _PREFIX_RE.match(line, i)) is not None:
        text = token[0]
        if text[0] in " \t":  # after a marker, its first space only separates
            columns += len(text) + 3 * text.count("\t") - (1 if depth else 0)
        else:
            depth += 1
        i = token.end()
    return depth + columns // 4


_TABLE_RULE_RE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")


# Python-Markdown's ``FencedBlockPreprocessor.FENCED_BLOCK_RE`` (markdown/extensions/fenced_code.py),
# copied so that loading the lessons does not import Python-Markdown (and Pygments through it)
# before the sign-in: ~4 MB of the start-up's peak memory (issue 14.5).  A test checks it is the
# same expression (tests/content/test_render_limits.py).
FENCED_BLOCK_RE = re.compile(
    dedent(r"""
        (?P<fence>^(?:~{3,}|`{3,}))[ ]*                          # opening fence
        ((\{(?P<attrs>[^\n]*)\})|                                # (optional {attrs} or
        (\.?(?P<lang>[\w#.+-]*)[ ]*)?                            # optional (.)lang
        (hl_lines=(?P<quot>"|')(?P<hl_lines>.*?)(?P=quot)[ ]*)?) # optional hl_lines)
        \n                                                       # newline (end of opening fence)
        (?P<code>.*?)(?<=\n)                                     # the code block
        (?P=fence)[ ]*$                                          # closing fence
    """),
    re.MULTILINE | re.DOTALL | re.VERBOSE,
)


def _fenced_lines(source: str) -> set[int]:
    """The lines (1-based) of the fenced code blocks Python-Markdown will set aside, found as
    its ``fenced_code`` finds them (same expression, same order, after the same tab expansion).
    Empty -- everything counts -- for a text too long to render anyway, or one whose line ends
    or control characters Python-Markdown would change first (``NormalizeWhitespace``)."""
    if len(source) > MAX_PAGE_CHARS or any(c in source for c in "\r\x02\x03"):
        return set()
    if "```" not in source and "~~~" not in source:
        return set()
    text = source.expandtabs(4)  # keeps the line breaks where they are
    lines: set[int] = set()
    position, line = 0, 1  # ``line`` is the number of the line ``position`` is on
    while (match := FENCED_BLOCK_RE.search(text, position)) is not None:
        if match["attrs"] is not None:  # {attributes}: Python-Markdown may skip it; count it all
            break
        first = line + text.count("\n", position, match.start())
        line = first + text.count("\n", match.start(), match.end())
        lines.update(range(first, line + 1))
        position = match.end()
    return lines


def _columns(line: str) -> int:
    cells = line.strip()
    if cells.startswith("|"):
        cells = cells[1:]
    if cells.endswith("|"):
        cells = cells[:-1]
    return cells.count("|") + 1


def markdown_problems(source: str) -> list[tuple[int, str]]:
    """What in ``source`` (one Markdown block) passes the limits: ``(line, message)`` pairs,
    ``line`` 1-based within ``source``, messages in Spanish; the first case of each kind only.
    Empty: the text may be rendered.  Linear in the length of ``source``."""
    found: dict[str, tuple[int, str]] = {}

    def add(kind: str, line: int, message: str) -> None:
        found.setdefault(kind, (line, message))

    if len(source) > MAX_PAGE_CHARS:
        add("chars", 1, f"la página tiene demasiado texto: {len(source)} caracteres (máximo "
                        f"{MAX_PAGE_CHARS}); dividila en más páginas con «---»")
    lines = source.split("\n")
    if len(lines) > MAX_PAGE_LINES:
        add("lines", MAX_PAGE_LINES + 1, f"la página tiene demasiadas líneas: {len(lines)} (máximo "
                                         f"{MAX_PAGE_LINES}); dividila en más páginas con «---»")
    table_start, rows, cells = 0, 0, 0
    paragraph_start, paragraph_chars, is_table = 0, 0, False
    counts = dict.fromkeys(MAX_PER_PAGE, 0)
    code = _fenced_lines(source)
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE_CHARS:
            add("line", number, f"línea demasiado larga: {len(line)} caracteres (máximo "
                                f"{MAX_LINE_CHARS}); cortala en varias líneas")
        if number in code:  # Python-Markdown sets it aside as it is: only its length counts
            paragraph_chars = rows = 0
            continue
        if line.strip():
            if paragraph_chars == 0:
                paragraph_start = number
                is_table = number < len(lines) and bool(_TABLE_RULE_RE.match(lines[number]))
            paragraph_chars += len(line) + 1
            if paragraph_chars > MAX_PARAGRAPH_CHARS and not is_table:
                add("paragraph", paragraph_start, f"párrafo demasiado largo: más de "
                                                  f"{MAX_PARAGRAPH_CHARS} caracteres sin una línea "
                                                  "en blanco")
        else:
            paragraph_chars = 0
        depth = _nesting(line)
        if depth > MAX_DEPTH:
            add("depth", number, f"demasiados niveles de listas o citas «>», uno dentro de otro "
                                 f"(máximo {MAX_DEPTH})")
        if "|" in line:
            if rows == 0:
                table_start, cells = number, 0
            rows += 1
            columns = _columns(line)
            cells += columns
            if columns > MAX_TABLE_COLUMNS:
                add("columns", number, f"la tabla tiene demasiadas columnas: {columns} (máximo "
                                       f"{MAX_TABLE_COLUMNS})")
            if rows == MAX_TABLE_ROWS + 1:
                add("rows", table_start, f"la tabla tiene demasiadas filas: más de "
                                         f"{MAX_TABLE_ROWS}; dividila en varias tablas o páginas")
            if cells > MAX_TABLE_CELLS and "cells" not in found:
                add("cells", table_start, f"la tabla tiene demasiadas celdas: más de "
                                          f"{MAX_TABLE_CELLS}; dividila en varias tablas o páginas")
        else:
            rows = 0
        for char, limit in MAX_PER_PAGE.items():
            before = counts[char]
            counts[char] = before + line.count(char)
            if before <= limit < counts[char]:
                add("count" + char, number, f"demasiados «{char}» en la página: más de {limit}")
        for match in _RUN_RE.finditer(line):
            char = match[0][0]
            add("run" + char, number, f"demasiados «{char}» seguidos: {len(match[0])} (máximo "
                                      f"{MAX_RUN[char]})")
    return sorted(found.values())
