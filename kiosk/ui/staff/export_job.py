"""One attendance export, off the UI thread: the rows are read and written (CSV, XLSX) or
folded into the month sheets on the task runner's database lane; the PDF is then drawn on the
compute lane (``kiosk.ui.sheet_pdf.write_sheet_pdf``: QPainter, ~0.1 s for a month of 300
learners; no HTML, no child process).  No widget here.

    job = ExportJob(Export(date_from, date_to, class_id, class_name, "pdf", ";", "es", path))
    job.start(tasks, db, on_done, on_error, on_progress)   # on_done(rows written or pages)
    job.cancel()                                           # on_error(Cancelled); no file left

Progress: ``Progress(rows so far, rows in all, "rows")``; for a PDF then ``(0, None,
"layout")`` and ``(page, pages, "pages")``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.ui.tasks import Cancelled, Task, TaskRunner, Then

ExportCancelled = Cancelled  # the coordinator pressed "Cancel" during an export


@dataclass(frozen=True)
class Export:
    date_from: date
    date_to: date
    class_id: str | None
    class_name: str | None
    fmt: str  # csv | xlsx | pdf
    sep: str
    lang: str
    path: Path


class ExportJob:
    """One export in flight: the worker counts rows through ``step`` (which reports them to
    the runner and raises ``Cancelled`` once "Cancel" was pressed)."""

    def __init__(self, export: Export) -> None:
        self.export = export
        self.total = 0
        self.done = 0
        self.task: Task | None = None
        self.report: Any = None  # the task's progress callable, set when the work starts

    def start(self, tasks: TaskRunner, db: Any, on_done, on_error, on_progress) -> Task:
        """``db.store`` is read on the database lane."""
        self.task = tasks.db.run(lambda progress: self._write(db.store, progress), on_done,
                                 on_error, on_progress=on_progress)
        return self.task

    def step(self, done: int) -> None:
        self.done = done
        self.report(done, self.total, "rows")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _write(self, backend: Any, progress: Any) -> Any:  # the database lane
        from kiosk.attendance import export as files

        self.report = progress
        e = self.export
        service = backend.attendance
        self.total = service.count_rows(e.date_from, e.date_to, e.class_id)
        stream = service.rows(e.date_from, e.date_to, e.class_id)
        try:
            if e.fmt in ("csv", "xlsx"):
                from kiosk.core.support_log import support_event

                if e.fmt == "csv":
                    written = files.write_csv(stream, e.path, sep=e.sep, lang=e.lang, progress=self.step)
                else:
                    written = files.write_xlsx(stream, e.path, lang=e.lang, progress=self.step)
                support_event("export", kind="attendance", format=e.fmt, rows=written,
                              whole_site=e.class_id is None, via="staff-page")
                return written
            from kiosk.attendance.sheet_html import build_sheets

            site = service.site_name()
            sheets = build_sheets(files.counted(stream, self.step), e.date_from, e.date_to)
        finally:
            stream.close()
        title = files.sheet_title(e.lang, site)
        return Then("compute", lambda progress: self._lay_out(sheets, site, title, progress))

    def _lay_out(self, sheets: list, site: str, title: str, progress: Any) -> int:  # the compute lane
        from kiosk.ui.sheet_pdf import write_sheet_pdf

        from kiosk.core.support_log import support_event

        e = self.export
        pages = write_sheet_pdf(sheets, e.path, title, site_name=site, class_name=e.class_name, lang=e.lang,
                                progress=progress)
        support_event("export", kind="attendance", format="pdf", pages=pages,
                      whole_site=self.export.class_id is None, via="staff-page")
        return pages
