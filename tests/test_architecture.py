"""House rules that a test enforces (DESIGN.md): Qt stays in kiosk/ui and kiosk/app.py."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KIOSK = ROOT / "kiosk"
QT_ALLOWED = {KIOSK / "app.py"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_ui_and_app_import_pyside6():
    offenders = []
    for path in sorted(KIOSK.rglob("*.py")):
        if path in QT_ALLOWED or (KIOSK / "ui") in path.parents:
            continue
        if any(name == "PySide6" or name.startswith(("PySide6.", "shiboken6")) for name in imported_modules(path)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_checker_finds_an_offender(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in imported_modules(bad)


def test_core_packages_load_without_qt():
    code = (
        "import sys, kiosk.cli, kiosk.store.store, kiosk.content.catalog, kiosk.content.render, "
        "kiosk.learning.progress, kiosk.people.learners, kiosk.demo, kiosk.content.check\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_no_legacy_query_api():
    offenders = [
        str(p.relative_to(ROOT))
        for p in KIOSK.rglob("*.py")
        if ".query(" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
