"""Every visible string goes through the catalog, and the Spanish catalog is complete.

(tests/test_languages.py checks every shipped language of the registry the same way, the
Qt-free path against Qt's, and that a new language is a catalog plus one registry line.)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.core import languages
from kiosk.ui.i18n import update

CATALOG = update.HERE / "kiosk_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def forms(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def test_spanish_catalog_is_complete_and_keeps_placeholders():
    found = messages(CATALOG)
    assert len(found) > 50
    for (context, source), translation in found.items():
        assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, (context, source)
        for text in forms(translation):
            assert text and text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source)


@pytest.mark.parametrize("lang", languages.all_languages(), ids=lambda lang: lang.code)
def test_catalog_matches_the_code(tmp_path, lang):
    """lupdate on the code now must find exactly the messages the catalog has."""
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, lang.code, plural_only=lang.is_source)
    assert set(messages(fresh)) == set(messages(update.HERE / f"{lang.catalog}.ts")), \
        "run: python -m kiosk.ui.i18n.update"


@pytest.mark.parametrize("lang", languages.all_languages(), ids=lambda lang: lang.code)
def test_compiled_catalog_is_current(tmp_path, lang):
    compiled = tmp_path / f"{lang.catalog}.qm"
    update.lrelease(update.HERE / f"{lang.catalog}.ts", compiled)
    assert compiled.read_bytes() == (update.HERE / f"{lang.catalog}.qm").read_bytes(), \
        "run: python -m kiosk.ui.i18n.update"


def test_no_plain_strings_in_widgets():
    """Widget code passes user-visible text through tr(); a literal in setText() is a bug."""
    offenders = []
    for path in (update.KIOSK / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.(setText|setPlaceholderText|setToolTip|setWindowTitle)\(\s*[\"'][^\"']*[A-Za-z]", line):
                if "Telecentro" not in line:  # the product's name is not translated
                    offenders.append(f"{path.name}:{number}")
    assert offenders == []


def test_no_tr_inside_f_strings():
    """lupdate cannot see a tr() call inside an f-string: such a string is never translated."""
    offenders = []
    for source in update.sources():
        for number, line in enumerate(Path(source).read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""\bf(["'])[^"']*\{[^}"']*\.tr\(""", line):
                offenders.append(f"{Path(source).name}:{number}")
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


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("es", 1, "Tu sesión se va a cerrar en 1 segundo para que nadie más la use."),
    ("es", 60, "Tu sesión se va a cerrar en 60 segundos para que nadie más la use."),
    ("en", 1, "Your session will close in 1 second so that nobody else uses it."),
    ("en", 60, "Your session will close in 60 seconds so that nobody else uses it."),
])
def test_the_idle_overlay_counts_in_real_plurals(qapp, lang, n, expected):
    from kiosk.app import install_translators
    from kiosk.ui.idle import IdleOverlay

    install_translators(qapp, lang)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    overlay = IdleOverlay(parent)
    overlay.show_seconds(n)
    assert overlay.message.text() == expected


def test_qts_own_file_dialog_speaks_spanish(qapp):
    """Qt's catalog (qtbase_es.qm) is loaded, and ours fixes what it lacks ("Look in:")."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    from kiosk.app import install_translators

    install_translators(qapp, "es")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Buscar en:", "&Nombre del archivo:", "Archivos de &tipo:"} <= labels
    assert "Cancelar" in {b.text() for b in dialog.findChildren(QPushButton)}  # from Qt's own catalog
    dialog.deleteLater()
