"""«Mi galería»: the drawings a learner kept from the coding studio (issue 12, P6).

The screen is shown by ``LearnerFlow.show_gallery`` with the learner's drawings (read on the
database lane: ``backend.gallery.list_for``).  A drawing is stored as its program, so each one
is run again -- in the sandbox (``kiosk.turtle.sandbox.run_program``, a child process), on the
compute lane, one after the other -- and its thumbnail is painted when its segments come back;
the window never waits for a program.  Tapping a thumbnail shows it big, with «Guardar como
imagen (PNG)» (a save dialog that starts on a USB stick when one is plugged in; the file is
written on the io lane) and «Borrar» (after a confirmation; ``delete_requested`` asks the flow).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QScrollArea,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from kiosk.core.clock import to_local
from kiosk.learning.gallery import MAX_DRAWINGS, DrawingInfo, png_file_name
from kiosk.turtle.model import RunResult, Segment, TurtleState
from kiosk.ui import theme
from kiosk.ui.turtle.picture import drawing_pixmap, save_png
from kiosk.ui.widgets.common import TopBar, button, icon_label, label, plain_mnemonic, set_prop

THUMB_PX = 168
TILE_W = 200  # a tile's width with its padding: columns = room // (TILE_W + spacing)
SPACING = 16
BIG_MAX_PX = 640
PNG_PX = 1000

GALLERY_STYLESHEET = f"""
QToolButton#galleryTile {{ background: {theme.CARD}; border: 2px solid {theme.LINE}; border-radius: 16px;
    padding: 8px; font-size: 14pt; }}
QToolButton#galleryTile:hover {{ border-color: {theme.PRIMARY}; }}
QToolButton#galleryTile:focus {{ border: 4px solid {theme.FOCUS}; }}
QLabel#bigDrawing {{ background: white; border: 2px solid {theme.LINE}; border-radius: 12px; }}
QLabel#galleryMessage {{ border-radius: 8px; padding: 8px 12px; font-weight: 600; }}
QLabel#galleryMessage[state="ok"] {{ color: {theme.OK_INK}; background: {theme.OK_BG}; }}
QLabel#galleryMessage[state="try"] {{ color: {theme.TRY_INK}; background: {theme.TRY_BG}; }}
"""


def _sandboxed(source: str, lang: str) -> RunResult:
    """The kiosk's runner: the sandbox (a child process with the limits of every run)."""
    from kiosk.turtle.sandbox import run_program

    return run_program(source, lang)


