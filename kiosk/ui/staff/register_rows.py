"""How the workshop register paints a learner's row: "Abigail  ·  8 a 11  ·  de la clase" on one
line where the list is wide enough for every row, else the name on the first line and the rest,
smaller, under it -- on a 1024x600 screen the list is ~280 px wide and one line cut the age and
"de la clase" ("Abigail · 8 …").  The item's text stays the one line (tests, screen readers)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.ui import theme

SEPARATOR = "  ·  "  # between the name and the rest, in every language's catalog
DETAIL_SCALE = 0.7  # the second line's size against the name's (17 pt -> 12 pt)
# Room a row keeps beside its words: padding, the tick (30 px), the picture and their spacing.
ROW_CHROME_PX = 2 * 8 + 30 + theme.TABLE_ICON_PX + 3 * 6 + 6


def _detail_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * DETAIL_SCALE)
    small.setBold(False)
    return small


class RowDelegate(QStyledItemDelegate):
    """One line or two for every row of ``view`` (``refit`` after rows are added or the width
    changes); two lines paint the name, then the details smaller and muted."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view
        self.two_lines = False

    def refit(self) -> bool:
        """Whether the mode changed (the view then lays its rows out again)."""
        view = self.view
        metrics = view.fontMetrics()
        room = view.viewport().width() - ROW_CHROME_PX
        two = any(metrics.horizontalAdvance(view.item(i).text()) > room for i in range(view.count()))
        if two == self.two_lines:
            return False
        self.two_lines = two
        view.doItemsLayout()
        view.viewport().update()
        return True

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt name
        size = super().sizeHint(option, index)
        if self.two_lines:
            size.setHeight(size.height() + QFontMetrics(_detail_font(option.font)).height())
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not self.two_lines:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, _sep, details = opt.text.partition(SEPARATOR)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        small = _detail_font(opt.font)
        big_fm, small_fm = QFontMetrics(opt.font), QFontMetrics(small)
        top = rect.top() + max(0, (rect.height() - big_fm.height() - small_fm.height()) // 2)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(QColor(theme.INK))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left(), top, rect.width(), big_fm.height()), align,
                         big_fm.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(small)
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(QRect(rect.left(), top + big_fm.height(), rect.width(), small_fm.height()), align,
                         small_fm.elidedText(details.replace(SEPARATOR, " · "), Qt.TextElideMode.ElideRight,
                                             rect.width()))
        painter.restore()
