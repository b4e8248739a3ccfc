"""A coordinator's way back from a forgotten PIN: the one-time recovery code.

``RecoveryCodeView`` shows a new code once (after the first run, and after each use) with
"write it down and keep it somewhere safe" and a Print button (Qt's print dialog: nothing
external is launched).  ``ForgotPinView`` takes the code and a new PIN typed twice and emits
``submitted(code, secret)``; the owner checks it off the UI thread (``StaffService.recover``)
and calls ``show_outcome``.  The code works while the PIN is locked (it is the way back from a
lock-out) and wrong codes have a throttle of their own.  Nothing typed is kept after it is
submitted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.staff.first_run import new_secret_problem, rules_text, secret_field
from kiosk.ui.widgets.common import button, label

CODE_MAX = 32  # a 12-character code with dashes and spaces, typed loosely


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    card.setMaximumWidth(820)
    col = QVBoxLayout(card)
    col.setContentsMargins(40, 28, 40, 28)
    col.setSpacing(14)
    return card, col


def _centred(owner: QWidget, card: QFrame) -> None:
    """``card`` centred at the top of ``owner``; a small screen (1024x600) scrolls it."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 16, 0, 16)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 8)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(inner)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


class RecoveryCodeView(QWidget):
    """The new recovery code, shown once.  ``done`` when the person says it is written down."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.staff_name = ""
        card, col = _card()
        col.addWidget(label(self.tr("Your recovery code"), "title"))
        col.addWidget(label(self.tr("If you ever forget your PIN, this code lets you choose a new one. "
                                    "It works once and is shown only now."), "hint"))
        self.code_label = label("", "title", wrap=False)
        self.code_label.setStyleSheet("font-size: 30pt; font-family: monospace; letter-spacing: 3px; padding: 12px;")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        col.addWidget(self.code_label)
        col.addWidget(label(self.tr("Write it down and keep it somewhere safe."), "subtitle"))
        buttons = QHBoxLayout()
        self.print_button = button(self.tr("Print"), "secondary")
        self.print_button.clicked.connect(self.print_code)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.done_button = button(self.tr("I wrote it down"), "primary", "flecha-der.svg")
        self.done_button.clicked.connect(self._done)
        buttons.addWidget(self.done_button)
        col.addLayout(buttons)
        _centred(self, card)

    def show_code(self, code: str, staff_name: str = "") -> None:
        self.code = code
        self.staff_name = staff_name
        self.code_label.setText(code)
        self.done_button.setFocus()

    def _done(self) -> None:
        self.code = ""  # shown once: nothing of it stays
        self.code_label.clear()
        self.done.emit()

    def printable_html(self) -> str:
        title = html.escape(self.tr("Telecentro: recovery code"))
        who = html.escape(self.staff_name)
        note = html.escape(self.tr("Write it down and keep it somewhere safe."))
        return (f"<h2>{title}</h2><p>{who}</p>"
                f"<p style='font-size:28pt;font-family:monospace'>{html.escape(self.code)}</p><p>{note}</p>")

    def print_code(self) -> None:
        """Qt's print dialog (works on a locked kiosk: no external program)."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(self.printable_html())
            document.print_(printer)


class ForgotPinView(QWidget):
    """The recovery code and a new PIN twice.  A teacher is told to ask a coordinator."""

    submitted = Signal(str, str)  # code, new secret
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card, col = _card()
        self.heading = label("", "title")
        col.addWidget(self.heading)
        self.hint = label("", "hint")
        col.addWidget(self.hint)
        self.form = QWidget()
        form = QGridLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(6)
        self.code = QLineEdit()
        self.code.setMaxLength(CODE_MAX)
        self.code.setPlaceholderText(self.tr("XXXX-XXXX-XXXX"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.secret = secret_field(self.tr("Your new PIN or password"))
        self.again = secret_field(self.tr("The same PIN again"))
        for row, column, text, field in ((0, 0, self.tr("Recovery code"), self.code),
                                         (2, 0, self.tr("Your new PIN or password"), self.secret),
                                         (2, 1, self.tr("The same PIN again"), self.again)):
            caption = label(text, "fieldLabel", wrap=False)
            caption.setBuddy(field)
            form.addWidget(caption, row, column)
            form.addWidget(field, row + 1, column)
        form.addWidget(label(rules_text(coordinator=True), "hint"), 4, 0, 1, 2)  # only coordinators recover
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)
        col.addWidget(self.form)
        self.error = label("", "error")
        self.error.hide()
        col.addWidget(self.error)
        buttons = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "quiet", "flecha-izq.svg")
        self.back_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.save_button = button(self.tr("Set the new PIN"), "primary")
        self.save_button.clicked.connect(self.submit)
        buttons.addWidget(self.save_button)
        col.addLayout(buttons)
        for field in (self.code, self.secret, self.again):
            field.textChanged.connect(self._changed)
        self.again.returnPressed.connect(self.submit)
        _centred(self, card)

    def start(self, name: str, *, coordinator: bool) -> None:
        for field in (self.code, self.secret, self.again):
            field.clear()
        self.error.hide()
        self.heading.setText(self.tr("Forgot your PIN, {name}?").format(name=name))
        if coordinator:
            self.hint.setText(self.tr("Type the recovery code you wrote down when the kiosk was set up "
                                      "(or the last one it gave you), then choose a new PIN. It works "
                                      "even while your PIN is locked."))
        else:
            self.hint.setText(self.tr("Ask a coordinator to set you a new PIN (or lift a lock) from the "
                                      "staff page."))
        self.form.setVisible(coordinator)
        self.save_button.setVisible(coordinator)
        self._changed()
        (self.code if coordinator else self.back_button).setFocus()

    def _changed(self) -> None:
        self.error.hide()
        self.save_button.setEnabled(bool(self.code.text().strip() and self.secret.text() and self.again.text()))

    def submit(self) -> None:
        if not self.save_button.isEnabled() or not self.save_button.isVisible():
            return
        problem = new_secret_problem(self.secret.text(), self.again.text(), coordinator=True)
        if problem:
            self.secret.clear()
            self.again.clear()
            self.show_error(problem)
            self.secret.setFocus()
            return
        code, secret = self.code.text(), self.secret.text()
        for field in (self.code, self.secret, self.again):
            field.clear()
        self.save_button.setEnabled(False)
        self.submitted.emit(code, secret)

    def show_outcome(self, outcome) -> None:
        """The service's answer when it was not "ok" (wrong code, locked, unavailable)."""
        status = str(outcome.status)
        if status == "wrong":
            self.show_error(self.tr("That recovery code is not right. You have %n more try(s).", "",
                                    outcome.tries_left))
        elif status == "locked":
            from kiosk.ui.staff.signin import wait_text

            self.show_error(wait_text(outcome.seconds_left))  # the code's own lock, not the PIN's
        else:
            self.show_error(self.tr("That account cannot use a recovery code. Ask a coordinator."))
        self.code.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
