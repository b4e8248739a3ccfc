"""Load the lesson tree (lessons/README.md, "Layout") into a ``Catalog``.

A lesson file with a problem is left out (a broken Spanish file takes its lesson out, a broken
translation only itself); a module whose module.yaml or file list has a problem, or that is left
with no lesson, is skipped (the kiosk keeps running with the rest and logs why); a track whose
track.yaml is broken is skipped with all its modules. Warnings (``catalog.warnings``, advice
for authors from ``advice.py``) never leave anything out.  ``check_tree`` returns the
same problems without logging, for ``kiosk lessons check``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from .activities import kind_of
from .advice import lesson_warnings
from .glossary import Glossary, parse_glossary
from .guarani import text_warnings, yaml_gn_warnings
from .help_lines import HELP_FILE, HelpLines, parse_help_lines, stale_warnings
from .model import (
    DEFAULT_LANG,
    LANGS,
    Catalog,
    HelpBlock,
    Lesson,
    LessonEntry,
    Module,
    Problem,
    Track,
    version_change,
)
from .parser import (
    ID_HINT,
    ID_RE,
    parse_lesson,
    parse_module_yaml,
    parse_track_yaml,
    split_lesson_filename,
)

__all__ = ["load_catalog", "check_tree", "scan_tree", "TreeScan"]

log = logging.getLogger("kiosk.content")

TRACK_FILE = "track.yaml"
MODULE_FILE = "module.yaml"
DEMO_ENV = "KIOSK_DEMO_LESSONS"  # "1": the demo tracks are part of the catalog
_IGNORED_FILES = {"readme.md"}  # notes for authors next to the lessons


@dataclass
class TreeScan:
    """Everything found under a lessons root; ``catalog`` holds only what is usable."""

    catalog: Catalog
    lesson_files: int = 0  # lesson files parsed without problems, every language
    lessons: int = 0  # lessons (one per slug) in usable modules
    modules_seen: int = 0
    per_module: dict[Path, list[Problem]] = field(default_factory=dict)
    glossary: Glossary | None = None  # lessons/glosario.gn.yaml, when there is one


def _subdirs(folder: Path) -> list[Path]:
    try:
        return sorted(
            p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))
        )
    except OSError:
        return []


def _folder_problem(folder: Path, message: str) -> Problem:
    # Line 0: the problem is about the folder itself, not a line of a file.
    return Problem(folder, 0, message)


def _load_module(
    folder: Path, track_id: str, scan: TreeScan
) -> tuple[Module | None, list[Problem]]:
    """The module in ``folder`` and every error found in it.

    A problem of the module itself (module.yaml, a listed file missing, a file not listed)
    skips the module; a problem in a lesson file disables only that file: the Spanish file
    takes its lesson out, a translation only itself (learners get the Spanish one). A module
    left with no lesson is skipped. Warnings go to ``scan.catalog.warnings``."""
    problems: list[Problem] = []  # of the module itself: they skip it
    lesson_problems: list[Problem] = []  # of lesson files: they disable those files
    slug = folder.name
    module_id = f"{track_id}/{slug}"
    if not ID_RE.match(slug):
        problems.append(_folder_problem(folder, f"«{slug}» no sirve como id de módulo: {ID_HINT}"))
    meta, meta_problems = parse_module_yaml(folder / MODULE_FILE)
    problems.extend(meta_problems)
    if meta is not None:
        scan.catalog.warnings.extend(_gn_yaml_warnings(folder / MODULE_FILE))

    listed = set(meta["lessons"]) if meta else set()
    entries: list[LessonEntry] = []
    for lesson_slug in meta["lessons"] if meta else ():
        es_file = folder / f"{lesson_slug}.{DEFAULT_LANG}.md"
        if not es_file.is_file():
            problems.append(
                Problem(
                    folder / MODULE_FILE,
                    meta["lesson_lines"][lesson_slug],
                    f"falta el archivo «{es_file.name}» de la lección «{lesson_slug}»",
                )
            )
        versions: dict[str, Lesson] = {}
        for lang in LANGS:
            file = folder / f"{lesson_slug}.{lang}.md"
            if not file.is_file():
                continue
            lesson, file_problems = parse_lesson(file, module_id)
            lesson_problems.extend(p for p in file_problems if p.is_error)
            scan.catalog.warnings.extend(p for p in file_problems if not p.is_error)
            if lesson is not None:
                versions[lang] = lesson
                scan.lesson_files += 1
                if lang == "gn":
                    scan.catalog.warnings.extend(_gn_text_warnings(file))
            else:
                scan.catalog.skipped_lessons.append(file)
        if meta is not None:  # a lesson outside its module's audience disables that file
            for lang, lesson in list(versions.items()):
                rules = _check_lesson_rules(lesson, meta["audience"], folder / MODULE_FILE)
                if rules:
                    lesson_problems.extend(rules)
                    del versions[lang]
                    scan.lesson_files -= 1
                    scan.catalog.skipped_lessons.append(lesson.path)
        if DEFAULT_LANG in versions:
            for problem in _check_translations(versions):
                lesson_problems.append(problem)
                if versions.pop(_lang_of(problem.path), None) is not None:
                    scan.lesson_files -= 1
                    scan.catalog.skipped_lessons.append(problem.path)
            for lesson in versions.values():
                scan.catalog.warnings.extend(lesson_warnings(lesson))
            reviewed_only = frozenset(meta["translations_need_review"]) if meta else frozenset()
            entries.append(LessonEntry(lesson_slug, f"{module_id}/{lesson_slug}", versions, reviewed_only))
        else:
            for lesson in versions.values():  # a translation without its Spanish lesson
                scan.catalog.skipped_lessons.append(lesson.path)

    # Lesson files that module.yaml does not list (usually a forgotten line or a typo).
    try:
        md_files = sorted(p for p in folder.iterdir() if p.suffix == ".md" and p.is_file())
    except OSError:
        md_files = []
    for file in md_files:
        if file.name.lower() in _IGNORED_FILES:
            continue
        parts = split_lesson_filename(file.name)
        if parts is None or parts[1] not in LANGS:
            problems.append(
                Problem(
                    file,
                    1,
                    "el nombre del archivo debe ser <lección>.<idioma>.md con idioma es, gn o en",
                )
            )
        elif meta is None:
            # module.yaml is broken: still check the lessons, so authors see everything at once.
            found = parse_lesson(file, module_id)[1]
            problems.extend(p for p in found if p.is_error)
            scan.catalog.warnings.extend(p for p in found if not p.is_error)
        elif parts[0] not in listed:
            problems.append(
                Problem(file, 1, f"la lección «{parts[0]}» no está en «lessons» de module.yaml")
            )

    problems.extend(lesson_problems)
    if meta is None or len(problems) > len(lesson_problems) or not entries:
        return None, problems
    module = Module(
        id=module_id,
        slug=slug,
        track_id=track_id,
        version=meta["version"],
        titles=dict(meta["title"]),
        descriptions=dict(meta["description"]),
        audience=tuple(meta["audience"]),
        order=meta["order"],
        lessons=tuple(entries),
        path=folder,
        translations_need_review=tuple(meta["translations_need_review"]),
    )
    return module, problems


def _read(path: Path) -> str | None:
    """A file the parser already read without problems (so: UTF-8, within its size limit)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def _gn_text_warnings(path: Path) -> list[Problem]:
    """Guaraní orthography of a whole ``.gn.md`` file (``guarani.py``)."""
    text = _read(path)
    return text_warnings(path, text) if text is not None else []


