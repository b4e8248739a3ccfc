"""Classes (staff area): create, rename and archive classes; see, add and remove their members;
add a learner by hand or import a list (CSV) with a preview; edit, archive, merge or delete
a learner (kiosk/ui/staff/learner_edit.py); reset a learner's picture password; give a whole class new picture passwords and print their cards (PDF).

Everything that reads or writes runs through ``ctx.run`` (the worker thread).  Dialogs are
opened with ``open()`` (never ``exec()``), emit what the person chose, and stay open until the
worker answers: a name already taken is shown in the dialog, not in a second window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme
from kiosk.ui.errors import user_error_text
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.learner_dialogs import AddMembersDialog, NewLearnerDialog
from kiosk.ui.staff.learner_edit import LearnerActions
from kiosk.ui.staff.staff_dialogs import (
    ConfirmDialog,
    NameDialog,
    StaffDialog,
    age_text,
    documents_dir,
    role_text,
)
from kiosk.ui.widgets.common import avatar_icon, button, label, set_prop


class ClassesPage(QWidget):
    """The classes page of the staff area."""

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.ctx = ctx
        from kiosk.ui.staff.roster_flow import RosterImportFlow

        self.roster = RosterImportFlow(self)
        self.classes: list = []
        self.current: Any = None  # ClassInfo
        self.members: list = []
        self.pictures_on = False
        self.dialog: QDialog | None = None
        self._import_name = ""

        row = QHBoxLayout(self)  # side by side, or one above the other when narrow (resizeEvent)
        self._row = row
        row.setContentsMargins(8, 16, 16, 16)
        row.setSpacing(16)

        # left: the classes
        left = QFrame()
        left.setObjectName("classesPanel")
        left.setMinimumWidth(300)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(16, 16, 16, 16)
        lcol.setSpacing(10)
        lcol.addWidget(label(self.tr("Classes"), "subtitle"))
        self.class_list = QListWidget()
        self.class_list.setObjectName("classList")
        self.class_list.setAccessibleName(self.tr("Classes"))
        self.class_list.currentRowChanged.connect(self._class_row_changed)
        lcol.addWidget(self.class_list, 1)
        self.show_archived = QCheckBox(self.tr("Show archived classes"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        lcol.addWidget(self.show_archived)
        self.new_class_button = button(self.tr("New class"), "primary", "persona-mas.svg")
        self.new_class_button.clicked.connect(self.open_new_class)
        lcol.addWidget(self.new_class_button)
        self.import_button = button(self.tr("Import from CSV…"))
        self.import_button.setToolTip(self.tr("Name, age, role and class of many learners at once, from a spreadsheet "
                                              "saved as CSV"))
        self.import_button.clicked.connect(self.open_import)
        lcol.addWidget(self.import_button)
        self.learner_actions = LearnerActions(self)  # edit, archive, merge, delete one learner
        self.cards_button = button(self.tr("Print cards…"))
        self.cards_button.setToolTip(self.tr("New picture passwords for the whole class, and their cards as a PDF"))
        self.cards_button.clicked.connect(self.open_print_cards)
        lcol.addWidget(self.cards_button)
        lcol.addWidget(self.learner_actions.archived_button)
        row.addWidget(left)
        self._panels = [left]

        # right: the selected class
        right = QFrame()
        right.setObjectName("classesPanel")
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(20, 16, 20, 16)
        rcol.setSpacing(10)
        self.title = label("", "title")  # the whole width: a long class name wraps, never cut
        rcol.addWidget(self.title)
        head = QHBoxLayout()
        head.setSpacing(4)
        self.count = label("", "hint", wrap=False)
        head.addWidget(self.count, 1)
        self.rename_button = button(self.tr("Rename"), "quiet")
        self.rename_button.clicked.connect(self.open_rename)
        head.addWidget(self.rename_button)
        self.archive_button = button(self.tr("Archive"), "quiet")
        self.archive_button.clicked.connect(self.open_archive)
        head.addWidget(self.archive_button)
        rcol.addLayout(head)
        self.notice = label("", "pageMessage")
        self.notice.hide()
        rcol.addWidget(self.notice)
        self.empty = label(self.tr("Create a class, or import a list of learners (CSV) to start."), "hint")
        rcol.addWidget(self.empty)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.add_button = button(self.tr("Add learners…"), None, "persona-mas.svg")
        self.add_button.clicked.connect(self.open_add_members)
        actions.addWidget(self.add_button)
        self.new_learner_button = button(self.tr("New learner…"))
        self.new_learner_button.clicked.connect(self.open_new_learner)
        actions.addWidget(self.new_learner_button)
        actions.addStretch(1)
        rcol.addLayout(actions)
        self.member_table = QTableWidget(0, 4)
        self.member_table.setObjectName("memberTable")
        self.member_table.setAccessibleName(self.tr("Learners in the class"))
        self.member_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Age"), self.tr("Role"), self.tr("Secret pictures")])
        self.member_table.verticalHeader().hide()
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.setIconSize(QSize(theme.TABLE_ICON_PX, theme.TABLE_ICON_PX))
        self.member_table.verticalHeader().setDefaultSectionSize(theme.TABLE_ICON_PX + 16)
        header = self.member_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.member_table.itemSelectionChanged.connect(self._update_buttons)
        rcol.addWidget(self.member_table, 1)
        below = QHBoxLayout()
        below.setSpacing(10)
        self.remove_button = button(self.tr("Remove from the class"))
        self.remove_button.clicked.connect(self.remove_selected)
        below.addWidget(self.remove_button)
        below.addStretch(1)
        rcol.addLayout(below)
        rcol.addLayout(self.learner_actions.row)
        pictures_row = QHBoxLayout()  # picture passwords (only when the site has them)
        pictures_row.setSpacing(10)
        self.reset_button = button(self.tr("Reset picture password"), None, "intentar.svg")
        self.reset_button.clicked.connect(self.open_reset_password)
        pictures_row.addWidget(self.reset_button)
        pictures_row.addWidget(self.learner_actions.lift_button)
        pictures_row.addStretch(1)
        rcol.addLayout(pictures_row)
        row.addWidget(right, 1)
        self._panels.append(right)

        self._update_buttons()
        self.refresh()

    # -- loading ---------------------------------------------------------------------------

    def _side_by_side_width(self) -> int:
        """How wide the page must be to show the two panels side by side."""
        margins = self._row.contentsMargins()
        return (sum(panel.minimumSizeHint().expandedTo(panel.minimumSize()).width() for panel in self._panels)
                + self._row.spacing() + margins.left() + margins.right())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the panels one above the other (1024x600): ``resizeEvent`` puts them
        side by side when the page is wide enough."""
        margins = self._row.contentsMargins()
        narrow = max(panel.minimumSizeHint().expandedTo(panel.minimumSize()).width() for panel in self._panels)
        return QSize(narrow + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        super().resizeEvent(event)

    def refresh(self, select_id: str | None = None, select_name: str | None = None) -> None:
        """Reload the classes (and whether picture passwords are on); select ``select_id``,
        or the class called ``select_name``, or keep the selection."""
        archived = self.show_archived.isChecked()
        keep = select_id or (self.current.id if self.current else None)
        self.ctx.run(lambda backend: (backend.classes.list(include_archived=archived), backend.pictures.enabled()),
                     lambda result: self._classes_loaded(*result, keep, select_name))

    def _classes_loaded(self, classes: list, pictures_on: bool, keep: str | None, name: str | None = None) -> None:
        if name is not None:
            keep = next((c.id for c in classes if c.name == name and not c.archived), keep)
        self.classes = classes
        self.pictures_on = pictures_on
        self.class_list.blockSignals(True)
        self.class_list.clear()
        for info in classes:
            text = self.tr("{name} · {count}").format(name=info.name, count=info.member_count)
            if info.archived:
                text = self.tr("{name} (archived)").format(name=info.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.class_list.addItem(item)
        index = next((i for i, c in enumerate(classes) if c.id == keep), 0 if classes else -1)
        self.class_list.setCurrentRow(index)
        self.class_list.blockSignals(False)
        self._class_row_changed(index)

    def select_class(self, class_id: str) -> None:
        index = next((i for i, c in enumerate(self.classes) if c.id == class_id), -1)
        self.class_list.setCurrentRow(index)

    def _class_row_changed(self, index: int) -> None:
        self.current = self.classes[index] if 0 <= index < len(self.classes) else None
        self.members = []
        self._show_members()
        if self.current is not None:
            class_id = self.current.id
            self.ctx.run(lambda backend: backend.classes.members(class_id),
                         lambda members: self._members_loaded(class_id, members))

    def _members_loaded(self, class_id: str, members: list) -> None:
        if self.current is None or self.current.id != class_id:
            return
        self.members = members
        self._show_members()

    def _show_members(self) -> None:
        info = self.current
        self.title.setText(info.name if info else self.tr("No class yet") if not self.classes else "")
        self.empty.setVisible(info is None)
        if info is None:
            self.count.setText("")
        elif info.archived:
            self.count.setText(self.tr("Archived"))
        else:
            self.count.setText(self.tr("%n learner(s)", "", len(self.members)))
        table = self.member_table
        table.setColumnHidden(3, not self.pictures_on)
        table.setRowCount(len(self.members))
        for r, member in enumerate(self.members):
            who = member.learner
            name = QTableWidgetItem(avatar_icon(who.avatar), who.display_name)
            name.setData(Qt.ItemDataRole.UserRole, who.id)
            table.setItem(r, 0, name)
            table.setItem(r, 1, QTableWidgetItem(age_text(who.age_band)))
            table.setItem(r, 2, QTableWidgetItem(role_text(who.role)))
            table.setItem(r, 3, QTableWidgetItem(self.tr("Yes") if member.has_picture_password
                                                 else self.tr("Chooses at next sign-in")))
        self._update_buttons()

    def selected_member(self) -> Any:
        rows = self.member_table.selectionModel().selectedRows() if self.member_table.selectionModel() else []
        if not rows:
            return None
        index = rows[0].row()
        return self.members[index] if index < len(self.members) else None

    def select_member(self, learner_id: str) -> None:
        for r, member in enumerate(self.members):
            if member.id == learner_id:
                self.member_table.selectRow(r)
                return

    def _update_buttons(self) -> None:
        active = self.current is not None and not self.current.archived
        chosen = self.selected_member() is not None
        self.rename_button.setEnabled(self.current is not None)
        self.archive_button.setEnabled(self.current is not None)
        self.archive_button.setText(self.tr("Restore") if self.current is not None and self.current.archived
                                    else self.tr("Archive"))
        for widget in (self.add_button, self.new_learner_button):
            widget.setEnabled(active)
        self.remove_button.setEnabled(active and chosen)
        self.learner_actions.update(active, chosen)
        self.reset_button.setVisible(self.pictures_on)
        self.reset_button.setEnabled(active and chosen and self.pictures_on)
        self.cards_button.setVisible(self.pictures_on)
        self.cards_button.setEnabled(active and bool(self.members) and self.pictures_on)

    def say(self, text: str, ok: bool = True) -> None:
        self.notice.setText(text)
        set_prop(self.notice, "state", "ok" if ok else "try")
        self.notice.show()

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _class_problem(self, dialog: StaffDialog, exc: BaseException) -> None:
        text = user_error_text(exc)
        if text is not None:
            dialog.show_error(text)
        else:
            dialog.reject()
            self.ctx.show_problem(exc)

    # -- classes ---------------------------------------------------------------------------
    def open_new_class(self) -> NameDialog:
        dialog = NameDialog(self.tr("New class"), self.tr("Create"), parent=self)
        dialog.chosen.connect(lambda name: self._create(dialog, name))
        self._open(dialog)
        return dialog

    def _create(self, dialog: NameDialog, name: str) -> None:
        def done(info) -> None:
            dialog.accept()
            self.say(self.tr("Class “{name}” created.").format(name=info.name))
            self.refresh(select_id=info.id)

        self.ctx.run(lambda backend: backend.classes.create(name), done, lambda exc: self._class_problem(dialog, exc))

    def open_rename(self) -> NameDialog | None:
        info = self.current
        if info is None:
            return None
        dialog = NameDialog(self.tr("Rename “{name}”").format(name=info.name), self.tr("Rename"), info.name, self)

        def done(renamed) -> None:
            dialog.accept()
            self.say(self.tr("The class is now called “{name}”.").format(name=renamed.name))
            self.refresh(select_id=renamed.id)

        dialog.chosen.connect(lambda name: self.ctx.run(lambda backend: backend.classes.rename(info.id, name), done,
                                                        lambda exc: self._class_problem(dialog, exc)))
        self._open(dialog)
        return dialog

    def open_archive(self) -> ConfirmDialog | None:
        info = self.current
        if info is None:
            return None
        if info.archived:
            self.ctx.run(lambda backend: backend.classes.restore(info.id), lambda _r: self._restored(info),
                         lambda exc: self._restore_failed(exc))
            return None
        dialog = ConfirmDialog(
            self.tr("Archive “{name}”?").format(name=info.name),
            self.tr("The class leaves the list. Its learners and everything they did stay on the kiosk, and you "
                    "can bring the class back with “Show archived classes”."),
            self.tr("Archive"), self)

        def done(_none) -> None:
            dialog.accept()
            self.say(self.tr("Class “{name}” archived.").format(name=info.name))
            self.current = None
            self.refresh()

        dialog.confirmed.connect(lambda: self.ctx.run(lambda backend: backend.classes.archive(info.id), done))
        self._open(dialog)
        return dialog

    def _restored(self, info) -> None:
        self.say(self.tr("Class “{name}” is back.").format(name=info.name))
        self.refresh(select_id=info.id)

    def _restore_failed(self, exc: BaseException) -> None:
        text = user_error_text(exc)
        if text is not None:
            self.say(text, ok=False)
        else:
            self.ctx.show_problem(exc)

    # -- members ---------------------------------------------------------------------------
    def open_add_members(self) -> None:
        info = self.current
        if info is None:
            return
        self.ctx.run(lambda backend: backend.classes.learners_outside(info.id),
                     lambda learners: self._show_add_members(info, learners))

    def _show_add_members(self, info, learners: list) -> AddMembersDialog:
        dialog = AddMembersDialog(info.name, learners, self)

        def done(added: int) -> None:
            dialog.accept()
            self.say(self.tr("%n learner(s) added to “{name}”.", "", added).format(name=info.name))
            self.refresh(select_id=info.id)

        dialog.chosen.connect(lambda ids: self.ctx.run(lambda backend: backend.classes.add_members(info.id, ids), done))
        self._open(dialog)
        return dialog

    def open_new_learner(self) -> NewLearnerDialog | None:
        info = self.current
        if info is None:
            return None
        from kiosk.ui.avatars import bundled_avatars

        dialog = NewLearnerDialog(info.name, bundled_avatars(self.ctx.lang), self)

        def work(backend, name, avatar, age, role):
            return backend.learners.register(name, avatar, age, role, class_id=info.id)

        def done(learner) -> None:
            dialog.accept()
            self.say(self.tr("{name} joined “{class_name}”.").format(name=learner.display_name, class_name=info.name))
            self.refresh(select_id=info.id)

        def failed(exc: BaseException) -> None:
            text = user_error_text(exc)
            if text is not None:
                dialog.show_error(text)
            else:
                dialog.reject()
                self.ctx.show_problem(exc)

        dialog.submitted.connect(lambda name, avatar, age, role: self.ctx.run(
            lambda backend: work(backend, name, avatar, age, role), done, failed))
        self._open(dialog)
        return dialog

    def remove_selected(self) -> None:
        info, member = self.current, self.selected_member()
        if info is None or member is None:
            return

        def done(_removed) -> None:
            self.say(self.tr("{name} is no longer in “{class_name}”.").format(
                name=member.display_name, class_name=info.name))
            self.refresh(select_id=info.id)

        self.ctx.run(lambda backend: backend.classes.remove_member(info.id, member.id), done)

    # -- picture passwords ------------------------------------------------------------------
    def open_reset_password(self) -> ConfirmDialog | None:
        member = self.selected_member()
        if member is None or not self.pictures_on:
            return None
        dialog = ConfirmDialog(
            self.tr("Reset the picture password of {name}?").format(name=member.display_name),
            self.tr("{name} will choose 4 new pictures at their next sign-in, once a teacher confirms it is them "
                    "(or print them a card).").format(name=member.display_name),
            self.tr("Reset"), self)

        def done(_none) -> None:
            dialog.accept()
            self.say(self.tr("Done: {name} will choose new pictures at the next sign-in.").format(
                name=member.display_name))
            self.refresh()

        def work(backend):
            backend.pictures.reset(member.id)

        dialog.confirmed.connect(lambda: self.ctx.run(work, done))
        self._open(dialog)
        return dialog

    def open_print_cards(self) -> ConfirmDialog | None:
        info = self.current
        if info is None or not self.members or not self.pictures_on:
            return None
        count = len(self.members)
        dialog = ConfirmDialog(
            self.tr("New picture passwords for “{name}”").format(name=info.name),
            self.tr("Each of the %n learner(s) gets 4 new secret pictures, and their cards are saved as a PDF to "
                    "print. The pictures they use now will stop working. Hand each card to its owner.", "", count),
            self.tr("Assign and save the cards…"), self)

        def go() -> None:
            dialog.accept()
            suggested = str(Path(documents_dir()) / self.tr("Picture cards {name}.pdf").format(name=info.name))
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the picture cards"), suggested,
                                                        self.tr("PDF files (*.pdf)"))
            if path:
                self.write_cards(Path(path))

        dialog.confirmed.connect(go)
        self._open(dialog)
        return dialog

    def write_cards(self, path: Path) -> None:
        """New picture passwords for every member and their cards (kiosk/ui/staff/card_job.py)."""
        from kiosk.ui.staff.card_job import write_cards

        write_cards(self, path)

    # -- import (kiosk/ui/staff/roster_flow.py) -------------------------------------------
    def open_import(self) -> None:
        self.roster.open_import()

    def preview_file(self, path: Path) -> None:
        self.roster.preview_file(path)
