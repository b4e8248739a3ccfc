"""Attendance and reach (coordinators): pick a date range and a class (or the whole site),
see the attendance rows, export them (CSV, Excel or a printable PDF sheet), and see the reach
against the programme's goals, which the coordinator can set here.

The preview is the first rows of the SAME stream the export writes, formatted by the SAME
function (``kiosk.attendance.export.format_row``): what the table shows is what the file holds.

Everything that reads or writes the database runs on the task runner's database lane.  An
export reports its progress through the runner (rows, then for a PDF the layout and its pages)
and "Cancel" cancels the task.  The PDF's month sheets are folded on the database lane, then
drawn page by page on the compute lane (``kiosk.ui.sheet_pdf``): the window stays live however
long the range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import languages
from kiosk.core.clock import to_local, utcnow
from kiosk.core.errors import EnvironmentProblem
from kiosk.ui.errors import user_error_text
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.reach_chart import ChartGroup, ChartScroll, ReachChart
from kiosk.ui.staff.export_job import Export, ExportCancelled, ExportJob
from kiosk.ui.tasks import Progress
from kiosk.ui.widgets.common import button, label, set_prop
from kiosk.ui.widgets.fold import FoldRow

PREVIEW_ROWS = 200
GOAL_MAX = 1_000_000
FORMATS = ("csv", "xlsx", "pdf")
# goal groups as kiosk.attendance.records.GOAL_KEYS; "adults" has no goal of its own
GROUP_KEYS = ("children", "teens", "adults", "parents", "teachers")
SETTABLE = ("children", "teens", "parents", "teachers")


@dataclass(frozen=True)
class Preview:
    count: int
    rows: list[list[str]]
    headers: tuple[str, ...]
    reach: object  # kiosk.attendance.records.ReachReport


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportsPage(QWidget):
    preview_shown = Signal()
    exported = Signal(object)  # the written Path
    goals_saved = Signal()

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportsPage")
        self.ctx = ctx
        self.preview: Preview | None = None
        self.job: ExportJob | None = None
        self._classes: list = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh_now)

        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(8)

        today = to_local(utcnow()).date()
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(label(self.tr("From"), "fieldLabel", wrap=False))
        self.date_from = self._date_edit(today.replace(day=1), self.tr("First day"))
        filters.addWidget(self.date_from)
        filters.addWidget(label(self.tr("to"), "fieldLabel", wrap=False))
        self.date_to = self._date_edit(today, self.tr("Last day"))
        filters.addWidget(self.date_to)
        self.class_box = QComboBox()
        self.class_box.setAccessibleName(self.tr("Class"))
        self.class_box.addItem(self.tr("Whole site"), None)
        self.class_box.currentIndexChanged.connect(lambda _i: self.schedule_refresh())
        filters.addWidget(self.class_box, 1)
        col.addLayout(filters)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportTabs")
        col.addWidget(self.tabs, 1)

        table_page = QWidget()
        table_col = QVBoxLayout(table_page)
        table_col.setContentsMargins(8, 8, 8, 8)
        table_col.setSpacing(6)
        actions = FoldRow(spacing=8)  # the two choices whole: side by side, or stacked at 1024x600
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.addItem(self.tr("CSV (spreadsheet text)"), "csv")
        self.format_box.addItem(self.tr("Excel (XLSX)"), "xlsx")
        self.format_box.addItem(self.tr("PDF monthly sheet to print"), "pdf")
        self.format_box.currentIndexChanged.connect(self._format_changed)
        actions.add(self.format_box, 1)
        self.sep_box = QComboBox()
        self.sep_box.setAccessibleName(self.tr("CSV separator"))
        self.sep_box.addItem(self.tr("Separator ; (Excel in Spanish)"), ";")
        self.sep_box.addItem(self.tr("Separator ,"), ",")
        actions.add(self.sep_box, 1)
        for box in (self.format_box, self.sep_box):  # never cut: the row stacks them instead
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.class_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.class_box.setMinimumContentsLength(12)
        table_col.addWidget(actions)

        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        progress.addWidget(self.progress, 1)
        self.progress_label = label("", "exportProgress", wrap=False)
        progress.addWidget(self.progress_label)
        self.cancel_button = button(self.tr("Cancel"), "quiet")
        self.cancel_button.clicked.connect(self.cancel)
        progress.addWidget(self.cancel_button)
        self.progress_row = QWidget()
        self.progress_row.setLayout(progress)
        self.progress_row.hide()
        table_col.addWidget(self.progress_row)
        self.message = label("", "pageMessage")
        self.message.hide()
        table_col.addWidget(self.message)

        self.count_label = label("", "hint")
        count_row = QHBoxLayout()
        count_row.setSpacing(8)
        count_row.addWidget(self.count_label, 1)
        self.export_button = button(self.tr("Export…"), "primary")
        self.export_button.clicked.connect(self.choose_file)
        count_row.addWidget(self.export_button)
        table_col.addLayout(count_row)
        self.table = QTableWidget()
        self.table.setObjectName("attendancePreview")
        self.table.setAccessibleName(self.tr("Attendance rows"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        table_col.addWidget(self.table, 1)
        self.tabs.addTab(table_page, self.tr("Attendance"))

        reach_page = QWidget()
        reach_col = QVBoxLayout(reach_page)
        reach_col.setContentsMargins(8, 4, 8, 4)  # tight: the page keeps 1366x768's height
        reach_col.setSpacing(4)
        self.chart = ReachChart()
        self.chart_scroll = ChartScroll(self.chart)
        reach_col.addWidget(self.chart_scroll)
        goals = QFrame()
        goals.setObjectName("goalsPanel")
        grid = QGridLayout(goals)
        grid.setContentsMargins(10, 4, 10, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        title = label(self.tr("Goals"), "fieldLabel")
        grid.addWidget(title, 0, 0, 1, 6)  # above the fields: the panel fits 1024x600
        self.goal_fields: dict[str, QLineEdit] = {}
        for i, key in enumerate(SETTABLE):
            field = QLineEdit()
            field.setValidator(QIntValidator(0, GOAL_MAX, field))
            field.setAccessibleName(self.tr("Goal: {group}").format(group=self.group_name(key)))
            field.setMaximumWidth(90)
            self.goal_fields[key] = field
            row, column = 1 + i // 2, 2 * (i % 2)
            grid.addWidget(label(self.short_group_name(key), None), row, column)  # wraps: fits 1024x600
            grid.addWidget(field, row, column + 1)
        grid.setColumnStretch(4, 1)
        self.goals_button = button(self.tr("Save goals"))
        self.goals_button.clicked.connect(self.save_goals)
        grid.addWidget(self.goals_button, 1, 5, 2, 1)
        # "Saved" beside the fields, not under them: the page keeps its height (no scrolling)
        self.goals_message = label("", "pageMessage")
        self.goals_message.hide()
        grid.addWidget(self.goals_message, 1, 4, 2, 1)
        reach_col.addWidget(goals)
        reach_col.addStretch(1)
        self.tabs.addTab(reach_page, self.tr("Reach and goals"))
        # a hidden tab page does not widen the page (only the one shown counts)
        self.tabs.currentChanged.connect(self._size_tabs)
        self._size_tabs()

        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.schedule_refresh())
        self._format_changed()

    def _size_tabs(self, _index: int = 0) -> None:
        """The hidden tab pages ignore their size; the shown one sets the tab widget's."""
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == self.tabs.currentIndex() else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Every time the page comes into view: classes and rows as they are now."""
        super().showEvent(event)
        self.ctx.run(lambda backend: backend.attendance.list_classes(), self._classes_loaded)
        self.refresh_now()

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    def group_name(self, key: str) -> str:
        return {
            "children": self.tr("Children 8 to 11"),
            "teens": self.tr("Teens 12 to 17"),
            "adults": self.tr("Adult learners"),
            "parents": self.tr("Parents or caregivers"),
            "teachers": self.tr("Teachers"),
        }[key]

    def short_group_name(self, key: str) -> str:
        return {
            "children": self.tr("Children"),
            "teens": self.tr("Teens"),
            "parents": self.tr("Parents"),
            "teachers": self.tr("Teachers"),
        }[key]

    # -- filters -----------------------------------------------------------------------------
    def span(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def class_id(self) -> str | None:
        return self.class_box.currentData()

    def export_format(self) -> str:
        return self.format_box.currentData()

    def separator(self) -> str:
        return self.sep_box.currentData()

    def _format_changed(self, _index: int = 0) -> None:
        self.sep_box.setEnabled(self.export_format() == "csv")

    def _classes_loaded(self, classes) -> None:
        self._classes = classes
        current = self.class_id()
        self.class_box.blockSignals(True)
        while self.class_box.count() > 1:
            self.class_box.removeItem(1)
        for cls in classes:
            self.class_box.addItem(cls.name, cls.id)
        index = self.class_box.findData(current) if current else 0
        self.class_box.setCurrentIndex(max(0, index))
        self.class_box.blockSignals(False)

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh_now(self) -> None:
        """Read the preview rows, their count and the reach for the chosen range."""
        self._refresh_timer.stop()
        date_from, date_to = self.span()
        if date_from > date_to:
            self._say(self.tr("The first day is after the last day."), "try")
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(self.job is None)
        if self.message.property("state") == "try":
            self.message.hide()
        class_id, lang = self.class_id(), self.ctx.lang

        def work(backend):
            from kiosk.attendance.export import format_row, headers

            service = backend.attendance
            stream = service.rows(date_from, date_to, class_id)
            try:
                rows = [format_row(r, lang) for r in islice(stream, PREVIEW_ROWS)]
            finally:
                stream.close()
            return Preview(service.count_rows(date_from, date_to, class_id), rows, headers(lang),
                           service.reach(date_from, date_to))

        self.ctx.run(work, self._show_preview)

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.table.clear()
        self.table.setColumnCount(len(preview.headers))
        self.table.setHorizontalHeaderLabels(list(preview.headers))
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if preview.count == 0:
            self.count_label.setText(self.tr("No attendance in these days."))
        elif preview.count > len(preview.rows):
            self.count_label.setText(self.tr("Showing the first {shown} of %n row(s); the file has all of them.", "",
                                             preview.count).format(shown=len(preview.rows)))
        else:
            self.count_label.setText(self.tr("%n row(s), the same as in the file.", "", preview.count))
        self._show_reach(preview.reach)
        self.preview_shown.emit()

    def preview_rows(self) -> list[list[str]]:
        """The table's cells as text, row by row (what the coordinator sees)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    # -- reach -------------------------------------------------------------------------------
    def _show_reach(self, report) -> None:
        learners, anonymous = report.learners_by_goal(), report.anonymous_by_goal()
        per_month = [m.learners_by_goal() for m in report.months]
        groups = [
            ChartGroup(self.group_name(key), learners[key], anonymous[key], report.goals.get(key, 0),
                       [m[key] for m in per_month])
            for key in GROUP_KEYS
        ]
        locale = QLocale(languages.get(self.ctx.lang).locale)
        names = [f"{locale.monthName(m.month, locale.FormatType.ShortFormat)} {m.year % 100:02d}"
                 for m in report.months]
        caption = self.tr("Whole site, {start} – {end}").format(
            start=report.date_from.strftime("%d/%m/%Y"), end=report.date_to.strftime("%d/%m/%Y"))
        self.chart.set_data(groups, names, caption)
        self.chart_scroll.updateGeometry()
        for key, field in self.goal_fields.items():
            if not field.hasFocus():
                field.setText(str(report.goals.get(key, 0)))

    def save_goals(self) -> None:
        goals = {}
        for key, field in self.goal_fields.items():
            text = field.text().strip()
            if not text.isdigit() or int(text) > GOAL_MAX:
                self._say(self.tr("Each goal is a whole number, from 0 to a million."), "try", self.goals_message)
                field.setFocus()
                return
            goals[key] = int(text)

        def done(_goals) -> None:
            self._say(self.tr("Goals saved."), "ok", self.goals_message)
            self.goals_saved.emit()
            self.refresh_now()

        def failed(exc: BaseException) -> None:
            text = user_error_text(exc)
            if text is not None:
                self._say(text, "try", self.goals_message)
            else:
                self.ctx.show_problem(exc)

        self.ctx.run(lambda backend: backend.attendance.set_goals(goals), done, failed)

    # -- export ------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        date_from, date_to = self.span()
        stem = self.tr("attendance")
        return f"{stem}-{date_from.isoformat()}-{date_to.isoformat()}.{self.export_format()}"

    def choose_file(self) -> None:
        fmt = self.export_format()
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel files (*.xlsx)"),
            "pdf": self.tr("PDF files (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the attendance as"),
                                              str(documents_dir() / self.suggested_name()), filters[fmt])
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the export for the chosen filters to ``path`` (the dialog's answer; tests call
        this directly)."""
        if self.job is not None:
            return
        date_from, date_to = self.span()
        if date_from > date_to:
            self._say(self.tr("The first day is after the last day."), "try")
            return
        class_id, fmt, sep, lang = self.class_id(), self.export_format(), self.separator(), self.ctx.lang
        class_name = self.class_box.currentText() if class_id else None
        self.job = ExportJob(Export(date_from, date_to, class_id, class_name, fmt, sep, lang, path))
        self.export_button.setEnabled(False)
        self.message.hide()
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Preparing…"))
        self.progress_row.show()

        def done(result) -> None:
            if fmt == "pdf":
                pages = result
                text = (self.tr("Saved: 1 page in {file}").format(file=path.name) if pages == 1 else
                        self.tr("Saved: {count} pages in {file}").format(count=pages, file=path.name))
            else:
                text = (self.tr("Saved: 1 row in {file}").format(file=path.name) if result == 1 else
                        self.tr("Saved: {count} rows in {file}").format(count=result, file=path.name))
            self._finish()
            self._say(text, "ok")
            self.exported.emit(path)

        def failed(exc: BaseException) -> None:
            self._finish()
            if isinstance(exc, ExportCancelled):
                self._say(self.tr("Export cancelled: no file was written."), "try")
            elif isinstance(exc, (OSError, EnvironmentProblem)):
                self._say(self.tr("The file could not be saved there. Try another folder or a USB stick."), "try")
            else:
                self.ctx.show_problem(exc)

        self.job.start(self.ctx.tasks, self.ctx.db, done, failed, self._show_progress)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _show_progress(self, progress: Progress) -> None:
        if self.job is None:
            return
        done, total = int(progress.done), int(progress.total or 0)
        if progress.stage == "rows" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress_label.setText(self.tr("{done} of %n row(s)", "", total).format(done=done))
        elif progress.stage == "pages" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress_label.setText(self.tr("Page {done} of {total}").format(done=done, total=total))
        elif progress.stage == "layout":
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Laying out the pages…"))

    def _finish(self) -> None:
        self.job = None
        self.progress_row.hide()
        self.export_button.setEnabled(True)

    def _say(self, text: str, state: str, where: QWidget | None = None) -> None:
        target = where or self.message
        target.setText(text)
        set_prop(target, "state", state)
        target.show()
