"""``kiosk lessons check DIR``: print every error as ``path:line: message`` and every warning
as ``path:line: aviso: message``, then the totals; exit 1 on any error (with ``strict``, on any
warning too)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from .activities import KINDS
from .catalog import TreeScan, scan_tree
from .model import DEFAULT_LANG, LANGS, Module, Problem

__all__ = ["run_check", "format_problem", "totals"]

UNREVIEWED = "pendiente"  # the ``review`` value of a translation awaiting a native speaker


def _display_path(path: Path, cwd: Path) -> Path:
    if path.is_absolute():
        try:
            return path.relative_to(cwd)
        except ValueError:
            return path
    return path


def format_problem(problem: Problem, cwd: Path | None = None) -> str:
    """``path:line: message`` with the path relative to ``cwd`` (default: the current dir);
    a warning's message starts with ``aviso:``."""
    shown = _display_path(problem.path, cwd or Path.cwd())
    return f"{shown}:{problem.line}: {problem.text}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _per_module(modules: list[Module]) -> list[str]:
    """Each module's lesson files per language, ``es/gn/en`` (which translations are missing)."""
    if not modules:
        return []
    lines = [f"Lecciones por módulo ({'/'.join(LANGS)}):"]
    for module in modules:
        counts = Counter(lang for entry in module.lessons for lang in entry.versions)
        lines.append(f"  {module.id} " + "/".join(str(counts[lang]) for lang in LANGS))
    return lines


def totals(scan: TreeScan) -> list[str]:
    """What the tree holds, as printed after the problems: modules, lessons, activities per
    kind, languages (in all and per module), outdated and unreviewed translations, the Guaraní glossary, and what was
    left out."""
    catalog = scan.catalog
    modules = catalog.modules()
    demo = sum(len(t.modules) for t in catalog.tracks if t.demo)
    entries = [entry for module in modules for entry in module.lessons]
    kinds: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    outdated = unreviewed = 0
    for entry in entries:
        kinds.update(a.kind for a in entry.versions[DEFAULT_LANG].activities)
        for lang, lesson in entry.versions.items():
            langs[lang] += 1
            if lang == DEFAULT_LANG:
                continue
            outdated += entry.is_outdated(lang)
            unreviewed += lesson.review_status == UNREVIEWED
    order = [name for name in KINDS if kinds[name]] + sorted(set(kinds) - set(KINDS))
    demo_note = f" ({demo} de muestra)" if demo else ""
    lines = [
        f"Módulos: {len(modules)}{demo_note}; lecciones: {len(entries)}",
        "Actividades: "
        + (", ".join(f"{name} {kinds[name]}" for name in order) if order else "ninguna")
        + f" (total {sum(kinds.values())})",
        "Idiomas: " + ", ".join(f"{lang} {langs[lang]}" for lang in LANGS),
        *_per_module(modules),
        f"Traducciones desactualizadas: {outdated}; sin revisar: {unreviewed}",
    ]
    glossary = scan.glossary
    if glossary is not None and not glossary.problems:
        lines.append(f"Glosario guaraní: {_plural(len(glossary.terms), 'término', 'términos')}"
                     f" (review: {glossary.review})")
    skipped = set(catalog.skipped_modules)
    files = sum(1 for file in catalog.skipped_lessons if file.parent not in skipped)
    left_out = []
    if skipped:
        left_out.append(_plural(len(skipped), "módulo", "módulos"))
    if files:
        left_out.append(_plural(files, "archivo de lección", "archivos de lección"))
    if left_out:
        lines.append("Sin usar por errores: " + ", ".join(left_out))
    return lines


Check = Callable[[TreeScan], list[Problem]]


def run_check(root: Path, out: TextIO | None = None, *, strict: bool = False,
              allow: frozenset[str] = frozenset(), checks: Sequence[Check] = ()) -> int:
    """Check the lesson tree under ``root``; returns the exit code: 1 when there is an error
    (with ``strict``, also a warning), else 0. ``checks``: more checks of the usable tree that
    this package cannot make itself (the command line passes the turtle challenges' runs,
    ``kiosk/commands/turtle_lessons.py``), each giving problems."""
    out = sys.stdout if out is None else out
    root = Path(root)
    scan = scan_tree(root)
    errors = list(scan.catalog.problems)
    for extra in checks:
        errors.extend(extra(scan))
    warnings = list(scan.catalog.warnings)
    if not errors and scan.modules_seen == 0:
        # Most likely the wrong folder (a track or a module instead of the lessons root).
        errors.append(Problem(root, 0, "no hay ningún módulo de lecciones en esta carpeta"))
    try:
        cwd = Path.cwd()
    except OSError:  # the current dir was deleted
        cwd = Path("/")
    shown = sorted(errors + warnings, key=lambda p: (str(p.path), p.line, p.is_error))
    for problem in shown:
        print(format_problem(problem, cwd), file=out)
    if scan.modules_seen:
        for line in totals(scan):
            print(line, file=out)
    failing = errors + ([w for w in warnings if w.rule not in allow] if strict else [])
    if failing:
        files = len({p.path for p in failing})
        summary = (
            f"{_plural(len(errors), 'problema', 'problemas')} en "
            f"{_plural(files, 'archivo', 'archivos')}"
        )
        if warnings and not strict:
            summary += f" (y {_plural(len(warnings), 'aviso', 'avisos')})"
        if strict and warnings:
            summary = (
                f"{_plural(len(errors), 'error', 'errores')} y "
                f"{_plural(len(warnings), 'aviso', 'avisos')} (con --strict cuentan como "
                f"problemas) en {_plural(files, 'archivo', 'archivos')}"
            )
        print(summary, file=out)
        return 1
    modules = len(scan.catalog.modules())
    verdict = (
        f"Todo bien: {_plural(scan.lessons, 'lección', 'lecciones')} en "
        f"{_plural(modules, 'módulo', 'módulos')}"
    )
    if warnings:
        verdict += f" ({_plural(len(warnings), 'aviso', 'avisos')})"
    print(verdict, file=out)
    return 0
