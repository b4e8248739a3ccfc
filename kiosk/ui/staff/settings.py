"""Settings (coordinators only): the telecenter, sign-in options, goals, and the staff.

Two tabs.  "This telecenter": name and code, minutes before an idle sign-out, picture
passwords, self-registration ("I'm new"), default language and the programme's goals.
"Staff": everyone who can sign in as staff, with "New PIN" and "Archive" ("Lift the lock" on
an account locked by wrong PINs), and a form to add a teacher or a coordinator (the PIN rule
said for the role chosen: a coordinator's PIN has 6 to 8 numbers).  ``PinDialog`` (a new PIN typed twice, optionally the current one
first) is also used by the staff area's "My PIN".

Everything is read and written through ``ctx.run`` (the worker thread); the page only shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import IDLE_MAX_MINUTES, IDLE_MIN_MINUTES
from kiosk.core.errors import NotAllowed
from kiosk.ui.errors import user_error_text
from kiosk.ui.i18n import picker as language_picker
from kiosk.ui.staff.context import StaffContext, StaffMember
from kiosk.ui.staff.first_run import NAME_MAX, SITE_NAME_MAX, new_secret_problem, rules_text, secret_field
from kiosk.ui.staff.pin_dialog import PinDialog
from kiosk.ui.widgets.common import button, label

GOALS = ("children", "teens", "teachers", "parents")
GOAL_MAX = 1_000_000
SITE_CODE_MAX = 32


class SiteForm(QWidget):
    """The "This telecenter" tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(6)

        self.site_name = QLineEdit()
        self.site_name.setMaxLength(SITE_NAME_MAX)
        self.site_code = QLineEdit()
        self.site_code.setMaxLength(SITE_CODE_MAX)
        self.language = QComboBox()
        language_picker.fill(self.language)  # as on the sign-in screen: a language in review is marked
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(IDLE_MIN_MINUTES, IDLE_MAX_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.picture_passwords = QCheckBox(self.tr("Learners also tap a secret of 4 pictures"))
        self.self_registration = QCheckBox(self.tr("Learners can make their own profile (“I’m new”)"))
        self.allow_full_names = QCheckBox(self.tr("… and may write a surname too"))
        self.allow_full_names.setToolTip(self.tr("Off: “I’m new” refuses a name like “Ana Benítez” and asks "
                                                 "for the first name or a nickname only"))
        self.goals: dict[str, QSpinBox] = {}
        for key in GOALS:
            box = QSpinBox()
            box.setRange(0, GOAL_MAX)
            box.setGroupSeparatorShown(True)
            self.goals[key] = box

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(label(self.tr("The telecenter"), "subtitle"))
        for text, widget in [
            (self.tr("Name"), self.site_name),
            (self.tr("Code (given by the programme)"), self.site_code),
            (self.tr("Language when the kiosk starts"), self.language),
            (self.tr("Sign out after this many idle minutes"), self.idle_minutes),
        ]:
            caption = label(text, "fieldLabel")
            caption.setBuddy(widget)
            widget.setAccessibleName(text)
            left.addWidget(caption)
            left.addWidget(widget)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(label(self.tr("Learners’ sign-in"), "subtitle"))
        right.addWidget(self.self_registration)
        right.addWidget(self.allow_full_names)
        right.addWidget(self.picture_passwords)
        right.addSpacing(12)
        right.addWidget(label(self.tr("Programme goals: people to reach"), "subtitle"))
        goals = QGridLayout()
        goals.setHorizontalSpacing(16)
        goals.setVerticalSpacing(6)
        names = {
            "children": self.tr("Children (8 to 11)"),
            "teens": self.tr("Teens (12 to 17)"),
            "teachers": self.tr("Teachers"),
            "parents": self.tr("Parents and caregivers"),
        }
        for index, key in enumerate(GOALS):
            caption = label(names[key], "fieldLabel")
            caption.setBuddy(self.goals[key])
            self.goals[key].setAccessibleName(names[key])
            goals.addWidget(caption, (index // 2) * 2, index % 2)
            goals.addWidget(self.goals[key], (index // 2) * 2 + 1, index % 2)
        right.addLayout(goals)
        right.addStretch(1)

        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll.setWidget(inner)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(24, 8, 24, 16)
        self.notice = label("", "notice")
        self.notice.hide()
        bottom.addWidget(self.notice, 1)
        bottom.addStretch(1)
        self.save_button = button(self.tr("Save"), "primary", "check.svg")
        self.save_button.setMinimumWidth(220)
        bottom.addWidget(self.save_button)
        col.addLayout(bottom)
        for widget in (self.site_name, self.site_code):
            widget.textEdited.connect(self.notice.hide)

    def fill(self, config) -> None:
        self.site_name.setText(config.site_name)
        self.site_code.setText(config.site_code)
        index = self.language.findData(config.default_language)
        self.language.setCurrentIndex(max(0, index))
        self.idle_minutes.setValue(config.idle_minutes)
        self.picture_passwords.setChecked(config.picture_passwords)
        self.self_registration.setChecked(config.self_registration)
        self.allow_full_names.setChecked(config.allow_full_names)
        for key, box in self.goals.items():
            box.setValue(int(config.goals.get(key, 0)))

    def values(self) -> dict:
        return {
            "site_name": self.site_name.text().strip(),
            "site_code": self.site_code.text().strip(),
            "default_language": self.language.currentData(),
            "idle_minutes": self.idle_minutes.value(),
            "picture_passwords": self.picture_passwords.isChecked(),
            "self_registration": self.self_registration.isChecked(),
            "allow_full_names": self.allow_full_names.isChecked(),
            "goals": {key: box.value() for key, box in self.goals.items()},
        }


class StaffRow(QFrame):
    def __init__(self, member: StaffMember, is_me: bool, locked_seconds: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.setObjectName("staffRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        who = QVBoxLayout()
        who.setSpacing(0)
        name = member.display_name + (self.tr(" (you)") if is_me else "")
        who.addWidget(label(name, "staffName"))
        role = self.tr("Coordinator") if member.is_coordinator else self.tr("Teacher")
        who.addWidget(label(role, "hint", wrap=False))
        # locked by wrong PINs: how long, and for a colleague "Lift the lock" in the place of
        # "Archive" (three buttons do not fit beside a long name on a 1366x768 screen)
        self.lock_label = label(self.tr("Locked: %n more minute(s)", "", max(1, -(-locked_seconds // 60))), "hint")
        self.lock_label.setVisible(locked_seconds > 0)
        who.addWidget(self.lock_label)
        row.addLayout(who, 1)
        locked_colleague = locked_seconds > 0 and not is_me
        self.unlock_button = button(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock {name}").format(name=member.display_name))
        self.unlock_button.setVisible(locked_colleague)
        row.addWidget(self.unlock_button)
        self.pin_button = button(self.tr("New PIN"))
        self.pin_button.setAccessibleName(self.tr("New PIN for {name}").format(name=member.display_name))
        row.addWidget(self.pin_button)
        self.archive_button = button(self.tr("Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive {name}").format(name=member.display_name))
        self.archive_button.setVisible(not is_me and not locked_colleague)
        row.addWidget(self.archive_button)


class StaffManager(QWidget):
    """The "Staff" tab: the list, and a form to add someone."""

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[StaffRow] = []
        self.dialog: PinDialog | None = None
        col = QHBoxLayout(self)
        col.setContentsMargins(24, 16, 24, 16)
        col.setSpacing(32)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(label(self.tr("Who can sign in as staff"), "subtitle"))
        self.notice = label("", "notice")
        self.notice.hide()
        left.addWidget(self.notice)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self.list = QVBoxLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(8)
        self.list.addStretch(1)
        scroll.setWidget(holder)
        left.addWidget(scroll, 1)
        col.addLayout(left, 3)

        form = QFrame()
        form.setObjectName("card")
        right = QVBoxLayout(form)
        right.setContentsMargins(24, 16, 24, 16)
        right.setSpacing(6)
        right.addWidget(label(self.tr("Add a person"), "subtitle"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Teacher"), "teacher")
        self.role.addItem(self.tr("Coordinator"), "coordinator")
        self.role.setAccessibleName(self.tr("Role"))
        self.secret = secret_field(self.tr("PIN or password"))
        self.again = secret_field(self.tr("The same PIN again"))
        self._show_rule()  # in the PIN field (no room for a sentence on a 1366x768 screen)
        self.role.currentIndexChanged.connect(lambda _i: self._show_rule())
        for text, widget in [
            (self.tr("Name"), self.name),
            (self.tr("Role"), self.role),
            (self.tr("PIN or password"), self.secret),
            (self.tr("The same PIN again"), self.again),
        ]:
            caption = label(text, "fieldLabel")
            caption.setBuddy(widget)
            right.addWidget(caption)
            right.addWidget(widget)
        self.error = label("", "error")
        self.error.hide()
        right.addWidget(self.error)
        self.add_button = button(self.tr("Add"), "primary", "persona-mas.svg")
        self.add_button.clicked.connect(self.add)
        self.again.returnPressed.connect(self.add)
        right.addWidget(self.add_button)
        right.addStretch(1)
        col.addWidget(form, 2)

    def _show_rule(self) -> None:
        """The PIN rule of the role chosen, where the PIN is typed."""
        if self.role.currentData() == "coordinator":
            rule = self.tr("6 to 8 numbers")
        else:
            rule = self.tr("4 to 8 numbers")
        self.secret.setPlaceholderText(rule)
        self.secret.setToolTip(rules_text(coordinator=self.role.currentData() == "coordinator"))

    # -- list ------------------------------------------------------------------------------
    def load(self) -> None:
        def work(backend):
            staff = [StaffMember(s.id, s.display_name, str(s.role)) for s in backend.staff.list_active()]
            return staff, backend.staff.locks()

        self.ctx.run(work, lambda found: self._show(*found))

    def _show(self, staff: list[StaffMember], locks: dict[str, int] | None = None) -> None:
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for member in staff:
            row = StaffRow(member, member.id == self.ctx.staff.id, (locks or {}).get(member.id, 0))
            row.unlock_button.clicked.connect(lambda _=False, m=member: self.unlock(m))
            row.pin_button.clicked.connect(lambda _=False, m=member: self.reset_pin(m))
            row.archive_button.clicked.connect(lambda _=False, m=member: self.confirm_archive(m))
            self.list.insertWidget(self.list.count() - 1, row)
            self.rows.append(row)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _problem(self, exc: BaseException, show) -> None:
        text = user_error_text(exc)
        if text is None:
            self.ctx.show_problem(exc)
        else:
            show(text)

    # -- add -----------------------------------------------------------------------------
    def add(self) -> None:
        self.error.hide()
        name = " ".join(self.name.text().split())
        if not name:
            self._error(self.tr("Write the person’s name."))
            self.name.setFocus()
            return
        problem = new_secret_problem(self.secret.text(), self.again.text(),
                                     coordinator=self.role.currentData() == "coordinator")
        if problem:
            self.secret.clear()
            self.again.clear()
            self._error(problem)
            self.secret.setFocus()
            return
        secret, role, me = self.secret.text(), self.role.currentData(), self.ctx.staff.id
        self.secret.clear()
        self.again.clear()
        self.add_button.setEnabled(False)

        def done(info) -> None:
            self.add_button.setEnabled(True)
            self.name.clear()
            self._say(self.tr("{name} can now sign in as staff.").format(name=info.display_name))
            self.load()

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            self._problem(exc, self._error)

        self.ctx.run(lambda backend: backend.staff.create(name, role, secret, by=me), done, failed)

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- new PIN ---------------------------------------------------------------------------
    def reset_pin(self, member: StaffMember) -> None:
        mine = member.id == self.ctx.staff.id
        title = self.tr("Change my PIN") if mine else self.tr("New PIN for {name}").format(name=member.display_name)
        dialog = PinDialog(title, ask_current=mine, coordinator=member.is_coordinator, parent=self)
        me = self.ctx.staff.id

        def chosen(current, new) -> None:
            def done(outcome) -> None:
                if dialog.show_outcome(outcome):
                    self._say(self.tr("The PIN of {name} was changed.").format(name=member.display_name))

            self.ctx.run(lambda backend: backend.staff.change_secret(member.id, new, by=me, current=current), done,
                         lambda exc: self._problem(exc, dialog.show_error))

        dialog.chosen.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # -- a lock-out ------------------------------------------------------------------------
    def unlock(self, member: StaffMember) -> None:
        """Lift a colleague's lock (wrong PINs): they can try again at once."""
        me = self.ctx.staff.id

        def done(_none) -> None:
            self._say(self.tr("{name} can try their PIN again.").format(name=member.display_name))
            self.load()

        self.ctx.run(lambda backend: backend.staff.unlock(member.id, by=me), done,
                     lambda exc: self._problem(exc, self._say))

    # -- archive ---------------------------------------------------------------------------
    def confirm_archive(self, member: StaffMember) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Archive"),
                          self.tr("Archive {name}? They will not be able to sign in any more. "
                                  "Their classes and workshops stay.").format(name=member.display_name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a message box sniffs its text for HTML: names never are
        yes = box.addButton(self.tr("Archive"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)

        def answered(_code: int) -> None:
            if box.clickedButton() is yes:
                self.archive(member)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def archive(self, member: StaffMember) -> None:
        me = self.ctx.staff.id

        def done(_none) -> None:
            self._say(self.tr("{name} was archived.").format(name=member.display_name))
            self.load()

        self.ctx.run(lambda backend: backend.staff.archive(member.id, by=me), done, lambda exc: self._problem(exc, self._say))


class SettingsPage(QWidget):
    """The coordinator's settings.  ``saved`` carries the new ``SiteConfig``."""

    saved = Signal(object)

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        if not ctx.staff.is_coordinator:
            raise NotAllowed("settings are for coordinators")
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 16, 16, 8)
        col.setSpacing(0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.site = SiteForm()
        self.site.save_button.clicked.connect(self.save)
        self.staff = StaffManager(ctx)
        self.tabs.addTab(self.site, self.tr("This telecenter"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        col.addWidget(self.tabs)
        self.config = None
        self.site.save_button.setEnabled(False)  # until the values are shown
        ctx.run(lambda backend: backend.site.snapshot(), self._loaded)
        self.staff.load()

    def _loaded(self, config) -> None:
        self.config = config
        self.site.fill(config)
        self.site.save_button.setEnabled(True)

    def save(self) -> None:
        values = self.site.values()
        self.site.save_button.setEnabled(False)
        self.site.notice.hide()

        def done(config) -> None:
            self.config = config
            self.site.fill(config)
            self.site.save_button.setEnabled(True)
            self.site.notice.setText(self.tr("Saved. Learners see the changes after the staff sign out."))
            self.site.notice.show()
            self.saved.emit(config)

        def failed(exc: BaseException) -> None:
            self.site.save_button.setEnabled(True)
            self._show_site_problem(exc)

        self.ctx.run(lambda backend: backend.site.update(**values), done, failed)

    def _show_site_problem(self, exc: BaseException) -> None:
        text = user_error_text(exc)
        if text is None:
            self.ctx.show_problem(exc)
        else:
            self.site.notice.setText(text)
            self.site.notice.show()
