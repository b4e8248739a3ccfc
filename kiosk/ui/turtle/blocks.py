"""The blocks editor for children 8-11: a palette of big tiles, tapped to add a block to the
program, and the program as a column of tiles (a repeat's blocks indented under it).

A tap on a palette tile appends its block at the end, or into the selected repeat, or right
after the selected block. The selected block's number changes with its big "-" and "+" buttons
(or by typing in it); the bar under the program moves it up or down and deletes it.

Keyboard: Tab reaches the tiles, then the program; in the program Up/Down choose a block,
Ctrl+Up/Ctrl+Down move it, Delete (or Backspace) removes it, "+"/"-" change its number, Enter
goes into its number and Enter or Esc comes back. The model is ``kiosk.turtle.blocks_model``.

My blocks: the "make my block" tile puts a definition at the top of the program (after the
other ones) and selects it, so the next tiles go into it, as into a repeat. Its name is chosen
from a short list (``DEF_NAMES``: a tap, or Enter on the block and the arrows). Each definition
adds its own "use NAME" tile to the palette; renaming a definition renames its uses.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from kiosk.turtle.blocks_model import Block, BlocksProgram, kind_for_name
from kiosk.ui.widgets.common import button, icon, label, set_prop

from kiosk.ui.turtle.blocks_style import (
    INDENT_PX, PALETTE_PX, ROOMY_PALETTE_PX, ROOMY_MIN, DEFAULT_PALETTE, GROUPS, USE_TILE, ICONS, BLOCKS_STYLESHEET,
)
from kiosk.ui.turtle.block_row import BlockRow, _BackKeys, _Names, tile_text


class ProgramView(QWidget):
    """The column of block rows; it holds the keyboard focus for the program."""

    def __init__(self, editor: BlocksEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setObjectName("programView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Your program"))
        self.col = QVBoxLayout(self)
        self.col.setContentsMargins(8, 8, 8, 8)
        self.col.setSpacing(6)
        self.col.addStretch(1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        ed = self.editor
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            ed.move_selected(step) if ctrl else ed.select_next(step)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            ed.delete_selected()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal):
            row = ed.row_of(ed.selected)
            if row is not None and row.spin is not None:
                row.nudge(row.block.spec.step * (-1 if key == Qt.Key.Key_Minus else 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            row = ed.row_of(ed.selected)
            if row is not None and (row.spin or row.combo):
                (row.spin or row.combo).setFocus()
        elif key == Qt.Key.Key_Home:
            ed.select_next(-10_000)
        elif key == Qt.Key.Key_End:
            ed.select_next(10_000)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().focusInEvent(event)
        set_prop(self.editor.scroll, "focused", True)
        if self.editor.selected is None and self.editor.program.blocks:
            self.editor.select(self.editor.program.blocks[0])

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().focusOutEvent(event)
        set_prop(self.editor.scroll, "focused", False)


class BlocksEditor(QWidget):
    """The palette and the program. ``changed`` after every edit; ``program`` is the model."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, styled: bool = True,
                 palette: Iterable[str] | None = None) -> None:
        """``styled``: False inside the studio, styled by the application's sheet (a sheet of
        its own styles every widget twice); ``palette``: the tiles offered (all when None)."""
        super().__init__(parent)
        self.setObjectName("blocksEditor")
        if styled:
            self.setStyleSheet(BLOCKS_STYLESHEET)
        self.names = _Names(self)
        self.back_keys = _BackKeys(self)
        self.program = BlocksProgram()
        self.lang = "es"  # the program's language: the names offered for my blocks
        self._kinds: list[str] = []  # the palette's kinds
        self.selected: Block | None = None
        self.rows: list[BlockRow] = []
        self._readonly = False
        self._marks: dict[int, str] = {}  # block id -> "current" / "error"

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.palette_box = QWidget()
        self.palette_box.setObjectName("paletteBox")
        self.palette_col = QVBoxLayout(self.palette_box)
        self.palette_col.setContentsMargins(0, 0, 4, 0)
        self.palette_col.setSpacing(6)
        self.tiles: dict[str, object] = {}
        self.palette_scroll = QScrollArea()
        self.palette_scroll.setObjectName("paletteScroll")
        self.palette_scroll.setWidgetResizable(True)
        self.palette_scroll.setWidget(self.palette_box)
        self.palette_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.palette_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.palette_scroll.setFixedWidth(PALETTE_PX)
        outer.addWidget(self.palette_scroll)

        right = QVBoxLayout()
        right.setSpacing(6)
        self.view = ProgramView(self)
        self.empty = label(self.tr("Tap a block on the left to add it here."), "emptyProgram")
        self.view.col.insertWidget(0, self.empty)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("programScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.addWidget(self.scroll, 1)
        bar = QGridLayout()
        bar.setSpacing(6)
        self.up_button = button(self.tr("Up"), None, "flecha-arriba.svg")
        self.down_button = button(self.tr("Down"), None, "flecha-abajo.svg")
        self.delete_button = button(self.tr("Delete"))
        self.up_button.setAccessibleName(self.tr("Move the block up"))
        self.down_button.setAccessibleName(self.tr("Move the block down"))
        self.delete_button.setAccessibleName(self.tr("Delete the block"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_selected)
        for column, btn in enumerate((self.up_button, self.down_button, self.delete_button)):
            btn.setObjectName("blockBarButton")  # less padding: the three fit the program's column at 1024x600
            btn.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            bar.addWidget(btn, 0, column)
        right.addLayout(bar)
        outer.addLayout(right, 1)
        self.set_palette(palette)
        self._rebuild()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        roomy = self.width() >= ROOMY_MIN[0] and self.height() >= ROOMY_MIN[1]
        if bool(self.property("roomy")) != roomy:
            self.palette_scroll.setFixedWidth(ROOMY_PALETTE_PX if roomy else PALETTE_PX)
            set_prop(self, "roomy", roomy)
            for tile in self.tiles.values():
                tile.style().unpolish(tile)
                tile.style().polish(tile)

    # -- palette ------------------------------------------------------------------------------
    def set_palette(self, names: Iterable[str] | None) -> None:
        """The tiles offered: a lesson's ``palette`` (es/en names or kinds), all when None."""
        kinds = list(dict.fromkeys(k for k in (kind_for_name(n) for n in (names or DEFAULT_PALETTE)) if k))
        if self.tiles and self._kinds == kinds:
            return
        for tile in self.tiles.values():
            _drop(tile)
        self.tiles = {}
        self._kinds = kinds
        while self.palette_col.count():
            self.palette_col.takeAt(0)
        for kind in kinds:
            if kind != "use":  # "use NAME" tiles come with the definitions (_use_tiles)
                self.palette_col.addWidget(self._tile(kind))
        self.palette_col.addStretch(1)
        self._use_tiles()
        self._chain()

    def _tile(self, kind: str):
        tile = button(tile_text(self.names, kind), wrap=True)
        tile.whole_words = True
        tile.setObjectName("paletteTile")
        group = GROUPS.get("use" if kind.startswith(USE_TILE) else kind, "move")
        tile.setProperty("group", group)
        if kind in ICONS:
            tile.setIcon(icon(ICONS[kind]))
            tile.setIconSize(QSize(28, 28))
        tile.setAccessibleName(self.tr("Add “{block}”").format(block=tile_text(self.names, kind)))
        if kind.startswith(USE_TILE):
            tile.clicked.connect(lambda _=False, n=kind[len(USE_TILE):]: self.add("use", n))
        else:
            tile.clicked.connect(lambda _=False, k=kind: self.add(k))
        self.tiles[kind] = tile
        return tile

    def _use_tiles(self) -> None:
        """One "use NAME" tile per definition of the program, when the palette offers my blocks
        ("define" or "use"), after the other tiles."""
        wanted = ([USE_TILE + name for name in self.program.defined()]
                  if {"define", "use"} & set(self._kinds) else [])
        have = [k for k in self.tiles if k.startswith(USE_TILE)]
        if have == wanted:
            return
        for key in have:
            _drop(self.tiles.pop(key))
        for key in wanted:
            tile = self._tile(key)
            self.palette_col.insertWidget(self.palette_col.count() - 1, tile)
            tile.show()  # at once, not at the next turn of the event loop
        self._chain()

    # -- editing ------------------------------------------------------------------------------
    def set_program(self, program: BlocksProgram) -> None:
        self.program = program
        self.selected = None
        self._marks.clear()
        self._rebuild()
        self.changed.emit()

    def set_read_only(self, readonly: bool) -> None:
        self._readonly = readonly
        self.palette_box.setEnabled(not readonly)
        for btn in (self.up_button, self.down_button, self.delete_button):
            btn.setEnabled(not readonly)
        for row in self.rows:
            row.setEnabled(not readonly)

    def add(self, kind: str, value: int | str | None = None) -> Block | None:
        """A tile tapped: ``kind``'s block (``value``: the name a "use" block calls)."""
        if self._readonly:
            return None
        block = self.program.append(kind, into=self.selected, value=value, lang=self.lang)
        if not block.container:
            parent = self.program.parent_of(block)
            self.selected = parent if parent is not None else None  # keep filling the same repeat
        else:
            self.selected = block  # a new repeat: the next tiles go into it
        self._rebuild()
        self._scroll_to(block)
        self.changed.emit()
        return block

    def rename(self, block: Block, name: str) -> None:
        """A definition's new name: its "use" blocks and tile follow."""
        if self._readonly or not self.program.rename(block, name):
            return
        for row in self.rows:
            if row.block.kind == "use":
                row.called.setText(str(row.block.value))
        self.select(block)
        self._use_tiles()
        self.changed.emit()

    def select(self, block: Block | None) -> None:
        self.selected = block
        for row in self.rows:
            set_prop(row, "selected", row.block is block)
        row = self.row_of(block)
        if row is not None:
            self.scroll.ensureWidgetVisible(row, 0, 8)
        self._update_bar()

    def select_next(self, step: int) -> None:
        order = [b for b, _ in self.program.walk()]
        if not order:
            return
        if self.selected is None:
            self.select(order[0] if step > 0 else order[-1])
            return
        index = next(i for i, b in enumerate(order) if b is self.selected)
        self.select(order[max(0, min(len(order) - 1, index + step))])

    def move_selected(self, step: int) -> None:
        if self._readonly or self.selected is None:
            return
        if self.program.move(self.selected, step):
            block = self.selected
            self._rebuild()
            self._scroll_to(block)
            self.changed.emit()

    def delete_selected(self) -> None:
        if self._readonly or self.selected is None:
            return
        order = [b for b, _ in self.program.walk()]
        index = next(i for i, b in enumerate(order) if b is self.selected)
        self.program.remove(self.selected)
        left = [b for b, _ in self.program.walk()]
        self.selected = left[min(index, len(left) - 1)] if left else None
        self._rebuild()
        self.changed.emit()

    def row_of(self, block: Block | None) -> BlockRow | None:
        return next((r for r in self.rows if r.block is block), None)

    # -- marks while running ------------------------------------------------------------------
    def mark(self, block: Block | None, state: str) -> None:
        """``state`` "current" (Step) or "error" on ``block``; other blocks lose that mark."""
        self._marks = {k: v for k, v in self._marks.items() if v != state}
        if block is not None:
            self._marks[block.id] = state
            row = self.row_of(block)
            if row is not None:
                self.scroll.ensureWidgetVisible(row, 0, 8)
        for row in self.rows:  # restyle only the rows that change (this runs on every tick)
            state = self._marks.get(row.block.id, "")
            if row.property("state") != state:
                set_prop(row, "state", state)

    def clear_marks(self) -> None:
        self._marks.clear()
        for row in self.rows:
            if row.property("state"):
                set_prop(row, "state", "")

    def marked(self, state: str) -> Block | None:
        ids = [k for k, v in self._marks.items() if v == state]
        return next((b for b, _ in self.program.walk() if ids and b.id == ids[0]), None)

    # -- inside -------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        """Rows anew for the program's blocks (a program is tens of blocks: cheap). A repeat's
        blocks sit to its right, after a bar in the repeat's colour (its bracket)."""
        col = self.view.col
        while col.count() > 2:  # keep the "empty" hint (first) and the stretch (last)
            item = col.takeAt(1)
            line = item.layout()
            while line is not None and line.count():
                widget = line.takeAt(0).widget()
                if widget is not None:
                    _drop(widget)
        self.rows = []
        for index, (block, depth) in enumerate(self.program.walk()):
            row = BlockRow(block, depth, self)
            line = QHBoxLayout()
            line.setSpacing(0)
            for holder in self._holders(block):
                bracket = QFrame()
                bracket.setObjectName("bracket")
                bracket.setProperty("group", GROUPS.get(holder.kind, "loop"))
                bracket.setFixedWidth(INDENT_PX)
                line.addWidget(bracket)
            line.addWidget(row, 1)
            col.insertLayout(index + 1, line)
            row.setProperty("selected", block is self.selected)
            row.setProperty("state", self._marks.get(block.id, ""))
            row.setEnabled(not self._readonly)
            self.rows.append(row)
        self.empty.setVisible(not self.rows)
        self._fit_rows()
        QTimer.singleShot(0, self, self._fit_rows)  # again once the new rows have their style
        if self.selected is not None and self.row_of(self.selected) is None:
            self.selected = None
        self._update_bar()
        self._use_tiles()
        self._chain()

    def _fit_rows(self) -> None:
        """The rows are never cut on the right (no sideways scrolling): the program's column is at
        least as wide as its widest row with the vertical scroll bar beside it."""
        for row in self.rows:
            row.ensurePolished()
        self.view.col.invalidate()
        self.scroll.setMinimumWidth(self.view.minimumSizeHint().width()
                                    + self.scroll.verticalScrollBar().sizeHint().width() + 2 * self.scroll.frameWidth())

    def _holders(self, block: Block) -> list[Block]:
        """The repeats and definition ``block`` is inside, outermost first (its brackets)."""
        out: list[Block] = []
        parent = self.program.parent_of(block)
        while parent is not None:
            out.insert(0, parent)
            parent = self.program.parent_of(parent)
        return out

    def _update_bar(self) -> None:
        has = self.selected is not None and not self._readonly
        for btn in (self.up_button, self.down_button, self.delete_button):
            btn.setEnabled(has)

    def _scroll_to(self, block: Block) -> None:
        row = self.row_of(block)
        if row is not None:
            set_prop(row, "selected", row.block is self.selected)
            self.scroll.ensureWidgetVisible(row, 0, 8)

    def _chain(self) -> None:
        chain = list(self.tiles.values()) + [self.view, self.up_button, self.down_button, self.delete_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)


def _drop(widget: QWidget) -> None:
    """Out of sight at once (a widget left to ``deleteLater`` still paints until then)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
