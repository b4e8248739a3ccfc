"""Small dialogs of the staff area (name, confirm) and the labels they share (age bands, roles)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.people import AgeBand, Role, clean_display_name
from kiosk.ui.widgets.common import button, label, plain_title

CLASS_NAME_MAX = 64  # kiosk.people.classes.CLASS_NAME_MAX (not imported: keeps SQLAlchemy out of start-up)
AVATAR_COLUMNS = 12


def age_text(band: AgeBand | str | None) -> str:
    """An age band as staff pages show it."""
    if not band:
        return ""
    return {
        AgeBand.CHILD: QCoreApplication.translate("StaffLabels", "8 to 11"),
        AgeBand.TEEN: QCoreApplication.translate("StaffLabels", "12 to 17"),
        AgeBand.ADULT: QCoreApplication.translate("StaffLabels", "Adult"),
    }[AgeBand(band)]


def role_text(role: Role | str | None) -> str:
    """A role as staff pages show it."""
    if not role:
        return ""
    return {
        Role.LEARNER: QCoreApplication.translate("StaffLabels", "Student"),
        Role.TEACHER: QCoreApplication.translate("StaffLabels", "Teacher"),
        Role.PARENT: QCoreApplication.translate("StaffLabels", "Parent or caregiver"),
    }[Role(role)]


def lines(texts) -> str:
    return "\n".join(texts)


def documents_dir() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or os.path.expanduser("~")


class StaffDialog(QDialog):
    """A dialog with a title line, a body, an error line and a row of buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(plain_title(title))
        self.setModal(True)
        self.col = QVBoxLayout(self)
        self.col.setContentsMargins(28, 20, 28, 20)
        self.col.setSpacing(10)
        self.col.addWidget(label(title, "subtitle"))
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.col.addLayout(self.body, 1)
        self.error = label("", "error")
        self.error.hide()
        self.col.addWidget(self.error)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        self.buttons.addStretch(1)
        self.col.addLayout(self.buttons)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.buttons.addWidget(self.cancel_button)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Tall enough for its wrapped text (a window's layout does not ask height-for-width)."""
        super().showEvent(event)
        self.fit_text()

    def fit_text(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def add_button(self, widget: QPushButton) -> QPushButton:
        """A button on the bottom row; it never shrinks below its text (the dialog grows)."""
        widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.buttons.addWidget(widget)
        return widget

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.fit_text()
        for btn in self.findChildren(QPushButton):
            btn.setEnabled(True)


class NameDialog(StaffDialog):
    """A class name: new or renamed.  Emits ``chosen(name)``; the page closes it on success."""

    chosen = Signal(str)

    def __init__(self, title: str, ok_text: str, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(560)
        self.body.addWidget(label(self.tr("Name of the class"), "fieldLabel"))
        self.name = QLineEdit(initial)
        self.name.setMaxLength(CLASS_NAME_MAX)
        self.name.setPlaceholderText(self.tr("For example: 5th grade A, Saturday workshop"))
        self.name.setAccessibleName(self.tr("Name of the class"))
        self.body.addWidget(self.name)
        self.ok_button = self.add_button(button(ok_text, "primary"))
        self.ok_button.clicked.connect(self._ok)
        self.name.returnPressed.connect(self._ok)
        self.name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(initial.strip()))
        self.name.setFocus()

    def _ok(self) -> None:
        text = clean_display_name(self.name.text())
        if not text:  # only spaces or invisible characters
            from kiosk.core.errors import Code
            from kiosk.ui.errors import code_text

            self.show_error(code_text(Code.CLASS_NAME_EMPTY))
            self.name.setFocus()
            return
        self.error.hide()
        self.chosen.emit(text)


class ConfirmDialog(StaffDialog):
    confirmed = Signal()

    def __init__(self, title: str, text: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(620)
        self.text = label(text)
        self.body.addWidget(self.text)
        self.ok_button = self.add_button(button(ok_text, "primary"))
        self.ok_button.clicked.connect(self._ok)

    def _ok(self) -> None:
        self.ok_button.setEnabled(False)
        self.confirmed.emit()


