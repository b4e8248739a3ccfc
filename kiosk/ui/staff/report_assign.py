"""Assign modules to a class or to chosen learners, with an optional due date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme
from kiosk.ui.staff.certificate import qt_locale
from kiosk.ui.staff.report_common import ID_ROLE, read_only_table, table_item
from kiosk.ui.widgets.common import avatar_icon, button, label, set_prop


NAMES_IN_A_SENTENCE = 4  # more chosen learners are counted, not listed, in the confirmation


class AssignView(QWidget):
    assign_requested = Signal(list, object, object)  # module ids, learner ids or None, due date or None
    unassign_requested = Signal(list)  # assignment ids (one row may stand for several learners)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(16)

        modules_box = QVBoxLayout()
        modules_box.addWidget(label(self.tr("1. Modules"), "sectionTitle"))
        self.modules = QListWidget()
        self.modules.setObjectName("pickList")
        self.modules.setWordWrap(True)
        self.modules.setMinimumHeight(theme.PICK_LIST_MIN_PX)
        modules_box.addWidget(self.modules, 1)
        row.addLayout(modules_box, 4)

        who_box = QVBoxLayout()
        who_box.addWidget(label(self.tr("2. For whom"), "sectionTitle"))
        self.whole = QRadioButton(self.tr("The whole class"))
        self.some = QRadioButton(self.tr("Only the learners I choose"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.some)
        who_box.addWidget(self.whole)
        who_box.addWidget(self.some)
        self.learners = QListWidget()
        self.learners.setObjectName("pickList")
        self.learners.setIconSize(QSize(theme.TABLE_ICON_PX, theme.TABLE_ICON_PX))
        self.learners.setEnabled(False)
        self.learners.setMinimumHeight(theme.PICK_LIST_MIN_PX)
        self.some.toggled.connect(self.learners.setEnabled)
        who_box.addWidget(self.learners, 1)
        row.addLayout(who_box, 4)

        when_box = QVBoxLayout()
        when_box.addWidget(label(self.tr("3. By when"), "sectionTitle"))
        self.has_due = QCheckBox(self.tr("With a due date (optional)"))
        when_box.addWidget(self.has_due)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setLocale(qt_locale(lang))
        self.due.setDisplayFormat(self.tr("ddd d/M/yyyy"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        when_box.addWidget(self.due)
        when_box.addStretch(1)
        self.assign_button = button(self.tr("Assign"), "primary", "check.svg")
        self.assign_button.clicked.connect(self._assign)
        when_box.addWidget(self.assign_button)
        row.addLayout(when_box, 4)
        col.addLayout(row, 1)

        head = QHBoxLayout()
        head.addWidget(label(self.tr("Already assigned to this class"), "sectionTitle", wrap=False))
        self.nothing = label(self.tr("(nothing yet)"), "hint", wrap=False)
        head.addWidget(self.nothing)
        head.addStretch(1)
        # the outcome on the list's title line, not in a row of its own: the list keeps its room
        self.message = label("", "pageMessage")
        self.message.hide()
        head.addWidget(self.message, 100)
        col.addLayout(head)
        self.current = read_only_table([self.tr("Module"), self.tr("For"), self.tr("Due"), ""])
        header = self.current.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.current.verticalHeader().setDefaultSectionSize(theme.ROW_BUTTON_PX + 12)
        self.current.setWordWrap(False)  # one line a row, "…" at the end; the whole list in the tooltip
        self.current.setMinimumHeight(theme.ASSIGNED_TABLE_MIN_PX)
        col.addWidget(self.current, 1)
        self.remove_buttons: dict[str, Any] = {}
        self.confirm_dialog: Any = None

    def set_choices(self, modules: list[tuple[str, str]], learners: list[tuple[str, str, str]], checked_module: str | None, today: date) -> None:
        """``modules``: (id, title); ``learners``: (id, name, avatar)."""
        self.modules.clear()
        for module_id, title in modules:
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, module_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if module_id == checked_module else Qt.CheckState.Unchecked)
            self.modules.addItem(item)
        self.learners.clear()
        for learner_id, name, avatar in learners:
            item = QListWidgetItem(avatar_icon(avatar), name)
            item.setData(ID_ROLE, learner_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.learners.addItem(item)
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))
        week = today + timedelta(days=7)
        self.due.setDate(QDate(week.year, week.month, week.day))

    def show_assignments(self, rows: list[tuple[list[str], str, str, str]]) -> None:
        """``rows``: (assignment ids, module title, for whom, due text)."""
        self.current.setRowCount(len(rows))
        self.current.setVisible(bool(rows))
        self.nothing.setVisible(not rows)
        self.remove_buttons = {}
        for index, (assignment_ids, module, who, due) in enumerate(rows):
            self.current.setItem(index, 0, table_item(module))
            self.current.setItem(index, 1, table_item(who))
            self.current.setItem(index, 2, table_item(due))
            remove = button(self.tr("Remove"), "quiet")
            remove.setObjectName("rowButton")
            remove.setAccessibleName(self.tr("Remove “{module}” for {who}").format(module=module, who=who))
            remove.clicked.connect(lambda _=False, a=assignment_ids, m=module, w=who: self.confirm_remove(a, m, w))
            self.remove_buttons[assignment_ids[0]] = remove
            self.current.setCellWidget(index, 3, remove)

    def confirm_remove(self, assignment_ids: list[str], module: str, who: str) -> None:
        """"Remove" asks first, saying what goes and what stays."""
        from kiosk.ui.staff.staff_dialogs import ConfirmDialog

        if who == self.tr("The whole class"):  # mid-sentence: "... assigned to the whole class"
            who = who[:1].lower() + who[1:]
        elif len(assignment_ids) > NAMES_IN_A_SENTENCE:  # one row stands for many chosen learners
            who = self.tr("the %n learner(s) chosen", "", len(assignment_ids))
        dialog = ConfirmDialog(
            self.tr("Remove the assignment?"),
            self.tr("“{module}” will no longer be assigned to {who}. The learners keep what they have "
                    "done in it, and can still open it.").format(module=module, who=who),
            self.tr("Remove"), parent=self)
        dialog.confirmed.connect(dialog.accept)
        dialog.confirmed.connect(lambda: self.unassign_requested.emit(list(assignment_ids)))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def checked(self, widget: QListWidget) -> list[str]:
        return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", "ok" if ok else "try")
        self.message.show()

    def _assign(self) -> None:
        modules = self.checked(self.modules)
        if not modules:
            self.say(self.tr("Choose at least one module."), False)
            return
        learners = None
        if self.some.isChecked():
            learners = self.checked(self.learners)
            if not learners:
                self.say(self.tr("Choose at least one learner, or choose the whole class."), False)
                return
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        self.assign_requested.emit(modules, learners, due)


# -- the page ------------------------------------------------------------------------------


