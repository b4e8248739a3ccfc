"""Shows one Markdown block of a lesson: safe HTML, local images only, no network ever.

The text is never a box of its own to scroll: it is as tall as its content at the width it is
given (height for width), the wheel over it scrolls the page, and it takes no keyboard focus
(a focused text shows nothing: an invisible stop)."""

from __future__ import annotations

from pathlib import Path

import math

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QSizePolicy, QTextBrowser, QWidget

from kiosk.ui import theme

WEB_SCHEMES = {"http", "https", "ftp", "mailto", "www"}


class LessonText(QTextBrowser):
    """A QTextBrowser that grows to its content and never loads anything from outside
    its module's folder.  Web links are not followed: ``link_needs_internet`` fires instead."""

    link_needs_internet = Signal(str)

    def __init__(self, html: str, module_dir: Path, body_pt: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonText")
        self._module_dir = module_dir.resolve()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.document().setDefaultStyleSheet(theme.lesson_css(body_pt))
        self.document().setDocumentMargin(4)
        self.anchorClicked.connect(self._on_anchor)
        self._heights: dict[tuple[int, str], int] = {}  # (width, font) -> height, until the content changes
        self.setHtml(html)
        self.document().contentsChanged.connect(self._changed)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt name
        if url.isLocalFile():
            path = Path(url.toLocalFile()).resolve()
            if path.is_relative_to(self._module_dir) and path.is_file():
                return super().loadResource(kind, url)
        return None  # web, data:, other folders: nothing is loaded

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() in WEB_SCHEMES or url.toString().startswith("www."):
            self.link_needs_internet.emit(url.toString())

    # -- as tall as the content ------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        key = (width, self.font().key())
        if key not in self._heights:
            doc = self.document()
            frame = self.frameWidth() * 2
            shown = doc.textWidth()
            wanted = max(1, width - frame)
            if shown != wanted:
                doc.setTextWidth(wanted)
            self._heights[key] = math.ceil(doc.size().height()) + frame
            if shown != wanted and shown > 0:  # shown at its own width, whatever was asked
                doc.setTextWidth(shown)
        return self._heights[key]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        width = self.width() if self.width() > 10 else theme.READING_WIDTH_PX
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(120, self.heightForWidth(self.width()) if self.width() > 10 else 0)

    def _changed(self) -> None:
        self._heights.clear()
        self.updateGeometry()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt name
        """The wheel over the text scrolls the page the text is on, never the text in its box."""
        page = self.parentWidget()
        while page is not None and not isinstance(page, QAbstractScrollArea):
            page = page.parentWidget()
        if page is None:
            event.ignore()
            return
        QApplication.sendEvent(page.viewport(), event.clone())
        event.accept()
