"""The class grid (learners x lessons) of the staff reports."""

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
)
from kiosk.ui import theme
from kiosk.ui.staff.report_common import ID_ROLE, STATUS_ROLE, SYMBOL, percent
from kiosk.ui.widgets.common import avatar_icon, label, plain_tooltip


class GridModel(QAbstractTableModel):
    """Column 0: the learner (avatar + name); then one column per lesson; last: lessons done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: ClassGrid | None = None
        self.titles: list[str] = []
        self.full_titles: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_grid(self, grid: ClassGrid | None, titles: list[str], full_titles: list[str]) -> None:
        self.beginResetModel()
        self.grid = grid
        self.titles = titles
        self.full_titles = full_titles
        self.endResetModel()

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
            return plain_tooltip(self.cell_description(row, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell_description(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(theme.GRID_STATUS_COLORS[cell.status.value][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(theme.GRID_STATUS_COLORS[cell.status.value][1]))
        if role == Qt.ItemDataRole.FontRole and cell.status is Status.DONE:
            return self._bold
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
        hint = label(self.tr("Click a name to see the learner, or a cell to see the answers."), "hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        legend.addWidget(hint, 1)
        col.addLayout(legend)

    def show_grid(self, grid: ClassGrid, titles: list[str], full_titles: list[str]) -> None:
        self.model.set_grid(grid, titles, full_titles)
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
        learner_id = self.model.grid.rows[index.row()].learner_id
        lesson_id = None
        if 0 < index.column() <= self.model.lessons:
            lesson_id = self.model.grid.lesson_ids[index.column() - 1]
        self.learner_chosen.emit(learner_id, lesson_id)


# -- one learner ---------------------------------------------------------------------------


