"""Reports (Kolibri's coach reports, made for a telecenter's 1366x768 screen).

Choose a class (and a module, or all of them), then one of four views:

* **Progress**: the class grid, learners x lessons.  Every cell has a symbol AND a colour
  (✓ done with its best score, ◐ in progress, – not started).  A click on a name opens the
  learner's page; a click on a cell opens it on that lesson's answers.
* **Difficult questions**: the questions most missed at the first try, with the wrong answers
  chosen most, written out from the lesson files.
* **Modules**: per module, how many learners of the class completed it (bars).
* **Assign**: give modules to the whole class or to chosen learners, with an optional due
  date; the class's current assignments, each with "Remove".

The learner's page shows time spent, lessons, every answer, and "Print certificate" for each
module completed.  All data comes from ``store.reports`` / ``store.assignments`` through
``ctx.run`` (the worker thread); this file only shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.clock import to_local
from kiosk.learning.assignments import local_today
from kiosk.learning.reports import (
    AttemptLine,
    ClassChoice,
    ClassGrid,
    DifficultQuestion,
    LearnerDetail,
    ModuleProgressLine,
    Status,
)
from kiosk.ui import theme
from kiosk.ui.staff.certificate import certificate_job, qt_locale
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.widgets.common import avatar_icon, button, label, pixmap, set_prop

SYMBOL = {Status.DONE: "✓", Status.IN_PROGRESS: "◐", Status.NOT_STARTED: "–"}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's Status (tests and accessibility)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # learner id (column 0) or lesson id (header)
MAX_DIFFICULT = 10
VIEWS = ("grid", "difficult", "modules", "assign")


# -- small helpers ------------------------------------------------------------------------


def percent(share: float | None) -> int:
    return round((share or 0.0) * 100)


def short_datetime(moment: datetime, lang: str, pattern: str) -> str:
    """``moment`` in Asunción with a Qt pattern such as "d/M HH:mm" (translated by callers)."""
    local = to_local(moment)
    value = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return qt_locale(lang).toString(value, pattern)


def long_date(day: date, lang: str) -> str:
    return qt_locale(lang).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class Texts(QObject):
    """Lesson, module and question texts from the catalog, in the interface language, and the
    small phrases the views share (durations, answers)."""

    def __init__(self, catalog: Any, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang

    def modules(self) -> list[Any]:
        return self.catalog.modules() if self.catalog is not None else []

    def module_title(self, module_id: str) -> str:
        module = self.catalog.module(module_id) if self.catalog is not None else None
        return module.title(self.lang) if module is not None else module_id

    def lesson_title(self, lesson_id: str) -> str:
        lesson = self.catalog.lesson(lesson_id, self.lang) if self.catalog is not None else None
        return lesson.title if lesson is not None else lesson_id.rsplit("/", 1)[-1]

    def activity(self, question_id: str) -> Any:
        lesson_id, _, activity_id = question_id.partition("#")
        lesson = self.catalog.lesson(lesson_id, self.lang) if self.catalog is not None else None
        if lesson is None:
            return None
        return next((a for a in lesson.activities if a.id == activity_id), None)

    def prompt(self, question_id: str) -> str:
        activity = self.activity(question_id)
        return activity.prompt if activity is not None else question_id.partition("#")[2]

    def answer(self, question_id: str, answer: Sequence[int]) -> str:
        """The chosen options' texts ("true"/"false" translated), joined with " + "."""
        activity = self.activity(question_id)
        if not answer:
            return self.tr("(nothing chosen)")
        texts = []
        for index in answer:
            if activity is None or not 0 <= index < len(activity.options):
                texts.append(self.tr("option {number}").format(number=index + 1))
                continue
            text = activity.options[index].text
            if activity.kind == "truefalse":
                text = self.tr("True") if text == "true" else self.tr("False")
            texts.append(text)
        return " + ".join(texts)

    def duration(self, seconds: int) -> str:
        minutes = round(seconds / 60)
        if minutes < 1:
            return self.tr("less than a minute") if seconds else self.tr("no time yet")
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


