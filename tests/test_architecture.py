"""House rules that a test enforces (DESIGN.md): Qt stays in kiosk/ui and kiosk/app.py."""

from __future__ import annotations

import ast
import re
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


# -- import contracts (DESIGN.md "Architecture"; qutebrowser checks its own in CI) ------------
# Every import counts: top level, inside functions, and under TYPE_CHECKING.

ENTRY_POINTS = {"app", "cli", "__main__", "commands"}  # composition: they may wire the UI in
UNITS_BELOW_UI = {"core", "store", "content", "learning", "people", "attendance", "sync", "collector",
                  "demo_activity",
                  "backend", "config", "resources", "demo", "demo_large", "demo_telecenter"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def kiosk_imports(path: Path) -> set[str]:
    """Every ``kiosk.…`` module that ``path`` imports, relative imports resolved."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == "kiosk":  # ``from kiosk import resources`` imports kiosk.resources
                found.update(f"kiosk.{a.name}" for a in node.names)
            else:
                found.add(module)
    return {n for n in found if n.startswith("kiosk.")}


def unit_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def unit_graph(files) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in files:
        source = unit_of(module_name(path))
        if source is None:
            continue
        for target in map(unit_of, kiosk_imports(path)):
            if target is not None and target != source:
                graph.setdefault(source, set()).add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def offenders(units: set[str], forbidden) -> list[str]:
    """``path -> module`` for every import by a module of ``units`` that ``forbidden(module)`` refuses."""
    bad = []
    for path in sorted(KIOSK.rglob("*.py")):
        if unit_of(module_name(path)) not in units:
            continue
        bad += [f"{path.relative_to(ROOT)} -> {m}" for m in sorted(kiosk_imports(path)) if forbidden(m)]
    return bad


def test_nothing_below_the_ui_imports_it():
    assert offenders(UNITS_BELOW_UI, lambda m: unit_of(m) in {"ui", "app", "cli", "commands"}) == []


def test_the_store_is_only_the_database():
    assert offenders({"store"}, lambda m: unit_of(m) not in {"store", "core", "config", "resources"}) == []


def test_core_and_content_stand_on_their_own():
    assert offenders({"core"}, lambda m: unit_of(m) not in {"core"}) == []
    assert offenders({"content"}, lambda m: unit_of(m) not in {"content", "core", "resources"}) == []


def test_the_collector_needs_nothing_of_the_kiosk_ui_or_database():
    assert offenders({"collector"}, lambda m: unit_of(m) in {"ui", "app", "store", "backend", "learning",
                                                              "people", "attendance"}) == []


def test_the_ui_never_reaches_the_database():
    """Widgets call the back end's operations; only the start-up read of the sign-in tiles may
    read the file directly (kiosk.store.quick, plain sqlite3, before the back end is open)."""
    assert offenders({"ui"}, lambda m: unit_of(m) == "store" and m != "kiosk.store.quick") == []
    raw = re.compile(r"\.(get_setting|set_setting|transaction|reading|engine)\b|\.db\.store\.db\b")
    found = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((KIOSK / "ui").rglob("*.py"))
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if raw.search(line)]
    assert found == []


def test_no_cycles_between_packages():
    files = [p for p in KIOSK.rglob("*.py") if unit_of(module_name(p)) != "__main__"]
    assert find_cycle(unit_graph(files)) is None


def test_the_contracts_catch_offenders(tmp_path):
    """Negative controls: a cycle and an upward import are found."""
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}}) is None
    fake = KIOSK / "people" / "_contract_probe.py"
    fake.write_text("def f():\n    from ..ui.theme import X\n", encoding="utf-8")
    try:
        assert offenders({"people"}, lambda m: unit_of(m) == "ui") == [
            "kiosk/people/_contract_probe.py -> kiosk.ui.theme"]
    finally:
        fake.unlink()
