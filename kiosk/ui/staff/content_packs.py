"""Lesson packs (coordinators only): import new lessons from a USB stick, roll a module back.

"Import a pack (zip)…" or "Import a pack folder…" opens a file dialog; the pack is read and its
signature and files verified on the task runner's I/O lane (``kiosk.content.packs_install.
preview_pack``), then a dialog shows what will be installed (each module's version now and
after, and whether quiz scores start again); "Install" runs the install on the database lane
(``kiosk.learning.content_updates.install``: the lesson checks, the atomic switch, the quiz
score reset in one transaction). A refused pack shows the reason as plain text and installs
nothing. The table lists the installed modules; "Restore the previous version" rolls the
selected one back. After a change the kiosk's catalog is loaded again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.staff_dialogs import ConfirmDialog, StaffDialog, documents_dir
from kiosk.ui.widgets.common import button, label, set_prop
from kiosk.ui.widgets.fold import FoldRow

COLUMNS = 5


def _major(version: str) -> int:
    return int(version.split(".")[0])


class PackPreviewDialog(StaffDialog):
    """What a verified pack will change; emits ``confirmed`` on "Install"."""

    confirmed = Signal()

    def __init__(self, preview: Any, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What will be installed"), parent)
        self.setMinimumWidth(640)
        manifest = preview.manifest
        self.body.addWidget(label(self.tr(
            "Pack «{pack}» {version}, signed by «{publisher}» (a trusted publisher).").format(
            pack=manifest.pack_id, version=manifest.version, publisher=manifest.publisher)))
        self.lines = []
        for module_id, old, new in preview.changes:
            title = titles.get(module_id, module_id)
            if old is None:
                text = self.tr("• {module}: new module, version {new}").format(module=title, new=new)
            else:
                text = self.tr("• {module}: {old} → {new}").format(module=title, old=old, new=new)
                if _major(new) != _major(old):
                    text += "\n   " + self.tr("A new major version: the quiz scores of this module start again; "
                                               "completed lessons stay completed.")
            line = label(text)
            self.lines.append(line)
            self.body.addWidget(line)
        self.body.addWidget(label(self.tr("Learners' progress is kept. The version installed now can be "
                                          "restored later."), "hint"))
        self.ok_button = self.add_button(button(self.tr("Install"), "primary"))
        self.ok_button.clicked.connect(self._ok)

    def _ok(self) -> None:
        self.ok_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.confirmed.emit()


class ContentPacksPage(QWidget):
    """The coordinator's lesson packs: import, see what is installed, roll back."""

    refreshed = Signal()  # the table shows the installed state (tests wait on it)
    finished = Signal(bool)  # an import or a rollback ended: True done, False refused or failed

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: StaffDialog | None = None
        self.rows: list[tuple[str, dict[str, Any]]] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 12, 24, 12)
        col.setSpacing(8)
        col.addWidget(label(self.tr("Lesson packs"), "subtitle", wrap=False))
        col.addWidget(label(self.tr("New lessons from a USB stick. Only packs signed by a publisher "
                                    "this kiosk trusts are installed."), "hint"))
        actions = FoldRow(12)  # one above the other on a narrow screen (1024x600)
        self.zip_button = button(self.tr("Import a pack (zip)…"), "primary")
        self.zip_button.clicked.connect(self.choose_zip)
        self.folder_button = button(self.tr("Import a folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        for widget in (self.zip_button, self.folder_button):
            actions.add(widget, 0, Qt.AlignmentFlag.AlignLeft)
        actions.add_stretch()
        col.addWidget(actions)

        self.message = label("", "pageMessage")
        self.message.hide()
        col.addWidget(self.message)
        self.detail = label("", "hint")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        col.addWidget(self.detail)

        self.table_title = label(self.tr("Installed modules"), "fieldLabel", wrap=False)
        col.addWidget(self.table_title)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("memberTable")
        self.table.setHorizontalHeaderLabels([self.tr("Module"), self.tr("Version"), self.tr("Pack"),
                                              self.tr("Installed"), self.tr("Previous version")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # long titles elide
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # 1024 wide: scrolls inside
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Installed modules"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        col.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addStretch(1)
        self.rollback_button = button(self.tr("Restore the previous version"))
        self.rollback_button.clicked.connect(self.ask_rollback)
        self.rollback_button.setEnabled(False)
        below.addWidget(self.rollback_button)
        col.addLayout(below)
        self.empty = label(self.tr("No lesson pack is installed: the kiosk shows its own lessons."), "hint")
        self.empty.hide()
        col.addWidget(self.empty)
        self.filler = QWidget()  # keeps the page at the top while the table is hidden
        col.addWidget(self.filler, 1)
        self.refresh()

    # -- the installed state ------------------------------------------------------------------
    def _home(self) -> Path:
        return Path(self.ctx.db.store.home)

    def _titles(self) -> dict[str, str]:
        catalog = self.ctx.catalog()
        if catalog is None:
            return {}
        return {m.id: f"{m.title(self.ctx.lang)} ({m.id})" for m in catalog.modules()}

    def refresh(self) -> None:
        from kiosk.content.packs_install import load_state

        home = self._home()
        self.ctx.tasks.run(lambda: load_state(home), self._show, self.ctx.show_problem, lane="io")

    def _show(self, state: dict[str, Any]) -> None:
        titles = self._titles()
        self.rows = sorted((m, e) for m, e in state["modules"].items() if e.get("path") or e.get("previous"))
        self.table.setRowCount(len(self.rows))
        for row, (module_id, entry) in enumerate(self.rows):
            previous = (entry.get("previous") or {}).get("version") or "—"
            pack = entry.get("pack") or self.tr("the kiosk's own")
            for column, text in enumerate((titles.get(module_id, module_id), entry["version"], pack,
                                           (entry.get("installed_at") or "")[:10], previous)):
                self.table.setItem(row, column, QTableWidgetItem(text))  # plain text, never markup
        self.empty.setVisible(not self.rows)
        for widget in (self.table, self.table_title, self.rollback_button):
            widget.setVisible(bool(self.rows))
        self.filler.setVisible(not self.rows)
        self._selection_changed()
        self.refreshed.emit()

    def _selected(self) -> tuple[str, dict[str, Any]] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.rollback_button.setEnabled(bool(chosen and chosen[1].get("previous")))

    # -- import ---------------------------------------------------------------------------------
    def choose_zip(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a lesson pack"), documents_dir(),
                                                    self.tr("Lesson packs (*.zip);;All files (*)"))
        if path:
            self.preview(Path(path))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the pack's folder on the USB stick"),
                                                  documents_dir())
        if folder:
            self.preview(Path(folder))

    def preview(self, source: Path) -> None:
        """Verify ``source`` on the I/O lane, then show what it will change (tests call this)."""
        from kiosk.content.packs_install import preview_pack

        home = self._home()
        self._working(True)
        self._say(self.tr("Checking the pack «{name}»…").format(name=source.name), True)
        self.ctx.tasks.run(lambda: preview_pack(source, home), lambda result: self._show_preview(source, result),
                           self._failed, lane="io")

    def _show_preview(self, source: Path, preview: Any) -> None:
        self._working(False)
        self.message.hide()
        dialog = PackPreviewDialog(preview, self._titles(), self)
        dialog.confirmed.connect(lambda: self.install(source))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def install(self, source: Path) -> None:
        from kiosk.commands.turtle_lessons import challenge_problems
        from kiosk.learning import content_updates

        self._working(True)

        def work(backend):
            return content_updates.install(backend.db, backend.home, source, checks=(challenge_problems,))

        def done(outcome) -> None:
            result, _reset = outcome
            self._close_dialog()
            self._working(False)
            self._say(self.tr("Installed: pack «{pack}» {version}. Learners see the new lessons now.").format(
                pack=result.manifest.pack_id, version=result.manifest.version), True)
            self._changed()

        self.ctx.run(work, done, self._failed)

    # -- rollback -------------------------------------------------------------------------------
    def ask_rollback(self) -> None:
        chosen = self._selected()
        if not chosen or not chosen[1].get("previous"):
            return
        module_id, entry = chosen
        title = self._titles().get(module_id, module_id)
        dialog = ConfirmDialog(
            self.tr("Restore the previous version"),
            self.tr("«{module}» goes back from version {new} to {old}. Learners' completed lessons stay.").format(
                module=title, new=entry["version"], old=entry["previous"]["version"]),
            self.tr("Restore"), self)
        dialog.confirmed.connect(lambda: self.rollback(module_id))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def rollback(self, module_id: str) -> None:
        from kiosk.learning import content_updates

        self._working(True)

        def done(versions) -> None:
            self._close_dialog()
            self._working(False)
            self._say(self.tr("Restored version {old} (it was {new}).").format(old=versions[1], new=versions[0]),
                      True)
            self._changed()

        self.ctx.run(lambda backend: content_updates.rollback(backend.db, backend.home, module_id), done,
                     self._failed)

    # -- shared ---------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.ctx.reload_catalog is not None:
            self.ctx.reload_catalog()
        self.refresh()
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        from kiosk.content.packs import PackRefused

        self._close_dialog()
        self._working(False)
        if isinstance(exc, PackRefused):
            self._say(self.tr("Not installed: {reason}").format(reason=exc.message), False)
            if exc.detail and exc.detail not in exc.message:
                self.detail.setText(exc.detail)  # plain text: a file name or the lessons' problems
                self.detail.show()
        elif isinstance(exc, OSError):
            self._say(self.tr("That file or folder could not be read. Is the USB stick still there?"), False)
        else:
            self.ctx.show_problem(exc)
        self.finished.emit(False)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None

    def _say(self, text: str, ok: bool) -> None:
        self.detail.hide()
        self.message.setText(text)
        set_prop(self.message, "state", "ok" if ok else "try")
        self.message.show()

    def _working(self, on: bool) -> None:
        for widget in (self.zip_button, self.folder_button):
            widget.setEnabled(not on)
        if on:
            self.rollback_button.setEnabled(False)
        else:
            self._selection_changed()
