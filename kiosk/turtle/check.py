"""Is a challenge solved? The learner's run compared with the challenge (issue 12, point 3).

``check(result, shape, challenge) -> Verdict`` is a pure function (no Qt, no I/O, no clock):

1. A run that ended in error fails with ``failed_rule = "error:<code>"``; its feedback is the
   error itself (``Feedback(code, {**params, "line": line})``, worded by ``kiosk.turtle.messages``).
2. The drawing (when the challenge has a target) is compared with the target as a SET OF
   SEGMENTS after normalising both (``normalise``): zero-length pieces dropped, direction ignored
   (A->B == B->A), order ignored, overlapping, touching and collinear pieces merged into one (two
   ``forward(50)`` are one ``forward(100)``; a line drawn twice counts once). Two normalised
   segments are equal when their endpoints are within ``challenge.tolerance`` (turtle units) of
   each other; instead of rounding to a grid (two points 0.1 apart can round to different cells)
   endpoints are hashed on a grid of the tolerance and the neighbouring cells are searched too.
   Circles (``challenge.uses_circles``): when the segments differ, the two drawings are
   rasterised (``raster_difference``: a 200x200 grid over their common box, Bresenham lines as
   wide as the pen) and compared with the tolerance (each grid dilated by it).
   When the drawings differ, ``diagnose`` says what differs, in this order: nothing drawn; both
   closed polygons with a different number of sides; the right drawing in the wrong place; the
   pen left down between pieces the target leaves apart; then, walking the learner's path and the
   target's side by side, the first turn or length that differs (a turn forgotten or one too
   many, the wrong angle or direction, a side too long or too short); a shape that does not
   close; lines left over or missing. Colours count when the target uses more than one colour or
   a colour other than the default.
3. The printed output, when the challenge expects one: line by line, trailing spaces ignored.
4. The structure rules (``challenge.rules``) on the ``ProgramShape``: ``must_use`` (loop, if,
   def, variable), ``max_blocks``, ``max_lines``. ``ideal_blocks`` is only ever a hint.

``Verdict.failed_rule`` is the first rule that failed ("drawing", "output", "must_use:loop",
"max_blocks", "max_lines", "error:<code>"); ``feedback`` lists what to say, the most useful first;
``first_difference`` is the segment the studio draws in red (a drawn one when the learner drew
something wrong or extra, a target one when something is missing).

Feedback codes (params): ``nothing-drawn`` {}; ``sides`` {have, want}; ``wrong-place`` {};
``pen-up-forgotten`` {count}; ``missing-turn`` {}; ``extra-turn`` {}; ``wrong-direction``
{want: "left" | "right"}; ``wrong-angle`` {have, want} (degrees); ``too-long`` / ``too-short``
{have, want} (turtle steps); ``not-closed`` {}; ``extra-lines`` {count}; ``missing-lines``
{count}; ``extra-parts`` {} / ``missing-parts`` {} (the circle comparison); ``wrong-color``
{have, want}; ``nothing-printed`` {want}; ``output-wrong`` {number, have, want};
``output-missing`` {number, want}; ``output-extra`` {number, have}; ``must-use`` {what};
``too-many-blocks`` / ``too-many-lines`` {have, max}; hint ``ideal-blocks`` {ideal, have}.
Drawing feedback carries ``line`` (the source line that drew the first difference) when known.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kiosk.turtle.model import (
    DEFAULT_COLOR,
    DEFAULT_WIDTH,
    Challenge,
    Feedback,
    ProgramShape,
    Rules,
    RunResult,
    Segment,
    Verdict,
)

ZERO = 1e-6  # shorter than this is no line at all
MERGE_ANGLE = 2.0  # degrees: two pieces this close in direction (and on one line) are one line
TURN_TOLERANCE = 2.0  # degrees: two turns this close are the same turn
GRID = 200  # the circle comparison's raster, cells per side
RASTER_ALLOWANCE = 0.01  # share of the target's cells that may differ in the circle comparison

Point = tuple[float, float]


# -- pieces and their normalised form --------------------------------------------------------
@dataclass(frozen=True)
class _Piece:
    seg: Segment
    order: int  # position in the drawing (0 = first drawn)
    line: int | None = None  # the source line that drew it
    turns: int | None = None  # left/right commands run since the previous piece (None: unknown)
    turn_line: int | None = None  # the line of the last of them

    @property
    def a(self) -> Point:
        return (self.seg.x1, self.seg.y1)

    @property
    def b(self) -> Point:
        return (self.seg.x2, self.seg.y2)

    @property
    def length(self) -> float:
        return math.hypot(self.seg.x2 - self.seg.x1, self.seg.y2 - self.seg.y1)


@dataclass
class _Line:
    """Collinear pieces: the line through ``origin`` along ``unit``; each piece an interval."""

    origin: Point
    unit: Point
    angle: float  # direction in [0, 180)
    spans: list[tuple[float, float, _Piece]] = field(default_factory=list)

    def holds(self, piece: _Piece, near: float) -> bool:
        if _angle_gap(self.angle, _direction(piece)) > MERGE_ANGLE:
            return False
        return all(abs(_cross(self.unit, _sub(p, self.origin))) <= near for p in (piece.a, piece.b))

    def add(self, piece: _Piece) -> None:
        t1, t2 = (_dot(self.unit, _sub(p, self.origin)) for p in (piece.a, piece.b))
        self.spans.append((min(t1, t2), max(t1, t2), piece))

    def merged(self, gap: float) -> list[_Merged]:
        out: list[_Merged] = []
        for start, end, piece in sorted(self.spans, key=lambda s: (s[0], s[1])):
            if out and start <= out[-1].end + gap:
                last = out[-1]
                last.end = max(last.end, end)
                last.pieces.append(piece)
            else:
                out.append(_Merged(self, start, end, [piece]))
        return out


@dataclass
class _Merged:
    line: _Line
    start: float
    end: float
    pieces: list[_Piece]

    def segment(self) -> Segment:
        (ox, oy), (ux, uy) = self.line.origin, self.line.unit
        p = (ox + ux * self.start, oy + uy * self.start)
        q = (ox + ux * self.end, oy + uy * self.end)
        p, q = sorted((_tidy(p), _tidy(q)))
        first = min(self.pieces, key=lambda piece: piece.order)
        width = max(piece.seg.width for piece in self.pieces)
        return Segment(p[0], p[1], q[0], q[1], first.seg.color, width)

    @property
    def first(self) -> _Piece:
        return min(self.pieces, key=lambda piece: piece.order)


def _tidy(p: Point) -> Point:
    return (round(p[0], 6) + 0.0, round(p[1], 6) + 0.0)


def _normalise(pieces: Iterable[_Piece], tolerance: float) -> list[_Merged]:
    """Collinear pieces grouped into lines (the longest piece sets each line), then merged."""
    tol = max(tolerance, ZERO)
    buckets: dict[int, list[_Line]] = {}
    count = int(round(180 / MERGE_ANGLE))
    lines: list[_Line] = []
    for piece in sorted((p for p in pieces if p.length > ZERO), key=lambda p: (-p.length, p.order)):
        angle = _direction(piece)
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


def _pieces(segments: Iterable[Segment]) -> list[_Piece]:
    return [_Piece(seg, i) for i, seg in enumerate(segments)]


def _run_pieces(result: RunResult) -> list[_Piece]:
    pieces: list[_Piece] = []
    turns, turn_line = 0, None
    for step in result.steps:
        if step.command in ("left", "right"):
            turns, turn_line = turns + 1, step.line
        for seg in step.segments:
            pieces.append(_Piece(seg, len(pieces), step.line, turns, turn_line))
            turns, turn_line = 0, None
    return pieces


def normalise(segments: Iterable[Segment], tolerance: float = 2.0) -> tuple[Segment, ...]:
    """The drawing as a set of segments: no zero-length ones, each from its smaller endpoint,
    collinear overlapping or touching pieces merged, sorted."""
    return tuple(m.segment() for m in _normalise(_pieces(segments), tolerance))


def same_drawing(a: Iterable[Segment], b: Iterable[Segment], tolerance: float = 2.0) -> bool:
    """Whether two drawings are the same set of segments (after ``normalise``), within tolerance."""
    missing, extra = _match(normalise(a, tolerance), normalise(b, tolerance), tolerance)
    return not missing and not extra


# -- matching ----------------------------------------------------------------------------------
class _Grid:
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


def _close(p: Point, q: Point, tol: float) -> bool:
    return math.hypot(p[0] - q[0], p[1] - q[1]) <= tol + 1e-9


def _ends(seg: Segment) -> tuple[Point, Point]:
    return (seg.x1, seg.y1), (seg.x2, seg.y2)


def _same(s: Segment, t: Segment, tol: float) -> bool:
    (a, b), (c, d) = _ends(s), _ends(t)
    return (_close(a, c, tol) and _close(b, d, tol)) or (_close(a, d, tol) and _close(b, c, tol))


def _match(target: Sequence[Segment], drawn: Sequence[Segment], tol: float) -> tuple[list[int], list[int]]:
    """Indexes of the target's segments nobody drew, and of the drawn segments not in the target."""
    grid = _Grid(tol)
    for i, seg in enumerate(drawn):
        for p in _ends(seg):
            grid.add(p, i)
    used: set[int] = set()
    missing: list[int] = []
    for j, seg in enumerate(target):
        found = next((i for i in grid.near(_ends(seg)[0]) if i not in used and _same(drawn[i], seg, tol)), None)
        if found is None:
            missing.append(j)
        else:
            used.add(found)
    return missing, [i for i in range(len(drawn)) if i not in used]


