"""The turtle's drawing surface: the target faintly behind, the learner's lines, the turtle.

Turtle coordinates (y up) are mapped to the widget by one ``QTransform`` computed when the size
or the drawing's extent changes: the target, the whole run (so playback never rescales) and the
start (0, 0), with some room around, at least MIN_SPAN turtle units each way, aspect kept. A
child's 100-step square then fills a good part of the canvas instead of a corner of it.

Repaints are cheap: the target is a pixmap made once per size; the learner's lines are painted
onto a layer pixmap as playback advances (only the new segments each tick) and the layer is
rebuilt only when playback goes back or the widget is resized. A paint is then two pixmap blits,
the red mistake line and the turtle.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.turtle.model import Segment, Step, TurtleState
from kiosk.ui import theme

MIN_SPAN = 240.0  # the smallest world shown (turtle units), centred on the drawing
PAD = 0.12  # room around the drawing, a part of its size
MARGIN = 12.0  # px around the world
TARGET_INK = "#B9C0C8"  # the target: light grey, dashed, behind
GRID_INK = "#ECEAE3"
MISTAKE_INK = "#D32F2F"
TURTLE_FILL = theme.GREEN
LINE_MIN_PX = 4.0  # the learner's lines (width 1 and 2 alike: a child sees them over the target)
LINE_MAX_PX = 24.0
TURTLE_PX = 24.0  # from the turtle's nose to its tail


class TurtleCanvas(QWidget):
    """``set_target(segments)``, ``show_steps(steps, upto)``, ``set_mistake(segment | None)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turtleCanvas")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 200)
        self.setAccessibleName(self.tr("Drawing"))
        self._target: tuple[Segment, ...] = ()
        self._steps: tuple[Step, ...] = ()
        self._upto = 0  # how many steps are shown
        self._mistake: Segment | None = None
        self._extent = QRectF(-MIN_SPAN / 2, -MIN_SPAN / 2, MIN_SPAN, MIN_SPAN)
        self._transform = QTransform()
        self._fitted = QSize()
        self._target_pixmap: QPixmap | None = None
        self._layer: QPixmap | None = None
        self._layer_upto = 0
        self._pens: dict[tuple[str, float], QPen] = {}

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(480, 440)

    # -- what is shown ------------------------------------------------------------------------
    def set_target(self, segments: Sequence[Segment]) -> None:
        self._target = tuple(segments)
        self._refit()

    def show_steps(self, steps: Sequence[Step], upto: int | None = None) -> None:
        """Show the first ``upto`` of ``steps`` (all when None). Passing the same steps again
        with a larger ``upto`` paints only the new segments."""
        steps = tuple(steps)
        upto = len(steps) if upto is None else max(0, min(upto, len(steps)))
        if steps is not self._steps and steps != self._steps:
            self._steps = steps
            self._upto = upto
            self._refit()
            return
        if upto < self._layer_upto:
            self._layer = None  # going back: rebuilt at the next paint
        self._upto = upto
        self.update()

    def clear(self) -> None:
        """No learner drawing, no mistake (the target stays)."""
        self._mistake = None
        self.show_steps((), 0)

    def set_mistake(self, segment: Segment | None) -> None:
        self._mistake = segment
        self.update()

    @property
    def upto(self) -> int:
        return self._upto

    @property
    def steps(self) -> tuple[Step, ...]:
        return self._steps

    def turtle(self) -> TurtleState:
        """Where the turtle is after the steps shown."""
        return self._steps[self._upto - 1].state if self._upto else TurtleState()

    def to_widget(self, x: float, y: float) -> QPointF:
        """A turtle point's place in the widget (tests, hit areas)."""
        return self._transform.map(QPointF(x, y))

    # -- geometry -----------------------------------------------------------------------------
    def _refit(self) -> None:
        xs = [0.0]  # the start is always in view
        ys = [0.0]
        for seg in self._target + tuple(s for step in self._steps for s in step.segments):
            xs += (seg.x1, seg.x2)
            ys += (seg.y1, seg.y2)
        for step in self._steps:
            xs.append(step.state.x)
            ys.append(step.state.y)
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        w = max(MIN_SPAN, w * (1 + 2 * PAD) + 20)
        h = max(MIN_SPAN, h * (1 + 2 * PAD) + 20)
        self._extent = QRectF(cx - w / 2, cy - h / 2, w, h)
        self._new_transform()

    def _new_transform(self) -> None:
        w = max(1.0, self.width() - 2 * MARGIN)
        h = max(1.0, self.height() - 2 * MARGIN)
        ext = self._extent
        scale = min(w / ext.width(), h / ext.height())
        cx, cy = ext.center().x(), ext.center().y()
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
        t.scale(scale, -scale)  # y up
        t.translate(-cx, -cy)
        self._transform = t
        self._fitted = self.size()
        self._target_pixmap = None
        self._layer = None
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if event.size() != self._fitted:  # (a grab of a hidden widget resends the same size)
            self._new_transform()

    # -- painting -----------------------------------------------------------------------------
    def _pen(self, color: str, width: float) -> QPen:
        key = (color, width)
        pen = self._pens.get(key)
        if pen is None:
            qcolor = QColor(color)
            if not qcolor.isValid():
                qcolor = QColor(theme.INK)
            pen = QPen(qcolor, min(LINE_MAX_PX, max(LINE_MIN_PX, width * 3.0)))  # px: easy to see over the target
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self._pens[key] = pen
        return pen

    def _blank(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pm = QPixmap(QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio))))
        pm.setDevicePixelRatio(ratio)
        pm.fill(Qt.GlobalColor.transparent)
        return pm

    def _paint_target(self) -> QPixmap:
        pm = self._blank()
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setTransform(self._transform)
        grid = QPen(QColor(GRID_INK), 1)
        grid.setCosmetic(True)
        p.setPen(grid)
        ext = self._extent
        p.drawLine(QLineF(ext.left(), 0, ext.right(), 0))  # the axes through (0, 0): where it starts
        p.drawLine(QLineF(0, ext.top(), 0, ext.bottom()))
        pen = QPen(QColor(TARGET_INK), 6)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLines([QLineF(s.x1, s.y1, s.x2, s.y2) for s in self._target])
        p.end()
        return pm

    def _paint_layer(self) -> None:
        """Bring the learner's layer up to ``_upto`` (from scratch when it was dropped)."""
        if self._layer is None:
            self._layer = self._blank()
            self._layer_upto = 0
        if self._layer_upto >= self._upto:
            return
        p = QPainter(self._layer)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setTransform(self._transform)
        # Runs of segments with the same pen go in one drawLines (a whole 10,000-move drawing
        # is repainted after a resize: one call per pen change, not one per segment).
        key, lines = None, []
        for step in self._steps[self._layer_upto:self._upto]:
            for s in step.segments:
                if (s.color, s.width) != key:
                    if lines:
                        p.drawLines(lines)
                    key, lines = (s.color, s.width), []
                    p.setPen(self._pen(s.color, s.width))
                lines.append(QLineF(s.x1, s.y1, s.x2, s.y2))
        if lines:
            p.drawLines(lines)
        p.end()
        self._layer_upto = self._upto

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._target_pixmap is None:
            self._target_pixmap = self._paint_target()
        self._paint_layer()
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(theme.CARD))
        p.drawPixmap(0, 0, self._target_pixmap)
        p.drawPixmap(0, 0, self._layer)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mistake is not None:
            m = self._mistake
            pen = QPen(QColor(MISTAKE_INK), 7)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(QLineF(self._transform.map(QPointF(m.x1, m.y1)), self._transform.map(QPointF(m.x2, m.y2))))
        self._paint_turtle(p, self.turtle())
        p.end()

    def _paint_turtle(self, p: QPainter, state: TurtleState) -> None:
        at = self._transform.map(QPointF(state.x, state.y))
        p.save()
        p.translate(at)
        p.rotate(-state.heading)  # turtle angles turn counter-clockwise, the screen's clockwise
        shape = QPolygonF([QPointF(TURTLE_PX * 0.6, 0), QPointF(-TURTLE_PX * 0.4, TURTLE_PX * 0.45),
                           QPointF(-TURTLE_PX * 0.2, 0), QPointF(-TURTLE_PX * 0.4, -TURTLE_PX * 0.45)])
        path = QPainterPath()
        path.addPolygon(shape)
        path.closeSubpath()
        p.setPen(QPen(QColor(theme.INK), 1.5))
        fill = QColor(TURTLE_FILL) if state.pen_down else QColor(theme.CARD)
        p.fillPath(path, fill)
        p.drawPath(path)
        p.restore()
