"""A drawing as a set of segments (for ``kiosk.turtle.check``): pure geometry, no Qt.

``normalise``: zero-length pieces dropped, direction ignored (A->B == B->A), order ignored,
overlapping, touching and collinear pieces merged into one (two ``forward(50)`` are one
``forward(100)``; a line drawn twice counts once). Pieces are grouped into lines (the longest
piece sets each line; a piece joins a line when its direction is within ``MERGE_ANGLE`` and both
its ends within half the tolerance), then each line's intervals are merged across gaps up to the
tolerance. ``match``: two normalised segments are equal when their endpoints are within the
tolerance; instead of rounding to a grid (two points 0.1 apart can round to different cells)
endpoints are hashed on a grid of the tolerance and the neighbouring cells are searched too.
``graph``: corners (ends within the tolerance), pieces, closed polygons. ``Raster``: the circle
comparison's boolean grid (a Python int), Bresenham lines as wide as the pen, dilation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kiosk.turtle.model import DEFAULT_WIDTH, Segment

ZERO = 1e-6  # shorter than this is no line at all
MERGE_ANGLE = 2.0  # degrees: two pieces this close in direction (and on one line) are one line
# (two lines meeting at under ~10° are closer than the tolerance near their meeting point: a short
# piece there may join the other line; turtle challenges turn by 10° or more)
GRID = 200  # the circle comparison's raster, cells per side

Point = tuple[float, float]


# -- pieces and their normalised form --------------------------------------------------------
class Piece:
    """One drawn segment, where it came from, and its measures (computed once)."""

    __slots__ = ("seg", "order", "line", "turns", "turn_line", "a", "b", "length", "angle")

    def __init__(self, seg: Segment, order: int, line: int | None = None, turns: int | None = None,
                 turn_line: int | None = None) -> None:
        self.seg, self.order = seg, order  # order: position in the drawing (0 = first drawn)
        self.line = line  # the source line that drew it
        self.turns = turns  # left/right commands run since the previous piece (None: unknown)
        self.turn_line = turn_line  # the line of the last of them
        self.a: Point = (seg.x1, seg.y1)
        self.b: Point = (seg.x2, seg.y2)
        self.length = math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1)
        self.angle = math.degrees(math.atan2(seg.y2 - seg.y1, seg.x2 - seg.x1)) % 180.0  # direction, [0, 180)


@dataclass
class _Line:
    """Collinear pieces: the line through ``origin`` along ``unit``; each piece an interval."""

    origin: Point
    unit: Point
    angle: float  # direction in [0, 180)
    spans: list[tuple[float, float, Piece]] = field(default_factory=list)

    def holds(self, piece: Piece, near: float) -> bool:
        if _angle_gap(self.angle, piece.angle) > MERGE_ANGLE:
            return False
        (ux, uy), (ox, oy) = self.unit, self.origin
        return (abs(ux * (piece.a[1] - oy) - uy * (piece.a[0] - ox)) <= near
                and abs(ux * (piece.b[1] - oy) - uy * (piece.b[0] - ox)) <= near)

    def add(self, piece: Piece) -> None:
        t1, t2 = (dot(self.unit, sub(p, self.origin)) for p in (piece.a, piece.b))
        self.spans.append((min(t1, t2), max(t1, t2), piece))

    def merged(self, gap: float) -> list[Merged]:
        out: list[Merged] = []
        for start, end, piece in sorted(self.spans, key=lambda s: (s[0], s[1])):
            if out and start <= out[-1].end + gap:
                last = out[-1]
                last.end = max(last.end, end)
                last.pieces.append(piece)
            else:
                out.append(Merged(self, start, end, [piece]))
        return out


@dataclass
class Merged:
    line: _Line
    start: float
    end: float
    pieces: list[Piece]

    def segment(self) -> Segment:
        (ox, oy), (ux, uy) = self.line.origin, self.line.unit
        p = (ox + ux * self.start, oy + uy * self.start)
        q = (ox + ux * self.end, oy + uy * self.end)
        p, q = sorted((_tidy(p), _tidy(q)))
        first = min(self.pieces, key=lambda piece: piece.order)
        width = max(piece.seg.width for piece in self.pieces)
        return Segment(p[0], p[1], q[0], q[1], first.seg.color, width)

    @property
    def first(self) -> Piece:
        return min(self.pieces, key=lambda piece: piece.order)


def _tidy(p: Point) -> Point:
    return (round(p[0], 6) + 0.0, round(p[1], 6) + 0.0)


def normalise_pieces(pieces: Iterable[Piece], tolerance: float) -> list[Merged]:
    """Collinear pieces grouped into lines (the longest piece sets each line), then merged."""
    tol = max(tolerance, ZERO)
    buckets: dict[int, list[_Line]] = {}
    count = int(round(180 / MERGE_ANGLE))
    lines: list[_Line] = []
    for piece in sorted((p for p in pieces if p.length > ZERO), key=lambda p: (-p.length, p.order)):
        angle = piece.angle
        bucket = int(angle / MERGE_ANGLE) % count
        home = next((line for b in (bucket - 1, bucket, bucket + 1)
                     for line in buckets.get(b % count, ()) if line.holds(piece, tol / 2)), None)
        if home is None:
            length = piece.length
            unit = ((piece.b[0] - piece.a[0]) / length, (piece.b[1] - piece.a[1]) / length)
            home = _Line(piece.a, unit, angle)
            buckets.setdefault(bucket, []).append(home)
            lines.append(home)
        home.add(piece)
    merged = [(m.segment(), m) for line in lines for m in line.merged(tol)]
    merged.sort(key=lambda sm: (sm[0].x1, sm[0].y1, sm[0].x2, sm[0].y2))
    return [m for _, m in merged]


def pieces_of(segments: Iterable[Segment]) -> list[Piece]:
    return [Piece(seg, i) for i, seg in enumerate(segments)]


def normalise(segments: Iterable[Segment], tolerance: float = 2.0) -> tuple[Segment, ...]:
    """The drawing as a set of segments: no zero-length ones, each from its smaller endpoint,
    collinear overlapping or touching pieces merged, sorted."""
    return tuple(m.segment() for m in normalise_pieces(pieces_of(segments), tolerance))


def same_drawing(a: Iterable[Segment], b: Iterable[Segment], tolerance: float = 2.0) -> bool:
    """Whether two drawings are the same set of segments (after ``normalise``), within tolerance."""
    missing, extra = match(normalise(a, tolerance), normalise(b, tolerance), tolerance)
    return not missing and not extra


# -- matching ----------------------------------------------------------------------------------
class Grid:
    """Points hashed on a grid of the tolerance: who is within ``tol`` of a point."""

    def __init__(self, tol: float) -> None:
        self.tol = max(tol, ZERO)
        self.cells: dict[tuple[int, int], list[int]] = {}

    def key(self, p: Point) -> tuple[int, int]:
        return (math.floor(p[0] / self.tol), math.floor(p[1] / self.tol))

    def add(self, p: Point, item: int) -> None:
        self.cells.setdefault(self.key(p), []).append(item)

    def near(self, p: Point) -> list[int]:
        kx, ky = self.key(p)
        return [i for dx in (-1, 0, 1) for dy in (-1, 0, 1) for i in self.cells.get((kx + dx, ky + dy), ())]


def close(p: Point, q: Point, tol: float) -> bool:
    return math.hypot(p[0] - q[0], p[1] - q[1]) <= tol + 1e-9


def ends(seg: Segment) -> tuple[Point, Point]:
    return (seg.x1, seg.y1), (seg.x2, seg.y2)


def _same(s: Segment, t: Segment, tol: float) -> bool:
    (a, b), (c, d) = ends(s), ends(t)
    return (close(a, c, tol) and close(b, d, tol)) or (close(a, d, tol) and close(b, c, tol))


def match(target: Sequence[Segment], drawn: Sequence[Segment], tol: float) -> tuple[list[int], list[int]]:
    """Indexes of the target's segments nobody drew, and of the drawn segments not in the target."""
    grid = Grid(tol)
    for i, seg in enumerate(drawn):
        for p in ends(seg):
            grid.add(p, i)
    used: set[int] = set()
    missing: list[int] = []
    for j, seg in enumerate(target):
        found = next((i for i in grid.near(ends(seg)[0]) if i not in used and _same(drawn[i], seg, tol)), None)
        if found is None:
            missing.append(j)
        else:
            used.add(found)
    return missing, [i for i in range(len(drawn)) if i not in used]


