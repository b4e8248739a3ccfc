"""The crash dialog: an uncaught exception in the running kiosk is logged, saved as a report
under ``<home>/crash-reports/`` (``kiosk.core.crash_report``: no database, no names) and shown in
plain words, with "Copy report to USB" (a folder dialog, then a copy) and "Close".

``CrashHook(home)`` is installed as ``sys.excepthook`` by ``kiosk.app.run``.  It never loops:
while its dialog is up, or after the dialog itself failed, a further exception is only logged.
"""

from __future__ import annotations

import logging
import shutil
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk import __version__
from kiosk.core.crash_report import known_names, scrub, write_crash_report

log = logging.getLogger("kiosk")


class CrashDialog(QDialog):
    """"The kiosk had a problem…", the report's file name, and two buttons."""

    def __init__(self, report: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("The kiosk had a problem"))
        self.setModal(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(28, 20, 28, 20)
        col.setSpacing(12)
        title = QLabel(self.tr("The kiosk had a problem…"))
        title.setObjectName("subtitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(title)
        if report is not None:
            words = self.tr("What was saved before stays saved. A report for whoever helps this "
                            "telecenter was written: copy it to a USB stick and hand it over. "
                            "It holds no names.")
        else:
            words = self.tr("What was saved before stays saved. The report could not be written.")
        body = QLabel(words)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(body)
        self.file_label = QLabel(report.name if report is not None else "")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is plain text
        col.addWidget(self.file_label)
        self.result_label = QLabel("")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.result_label)
        col.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy report to USB"))
        self.copy_button.setMinimumHeight(48)
        self.copy_button.setEnabled(report is not None)
        self.copy_button.clicked.connect(self.choose_and_copy)
        row.addWidget(self.copy_button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setMinimumHeight(48)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        col.addLayout(row)
        self.resize(640, 320)

    def choose_and_copy(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick"))
        if folder:
            self.copy_to(Path(folder))

    def copy_to(self, folder: Path) -> Path | None:
        """Copy the report into ``folder``; the result is said in the dialog."""
        if self.report is None:
            return None
        try:
            target = Path(shutil.copy2(self.report, folder / self.report.name))
        except OSError as exc:
            log.warning("crash report not copied to %s: %s", folder, exc.strerror or exc)
            self.result_label.setText(self.tr("The report could not be copied there. Try another folder."))
            return None
        self.result_label.setText(self.tr("Copied: {file}").format(file=str(target)))
        return target


class CrashHook:
    """``sys.excepthook`` for the running kiosk (see the module's docstring)."""

    def __init__(self, home: Path, *, modal: bool = True) -> None:
        self.home = Path(home)
        self.modal = modal  # tests: open() instead of exec()
        self.showing = False
        self.broken = False
        self.dialog: CrashDialog | None = None
        self.last_report: Path | None = None

    def __call__(self, exc_type, exc, tb) -> None:
        trace = "".join(traceback.format_exception(exc_type, exc, tb))
        try:  # an exception's message may hold a name: the log never does
            trace = scrub(trace, known_names(self.home / "kiosk.sqlite3"))
        except Exception:  # noqa: BLE001
            trace = f"{exc_type.__name__} (trace not logged: it could not be cleaned of names)"
        log.critical("uncaught exception\n%s", trace)
        if self.showing or self.broken:
            return  # never a dialog over the dialog, never a loop
        self.showing = True
        try:
            try:
                self.last_report = write_crash_report(exc_type, exc, tb, home=self.home, version=__version__,
                                                      qt_version=qVersion())
                log.info("crash report written: %s", self.last_report.name)
            except Exception:  # noqa: BLE001 -- still show the words
                log.exception("the crash report could not be written")
                self.last_report = None
            self.dialog = CrashDialog(self.last_report)
            if self.modal:
                self.dialog.exec()
            else:
                self.dialog.finished.connect(self._closed)
                self.dialog.open()
        except Exception:  # noqa: BLE001 -- the dialog itself failed: log, and never try again
            self.broken = True
            print("kiosk: crash dialog failed\n" + traceback.format_exc(), file=sys.stderr)
            log.exception("the crash dialog failed")
        finally:
            if self.modal or self.broken:
                self.showing = False

    def _closed(self, _result: int) -> None:
        self.showing = False
