"""A PIN typed twice (and the current one, to change your own): the staff's PIN dialog.

It says the rule of the person whose PIN it is (a coordinator's has 6 to 8 numbers) and checks
it before anything is sent; ``intro`` is a sentence above the fields (why a new PIN is asked
for)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.staff.first_run import new_secret_problem, rules_text, secret_field
from kiosk.ui.widgets.common import error_and_buttons, label, plain_title

class PinDialog(QDialog):
    """Choose a new PIN (twice); with ``ask_current`` the current one first.

    Emits ``chosen(current, new)`` and stays open until the owner calls ``accept()`` or
    ``show_error`` (the check runs on the worker)."""

    chosen = Signal(object, str)  # current PIN or None, new PIN

    def __init__(self, title: str, *, ask_current: bool, coordinator: bool = False, intro: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(plain_title(title))  # a name with "[*]" keeps it
        self.setModal(True)
        self.setMinimumWidth(620)
        col = QVBoxLayout(self)
        col.setContentsMargins(32, 24, 32, 24)
        col.setSpacing(10)
        col.addWidget(label(title, "subtitle"))
        self.coordinator = coordinator
        self.intro = label(intro or "", "notice")
        self.intro.setVisible(bool(intro))
        col.addWidget(self.intro)
        self.current = secret_field(self.tr("Your current PIN")) if ask_current else None
        if self.current is not None:
            col.addWidget(label(self.tr("Your current PIN"), "fieldLabel"))
            col.addWidget(self.current)
        self.new = secret_field(self.tr("New PIN or password"))
        self.again = secret_field(self.tr("The same PIN again"))
        col.addWidget(label(self.tr("New PIN or password"), "fieldLabel"))
        col.addWidget(self.new)
        col.addWidget(label(self.tr("The same PIN again"), "fieldLabel"))
        col.addWidget(self.again)
        self.rules = label(rules_text(coordinator=coordinator), "hint")
        col.addWidget(self.rules)
        self.error, self.cancel_button, self.ok_button = error_and_buttons(
            self, col, self.tr("Cancel"), self.tr("Save the PIN"), self.submit)
        self.again.returnPressed.connect(self.submit)
        (self.current or self.new).setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Tall enough for its wrapped sentences (a window's layout does not ask height-for-width)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def submit(self) -> None:
        current = self.current.text() if self.current is not None else None
        if self.current is not None and not current:
            self.show_error(self.tr("Type your current PIN first."))
            return
        problem = new_secret_problem(self.new.text(), self.again.text(), coordinator=self.coordinator)
        if problem:
            self.new.clear()
            self.again.clear()
            self.show_error(problem)
            self.new.setFocus()
            return
        new = self.new.text()
        for field in (self.current, self.new, self.again):
            if field is not None:
                field.clear()
        self.ok_button.setEnabled(False)
        self.chosen.emit(current, new)

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(text)
        self.error.show()

    def show_outcome(self, outcome) -> bool:
        """The service's answer to ``change_secret``: closes on "ok", else says why."""
        status = str(outcome.status)
        if status == "ok":
            self.accept()
            return True
        if status == "wrong":
            self.show_error(self.tr("Your current PIN is not right."))
        elif status == "locked":
            from kiosk.ui.staff.signin import wait_text

            self.show_error(wait_text(outcome.seconds_left))
        else:
            self.show_error(self.tr("That account is no longer active."))
        if self.current is not None:
            self.current.setFocus()
        return False


