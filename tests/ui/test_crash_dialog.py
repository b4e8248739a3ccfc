"""The crash dialog: an exception raised inside a slot of the running kiosk writes a report
(no names, no database) and shows plain words with "Copy report to USB" and "Close"."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from kiosk.ui.crash_dialog import CrashDialog, CrashHook

HEAD_FIXTURE = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "releases" / "0009.sqlite3"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    (folder / "logs").mkdir(parents=True)
    shutil.copy(HEAD_FIXTURE, folder / "kiosk.sqlite3")  # a demo kiosk: its names must not leak
    (folder / "logs" / "kiosk.log").write_text("2026-11-30 10:00:00 INFO kiosk: started\n", encoding="utf-8")
    return folder


@pytest.mark.qt_no_exception_capture
@pytest.mark.error_logs_expected
def test_an_exception_in_a_slot_writes_a_report_and_shows_the_dialog(qtbot, home: Path, tmp_path: Path,
                                                                     monkeypatch, caplog) -> None:
    hook = CrashHook(home, modal=False)
    monkeypatch.setattr(sys, "excepthook", hook)
    trigger = QPushButton("go")
    qtbot.addWidget(trigger)

    def broken_slot() -> None:
        raise RuntimeError("a bug while showing Lucía and Profe Nilda")  # demo names in the message

    trigger.clicked.connect(broken_slot)
    qtbot.mouseClick(trigger, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    dialog = hook.dialog
    qtbot.addWidget(dialog)

    reports = list((home / "crash-reports").glob("crash-*.txt"))
    assert reports == [hook.last_report]
    text = reports[0].read_text(encoding="utf-8")
    for part in ("kiosk:", "platform:", "python:", "qt: 6.", "RuntimeError", "broken_slot", "INFO kiosk: started"):
        assert part in text
    assert "Lucía" not in text and "Nilda" not in text and "[name]" in text
    assert "SQLite format 3" not in text
    assert "uncaught exception" in caplog.text and "Lucía" not in caplog.text and "Nilda" not in caplog.text

    # a second exception while the dialog is up: logged only, no second dialog or report
    qtbot.mouseClick(trigger, Qt.MouseButton.LeftButton)
    assert hook.dialog is dialog
    assert len(list((home / "crash-reports").glob("crash-*.txt"))) == 1

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert (usb / reports[0].name).read_text(encoding="utf-8") == text
    assert "Copied" in dialog.result_label.text()

    from PySide6.QtWidgets import QApplication

    from kiosk.ui import theme

    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(theme.application_sheet())  # as the kiosk shows it (kiosk.app.create_app)
    try:
        dialog.resize(1024, 600)
        dialog.grab().save("/tmp/crash-dialog-1024x600.png")
    finally:
        app.setStyleSheet(before)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert hook.showing is False


@pytest.mark.error_logs_expected
def test_a_failing_dialog_never_loops(qtbot, home: Path, monkeypatch) -> None:
    hook = CrashHook(home, modal=False)

    def broken_init(*args, **kwargs):
        raise RuntimeError("the dialog itself fails")

    monkeypatch.setattr(CrashDialog, "__init__", broken_init)
    try:
        raise ValueError("first")
    except ValueError:
        hook(*sys.exc_info())
    assert hook.broken
    try:
        raise ValueError("second")
    except ValueError:
        hook(*sys.exc_info())  # only logged: no dialog, no second report
    assert len(list((home / "crash-reports").glob("crash-*.txt"))) == 1
