"""Shared fixtures.  Qt runs offscreen; every test gets its own KIOSK_HOME in tmp."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KIOSK_HOME", None)

import pytest  # noqa: E402


@pytest.fixture()
def home(tmp_path, monkeypatch):
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(path))
    return path


@pytest.fixture(autouse=True)
def _no_translator_leaks():
    """A test that installs a catalog must not change the language of the next one."""
    yield
    import sys

    from kiosk.core import i18n, languages

    i18n.set_language(languages.DEFAULT)  # the Qt-free catalog too (the CLI, exports, PDFs)
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for translator in getattr(app, "_kiosk_translators", []):
            app.removeTranslator(translator)
        app._kiosk_translators = []