def _gn_yaml_warnings(path: Path) -> list[Problem]:
    """Guaraní orthography of the ``gn:`` texts of a YAML file (``guarani.py``)."""
    text = _read(path)
    return yaml_gn_warnings(path, text) if text is not None else []


def _lang_of(path: Path) -> str | None:
    parts = split_lesson_filename(path.name)
    return parts[1] if parts else None


def _check_lesson_rules(lesson: Lesson, module_audience: list[str], module_file: Path) -> list[Problem]:
    """A lesson's ``audience`` within its module's; no free text in a sensitive lesson
    (lessons/README.md, "Audience" and "Sensitive lessons")."""
    problems = []
    outside = [tag for tag in lesson.audience if tag not in module_audience]
    if outside:
        problems.append(Problem(
            lesson.path, lesson.audience_line,
            f"«audience» tiene {', '.join(outside)}, que no está en el «audience» del módulo "
            f"({', '.join(module_audience)} en {module_file.parent.name}/{MODULE_FILE})",
        ))
    if lesson.sensitive:
        for activity in lesson.activities:
            try:
                free = kind_of(activity).free_text
            except KeyError:
                continue
            if free:
                problems.append(Problem(
                    lesson.path, activity.line,
                    f"la actividad «{activity.id}» ({activity.kind}) guarda texto escrito por quien "
                    "aprende: no va en una lección sensible (sensitive: true)",
                ))
    return problems


