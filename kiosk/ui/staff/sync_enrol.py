"""The sync page's "Enrol this kiosk" dialog: the collector's address and the one-time code
(``kiosk.ui.staff.sync``; the page enrols on the task runner and closes it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import error_and_buttons, label


class EnrolDialog(QDialog):
    """Server address and one-time code.  Emits ``chosen(url, code)``; the page closes it."""

    chosen = Signal(str, str)

    def __init__(self, server_url: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Enrol this kiosk"))
        self.setModal(True)
        self.setMinimumWidth(680)
        col = QVBoxLayout(self)
        col.setContentsMargins(32, 24, 32, 24)
        col.setSpacing(10)
        col.addWidget(label(self.tr("Enrol this kiosk"), "subtitle"))
        col.addWidget(label(self.tr(
            "Type the collector's address and the one-time code the programme office gave "
            "you. If this computer never has internet, the code is kept and travels in the "
            "next USB bundle."), "hint"))
        col.addWidget(label(self.tr("Server address"), "fieldLabel"))
        self.url = QLineEdit(server_url or "")
        self.url.setPlaceholderText(self.tr("https://conteos.ejemplo.org.py"))
        self.url.setAccessibleName(self.tr("Server address"))
        col.addWidget(self.url)
        col.addWidget(label(self.tr("One-time code"), "fieldLabel"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("ABCD-EFGH"))
        self.code.setMaxLength(64)
        self.code.setAccessibleName(self.tr("One-time code"))
        col.addWidget(self.code)
        self.error, self.cancel_button, self.ok_button = error_and_buttons(
            self, col, self.tr("Cancel"), self.tr("Enrol"), self.submit)
        self.code.returnPressed.connect(self.submit)
        (self.code if server_url else self.url).setFocus()

    def submit(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.show_error(self.tr("Type both the server address and the code."))
            return
        self.ok_button.setEnabled(False)
        self.chosen.emit(url, code)

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(text)
        self.error.show()
