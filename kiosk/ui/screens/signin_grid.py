"""The sign-in screen's learner tiles: a fixed size, the name always readable, and a grid that
builds only the tiles it shows (500 learners start as fast as 14).

``LearnerTile`` paints itself (picture, name on up to two lines, class) with the colours of
``kiosk.ui.theme``: a painted button costs a fraction of a styled one with three labels.
``LearnerGrid`` is a scroll area (mouse wheel, touch drag, a wide scroll bar) whose tiles are
placed by hand and created on first sight; arrow keys move the focus across the rows and columns
(Enter or Space signs in), and the grid scrolls to follow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QScroller, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.common import avatar_icon

W, H = theme.SIGNIN_TILE_W, theme.SIGNIN_TILE_H
SPACING = theme.SIGNIN_TILE_SPACING
PAD = 8
_pixmaps: dict[tuple[str, int, float], QPixmap] = {}


def fit_name(name: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The name on one line, or two (broken between words, or inside a very long word), the
    second elided with "…" only when even two lines cannot hold it."""
    if metrics.horizontalAdvance(name) <= width:
        return [name]
    first = ""
    for word in name.split(" "):
        candidate = f"{first} {word}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
    if not first:  # one word wider than the tile: break it where it stops fitting
        cut = 1
        while cut < len(name) and metrics.horizontalAdvance(name[: cut + 1]) <= width:
            cut += 1
        first = name[:cut]
    rest = name[len(first):].strip()
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]


def _pixmap(avatar: str, px: int, ratio: float) -> QPixmap:
    key = (avatar, px, ratio)
    found = _pixmaps.get(key)
    if found is None:
        found = _pixmaps[key] = avatar_icon(avatar).pixmap(QSize(px, px), ratio)
    return found


