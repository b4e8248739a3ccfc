"""A push button whose text wraps: an answer of a quiz is never cut, however long it is and
however narrow the screen (1024x600). Its height follows its text (height for width)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QKeySequence, QTextLayout, QTextOption
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

MIN_TEXT_PX = 120  # the narrowest a wrapped text gets before the layout must give more room
# Room kept free beside the text: a checked, answered or focused button has a thicker border, and
# its text must not wrap differently (nor jump) when that happens.
SLACK_PX = 4


def wrap_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into the lines that fit ``width`` pixels (at word boundaries, or
    anywhere inside a word longer than the width)."""
    layout = QTextLayout(text.replace("\n", " "), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        start = line.textStart()
        lines.append(layout.text()[start:start + line.textLength()].strip())
    layout.endLayout()
    return lines or [""]


class WrapButton(QPushButton):
    """``text()`` is the whole text (for tests and screen readers); it is painted wrapped to the
    width the layout gives, and ``heightForWidth`` says how tall that makes the button."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setShortcut(QKeySequence())  # painted with its "&" as written: no Alt mnemonic either
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._heights: dict[tuple, int] = {}  # (width, text, minimum, checked, state) -> height
        self._chrome_px: int | None = None  # until the font or the style changes
        # True: never narrower than its longest word (short labels such as a sort's places,
        # where a word broken in two reads as two words); long answers may break anywhere.
        self.whole_words = False

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        super().setText(text)
        self.setShortcut(QKeySequence())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self._chrome_px = None
            self.updateGeometry()

    # A checked button may have a thicker border (the theme): its height is asked for again.
    def checkStateSet(self) -> None:  # noqa: N802 - Qt name
        super().checkStateSet()
        self.updateGeometry()

    def nextCheckState(self) -> None:  # noqa: N802 - Qt name
        super().nextCheckState()
        self.updateGeometry()

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return opt

    def _chrome(self, opt: QStyleOptionButton | None = None) -> int:
        """Pixels of the width that are not text: border, padding, icon, slack."""
        if self._chrome_px is None:
            bare = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt or self._option(), QSize(0, 0), self)
            icon = self.iconSize().width() + 4 if not self.icon().isNull() else 0
            self._chrome_px = bare.width() + icon + SLACK_PX
        return self._chrome_px

    def text_lines(self, width: int | None = None) -> list[str]:
        """The lines the text is painted in at ``width`` (the button's own width by default)."""
        return wrap_lines(self.text(), self.font(), (self.width() if width is None else width) - self._chrome())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        key = (width, self.text(), self.minimumHeight(), self.isChecked(), str(self.property("state")))
        if key not in self._heights:
            opt = self._option()
            lines = wrap_lines(self.text(), self.font(), width - self._chrome(opt))
            text = QSize(max(1, width - self._chrome(opt)), len(lines) * self.fontMetrics().lineSpacing())
            height = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, text, self).height()
            self._heights[key] = max(height, self.minimumHeight())
        return self._heights[key]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        natural = super().sizeHint()
        width = natural.width() if self.width() < 10 else max(self.width(), self.minimumSizeHint().width())
        return QSize(natural.width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        width = min(super().sizeHint().width(), self._chrome() + MIN_TEXT_PX)
        if self.whole_words:
            metrics = self.fontMetrics()
            longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
            width = max(width, longest + 2 + self._chrome())  # +2: the layout's fractional advances
        return QSize(width, self.heightForWidth(width) if self.width() < 10 else self.heightForWidth(self.width()))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QStylePainter(self)
        opt = self._option()
        lines = wrap_lines(self.text(), self.font(), self.width() - self._chrome())
        opt.text = "\n".join(line.replace("&", "&&") for line in lines)  # no mnemonics in answers
        painter.drawControl(QStyle.ControlElement.CE_PushButton, opt)