def _check_translations(versions: dict[str, Lesson]) -> list[Problem]:
    """A translation that claims to follow the current Spanish version must ask the same questions,
    with the same options and the same right answers (lessons/README.md, "Translations").

    Attempts are stored under ``question_key`` (lesson id + activity id) with the kind's answer
    (option ids), so a different id would split one question's statistics in two, and a
    different option would change what a stored answer means.
    """
    original = versions[DEFAULT_LANG]
    wanted = [a.id for a in original.activities]
    problems = []
    for lang, lesson in versions.items():
        if lang == DEFAULT_LANG or lesson.translation_of is None:
            continue
        change = version_change(lesson.translation_of, original.version)
        if change is None and lesson.translation_of != original.version:
            problems.append(Problem(
                lesson.path, 1,
                f"«translation_of» es {lesson.translation_of}, más nueva que la versión en español "
                f"({original.version})",
            ))
            continue
        if lesson.sensitive != original.sensitive:
            problems.append(Problem(
                lesson.path, 1,
                "«sensitive» debe ser igual que en la versión en español "
                f"({'true' if original.sensitive else 'false'})",
            ))
        if lesson.audience != original.audience:
            problems.append(Problem(
                lesson.path, lesson.audience_line,
                f"«audience» debe ser igual que en la versión en español ({', '.join(original.audience)})",
            ))
        if change == "major":
            continue  # shown in Spanish until it is translated again (lessons/README.md, "Versions")
        have = [a.id for a in lesson.activities]
        if set(have) != set(wanted):
            missing = ", ".join(sorted(set(wanted) - set(have))) or "ninguna"
            extra = ", ".join(sorted(set(have) - set(wanted))) or "ninguna"
            problems.append(
                Problem(
                    lesson.path,
                    1,
                    "las actividades no coinciden con la versión en español "
                    f"{original.version} (faltan: {missing}; sobran: {extra})",
                )
            )
        for activity in lesson.activities:
            spanish = original.activity(activity.id)
            if spanish is None:
                continue
            if activity.kind != spanish.kind:
                why: str | None = f"es «{activity.kind}» y en español es «{spanish.kind}»"
            else:
                why = kind_of(activity).mismatch(spanish, activity)
            if why:
                problems.append(
                    Problem(
                        lesson.path,
                        activity.line,
                        f"la actividad «{activity.id}» no coincide con la versión en español "
                        f"{original.version}: {why}",
                    )
                )
    return problems


def scan_tree(root: Path, *, today: dt.date | None = None) -> TreeScan:
    """Read the whole tree under ``root``: the catalog plus every problem, without logging
    (``today``: the day help lines are judged stale against; default the real one)."""
    root = Path(root)
    catalog = Catalog()
    scan = TreeScan(catalog)
    if not root.is_dir():
        catalog.problems.append(_folder_problem(root, "no existe la carpeta de lecciones"))
        return scan

    tracks: list[Track] = []
    for track_dir in _subdirs(root):
        track_file = track_dir / TRACK_FILE
        if not track_file.is_file():
            catalog.problems.append(
                _folder_problem(track_dir, f"la carpeta no tiene {TRACK_FILE}: no es un recorrido")
            )
            continue
        track_meta, track_problems = parse_track_yaml(track_file)
        catalog.problems.extend(track_problems)
        if track_meta is not None:
            catalog.warnings.extend(_gn_yaml_warnings(track_file))
        if not ID_RE.match(track_dir.name):
            track_meta = None
            catalog.problems.append(
                _folder_problem(
                    track_dir,
                    f"«{track_dir.name}» no sirve como id de recorrido: {ID_HINT}",
                )
            )
        modules: list[Module] = []
        module_dirs = _subdirs(track_dir)
        if not module_dirs:
            catalog.problems.append(
                _folder_problem(track_dir, "el recorrido no tiene ningún módulo")
            )
        for module_dir in module_dirs:
            if not (module_dir / MODULE_FILE).is_file():
                catalog.problems.append(
                    _folder_problem(
                        module_dir, f"la carpeta no tiene {MODULE_FILE}: no es un módulo"
                    )
                )
                continue
            scan.modules_seen += 1
            module, module_problems = _load_module(module_dir, track_dir.name, scan)
            catalog.problems.extend(module_problems)
            if module_problems:
                scan.per_module[module_dir] = module_problems
            if module is None or track_meta is None:
                catalog.skipped_modules.append(module_dir)
            else:
                modules.append(module)
        if track_meta is None or not modules:
            continue
        modules.sort(key=lambda m: (m.order, m.slug))
        scan.lessons += sum(len(m.lessons) for m in modules)
        tracks.append(
            Track(
                id=track_meta["id"],
                titles=dict(track_meta["title"]),
                color=track_meta["color"],
                icon=track_meta["icon"],
                order=track_meta["order"],
                modules=tuple(modules),
                path=track_dir,
                demo=bool(track_meta.get("demo")),
            )
        )
    tracks.sort(key=lambda t: (t.order, t.id))
    catalog.tracks = tuple(tracks)
    _load_help_lines(root, catalog, today)
    scan.glossary = parse_glossary(root)
    if scan.glossary is not None:
        catalog.problems.extend(scan.glossary.problems)
        catalog.warnings.extend(scan.glossary.warnings)
    catalog.problems.sort(key=lambda p: (str(p.path), p.line))
    catalog.warnings.sort(key=lambda p: (str(p.path), p.line))
    return scan