class LearnerTile(QAbstractButton):
    """One learner: picture, name and class.  ``text()`` is the name."""

    def __init__(self, learner, caption: str, grid: LearnerGrid) -> None:
        super().__init__(grid.canvas)
        self.learner = learner
        self.caption = caption
        self.grid = grid
        self.setObjectName("avatarTile")
        self.setText(learner.display_name)  # painted as it is (no rich text, no "&" mnemonic)
        self.setShortcut(QKeySequence())  # a name like "&Ana" binds no Alt+A to this tile
        self.setFixedSize(W, H)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{learner.display_name}, {caption}" if caption else learner.display_name)
        self._lines: list[str] | None = None

    # -- what is painted (the tests read these too) ---------------------------------------
    def name_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(theme.SIGNIN_NAME_PT)
        font.setBold(True)
        return font

    def caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(theme.SIGNIN_CAPTION_PT)
        return font

    def text_width(self) -> int:
        return W - 2 * PAD

    def name_lines(self) -> list[str]:
        if self._lines is None:
            self._lines = fit_name(self.text(), QFontMetrics(self.name_font()), self.text_width())
        return self._lines

    def caption_text(self) -> str:
        metrics = QFontMetrics(self.caption_font())
        return metrics.elidedText(self.caption, Qt.TextElideMode.ElideRight, self.text_width())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        focus = self.hasFocus()
        border = theme.FOCUS if focus else theme.PRIMARY if self.underMouse() else theme.LINE
        pen_width = 4 if focus else 2
        painter.setPen(QPen(QColor(border), pen_width))
        painter.setBrush(QColor(theme.SIGNIN_TILE_DOWN if self.isDown() else theme.CARD))
        inset = pen_width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 16, 16)
        px = theme.SIGNIN_PICTURE_PX
        painter.drawPixmap((W - px) // 2, PAD + 2, _pixmap(self.learner.avatar, px, self.devicePixelRatioF()))
        painter.setPen(QColor(theme.INK))
        painter.setFont(self.name_font())
        metrics = QFontMetrics(self.name_font())
        lines = self.name_lines()
        top = PAD + 2 + px + 4 + (2 - len(lines)) * metrics.height() // 2  # one line: in the middle
        for line in lines:
            painter.drawText(QRectF(PAD, top, self.text_width(), metrics.height()), Qt.AlignmentFlag.AlignCenter, line)
            top += metrics.height()
        if self.caption:
            painter.setPen(QColor(theme.MUTED))
            painter.setFont(self.caption_font())
            height = QFontMetrics(self.caption_font()).height()
            painter.drawText(QRectF(PAD, H - PAD - height, self.text_width(), height),
                             Qt.AlignmentFlag.AlignCenter, self.caption_text())
        painter.end()

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().enterEvent(event)
        self.update()

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().leaveEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        key = Qt.Key
        moves = {key.Key_Left: (-1, 0), key.Key_Right: (1, 0), key.Key_Up: (0, -1), key.Key_Down: (0, 1),
                 key.Key_PageUp: (0, -self.grid.rows_in_view()), key.Key_PageDown: (0, self.grid.rows_in_view())}
        if event.key() in moves:
            self.grid.move_focus(self, *moves[event.key()])
        elif event.key() == key.Key_Home:
            self.grid.focus_index(0)
        elif event.key() == key.Key_End:
            self.grid.focus_index(len(self.grid.learners) - 1)
        elif event.key() in (key.Key_Return, key.Key_Enter):
            self.animateClick()
        elif event.text().isalpha() and self.grid.typed is not None:
            self.grid.typed(event.text())  # a letter typed on a keyboard goes to the search
        else:
            super().keyPressEvent(event)


class LearnerGrid(QScrollArea):
    """The tiles of ``learners`` in rows, as many columns as fit; only the rows in view (and one
    either side) have tiles, made the first time they are needed and kept."""

    chosen = Signal(object)  # LearnerInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerGrid")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(False)
        self.canvas = QWidget()
        self.canvas.setObjectName("learnerCanvas")
        self.setWidget(self.canvas)
        self.learners: list = []
        self.captions: Callable[[str], str] = lambda _id: ""
        self.typed: Callable[[str], None] | None = None
        self._tiles: dict[str, LearnerTile] = {}  # learner id -> tile, while the learner is unchanged
        self._placed: set[str] = set()
        self._index: dict[str, int] = {}
        self._columns = 1
        self.verticalScrollBar().setSingleStep((H + SPACING) // 3)  # a wheel notch: one row
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._place())
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def set_learners(self, learners: list, captions: Callable[[str], str]) -> None:
        self.learners = list(learners)
        self.captions = captions
        self._index = {learner.id: i for i, learner in enumerate(self.learners)}
        self.verticalScrollBar().setValue(0)
        self._layout()

    def forget_tiles(self) -> None:
        """Drop every tile (the learners or their classes changed)."""
        for tile in self._tiles.values():
            tile.hide()
            tile.deleteLater()
        self._tiles.clear()
        self._placed.clear()

    # -- geometry ------------------------------------------------------------------------
    def columns(self) -> int:
        return self._columns

    def rows_in_view(self) -> int:
        return max(1, self.viewport().height() // (H + SPACING))

    def _origin(self) -> int:
        used = self._columns * (W + SPACING) - SPACING
        return max(0, (self.viewport().width() - used) // 2)

    def tile_position(self, index: int) -> tuple[int, int]:
        row, column = divmod(index, self._columns)
        return self._origin() + column * (W + SPACING), row * (H + SPACING)

    def _layout(self) -> None:
        width = self.viewport().width()
        if not self.isVisible() or width < W:
            return  # not laid out yet: the resize to come places the tiles
        self._columns = max(1, (width + SPACING) // (W + SPACING))
        rows = -(-len(self.learners) // self._columns)
        self.canvas.setFixedSize(width, max(0, rows * (H + SPACING) - SPACING))
        self._place()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._layout()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._layout()  # learners set while hidden are placed now

    def _place(self) -> None:
        top = self.verticalScrollBar().value()
        first_row = max(0, top // (H + SPACING) - 1)
        last_row = (top + self.viewport().height()) // (H + SPACING) + 1
        wanted = range(first_row * self._columns, min(len(self.learners), (last_row + 1) * self._columns))
        keep = {self.learners[i].id for i in wanted}
        focused = self.canvas.focusWidget() if self.canvas.isAncestorOf(self.canvas.focusWidget()) else None
        for learner_id in self._placed - keep:
            tile = self._tiles.get(learner_id)
            if tile is not None and tile is not focused:
                tile.hide()
        for index in wanted:
            tile = self._tile(index)
            tile.move(*self.tile_position(index))
            tile.show()
        self._placed = keep | ({focused.learner.id} if isinstance(focused, LearnerTile)
                               and focused.learner.id in self._index else set())
        if isinstance(focused, LearnerTile) and focused.learner.id not in self._index:
            focused.hide()

    def _tile(self, index: int) -> LearnerTile:
        learner = self.learners[index]
        tile = self._tiles.get(learner.id)
        caption = self.captions(learner.id)
        if tile is None or tile.learner != learner or tile.caption != caption:
            if tile is not None:
                tile.deleteLater()
            tile = LearnerTile(learner, caption, self)
            tile.clicked.connect(lambda _=False, who=learner: self.chosen.emit(who))
            self._tiles[learner.id] = tile
        return tile

    # -- tiles and focus -----------------------------------------------------------------
    def tile_at(self, index: int) -> LearnerTile:
        """The tile of ``learners[index]``, placed (made if needed; scrolls nothing)."""
        tile = self._tile(index)
        tile.move(*self.tile_position(index))
        tile.show()
        self._placed.add(tile.learner.id)
        return tile

    def shown_tiles(self) -> list[LearnerTile]:
        """A tile for every learner shown, in order (tests; makes the missing ones)."""
        return [self.tile_at(i) for i in range(len(self.learners))]

    def visible_tiles(self) -> list[LearnerTile]:
        return self.shown_tiles()

    def tiles_in_view(self) -> list[LearnerTile]:
        """The tiles wholly inside the viewport now."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        found = []
        for index in range(len(self.learners)):
            _x, y = self.tile_position(index)
            if y >= top and y + H <= bottom:
                found.append(self.tile_at(index))
        return found

    def index_of(self, tile: LearnerTile) -> int:
        return self._index.get(tile.learner.id, 0)

    def move_focus(self, tile: LearnerTile, dx: int, dy: int) -> None:
        index = self.index_of(tile)
        if dx:
            target = index + dx
        else:
            target = index + dy * self._columns
            if target >= len(self.learners) and index // self._columns < (len(self.learners) - 1) // self._columns:
                target = len(self.learners) - 1  # down to a shorter last row: its last tile
        if 0 <= target < len(self.learners):
            self.focus_index(target)

    def focus_index(self, index: int) -> None:
        if not self.learners:
            return
        index = max(0, min(index, len(self.learners) - 1))
        _x, y = self.tile_position(index)
        bar = self.verticalScrollBar()
        if y < bar.value():
            bar.setValue(y)
        elif y + H > bar.value() + self.viewport().height():
            bar.setValue(y + H - self.viewport().height())
        self._place()
        self.tile_at(index).setFocus(Qt.FocusReason.OtherFocusReason)

    def focused_index(self) -> int | None:
        widget = self.canvas.focusWidget()
        if isinstance(widget, LearnerTile) and widget.hasFocus() and widget.learner.id in self._index:
            return self._index[widget.learner.id]
        return None
