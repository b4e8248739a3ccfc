"""The classes page's actions on one learner: edit (name, picture, age, role), archive, see and
restore archived learners, merge two profiles of the same child, delete for good, and lift the
pause of a picture password ("Lift the pause", only when the site has picture passwords).

``LearnerActions`` owns the buttons (the page puts ``row`` under its member table,
``archived_button`` under its "Import from CSV…" and ``lift_button`` by "Reset picture
password") and the
dialogs; everything runs through ``ctx.run`` on ``backend.learner_admin``.  Names come from
people (untrusted): they are shown as plain text (``label``, list items), never as rich text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from kiosk.core.text import fold_for_search
from kiosk.ui import theme
from kiosk.ui.errors import user_error_text
from kiosk.ui.staff.learner_dialogs import NewLearnerDialog
from kiosk.ui.staff.staff_dialogs import ConfirmDialog, StaffDialog, age_text
from kiosk.ui.widgets.common import avatar_icon, button, label, plain_title

if TYPE_CHECKING:
    from kiosk.ui.staff.classes import ClassesPage


class EditLearnerDialog(NewLearnerDialog):
    """The new-learner form, filled with a learner's name, picture, age band and role."""

    def __init__(self, learner: Any, avatars: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__("", avatars, parent)
        title = self.tr("Edit “{name}”").format(name=learner.display_name)
        self.setWindowTitle(plain_title(title))
        heading = self.findChild(QLabel, "subtitle")
        if heading is not None:
            heading.setText(title)
        self.name.setText(learner.display_name)
        for group, value in ((self.avatar_group, None), (self.age_group, str(learner.age_band)),
                             (self.role_group, str(learner.role))):
            for btn in group.buttons():
                own = btn.property("avatar") if value is None else btn.property("value")
                if own == (learner.avatar if value is None else value):
                    btn.setChecked(True)
        self.ok_button.setText(self.tr("Save"))
        self._update()


class PickLearnerDialog(StaffDialog):
    """Choose one learner from a list with a search field.  Emits ``chosen(learner id)``."""

    chosen = Signal(str)

    def __init__(self, title: str, text: str, ok_text: str, learners: list, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setMinimumSize(640, 560)
        self.text = label(text)
        self.body.addWidget(self.text)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.body.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("pickList")
        self.list.setIconSize(QSize(theme.TABLE_ICON_PX, theme.TABLE_ICON_PX))
        for managed in learners:
            info = managed.learner
            parts = [info.display_name, age_text(info.age_band), *managed.class_names]
            if managed.archived:
                parts.append(self.tr("archived"))
            item = QListWidgetItem(avatar_icon(info.avatar), " · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold_for_search(info.display_name))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda *_a: self._update())
        self.list.itemActivated.connect(lambda _i: self._ok())
        self.body.addWidget(self.list, 1)
        self.empty = label(self.tr("There is nobody to choose."), "hint")
        self.empty.setVisible(not learners)
        self.body.addWidget(self.empty)
        self.ok_button = self.add_button(button(ok_text, "primary"))
        self.ok_button.clicked.connect(self._ok)
        self._update()

    def choose(self, learner_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == learner_id:
                self.list.setCurrentRow(i)

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def _filter(self, text: str) -> None:
        needle = fold_for_search(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(needle not in item.data(Qt.ItemDataRole.UserRole + 1))
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.chosen_id() is not None)

    def _ok(self) -> None:
        chosen = self.chosen_id()
        if chosen is not None:
            self.ok_button.setEnabled(False)
            self.chosen.emit(chosen)


class LearnerActions(QObject):
    """The learner buttons of the classes page and what they open."""

    def __init__(self, page: ClassesPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.row = QHBoxLayout()
        self.row.setSpacing(10)
        self.edit_button = button(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Name, picture, age and role of the chosen learner"))
        self.edit_button.clicked.connect(self.open_edit)
        self.merge_button = button(self.tr("Merge with…"))
        self.merge_button.setToolTip(self.tr("The same child has two profiles: join them into this one"))
        self.merge_button.clicked.connect(self.open_merge)
        self.archive_button = button(self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Hide from the sign-in screen; progress and figures are kept"))
        self.archive_button.clicked.connect(self.archive_selected)
        self.delete_button = button(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.open_delete)
        self.lift_button = button(self.tr("Lift the pause"))  # the page places it, by "Reset picture password"
        self.lift_button.setToolTip(self.tr("Too many wrong picture tries: let the learner try again now"))
        self.lift_button.clicked.connect(self.lift_pause)
        self.archived_button = button(self.tr("Archived learners…"), "quiet", wrap=True)  # the page places it
        self.archived_button.clicked.connect(self.open_archived)
        for widget in (self.edit_button, self.merge_button, self.archive_button, self.delete_button):
            self.row.addWidget(widget)
        self.row.addStretch(1)

    def update(self, active: bool, chosen: bool) -> None:
        for widget in (self.edit_button, self.merge_button, self.archive_button, self.delete_button,
                       self.lift_button):
            widget.setEnabled(active and chosen)
        self.lift_button.setVisible(bool(getattr(self.page, "pictures_on", False)))

    def _member(self) -> Any:
        return self.page.selected_member()

    def _done(self, dialog: StaffDialog | None, text: str) -> None:
        if dialog is not None:
            dialog.accept()
        self.page.say(text)
        self.page.refresh()

    def _failed(self, dialog: StaffDialog, exc: BaseException) -> None:
        text = user_error_text(exc)
        if text is not None:
            dialog.show_error(text)
            dialog.ok_button.setEnabled(True)
        else:
            dialog.reject()
            self.ctx.show_problem(exc)

    # -- edit ------------------------------------------------------------------------------
    def open_edit(self) -> EditLearnerDialog | None:
        member = self._member()
        if member is None:
            return None
        from kiosk.ui.avatars import bundled_avatars

        dialog = EditLearnerDialog(member.learner, bundled_avatars(self.ctx.lang), self.page)
        learner_id = member.id

        def save(name, avatar, age, role) -> None:
            self.ctx.run(lambda backend: backend.learner_admin.update(
                learner_id, display_name=name, avatar=avatar, age_band=age, role=role),
                lambda info: self._done(dialog, self.tr("Saved: {name}.").format(name=info.display_name)),
                lambda exc: self._failed(dialog, exc))

        dialog.submitted.connect(save)
        self.page._open(dialog)
        return dialog

    # -- picture passwords: lift a pause ----------------------------------------------------
    def lift_pause(self) -> None:
        """Wrong picture tries paused the learner (1, 5, 15, 60 minutes): they may try again
        at once, and the next pause starts again from 1 minute."""
        member = self._member()
        if member is None:
            return
        learner_id = member.id
        self.ctx.run(lambda backend: backend.pictures.lift_pause(learner_id),
                     lambda _none: self._done(None, self.tr("Done: {name} can try their pictures again now.").format(
                         name=member.display_name)))

    # -- archive and restore ---------------------------------------------------------------
    def archive_selected(self) -> None:
        member = self._member()
        if member is None:
            return
        learner_id = member.id
        self.ctx.run(lambda backend: backend.learner_admin.archive(learner_id),
                     lambda _none: self._done(None, self.tr(
                         "{name} is archived: hidden from the sign-in screen, progress kept. "
                         "“Archived learners…” brings them back.").format(name=member.display_name)))

    def open_archived(self) -> None:
        self.ctx.run(lambda backend: [m for m in backend.learner_admin.list() if m.archived],
                     self._show_archived)

    def _show_archived(self, learners: list) -> PickLearnerDialog:
        dialog = PickLearnerDialog(
            self.tr("Archived learners"),
            self.tr("They do not appear on the sign-in screen. Their progress is kept. Choose one to bring back."),
            self.tr("Restore"), learners, self.page)
        names = {m.id: m.display_name for m in learners}

        def restore(learner_id: str) -> None:
            self.ctx.run(lambda backend: backend.learner_admin.restore(learner_id),
                         lambda info: self._done(dialog, self.tr("{name} is back on the sign-in screen.").format(
                             name=names.get(learner_id, info.display_name))),
                         lambda exc: self._failed(dialog, exc))

        dialog.chosen.connect(restore)
        self.page._open(dialog)
        return dialog

    # -- merge -----------------------------------------------------------------------------
    def open_merge(self) -> None:
        member = self._member()
        if member is None:
            return
        keep_id = member.id
        self.ctx.run(lambda backend: [m for m in backend.learner_admin.list() if m.id != keep_id],
                     lambda learners: self._show_merge(member, learners))

    def _show_merge(self, member: Any, learners: list) -> PickLearnerDialog:
        dialog = PickLearnerDialog(
            self.tr("Merge with “{name}”").format(name=member.display_name),
            self.tr("Choose the other profile of the same child. Everything it did moves to “{name}”, "
                    "and the other profile is removed.").format(name=member.display_name),
            self.tr("Continue…"), learners, self.page)
        names = {m.id: m.display_name for m in learners}

        def chosen(other_id: str) -> None:
            self.ctx.run(lambda backend: backend.learner_admin.footprint(other_id),
                         lambda moving: self._confirm_merge(member, other_id, names[other_id], moving),
                         lambda exc: self._failed(dialog, exc))

        dialog.chosen.connect(chosen)
        self.page._open(dialog)
        return dialog

    def _confirm_merge(self, member: Any, other_id: str, other_name: str, moving: Any) -> ConfirmDialog:
        dialog = ConfirmDialog(
            self.tr("Merge “{other}” into “{name}”?").format(other=other_name, name=member.display_name),
            self.tr("Everything “{other}” did ({what}) moves to “{name}”, with its classes and workshops. The "
                    "profile “{other}” is removed. This cannot be undone.").format(
                what=self.footprint_text(moving), other=other_name, name=member.display_name),
            self.tr("Merge"), self.page)
        keep_id = member.id
        dialog.confirmed.connect(lambda: self.ctx.run(
            lambda backend: backend.learner_admin.merge(keep_id, other_id),
            lambda _f: self._done(dialog, self.tr("“{other}” was merged into “{name}”.").format(
                other=other_name, name=member.display_name)),
            lambda exc: self._failed(dialog, exc)))
        self.page._open(dialog)
        return dialog

    # -- delete ----------------------------------------------------------------------------
    def open_delete(self) -> None:
        member = self._member()
        if member is None:
            return
        learner_id = member.id
        self.ctx.run(lambda backend: backend.learner_admin.footprint(learner_id),
                     lambda lost: self._confirm_delete(member, lost))

    def _confirm_delete(self, member: Any, lost: Any) -> ConfirmDialog:
        dialog = ConfirmDialog(
            self.tr("Delete “{name}” for good?").format(name=member.display_name),
            self.tr("Everything “{name}” did on this kiosk is lost: {what}. This cannot be undone. To only hide "
                    "them from the sign-in screen, archive them instead.").format(
                name=member.display_name, what=self.footprint_text(lost)),
            self.tr("Delete"), self.page)
        learner_id = member.id
        dialog.confirmed.connect(lambda: self.ctx.run(
            lambda backend: backend.learner_admin.delete(learner_id),
            lambda _f: self._done(dialog, self.tr("“{name}” was deleted.").format(name=member.display_name)),
            lambda exc: self._failed(dialog, exc)))
        self.page._open(dialog)
        return dialog

    def footprint_text(self, footprint: Any) -> str:
        """"3 lesson visits, 12 answers, 1 certificate"."""
        return ", ".join((
            self.tr("%n lesson visit(s)", "", footprint.visits),
            self.tr("%n answer(s)", "", footprint.answers),
            self.tr("%n certificate(s)", "", footprint.certificates),
        ))
