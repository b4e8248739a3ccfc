"""A drawing (the segments a run drew) as a still picture: a gallery thumbnail, the big view,
the PNG saved to a USB stick.  The drawing is fitted to the picture with a margin, y up as the
turtle sees it, on white; lines keep their colour and grow with the turtle's ``width``.

Pure painting on the main thread (a few hundred lines: well under a frame); running the
program that makes the segments is the caller's business (the sandbox, on the compute lane).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintDevice, QPen, QPixmap, QTransform

from kiosk.turtle.model import Segment
from kiosk.ui import theme

PAPER = "#FFFFFF"
MARGIN_PART = 0.08  # room around the drawing, a part of the picture's side
MIN_SPAN = 40.0  # turtle units: a dot or a short line is not blown up to fill the picture


def fit(segments: Sequence[Segment], width: float, height: float) -> QTransform:
    """Turtle coordinates -> picture pixels: the drawing centred, as large as fits, y up."""
    xs = [v for s in segments for v in (s.x1, s.x2)] or [0.0]
    ys = [v for s in segments for v in (s.y1, s.y2)] or [0.0]
    span_x = max(MIN_SPAN, max(xs) - min(xs))
    span_y = max(MIN_SPAN, max(ys) - min(ys))
    room = min(width, height) * (1 - 2 * MARGIN_PART)
    scale = min(room / span_x, room / span_y) if room > 0 else 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    t = QTransform()
    t.translate(width / 2, height / 2)
    t.scale(scale, -scale)
    t.translate(-cx, -cy)
    return t


def line_px(width: float, side: float) -> float:
    """How thick a line of turtle ``width`` is in a picture ``side`` pixels wide: visible in a
    thumbnail, not a smudge in the 1000-px PNG."""
    base = max(2.5, side / 140)
    return min(side / 20, base * max(1.0, width))


def paint(device: QPaintDevice, segments: Sequence[Segment], width: int, height: int) -> None:
    """Paint ``segments`` on ``device`` (already filled with its background)."""
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(fit(segments, width, height))
        side = min(width, height)
        pens: dict[tuple[str, float], QPen] = {}
        for s in segments:
            key = (s.color, s.width)
            pen = pens.get(key)
            if pen is None:
                color = QColor(s.color)
                pen = QPen(color if color.isValid() else QColor(theme.INK), line_px(s.width, side))
                pen.setCosmetic(True)  # pixels, whatever the scale
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                pens[key] = pen
            painter.setPen(pen)
            painter.drawLine(QLineF(s.x1, s.y1, s.x2, s.y2))
    finally:
        painter.end()


def drawing_image(segments: Sequence[Segment], side: int = 1000) -> QImage:
    """The drawing on a white square ``side`` pixels wide (what the PNG holds)."""
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(PAPER))
    paint(image, segments, side, side)
    return image


def drawing_pixmap(segments: Sequence[Segment], side: int, ratio: float = 1.0) -> QPixmap:
    """The drawing on a white square for the screen (``ratio``: the screen's device pixel ratio)."""
    px = max(1, round(side * ratio))
    pm = QPixmap(px, px)
    pm.fill(QColor(PAPER))
    paint(pm, segments, px, px)
    pm.setDevicePixelRatio(ratio)
    return pm


def save_png(segments: Sequence[Segment], path: Path, side: int = 1000) -> None:
    """Write the drawing as a PNG at ``path``; ``OSError`` when it cannot be written (a full or
    read-only USB stick, a folder that went away)."""
    if not drawing_image(segments, side).save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def bounds(segments: Sequence[Segment], side: int) -> QRectF:
    """Where the drawing lands in a ``side`` square picture (tests)."""
    xs = [v for s in segments for v in (s.x1, s.x2)]
    ys = [v for s in segments for v in (s.y1, s.y2)]
    return fit(segments, side, side).mapRect(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
