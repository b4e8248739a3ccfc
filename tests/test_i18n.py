"""Every visible string goes through the catalog, and the Spanish catalog is complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.ui.i18n import update

CATALOG = update.HERE / "kiosk_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_spanish_catalog_is_complete_and_keeps_placeholders():
    found = messages(CATALOG)
    assert len(found) > 50
    for (context, source), translation in found.items():
        assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, (context, source)
        assert translation.text and translation.text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), (context, source)


def test_catalog_matches_the_code(tmp_path):
    """lupdate on the code now must find exactly the messages the catalog has."""
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, "es")
    assert set(messages(fresh)) == set(messages(CATALOG)), "run: python -m kiosk.ui.i18n.update"


def test_compiled_catalog_is_current(tmp_path):
    compiled = tmp_path / "kiosk_es.qm"
    update.lrelease(CATALOG, compiled)
    assert compiled.read_bytes() == (update.HERE / "kiosk_es.qm").read_bytes(), "run: python -m kiosk.ui.i18n.update"


def test_no_plain_strings_in_widgets():
    """Widget code passes user-visible text through tr(); a literal in setText() is a bug."""
    offenders = []
    for path in (update.KIOSK / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.(setText|setPlaceholderText|setToolTip|setWindowTitle)\(\s*[\"'][^\"']*[A-Za-z]", line):
                if "Telecentro" not in line:  # the product's name is not translated
                    offenders.append(f"{path.name}:{number}")
    assert offenders == []


@pytest.mark.parametrize(("context", "source", "expected"), [
    ("SignInScreen", "I’m new", "Soy nuevo/a"),
    ("HomeScreen", "Sign out", "Salir"),
])
def test_qt_loads_the_catalog(qapp, context, source, expected):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("kiosk_es", str(update.HERE))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate(context, source) == expected
    finally:
        QCoreApplication.removeTranslator(translator)
