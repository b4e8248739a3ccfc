"""Import a list of learners (CSV) with a preview and per-row messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.ui import theme
from kiosk.ui.staff.staff_dialogs import StaffDialog, age_text, lines, role_text
from kiosk.ui.widgets.common import avatar_icon, button, label


class ImportDialog(StaffDialog):
    """The preview of a roster: every row, its problems highlighted, and the two choices.

    "Import" stays disabled while any row has a problem; "Import only the valid rows" is a
    separate, explicit choice.  Emits ``import_all``, ``import_valid`` or ``choose_other``."""

    import_all = Signal()
    import_valid = Signal()
    choose_other = Signal()

    COLUMNS = 7

    def __init__(self, file_name: str, default_class: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Import learners from “{file}”").format(file=file_name), parent)
        self.default_class = default_class
        self.resize(1240, 660)
        self.summary = label("", "subtitle")
        self.body.addWidget(self.summary)
        self.problems = label("", "error")
        self.problems.hide()
        self.body.addWidget(self.problems)
        self.details = label("", "hint")
        self.details.hide()
        self.body.addWidget(self.details)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("importPreview")
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Name"), self.tr("Age"), self.tr("Role"), self.tr("Class"),
            self.tr("Picture"), self.tr("Problem"),
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setIconSize(QSize(28, 28))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table, 1)
        self.other_button = button(self.tr("Choose another file…"), "quiet")
        self.other_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.other_button.clicked.connect(self.choose_other)
        self.buttons.insertWidget(0, self.other_button)
        self.valid_button = self.add_button(button(""))
        self.valid_button.clicked.connect(self._valid)
        self.all_button = self.add_button(button("", "primary"))
        self.all_button.clicked.connect(self._all)
        self.preview: Any = None

    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        self.error.hide()
        rows = preview.rows
        bad = len(preview.bad_rows)
        if preview.problems:
            self.summary.setText(self.tr("This file cannot be imported."))
        elif not rows:
            self.summary.setText(self.tr("The file has no rows with learners."))
        elif bad:
            self.summary.setText(
                self.tr("{bad} of {total} rows have a problem (highlighted). Nothing is imported while a row has "
                        "a problem: fix the file and choose it again, or import only the valid rows.").format(
                    bad=bad, total=len(rows)))
        else:
            self.summary.setText(self.tr("{total} learners are ready to import.").format(total=len(rows)))
        self.problems.setText(lines(preview.problems))
        self.problems.setVisible(bool(preview.problems))
        notes = list(preview.warnings)
        if preview.new_classes and not preview.problems:
            notes.append(self.tr("New classes: {names}").format(names=", ".join(preview.new_classes)))
        if self.default_class and not preview.problems:
            notes.append(self.tr("Rows with no class go into “{name}”.").format(name=self.default_class))
        self.details.setText(lines(notes))
        self.details.setVisible(bool(notes))

        self.table.setRowCount(len(rows))
        problem_bg, problem_ink = QBrush(QColor(theme.TRY_BG)), QBrush(QColor(theme.TRY_INK))
        for r, row in enumerate(rows):
            cells = [
                str(row.line),
                row.name,
                age_text(row.age_band) if row.age_band else self._raw(row, 1),
                role_text(row.role) if row.role else self._raw(row, 2),
                row.class_name or "",
                "",
                "\n".join(e.split(": ", 1)[-1] for e in row.errors),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5 and row.avatar:
                    item.setIcon(avatar_icon(row.avatar))
                if row.errors:
                    item.setBackground(problem_bg)
                    item.setForeground(problem_ink)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        first_bad = next((i for i, row in enumerate(rows) if row.errors), None)
        if first_bad is not None:
            self.table.scrollToItem(self.table.item(first_bad, 0))

        good = len(preview.good_rows)
        self.all_button.setText(self.tr("Import {count} learners").format(count=len(rows)) if len(rows) != 1
                                else self.tr("Import 1 learner"))
        self.all_button.setEnabled(preview.can_import_all)
        self.valid_button.setText(self.tr("Import only the {count} valid rows").format(count=good))
        self.valid_button.setVisible(bool(bad) and preview.can_import_valid)
        self.valid_button.setEnabled(preview.can_import_valid)

    def _raw(self, row: Any, which: int) -> str:
        """A cell as typed in the file (to show what was wrong with it)."""
        columns = getattr(self.preview, "columns", ())
        wanted = ("name", "age_band", "role", "class")[which]
        return row.cells[columns.index(wanted)] if wanted in columns and columns.index(wanted) < len(row.cells) else ""

    def _all(self) -> None:
        self.all_button.setEnabled(False)
        self.valid_button.setEnabled(False)
        self.import_all.emit()

    def _valid(self) -> None:
        self.all_button.setEnabled(False)
        self.valid_button.setEnabled(False)
        self.import_valid.emit()


