"""Warnings for authors: what makes a lesson teach less, though it works (lessons/README.md,
"Checking"). A warning never disables anything; ``kiosk lessons check --strict`` counts them
as errors (CI does).

Each rule reads a parsed, valid ``Lesson``; option rules only look at the kinds made of options
(``OptionsKind``: single, multi, truefalse, and any kind built on them).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .activities import KINDS
from .activities._options import OptionsKind
from .model import WARNING, Activity, Lesson, MarkdownBlock, Problem

__all__ = [
    "lesson_warnings",
    "is_closing_page",
    "MIN_PAGES",
    "MAX_PAGES",
    "MAX_OPTION_CHARS",
    "CLOSING_START",
]

MIN_PAGES, MAX_PAGES = 3, 6
MAX_OPTION_CHARS = 80
CLOSING_START = "desde hoy voy a"
# The closing page's first words in each content language (lessons/README.md, "Checking").
CLOSING_STARTS = {"es": CLOSING_START, "en": "from today i will", "gn": "ko ára guive"}
SAME_WORD_MIN = 3  # wrong-answer feedbacks needed before "all start alike" means anything

_MARKS_RE = re.compile(r"^[\s#>*_\-+¡!¿\"'«“]+")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_IMAGE_RE = re.compile(r"(?<!\\)!\[(?P<alt>[^\]]*)\]\(")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _warn(lesson: Lesson, line: int, message: str) -> Problem:
    return Problem(lesson.path, max(line, 1), message, WARNING)


def _plain(text: str) -> str:
    """``text`` without leading Markdown marks (``#``, ``>``, ``**``, ``¡``...), folded."""
    text = unicodedata.normalize("NFC", text)
    text = _MARKS_RE.sub("", text)
    return " ".join(text.replace("*", "").replace("_", " ").split()).casefold()


def is_closing_page(lesson: Lesson) -> bool:
    """The last page is a closing page when its heading or its first paragraph starts with
    «Desde hoy voy a» (English: "From today I will"; Guaraní: «Ko ára guive»; Markdown marks
    such as ``#``, ``>`` and ``**`` are ignored)."""
    if not lesson.pages:
        return False
    blocks = [b for b in lesson.pages[-1].blocks if isinstance(b, MarkdownBlock)]
    if not blocks:
        return False
    paragraphs = [p for p in re.split(r"\n\s*\n", blocks[0].source) if p.strip()]
    candidates = paragraphs[:1]
    if paragraphs and paragraphs[0].lstrip().startswith("#"):
        heading, _, rest = paragraphs[0].strip().partition("\n")
        candidates = [heading] + ([rest] if rest.strip() else paragraphs[1:2])
    start = CLOSING_STARTS.get(lesson.lang, CLOSING_START)
    return any(_plain(text).startswith(start) for text in candidates)


def _chosen_from_options(activity: Activity) -> bool:
    """Options with a right answer (an ungraded kind such as ``reflect`` has none, and its
    options fall back to a kind "thank you" when they carry no feedback)."""
    kind = KINDS.get(activity.kind)
    return isinstance(kind, OptionsKind) and kind.graded and bool(activity.options)


def _ordered_by_author(activity: Activity) -> bool:
    """Options the author lays out (not fixed ones like truefalse's True/False)."""
    kind = KINDS.get(activity.kind)
    return _chosen_from_options(activity) and "options" in kind.keys


def _first_word(text: str) -> str:
    match = _WORD_RE.search(unicodedata.normalize("NFC", text))
    return match[0].casefold() if match else ""


def _page_count(lesson: Lesson) -> list[Problem]:
    count = len(lesson.pages)
    if count < MIN_PAGES:
        return [_warn(lesson, 1, f"la lección tiene {count} página{'s' if count != 1 else ''}: "
                                 f"conviene que tenga entre {MIN_PAGES} y {MAX_PAGES}")]
    if count > MAX_PAGES:
        extra = lesson.pages[MAX_PAGES]
        return [_warn(lesson, extra.line - 1, f"la lección tiene {count} páginas: conviene que "
                                              f"tenga entre {MIN_PAGES} y {MAX_PAGES} "
                                              "(una idea por página); dividila en dos")]
    return []


def _closing(lesson: Lesson) -> list[Problem]:
    if is_closing_page(lesson):
        return []
    line = lesson.pages[-1].line - 1 if lesson.pages else 1  # the "---" of the last page
    start = {"en": "From today I will…", "gn": "Ko ára guive…"}.get(lesson.lang, "Desde hoy voy a…")
    return [_warn(lesson, line, f"la lección no termina con una página «{start}»: "
                                "en la última página, escribí un título o una primera frase "
                                "que empiece así, con lo que la persona va a hacer")]


def _options(lesson: Lesson) -> list[Problem]:
    found: list[Problem] = []
    for activity in lesson.activities:
        if not _chosen_from_options(activity):
            continue
        for option in activity.options:
            if activity.kind == "truefalse":
                if not option.feedback:
                    found.append(_warn(lesson, activity.line,
                                       f"la actividad «{activity.id}» no tiene "
                                       f"«feedback_{option.id}»: decí por qué, con amabilidad"))
                continue
            if not option.feedback:
                found.append(_warn(lesson, activity.line,
                                   f"la opción «{option.text}» de «{activity.id}» no tiene "
                                   "«feedback»: decí por qué, con amabilidad"))
            if len(option.text) > MAX_OPTION_CHARS:
                found.append(_warn(lesson, activity.line,
                                   f"la opción «{option.text[:30]}…» de «{activity.id}» tiene "
                                   f"{len(option.text)} letras: más de {MAX_OPTION_CHARS} "
                                   "cuesta leerla; acortala"))
    return found


def _same_position(lesson: Lesson) -> list[Problem]:
    laid_out = [a for a in lesson.activities if _ordered_by_author(a)]
    if len(laid_out) < 2:
        return []
    positions = {
        tuple(i for i, option in enumerate(a.options, start=1) if option.correct)
        for a in laid_out
    }
    if len(positions) != 1:
        return []
    [where] = positions
    said = " y ".join(str(p) for p in where) or "ninguna"
    return [_warn(lesson, laid_out[0].line,
                  f"en las {len(laid_out)} actividades de opciones la respuesta correcta está "
                  f"siempre en la posición {said}: cambiala de lugar en alguna (los chicos "
                  "aprenden dónde está)")]


def _same_first_word(lesson: Lesson) -> list[Problem]:
    wrong = [
        (activity, option.feedback)
        for activity in lesson.activities
        if _chosen_from_options(activity)
        for option in activity.options
        if not option.correct and option.feedback.strip()
    ]
    if len(wrong) < SAME_WORD_MIN:
        return []
    words = {_first_word(text) for _, text in wrong}
    if len(words) != 1 or not next(iter(words)):
        return []
    first = next(_WORD_RE.finditer(unicodedata.normalize("NFC", wrong[0][1])))[0]
    return [_warn(lesson, wrong[0][0].line,
                  f"las {len(wrong)} respuestas a opciones incorrectas empiezan todas con "
                  f"«{first}»: variá cómo empiezan y decí claro cuándo una elección es riesgosa")]


def _images(lesson: Lesson) -> list[Problem]:
    found: list[Problem] = []
    for page in lesson.pages:
        for block in page.blocks:
            if not isinstance(block, MarkdownBlock):
                continue
            fence = None
            for offset, text in enumerate(block.source.split("\n")):
                opened = _FENCE_RE.match(text)
                if opened:
                    mark = opened.group(1)
                    if fence is None:
                        fence = mark
                    elif mark[0] == fence[0] and len(mark) >= len(fence):
                        fence = None
                    continue
                if fence is not None:
                    continue
                for match in _IMAGE_RE.finditer(text):
                    if not match["alt"].strip():
                        found.append(_warn(lesson, block.line + offset,
                                           "la imagen no tiene texto alternativo: escribí qué "
                                           "muestra entre los corchetes, como "
                                           "![Un candado cerrado](img/candado.png)"))
    return found


_REVIEW_RE = re.compile(r"<!--\s*revisar:\s*(\d{4})-(\d{2})\s*-->")
REVIEW_RULE = "review-date"


def review_dates(lesson: Lesson, today: date | None = None) -> list[Problem]:
    """A fact that expires (an app's menu, a platform's age rule, a help line's hours) carries
    ``<!-- revisar: AAAA-MM -->``; once that month has come, the check asks for a person to look
    again (a warning with the rule ``review-date``: ``--allow review-date`` while the review is
    under way)."""
    today = today or date.today()
    try:
        text = lesson.path.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return []
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for match in _REVIEW_RE.finditer(line):
            year, month = int(match[1]), int(match[2])
            if (year, month) <= (today.year, today.month):
                found.append(Problem(lesson.path, number,
                                     f"el dato marcado «revisar: {match[1]}-{match[2]}» ya venció: "
                                     "verificá que siga siendo cierto y poné una fecha nueva",
                                     WARNING, REVIEW_RULE))
    return found


def lesson_warnings(lesson: Lesson) -> list[Problem]:
    """Every warning for ``lesson`` (a parsed, valid lesson), in file order."""
    found = (
        review_dates(lesson) +
        _page_count(lesson)
        + _closing(lesson)
        + _options(lesson)
        + _same_position(lesson)
        + _same_first_word(lesson)
        + _images(lesson)
    )
    return sorted(found, key=lambda p: p.line)
