"""One way to report an error: every code the kiosk can raise has a sentence in the UI's table.

The codes come from two places, so that neither can hide one: the registry
(``kiosk.core.error_codes.Code``) and the source itself (``ast``: every ``Code.X`` the kiosk
names, every literal code given to an error class, every class's own ``code``).  A sentence may
only use the parameters its code has (the placeholders of the code's default text), and every
raise passes the parameters its code's default text needs.  Negative controls show each check
catches what it is for.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import textwrap
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import kiosk
from kiosk.core.error_codes import Code, placeholders
from kiosk.core.errors import KioskBug, KioskError

KIOSK = Path(kiosk.__file__).resolve().parent


# -- the checks (pure functions, so the negative controls run the very same code) -----------


@dataclass
class Scan:
    names: set[str] = field(default_factory=set)  # Code.NAME seen anywhere
    literals: dict[str, list[str]] = field(default_factory=dict)  # "code" -> where, given to an error class
    raises: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)  # (where, code, keywords)


def error_classes() -> dict[str, type[KioskError]]:
    """Every KioskError subclass the kiosk defines, by full name (after importing every module)."""
    for info in pkgutil.walk_packages([str(KIOSK)], "kiosk."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    found: dict[str, type[KioskError]] = {}
    todo = [KioskError]
    while todo:
        cls = todo.pop()
        found[f"{cls.__module__}.{cls.__qualname__}"] = cls
        todo.extend(cls.__subclasses__())
    return found


def _import(name: str, package: str | None):
    try:
        return importlib.import_module(name, package)
    except ImportError:
        return None


def error_names(tree: ast.AST, module: str | None) -> tuple[dict[str, type], dict[str, object]]:
    """What the names of one module mean: error classes, and modules (``client.EnrolRefused``).
    From the module's globals and from every ``import`` in it, local ones included."""
    space = dict(vars(importlib.import_module(module))) if module else {}
    package = module.rpartition(".")[0] if module else None
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = _import("." * node.level + (node.module or ""), package) if (node.module or node.level) else None
            for alias in node.names:
                obj = getattr(base, alias.name, None) if base is not None else None
                if obj is None and base is not None:
                    obj = _import(f"{base.__name__}.{alias.name}", None)
                if obj is not None:
                    space[alias.asname or alias.name] = obj
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and (obj := _import(alias.name, None)) is not None:
                    space[alias.asname] = obj
    classes = {k: v for k, v in space.items() if isinstance(v, type) and issubclass(v, KioskError)}
    modules = {k: v for k, v in space.items() if isinstance(v, types.ModuleType)}
    return classes, modules


def scan_source(text: str, where: str, module: str | None = None) -> Scan:
    """Codes named in one module's source, and what each raise of an error class passes."""
    scan = Scan()
    tree = ast.parse(text)
    classes, modules = error_names(tree, module)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Code":
            scan.names.add(node.attr)
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        cls = None
        if isinstance(func, ast.Name):
            cls = classes.get(func.id)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in modules:
            cls = getattr(modules[func.value.id], func.attr, None)
        if not (isinstance(cls, type) and issubclass(cls, KioskError)) or issubclass(cls, KioskBug):
            continue  # not an error class, or a bug (its argument is a text for the log)
        spot = f"{where}:{node.lineno}"
        first = node.args[0] if node.args else None
        keywords = frozenset(k.arg for k in node.keywords if k.arg is not None)
        if any(k.arg is None for k in node.keywords):
            continue  # **params: checked where they are built
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            scan.literals.setdefault(first.value, []).append(spot)
            scan.raises.append((spot, first.value, keywords))
        elif (isinstance(first, ast.Attribute) and isinstance(first.value, ast.Name)
              and first.value.id == "Code"):
            scan.raises.append((spot, f"Code.{first.attr}", keywords))
        elif first is None and cls.__init__ is KioskError.__init__:
            scan.raises.append((spot, str(cls.code), keywords))  # the class's own code
    return scan


