"""A PDF the kiosk wrote, shown inside the kiosk: its pages, "Print…" and "Save to USB…".

    preview = PdfPreview(document, path, parent=page)   # document: kiosk.ui.pdf.Printable
    preview.open()

A locked kiosk never launches another program (no PDF viewer, no file manager): the pages are
painted here from the same HTML and page layout that wrote the PDF (``kiosk.ui.pdf.lay_out``),
"Print…" opens Qt's print dialog and paints the same pages on the printer, and "Save to USB…"
copies the PDF where the staff member chooses (a USB stick when one is plugged in).  The dialog
says where the file is, and where its copy went.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QStorageInfo, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter, QPdfWriter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.pdf import MARGIN_MM, RESOLUTION_DPI, Printable, lay_out, page_layout
from kiosk.ui.widgets.common import button, label, plain_title, set_prop

MM_PER_INCH = 25.4
PREVIEW_SIZE = (1000, 720)  # the dialog at most (it fits a 1366x768 screen)
CHROME_PX = (96, 310)  # the dialog's margins, title, where-line, message and buttons around a page


def removable_folder() -> Path | None:
    """A plugged-in USB stick (or other removable drive) that can be written, if any."""
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            import ctypes

            if ctypes.windll.kernel32.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                return Path(root)
        elif root.startswith(("/media/", "/run/media/", "/Volumes/")):
            return Path(root)
    return None


def save_folder() -> Path:
    """Where "Save to USB…" starts: the USB stick, else the home folder."""
    return removable_folder() or Path(os.path.expanduser("~"))


def page_images(document: Printable, width_px: int) -> list[QImage]:
    """The document's pages as white A4 images ``width_px`` wide, margins included: laid out
    on the PDF's own device (a QPdfWriter at the PDF's resolution: the same lines and page
    breaks as the file), painted scaled down."""
    layout = page_layout(document.landscape)
    full = layout.fullRect(QPageLayout.Unit.Millimeter)
    sink = QBuffer()
    sink.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(sink)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(layout)
    laid = lay_out(document.html, writer, page_numbers=document.page_numbers, base_url=document.base_url)
    dpi = width_px * MM_PER_INCH / full.width()
    scale = dpi / RESOLUTION_DPI
    margin = MARGIN_MM / MM_PER_INCH * dpi
    height_px = round(full.height() / MM_PER_INCH * dpi)
    images = []
    for page in range(laid.pages):
        image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(margin, margin)
        painter.scale(scale, scale)
        laid.paint(painter, page)
        painter.end()
        images.append(image)
    return images


def print_document(document: Printable, printer: QPrinter) -> int:
    """Paint the document on ``printer`` (chosen in the print dialog); the page count."""
    printer.setPageLayout(page_layout(document.landscape))
    printer.setDocName(document.title)
    laid = lay_out(document.html, printer, page_numbers=document.page_numbers, base_url=document.base_url)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for page in range(laid.pages):
            if page:
                printer.newPage()
            laid.paint(painter, page)
    finally:
        painter.end()
    return laid.pages


class PdfPreview(QDialog):
    """The pages of ``path`` (written from ``document``), with Print, Save to USB and Close."""

    def __init__(self, document: Printable, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(plain_title(document.title))
        self.setModal(True)
        self.document = document
        self.path = Path(path)
        self.copies: list[Path] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 16, 24, 16)
        col.setSpacing(10)
        col.addWidget(label(document.title, "subtitle"))
        self.where = label(self.tr("Saved on this computer: {path}").format(path=self.path), "hint")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.where)

        room = parent.window().size() if parent is not None else self.screen().availableSize()  # the kiosk's window
        width, height = min(PREVIEW_SIZE[0], room.width()), min(PREVIEW_SIZE[1], room.height() - 40)
        page_w = width - CHROME_PX[0]
        if document.landscape:  # one page to see whole: it fits the height too
            full = page_layout(True).fullRect(QPageLayout.Unit.Millimeter)
            page_w = min(page_w, round((height - CHROME_PX[1]) * full.width() / full.height()))
        self.pages: list[QLabel] = []
        holder = QWidget()
        holder.setObjectName("previewPages")
        pages = QVBoxLayout(holder)
        pages.setContentsMargins(16, 16, 16, 16)
        pages.setSpacing(16)
        for index, image in enumerate(page_images(document, page_w)):
            page = QLabel()
            page.setObjectName("previewPage")
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setAccessibleName(self.tr("Page {n}").format(n=index + 1))
            pages.addWidget(page)
            self.pages.append(page)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("previewScroll")
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.scroll, 1)

        self.message = label("", "pageMessage")
        self.message.hide()
        col.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addStretch(1)
        self.close_button = button(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        self.save_button = button(self.tr("Save to USB…"))
        self.save_button.clicked.connect(self.choose_copy)
        row.addWidget(self.save_button)
        self.print_button = button(self.tr("Print…"), "primary")
        self.print_button.clicked.connect(self.choose_printer)
        row.addWidget(self.print_button)
        col.addLayout(row)
        self.resize(width, height)

    def say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", "ok" if ok else "try")
        self.message.show()

    # -- print ------------------------------------------------------------------------------
    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.document.landscape))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        try:
            pages = print_document(self.document, printer)
        except OSError:
            self.say(self.tr("The printer could not be opened. Check that it is on and connected."), False)
            return
        self.say(self.tr("Sent %n page(s) to the printer.", "", pages), True)

    # -- save a copy ------------------------------------------------------------------------
    def choose_copy(self) -> None:
        suggested = save_folder() / self.path.name
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the PDF"), str(suggested),
                                                      self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.copy_to(Path(chosen))

    def copy_to(self, target: Path) -> None:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError:
            self.say(self.tr("The copy could not be saved in {folder}. Is the USB stick plugged in and "
                             "not full?").format(folder=target.parent), False)
            return
        self.copies.append(target)
        self.say(self.tr("Saved a copy in {path}.").format(path=target), True)
