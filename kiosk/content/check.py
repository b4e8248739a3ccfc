"""``kiosk lessons check DIR``: print every problem as ``path:line: message``; exit 1 if any."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from .catalog import scan_tree
from .model import Problem

__all__ = ["run_check", "format_problem"]


def _display_path(path: Path, cwd: Path) -> Path:
    if path.is_absolute():
        try:
            return path.relative_to(cwd)
        except ValueError:
            return path
    return path


def format_problem(problem: Problem, cwd: Path | None = None) -> str:
    """``path:line: message`` with the path relative to ``cwd`` (default: the current dir)."""
    shown = _display_path(problem.path, cwd or Path.cwd())
    return f"{shown}:{problem.line}: {problem.message}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def run_check(root: Path, out: TextIO | None = None) -> int:
    """Check the lesson tree under ``root``; returns the exit code (0 all good, 1 problems)."""
    out = sys.stdout if out is None else out
    root = Path(root)
    scan = scan_tree(root)
    problems = list(scan.catalog.problems)
    if not problems and scan.modules_seen == 0:
        # Most likely the wrong folder (a track or a module instead of the lessons root).
        problems.append(Problem(root, 0, "no hay ningún módulo de lecciones en esta carpeta"))
    try:
        cwd = Path.cwd()
    except OSError:  # the current dir was deleted
        cwd = Path("/")
    for problem in problems:
        print(format_problem(problem, cwd), file=out)
    for warning in scan.catalog.warnings:  # printed, never failing the check (issue 10)
        print(f"aviso: {format_problem(warning, cwd)}", file=out)
    if problems:
        files = len({p.path for p in problems})
        print(
            f"{_plural(len(problems), 'problema', 'problemas')} en "
            f"{_plural(files, 'archivo', 'archivos')}",
            file=out,
        )
        return 1
    modules = len(scan.catalog.modules())
    print(
        f"Todo bien: {_plural(scan.lessons, 'lección', 'lecciones')} en "
        f"{_plural(modules, 'módulo', 'módulos')}",
        file=out,
    )
    return 0