def scan_kiosk() -> Scan:
    total = Scan()
    for path in sorted(KIOSK.rglob("*.py")):
        relative = path.relative_to(KIOSK.parent)
        module = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        if module.endswith("__main__"):
            module = None  # importing it would run it; its imports are still read
        one = scan_source(path.read_text(encoding="utf-8"), str(relative), module)
        total.names |= one.names
        for code, spots in one.literals.items():
            total.literals.setdefault(code, []).extend(spots)
        total.raises.extend(one.raises)
    return total


def resolve(code: str) -> str | None:
    """"Code.NAME" or a literal -> the registered value, or None when it is not registered."""
    if code.startswith("Code."):
        member = getattr(Code, code[len("Code."):], None)
        return member.value if isinstance(member, Code) else None
    return code if code in Code._value2member_map_ else None


def problems(codes: set[str], table: dict[str, str], params: dict[str, frozenset[str]]) -> list[str]:
    """What is wrong between the codes the kiosk can raise and the UI's table."""
    found = []
    for code in sorted(codes):
        if code not in table:
            found.append(f"{code}: no sentence in kiosk/ui/errors.py")
    for code, sentence in sorted(table.items()):
        if code not in params:
            found.append(f"{code}: a sentence for a code that is not registered")
            continue
        extra = placeholders(sentence) - params[code]
        if extra:
            found.append(f"{code}: the sentence uses {sorted(extra)}, the code has {sorted(params[code])}")
    return found


def raise_problems(scan: Scan) -> list[str]:
    """A raise of an unregistered code, or one that leaves a parameter of its text unfilled."""
    found = []
    for where, code, keywords in scan.raises:
        value = resolve(code)
        if value is None:
            found.append(f"{where}: {code} is not a registered code")
            continue
        missing = Code(value).params - keywords
        if missing:
            found.append(f"{where}: {code} needs {sorted(missing)}")
    for name in sorted(scan.names):
        if not isinstance(getattr(Code, name, None), Code):
            found.append(f"Code.{name} is not a registered code")
    return found


# -- the real kiosk ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def classes():
    return error_classes()


@pytest.fixture(scope="module")
def scan(classes):
    return scan_kiosk()


@pytest.fixture(scope="module")
def table():
    from kiosk.ui.errors import SENTENCES

    return {str(code): sentence for code, sentence in SENTENCES.items()}


def all_codes(scan: Scan, classes) -> set[str]:
    named = {getattr(Code, n).value for n in scan.names if isinstance(getattr(Code, n, None), Code)}
    own = {str(cls.code) for cls in classes.values()}
    return {c.value for c in Code} | named | set(scan.literals) | own


def test_every_code_has_a_sentence_with_only_its_parameters(scan, classes, table):
    params = {c.value: c.params for c in Code}
    assert problems(all_codes(scan, classes), table, params) == []


def test_the_source_raises_only_registered_codes_with_their_parameters(scan, classes):
    assert len(scan.raises) >= 50 and len(scan.names) >= 60  # the scan does see the kiosk's raises
    assert raise_problems(scan) == []
    assert {str(cls.code) for cls in classes.values()} <= {c.value for c in Code}


def test_every_class_of_the_hierarchy_was_seen(classes):
    assert {"InputProblem", "Refused", "StorageProblem", "SyncProblem", "ClassProblem", "AssignmentProblem",
            "SecretRuleProblem", "RosterRefused", "NotAllowed", "RecordNotFound"} <= {
        name.rpartition(".")[2] for name in classes}


def test_each_sentence_reads_in_spanish_with_its_parameters_filled(qapp):
    from kiosk.app import install_translators
    from kiosk.ui.errors import SENTENCES, code_text

    install_translators(qapp, "es")
    for code in Code:
        text = code_text(code, {name: 7 for name in code.params})
        assert text and "{" not in text and text != SENTENCES[code], code
    assert code_text(Code.PIN_TOO_SHORT, {"min": 4, "max": 8}) == "El PIN tiene que tener de 4 a 8 números."
    assert code_text(Code.SERVER_ERROR, {}) == (  # a stored error without its status
        "El servidor tuvo un problema (código ?); se vuelve a intentar más tarde")
    assert code_text("a-code-from-a-newer-kiosk") is None


