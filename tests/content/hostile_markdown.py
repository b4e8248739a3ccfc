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
