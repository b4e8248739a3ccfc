"""Add learners to a class: choose existing ones, or add a new learner by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from kiosk.core.people import DISPLAY_NAME_MAX, AgeBand, Role, clean_display_name
from kiosk.core.text import fold_for_search
from kiosk.ui import theme
from kiosk.ui.staff.staff_dialogs import (
    AVATAR_COLUMNS,
    StaffDialog,
    age_text,
    role_text,
)
from kiosk.ui.widgets.common import avatar_icon, button, label, plain_tooltip


class AddMembersDialog(StaffDialog):
    """Tick learners who are not in the class yet.  Emits ``chosen([learner ids])``."""

    chosen = Signal(list)

    def __init__(self, class_name: str, learners: list, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add learners to “{name}”").format(name=class_name), parent)
        self.setMinimumSize(640, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.body.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("pickList")
        self.list.setIconSize(QSize(theme.TABLE_ICON_PX, theme.TABLE_ICON_PX))
        for member in learners:
            info = member.learner
            item = QListWidgetItem(avatar_icon(info.avatar), f"{info.display_name} · {age_text(info.age_band)}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold_for_search(info.display_name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _i: self._update())
        self.list.itemActivated.connect(self._toggle)
        self.body.addWidget(self.list, 1)
        self.empty = label(self.tr("Every learner on this kiosk is already in this class."), "hint")
        self.empty.setVisible(not learners)
        self.body.addWidget(self.empty)
        self.ok_button = self.add_button(button(self.tr("Add"), "primary"))
        self.ok_button.clicked.connect(self._ok)
        self._update()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def check(self, learner_id: str) -> None:
        for item in self.items():
            if item.data(Qt.ItemDataRole.UserRole) == learner_id:
                item.setCheckState(Qt.CheckState.Checked)

    def selected_ids(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.items() if i.checkState() == Qt.CheckState.Checked]

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        needle = fold_for_search(text)
        for item in self.items():
            item.setHidden(needle not in item.data(Qt.ItemDataRole.UserRole + 1))

    def _update(self) -> None:
        count = len(self.selected_ids())
        self.ok_button.setEnabled(count > 0)
        if count == 0:
            self.ok_button.setText(self.tr("Add"))
        else:
            self.ok_button.setText(self.tr("Add %n learner(s)", "", count))

    def _ok(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ok_button.setEnabled(False)
            self.chosen.emit(ids)


class NewLearnerDialog(StaffDialog):
    """A learner typed by hand: name, picture, age band, role.  Emits ``submitted``."""

    submitted = Signal(str, str, object, object)  # name, avatar, AgeBand, Role

    def __init__(self, class_name: str, avatars: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New learner in “{name}”").format(name=class_name), parent)
        self.setMinimumWidth(1000)
        self.body.addWidget(label(self.tr("First name or nickname (no surname)"), "fieldLabel"))
        self.name = QLineEdit()
        self.name.setMaxLength(DISPLAY_NAME_MAX)
        self.name.setAccessibleName(self.tr("First name or nickname (no surname)"))
        self.name.setMaximumWidth(520)
        self.name.textChanged.connect(lambda _t: self._update())
        self.body.addWidget(self.name)
        self.body.addWidget(label(self.tr("Picture"), "fieldLabel"))
        self.avatar_group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setSpacing(6)
        for index, (file_name, accessible) in enumerate(avatars):
            tile = QToolButton()
            tile.setObjectName("avatarChoice")
            tile.setCheckable(True)
            tile.setIcon(avatar_icon(file_name))
            tile.setIconSize(QSize(theme.TABLE_ICON_PX + 12, theme.TABLE_ICON_PX + 12))
            tile.setToolTip(plain_tooltip(accessible))
            tile.setAccessibleName(accessible)
            tile.setProperty("avatar", file_name)
            self.avatar_group.addButton(tile, index)
            grid.addWidget(tile, index // AVATAR_COLUMNS, index % AVATAR_COLUMNS)
        self.avatar_group.idClicked.connect(lambda _i: self._update())
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(label(self.tr("Age"), "fieldLabel"))
        self.age_group, age_row = self._choices([(b, age_text(b)) for b in AgeBand])
        self.body.addLayout(age_row)
        self.body.addWidget(label(self.tr("Role"), "fieldLabel"))
        self.role_group, role_row = self._choices([(r, role_text(r)) for r in Role])
        self.role_group.button(0).setChecked(True)
        self.body.addLayout(role_row)
        self.ok_button = self.add_button(button(self.tr("Add to the class"), "primary"))
        self.ok_button.clicked.connect(self._ok)
        self._update()

    def _choices(self, items: list[tuple[Any, str]]) -> tuple[QButtonGroup, QHBoxLayout]:
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for index, (value, text) in enumerate(items):
            btn = button(text, "choice")
            btn.setCheckable(True)
            btn.setProperty("value", str(value))
            group.addButton(btn, index)
            row.addWidget(btn)
        row.addStretch(1)
        group.idClicked.connect(lambda _i: self._update())
        return group, row

    def values(self) -> tuple[str, str | None, AgeBand | None, Role | None]:
        name = clean_display_name(self.name.text())
        avatar_btn, age_btn, role_btn = (g.checkedButton() for g in (self.avatar_group, self.age_group, self.role_group))
        return (
            name,
            avatar_btn.property("avatar") if avatar_btn else None,
            AgeBand(age_btn.property("value")) if age_btn else None,
            Role(role_btn.property("value")) if role_btn else None,
        )

    def _update(self) -> None:
        self.ok_button.setEnabled(all(self.values()))
        self.error.hide()

    def _ok(self) -> None:
        name, avatar, age, role = self.values()
        if name and avatar and age and role:
            self.ok_button.setEnabled(False)
            self.submitted.emit(name, avatar, age, role)


