"""Picture-password cards: one card per learner with their avatar, their name and their 4
secret pictures in order, 6 cards to an A4 page with dashed cut lines.

Cards can only be printed while the sequences are in memory (the database keeps only salted
hashes), so the classes page prints them in the same step as it gives the class new random
sequences (``ClassesPage.print_cards``).  ``pdf_job`` makes the HTML now and returns the
function that lays it out in a child process, for the task runner's compute lane.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk import resources
from kiosk.people.picture_password import picture_names, picture_path
from kiosk.ui import theme
from kiosk.ui.pdf import Printable, html_to_pdf
from kiosk.ui.widgets.common import plain_file_name

CARDS_PER_ROW = 2
ROWS_PER_PAGE = 3
AVATAR_PX = 72
PICTURE_PX = 72  # 4 pictures side by side in half an A4 page


@dataclass(frozen=True)
class Card:
    name: str
    avatar: str  # a bundled avatar file name
    sequence: tuple[str, ...]  # picture keys, in the order to tap them


class PictureCards(QObject):
    """Builds the cards' HTML (with translated words) and prints it to PDF."""

    def __init__(self, lang: str = "es", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def html(self, cards: Sequence[Card], class_name: str) -> str:
        per_page = CARDS_PER_ROW * ROWS_PER_PAGE
        pages = [cards[i:i + per_page] for i in range(0, len(cards), per_page)] or [[]]
        parts = []
        for number, page in enumerate(pages):
            breaker = ' style="page-break-after: always"' if number < len(pages) - 1 else ""
            rows = []
            for r in range(0, len(page), CARDS_PER_ROW):
                cells = [f'<td width="50%" style="border: 1px dashed {theme.MUTED}; padding: 10px;">{self._card(c, class_name)}</td>'
                         for c in page[r:r + CARDS_PER_ROW]]
                cells += ['<td width="50%"></td>'] * (CARDS_PER_ROW - len(cells))
                rows.append(f"<tr>{''.join(cells)}</tr>")
            parts.append(f'<table width="100%" cellspacing="8" cellpadding="0"{breaker}>{"".join(rows)}</table>')
        return f"<html><body>{''.join(parts)}</body></html>"

    def _card(self, card: Card, class_name: str) -> str:
        names = picture_names(self.lang)
        avatar = resources.avatar_path(card.avatar)
        if not plain_file_name(card.avatar) or not avatar.is_file():  # a name from the database, never a path
            avatar = resources.icon_path("persona-mas.svg")
        header = escape(self.tr("Telecentro · {class_name}").format(class_name=class_name))
        order = escape(self.tr("Your secret pictures, in this order:"))
        keep = escape(self.tr("Keep this card safe and show it to nobody."))
        steps = "".join(
            f'<td align="center" style="padding: 2px 4px;">'
            f'<img src="{picture_path(key).as_uri()}" width="{PICTURE_PX}" height="{PICTURE_PX}"><br>'
            f'<span style="font-size: 15pt; font-weight: bold;">{index}</span><br>'
            f'<span style="font-size: 9pt;">{escape(names.get(key, key))}</span></td>'
            for index, key in enumerate(card.sequence, 1)
        )
        return (
            f'<p style="font-size: 8pt; color: {theme.MUTED}; margin: 0;">{header}</p>'
            f'<table cellspacing="0" cellpadding="2"><tr>'
            f'<td valign="middle"><img src="{avatar.as_uri()}" width="{AVATAR_PX}" height="{AVATAR_PX}"></td>'
            f'<td valign="middle" style="padding-left: 8px;"><span style="font-size: 18pt; font-weight: bold;">'
            f"{escape(card.name)}</span></td></tr></table>"
            f'<p style="font-size: 10pt; margin: 4px 0;">{order}</p>'
            f'<table cellspacing="0" cellpadding="0"><tr>{steps}</tr></table>'
            f'<p style="font-size: 8pt; color: {theme.MUTED}; margin-top: 4px;">'
            f'{keep}</p>'
        )

    def title(self, class_name: str) -> str:
        return self.tr("Picture cards: {class_name}").format(class_name=class_name)

    def write_pdf(self, cards: Sequence[Card], class_name: str, path: Path) -> int:
        return html_to_pdf(self.html(cards, class_name), path, self.title(class_name))

    def document(self, cards: Sequence[Card], class_name: str) -> Printable:
        """The cards' HTML, made now (on the main thread): ``.render(path)`` writes the PDF in
        a child process, and ``kiosk.ui.staff.pdf_preview.PdfPreview`` shows and prints it."""
        return Printable(self.html(cards, class_name), self.title(class_name))

    def pdf_job(self, cards: Sequence[Card], class_name: str, path: Path) -> Callable[[], int]:
        """``write_pdf`` in two halves: the HTML now (on the main thread), the layout by the
        returned function (a child process: for the compute lane); it returns the pages."""
        document = self.document(cards, class_name)
        return lambda: document.render(path)