def test_a_raised_error_reads_as_its_code_in_the_ui_and_as_its_default_in_the_log(qapp):
    from kiosk.people.classes import ClassProblem
    from kiosk.ui.errors import error_text, user_error_text

    exc = ClassProblem(Code.CLASS_NAME_TAKEN, name="5º A")
    assert str(exc) == exc.message == "Ya hay una clase llamada «5º A». Elegí otro nombre."
    assert user_error_text(exc) == error_text(exc) == "There is already a class with that name. Choose another name."
    bug = KioskBug("session 12 belongs to another learner")
    assert str(bug) == "session 12 belongs to another learner" and bug.code == "bug"
    assert user_error_text(bug) is None  # a bug goes to show_problem (logged, banner)
    assert error_text(bug) == error_text(RuntimeError("boom")) == "Something went wrong. Please tell the facilitator."


def test_no_screen_picks_a_sentence_from_a_message():
    """No English substring matching, no ``reason`` attribute, no PermissionError for an outcome."""
    offenders = []
    for path in sorted(KIOSK.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            where = f"{path.relative_to(KIOSK.parent)}:{number}"
            if "PermissionError" in line and "Never a ``PermissionError``" not in line:
                offenders.append(where)
            if re.search(r"""getattr\(\w+,\s*["']reason["']""", line):
                offenders.append(where)
            if path.is_relative_to(KIOSK / "ui") and re.search(r"""["'] (not )?in str\((e|exc|error|problem)\)""", line):
                if "already deleted" not in line:  # Qt's own RuntimeError for a deleted widget, not ours
                    offenders.append(where)
    assert offenders == []


# -- negative controls ------------------------------------------------------------------------


def test_negative_control_a_code_without_a_sentence_is_caught(scan, classes, table):
    params = {c.value: c.params for c in Code}
    smaller = dict(table)
    del smaller[Code.CLASS_NAME_TAKEN.value]
    assert problems(all_codes(scan, classes), smaller, params) == [
        "class-name-taken: no sentence in kiosk/ui/errors.py"]


def test_negative_control_a_code_only_in_the_source_is_caught(classes, table):
    source = textwrap.dedent("""
        from kiosk.core.errors import InputProblem
        def check(name):
            raise InputProblem("name-has-emoji", name=name)
    """)
    scan = scan_source(source, "new.py")
    assert scan.literals == {"name-has-emoji": ["new.py:4"]}
    params = {c.value: c.params for c in Code}
    assert problems(set(scan.literals), table, params) == ["name-has-emoji: no sentence in kiosk/ui/errors.py"]
    assert raise_problems(scan) == ["new.py:4: name-has-emoji is not a registered code"]


def test_negative_control_a_placeholder_the_code_lacks_is_caught(table):
    params = {c.value: c.params for c in Code}
    bad = {**table, Code.CLASS_NAME_TAKEN.value: "The class {name} exists since {year}."}
    assert problems(set(), bad, params) == [
        "class-name-taken: the sentence uses ['year'], the code has ['name']"]


def test_negative_control_a_raise_that_forgets_a_parameter_is_caught():
    source = textwrap.dedent("""
        from kiosk.core.errors import Code, InputProblem
        from kiosk.people.classes import ClassProblem
        raise ClassProblem(Code.CLASS_NAME_TAKEN)
        raise InputProblem(Code.NO_SUCH_THING)
    """)
    scan = scan_source(source, "new.py")
    assert raise_problems(scan) == [
        "new.py:4: Code.CLASS_NAME_TAKEN needs ['name']",
        "new.py:5: Code.NO_SUCH_THING is not a registered code",
        "Code.NO_SUCH_THING is not a registered code",
    ]
