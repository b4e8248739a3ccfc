"""Print an HTML string to an A4 PDF file (attendance sheets, certificates, picture cards).

    pages = html_to_pdf(html, Path("lista.pdf"), "Asistencia 5º A", page_numbers=True)

Qt's own rich text engine (``QTextDocument``, the HTML subset Qt documents as "Supported HTML
Subset") laid out on a ``QPdfWriter``: no browser, no extra dependency.  Fonts are embedded, so
the text can be searched and copied.  Images: ``<img src="file:///...">`` (PNG, JPEG or SVG)
with ``width``/``height`` in CSS pixels (96 per inch, as on screen).  Use tables for layout;
``page-break-before: always`` / ``page-break-after: always`` on a block start a new page.

Needs a ``QGuiApplication`` (fonts); ``ensure_gui_app()`` makes an offscreen one for the
command line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from kiosk.core.errors import Code, StorageProblem

RESOLUTION_DPI = 300
MARGIN_MM = 15.0
FOOTER_PT = 9


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen where there is no display)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1] or ["kiosk"])


def html_to_pdf(html: str, path: Path, title: str, *, page_numbers: bool = False,
                landscape: bool = False, base_url: Path | None = None) -> int:
    """Write ``html`` to ``path`` as an A4 PDF (15 mm margins) and return the page count.

    ``page_numbers`` adds "n / N" at the bottom of each page.  ``base_url`` resolves relative
    image paths.  A file that cannot be written raises ``StorageProblem``."""
    ensure_gui_app()
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise StorageProblem(Code.FILE_NOT_WRITTEN, path=str(path), detail=str(exc)) from exc

    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Telecentro")
    writer.setResolution(RESOLUTION_DPI)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    if base_url is not None:
        doc.setBaseUrl(QUrl.fromLocalFile(str(base_url).rstrip("/\\") + "/"))
    font = QFont()
    font.setFamilies(["Noto Sans", "DejaVu Sans", "Segoe UI", "Arial"])
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(html)

    page_w = float(writer.width())
    page_h = float(writer.height())
    footer_h = (FOOTER_PT * 2.2 / 72.0) * RESOLUTION_DPI if page_numbers else 0.0
    body_h = page_h - footer_h
    doc.setPageSize(QSizeF(page_w, body_h))
    pages = max(1, doc.pageCount())

    painter = QPainter()
    if not painter.begin(writer):
        raise StorageProblem(Code.FILE_NOT_WRITTEN, path=str(path), detail="QPainter.begin failed")
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(FOOTER_PT)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_h)
            doc.drawContents(painter, QRectF(0, page * body_h, page_w, body_h))
            painter.restore()
            if page_numbers:
                painter.setFont(footer_font)
                painter.drawText(QRectF(0, body_h, page_w, footer_h),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                                 f"{page + 1} / {pages}")
    finally:
        painter.end()
    return pages
