"""Shared pieces of the staff reports: cell symbols, dates, the catalog's texts, table helpers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
)

from kiosk.content.activities import describe_stored
from kiosk.core.clock import to_local
from kiosk.learning.reports import (
    Status,
)
from kiosk.ui import theme
from kiosk.ui.staff.certificate import qt_locale
from kiosk.ui.widgets.common import plain_tooltip

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

    def answer(self, question_id: str, answer: str) -> str:
        """A stored answer in words, said by its activity kind (``kiosk.content.activities``)."""
        return describe_stored(self.catalog, question_id, answer, self.lang)

    def duration(self, seconds: int) -> str:
        minutes = round(seconds / 60)
        if minutes < 1:
            return self.tr("less than a minute") if seconds else self.tr("no time yet")
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)


def clear_layout(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def read_only_table(columns: list[str], object_name: str = "reportTable") -> QTableWidget:
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


def table_item(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(plain_tooltip(tooltip or text))
    return item


def paint_status(item: QTableWidgetItem, status: Status) -> None:
    background, ink = theme.GRID_STATUS_COLORS[status.value]
    item.setBackground(QBrush(QColor(background)))
    item.setForeground(QBrush(QColor(ink)))


# -- the class grid ------------------------------------------------------------------------