class GalleryScreen(QWidget):
    home = Signal()
    delete_requested = Signal(str)  # a drawing's id (the learner said yes)

    def __init__(self, tasks: Any = None, run: Callable[[str, str], RunResult] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setStyleSheet(GALLERY_STYLESHEET)
        self.tasks = tasks
        self._run = run or _sandboxed
        self.drawings: list[DrawingInfo] = []
        self.segments: dict[str, tuple[Segment, ...]] = {}  # drawing id -> what it drew
        self.tiles: dict[str, QToolButton] = {}
        self.current: DrawingInfo | None = None
        self.confirm_box: QMessageBox | None = None  # «Borrar»'s question while it is open
        self.saved: list[Path] = []  # PNGs written (tests)
        self._pending: list[Any] = []  # the compute tasks still to come
        self._generation = 0
        self._columns = 0
        self._build()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        bar.add_left(icon_label("estrella.svg", 40))
        bar.add_left(label(self.tr("My gallery"), "brand", wrap=False))
        self.back_button = button(self.tr("Back"), None, "flecha-izq.svg")
        self.back_button.clicked.connect(self._back)
        bar.add_right(self.back_button)
        outer.addWidget(bar)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # the thumbnails
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(40, 20, 40, 20)
        col.setSpacing(16)
        self.summary = label("", "hint")
        col.addWidget(self.summary)
        self.empty = label(self.tr("Your gallery is empty for now. In a coding lesson, when your program "
                                   "draws something, press “Save to my gallery”."), "subtitle")
        self.empty.hide()
        col.addWidget(self.empty)
        self.grid = QGridLayout()
        self.grid.setSpacing(SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        col.addLayout(self.grid)
        col.addStretch(1)
        self.scroll.setWidget(body)
        self.pages.addWidget(self.scroll)

        # one drawing, big
        self.big_page = QWidget()
        row = QHBoxLayout(self.big_page)
        row.setContentsMargins(40, 20, 40, 20)
        row.setSpacing(24)
        self.big = QLabel()
        self.big.setObjectName("bigDrawing")
        self.big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.big, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.setSpacing(12)
        self.big_title = label("", "subtitle")
        self.big_date = label("", "hint")
        side.addWidget(self.big_title)
        side.addWidget(self.big_date)
        self.png_button = button(self.tr("Save as picture (PNG)"), "primary", "flecha-abajo.svg")
        self.png_button.clicked.connect(self.choose_png)
        self.delete_button = button(self.tr("Delete"))
        self.delete_button.clicked.connect(self.confirm_delete)
        self.list_button = button(self.tr("Back to my gallery"), None, "flecha-izq.svg")
        self.list_button.clicked.connect(self.show_list)
        for widget in (self.png_button, self.delete_button, self.list_button):
            side.addWidget(widget)
        self.message = label("", "galleryMessage")
        self.message.hide()
        side.addWidget(self.message)
        side.addStretch(1)
        row.addLayout(side, 1)
        self.pages.addWidget(self.big_page)

    # -- the drawings ---------------------------------------------------------------------
    def show_drawings(self, drawings: Sequence[DrawingInfo]) -> None:
        """The learner's drawings (newest first): a tile each, drawn as their runs come back."""
        self._cancel()
        self._generation += 1
        self.drawings = list(drawings)
        known = {d.id for d in self.drawings}
        self.segments = {k: v for k, v in self.segments.items() if k in known}
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        self.summary.setText(self.tr("{count} of {most} drawings. Tap one to see it big.").format(
            count=len(self.drawings), most=MAX_DRAWINGS) if self.drawings else "")
        self.summary.setVisible(bool(self.drawings))
        self.empty.setVisible(not self.drawings)
        for drawing in self.drawings:
            tile = QToolButton()
            tile.setObjectName("galleryTile")
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tile.setIconSize(QSize(THUMB_PX, THUMB_PX))
            tile.setFixedWidth(TILE_W)
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            tile.setText(plain_mnemonic(_short(drawing.title) + "\n" + self._day(drawing)))
            tile.setAccessibleName(drawing.title)
            tile.clicked.connect(lambda _=False, d=drawing: self.open_drawing(d))
            self.tiles[drawing.id] = tile
            self._paint_tile(drawing)
        self._columns = 0
        self._flow()
        self.show_list()
        for drawing in self.drawings:
            if drawing.id not in self.segments:
                self._draw(drawing)
        first = next(iter(self.tiles.values()), None)
        (first or self.back_button).setFocus()

    def _draw(self, drawing: DrawingInfo) -> None:
        """Run ``drawing``'s program on the compute lane; its tile is painted when it is back."""
        generation, run = self._generation, self._run
        program, lang = drawing.program, drawing.lang

        def done(result: RunResult) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return  # another learner's gallery, or this one again
            self.segments[drawing.id] = tuple(result.segments)
            self._paint_tile(drawing)
            if self.current is not None and self.current.id == drawing.id:
                self._show_big(drawing)

        def failed(_exc: BaseException) -> None:
            done(RunResult((), (), TurtleState()))  # nothing drawn: an empty picture, no crash

        if self.tasks is None:
            done(run(program, lang))
        else:
            self._pending.append(self.tasks.compute.run(lambda: run(program, lang), done, failed))

    def _paint_tile(self, drawing: DrawingInfo) -> None:
        tile = self.tiles.get(drawing.id)
        if tile is None:
            return
        segments = self.segments.get(drawing.id)
        ratio = self.devicePixelRatioF()
        tile.setIcon(QIcon(drawing_pixmap(segments or (), THUMB_PX, ratio)))
        tile.setProperty("drawn", segments is not None)

    def _day(self, drawing: DrawingInfo) -> str:
        """Short enough for a tile; the time tells two drawings of one lesson apart."""
        return to_local(drawing.created_at).strftime("%d/%m %H:%M")

    def _when(self, drawing: DrawingInfo) -> str:
        return to_local(drawing.created_at).strftime("%d/%m/%Y %H:%M")

    # -- one drawing, big -----------------------------------------------------------------
    def open_drawing(self, drawing: DrawingInfo) -> None:
        self.current = drawing
        self.message.hide()
        self.big_title.setText(drawing.title)
        self.big_date.setText(self.tr("Saved on {when}").format(when=self._when(drawing)))
        self._show_big(drawing)
        self.pages.setCurrentWidget(self.big_page)
        self.png_button.setFocus()

    def _show_big(self, drawing: DrawingInfo) -> None:
        room = min(BIG_MAX_PX, max(200, self.height() - 140), max(200, self.width() // 2))
        self.big.setFixedSize(room, room)
        self.big.setPixmap(drawing_pixmap(self.segments.get(drawing.id, ()), room - 8, self.devicePixelRatioF()))
        self.png_button.setEnabled(drawing.id in self.segments)

    def show_list(self) -> None:
        self.current = None
        self.pages.setCurrentWidget(self.scroll)

    def _back(self) -> None:
        if self.pages.currentWidget() is self.big_page:
            self.show_list()
        else:
            self.home.emit()

    # -- delete ---------------------------------------------------------------------------
    def confirm_delete(self) -> None:
        drawing = self.current
        if drawing is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"),
                          self.tr("Delete “{title}” from your gallery? It cannot come back.").format(
                              title=drawing.title),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a title is typed text: never HTML
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.confirm_box = box

        def answered(_code: int) -> None:
            if box.clickedButton() is yes:
                self.delete_requested.emit(drawing.id)
            self.confirm_box = None
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    # -- PNG ------------------------------------------------------------------------------
    def choose_png(self) -> None:
        drawing = self.current
        if drawing is None or drawing.id not in self.segments:
            return
        from kiosk.ui.staff.pdf_preview import save_folder  # the USB stick when one is plugged in

        suggested = save_folder() / png_file_name(drawing.title, drawing.created_at)
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the drawing as a picture"),
                                                      str(suggested), self.tr("PNG pictures (*.png)"))
        if chosen:
            self.write_png(Path(chosen))

    def write_png(self, target: Path) -> None:
        """Write the drawing shown as a white ``PNG_PX`` square PNG at ``target`` (on the io
        lane when there is a task runner)."""
        drawing = self.current
        if drawing is None or drawing.id not in self.segments:
            return
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
        segments = self.segments[drawing.id]

        def done(_none: object) -> None:
            if shiboken6.isValid(self):
                self.saved.append(target)
                self._say(self.tr("Saved as {file} in {folder}.").format(file=target.name, folder=target.parent), "ok")

        def failed(_exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._say(self.tr("The picture could not be saved there. Is the USB stick plugged in "
                                  "and not full?"), "try")

        if self.tasks is None:
            try:
                save_png(segments, target, PNG_PX)
            except OSError as exc:
                failed(exc)
            else:
                done(None)
        else:
            self.tasks.io.run(lambda: save_png(segments, target, PNG_PX), done, failed)

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", state)
        self.message.show()

    # -- life -----------------------------------------------------------------------------
    def clear(self) -> None:
        """The learner left: nothing of their gallery stays (an open question is closed
        unanswered)."""
        if self.confirm_box is not None:
            box, self.confirm_box = self.confirm_box, None
            box.finished.disconnect()
            box.reject()
            box.deleteLater()
        self.show_drawings([])
        self.segments = {}
        self.big.clear()

    def _cancel(self) -> None:
        for task in self._pending:
            task.cancel()
        self._pending = []

    def _flow(self) -> None:
        room = self.scroll.viewport().width() - 80
        columns = max(1, room // (TILE_W + SPACING))
        if columns == self._columns:
            return
        self._columns = columns
        tiles = list(self.tiles.values())
        for tile in tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(tiles):
            self.grid.addWidget(tile, index // columns, index % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._columns = 0
        self._flow()
        if self.current is not None and self.pages.currentWidget() is self.big_page:
            self._show_big(self.current)


def _short(title: str, most: int = 22) -> str:
    return title if len(title) <= most else title[: most - 1].rstrip() + "…"
