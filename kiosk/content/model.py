"""The lesson format ``kiosco-leccion/1`` as plain, immutable data (no Qt, no SQLAlchemy).

The parser (``parser.py``) builds these from files, each activity kind (``activities/``) its own
blocks; the catalog (``catalog.py``) groups them;
the renderer (``render.py``) turns ``MarkdownBlock`` into safe HTML; the UI shows them.
See lessons/README.md for the file format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA = "kiosco-leccion/1"
LANGS = ("es", "gn", "en")
DEFAULT_LANG = "es"
AUDIENCE_TAGS = ("ninos-8-11", "adolescentes-12-17", "docentes", "familias")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file, reported as ``path:line: message``."""

    path: Path
    line: int
    message: str

    def format(self, root: Path | None = None) -> str:
        path = self.path
        if root is not None:
            try:
                path = self.path.relative_to(root)
            except ValueError:
                pass
        return f"{path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Option:
    text: str  # plain text; for truefalse the literal "true" / "false" (the UI labels them)
    correct: bool
    feedback: str  # plain text, may be "" (then the UI says only right / not yet)
    # Stable id stored in answers: written in the file, else derived from the position
    # (a, b, c...; lessons/README.md, "Option ids"). "" here means "derive it".
    id: str = ""


def option_letter(index: int) -> str:
    """The derived id of the option at ``index`` (0-based): a, b, ..., z, aa, ab..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


@dataclass(frozen=True)
class Activity:
    """One activity block of a lesson.  What its fields mean, how it is answered and scored is
    up to its kind (``kiosk.content.activities``): ``options`` for the kinds made of options,
    ``spec`` for anything else a kind needs (immutable, built by the kind's parser)."""

    id: str  # unique inside its lesson
    kind: str
    prompt: str
    options: tuple[Option, ...] = ()
    explanation: str = ""  # shown once answered correctly; may be ""
    line: int = 0  # line of the opening fence in the lesson file
    spec: Any = None

    def __post_init__(self) -> None:
        if any(not option.id for option in self.options):
            derived = tuple(
                option if option.id else Option(option.text, option.correct, option.feedback,
                                                 option_letter(index))
                for index, option in enumerate(self.options)
            )
            object.__setattr__(self, "options", derived)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options)

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(option.id for option in self.options if option.correct)


@dataclass(frozen=True)
class MarkdownBlock:
    source: str
    line: int  # first line of this block in the lesson file


@dataclass(frozen=True)
class MockBlock:
    """A ```` ```mock ```` block: a message drawn by the kiosk (``kiosk.content.mock.Mock``)."""

    mock: Any
    line: int


Block = MarkdownBlock | Activity | MockBlock


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...]
    line: int

    @property
    def activities(self) -> tuple[Activity, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Activity))


@dataclass(frozen=True)
class Lesson:
    id: str  # "<track>/<module>/<lesson>" -- matches the path
    slug: str
    module_id: str
    version: str
    lang: str
    title: str
    audience: tuple[str, ...]
    duration_min: int
    objectives: tuple[str, ...]
    license: str
    authors: tuple[str, ...]
    translation_of: str | None
    pages: tuple[Page, ...]
    path: Path
    review_status: str | None = None  # e.g. "pendiente" for machine-made Guarani

    @property
    def module_dir(self) -> Path:
        return self.path.parent

    @property
    def activities(self) -> tuple[Activity, ...]:
        return tuple(a for page in self.pages for a in page.activities)

    def question_key(self, activity: Activity) -> str:
        """The id stored in attempts: stable across languages of the same lesson."""
        return f"{self.id}#{activity.id}"

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    def next_page(self, index: int, answers: Mapping[str, Any]) -> int | None:
        """The page after page ``index`` given the answers so far ({activity id: answer}), or
        None when the lesson ends there (``flow.next_page``: linear unless a kind branches)."""
        from .flow import next_page

        return next_page(self, index, answers)


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in ``lang``, else Spanish, else any."""
    if lang in texts:
        return texts[lang]
    if DEFAULT_LANG in texts:
        return texts[DEFAULT_LANG]
    return next(iter(texts.values()), "")


@dataclass(frozen=True)
class LessonEntry:
    """One lesson of a module, in every language it exists in."""

    slug: str
    id: str
    versions: dict[str, Lesson]

    def in_lang(self, lang: str) -> Lesson:
        return self.versions.get(lang) or self.versions[DEFAULT_LANG]

    def is_outdated(self, lang: str) -> bool:
        """True when the ``lang`` translation follows an older Spanish version than the current."""
        lesson = self.versions.get(lang)
        original = self.versions.get(DEFAULT_LANG)
        if lesson is None or original is None or lesson.translation_of is None:
            return False
        return lesson.translation_of != original.version


@dataclass(frozen=True)
class Module:
    id: str  # "<track>/<module>"
    slug: str
    track_id: str
    version: str
    titles: dict[str, str]
    descriptions: dict[str, str]
    audience: tuple[str, ...]
    order: int
    lessons: tuple[LessonEntry, ...]
    path: Path  # the module folder

    def title(self, lang: str) -> str:
        return pick(self.titles, lang)

    def description(self, lang: str) -> str:
        return pick(self.descriptions, lang)

    @property
    def lesson_ids(self) -> tuple[str, ...]:
        return tuple(entry.id for entry in self.lessons)


@dataclass(frozen=True)
class Track:
    id: str
    titles: dict[str, str]
    color: str  # "#rrggbb", the track's colour in the UI
    icon: str  # file name in assets/icons/ (no text in images)
    order: int
    modules: tuple[Module, ...]
    path: Path

    def title(self, lang: str) -> str:
        return pick(self.titles, lang)


@dataclass
class Catalog:
    tracks: tuple[Track, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    skipped_modules: list[Path] = field(default_factory=list)

    def modules(self) -> list[Module]:
        return [m for t in self.tracks for m in t.modules]

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules() if m.id == module_id), None)

    def lesson_entry(self, lesson_id: str) -> LessonEntry | None:
        module_id = lesson_id.rsplit("/", 1)[0]
        module = self.module(module_id)
        if module is None:
            return None
        return next((e for e in module.lessons if e.id == lesson_id), None)

    def lesson(self, lesson_id: str, lang: str) -> Lesson | None:
        entry = self.lesson_entry(lesson_id)
        return entry.in_lang(lang) if entry else None
