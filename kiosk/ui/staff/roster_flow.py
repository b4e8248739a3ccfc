"""Import a list of learners (CSV) from the classes page: read and check it on the worker,
show the preview, import all rows or only the valid ones (``backend.roster``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from kiosk.ui.staff.roster_dialog import ImportDialog
from kiosk.ui.staff.staff_dialogs import documents_dir

if TYPE_CHECKING:
    from kiosk.ui.staff.classes import ClassesPage


class RosterImportFlow(QObject):
    def __init__(self, page: ClassesPage) -> None:
        super().__init__(page)
        self.page = page
        self._import_data: bytes | None = None

    def open_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.page, self.tr("Choose a list of learners (CSV)"), documents_dir(),
            self.tr("Lists (*.csv *.txt);;All files (*)"))
        if path:
            self.preview_file(Path(path))

    def preview_file(self, path: Path) -> None:
        """Read and check a roster on the worker, then show the preview."""
        default_class = self.page.current.name if self.page.current is not None and not self.page.current.archived else None

        def work(backend):  # a file too big is refused from its size, unread (data None)
            return backend.roster.preview_file(path, default_class=default_class)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                self.page.say(self.tr("That file could not be read. Is it still there?"), ok=False)
            else:
                self.page.ctx.show_problem(exc)

        self.page.ctx.run(work, lambda result: self._show_preview(path.name, default_class, *result), failed)

    def _show_preview(self, file_name: str, default_class: str | None, data: bytes | None, preview) -> ImportDialog:
        self._import_data = data
        dialog = self.page.dialog if isinstance(self.page.dialog, ImportDialog) else None
        if dialog is None:
            dialog = ImportDialog(file_name, default_class, self.page)
            dialog.import_all.connect(lambda: self._import(dialog, default_class, only_valid=False))
            dialog.import_valid.connect(lambda: self._import(dialog, default_class, only_valid=True))
            dialog.choose_other.connect(self._choose_other)
            dialog.finished.connect(lambda _r: setattr(self, "_import_data", None))
            self.page._open(dialog)
        dialog.show_preview(preview)
        return dialog

    def _choose_other(self) -> None:
        if self.page.dialog is not None:
            self.page.dialog.reject()
        self.open_import()

    def _import(self, dialog: ImportDialog, default_class: str | None, *, only_valid: bool) -> None:
        from kiosk.people.roster_import import RosterRefused

        data = self._import_data
        if data is None:
            return

        def done(result) -> None:
            dialog.accept()
            text = self.tr("%n learner(s) imported.", "", result.added)
            if result.skipped:
                text += " " + self.tr("%n row(s) with problems were left out.", "", result.skipped)
            self.page.say(text)
            names = {r.class_name for r in result.preview.good_rows if r.class_name}
            self.page.refresh(select_name=names.pop() if len(names) == 1 else None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, RosterRefused):
                dialog.show_preview(exc.preview)  # something changed since the preview
                dialog.show_error(self.tr("The learners on this kiosk changed since the preview. Check it again."))
            else:
                dialog.reject()
                self.page.ctx.show_problem(exc)

        self.page.ctx.run(lambda backend: backend.roster.run_import(data, default_class=default_class, only_valid=only_valid),
                     done, failed)
