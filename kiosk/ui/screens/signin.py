"""Who are you?  Tap your picture.  (A search field appears past 24 learners.)"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QScrollArea, QToolButton, QVBoxLayout, QWidget

from kiosk.config import SEARCH_THRESHOLD
from kiosk.core.text import fold_for_search as fold
from kiosk.ui import theme
from kiosk.ui.widgets.common import TopBar, avatar_icon, button, icon_label, label
from kiosk.ui.widgets.flow import TileGrid

TILE_WIDTH = 168


class AvatarTile(QToolButton):
    def __init__(self, learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learner = learner
        self.setObjectName("avatarTile")
        self.setText(learner.display_name)
        self.setIcon(avatar_icon(learner.avatar))
        self.setIconSize(QSize(theme.TILE_ICON_PX, theme.TILE_ICON_PX))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setFixedSize(TILE_WIDTH, 168)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(learner.display_name)


class SignInScreen(QWidget):
    learner_chosen = Signal(object)  # LearnerInfo
    register_requested = Signal()
    language_changed = Signal(str)
    staff_requested = Signal()

    def __init__(self, languages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)

        bar = TopBar()
        bar.add_left(icon_label("app.svg", theme.HEADER_ICON_PX))
        brand = label("Telecentro", "brand", wrap=False)
        bar.add_left(brand)
        self.language = QComboBox()
        for code, name in languages:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(lambda _i: self.language_changed.emit(self.language.currentData()))
        bar.add_right(self.language)
        self.staff_button = button(self.tr("Staff"), "quiet")
        self.staff_button.setAccessibleName(self.tr("Staff sign-in"))
        self.staff_button.clicked.connect(self.staff_requested)
        bar.add_right(self.staff_button)
        col.addWidget(bar)

        body = QVBoxLayout()
        body.setContentsMargins(40, 24, 40, 24)
        body.setSpacing(16)
        self.heading = label(self.tr("Who are you? Tap your picture."), "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.addWidget(self.heading)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search for your name"))
        self.search.setAccessibleName(self.tr("Search for your name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.hide()
        body.addWidget(self.search)

        self.empty = label(self.tr("Nobody here yet. Tap “I’m new” to start."), "subtitle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty.hide()
        body.addWidget(self.empty)

        self.grid = TileGrid(TILE_WIDTH)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid)
        body.addWidget(scroll, 1)

        self.new_button = button(self.tr("I’m new"), "primary", "persona-mas.svg")
        self.new_button.setIconSize(QSize(36, 36))
        self.new_button.setMinimumWidth(280)
        self.new_button.clicked.connect(self.register_requested)
        body.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addLayout(body, 1)
        self.learners: list = []
        self.shown_once = False
        self._after_paint: list = []

    def when_painted(self, callback) -> None:
        """Call ``callback`` once the screen has been painted with its current tiles (at once
        when another screen is showing, e.g. the first run: nothing will paint this one)."""
        if not self.isVisible():
            QTimer.singleShot(0, callback)
            return
        self._after_paint.append(callback)
        self.update()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Hidden before it could paint (another screen took over): nothing will paint it, so
        whoever waits for it must not wait for ever."""
        super().hideEvent(event)
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            QTimer.singleShot(0, callback)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().paintEvent(event)
        self.shown_once = True
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            QTimer.singleShot(0, callback)

    def set_learners(self, learners: list) -> None:
        self.learners = list(learners)
        tiles = []
        for learner in self.learners:
            tile = AvatarTile(learner)
            tile.clicked.connect(lambda _=False, who=learner: self.learner_chosen.emit(who))
            tiles.append(tile)
        self.grid.set_tiles(tiles)
        self.search.setVisible(len(tiles) > SEARCH_THRESHOLD)
        self.search.clear()
        self.empty.setVisible(not tiles)

    def tiles(self) -> list[AvatarTile]:
        return self.grid.tiles()  # type: ignore[return-value]

    def _filter(self, text: str) -> None:
        needle = fold(text)
        shown = [t for t in self.grid.tiles() if needle in fold(t.learner.display_name)]
        self.grid.show_only(shown)

    def set_self_registration(self, allowed: bool) -> None:
        """Show or hide “I’m new” (a site setting); the empty screen then says whom to ask."""
        self.new_button.setVisible(allowed)
        self.empty.setText(self.tr("Nobody here yet. Tap “I’m new” to start.") if allowed
                           else self.tr("Nobody here yet. Ask the facilitator to add you."))

    def reset(self) -> None:
        self.search.clear()
        if self.grid.tiles():
            self.grid.tiles()[0].setFocus()
