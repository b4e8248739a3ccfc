"""The turtle's state machine, computing positions exactly as CPython's ``turtle`` does.

CPython (Lib/turtle.py, ``TNavigator``) keeps the heading as a unit vector ``_orient`` that each
turn rotates (``Vec2D.rotate``: ``perp = (-y, x)``, ``c, s = cos, sin(radians(angle))``), and
moves with ``position + orient * distance``. Repeating the same float operations in the same
order gives bit-for-bit the same coordinates (tests/turtle/test_geometry.py compares with
``turtle.TNavigator`` itself). ``circle`` is CPython's inscribed polygon: ``steps = 1 +
int(min(11 + |r|/6, 59) * |extent|/360)`` sides, a half turn ``w/2`` first, then ``steps`` times
(forward ``l``, turn ``w``), then ``-w/2``.

Each command returns the segments it drew (pen down; a zero-length move draws nothing).
"""

from __future__ import annotations

import math

from kiosk.turtle.model import DEFAULT_COLOR, DEFAULT_WIDTH, Segment, TurtleState

FULL_CIRCLE = 360.0
DEGREES_PER_AU = 360 / FULL_CIRCLE  # 1.0, as TNavigator.degrees() sets it


def circle_steps(radius: float, extent: float | None = None) -> int:
    """How many sides CPython's ``circle(radius, extent)`` draws when ``steps`` is not given."""
    if extent is None:
        extent = FULL_CIRCLE
    frac = abs(extent) / FULL_CIRCLE
    return 1 + int(min(11 + abs(radius) / 6.0, 59.0) * frac)


class Turtle:
    """Position (x, y), orientation vector, pen. Start: (0, 0), heading east, pen down, black."""

    def __init__(self) -> None:
        self.x: float = 0.0
        self.y: float = 0.0
        self.ox: float = 1.0  # TNavigator.START_ORIENTATION["standard"]
        self.oy: float = 0.0
        self.pen_down = True
        self.color = DEFAULT_COLOR
        self.width = DEFAULT_WIDTH

    # --- CPython's primitives --------------------------------------------------------------
    def _rotate(self, angle: float) -> None:
        angle *= DEGREES_PER_AU
        x, y = self.ox, self.oy
        px, py = -y, x
        angle = math.radians(angle)
        c, s = math.cos(angle), math.sin(angle)
        self.ox, self.oy = x * c + px * s, y * c + py * s

    def _go(self, distance: float) -> list[Segment]:
        dx, dy = self.ox * distance, self.oy * distance
        return self._goto(self.x + dx, self.y + dy)

    def _goto(self, x: float, y: float) -> list[Segment]:
        start = (self.x, self.y)
        self.x, self.y = x, y
        if not self.pen_down or start == (x, y):
            return []
        return [Segment(float(start[0]), float(start[1]), float(x), float(y), self.color, self.width)]

    # --- the commands ----------------------------------------------------------------------
    def forward(self, distance: float) -> list[Segment]:
        return self._go(distance)

    def back(self, distance: float) -> list[Segment]:
        return self._go(-distance)

    def left(self, angle: float) -> list[Segment]:
        self._rotate(angle)
        return []

    def right(self, angle: float) -> list[Segment]:
        self._rotate(-angle)
        return []

    def goto(self, x: float, y: float) -> list[Segment]:
        return self._goto(x, y)

    def penup(self) -> list[Segment]:
        self.pen_down = False
        return []

    def pendown(self) -> list[Segment]:
        self.pen_down = True
        return []

    def set_color(self, color: str) -> list[Segment]:
        self.color = color
        return []

    def set_width(self, width: float) -> list[Segment]:
        self.width = width
        return []

    def circle(self, radius: float, extent: float | None = None, steps: int | None = None) -> list[Segment]:
        if extent is None:
            extent = FULL_CIRCLE
        if steps is None:
            steps = circle_steps(radius, extent)
        w = 1.0 * extent / steps
        w2 = 0.5 * w
        length = 2.0 * radius * math.sin(math.radians(w2) * DEGREES_PER_AU)
        if radius < 0:
            length, w, w2 = -length, -w, -w2
        segments: list[Segment] = []
        self._rotate(w2)
        for _ in range(steps):
            segments.extend(self._go(length))
            self._rotate(w)
        self._rotate(-w2)
        return segments

    # --- reading ---------------------------------------------------------------------------
    def heading(self) -> float:
        """CPython's ``heading()``: degrees in [0, 360), rounded to 10 decimals."""
        result = round(math.degrees(math.atan2(self.oy, self.ox)), 10) % FULL_CIRCLE
        return (result / DEGREES_PER_AU) % FULL_CIRCLE

    def state(self) -> TurtleState:
        return TurtleState(float(self.x), float(self.y), self.heading(), self.pen_down, self.color,
                           float(self.width))


# Colour names learners may write (Spanish and English) -> the canonical (English, Tk) name.
COLORS = {
    "black": "black", "white": "white", "red": "red", "green": "green", "blue": "blue",
    "yellow": "yellow", "orange": "orange", "purple": "purple", "pink": "pink", "brown": "brown",
    "gray": "gray", "grey": "gray", "cyan": "cyan", "magenta": "magenta", "violet": "violet",
    "gold": "gold", "navy": "navy",
    "negro": "black", "blanco": "white", "rojo": "red", "verde": "green", "azul": "blue",
    "amarillo": "yellow", "naranja": "orange", "anaranjado": "orange", "morado": "purple",
    "violeta": "violet", "lila": "violet", "rosa": "pink", "rosado": "pink", "marron": "brown",
    "marrón": "brown", "cafe": "brown", "café": "brown", "gris": "gray", "celeste": "cyan",
    "dorado": "gold", "azul_marino": "navy",
    # Guaraní (machine-made, awaiting review)
    "hũ": "black", "morotĩ": "white", "pytã": "red", "hovy": "blue", "sa'yju": "yellow", "saʼyju": "yellow",
}
_HEX = "0123456789abcdef"


def color_name(value: str) -> str | None:
    """The canonical colour for a learner's colour, or None when it is not one."""
    text = value.strip().lower()
    if text in COLORS:
        return COLORS[text]
    if text.startswith("#") and len(text) in (4, 7) and all(c in _HEX for c in text[1:]):
        if len(text) == 4:
            text = "#" + "".join(c * 2 for c in text[1:])
        return text
    return None