def _load_help_lines(root: Path, catalog: Catalog, today: dt.date | None) -> None:
    """lessons/ayuda.yaml: needed when a lesson is sensitive or has an ``ayuda`` block; each
    ``ayuda`` block's ids must be in it; a line verified more than a year ago is a warning."""
    help_lines = parse_help_lines(root) if (root / HELP_FILE).is_file() else HelpLines()
    catalog.problems.extend(help_lines.problems)
    catalog.help_lines = help_lines.lines
    known = {line.id for line in help_lines.lines}
    for module in catalog.modules():
        for entry in module.lessons:
            for lesson in entry.versions.values():
                if not known and not help_lines.problems and (
                        lesson.sensitive or _help_blocks(lesson)):
                    catalog.problems.append(Problem(
                        lesson.path, 1,
                        f"la lección necesita las líneas de ayuda de {HELP_FILE}, y no existe "
                        f"{root / HELP_FILE}"))
                    continue
                for block in _help_blocks(lesson):
                    for ident in block.ids:
                        if known and ident not in known:
                            catalog.problems.append(Problem(
                                lesson.path, block.line,
                                f"el bloque «ayuda» nombra «{ident}», que no está en {HELP_FILE} "
                                f"(hay: {', '.join(sorted(known))})"))
    catalog.warnings.extend(stale_warnings(help_lines, today or dt.date.today()))
    if help_lines.lines:
        catalog.warnings.extend(_gn_yaml_warnings(root / HELP_FILE))


def _help_blocks(lesson: Lesson) -> list[HelpBlock]:
    return [b for page in lesson.pages for b in page.blocks if isinstance(b, HelpBlock)]


def load_catalog(root: Path, *, demo: bool | None = None) -> Catalog:
    """The usable part of the lesson tree; every skipped module and lesson file is logged with
    its problems.

    Demo tracks (track.yaml ``demo: true``) are set aside in ``catalog.demo_tracks``, out of the
    learners' homes, the reports and every count, unless ``demo`` is true (``kiosk demo
    --open``; None: true when the environment variable ``KIOSK_DEMO_LESSONS`` is ``1``)."""
    scan = scan_tree(root)
    catalog = scan.catalog
    if demo is None:
        demo = os.environ.get(DEMO_ENV, "") == "1"
    if not demo:
        catalog.demo_tracks = tuple(t for t in catalog.tracks if t.demo)
        catalog.tracks = tuple(t for t in catalog.tracks if not t.demo)
    by_module = scan.per_module
    for folder in catalog.skipped_modules:
        problems = by_module.get(folder, [])
        details = "; ".join(p.format() for p in problems) or "su recorrido tiene problemas"
        log.warning("módulo omitido %s: %s", folder, details)
    skipped = set(catalog.skipped_modules)
    for file in catalog.skipped_lessons:
        if file.parent in skipped:
            continue
        details = "; ".join(p.format() for p in catalog.problems if p.path == file)
        log.warning("lección omitida %s: %s", file, details or "no se pudo leer")
    for problem in catalog.problems:
        if problem.line == 0 or problem.path.name == TRACK_FILE:
            log.warning("contenido con problemas: %s", problem.format())
    return catalog


def check_tree(root: Path) -> list[Problem]:
    """Every problem under ``root``, sorted by path and line (for ``kiosk lessons check``)."""
    return scan_tree(root).catalog.problems
