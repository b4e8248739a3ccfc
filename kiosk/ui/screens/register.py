"""“I’m new”: a display name, a picture, an age band and a role.  Nothing more.

When the site has picture passwords on (``set_picture_step(True)``), “Ready” leads to a second
step: choose 4 secret pictures in order and tap them again; ``submitted`` fires after that,
with the sequence in ``picture_sequence`` (None when the step is off)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.people import DISPLAY_NAME_MAX, AgeBand, Role, clean_display_name, name_key
from kiosk.ui import theme
from kiosk.ui.widgets.common import TopBar, avatar_icon, button, label, plain_tooltip, set_prop

AVATAR_COLUMNS = 12


class RegisterScreen(QWidget):
    submitted = Signal(str, str, object, object)  # name, avatar, AgeBand, Role
    cancelled = Signal()

    def __init__(self, avatars: list[tuple[str, str]], parent: QWidget | None = None, *, lang: str = "es") -> None:
        """``avatars``: (file name, accessible name) in display order."""
        super().__init__(parent)
        self.lang = lang
        self.picture_step_on = False
        self.picture_sequence: tuple[str, ...] | None = None
        self._in_class: set[str] = set()
        self._by_name: dict[str, set[str]] = {}
        self._accessible = dict(avatars)
        self.pictures = None  # the picture step (PicturePanel), built when first turned on
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        self.back_button = button(self.tr("Back"), "quiet", "flecha-izq.svg")
        self.back_button.clicked.connect(self._back)
        bar.add_left(self.back_button)
        bar.add_left(label(self.tr("New profile"), "brand", wrap=False))
        outer.addWidget(bar)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body_widget = QWidget()
        body = QVBoxLayout(body_widget)
        body.setContentsMargins(48, 16, 48, 16)
        body.setSpacing(10)

        self.class_note = label("", "hint")
        self.class_note.hide()
        body.addWidget(self.class_note)
        body.addWidget(label(self.tr("Your name or nickname"), "subtitle"))
        self.name = QLineEdit()
        self.name.setMaxLength(DISPLAY_NAME_MAX)
        self.name.setPlaceholderText(self.tr("Only your first name, no surname"))
        self.name.setAccessibleName(self.tr("Your name or nickname"))
        self.name.setMaximumWidth(520)
        self.name.textChanged.connect(self._update)
        body.addWidget(self.name)

        body.addWidget(label(self.tr("Choose your picture"), "subtitle"))
        self.taken_hint = label(self.tr("Pictures marked “already chosen” belong to someone in your class or with "
                                        "your name: choose another one, so you find yourself at once."), "hint")
        self.taken_hint.hide()
        body.addWidget(self.taken_hint)
        self.avatar_group = QButtonGroup(self)
        self.avatar_group.setExclusive(True)
        grid = self.avatar_grid = QGridLayout()
        grid.setSpacing(8)
        self.taken_marks: dict[str, QLabel] = {}
        for index, (file_name, accessible) in enumerate(avatars):
            tile = QToolButton()
            tile.setObjectName("avatarChoice")
            tile.setCheckable(True)
            tile.setIcon(avatar_icon(file_name))
            tile.setIconSize(QSize(theme.AVATAR_PICK_PX, theme.AVATAR_PICK_PX))
            tile.setFixedSize(84, 84)
            tile.setToolTip(plain_tooltip(accessible))
            tile.setAccessibleName(accessible)
            tile.setProperty("avatar", file_name)
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            self.avatar_group.addButton(tile, index)
            mark = QLabel(self.tr("already chosen"), tile)
            mark.setObjectName("takenMark")
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setWordWrap(True)
            mark.setGeometry(3, 84 - 35, 78, 32)
            mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            mark.hide()
            self.taken_marks[file_name] = mark
            grid.addWidget(tile, index // AVATAR_COLUMNS, index % AVATAR_COLUMNS)
        self.avatar_group.idClicked.connect(lambda _i: self._update())
        grid_row = QHBoxLayout()
        grid_row.addLayout(grid)
        grid_row.addStretch(1)
        body.addLayout(grid_row)

        body.addWidget(label(self.tr("How old are you?"), "subtitle"))
        self.age_group, age_row = self._choices(
            [(AgeBand.CHILD, self.tr("8 to 11")), (AgeBand.TEEN, self.tr("12 to 17")), (AgeBand.ADULT, self.tr("I’m an adult"))]
        )
        body.addLayout(age_row)

        body.addWidget(label(self.tr("You are…"), "subtitle"))
        self.role_group, role_row = self._choices(
            [(Role.LEARNER, self.tr("A student")), (Role.TEACHER, self.tr("A teacher")), (Role.PARENT, self.tr("A parent or caregiver"))]
        )
        self.role_group.button(0).setChecked(True)
        body.addLayout(role_row)

        self.error = label("", "error")
        self.error.hide()
        body.addWidget(self.error)

        self.submit_button = button(self.tr("Ready, let’s start"), "primary", "play.svg")
        self.submit_button.setMinimumWidth(320)
        self.submit_button.setEnabled(False)
        self.submit_button.clicked.connect(self._submit)
        body.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        scroll.setWidget(body_widget)
        self.steps = QStackedWidget()
        self.steps.addWidget(scroll)
        self.details = scroll
        outer.addWidget(self.steps, 1)
        self.name.returnPressed.connect(self._submit)

    def _choices(self, items: list[tuple[object, str]]) -> tuple[QButtonGroup, QHBoxLayout]:
        group = QButtonGroup(self)
        group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(12)
        for index, (value, text) in enumerate(items):
            btn: QPushButton = button(text, "choice")
            btn.setCheckable(True)
            btn.setMinimumWidth(220)
            btn.setProperty("value", str(value))
            group.addButton(btn, index)
            row.addWidget(btn)
        row.addStretch(1)
        group.idClicked.connect(lambda _i: self._update())
        return group, row

    def _values(self):
        name = clean_display_name(self.name.text())
        avatar_btn = self.avatar_group.checkedButton()
        age_btn = self.age_group.checkedButton()
        role_btn = self.role_group.checkedButton()
        avatar = avatar_btn.property("avatar") if avatar_btn else None
        age = AgeBand(age_btn.property("value")) if age_btn else None
        role = Role(role_btn.property("value")) if role_btn else None
        return name, avatar, age, role

    # -- steering away from pictures others already have (never forbidden) -------------------
    def set_taken(self, in_class: set[str], by_name: dict[str, set[str]], *, class_name: str | None = None) -> None:
        """``in_class``: the pictures of the chosen class (they move to the end of the grid);
        ``by_name``: the pictures of each name (``name_key``), marked as the name is typed.
        Both are marked “already chosen”; any picture can still be chosen."""
        self._in_class = set(in_class)
        self._by_name = by_name
        buttons = self.avatar_group.buttons()
        order = sorted(buttons, key=lambda b: (b.property("avatar") in self._in_class, self.avatar_group.id(b)))
        for position, btn in enumerate(order):
            self.avatar_grid.addWidget(btn, position // AVATAR_COLUMNS, position % AVATAR_COLUMNS)
        self.class_note.setText(self.tr("You will join the class {name}.").format(name=class_name) if class_name else "")
        self.class_note.setVisible(bool(class_name))
        self._mark_taken()

    def taken(self) -> set[str]:
        """The pictures marked “already chosen” now."""
        return self._in_class | self._by_name.get(name_key(self.name.text()), set()) if self.name.text().strip() \
            else set(self._in_class)

    def _mark_taken(self) -> None:
        taken = self.taken()
        for btn in self.avatar_group.buttons():
            file_name = btn.property("avatar")
            is_taken = file_name in taken
            if bool(btn.property("taken")) != is_taken:
                set_prop(btn, "taken", is_taken)
            self.taken_marks[file_name].setVisible(is_taken)
            btn.setAccessibleName(self._accessible[file_name] + (" — " + self.tr("already chosen") if is_taken else ""))
        self.taken_hint.setVisible(bool(taken))

    def _update(self) -> None:
        self._mark_taken()
        name, avatar, age, role = self._values()
        self.submit_button.setEnabled(bool(name and avatar and age and role))
        self.error.hide()

    def _submit(self) -> None:
        name, avatar, age, role = self._values()
        if not name:
            self.show_error(self.tr("Write your name or nickname."))
        elif not avatar:
            self.show_error(self.tr("Choose a picture: it will help you find yourself."))
        elif age is None:
            self.show_error(self.tr("Tell us how old you are."))
        elif role is None:
            self.show_error(self.tr("Tell us who you are."))
        elif self.picture_step_on:
            self._show_pictures()
        else:
            self.picture_sequence = None
            self.submitted.emit(name, avatar, age, role)

    # -- the picture-password step (only when the site turned picture passwords on) ----------
    def set_picture_step(self, on: bool) -> None:
        self.picture_step_on = bool(on)

    def _show_pictures(self) -> None:
        if self.pictures is None:
            from kiosk.ui.screens.picture_signin import PicturePanel

            self.pictures = PicturePanel(self.lang)
            self.pictures.chosen.connect(self._pictures_chosen)
            self.steps.addWidget(self.pictures)
        self.pictures.start_choose()
        self.steps.setCurrentWidget(self.pictures)

    def _pictures_chosen(self, sequence: tuple) -> None:
        name, avatar, age, role = self._values()
        if not (name and avatar and age and role):
            self.steps.setCurrentWidget(self.details)
            return
        self.picture_sequence = tuple(sequence)
        self.submitted.emit(name, avatar, age, role)

    def _back(self) -> None:
        if self.steps.currentWidget() is not self.details:
            self.steps.setCurrentWidget(self.details)
            self.submit_button.setFocus()
        else:
            self.cancelled.emit()

    def show_error(self, text: str) -> None:
        self.steps.setCurrentWidget(self.details)
        self.error.setText(text)
        self.error.show()

    def reset(self) -> None:
        self.name.clear()
        for group in (self.avatar_group, self.age_group):
            group.setExclusive(False)
            for btn in group.buttons():
                btn.setChecked(False)
            group.setExclusive(True)
        self.role_group.button(0).setChecked(True)
        self.error.hide()
        self.submit_button.setEnabled(False)
        self.picture_sequence = None
        self.steps.setCurrentWidget(self.details)
        if self.pictures is not None:
            self.pictures.clear()
        self.name.setFocus()
