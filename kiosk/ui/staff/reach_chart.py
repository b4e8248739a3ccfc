"""The reach chart: people reached per group against the programme's goals, drawn with QPainter.

One row per group (children, teens, adult learners, parents, teachers):

* on the left the group's name and, in words, how many were reached;
* a bar: solid for learners with an account (distinct people), hatched for people without an
  account counted at workshops, a black line at the goal, and "212 of 300 (71 %)" beside it;
* on the right one small column per month with its number of distinct learners on top.

Numbers are always written out and the two kinds of people differ by pattern as well as
colour, so the chart reads the same in grey print or for someone who does not see colours.
Colours come from ``kiosk.ui.theme``; the font from the stylesheet (``QWidget#reachChart``).
``ChartScroll`` holds the chart on the exports page and scrolls it sideways when narrow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from kiosk.ui import theme

ROW_H = 58
HEADER_H = 26
LEGEND_H = 34
LABEL_W = 300
MONTH_MIN_W = 44
TEXT_W = 200  # "212 of 300 (71 %)" right of the bar


@dataclass(frozen=True)
class ChartGroup:
    label: str
    learners: int  # distinct learners with an account over the range
    anonymous: int  # people without an account (workshops)
    goal: int  # 0: no goal set
    months: list[int] = field(default_factory=list)  # distinct learners per month

    @property
    def reached(self) -> int:
        return self.learners + self.anonymous


class ReachChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reachChart")
        self.setAccessibleName(self.tr("Reach against the goals"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.groups: list[ChartGroup] = []
        self.month_names: list[str] = []
        self.caption = ""

    def set_data(self, groups: list[ChartGroup], month_names: list[str], caption: str = "") -> None:
        """``caption``: what the chart covers ("Whole site, 01/03/2025 – 31/03/2025")."""
        self.groups = list(groups)
        self.month_names = list(month_names)
        self.caption = caption
        self.setAccessibleDescription(" ".join([caption, *(self.summary(g) for g in self.groups)]))
        self.updateGeometry()
        self.update()

    def summary(self, group: ChartGroup) -> str:
        """The row in words (also the accessible description)."""
        if group.goal:
            return self.tr("{group}: {reached} of {goal} ({percent} %).").format(
                group=group.label, reached=group.reached, goal=group.goal,
                percent=round(100 * group.reached / group.goal))
        return self.tr("{group}: {reached} (no goal set).").format(group=group.label, reached=group.reached)

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER_H + ROW_H * max(1, len(self.groups)) + LEGEND_H)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme.CARD))
        width = self.width()
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.8)
        bold = QFont(base)
        bold.setBold(True)
        ink, muted = QColor(theme.INK), QColor(theme.MUTED)

        months = self.month_names
        month_w = max(MONTH_MIN_W, min(70, (width - LABEL_W) // 3 // max(1, len(months))))
        months_w = month_w * len(months) if months else 0
        if LABEL_W + 260 + months_w > width:  # too many months to fit: totals only
            months, months_w = [], 0
        bar_x = LABEL_W
        bar_w = max(120, width - LABEL_W - months_w - TEXT_W - 16)
        month_x = width - months_w - 8
        month_top = max([v for g in self.groups for v in g.months] or [0]) or 1

        p.setFont(small)
        p.setPen(muted)
        p.drawText(QRectF(8, 2, month_x - 16, HEADER_H - 2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.caption)
        for j, name in enumerate(months):
            p.drawText(QRectF(month_x + j * month_w, 4, month_w, HEADER_H - 6),
                       Qt.AlignmentFlag.AlignCenter, name)

        for i, g in enumerate(self.groups):
            y = HEADER_H + i * ROW_H
            if i:
                p.setPen(QPen(QColor(theme.CHART_TRACK), 1))
                p.drawLine(8, y, width - 8, y)
            p.setFont(bold)
            p.setPen(ink)
            p.drawText(QRectF(8, y + 4, LABEL_W - 16, ROW_H - 8),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, g.label)

            # the bar against the goal
            scale = max(g.goal, g.reached, 1)
            track = QRectF(bar_x, y + 10, bar_w, 24)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.CHART_TRACK))
            p.drawRoundedRect(track, 6, 6)
            solid_w = bar_w * g.learners / scale
            hatched_w = bar_w * g.anonymous / scale
            p.setBrush(QColor(theme.CHART_BAR))
            p.drawRect(QRectF(bar_x, track.top(), solid_w, track.height()))
            if g.anonymous:
                rect = QRectF(bar_x + solid_w, track.top(), hatched_w, track.height())
                p.setBrush(QColor(theme.CARD))
                p.drawRect(rect)
                p.setBrush(QBrush(QColor(theme.CHART_BAR_ANON), Qt.BrushStyle.BDiagPattern))
                p.setPen(QPen(QColor(theme.CHART_BAR_ANON), 1))
                p.drawRect(rect)
                p.setPen(Qt.PenStyle.NoPen)
            if g.goal:
                gx = bar_x + bar_w * g.goal / scale
                p.setPen(QPen(QColor(theme.CHART_GOAL), 3))
                p.drawLine(int(gx), int(track.top() - 8), int(gx), int(track.bottom() + 8))
            p.setFont(bold)
            p.setPen(ink)
            if g.goal:
                text = self.tr("{reached} of {goal} ({percent} %)").format(
                    reached=g.reached, goal=g.goal, percent=round(100 * g.reached / g.goal))
            else:
                text = self.tr("{reached} · no goal").format(reached=g.reached)
            p.drawText(QRectF(bar_x + bar_w + 12, track.top() - 4, TEXT_W, track.height() + 8),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            p.setFont(small)
            p.setPen(muted)
            detail = self.tr("{learners} + {anonymous}").format(
                learners=self.tr("%n learner(s) with an account", "", g.learners),
                anonymous=self.tr("%n person(s) without an account", "", g.anonymous))
            p.drawText(QRectF(bar_x, track.bottom() + 4, bar_w + TEXT_W, 24),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, int(bar_w + TEXT_W)))

            # one column per month
            p.setFont(small)
            for j, value in enumerate(g.months[:len(months)]):
                cx = month_x + j * month_w
                h = 28 * value / month_top
                column = QRectF(cx + month_w * 0.25, y + ROW_H - 8 - h, month_w * 0.5, h)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(theme.CHART_BAR))
                p.drawRect(column)
                p.setPen(ink)
                p.drawText(QRectF(cx, column.top() - 22, month_w, 20), Qt.AlignmentFlag.AlignCenter, str(value))

        # legend
        y = HEADER_H + ROW_H * len(self.groups) + 8
        p.setFont(small)
        x = 8.0
        swatch = QRectF(x, y + 6, 26, 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.CHART_BAR))
        p.drawRect(swatch)
        p.setPen(ink)
        text = self.tr("learners with an account (each person once)")
        p.drawText(QRectF(x + 32, y, 420, 28), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += 32 + QFontMetrics(small).horizontalAdvance(text) + 24
        swatch = QRectF(x, y + 6, 26, 16)
        p.setBrush(QBrush(QColor(theme.CHART_BAR_ANON), Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(QColor(theme.CHART_BAR_ANON), 1))
        p.drawRect(swatch)
        p.setPen(ink)
        text = self.tr("without an account (workshops)")
        p.drawText(QRectF(x + 32, y, 380, 28), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += 32 + QFontMetrics(small).horizontalAdvance(text) + 24
        p.setPen(QPen(QColor(theme.CHART_GOAL), 3))
        p.drawLine(int(x + 12), int(y + 2), int(x + 12), int(y + 26))
        p.setPen(ink)
        p.drawText(QRectF(x + 24, y, 200, 28), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("goal"))
        if months:
            p.setPen(muted)
            p.drawText(QRectF(month_x, y, months_w, 28), Qt.AlignmentFlag.AlignCenter, self.tr("per month"))
        p.end()


class ChartScroll(QScrollArea):
    """The reach chart, scrolling sideways inside itself when the page is narrower than the
    chart (1024x600): as tall as the chart (and its scroll bar), never wider than the room."""

    def __init__(self, chart: QWidget) -> None:
        super().__init__()
        self.setWidget(chart)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self.widget().sizeHint().width(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        narrow = self.width() < self.widget().sizeHint().width()  # then its scroll bar shows
        bar = self.horizontalScrollBar().sizeHint().height() if narrow else 0
        return QSize(120, self.widget().sizeHint().height() + bar)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if (event.size().width() < self.widget().sizeHint().width()) != (
                event.oldSize().width() < self.widget().sizeHint().width()):
            self.updateGeometry()  # the scroll bar comes or goes: the height it needs too
