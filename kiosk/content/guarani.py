"""Guaraní spelling that a machine can see (lessons/README.md, "Text and the Guaraní puso").

The puso is ``ʼ`` (U+02BC, a letter), never an apostrophe: ``'`` or ``’`` between letters is
read aloud, searched and broken into words wrongly.  ``g̃`` has no precomposed letter: it is ``g``
followed by the combining tilde U+0303; ``ĝ``, ``ğ``, ``ǧ`` or ``g`` with another mark only look
like it.  ``kiosk lessons check`` warns (rule ``gn-orthography``) on Guaraní lesson files and on
every ``gn:`` text of module.yaml, track.yaml, ayuda.yaml and the glossary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .model import WARNING, Problem
from .yaml_fields import Report, YamlDoc

__all__ = ["PUSO", "G_TILDE", "ORTHOGRAPHY_RULE", "text_warnings", "yaml_gn_warnings", "spelling_fix"]

PUSO = "\u02bc"  # ʼ MODIFIER LETTER APOSTROPHE
G_TILDE = "g\u0303"  # g̃: g + COMBINING TILDE
ORTHOGRAPHY_RULE = "gn-orthography"  # ``kiosk lessons check --allow gn-orthography``

# Marks typed for the puso: ASCII apostrophe, right and left quotes, acute accent, prime.
_APOSTROPHES = {"'": "'", "\u2019": "’", "\u2018": "‘", "\u00b4": "´", "\u2032": "′"}
# Precomposed letters that look like g̃, and marks after g that are not U+0303.
_G_LOOKALIKES = {"ĝ": "g", "Ĝ": "G", "ğ": "g", "Ğ": "G", "ǧ": "g", "Ǧ": "G"}
_WRONG_MARKS = "\u0342\u02dc\u0334\u033e\u0330\u0360\u0302\u030c\u0306\u223c~"
_BAD_G_RE = re.compile(
    "[" + "".join(_G_LOOKALIKES) + "]|[gG][" + re.escape(_WRONG_MARKS[:-1]) + r"]|[gG]~(?=\w)"
)
_APOSTROPHE_RE = re.compile("[" + "".join(_APOSTROPHES) + "]")


def _letter(char: str) -> bool:
    """A letter or a combining mark (``g̃`` ends in a mark), or the puso itself."""
    return unicodedata.category(char)[0] in "LM"


def _word_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the word around ``text[start:end]`` (letters, marks and apostrophes)."""
    def inside(char: str) -> bool:
        return _letter(char) or char in _APOSTROPHES or char in _WRONG_MARKS

    while start > 0 and inside(text[start - 1]):
        start -= 1
    while end < len(text) and inside(text[end]):
        end += 1
    return start, end


def spelling_fix(word: str) -> str:
    """``word`` with its apostrophes between letters as the puso and its look-alike g̃ as
    ``g`` + U+0303 (``ko'ágã`` -> ``koʼágã``; the rest of the spelling is a person's call)."""
    def bad_g(match: re.Match[str]) -> str:
        found = match[0]
        base = _G_LOOKALIKES.get(found, found[0])
        return base + "\u0303"

    fixed = _BAD_G_RE.sub(bad_g, word)
    out = []
    for index, char in enumerate(fixed):
        between = 0 < index < len(fixed) - 1 and _letter(fixed[index - 1]) and _letter(fixed[index + 1])
        out.append(PUSO if char in _APOSTROPHES and between else char)
    return "".join(out)


def _line_findings(text: str) -> list[str]:
    """What is wrong in one line of Guaraní, one message per wrong word, in order."""
    found: dict[tuple[int, int], str] = {}
    for match in _APOSTROPHE_RE.finditer(text):
        at = match.start()
        if 0 < at < len(text) - 1 and _letter(text[at - 1]) and _letter(text[at + 1]):
            span = _word_at(text, at, at + 1)
            word = text[span[0]:span[1]]
            found.setdefault(span, (
                f"guaraní: «{word}» tiene «{_APOSTROPHES[match[0]]}» entre letras: el puso se "
                f"escribe «{PUSO}» (U+02BC): «{spelling_fix(word)}»"))
    for match in _BAD_G_RE.finditer(text):
        span = _word_at(text, match.start(), match.end())
        word = text[span[0]:span[1]]
        found.setdefault(span, (
            f"guaraní: «{word}» tiene «{match[0]}», que se parece a g̃ pero no lo es: g̃ se "
            f"escribe g seguida de la tilde U+0303: «{spelling_fix(word)}»"))
    return [found[span] for span in sorted(found)]


def _warning(path: Path, line: int, message: str) -> Problem:
    return Problem(path, max(line, 1), message, WARNING, ORTHOGRAPHY_RULE)


def text_warnings(path: Path, text: str, first_line: int = 1) -> list[Problem]:
    """Every orthography warning of a Guaraní text (a whole ``.gn.md`` file), line by line."""
    return [
        _warning(path, number, message)
        for number, line in enumerate(text.split("\n"), start=first_line)
        for message in _line_findings(line)
    ]


def _gn_scalars(node: Node | None) -> Iterator[ScalarNode]:
    """Every scalar under a ``gn`` key, anywhere in the YAML (titles, help lines, terms)."""
    stack = [node] if node is not None else []
    seen: set[int] = set()  # an alias shares its node: visit each once (no "billion laughs")
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, MappingNode):
            for key, value in current.value:
                if isinstance(key, ScalarNode) and key.value == "gn" and isinstance(value, ScalarNode):
                    yield value
                else:
                    stack.append(value)
        elif isinstance(current, SequenceNode):
            stack.extend(current.value)


def yaml_gn_warnings(path: Path, text: str, *, max_chars: int | None = None) -> list[Problem]:
    """The orthography warnings of every ``gn:`` text of a YAML file, at the text's line.

    YAML that does not compose gives none: its parser reports the error (``max_chars``: the
    parser's size limit for this file, default the one of module.yaml)."""
    doc = YamlDoc(Report(path), 1)
    root = doc.compose(text) if max_chars is None else doc.compose(text, max_chars=max_chars)
    found = []
    for scalar in _gn_scalars(root):
        line = scalar.start_mark.line + 1
        found.extend(_warning(path, line, message) for message in _line_findings(scalar.value))
    return sorted(found, key=lambda p: p.line)
