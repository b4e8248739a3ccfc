"""The eight lesson pages that froze the kiosk (issue 9, point 5), at the sizes that froze it.

Shared by tests/content/test_render_limits.py and benchmarks/render.py.  Each builder returns a
page's Markdown; ``LINE`` is the line of that page the checker must name (1-based).
Before the limits (Python-Markdown 3.11 + Qt 6 on the 2-core test machine; benchmarks/render.py):
the list and the table never finish (RecursionError / minutes), ``[``, ``***``, ``___`` and
``<a`` are quadratic in Python-Markdown, the long word is quadratic in Qt's line breaking.
"""

from __future__ import annotations


def nested_list() -> str:  # 640 levels, 4 spaces each
    return "\n".join("    " * level + "- x" for level in range(640))


def nested_quotes() -> str:  # 1300 lines, each one quote deeper
    return "\n".join(">" * level + " x" for level in range(1, 1301))


def big_table() -> str:  # 2000 rows x 200 columns
    head = "|" + "|".join(f"c{column}" for column in range(200)) + "|"
    rule = "|" + "|".join("---" for _ in range(200)) + "|"
    row = "|" + "|".join("x" for _ in range(200)) + "|"
    return "\n".join([head, rule, *([row] * 2000)])


def brackets() -> str:
    return "[" * 4000


def stars() -> str:  # 10,000 rules of *** in one block
    return "***\n" * 10_000


def underscores() -> str:  # 10,000 rules of ___ in one block
    return "___\n" * 10_000


def angles() -> str:  # 12,000 unfinished tags: <a <a <a ...
    return "<a " * 12_000


def long_line() -> str:  # one word of 900,000 letters
    return "a" * 900_000


SHAPES = {
    "nested_list": nested_list,
    "nested_quotes": nested_quotes,
    "big_table": big_table,
    "brackets": brackets,
    "stars": stars,
    "underscores": underscores,
    "angles": angles,
    "long_line": long_line,
}
# Where the checker must stop each shape: the line of the page (1-based) and a word of the message.
EXPECTED = {
    "nested_list": (11, "niveles de listas"),  # 10 levels of 4 spaces, then the 11th
    "nested_quotes": (11, "niveles de listas"),
    "big_table": (1, "demasiadas columnas"),
    "brackets": (1, "demasiados «[» seguidos"),
    "stars": (401, "demasiadas líneas"),
    "underscores": (401, "demasiadas líneas"),
    "angles": (1, "demasiados «<» en la página"),
    "long_line": (1, "línea demasiado larga"),
}


# The worst the limits still allow, one builder per way of being slow (each passes the scan).
def _staircase(marker: str) -> str:
    return "\n".join("    " * level + marker + " x" for level in range(10))


def _page(*parts: str) -> str:
    """``parts`` joined, cut in lines of 1992 characters, two lines a paragraph, at most 12,000
    characters in all."""
    text = "".join(parts)[:11_952]
    lines = [text[i:i + 1992] for i in range(0, len(text), 1992)]
    return "\n\n".join("\n".join(lines[i:i + 2]) for i in range(0, len(lines), 2))


ALLOWED = {
    "list_10_levels": lambda: "\n\n".join(["\n".join([_staircase("-")] * 18)] * 2),  # 361 lines
    "quotes_10_levels": lambda: "\n\n".join(["\n".join([">" * 10 + " x"] * 199)] * 2),
    "table_50x12": lambda: "\n".join(
        ["|" + "|".join("c" * 8 for _ in range(12)) + "|", "|" + "|".join(["---"] * 12) + "|"]
        + ["|" + "|".join("celda" for _ in range(12)) + "|"] * 48
    ),
    "images_50": lambda: _page("![" * 50, "x " * 6000),
    "links_50": lambda: _page("[a](" * 50, "x " * 6000),
    "rules_333": lambda: "***\n" * 332 + "***",  # 999 *
    "underscore_rules_333": lambda: "___\n" * 332 + "___",
    "list_rules_400": lambda: "- -\n" * 399 + "- -",
    "emphasis_1000": lambda: _page("a*" * 1000, "x " * 6000),
    "mixed_1000": lambda: _page("*a_" * 1000, "x " * 6000),
    "angles_50": lambda: _page("<a " * 50, "x " * 6000),
    "escapes_1000": lambda: _page("\\*" * 1000, "x " * 6000),
    "backticks_1000": lambda: _page("`a " * 1000, "x " * 6000),
    "entities_1000": lambda: _page("&a" * 1000, "x " * 6000),
    "words_2000_x6": lambda: "\n\n".join(["a" * 1998 + "\n" + "a" * 1998] * 3),
    "prose_12k": lambda: _page("palabra " * 1500),
    "code_html_11k": lambda: "```html\n" + ('<a href="x">[a](b) <b>*x*</b></a> ' * 3 + "\n") * 110 + "```",
    "unclosed_fences_400": lambda: "\n".join("`" * (3 + i % 5) for i in range(400)),
}