# -- the drawing's graph: corners, pieces, closed polygons ----------------------------------
@dataclass(frozen=True)
class _Graph:
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


def _graph(segments: Sequence[Segment], tol: float) -> _Graph:
    points = [p for seg in segments for p in _ends(seg)]
    parent = list(range(len(points)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grid = _Grid(tol)
    for i, p in enumerate(points):
        for j in grid.near(p):
            if _close(p, points[j], tol):
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
    return _Graph(len({top(c) for c in corners}), tuple(degree.values()), len(segments))


# -- the paths, move by move -----------------------------------------------------------------
@dataclass
class _Move:
    start: Point
    end: Point
    heading: float  # degrees
    turn: float  # from the previous move's heading (the first: from east), in (-180, 180]
    length: float
    first: _Piece

    def segment(self) -> Segment:
        return Segment(self.start[0], self.start[1], self.end[0], self.end[1],
                       self.first.seg.color, self.first.seg.width)


def _paths(pieces: Sequence[_Piece]) -> list[list[_Move]]:
    """The drawing as pen-down paths (a new one after every lift of the pen); straight runs
    (``forward(50)`` twice) are one move."""
    paths: list[list[_Move]] = []
    for piece in pieces:
        if piece.length <= ZERO:
            continue
        heading = math.degrees(math.atan2(piece.b[1] - piece.a[1], piece.b[0] - piece.a[0]))
        last = paths[-1][-1] if paths else None
        if last is not None and _close(last.end, piece.a, 1e-3):
            turn = _turn(heading - last.heading)
            if abs(turn) <= 0.01:
                last.end, last.length = piece.b, last.length + piece.length
            else:
                paths[-1].append(_Move(piece.a, piece.b, heading, turn, piece.length, piece))
        else:
            paths.append([_Move(piece.a, piece.b, heading, _turn(heading), piece.length, piece)])
    return paths


def _turn(degrees: float) -> float:
    t = math.fmod(degrees, 360.0)
    if t <= -180:
        t += 360
    elif t > 180:
        t -= 360
    return t


def _same_turn(a: float, b: float, limit: float = TURN_TOLERANCE) -> bool:
    return abs(_turn(a - b)) <= limit


def _turn_feedback(have: float, want: float, turns: int | None) -> Feedback:
    """What is wrong with a turn of ``have`` degrees where the target turns ``want``; ``turns``
    is how many turn commands made it (an extra one when a multiple of ``want`` took several)."""
    if abs(have) <= TURN_TOLERANCE:
        return Feedback("missing-turn")
    if abs(want) <= TURN_TOLERANCE:
        return Feedback("extra-turn")
    if _same_turn(have, -want):
        return Feedback("wrong-direction", {"want": "left" if want > 0 else "right"})
    if (turns is None or turns > 1) and any(_same_turn(have, k * want) for k in (2, 3, 4)):
        return Feedback("extra-turn")
    return Feedback("wrong-angle", {"have": round(abs(have)), "want": round(abs(want))})


def _compare_paths(drawn: list[_Move], target: list[_Move], tol: float,
                   closed: bool) -> tuple[Feedback, Segment, int | None] | None:
    """The first turn or length where the learner's path leaves the target's path."""
    for i, (d, t) in enumerate(zip(drawn, target)):
        # a turn is the same when the next move's end lands within the tolerance
        limit = max(0.05, min(TURN_TOLERANCE, math.degrees(math.atan2(tol, max(d.length, t.length)))))
        if not _same_turn(d.turn, t.turn, limit):
            return _turn_feedback(d.turn, t.turn, d.first.turns), d.segment(), d.first.turn_line or d.first.line
        if abs(d.length - t.length) <= tol:
            continue
        if d.length > t.length and i + 1 < len(target) and abs(d.length - t.length - target[i + 1].length) <= tol:
            return Feedback("missing-turn"), d.segment(), d.first.line
        if d.length < t.length and i + 1 < len(drawn) and abs(d.length + drawn[i + 1].length - t.length) <= tol:
            return Feedback("extra-turn"), drawn[i + 1].segment(), drawn[i + 1].first.turn_line or drawn[i + 1].first.line
        code = "too-long" if d.length > t.length else "too-short"
        return Feedback(code, {"have": _steps(d.length), "want": _steps(t.length)}), d.segment(), d.first.line
    if len(drawn) < len(target):
        rest = target[len(drawn)]
        if closed:
            return Feedback("not-closed"), rest.segment(), None
        return Feedback("missing-lines", {"count": len(target) - len(drawn)}), rest.segment(), None
    if len(drawn) > len(target):
        extra = drawn[len(target)]
        return Feedback("extra-lines", {"count": len(drawn) - len(target)}), extra.segment(), extra.first.line
    return None


def _steps(length: float) -> int | float:
    return round(length) if abs(length - round(length)) < 0.05 or length >= 10 else round(length, 1)


# -- the whole drawing -----------------------------------------------------------------------
@dataclass(frozen=True)
class DrawingComparison:
    passed: bool
    feedback: tuple[Feedback, ...] = ()
    first_difference: Segment | None = None


def _with_line(fb: Feedback, where: _Piece | int | None) -> Feedback:
    line = where.line if isinstance(where, _Piece) else where
    return fb if line is None else Feedback(fb.code, {**fb.params, "line": line})


def _shifted(segments: Sequence[Segment], dx: float, dy: float) -> list[Segment]:
    return [Segment(s.x1 + dx, s.y1 + dy, s.x2 + dx, s.y2 + dy, s.color, s.width) for s in segments]


def compare_drawing(drawn: Sequence[_Piece] | Sequence[Segment], target: Sequence[Segment], tolerance: float = 2.0,
                    uses_circles: bool = False) -> DrawingComparison:
    """The drawing against the target (see the module's docstring)."""
    dp = [p if isinstance(p, _Piece) else _Piece(p, i) for i, p in enumerate(drawn)]
    tp = _pieces(target)
    tol = max(tolerance, ZERO)
    dm, tm = _normalise(dp, tol), _normalise(tp, tol)
    ds, ts = [m.segment() for m in dm], [m.segment() for m in tm]
    if not ds:
        if not ts:
            return DrawingComparison(True)
        return DrawingComparison(False, (Feedback("nothing-drawn"),), ts[0])
    missing, extra = _match(ts, ds, tol)
    if not missing and not extra:
        return _compare_colors(dp, tp, tol)
    if uses_circles:
        return _compare_pixels(dp, tp, tol)
    fb, red, piece = _diagnose(dp, tp, dm, ds, ts, missing, extra, tol)
    return DrawingComparison(False, (_with_line(fb, piece),), red)


def _diagnose(dp, tp, dm, ds, ts, missing, extra, tol) -> tuple[Feedback, Segment | None, int | None]:
    """(what to say, the red segment, the source line) for two drawings that differ."""
    dg, tg = _graph(ds, tol), _graph(ts, tol)
    have, want = dg.closed_sides, tg.closed_sides
    if have is not None and want is not None and have != want:
        first = _first_drawn(dm, extra or range(len(dm)))
        return Feedback("sides", {"have": have, "want": want}), first.segment(), None
    if extra and all(_covered(t, ds, tol) for t in ts):  # all of the target, and more
        first = _first_drawn(dm, extra)
        red = _gap(first.segment(), ts, tol)
        line = _piece_at(first, red).line
        if tg.components > dg.components:
            return Feedback("pen-up-forgotten", {"count": tg.components - dg.components}), red, line
        return Feedback("extra-lines", {"count": len(extra)}), red, line
    untouched = [j for j in missing if not any(_covered(d, [ts[j]], tol) for d in ds)]
    retraced = sum(p.length for p in dp) > sum(_length(s) for s in ds) + tol  # went back over a line
    if missing and untouched == missing and not retraced and all(_covered(d, ts, tol) for d in ds):
        red = _gap(ts[missing[0]], ds, tol)
        if want is not None and dg.open_path and len(missing) == 1:
            return Feedback("not-closed"), red, None
        return Feedback("missing-lines", {"count": len(missing)}), red, None
    dpaths, tpaths = _paths(dp), _paths(tp)
    if len(dpaths) == 1 and len(tpaths) == 1 and _close(dpaths[0][0].start, tpaths[0][0].start, tol):
        found = _compare_paths(dpaths[0], tpaths[0], tol, want is not None)
        if found is not None:
            return found
    if len(ds) == len(ts):
        dx = min(s.x1 for s in ts) - min(s.x1 for s in ds)
        dy = min(min(s.y1, s.y2) for s in ts) - min(min(s.y1, s.y2) for s in ds)
        moved = _match(ts, _shifted(ds, dx, dy), tol)
        if not moved[0] and not moved[1] and math.hypot(dx, dy) > tol:
            return Feedback("wrong-place"), ds[0], None
    if want is not None and dg.open_path:
        return Feedback("not-closed"), ts[missing[0]] if missing else ds[extra[0]], None
    if extra:
        first = _first_drawn(dm, extra)
        return Feedback("extra-lines", {"count": len(extra)}), first.segment(), first.first.line
    return Feedback("missing-lines", {"count": len(missing)}), ts[missing[0]], None


def _piece_at(merged: _Merged, part: Segment) -> _Piece:
    """The first-drawn piece of ``merged`` under the middle of ``part``."""
    mid = ((part.x1 + part.x2) / 2, (part.y1 + part.y2) / 2)
    under = [p for p in merged.pieces if _on_segment(mid, p, 1e-6 + 1e-9 * abs(mid[0] + mid[1]))]
    return min(under, key=lambda p: p.order) if under else merged.first


def _length(seg: Segment) -> float:
    return math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1)


def _first_drawn(merged: Sequence[_Merged], which: Iterable[int]) -> _Merged:
    return min((merged[i] for i in which), key=lambda m: m.first.order)


def _covered(seg: Segment, drawn: Sequence[Segment], tol: float) -> bool:
    """Whether ``seg`` lies along one of the drawn segments (its ends and middle on it)."""
    (a, b) = _ends(seg)
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    return any(all(_on_segment(p, _Piece(d, 0), tol) for p in (a, b, mid)) for d in drawn)


def _gap(seg: Segment, target: Sequence[Segment], tol: float) -> Segment:
    """The first stretch of the drawn ``seg`` that no target segment lies on (else ``seg``)."""
    a, b = _ends(seg)
    length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    unit = ((b[0] - a[0]) / length, (b[1] - a[1]) / length)
    spans = sorted(sorted(_dot(unit, _sub(p, a)) for p in _ends(t)) for t in target if _covered(t, [seg], tol))
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


def _color(name: str) -> str:
    return name.strip().lower()


def _compare_colors(dp: list[_Piece], tp: list[_Piece], tol: float) -> DrawingComparison:
    """Same lines: are they the right colour? Only when the target uses colour at all. Each
    target piece's middle takes the colour of the last drawn piece over it (it is on top)."""
    colors = {_color(p.seg.color) for p in tp}
    if colors <= {_color(DEFAULT_COLOR)}:
        return DrawingComparison(True)
    for t in tp:
        if t.length <= ZERO:
            continue
        mid = ((t.a[0] + t.b[0]) / 2, (t.a[1] + t.b[1]) / 2)
        over = [d for d in dp if d.length > ZERO and _on_segment(mid, d, tol)]
        if over and _color(over[-1].seg.color) != _color(t.seg.color):
            top = over[-1]
            fb = Feedback("wrong-color", {"have": _color(top.seg.color), "want": _color(t.seg.color)})
            return DrawingComparison(False, (_with_line(fb, top),), top.seg)
    return DrawingComparison(True)


def _on_segment(p: Point, piece: _Piece, tol: float) -> bool:
    a, b = piece.a, piece.b
    ab = _sub(b, a)
    t = _dot(ab, _sub(p, a)) / (_dot(ab, ab) or 1.0)
    t = min(1.0, max(0.0, t))
    return _close(p, (a[0] + ab[0] * t, a[1] + ab[1] * t), tol)


# -- the circle comparison: pixels -------------------------------------------------------------
class _Raster:
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


def _raster_for(segments: Sequence[Segment], tol: float) -> _Raster:
    xs = [v for s in segments for v in (s.x1, s.x2)]
    ys = [v for s in segments for v in (s.y1, s.y2)]
    margin = tol + max((s.width for s in segments), default=DEFAULT_WIDTH)
    x0, y0 = min(xs) - margin, min(ys) - margin
    span = max(max(xs) + margin - x0, max(ys) + margin - y0, ZERO)
    return _Raster(x0, y0, (GRID - 1) / span)


def raster_difference(drawn: Sequence[Segment], target: Sequence[Segment], tolerance: float = 2.0) -> tuple[int, int, int]:
    """(drawn cells outside the target, target cells the drawing does not cover, target cells),
    each drawing dilated by the tolerance (at least one cell) before the other is compared."""
    _, extra, missing, t = _pixels(drawn, target, tolerance)
    return extra.bit_count(), missing.bit_count(), t.bit_count()


def _pixels(drawn: Sequence[Segment], target: Sequence[Segment], tol: float) -> tuple[_Raster, int, int, int]:
    raster = _raster_for([*drawn, *target], tol)
    reach = max(1, math.ceil(tol * raster.scale))
    d, t = raster.draw(drawn), raster.draw(target)
    return raster, d & ~raster.dilate(t, reach), t & ~raster.dilate(d, reach), t


def _compare_pixels(dp: list[_Piece], tp: list[_Piece], tol: float) -> DrawingComparison:
    drawn, target = [p.seg for p in dp], [p.seg for p in tp]
    raster, extra, missing, t = _pixels(drawn, target, tol)
    allowed = max(2, int(t.bit_count() * RASTER_ALLOWANCE))
    if extra.bit_count() <= allowed and missing.bit_count() <= allowed:
        return _compare_colors(dp, tp, tol)
    if extra.bit_count() > allowed:
        piece = next((p for p in dp if raster.line(p.seg) & extra), dp[0])
        return DrawingComparison(False, (_with_line(Feedback("extra-parts"), piece),), piece.seg)
    seg = next((s for s in target if raster.line(s) & missing), target[0])
    return DrawingComparison(False, (Feedback("missing-parts"),), seg)


# -- geometry helpers ---------------------------------------------------------------------------
def _sub(p: Point, q: Point) -> Point:
    return (p[0] - q[0], p[1] - q[1])


def _dot(p: Point, q: Point) -> float:
    return p[0] * q[0] + p[1] * q[1]


def _cross(p: Point, q: Point) -> float:
    return p[0] * q[1] - p[1] * q[0]


def _direction(piece: _Piece) -> float:
    return math.degrees(math.atan2(piece.b[1] - piece.a[1], piece.b[0] - piece.a[0])) % 180.0


def _angle_gap(a: float, b: float) -> float:
    gap = abs(a - b) % 180.0
    return min(gap, 180.0 - gap)


# -- output and rules ---------------------------------------------------------------------------
def compare_output(have: Sequence[str], want: Sequence[str]) -> Feedback | None:
    """The first printed line that differs (trailing spaces and trailing blank lines ignored)."""
    h = _lines(have)
    w = _lines(want)
    if h == w:
        return None
    if not h:
        return Feedback("nothing-printed", {"want": w[0]})
    for i, (a, b) in enumerate(zip(h, w), start=1):
        if a != b:
            return Feedback("output-wrong", {"number": i, "have": a, "want": b})
    if len(h) < len(w):
        return Feedback("output-missing", {"number": len(h) + 1, "want": w[len(h)]})
    return Feedback("output-extra", {"number": len(w) + 1, "have": h[len(w)]})


def _lines(lines: Sequence[str]) -> list[str]:
    out = [part.rstrip() for line in lines for part in str(line).split("\n")]
    while out and not out[-1]:
        out.pop()
    return out


MUST_USE = {"loop": "loops", "if": "conditionals", "def": "functions", "variable": "variables"}


def check_rules(shape: ProgramShape, rules: Rules) -> list[tuple[str, Feedback]]:
    """(failed rule, feedback) for every structure rule the program breaks. ``variable`` needs
    ``ProgramShape.variables``; a shape without it is not held against the learner."""
    failed: list[tuple[str, Feedback]] = []
    for what in rules.must_use:
        count = getattr(shape, MUST_USE.get(what, what), None)
        if count is not None and not count:
            failed.append((f"must_use:{what}", Feedback("must-use", {"what": what})))
    if rules.max_blocks is not None and shape.blocks > rules.max_blocks:
        failed.append(("max_blocks", Feedback("too-many-blocks", {"have": shape.blocks, "max": rules.max_blocks})))
    if rules.max_lines is not None and shape.lines > rules.max_lines:
        failed.append(("max_lines", Feedback("too-many-lines", {"have": shape.lines, "max": rules.max_lines})))
    return failed


# -- the verdict ----------------------------------------------------------------------------------
def check(result: RunResult, shape: ProgramShape, challenge: Challenge) -> Verdict:
    """Whether the run solves the challenge, and what to say (see the module's docstring)."""
    if result.error is not None:
        err = result.error
        params = {**err.params, "line": err.line} if err.line is not None else dict(err.params)
        red = result.segments[-1] if result.segments else None
        return Verdict(False, (Feedback(err.code, params),), red, f"error:{err.code}")
    failed: list[str] = []
    feedback: list[Feedback] = []
    red: Segment | None = None
    if challenge.target:
        drawing = compare_drawing(_run_pieces(result), challenge.target, challenge.tolerance,
                                  challenge.uses_circles)
        if not drawing.passed:
            failed.append("drawing")
            feedback.extend(drawing.feedback)
            red = drawing.first_difference
    if challenge.output is not None:
        out = compare_output(result.output, challenge.output)
        if out is not None:
            failed.append("output")
            feedback.append(out)
    for rule, fb in check_rules(shape, challenge.rules):
        failed.append(rule)
        feedback.append(fb)
    hint = None
    ideal = challenge.rules.ideal_blocks
    if not failed and ideal is not None and shape.blocks > ideal:
        hint = Feedback("ideal-blocks", {"ideal": ideal, "have": shape.blocks})
    return Verdict(not failed, tuple(feedback), red, failed[0] if failed else None, hint)


# -- challenges from a reference ----------------------------------------------------------------
def _segment(item: Segment | Sequence[float]) -> Segment:
    if isinstance(item, Segment):
        return item
    x1, y1, x2, y2 = (float(v) for v in item[:4])
    return Segment(x1, y1, x2, y2)


def challenge_from_segments(segments: Iterable[Segment | Sequence[float]], *, tolerance: float = 2.0,
                            rules: Rules | None = None, output: Sequence[str] | None = None,
                            uses_circles: bool = False) -> Challenge:
    """A challenge whose target is given as segments (``Segment`` or ``[x1, y1, x2, y2]``)."""
    return Challenge(tuple(_segment(s) for s in segments), float(tolerance), rules or Rules(),
                     tuple(output) if output is not None else None, uses_circles)


def challenge_from_reference(result: RunResult, *, tolerance: float = 2.0, rules: Rules | None = None,
                             output: Sequence[str] | None = None, expect_output: bool = False,
                             uses_circles: bool | None = None) -> Challenge:
    """A challenge from the reference program's run (the caller runs it): its drawing is the
    target; with ``expect_output`` its printed lines are the expected output; it uses circles
    when it called ``circle`` (unless ``uses_circles`` says otherwise). A reference that ended
    in error is a content bug: ValueError."""
    if result.error is not None:
        raise ValueError(f"the reference program failed: {result.error.code} (line {result.error.line})")
    if expect_output and output is None:
        output = result.output
    if uses_circles is None:
        uses_circles = any(step.command == "circle" for step in result.steps)
    return challenge_from_segments(result.segments, tolerance=tolerance, rules=rules, output=output,
                                   uses_circles=uses_circles)


__all__ = ["DrawingComparison", "challenge_from_reference", "challenge_from_segments", "check", "check_rules",
           "compare_drawing", "compare_output", "normalise", "raster_difference", "same_drawing"]
