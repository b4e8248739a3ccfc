"""First run: the kiosk has no staff yet, so the person installing it becomes its coordinator.

Asks for the language, the telecenter's name and code, the coordinator's name, a PIN (or
password) typed twice and the idle minutes.  Emits ``submitted(site_name, coordinator_name,
secret, settings)`` (settings: ``site_code``, ``idle_minutes``, ``default_language``); the
window creates the account off the UI thread and calls ``show_error`` if that fails, or
``show_recovery_code`` with the coordinator's one-time recovery code (``code_noted`` when it is
written down).  ``new_secret_problem`` (the PIN rules as
a translated sentence) is shared with the settings page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import DEFAULT_IDLE_MINUTES
from kiosk.core import secrets
from kiosk.ui import theme
from kiosk.ui.errors import code_text
from kiosk.ui.i18n import picker as language_picker
from kiosk.ui.widgets.common import TopBar, button, icon_label, label

NAME_MAX = 40  # kiosk.people.staff.STAFF_NAME_MAX
SITE_NAME_MAX = 80  # kiosk.people.site.SITE_NAME_MAX
SITE_CODE_MAX = 32  # kiosk.people.site.SITE_CODE_MAX
IDLE_MIN, IDLE_MAX = 3, 120  # a learner needs time to read (issue 8); the site checks its own range


def rules_text(*, coordinator: bool = False) -> str:
    """The PIN rules in one sentence; a coordinator's PIN is longer (``kiosk.core.secrets``)."""
    if coordinator:
        return QCoreApplication.translate(
            "SecretRules", "A coordinator’s PIN has 6 to 8 numbers (or use a password of 6 or more characters). "
            "Never tell it to learners.")
    return QCoreApplication.translate("SecretRules", "A PIN of 4 to 8 numbers, or a password of 6 or more characters. Never tell it to learners.")


def new_secret_problem(secret: str, again: str, *, coordinator: bool = False) -> str | None:
    """Why a new PIN cannot be used, as a sentence for the screen, or None when it can."""
    code = secrets.secret_problem(secret, coordinator=coordinator)
    if code is not None:
        return code_text(code, secrets.rule_params(code))
    if secrets.is_guessable(secret):
        return QCoreApplication.translate("SecretRules", "That PIN is too easy to guess (like 1234 or 0000). Choose another one.")
    if secret != again:
        return QCoreApplication.translate("SecretRules", "The two PINs are not the same. Type them again.")
    return None


def secret_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(secrets.SECRET_MAX)
    field.setAccessibleName(accessible)
    return field


