"""The classes page's layout: the classes on the left (their list and buttons), the chosen class
on the right (its learners and their buttons) -- side by side on a wide screen, one above the
other on a narrow one (1024x600; ``kiosk.ui.widgets.fold``).

``ClassesLayout`` builds the widgets and wires them to the page's handlers; what they do is in
``kiosk.ui.staff.classes.ClassesPage``.  Its words keep the page's catalog context
("ClassesPage", as when they were written in classes.py): ``QCoreApplication.translate``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme
from kiosk.ui.staff.learner_edit import LearnerActions
from kiosk.ui.widgets.common import button, label
from kiosk.ui.widgets.fold import Folding, FoldRow


class ClassesLayout(Folding):
    """A mixin for ``ClassesPage``: its two panels, stacked when the page is narrow."""

    def _build_layout(self) -> None:
        """Make the page's widgets (the handlers they call are ``ClassesPage``'s)."""
        row = QHBoxLayout(self)  # side by side, or one above the other when narrow (resizeEvent)
        self.fold_box = row
        row.setContentsMargins(8, 16, 16, 16)
        row.setSpacing(16)

        # left: the classes
        left = QFrame()
        left.setObjectName("classesPanel")
        left.setMinimumWidth(300)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(16, 16, 16, 16)
        lcol.setSpacing(10)
        lcol.addWidget(label(QCoreApplication.translate("ClassesPage", "Classes"), "subtitle"))
        self.class_list = QListWidget()
        self.class_list.setObjectName("classList")
        self.class_list.setAccessibleName(QCoreApplication.translate("ClassesPage", "Classes"))
        self.class_list.currentRowChanged.connect(self._class_row_changed)
        lcol.addWidget(self.class_list, 1)
        self.show_archived = QCheckBox(QCoreApplication.translate("ClassesPage", "Show archived classes"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        lcol.addWidget(self.show_archived)
        self.new_class_button = button(QCoreApplication.translate("ClassesPage", "New class"), "primary",
                                       "persona-mas.svg")
        self.new_class_button.clicked.connect(self.open_new_class)
        lcol.addWidget(self.new_class_button)
        self.import_button = button(QCoreApplication.translate("ClassesPage", "Import from CSV…"))
        self.import_button.setToolTip(QCoreApplication.translate(
            "ClassesPage", "Name, age, role and class of many learners at once, from a spreadsheet saved as CSV"))
        self.import_button.clicked.connect(self.open_import)
        lcol.addWidget(self.import_button)
        self.learner_actions = LearnerActions(self)  # edit, archive, merge, delete one learner
        self.cards_button = button(QCoreApplication.translate("ClassesPage", "Print cards…"))
        self.cards_button.setToolTip(QCoreApplication.translate(
            "ClassesPage", "New picture passwords for the whole class, and their cards as a PDF"))
        self.cards_button.clicked.connect(self.open_print_cards)
        lcol.addWidget(self.cards_button)
        lcol.addWidget(self.learner_actions.archived_button)
        row.addWidget(left)

        # right: the selected class
        right = QFrame()
        right.setObjectName("classesPanel")
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(20, 16, 20, 16)
        rcol.setSpacing(10)
        self.title = label("", "title")  # the whole width: a long class name wraps, never cut
        rcol.addWidget(self.title)
        head = QHBoxLayout()
        head.setSpacing(4)
        self.count = label("", "hint", wrap=False)
        head.addWidget(self.count, 1)
        self.rename_button = button(QCoreApplication.translate("ClassesPage", "Rename"), "quiet")
        self.rename_button.clicked.connect(self.open_rename)
        head.addWidget(self.rename_button)
        self.archive_button = button(QCoreApplication.translate("ClassesPage", "Archive"), "quiet")
        self.archive_button.clicked.connect(self.open_archive)
        head.addWidget(self.archive_button)
        rcol.addLayout(head)
        self.notice = label("", "pageMessage")
        self.notice.hide()
        rcol.addWidget(self.notice)
        self.empty = label(QCoreApplication.translate(
            "ClassesPage", "Create a class, or import a list of learners (CSV) to start."), "hint")
        rcol.addWidget(self.empty)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.add_button = button(QCoreApplication.translate("ClassesPage", "Add learners…"), None, "persona-mas.svg")
        self.add_button.clicked.connect(self.open_add_members)
        actions.addWidget(self.add_button)
        self.new_learner_button = button(QCoreApplication.translate("ClassesPage", "New learner…"))
        self.new_learner_button.clicked.connect(self.open_new_learner)
        actions.addWidget(self.new_learner_button)
        actions.addStretch(1)
        rcol.addLayout(actions)
        self.member_table = QTableWidget(0, 4)
        self.member_table.setObjectName("memberTable")
        self.member_table.setAccessibleName(QCoreApplication.translate("ClassesPage", "Learners in the class"))
        self.member_table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ClassesPage", "Name"), QCoreApplication.translate("ClassesPage", "Age"),
             QCoreApplication.translate("ClassesPage", "Role"),
             QCoreApplication.translate("ClassesPage", "Secret pictures")])
        self.member_table.verticalHeader().hide()
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.setIconSize(QSize(theme.TABLE_ICON_PX, theme.TABLE_ICON_PX))
        self.member_table.verticalHeader().setDefaultSectionSize(theme.TABLE_ICON_PX + 16)
        header = self.member_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.member_table.itemSelectionChanged.connect(self._update_buttons)
        rcol.addWidget(self.member_table, 1)
        below = QHBoxLayout()
        below.setSpacing(10)
        self.remove_button = button(QCoreApplication.translate("ClassesPage", "Remove from the class"))
        self.remove_button.clicked.connect(self.remove_selected)
        below.addWidget(self.remove_button)
        below.addStretch(1)
        rcol.addLayout(below)
        rcol.addWidget(self._learner_buttons())
        pictures_row = QHBoxLayout()  # picture passwords (only when the site has them)
        pictures_row.setSpacing(10)
        self.reset_button = button(QCoreApplication.translate("ClassesPage", "Reset picture password"), None,
                                   "intentar.svg")
        self.reset_button.clicked.connect(self.open_reset_password)
        pictures_row.addWidget(self.reset_button)
        pictures_row.addWidget(self.learner_actions.lift_button)
        pictures_row.addStretch(1)
        rcol.addLayout(pictures_row)
        row.addWidget(right, 1)
        self.fold_parts = [left, right]

    def _learner_buttons(self) -> FoldRow:
        """Edit, merge, archive and delete in a row, or two by two when the panel is narrow
        (Guaraní's words are longer: the row made the page wider than 1024x600)."""
        actions = self.learner_actions
        buttons = FoldRow(10)
        for pair in ((actions.edit_button, actions.merge_button), (actions.archive_button, actions.delete_button)):
            half = QWidget()
            half_row = QHBoxLayout(half)
            half_row.setContentsMargins(0, 0, 0, 0)
            half_row.setSpacing(10)
            for widget in pair:
                actions.row.removeWidget(widget)  # LearnerActions' own row: the page places them
                half_row.addWidget(widget)
            buttons.add(half, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.add_stretch()
        return buttons
