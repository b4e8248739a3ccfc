"""Shared fixtures.  Qt runs offscreen; every test gets its own KIOSK_HOME in tmp."""

from __future__ import annotations

import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KIOSK_HOME", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# No time limit per generated example: Hypothesis's default 200 ms deadline is a timed assertion
# that fails on a loaded 2-core machine (speed is measured by benchmarks, never by tests).
settings.register_profile("kiosk", deadline=None)
settings.load_profile("kiosk")


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


class _ErrorRecords(logging.Handler):
    """Collects every ERROR (or worse) the kiosk logs during a test (qutebrowser's logfail)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_error_logs(request):
    """A test fails when the kiosk logs an error it did not expect -- also one logged by
    background work (a task that raised, a failed send).  A test that provokes an error on
    purpose says so with ``@pytest.mark.error_logs_expected``."""
    handler = _ErrorRecords()
    logger = logging.getLogger("kiosk")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    if request.node.get_closest_marker("error_logs_expected") is None and handler.records:
        lines = [f"{r.name}: {r.getMessage()}" + (f" ({r.exc_info[1]!r})" if r.exc_info else "")
                 for r in handler.records]
        pytest.fail("the kiosk logged errors this test did not expect:\n  " + "\n  ".join(lines), pytrace=False)


def assert_no_problem_banner(window) -> None:
    """No error banner may be left on a window at the end of a test (unless it expects one)."""
    banner = getattr(window, "banner", None)
    if banner is not None and banner.isVisible():
        pytest.fail(f"an error banner was left on screen: {banner.text()!r}", pytrace=False)