class FirstRunScreen(QWidget):
    submitted = Signal(str, str, str, dict)  # site name, coordinator name, secret, other settings
    cancelled = Signal()
    code_noted = Signal()  # the recovery code was shown and written down
    language_chosen = Signal(str)  # the person chose another language: the screen is rebuilt in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        self.back_button = button(self.tr("Back"), "quiet", "flecha-izq.svg")
        self.back_button.clicked.connect(self.cancelled)
        bar.add_left(self.back_button)
        bar.add_left(icon_label("app.svg", theme.HEADER_ICON_PX))
        bar.add_left(label("Telecentro", "brand", wrap=False))
        outer.addWidget(bar)

        from kiosk.ui.staff.recovery import RecoveryCodeView

        self.pages = QStackedWidget()
        form_page = QWidget()
        body = QHBoxLayout(form_page)
        body.setContentsMargins(40, 16, 40, 16)
        body.setAlignment(Qt.AlignmentFlag.AlignTop)
        body.addStretch(1)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(980)
        col = QVBoxLayout(card)
        col.setContentsMargins(40, 20, 40, 20)
        col.setSpacing(10)
        col.addWidget(label(self.tr("Welcome! Let’s set up this kiosk."), "title"))
        col.addWidget(label(self.tr("You will be its coordinator: the person who adds teachers, changes "
                                    "the settings and can close the kiosk."), "hint"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.site_name = QLineEdit()
        self.site_name.setMaxLength(SITE_NAME_MAX)
        self.site_name.setPlaceholderText(self.tr("For example: San Lorenzo"))
        self.site_name.setAccessibleName(self.tr("Name of the telecenter"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("As the learners call you"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.secret = secret_field(self.tr("Your PIN or password"))
        self.again = secret_field(self.tr("The same PIN again"))
        self.language = QComboBox()
        language_picker.fill(self.language)  # as on the sign-in screen: a language in review is marked
        self.language.setAccessibleName(self.tr("Language when the kiosk starts"))
        self.site_code = QLineEdit()
        self.site_code.setMaxLength(SITE_CODE_MAX)
        self.site_code.setPlaceholderText(self.tr("Given by the programme (you can add it later)"))
        self.site_code.setAccessibleName(self.tr("Telecenter code"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(IDLE_MIN, IDLE_MAX)
        self.idle_minutes.setValue(DEFAULT_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setMinimumHeight(self.site_name.sizeHint().height())
        self.idle_minutes.setAccessibleName(self.tr("Idle minutes before a sign-out"))
        language_caption = label(self.tr("Language"), "fieldLabel", wrap=False)
        language_caption.setBuddy(self.language)
        bar.add_right(language_caption)
        bar.add_right(self.language)
        self._language_parts = (language_caption, self.language)
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        for index, (text, field) in enumerate([  # two columns, three rows: fits 1366x768
            (self.tr("Name of the telecenter"), self.site_name),
            (self.tr("Telecenter code"), self.site_code),
            (self.tr("Your name"), self.name),
            (self.tr("Idle minutes before a sign-out"), self.idle_minutes),
            (self.tr("Your PIN or password"), self.secret),
            (self.tr("The same PIN again"), self.again),
        ]):
            row, column = (index // 2) * 2, index % 2
            caption = label(text, "fieldLabel", wrap=False)
            caption.setBuddy(field)
            grid.addWidget(caption, row, column)
            grid.addWidget(field, row + 1, column)
        for column in range(2):
            grid.setColumnStretch(column, 1)
        col.addLayout(grid)
        self.error = label("", "error")
        self.error.hide()
        col.addWidget(self.error)
        last_row = QHBoxLayout()  # the PIN rules beside the main button
        last_row.setSpacing(24)
        last_row.addWidget(label(rules_text(coordinator=True), "hint"), 1)  # the first run makes the coordinator
        self.start_button = button(self.tr("Start"), "primary", "flecha-der.svg")
        self.start_button.setMinimumWidth(280)
        self.start_button.clicked.connect(self.submit)
        last_row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)
        col.addLayout(last_row)
        for field in (self.site_name, self.name, self.secret, self.again):
            field.textChanged.connect(self._changed)
        self.again.returnPressed.connect(self.submit)
        body.addWidget(card, 8)
        body.addStretch(1)
        self.code_view = RecoveryCodeView()
        self.code_view.done.connect(self.code_noted)
        scroll = QScrollArea()  # a small screen (1024x600) scrolls the form, nothing overlaps
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_page)
        self.form_scroll = scroll
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.code_view)
        outer.addWidget(self.pages, 1)
        self._changed()

    def reset(self, *, can_cancel: bool = True, lang: str | None = None) -> None:
        for field in (self.site_name, self.site_code, self.name, self.secret, self.again):
            field.clear()
        self.idle_minutes.setValue(DEFAULT_IDLE_MINUTES)
        if lang is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.pages.setCurrentIndex(0)
        for part in self._language_parts:
            part.show()
        self.error.hide()
        self.back_button.setVisible(can_cancel)
        self.start_button.setEnabled(False)
        self.site_name.setFocus()

    def _changed(self) -> None:
        self.error.hide()
        self.start_button.setEnabled(bool(self.name.text().strip() and self.secret.text() and self.again.text()))

    def submit(self) -> None:
        from kiosk.core.people import clean_display_name

        if not clean_display_name(self.name.text()):  # only spaces or invisible characters
            self.show_error(self.tr("Write your name."))
            self.name.setFocus()
            return
        problem = new_secret_problem(self.secret.text(), self.again.text(), coordinator=True)
        if problem:
            self.secret.clear()
            self.again.clear()
            self.show_error(problem)
            self.secret.setFocus()
            return
        self.start_button.setEnabled(False)
        secret = self.secret.text()
        self.secret.clear()
        self.again.clear()
        settings = {"site_code": self.site_code.text().strip(), "idle_minutes": self.idle_minutes.value(),
                    "default_language": self.language.currentData()}
        self.submitted.emit(self.site_name.text().strip(), self.name.text().strip(), secret, settings)

    def show_recovery_code(self, code: str, name: str) -> None:
        """The coordinator's one-time recovery code, shown once; ``code_noted`` follows."""
        self.back_button.hide()  # the kiosk is set up: no way back to the form
        for part in self._language_parts:
            part.hide()
        self.code_view.show_code(code, name)
        self.pages.setCurrentWidget(self.code_view)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
