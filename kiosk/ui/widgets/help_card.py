"""Who to call: the "Need help?" card of a sensitive lesson (on every page, above the text) and
the list an ```` ```ayuda ```` block shows (lessons/README.md, "Sensitive lessons", "Help lines").

Both read the lines of lessons/ayuda.yaml (``kiosk.content.help_lines``); every text there is
plain text, shown through ``label`` (``Qt.PlainText``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.common import label

if TYPE_CHECKING:
    from kiosk.content.help_lines import HelpLine

_CARD_STYLE = f"""
QFrame#helpCard, QFrame#helpList {{ background: #FFF8E1; border: 2px solid #B7791F; border-radius: 12px; }}
QFrame#helpCard QLabel, QFrame#helpList QLabel {{ color: {theme.INK}; background: transparent; border: none; }}
QLabel#helpTitle {{ font-size: 15pt; font-weight: 700; }}
QLabel#helpChip {{ font-size: 14pt; }}
QLabel#helpNumber {{ font-size: 18pt; font-weight: 700; }}
QLabel#helpDetail {{ font-size: 13pt; color: {theme.MUTED}; }}
"""


def _short(line: HelpLine, lang: str) -> str:
    return f"{line.number} · {line.name(lang)}" if line.number else line.name(lang)


class HelpCard(QFrame):
    """A slim card: "Need help?" and each line's number and name; the details (who answers, when,
    what it costs) are in its accessible description and in the ``ayuda`` block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpCard")
        self.setStyleSheet(_CARD_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        row.setSpacing(20)
        self.title = label(self.tr("Need help?"), "helpTitle", wrap=False)
        row.addWidget(self.title)
        self._row = row
        self.chips: list[QLabel] = []

    def set_lines(self, lines: Sequence[HelpLine], lang: str) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        while self._row.count() > 1:  # the stretch of the last set
            self._row.takeAt(1)
        for line in lines:
            # A number never wraps; a person's name takes the room left (two lines at 1024).
            chip = label(_short(line, lang), "helpChip", wrap=not line.number)
            chip.setAccessibleDescription(f"{line.who_answers(lang)}. {line.when(lang)}. {line.cost(lang)}".strip(". "))
            self._row.addWidget(chip, 0 if line.number else 1)
            self.chips.append(chip)
        if not lines:  # no lessons/ayuda.yaml: the person of the telecenter is always there
            chip = label(self.tr("Talk to the facilitator of the telecenter."), "helpChip")
            self._row.addWidget(chip, 1)
            self.chips.append(chip)
        if all(chip.wordWrap() is False for chip in self.chips):
            self._row.addStretch(1)
        self.setAccessibleName(" · ".join([self.title.text(), *(c.text() for c in self.chips)]))


class HelpList(QFrame):
    """What an ``ayuda`` block shows on a page: each line with its number, who answers, when
    and what it costs."""

    def __init__(self, lines: Sequence[HelpLine], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpList")
        self.setStyleSheet(_CARD_STYLE)
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 14, 20, 14)
        col.setSpacing(10)
        col.addWidget(label(self.tr("Need help?"), "helpTitle"))
        self.rows: list[QLabel] = []
        for line in lines:
            row = QHBoxLayout()
            row.setSpacing(16)
            number = label(line.number or "•", "helpNumber", wrap=False)
            number.setMinimumWidth(70)
            row.addWidget(number)
            text = QVBoxLayout()
            text.setSpacing(2)
            name = label(line.name(lang), "helpChip")
            text.addWidget(name)
            details = " · ".join(t for t in (line.who_answers(lang), line.when(lang), line.cost(lang)) if t)
            text.addWidget(label(details, "helpDetail"))
            row.addLayout(text, 1)
            col.addLayout(row)
            self.rows.append(name)