def _read_only_table(columns: list[str], object_name: str = "reportTable") -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _item(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item


def _paint_status(item: QTableWidgetItem, status: Status) -> None:
    background, ink = theme.GRID_STATUS_COLORS[status.value]
    item.setBackground(QBrush(QColor(background)))
    item.setForeground(QBrush(QColor(ink)))


# -- the class grid ------------------------------------------------------------------------


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
        if cell.status is Status.DONE:
            return self.tr("{symbol} {score} %").format(symbol=SYMBOL[cell.status], score=percent(cell.best_score))
        return SYMBOL[cell.status]

    def cell_description(self, row: int, column: int) -> str:
        learner = self.grid.rows[row]
        cell = learner.cells[column - 1]
        lesson = self.full_titles[column - 1]
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
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
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
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
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
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
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


class LearnerView(QWidget):
    back = Signal()
    certificate_requested = Signal(str)  # module id

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.detail: LearnerDetail | None = None
        self.texts: Texts | None = None
        self.lesson_filter: str | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(14)
        self.back_button = button(self.tr("Back to the class"), None, "flecha-izq.svg")
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        self.avatar = QLabel()
        self.avatar.setFixedSize(48, 48)
        top.addWidget(self.avatar)
        self.name = label("", "subtitle", wrap=False)
        top.addWidget(self.name)
        top.addStretch(1)
        col.addLayout(top)
        self.stats = label("", "hint")
        col.addWidget(self.stats)
        certificates = QHBoxLayout()
        certificates.setSpacing(10)
        certificates.addWidget(label(self.tr("Certificates:"), "sectionTitle", wrap=False))
        self.certificates = QHBoxLayout()
        self.certificates.setContentsMargins(0, 0, 0, 0)
        self.certificates.setSpacing(10)
        holder = QWidget()
        holder.setLayout(self.certificates)
        scroll = QScrollArea()
        scroll.setObjectName("certificateRow")
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(theme.CERTIFICATE_ROW_PX)
        certificates.addWidget(scroll, 1)
        col.addLayout(certificates)

        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(label(self.tr("Lessons"), "sectionTitle"))
        self.lessons = _read_only_table([self.tr("Lesson"), self.tr("Status"), self.tr("Time spent")])
        header = self.lessons.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lessons.cellClicked.connect(self._lesson_clicked)
        left.addWidget(self.lessons, 1)
        body.addLayout(left, 5)

        right = QVBoxLayout()
        right.setSpacing(6)
        head = QHBoxLayout()
        self.attempts_title = label("", "sectionTitle")
        head.addWidget(self.attempts_title, 1)
        self.all_button = button(self.tr("Show all answers"), "quiet")
        self.all_button.clicked.connect(lambda: self.filter_lesson(None))
        head.addWidget(self.all_button)
        right.addLayout(head)
        self.attempts = _read_only_table([self.tr("When"), self.tr("Question"), self.tr("Answer"), self.tr("Result")])
        header = self.attempts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        right.addWidget(self.attempts, 1)
        body.addLayout(right, 6)
        col.addLayout(body, 1)
        self.certificate_buttons: dict[str, Any] = {}

    def show_detail(self, detail: LearnerDetail, texts: Texts, lesson_id: str | None = None) -> None:
        self.detail = detail
        self.texts = texts
        self.avatar.setPixmap(pixmap(avatar_icon(detail.avatar), 48))
        self.name.setText(detail.display_name)
        if detail.last_visit is not None:
            self.stats.setText(self.tr("Time in lessons: {time} · {visits} visits · last visit: {date}").format(
                time=texts.duration(detail.seconds), visits=detail.visits,
                date=long_date(to_local(detail.last_visit).date(), self.lang)))
        else:
            self.stats.setText(self.tr("No lesson opened yet."))
        self.lessons.setRowCount(len(detail.lessons))
        for row, line in enumerate(detail.lessons):
            title = texts.lesson_title(line.lesson_id)
            seen = ""
            if line.last_visit is not None:
                seen = self.tr("Last visit: {date}").format(date=short_datetime(line.last_visit, self.lang, self.tr("d/M/yyyy HH:mm")))
            title_item = _item(title, f"{title}\n{seen}" if seen else title)
            title_item.setData(ID_ROLE, line.lesson_id)
            self.lessons.setItem(row, 0, title_item)
            if line.status is Status.DONE:
                state = self.tr("✓ done · {score} %").format(score=percent(line.best_score))
            elif line.status is Status.IN_PROGRESS:
                state = self.tr("◐ {percent} % seen").format(percent=percent(line.progress))
            else:
                state = self.tr("– not started")
            state_item = _item(state)
            state_item.setData(STATUS_ROLE, line.status)
            _paint_status(state_item, line.status)
            self.lessons.setItem(row, 1, state_item)
            self.lessons.setItem(row, 2, _item(texts.duration(line.seconds)))
        self.lessons.resizeRowsToContents()

        _clear(self.certificates)
        self.certificate_buttons = {}
        if not detail.modules_completed:
            self.certificates.addWidget(label(self.tr("none yet: they come with each module completed."), "hint"))
        for done in detail.modules_completed:
            title = texts.module_title(done.module_id)
            print_button = button(title, None, "trofeo.svg")
            print_button.setToolTip(self.tr("Print the certificate for “{module}” (completed on {date})").format(
                module=title, date=short_datetime(done.completed_at, self.lang, self.tr("d/M/yyyy"))))
            print_button.setAccessibleName(print_button.toolTip())
            print_button.clicked.connect(lambda _=False, m=done.module_id: self.certificate_requested.emit(m))
            self.certificate_buttons[done.module_id] = print_button
            self.certificates.addWidget(print_button)
        self.certificates.addStretch(1)
        self.filter_lesson(lesson_id)

    def _lesson_clicked(self, row: int, _column: int) -> None:
        item = self.lessons.item(row, 0)
        if item is not None:
            self.filter_lesson(item.data(ID_ROLE))

    def filter_lesson(self, lesson_id: str | None) -> None:
        detail, texts = self.detail, self.texts
        if detail is None or texts is None:
            return
        self.lesson_filter = lesson_id
        shown: Sequence[AttemptLine] = detail.attempts_on(lesson_id) if lesson_id else detail.attempts
        if lesson_id:
            self.attempts_title.setText(self.tr("Answers in “{lesson}”").format(lesson=texts.lesson_title(lesson_id)))
        else:
            self.attempts_title.setText(self.tr("All answers, newest first"))
        self.all_button.setVisible(lesson_id is not None)
        rows = list(reversed(shown))
        self.attempts.setRowCount(len(rows))
        for row, attempt in enumerate(rows):
            self.attempts.setItem(row, 0, _item(short_datetime(attempt.at, self.lang, self.tr("d/M HH:mm"))))
            prompt = texts.prompt(attempt.question_id)
            self.attempts.setItem(row, 1, _item(prompt, f"{texts.lesson_title(attempt.lesson_id)}: {prompt}"))
            self.attempts.setItem(row, 2, _item(texts.answer(attempt.question_id, attempt.answer)))
            result = _item(self.tr("✓ right") if attempt.correct else self.tr("✗ not yet"))
            _paint_status(result, Status.DONE if attempt.correct else Status.IN_PROGRESS)
            self.attempts.setItem(row, 3, result)
        self.attempts.resizeRowsToContents()
        if not rows:
            self.attempts_title.setText(self.attempts_title.text() + " — " + self.tr("no answers yet"))


# -- difficult questions --------------------------------------------------------------------


class DifficultView(QWidget):
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Questions most missed at the first try, and the answers chosen instead."), "hint"), 1)
        self.whole_site = QCheckBox(self.tr("Every learner of the telecenter"))
        self.whole_site.toggled.connect(self.scope_changed)
        top.addWidget(self.whole_site)
        col.addLayout(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.cards = QVBoxLayout(holder)
        self.cards.setContentsMargins(0, 0, 8, 0)
        self.cards.setSpacing(12)
        scroll.setWidget(holder)
        col.addWidget(scroll, 1)
        self.shown: list[DifficultQuestion] = []
        self.card_widgets: list[QFrame] = []

    def show_questions(self, found: list[DifficultQuestion], texts: Texts) -> None:
        _clear(self.cards)
        self.card_widgets = []
        missed = [q for q in found if q.missed]
        self.shown = missed[:MAX_DIFFICULT]
        if not found:
            self.cards.addWidget(label(self.tr("Nobody has answered these questions yet."), "hint"))
        elif not missed:
            self.cards.addWidget(label(self.tr("Every question was answered right at the first try. Well done, class!"), "hint"))
        for question in self.shown:
            card = QFrame()
            card.setObjectName("card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(18, 12, 18, 12)
            inner.setSpacing(6)
            inner.addWidget(label(texts.lesson_title(question.lesson_id), "hint"))
            inner.addWidget(label(texts.prompt(question.question_id), "sectionTitle"))
            row = QHBoxLayout()
            bar = QProgressBar()
            bar.setObjectName("missedBar")
            bar.setRange(0, max(1, question.answered))
            bar.setValue(question.missed)
            bar.setMaximumWidth(260)
            summary = self.tr("Missed at the first try by {missed} of {answered} ({percent} %)").format(
                missed=question.missed, answered=question.answered, percent=percent(question.share_missed))
            bar.setAccessibleName(summary)
            row.addWidget(bar)
            row.addWidget(label(summary, None, wrap=False))
            row.addStretch(1)
            inner.addLayout(row)
            for wrong in question.wrong_answers[:3]:
                inner.addWidget(label(self.tr("• “{answer}” — chosen by {count}").format(
                    answer=texts.answer(question.question_id, wrong.answer), count=wrong.count), None))
            self.cards.addWidget(card)
            self.card_widgets.append(card)
        self.cards.addStretch(1)


# -- module completion ---------------------------------------------------------------------


class CompletionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        col.addWidget(label(self.tr("Learners of the class who completed every lesson of each module."), "hint"))
        self.panel = QFrame()
        self.panel.setObjectName("card")
        self.rows = QVBoxLayout(self.panel)
        self.rows.setContentsMargins(20, 16, 20, 16)
        self.rows.setSpacing(12)
        col.addWidget(self.panel)
        col.addStretch(1)
        self.bars: dict[str, QProgressBar] = {}

    def show_lines(self, lines: list[ModuleProgressLine], texts: Texts) -> None:
        _clear(self.rows)
        self.bars = {}
        if not lines:
            self.rows.addWidget(label(self.tr("There are no modules on this kiosk yet."), "hint"))
        for line in lines:
            row = QHBoxLayout()
            row.setSpacing(16)
            title = label(texts.module_title(line.module_id), None)
            title.setMinimumWidth(320)
            row.addWidget(title, 2)
            bar = QProgressBar()
            bar.setObjectName("completionBar")
            bar.setRange(0, max(1, line.total))
            bar.setValue(line.completed)
            text = self.tr("{done} of {total} ({percent} %)").format(
                done=line.completed, total=line.total, percent=percent(line.share))
            bar.setAccessibleName(text)
            row.addWidget(bar, 3)
            count = label(text, None, wrap=False)
            count.setMinimumWidth(170)
            row.addWidget(count)
            self.rows.addLayout(row)
            self.bars[line.module_id] = bar


# -- assign ---------------------------------------------------------------------------------


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
        when_box.addWidget(label(self.tr("3. By when (optional)"), "sectionTitle"))
        self.has_due = QCheckBox(self.tr("With a due date"))
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
        self.message = label("", "pageMessage")
        self.message.hide()
        row.addLayout(when_box, 4)
        col.addLayout(row, 1)
        col.addWidget(self.message)

        head = QHBoxLayout()
        head.addWidget(label(self.tr("Already assigned to this class"), "sectionTitle", wrap=False))
        self.nothing = label(self.tr("(nothing yet)"), "hint", wrap=False)
        head.addWidget(self.nothing)
        head.addStretch(1)
        col.addLayout(head)
        self.current = _read_only_table([self.tr("Module"), self.tr("For"), self.tr("Due"), ""])
        header = self.current.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.current.verticalHeader().setDefaultSectionSize(theme.ROW_BUTTON_PX + 12)
        self.current.setMinimumHeight(theme.PICK_LIST_MIN_PX)
        col.addWidget(self.current, 1)
        self.remove_buttons: dict[str, Any] = {}

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
            self.current.setItem(index, 0, _item(module))
            self.current.setItem(index, 1, _item(who))
            self.current.setItem(index, 2, _item(due))
            remove = button(self.tr("Remove"), "quiet")
            remove.setObjectName("rowButton")
            remove.clicked.connect(lambda _=False, a=assignment_ids: self.unassign_requested.emit(list(a)))
            self.remove_buttons[assignment_ids[0]] = remove
            self.current.setCellWidget(index, 3, remove)

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


class ReportsPage(QWidget):
    loaded = Signal(str)  # a view finished showing new data: "grid", "learner", ...

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self.lang = ctx.lang
        self.classes: list[ClassChoice] = []
        self.members: list[tuple[str, str, str]] = []
        self._tokens: dict[str, int] = {}
        self.open_file: Callable[[Path], Any] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.last_certificate: Path | None = None
        self._texts = Texts(ctx.catalog(), self.lang, self)

        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 20, 12)
        col.setSpacing(10)
        self.choosers = QWidget()
        top = QHBoxLayout(self.choosers)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(12)
        top.addWidget(label(self.tr("Class"), "fieldLabel", wrap=False))
        self.class_box = QComboBox()
        self.class_box.setMinimumWidth(260)
        self.class_box.setAccessibleName(self.tr("Class"))
        top.addWidget(self.class_box)
        top.addSpacing(12)
        top.addWidget(label(self.tr("Module"), "fieldLabel", wrap=False))
        self.module_box = QComboBox()
        self.module_box.setMinimumWidth(320)
        self.module_box.setAccessibleName(self.tr("Module"))
        top.addWidget(self.module_box)
        top.addStretch(1)
        self.refresh_button = button(self.tr("Refresh"), "quiet", "intentar.svg")
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        col.addWidget(self.choosers)

        segments = QHBoxLayout()
        segments.setSpacing(0)
        self.segment_group = QButtonGroup(self)
        self.segment_group.setExclusive(True)
        self.segments: dict[str, Any] = {}
        names = {
            "grid": self.tr("Progress"),
            "difficult": self.tr("Difficult questions"),
            "modules": self.tr("Modules"),
            "assign": self.tr("Assign"),
        }
        for position, key in enumerate(VIEWS):
            seg = button(names[key], "segment")
            seg.setCheckable(True)
            seg.setProperty("position", "first" if position == 0 else "last" if position == len(VIEWS) - 1 else "middle")
            seg.clicked.connect(lambda _=False, k=key: self.show_view(k))
            self.segment_group.addButton(seg)
            self.segments[key] = seg
            segments.addWidget(seg)
        segments.addStretch(1)
        self.segment_row = QWidget()
        self.segment_row.setLayout(segments)
        col.addWidget(self.segment_row)

        self.empty = label("", "hint")
        self.empty.hide()
        col.addWidget(self.empty)
        self.stack = QStackedWidget()
        self.grid_view = GridView()
        self.learner_view = LearnerView(self.lang)
        self.difficult_view = DifficultView()
        self.completion_view = CompletionView()
        self.assign_view = AssignView(self.lang)
        for view in (self.grid_view, self.learner_view, self.difficult_view, self.completion_view, self.assign_view):
            self.stack.addWidget(view)
        col.addWidget(self.stack, 1)

        self.grid_view.learner_chosen.connect(self.open_learner)
        self.learner_view.back.connect(lambda: self.show_view("grid"))
        self.learner_view.certificate_requested.connect(self.print_certificate)
        self.difficult_view.scope_changed.connect(lambda: self.show_view("difficult"))
        self.assign_view.assign_requested.connect(self.assign)
        self.assign_view.unassign_requested.connect(self.unassign)

        self.view = "grid"
        self.segments["grid"].setChecked(True)
        self._fill_modules()
        self.class_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.module_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.load_classes()

    # -- choices ---------------------------------------------------------------------------
    @property
    def texts(self) -> Texts:
        """The one ``Texts`` of this page, on the catalog loaded now.  One long-lived object:
        callbacks that travel through the task runner must never hold the last reference to a
        QObject (it could then be destroyed on the worker thread)."""
        self._texts.catalog = self.ctx.catalog()
        return self._texts

    def _fill_modules(self) -> None:
        self.module_box.blockSignals(True)
        self.module_box.clear()
        self.module_box.addItem(self.tr("All modules"), None)
        for module in self.texts.modules():
            self.module_box.addItem(module.title(self.lang), module.id)
        self.module_box.blockSignals(False)

    def load_classes(self) -> None:
        self.ctx.run(lambda store: store.reports.class_choices(), self._classes_loaded)

    def _classes_loaded(self, classes: list[ClassChoice]) -> None:
        current = self.class_id
        self.classes = classes
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for choice in classes:
            self.class_box.addItem(self.tr("{name} ({count})").format(name=choice.name, count=choice.members), choice.id)
        ids = [c.id for c in classes]
        self.class_box.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.class_box.blockSignals(False)
        has_classes = bool(classes)
        self.empty.setText(self.tr("There are no classes yet. Create one on the Classes page and add learners to it."))
        self.empty.setVisible(not has_classes)
        self.stack.setVisible(has_classes)
        self.segment_row.setVisible(has_classes)
        if has_classes:
            self.show_view(self.view if self.view != "learner" else "grid")

    @property
    def class_id(self) -> str | None:
        return self.class_box.currentData() if self.class_box.count() else None

    @property
    def module_id(self) -> str | None:
        return self.module_box.currentData()

    def lesson_ids(self) -> list[str]:
        modules = self.texts.modules()
        if self.module_id is not None:
            modules = [m for m in modules if m.id == self.module_id]
        return [lesson_id for m in modules for lesson_id in m.lesson_ids]

    def reload(self) -> None:
        if self.view == "learner" and self.learner_view.detail is not None:
            self.open_learner(self.learner_view.detail.learner_id, self.learner_view.lesson_filter)
        else:
            self.show_view(self.view)

    def _request(self, key: str, fn: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn(store)`` on the worker; ``done(result)`` only if no newer request for the
        same view was made meanwhile (a fast teacher changing classes never sees old data)."""
        token = self._tokens.get(key, 0) + 1
        self._tokens[key] = token

        def deliver(result: Any) -> None:
            if self._tokens.get(key) == token:
                done(result)
                self.loaded.emit(key)

        self.ctx.run(fn, deliver)

    # -- views ----------------------------------------------------------------------------
    def _show_choosers(self, shown: bool) -> None:
        """The learner's page hides the class and view choosers (it has "Back")."""
        self.choosers.setVisible(shown)
        self.segment_row.setVisible(shown and bool(self.classes))

    def show_view(self, key: str) -> None:
        self.view = key
        self._show_choosers(True)
        if key in self.segments:
            self.segments[key].setChecked(True)
        class_id = self.class_id
        if class_id is None:
            return
        lesson_ids = self.lesson_ids()
        texts = self.texts
        if key == "grid":
            self.stack.setCurrentWidget(self.grid_view)
            titles = [texts.lesson_title(lid) for lid in lesson_ids]
            full = [f"{texts.module_title(lid.rsplit('/', 1)[0])} · {t}" for lid, t in zip(lesson_ids, titles, strict=True)]
            self._request("grid", lambda store: store.reports.class_grid(class_id, lesson_ids),
                          lambda grid: self.grid_view.show_grid(grid, titles, full))
        elif key == "difficult":
            self.stack.setCurrentWidget(self.difficult_view)
            scope = None if self.difficult_view.whole_site.isChecked() else class_id
            self._request("difficult", lambda store: store.reports.difficult_questions(scope, lesson_ids),
                          lambda found: self.difficult_view.show_questions(found, texts))
        elif key == "modules":
            self.stack.setCurrentWidget(self.completion_view)
            module_ids = [m.id for m in texts.modules()]
            self._request("modules", lambda store: store.reports.module_completion(class_id, module_ids),
                          lambda lines: self.completion_view.show_lines(lines, texts))
        elif key == "assign":
            self.stack.setCurrentWidget(self.assign_view)
            self._load_assign(class_id, fill_choices=True)

    def open_learner(self, learner_id: str, lesson_id: str | None = None) -> None:
        self.view = "learner"
        self._show_choosers(False)
        self.stack.setCurrentWidget(self.learner_view)
        texts = self.texts
        self._request("learner", lambda store: store.reports.learner_detail(learner_id),
                      lambda detail: self.learner_view.show_detail(detail, texts, lesson_id))

    # -- assign -------------------------------------------------------------------------------
    def _load_assign(self, class_id: str, *, fill_choices: bool) -> None:
        texts = self.texts

        def work(store: Any) -> tuple[Any, Any]:
            return store.reports.class_grid(class_id, []).rows, store.assignments.for_class(class_id)

        def done(result: tuple[Any, Any]) -> None:
            rows, assignments = result
            self.members = [(r.learner_id, r.display_name, r.avatar) for r in rows]
            if fill_choices:
                modules = [(m.id, m.title(self.lang)) for m in texts.modules()]
                self.assign_view.set_choices(modules, self.members, self.module_id, local_today())
            names = {learner_id: name for learner_id, name, _a in self.members}
            order = {learner_id: index for index, (learner_id, _n, _a) in enumerate(self.members)}
            # One row per module, due date and target: chosen learners are listed together.
            groups: dict[tuple[str, Any, bool], tuple[list[str], list[Any]]] = {}
            for a in assignments:  # soonest due first
                ids, who = groups.setdefault((a.module_id, a.due_on, a.whole_class), ([], []))
                ids.append(a.id)
                who.append(a.learner_id)
            shown = [
                (ids, texts.module_title(module_id),
                 self.tr("The whole class") if whole else ", ".join(
                     names.get(lid, self.tr("a learner who left the class"))
                     for lid in sorted(who, key=lambda lid: order.get(lid, len(order)))),
                 long_date(due_on, self.lang) if due_on else self.tr("no due date"))
                for (module_id, due_on, whole), (ids, who) in groups.items()
            ]
            self.assign_view.show_assignments(shown)

        self._request("assign", work, done)

    def assign(self, module_ids: list[str], learner_ids: list[str] | None, due: date | None) -> None:
        class_id = self.class_id
        if class_id is None:
            return
        staff_id = self.ctx.staff.id
        texts = self.texts

        def work(store: Any) -> int:
            for module_id in module_ids:
                store.assignments.assign(module_id, class_id=class_id, learner_ids=learner_ids,
                                         due_on=due, staff_id=staff_id)
            return len(module_ids)

        def done(_count: int) -> None:
            titles = ", ".join(self.tr("“{module}”").format(module=texts.module_title(m)) for m in module_ids)
            if learner_ids is None:
                who = self.tr("the whole class")
            else:
                who = self.tr("{count} learners").format(count=len(learner_ids)) if len(learner_ids) > 1 else \
                    next((n for i, n, _a in self.members if i == learner_ids[0]), "")
            text = self.tr("Assigned {modules} to {who}.").format(modules=titles, who=who)
            if due is not None:
                text += " " + self.tr("Due {date}.").format(date=long_date(due, self.lang))
            self.assign_view.say(text, True)
            self._load_assign(class_id, fill_choices=False)

        def failed(exc: BaseException) -> None:
            reason = getattr(exc, "reason", None)
            messages = {
                "past-due": self.tr("That date has already passed: choose today or a later day."),
                "not-members": self.tr("Some of the chosen learners are no longer in this class. Refresh and try again."),
                "class-archived": self.tr("This class is archived: it cannot get new modules."),
                "no-learners": self.tr("Choose at least one learner, or choose the whole class."),
                "no-module": self.tr("Choose at least one module."),
            }
            if reason in messages:
                self.assign_view.say(messages[reason], False)
            else:
                self.ctx.show_problem(exc)

        self.ctx.run(work, done, failed)

    def unassign(self, assignment_ids: list[str]) -> None:
        class_id = self.class_id

        def work(store: Any) -> None:
            for assignment_id in assignment_ids:
                store.assignments.unassign(assignment_id)

        def done(_result: Any) -> None:
            self.assign_view.say(self.tr("The assignment was removed."), True)
            if class_id is not None:
                self._load_assign(class_id, fill_choices=False)

        self.ctx.run(work, done)

    # -- certificates -------------------------------------------------------------------------
    def print_certificate(self, module_id: str) -> None:
        detail = self.learner_view.detail
        if detail is None:
            return
        done_at = next((m.completed_at for m in detail.modules_completed if m.module_id == module_id), None)
        if done_at is None:
            return
        title = self.texts.module_title(module_id)

        def work(store: Any) -> tuple[str, Path]:
            folder = Path(str(store.engine.url.database)).parent / "certificates"
            return store.get_setting("site_name") or "", folder

        def done(result: tuple[str, Path]) -> None:
            site, folder = result
            stamp = to_local(done_at).strftime("%Y-%m-%d")
            path = folder / f"certificado-{detail.learner_id[:8]}-{module_id.rsplit('/', 1)[-1]}-{stamp}.pdf"
            job = certificate_job(path, name=detail.display_name, module_title=title, completed_at=done_at,
                                  site_name=site, lang=self.lang)

            def printed(_pages: int) -> None:
                self.last_certificate = path
                self.open_file(path)

            self.ctx.tasks.compute.run(job, printed, self.ctx.show_problem)  # laid out off the UI thread

        self.ctx.run(work, done)
