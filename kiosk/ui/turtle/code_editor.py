"""The text editor for teens and adults: line numbers, colours, a large font, the line being
run (Step) and the line of an error marked.

Line numbers follow Qt's "Code Editor" example: a ``LineNumberArea`` in the editor's left
viewport margin, painted by the editor block by block.
"""

from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QRect, QRegularExpression, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QPainter, QSyntaxHighlighter, QTextCharFormat,
                           QTextCursor, QTextFormat)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from kiosk.turtle.blocks_model import KINDS
from kiosk.ui import theme

from .studio_style import EDITOR_PT, EDITOR_STYLESHEET

CURRENT_LINE_BG = "#FFF4C2"  # the line Step is on
ERROR_LINE_BG = theme.TRY_BG
ERROR_MARK = "#C75000"
KEYWORD_INK = "#7B1FA2"
COMMAND_INK = theme.PRIMARY_DARK
NUMBER_INK = "#A14600"
STRING_INK = theme.GREEN
COMMENT_INK = "#5F6B76"

KEYWORDS = sorted(set(keyword.kwlist) | {"repetir", "repeat"})
# The turtle commands, canonical and Spanish (the highlighter does not need to be complete:
# LANG's aliases are the authority on what runs).
COMMANDS = sorted({name for spec in KINDS.values() if spec.kind not in ("define", "use")  # blocks, not words
                   for name in (spec.es, spec.en)}
                  | {"width", "grosor", "goto", "ir_a", "circle", "circulo", "print", "mostrar", "range",
                     "rango", "fd", "bk", "lt", "rt", "pu", "pd", "up", "down"})


def _fmt(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class TurtleHighlighter(QSyntaxHighlighter):
    """Keywords, turtle commands, numbers, strings and comments in their colours."""

    def __init__(self, document) -> None:
        super().__init__(document)
        words = lambda names: QRegularExpression(r"\b(" + "|".join(map(re.escape, names)) + r")\b")  # noqa: E731
        self.rules = [
            (words(KEYWORDS), _fmt(KEYWORD_INK, bold=True)),
            (words(COMMANDS), _fmt(COMMAND_INK, bold=True)),
            (QRegularExpression(r"\b\d+(\.\d+)?\b"), _fmt(NUMBER_INK)),
            (QRegularExpression(r"\"[^\"]*\"?|'[^']*'?"), _fmt(STRING_INK)),
            (QRegularExpression(r"#[^\n]*"), _fmt(COMMENT_INK, italic=True)),
        ]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt name
        for pattern, fmt in self.rules:  # later rules win: a "#" inside a string is still a string...
            matches = pattern.globalMatch(text)
            while matches.hasNext():
                m = matches.next()
                self.setFormat(m.capturedStart(), m.capturedLength(), fmt)
        comment = _comment_start(text)  # ...and the comment is only where Python sees one
        if comment is not None:
            self.setFormat(comment, len(text) - comment, self.rules[-1][1])


def _comment_start(text: str) -> int | None:
    quote = None
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return i
    return None


class LineNumberArea(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """``mark_current(line)`` while stepping, ``mark_error(line)`` for a failed run (1-based;
    None clears)."""

    def __init__(self, parent: QWidget | None = None, *, styled: bool = True) -> None:
        """``styled``: False inside the studio, whose one style sheet has these rules too."""
        super().__init__(parent)
        self.setObjectName("codeEditor")
        if styled:
            self.setStyleSheet(EDITOR_STYLESHEET)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(EDITOR_PT)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.setAccessibleName(self.tr("Program"))
        self.highlighter = TurtleHighlighter(self.document())
        self.numbers = LineNumberArea(self)
        self._current: int | None = None
        self._error: int | None = None
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_area)
        self._update_margin()

    # -- public -------------------------------------------------------------------------------
    def source(self) -> str:
        return self.toPlainText()

    def set_source(self, text: str) -> None:
        self.setPlainText(text)
        self.clear_marks()

    def mark_current(self, line: int | None) -> None:
        if line == self._current:
            return
        self._current = line
        self._refresh_marks()
        if line is not None:
            self._show_line(line)

    def mark_error(self, line: int | None) -> None:
        self._error = line
        self._refresh_marks()
        if line is not None:
            self._show_line(line)

    def clear_marks(self) -> None:
        self._current = self._error = None
        self._refresh_marks()

    @property
    def current_line(self) -> int | None:
        return self._current

    @property
    def error_line(self) -> int | None:
        return self._error

    # -- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Tab writes four spaces (the language's indent); Enter keeps the indent and adds one
        after a line ending in ":"; Ctrl+Tab / Esc then Tab leave the editor."""
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("    ")
            return
        if event.key() == Qt.Key.Key_Escape:
            self.focusNextChild()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            line = self.textCursor().block().text()
            indent = line[: len(line) - len(line.lstrip(" "))]
            if line.rstrip().endswith(":"):
                indent += "    "
            super().keyPressEvent(event)
            self.insertPlainText(indent)
            return
        super().keyPressEvent(event)

    # -- marks --------------------------------------------------------------------------------
    def _selection(self, line: int, color: str) -> QTextEdit.ExtraSelection | None:
        block = self.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return None
        sel = QTextEdit.ExtraSelection()
        sel.format.setBackground(QColor(color))
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        sel.cursor = QTextCursor(block)
        return sel

    def _refresh_marks(self) -> None:
        selections = []
        for line, color in ((self._error, ERROR_LINE_BG), (self._current, CURRENT_LINE_BG)):
            if line is not None:
                sel = self._selection(line, color)
                if sel is not None:
                    selections.append(sel)
        self.setExtraSelections(selections)
        self.numbers.update()

    def _show_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(line - 1)
        if block.isValid():
            cursor = QTextCursor(block)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    # -- line numbers (Qt's Code Editor example) ----------------------------------------------
    def line_number_width(self) -> int:
        digits = max(2, len(str(max(1, self.blockCount()))))
        return 16 + self.fontMetrics().horizontalAdvance("9") * digits + 12

    def _update_margin(self, *_args) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _update_area(self, rect: QRect, dy: int) -> None:
        if dy:
            self.numbers.scroll(0, dy)
        else:
            self.numbers.update(0, rect.y(), self.numbers.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.numbers.setGeometry(QRect(cr.left(), cr.top(), self.line_number_width(), cr.height()))

    def paint_line_numbers(self, event) -> None:
        p = QPainter(self.numbers)
        p.setFont(self.font())
        p.fillRect(event.rect(), QColor("#EEF1F4"))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        width = self.numbers.width()
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                line = number + 1
                if line == self._error:
                    p.fillRect(0, top, width, bottom - top, QColor(ERROR_MARK))
                    p.setPen(QColor("white"))
                elif line == self._current:
                    p.fillRect(0, top, width, bottom - top, QColor(CURRENT_LINE_BG))
                    p.setPen(QColor(theme.INK))
                else:
                    p.setPen(QColor(theme.MUTED))
                p.drawText(0, top, width - 10, height, Qt.AlignmentFlag.AlignRight, str(line))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        p.end()
