"""Well done: a lesson or a whole module finished."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.rewards import stars_for
from kiosk.ui.widgets.common import button, icon_label, label

MAX_STARS = 3


class CompleteScreen(QWidget):
    home = Signal()
    next_lesson = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        col = QVBoxLayout(self)
        col.setContentsMargins(60, 60, 60, 60)
        col.setSpacing(20)
        col.addStretch(1)
        self.art_row = QHBoxLayout()
        self.art_row.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addLayout(self.art_row)
        self.heading = label("", "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.heading)
        self.message = label("", "subtitle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.home_button = button(self.tr("Back to home"), None, "casa.svg")
        self.home_button.setMinimumWidth(240)
        self.home_button.clicked.connect(self.home)
        self.next_button = button(self.tr("Next lesson"), "primary", "flecha-der.svg")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.setMinimumWidth(260)
        self.next_button.clicked.connect(self.next_lesson)
        buttons.addWidget(self.home_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addStretch(2)
        self.stars = 0
        self.is_module = False

    def _art(self, names: list[str], px: int) -> None:
        while self.art_row.count():
            item = self.art_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for name in names:
            self.art_row.addWidget(icon_label(name, px))

    def show_lesson_done(self, title: str, score: float, has_next: bool) -> None:
        self.is_module = False
        self.stars = stars_for(score)
        self._art(["estrella.svg"] * self.stars + ["estrella-vacia.svg"] * (MAX_STARS - self.stars), 72)
        self.heading.setText(self.tr("Well done! You finished “{title}”.").format(title=title))
        self.message.setText(self._encouragement(self.stars))
        self.next_button.setVisible(has_next)
        (self.next_button if has_next else self.home_button).setFocus()

    def show_module_done(self, title: str, score: float) -> None:
        self.is_module = True
        self.stars = stars_for(score)
        self._art(["trofeo.svg"], 128)
        self.heading.setText(self.tr("You completed the module “{title}”!").format(title=title))
        self.message.setText(self.tr("Every lesson done. You can ask the facilitator for your certificate."))
        self.next_button.hide()
        self.home_button.setFocus()

    def _encouragement(self, stars: int) -> str:
        if stars >= 3:
            return self.tr("You got every question right the first time.")
        if stars == 2:
            return self.tr("Very good! You can try again to win all the stars.")
        return self.tr("You learned something new today. Try again whenever you like.")
