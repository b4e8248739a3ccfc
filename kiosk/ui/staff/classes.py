"""Classes (staff area): create, rename and archive classes; see, add and remove their members;
add a learner by hand or import a list (CSV) with a preview; edit, archive, merge or delete
a learner (kiosk/ui/staff/learner_edit.py); reset a learner's picture password; give a whole class new picture passwords and print their cards (PDF).
The widgets and their layout (two panels, stacked when narrow) are built in
kiosk/ui/staff/classes_layout.py.

Everything that reads or writes runs through ``ctx.run`` (the worker thread).  Dialogs are
opened with ``open()`` (never ``exec()``), emit what the person chose, and stay open until the
worker answers: a name already taken is shown in the dialog, not in a second window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from kiosk.ui.errors import user_error_text
from kiosk.ui.staff.classes_layout import ClassesLayout
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.learner_dialogs import AddMembersDialog, NewLearnerDialog
from kiosk.ui.staff.staff_dialogs import (
    ConfirmDialog,
    NameDialog,
    StaffDialog,
    age_text,
    documents_dir,
    role_text,
)
from kiosk.ui.widgets.common import avatar_icon, set_prop


class ClassesPage(ClassesLayout, QWidget):
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

        self._build_layout()
        self._update_buttons()
        self.refresh()

    # -- loading ---------------------------------------------------------------------------

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
