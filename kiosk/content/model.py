"""The lesson format ``kiosco-leccion/1`` as plain, immutable data (no Qt, no SQLAlchemy).

The parser (``parser.py``) builds these from files, each activity kind (``activities/``) its own
blocks; the catalog (``catalog.py``) groups them;
the renderer (``render.py``) turns ``MarkdownBlock`` into safe HTML; the UI shows them.
See lessons/README.md for the file format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kiosk.core.i18n import QT_TRANSLATE_NOOP

SCHEMA = "kiosco-leccion/1"
LANGS = ("es", "gn", "en")
DEFAULT_LANG = "es"
AUDIENCE_TAGS = ("ninos-8-11", "adolescentes-12-17", "docentes", "familias")
# The content languages' names as a note to learners says them ("the Guarani version is being
# updated"): translated by the interface's catalog, context "ContentLanguage".
LANG_NAMES = {
    "es": QT_TRANSLATE_NOOP("ContentLanguage", "Spanish"),
    "gn": QT_TRANSLATE_NOOP("ContentLanguage", "Guarani"),
    "en": QT_TRANSLATE_NOOP("ContentLanguage", "English"),
}
REVIEW_STATES = ("pendiente", "revisada")  # a translation's ``review``: awaiting / done


ERROR = "error"
WARNING = "warning"  # advice for authors (lessons/README.md, "Checking"): never disables anything


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file, reported as ``path:line: message`` (an error) or
    ``path:line: aviso: message`` (a warning)."""

    path: Path
    line: int
    message: str
    severity: str = ERROR
    rule: str = ""  # a warning's rule name, for ``kiosk lessons check --allow RULE``

    @property
    def is_error(self) -> bool:
        return self.severity != WARNING

    @property
    def text(self) -> str:
        """The message as printed: warnings start with ``aviso:``."""
        return self.message if self.is_error else f"aviso: {self.message}"

    def format(self, root: Path | None = None) -> str:
        path = self.path
        if root is not None:
            try:
                path = self.path.relative_to(root)
            except ValueError:
                pass
        return f"{path}:{self.line}: {self.text}"


@dataclass(frozen=True)
class Option:
    text: str  # plain text; for truefalse the literal "true" / "false" (the UI labels them)
    correct: bool
    feedback: str  # plain text, may be "" (then the UI says only right / not yet)
    # Stable id stored in answers: written in the file, else derived from the position
    # (a, b, c...; lessons/README.md, "Option ids"). "" here means "derive it".
    id: str = ""
    # A picture of the module's folder (resolved, absolute) and its alt text, required with it
    # (lessons/README.md, "Picture options"); ``text`` may then be "".
    image: Path | None = None
    alt: str = ""

    @property
    def label(self) -> str:
        """What the option says in words: its text, else its picture's alt text."""
        return self.text or self.alt


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
                option if option.id else replace(option, id=option_letter(index))
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
class HelpBlock:
    """An ```` ```ayuda ```` block: the help lines of lessons/ayuda.yaml (all, or ``ids``)."""

    ids: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class MockBlock:
    """A ```` ```mock ```` block: a message drawn by the kiosk (``kiosk.content.mock.Mock``)."""

    mock: Any
    line: int


Block = MarkdownBlock | Activity | HelpBlock | MockBlock


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
    review_status: str | None = None  # REVIEW_STATES; "pendiente" for machine-made Guarani
    sensitive: bool = False  # lessons/README.md, "Sensitive lessons"
    audience_line: int = 1  # line of ``audience`` in the front matter (checker messages)

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


def version_change(old: str, new: str) -> str | None:
    """How far ``old`` is behind ``new`` (lessons/README.md, "Versions"): "major", "minor",
    "patch", or None when ``old`` is the same version or newer."""
    a = tuple(int(part) for part in old.split("."))
    b = tuple(int(part) for part in new.split("."))
    if a >= b:
        return None
    if a[0] != b[0]:
        return "major"
    return "minor" if a[1] != b[1] else "patch"


@dataclass(frozen=True)
class ShownLesson:
    """Which file of a lesson a learner who reads ``wanted`` sees, and why
    (``LessonEntry.shown``; the lesson screen turns the flags into notes)."""

    lesson: Lesson
    wanted: str  # the language asked for
    updating: bool = False  # the translation follows an older minor version of the Spanish
    fallback: str | None = None  # why Spanish is shown instead: "major" | "review" | None
    in_review: bool = False  # the translation shown awaits a native speaker's review


