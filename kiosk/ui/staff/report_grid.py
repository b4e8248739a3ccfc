"""The class grid (learners x lessons) of the staff reports.

A cell whose learner is stuck on a coding challenge of that lesson (``Cell.stuck``: 3 runs or
more, none passed) says so in words and in the theme's "try" colours; clicking it, double-clicking
it or pressing Enter on it opens their last program, read-only (``program_dialog.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.learning.reports import (
    ClassGrid,
    Status,
    Stuck,
)
from kiosk.ui import theme
from kiosk.ui.staff.report_common import ID_ROLE, STATUS_ROLE, SYMBOL, percent
from kiosk.ui.widgets.common import avatar_icon, label, plain_tooltip

STUCK_SYMBOL = "⚑"
STUCK_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's ``Stuck`` or None


class GridModel(QAbstractTableModel):
    """Column 0: the learner (avatar + name); then one column per lesson; last: lessons done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: ClassGrid | None = None
        self.titles: list[str] = []
        self.full_titles: list[str] = []
        self.texts: Any = None  # report_common.Texts: the challenges' prompts
        self._bold = QFont()
        self._bold.setBold(True)

    def set_grid(self, grid: ClassGrid | None, titles: list[str], full_titles: list[str],
                 texts: Any = None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.titles = titles
        self.full_titles = full_titles
        self.texts = texts
        self.endResetModel()

    def stuck_at(self, index: QModelIndex | QPersistentModelIndex) -> Stuck | None:
        """The challenge the learner of ``index``'s row is stuck on in its lesson, if any."""
        if self.grid is None or not index.isValid() or not 0 < index.column() <= self.lessons:
            return None
        return self.grid.rows[index.row()].cells[index.column() - 1].stuck

    def prompt(self, question_id: str) -> str:
        return self.texts.prompt(question_id) if self.texts is not None else question_id.partition("#")[2]

    @property
    def lessons(self) -> int:
        return len(self.grid.lesson_ids) if self.grid is not None else 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.grid is None else self.lessons + 2

    def status_text(self, status: Status) -> str:
        return {
            Status.DONE: self.tr("done"),
            Status.IN_PROGRESS: self.tr("in progress"),
            Status.NOT_STARTED: self.tr("not started"),
        }[status]

    def cell_text(self, row: int, column: int) -> str:
        cell = self.grid.rows[row].cells[column - 1]
        if cell.stuck is not None:
            return self.tr("{symbol} stuck").format(symbol=STUCK_SYMBOL)
        if cell.status is Status.DONE and cell.best_score is not None:
            return self.tr("{symbol} {score} %").format(symbol=SYMBOL[cell.status], score=percent(cell.best_score))
        return SYMBOL[cell.status]

    def cell_description(self, row: int, column: int) -> str:
        learner = self.grid.rows[row]
        cell = learner.cells[column - 1]
        lesson = self.full_titles[column - 1]
        if cell.status is Status.DONE and cell.best_score is None:  # a sensitive lesson
            return self.tr("{name} — “{lesson}”: done (a sensitive lesson: its score is not shown)").format(
                name=learner.display_name, lesson=lesson)
        if cell.status is Status.DONE:
            return self.tr("{name} — “{lesson}”: done, best score {score} %").format(
                name=learner.display_name, lesson=lesson, score=percent(cell.best_score))
        if cell.status is Status.IN_PROGRESS:
            return self.tr("{name} — “{lesson}”: in progress, {percent} % seen").format(
                name=learner.display_name, lesson=lesson, percent=percent(cell.progress))
        return self.tr("{name} — “{lesson}”: not started").format(name=learner.display_name, lesson=lesson)

    def stuck_description(self, row: int, column: int) -> str:
        """The status of the cell, then the challenge the learner is stuck on (plain text)."""
        text = self.cell_description(row, column)
        stuck = self.grid.rows[row].cells[column - 1].stuck
        if stuck is None:
            return text
        return "\n".join((
            text,
            self.tr("Stuck on “{challenge}” ({runs} tries)").format(
                challenge=self.prompt(stuck.question_id), runs=stuck.runs),
            self.tr("Click or press Enter to see their last program."),
        ))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        learner = self.grid.rows[row]
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return learner.display_name
            if role == Qt.ItemDataRole.DecorationRole:
                return avatar_icon(learner.avatar)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(self.tr("{name}: open their page").format(name=learner.display_name))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{name}: open their page").format(name=learner.display_name)
            if role == ID_ROLE:
                return learner.learner_id
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if column == self.lessons + 1:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("{done} of {total}").format(done=learner.done, total=self.lessons)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        cell = learner.cells[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.stuck_description(row, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.stuck_description(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(theme.TRY_BG if cell.stuck else theme.GRID_STATUS_COLORS[cell.status.value][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(theme.TRY_INK if cell.stuck else theme.GRID_STATUS_COLORS[cell.status.value][1]))
        if role == Qt.ItemDataRole.FontRole and (cell.status is Status.DONE or cell.stuck):
            return self._bold
        if role == STUCK_ROLE:
            return cell.stuck
        if role == STATUS_ROLE:
            return cell.status
        if role == ID_ROLE:
            return self.grid.lesson_ids[column - 1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        if section == 0:
            texts = (self.tr("Learner"), self.tr("Learner"))
        elif section == self.lessons + 1:
            texts = (self.tr("Lessons done"), self.tr("Lessons done"))
        else:
            texts = (self.titles[section - 1], self.full_titles[section - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(texts[1])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return texts[1]
        if role == ID_ROLE and 0 < section <= self.lessons:
            return self.grid.lesson_ids[section - 1]
        return None


class GridTable(QTableView):
    """The grid: Enter or Space on a cell does what a click does."""

    chosen = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class GridView(QWidget):
    learner_chosen = Signal(str, object)  # learner id, lesson id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program_dialog: Any = None  # the last program shown (a ProgramDialog)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.model = GridModel(self)
        self.table = GridTable()
        self.table.setObjectName("reportGrid")
        self.table.setModel(self.model)
        self.table.setIconSize(QSize(theme.GRID_AVATAR_PX, theme.GRID_AVATAR_PX))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(theme.GRID_AVATAR_PX + 12)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setCornerButtonEnabled(False)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setHighlightSections(False)
        self.table.clicked.connect(self._chosen)
        self.table.chosen.connect(self._chosen)
        self.table.doubleClicked.connect(self._chosen)
        col.addWidget(self.table, 1)
        legend = QHBoxLayout()
        legend.setSpacing(18)
        self.legend: list[QLabel] = []
        for status, text in (
            (Status.DONE, self.tr("✓ done (best score)")),
            (Status.IN_PROGRESS, self.tr("◐ in progress")),
            (Status.NOT_STARTED, self.tr("– not started")),
        ):
            chip = label(text, "gridLegend", wrap=False)
            chip.setProperty("status", status.value)
            self.legend.append(chip)
            legend.addWidget(chip)
        self.stuck_legend = label(self.tr("{symbol} stuck").format(symbol=STUCK_SYMBOL),  # as in the cells
                                  "gridLegend", wrap=False)
        self.stuck_legend.setStyleSheet(f"QLabel#gridLegend {{ background: {theme.TRY_BG}; color: {theme.TRY_INK}; }}")
        legend.addWidget(self.stuck_legend)
        hint = label(self.tr("Click a name to see the learner, or a cell to see the answers."), "hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        legend.addWidget(hint, 1)
        col.addLayout(legend)

    def show_grid(self, grid: ClassGrid, titles: list[str], full_titles: list[str], texts: Any = None) -> None:
        """``texts`` (``report_common.Texts``) gives the challenges' prompts and activities."""
        self.model.set_grid(grid, titles, full_titles, texts)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, theme.GRID_NAME_PX)
        last = self.model.lessons + 1
        for column in range(1, last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(last, theme.GRID_DONE_PX)
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.ensurePolished()  # the stylesheet's header font decides the height of 3 lines
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * 3 + 20)
        lessons = self.model.lessons
        if not lessons:
            return
        room = self.table.viewport().width() - theme.GRID_NAME_PX - theme.GRID_DONE_PX - 4
        width = max(theme.GRID_LESSON_MIN_PX, room // lessons)
        for column in range(1, lessons + 1):
            header.resizeSection(column, width)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fit_columns()

    def _chosen(self, index: QModelIndex) -> None:
        if not index.isValid() or self.model.grid is None:
            return
        if self.model.stuck_at(index) is not None:
            self.open_program(index)
            return
        learner_id = self.model.grid.rows[index.row()].learner_id
        lesson_id = None
        if 0 < index.column() <= self.model.lessons:
            lesson_id = self.model.grid.lesson_ids[index.column() - 1]
        self.learner_chosen.emit(learner_id, lesson_id)

    def _showing_program(self) -> bool:
        try:
            return self.program_dialog is not None and self.program_dialog.isVisible()
        except RuntimeError:  # closed: Qt deleted it
            return False

    def open_program(self, index: QModelIndex) -> Any:
        """The last program of the challenge the learner of ``index`` is stuck on, read-only;
        None when there is none (or it is already shown: a double-click is also a click)."""
        from kiosk.ui.staff.program_dialog import ProgramDialog, program_of

        stuck, texts = self.model.stuck_at(index), self.model.texts
        if stuck is None or texts is None:
            return None
        if self._showing_program():
            return None
        answer = program_of(texts.activity(stuck.question_id), stuck.last_answer)
        if answer is None:
            return None
        learner = self.model.grid.rows[index.row()].display_name
        dialog = ProgramDialog(learner, texts.prompt(stuck.question_id), answer, stuck.last_at, texts.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.program_dialog = dialog
        return dialog


# -- one learner ---------------------------------------------------------------------------


