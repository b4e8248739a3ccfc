"""A grid that re-flows its tiles to the width it is given (for avatar tiles)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget


class TileGrid(QWidget):
    def __init__(self, tile_width: int, spacing: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tile_width = tile_width
        self._tiles: list[QWidget] = []
        self._hidden: set[int] = set()
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setSpacing(spacing)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)

    def set_tiles(self, tiles: list[QWidget]) -> None:
        for tile in self._tiles:
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self._tiles = list(tiles)
        self._hidden = set()
        self._relayout(force=True)

    def show_only(self, visible: list[QWidget]) -> None:
        keep = {id(t) for t in visible}
        self._hidden = {id(t) for t in self._tiles if id(t) not in keep}
        self._relayout(force=True)

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def visible_tiles(self) -> list[QWidget]:
        return [t for t in self._tiles if id(t) not in self._hidden]

    def columns(self) -> int:
        return self._columns

    def _relayout(self, force: bool = False) -> None:
        spacing = self._grid.spacing()
        width = max(self.width(), self._tile_width)
        columns = max(1, (width + spacing) // (self._tile_width + spacing))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.visible_tiles()):
            self._grid.addWidget(tile, index // columns, index % columns)
        for tile in self._tiles:
            tile.setVisible(id(tile) not in self._hidden)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._relayout()
