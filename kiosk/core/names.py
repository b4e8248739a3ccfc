"""Names people type or import: cleaned on the way in, compared by a key, made safe on the way out.

Every human-entered name (a learner, a staff member, a class, a workshop, the telecenter) goes
through ``clean_name`` before it is checked and stored, so a name cannot carry:

* control characters (C0 and C1, with a whole terminal escape such as ``ESC [31m`` removed, not
  only its ``ESC``); tabs, new lines and every Unicode space (NBSP, ideographic space, the
  Braille blank...) become one plain space;
* bidi controls (U+202A–202E overrides and embeddings, U+2066–2069 isolates, the marks
  U+200E/U+200F/U+061C) and every other format character (category Cf: zero-width space and
  joiners, word joiner, BOM, soft hyphen, tag characters...): a person's name in Paraguay needs
  none of them, and they are how a second "Ana" that looks identical is made;
* the other invisible "default ignorable" code points (variation selectors, the combining
  grapheme joiner, Hangul fillers, Khmer inherent vowels...), private-use, surrogate and
  unassigned code points;
* more than ``MAX_MARKS`` combining marks on one letter (the "Zalgo" text that spills over
  the lines above and below), or a combining mark with no letter before it.

What stays: every letter and accent, in NFC.  The Guaraní letters are letters: ñ, ã ẽ ĩ õ ũ ỹ
(NFC composes them), g̃ (``g`` + U+0303: there is no precomposed one, it stays two code
points) and the puso ``ʼ`` (U+02BC, a letter; the look-alike apostrophes stay as typed).

``name_key`` is what duplicate checks compare: two names that look the same after cleaning
have the same key (case, accents, width and compatibility forms, apostrophe look-alikes and
the Cyrillic and Greek capitals that look Latin are folded).  ``spreadsheet_text`` is what a
CSV cell carries: clean, and never a formula.

Standard library only (the start-up path and the collector use it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kiosk.core.text import fold_for_search

MAX_MARKS = 3  # combining marks on one letter: Vietnamese needs 2, Guaraní 1
RAW_MAX = 4096  # characters looked at: a longer paste is refused as too long without cleaning it

# A terminal escape: CSI (ESC [ or U+009B) parameters, intermediates and a final byte; OSC,
# DCS, SOS, PM and APC strings ended by BEL or ST (a title, a hyperlink); else ESC and the
# one character after it.  What is left of a broken one is removed with the other controls.
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]{0,256}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[\x20-\x7e]?"
)
_WHITE = frozenset("\t\n\x0b\x0c\r\x85\u2028\u2029\u2800\u3164\uffa0\u115f\u1160")
# Default-ignorable code points that are not Cc/Cf (U+115F, U+1160, U+3164 and U+FFA0, the
# Hangul fillers, look like spaces and are in _WHITE).
_IGNORABLE = re.compile(
    "[\u034f\u17b4\u17b5\u180b-\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef\U000e0000-\U000e0fff]"
)
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_NOT_PLAIN = re.compile(r"[^\x20-\x7e]")  # the characters that need a look

# Letters of other scripts that look like Latin ones once case is folded (a few per script;
# the key also folds width and compatibility forms through NFKD, e.g. fullwidth ＡＮＡ).
_LOOKALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ӏ": "l",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "n",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "y", "χ": "x",
    # Latin look-alikes NFKD keeps
    "ı": "i", "ɑ": "a", "ɡ": "g", "ʟ": "l",
})


def clean_name(raw: str) -> str:
    """``raw`` as a name is stored: invisible, control and bidi characters removed (terminal
    escapes whole), Unicode NFC, every run of white space one space, no space at either end.

    ``clean_name("  Ana\\u200b \\x1b[31mMaría\\u202e ")`` == ``"Ana María"``.  The caller checks
    emptiness and length (``name_problem``)."""
    if raw.isascii() and raw.isprintable():
        return " ".join(raw.split())
    text = _IGNORABLE.sub("", _ESCAPE.sub("", raw[:RAW_MAX]))
    marks = False

    def fix(match: re.Match[str]) -> str:
        nonlocal marks
        ch = match.group()
        if ch in _WHITE or ch.isspace():
            return " "
        category = unicodedata.category(ch)
        if category in _DROP_CATEGORIES:
            return ""
        marks = marks or category[0] == "M"
        return ch

    text = unicodedata.normalize("NFC", _NOT_PLAIN.sub(fix, text))
    text = " ".join(text.split())
    return " ".join(_limit_marks(text).split()) if marks else text


def _limit_marks(text: str) -> str:
    """At most ``MAX_MARKS`` combining marks after a letter, and none after a space or at
    the start."""
    out: list[str] = []
    marks = MAX_MARKS  # at the start, a mark has no letter to sit on
    previous = " "
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me"):
            if previous == " " or marks >= MAX_MARKS:
                continue
            marks += 1
        else:
            marks = 0
            previous = ch
        out.append(ch)
    return "".join(out)


def name_length(name: str) -> int:
    """How long a cleaned name counts as (characters, as a text field counts them)."""
    return len(name)


def name_problem(raw: str, max_len: int) -> tuple[str, str | None]:
    """``(clean name, problem)``: the problem is ``"empty"`` when nothing is left after
    cleaning, ``"too-long"`` over ``max_len`` characters, else None."""
    if len(raw) > RAW_MAX:
        return clean_name(raw), "too-long"
    name = clean_name(raw)
    if not name:
        return name, "empty"
    if name_length(name) > max_len:
        return name, "too-long"
    return name, None


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """What duplicate checks and sorting compare: the cleaned name with case, accents,
    width and compatibility forms (NFKC/NFKD), apostrophe look-alikes and Latin look-alike
    letters of other scripts folded.  "Ana", "ana\\u200b", "ＡＮＡ", "Аna" (Cyrillic А) and
    "Ána" have one key; "Kaʼa" ~ "Ka'a"; "Ñandutí" ~ "nanduti"."""
    # fold_for_search casefolds and decomposes with NFKD: compatibility forms fold too.
    key = fold_for_search(clean_name(name))
    return key if key.isascii() else key.translate(_LOOKALIKES)


# -- on the way out ---------------------------------------------------------------------------

# A text cell starting with one of these is a formula to Excel/LibreOffice (CSV injection):
# a learner could name themselves "=HYPERLINK(...)".  Such cells get a leading apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


@lru_cache(maxsize=4096)
def spreadsheet_text(value: str) -> str:
    """A text value as a CSV cell carries it: cleaned like a name (old data may hold control,
    bidi or invisible characters) and with a leading apostrophe when a spreadsheet would
    read it as a formula."""
    clean = clean_name(value) if value else value
    return "'" + clean if clean.startswith(FORMULA_START) else clean


__all__ = ["MAX_MARKS", "clean_name", "name_key", "name_length", "name_problem", "spreadsheet_text"]