# -- the drawing's graph: corners, pieces, closed polygons ----------------------------------
@dataclass(frozen=True)
class Graph:
    components: int
    degrees: tuple[int, ...]  # per corner
    edges: int

    @property
    def closed_sides(self) -> int | None:
        """The number of sides when the drawing is one closed polygon (every corner joins two)."""
        if self.components == 1 and self.edges >= 3 and all(d == 2 for d in self.degrees):
            return self.edges
        return None

    @property
    def open_path(self) -> bool:
        return self.components == 1 and self.degrees.count(1) == 2 and all(d in (1, 2) for d in self.degrees)


def graph(segments: Sequence[Segment], tol: float) -> Graph:
    points = [p for seg in segments for p in ends(seg)]
    parent = list(range(len(points)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grid = Grid(tol)
    for i, p in enumerate(points):
        for j in grid.near(p):
            if close(p, points[j], tol):
                parent[find(i)] = find(j)
        grid.add(p, i)
    corners = {find(i) for i in range(len(points))}
    degree = {c: 0 for c in corners}
    for i in range(len(points)):
        degree[find(i)] += 1
    # pieces: corners joined by segments
    piece = {c: c for c in corners}

    def top(c: int) -> int:
        while piece[c] != c:
            piece[c] = piece[piece[c]]
            c = piece[c]
        return c

    for k in range(len(segments)):
        a, b = top(find(2 * k)), top(find(2 * k + 1))
        piece[a] = b
    return Graph(len({top(c) for c in corners}), tuple(degree.values()), len(segments))


def length_of(seg: Segment) -> float:
    return math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1)


def covered(seg: Segment, drawn: Sequence[Segment], tol: float) -> bool:
    """Whether ``seg`` lies along one of the drawn segments (its ends and middle on it)."""
    (a, b) = ends(seg)
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    return any(all(on_segment(p, *ends(d), tol) for p in (a, b, mid)) for d in drawn)


def gap(seg: Segment, target: Sequence[Segment], tol: float) -> Segment:
    """The first stretch of the drawn ``seg`` that no target segment lies on (else ``seg``)."""
    a, b = ends(seg)
    length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    unit = ((b[0] - a[0]) / length, (b[1] - a[1]) / length)
    spans = sorted(sorted(dot(unit, sub(p, a)) for p in ends(t)) for t in target if covered(t, [seg], tol))
    reach = 0.0
    for start, end in spans:
        if start > reach + tol:
            break
        reach = max(reach, end)
    else:
        start = length
    if reach >= length - tol:
        return seg
    return Segment(a[0] + unit[0] * reach, a[1] + unit[1] * reach, a[0] + unit[0] * start, a[1] + unit[1] * start,
                   seg.color, seg.width)


def on_segment(p: Point, a: Point, b: Point, tol: float) -> bool:
    """Whether ``p`` is within ``tol`` of the segment from ``a`` to ``b``."""
    ab = sub(b, a)
    t = dot(ab, sub(p, a)) / (dot(ab, ab) or 1.0)
    t = min(1.0, max(0.0, t))
    return close(p, (a[0] + ab[0] * t, a[1] + ab[1] * t), tol)


# -- the circle comparison: pixels -------------------------------------------------------------
class Raster:
    """A GRID x GRID boolean grid as one Python int (bit ``row * stride + column``)."""

    def __init__(self, x0: float, y0: float, scale: float, size: int = GRID) -> None:
        self.x0, self.y0, self.scale, self.size = x0, y0, scale, size  # scale: cells per turtle unit
        self.stride = size + 2  # a blank column each side: dilation never wraps a row
        self.full = (1 << (self.stride * size)) - 1
        row = ((1 << size) - 1) << 1
        self.inner = sum(row << (r * self.stride) for r in range(size))

    def cell(self, x: float, y: float) -> tuple[int, int]:
        return (round((x - self.x0) * self.scale) + 1, round((y - self.y0) * self.scale))

    def line(self, seg: Segment) -> int:
        """The segment's cells as bits (Bresenham), as wide as its pen."""
        (x, y), (x2, y2) = self.cell(seg.x1, seg.y1), self.cell(seg.x2, seg.y2)
        dx, dy = abs(x2 - x), -abs(y2 - y)
        sx, sy = (1 if x < x2 else -1), (1 if y < y2 else -1)
        err, bits = dx + dy, 0
        while True:
            bits |= 1 << (y * self.stride + x)
            if x == x2 and y == y2:
                break
            e2 = 2 * err
            if e2 >= dy:
                err, x = err + dy, x + sx
            if e2 <= dx:
                err, y = err + dx, y + sy
        return self.dilate(bits, int(seg.width * self.scale / 2))

    def draw(self, segments: Iterable[Segment]) -> int:
        bits = 0
        for seg in segments:
            bits |= self.line(seg)
        return bits

    def dilate(self, bits: int, times: int) -> int:
        stride, mask = self.stride, self.full & self.inner
        for _ in range(times):
            bits = (bits | (bits << 1) | (bits >> 1) | (bits << stride) | (bits >> stride)) & mask
        return bits


def raster_for(segments: Sequence[Segment], tol: float) -> Raster:
    xs = [v for s in segments for v in (s.x1, s.x2)]
    ys = [v for s in segments for v in (s.y1, s.y2)]
    margin = tol + max((s.width for s in segments), default=DEFAULT_WIDTH)
    x0, y0 = min(xs) - margin, min(ys) - margin
    span = max(max(xs) + margin - x0, max(ys) + margin - y0, ZERO)
    return Raster(x0, y0, (GRID - 1) / span)


def raster_difference(drawn: Sequence[Segment], target: Sequence[Segment],
                      tolerance: float = 2.0) -> tuple[int, int, int]:
    """(drawn cells outside the target, target cells the drawing does not cover, target cells),
    each drawing dilated by the tolerance (at least one cell) before the other is compared."""
    _, extra, missing, t = pixels(drawn, target, tolerance)
    return extra.bit_count(), missing.bit_count(), t.bit_count()


def pixels(drawn: Sequence[Segment], target: Sequence[Segment], tol: float) -> tuple[Raster, int, int, int]:
    raster = raster_for([*drawn, *target], tol)
    reach = max(1, math.ceil(tol * raster.scale))
    d, t = raster.draw(drawn), raster.draw(target)
    return raster, d & ~raster.dilate(t, reach), t & ~raster.dilate(d, reach), t


# -- geometry helpers ---------------------------------------------------------------------------
def sub(p: Point, q: Point) -> Point:
    return (p[0] - q[0], p[1] - q[1])


def dot(p: Point, q: Point) -> float:
    return p[0] * q[0] + p[1] * q[1]


def cross(p: Point, q: Point) -> float:
    return p[0] * q[1] - p[1] * q[0]


def _angle_gap(a: float, b: float) -> float:
    gap = abs(a - b) % 180.0
    return min(gap, 180.0 - gap)


__all__ = ["GRID", "MERGE_ANGLE", "ZERO", "Graph", "Grid", "Merged", "Piece", "Point", "Raster", "close", "covered",
           "cross", "dot", "ends", "gap", "graph", "length_of", "match", "normalise", "normalise_pieces", "on_segment",
           "pieces_of", "pixels", "raster_difference", "raster_for", "same_drawing", "sub"]
