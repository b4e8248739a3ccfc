"""Shows one Markdown block of a lesson: safe HTML, local images only, no network ever."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDefaultStyleSheet(theme.lesson_css(body_pt))
        self.document().setDocumentMargin(4)
        self.anchorClicked.connect(self._on_anchor)
        self.setHtml(html)
        self.document().contentsChanged.connect(self._fit)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt name
        if url.isLocalFile():
            path = Path(url.toLocalFile()).resolve()
            if path.is_relative_to(self._module_dir) and path.is_file():
                return super().loadResource(kind, url)
        return None  # web, data:, other folders: nothing is loaded

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() in WEB_SCHEMES or url.toString().startswith("www."):
            self.link_needs_internet.emit(url.toString())

    def _fit(self) -> None:
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        height = int(doc.size().height()) + self.frameWidth() * 2 + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._fit()