@dataclass(frozen=True)
class LessonEntry:
    """One lesson of a module, in every language it exists in."""

    slug: str
    id: str
    versions: dict[str, Lesson]
    # Languages whose translations are shown only once ``review: revisada``: the module's
    # ``translations_need_review`` (lessons/README.md, "module.yaml").
    reviewed_only: frozenset[str] = frozenset()

    @property
    def original(self) -> Lesson:
        return self.versions[DEFAULT_LANG]

    @property
    def audience(self) -> tuple[str, ...]:
        """Who the lesson is for: the Spanish file decides (translations must agree)."""
        return self.original.audience

    @property
    def sensitive(self) -> bool:
        return self.original.sensitive

    def in_lang(self, lang: str) -> Lesson:
        """The file a learner reading ``lang`` sees (``shown``: stale and unreviewed
        translations may give Spanish)."""
        return self.shown(lang).lesson

    def is_outdated(self, lang: str) -> bool:
        """True when the ``lang`` translation follows an older Spanish version than the current."""
        lesson = self.versions.get(lang)
        original = self.versions.get(DEFAULT_LANG)
        if lesson is None or original is None or lesson.translation_of is None:
            return False
        return version_change(lesson.translation_of, original.version) is not None

    def shown(self, lang: str) -> ShownLesson:
        """The translation rules of lessons/README.md, "Translation state": a translation one
        patch behind is current, one minor behind is shown with a note, one major behind gives
        Spanish; an unreviewed translation of a sensitive lesson, or in a language its module
        lists in ``translations_need_review``, gives Spanish."""
        original = self.original
        lesson = self.versions.get(lang)
        if lesson is None or lang == DEFAULT_LANG:
            return ShownLesson(original, lang)
        change = None
        if self.is_outdated(lang):
            change = version_change(lesson.translation_of or original.version, original.version)
        if change == "major":
            return ShownLesson(original, lang, fallback="major")
        in_review = lesson.review_status != "revisada"
        if in_review and (self.sensitive or lang in self.reviewed_only):
            return ShownLesson(original, lang, fallback="review")
        return ShownLesson(lesson, lang, updating=change == "minor",
                           in_review=lesson.review_status == "pendiente")


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
    translations_need_review: tuple[str, ...] = ()  # module.yaml: shown only once reviewed

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
    demo: bool = False  # track.yaml ``demo: true``: not in the curriculum (lessons/README.md)

    def title(self, lang: str) -> str:
        return pick(self.titles, lang)


@dataclass
class Catalog:
    """The usable lessons. ``tracks`` is the curriculum: what learners' homes, the reports and
    the counts see. Demo tracks (``demo: true``) are kept in ``demo_tracks``, out of all of
    that, unless the catalog was loaded with the demo (``load_catalog(..., demo=True)``); a
    demo lesson can still be opened by its id (``module``, ``lesson``)."""

    tracks: tuple[Track, ...] = ()
    problems: list[Problem] = field(default_factory=list)  # errors only
    skipped_modules: list[Path] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # advice for authors
    skipped_lessons: list[Path] = field(default_factory=list)  # lesson files left out
    demo_tracks: tuple[Track, ...] = ()
    help_lines: tuple[Any, ...] = ()  # ``kiosk.content.help_lines.HelpLine`` of lessons/ayuda.yaml

    def modules(self) -> list[Module]:
        return [m for t in self.tracks for m in t.modules]

    def module(self, module_id: str) -> Module | None:
        found = next((m for m in self.modules() if m.id == module_id), None)
        if found is None:
            demo = (m for t in self.demo_tracks for m in t.modules)
            found = next((m for m in demo if m.id == module_id), None)
        return found

    def lesson_entry(self, lesson_id: str) -> LessonEntry | None:
        module_id = lesson_id.rsplit("/", 1)[0]
        module = self.module(module_id)
        if module is None:
            return None
        return next((e for e in module.lessons if e.id == lesson_id), None)

    def lesson(self, lesson_id: str, lang: str) -> Lesson | None:
        entry = self.lesson_entry(lesson_id)
        return entry.in_lang(lang) if entry else None

    def shown(self, lesson_id: str, lang: str) -> ShownLesson | None:
        """The lesson a learner reading ``lang`` sees, with its translation state."""
        entry = self.lesson_entry(lesson_id)
        return entry.shown(lang) if entry else None
