"""Is a challenge solved? The learner's run compared with the challenge (issue 12, point 3).

``check(result, shape, challenge) -> Verdict`` is a pure function (no Qt, no I/O, no clock):

1. A run that ended in error fails with ``failed_rule = "error:<code>"``; its feedback is the
   error itself (``Feedback(code, {**params, "line": line})``, worded by ``kiosk.turtle.messages``).
2. The drawing (when the challenge has a target) is compared with the target as a SET OF
   SEGMENTS after normalising both (``kiosk.turtle.drawing``: direction, order, zero-length,
   overlapping and collinear pieces), endpoints equal within ``challenge.tolerance`` (turtle
   units). Circles (``challenge.uses_circles``): when the segments differ, the two drawings are
   rasterised (a 200x200 grid over their common box, Bresenham lines as wide as the pen) and
   compared with the tolerance (each grid dilated by it); up to 1% of the cells may differ.
   When the drawings differ, ``_diagnose`` says what differs, in this order: nothing drawn; both
   closed polygons with a different number of sides; all of the target and more (the pen left
   down between pieces the target leaves apart, or lines left over); whole lines of the target
   missing (a shape that does not close); then, walking the learner's path and the
   target's side by side, the first turn or length that differs (a turn forgotten or one too
   many, the wrong angle or direction, a side too long or too short); the right drawing in the
   wrong place; lines left over or missing. Colours count when the target uses more than one colour or
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
from dataclasses import dataclass

from kiosk.turtle.drawing import (
    ZERO,
    Merged,
    Piece,
    Point,
    close,
    covered,
    gap,
    graph,
    length_of,
    match,
    normalise,
    normalise_pieces,
    on_segment,
    pieces_of,
    pixels,
    raster_difference,
    same_drawing,
)
from kiosk.turtle.model import (
    DEFAULT_COLOR,
    Challenge,
    Feedback,
    ProgramShape,
    Rules,
    RunResult,
    Segment,
    Verdict,
)

TURN_TOLERANCE = 2.0  # degrees: two turns this close are the same turn
RASTER_ALLOWANCE = 0.01  # share of the target's cells that may differ in the circle comparison


def _run_pieces(result: RunResult) -> list[Piece]:
    pieces: list[Piece] = []
    turns, turn_line = 0, None
    for step in result.steps:
        if step.command in ("left", "right"):
            turns, turn_line = turns + 1, step.line
        for seg in step.segments:
            pieces.append(Piece(seg, len(pieces), step.line, turns, turn_line))
            turns, turn_line = 0, None
    return pieces


# -- the paths, move by move -----------------------------------------------------------------
@dataclass
class _Move:
    start: Point
    end: Point
    heading: float  # degrees
    turn: float  # from the previous move's heading (the first: from east), in (-180, 180]
    length: float
    first: Piece

    def segment(self) -> Segment:
        return Segment(self.start[0], self.start[1], self.end[0], self.end[1],
                       self.first.seg.color, self.first.seg.width)


def _paths(pieces: Sequence[Piece]) -> list[list[_Move]]:
    """The drawing as pen-down paths (a new one after every lift of the pen); straight runs
    (``forward(50)`` twice) are one move."""
    paths: list[list[_Move]] = []
    for piece in pieces:
        if piece.length <= ZERO:
            continue
        heading = math.degrees(math.atan2(piece.b[1] - piece.a[1], piece.b[0] - piece.a[0]))
        last = paths[-1][-1] if paths else None
        if last is not None and close(last.end, piece.a, 1e-3):
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
            after = drawn[i + 1]
            return Feedback("extra-turn"), after.segment(), after.first.turn_line or after.first.line
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


def _with_line(fb: Feedback, where: Piece | int | None) -> Feedback:
    line = where.line if isinstance(where, Piece) else where
    return fb if line is None else Feedback(fb.code, {**fb.params, "line": line})


def _shifted(segments: Sequence[Segment], dx: float, dy: float) -> list[Segment]:
    return [Segment(s.x1 + dx, s.y1 + dy, s.x2 + dx, s.y2 + dy, s.color, s.width) for s in segments]


def compare_drawing(drawn: Sequence[Piece] | Sequence[Segment], target: Sequence[Segment], tolerance: float = 2.0,
                    uses_circles: bool = False) -> DrawingComparison:
    """The drawing against the target (see the module's docstring)."""
    dp = [p if isinstance(p, Piece) else Piece(p, i) for i, p in enumerate(drawn)]
    tp = pieces_of(target)
    tol = max(tolerance, ZERO)
    dm, tm = normalise_pieces(dp, tol), normalise_pieces(tp, tol)
    ds, ts = [m.segment() for m in dm], [m.segment() for m in tm]
    if not ds:
        if not ts:
            return DrawingComparison(True)
        return DrawingComparison(False, (Feedback("nothing-drawn"),), ts[0])
    missing, extra = match(ts, ds, tol)
    if not missing and not extra:
        return _compare_colors(dp, tp, tol)
    if uses_circles:
        return _compare_pixels(dp, tp, tol)
    fb, red, piece = _diagnose(dp, tp, dm, ds, ts, missing, extra, tol)
    return DrawingComparison(False, (_with_line(fb, piece),), red)


def _diagnose(dp, tp, dm, ds, ts, missing, extra, tol) -> tuple[Feedback, Segment | None, int | None]:
    """(what to say, the red segment, the source line) for two drawings that differ."""
    dg, tg = graph(ds, tol), graph(ts, tol)
    have, want = dg.closed_sides, tg.closed_sides
    if have is not None and want is not None and have != want:
        first = _first_drawn(dm, extra or range(len(dm)))
        return Feedback("sides", {"have": have, "want": want}), first.segment(), None
    if extra and all(covered(t, ds, tol) for t in ts):  # all of the target, and more
        first = _first_drawn(dm, extra)
        red = gap(first.segment(), ts, tol)
        line = _piece_at(first, red, tol).line
        if tg.components > dg.components:
            return Feedback("pen-up-forgotten", {"count": tg.components - dg.components}), red, line
        return Feedback("extra-lines", {"count": len(extra)}), red, line
    retraced = sum(p.length for p in dp) > sum(length_of(s) for s in ds) + tol  # went back over a line
    if (missing and not retraced and all(covered(d, ts, tol) for d in ds)  # only lines of the target,
            and not any(covered(d, [ts[j]], tol) for j in missing for d in ds)):  # whole ones missing
        red = gap(ts[missing[0]], ds, tol)
        if want is not None and dg.open_path and len(missing) == 1:
            return Feedback("not-closed"), red, None
        return Feedback("missing-lines", {"count": len(missing)}), red, None
    dpaths, tpaths = _paths(dp), _paths(tp)
    if len(dpaths) == 1 and len(tpaths) == 1 and close(dpaths[0][0].start, tpaths[0][0].start, tol):
        found = _compare_paths(dpaths[0], tpaths[0], tol, want is not None)
        if found is not None:
            return found
    if len(ds) == len(ts):
        dx = min(s.x1 for s in ts) - min(s.x1 for s in ds)
        dy = min(min(s.y1, s.y2) for s in ts) - min(min(s.y1, s.y2) for s in ds)
        moved = match(ts, _shifted(ds, dx, dy), tol)
        if not moved[0] and not moved[1] and math.hypot(dx, dy) > tol:
            return Feedback("wrong-place"), ds[0], None
    if want is not None and dg.open_path:
        return Feedback("not-closed"), ts[missing[0]] if missing else ds[extra[0]], None
    if extra:
        first = _first_drawn(dm, extra)
        return Feedback("extra-lines", {"count": len(extra)}), first.segment(), first.first.line
    return Feedback("missing-lines", {"count": len(missing)}), ts[missing[0]], None


def _piece_at(merged: Merged, part: Segment, tol: float) -> Piece:
    """The first-drawn piece of ``merged`` under the middle of ``part``."""
    mid = ((part.x1 + part.x2) / 2, (part.y1 + part.y2) / 2)
    under = [p for p in merged.pieces if on_segment(mid, p.a, p.b, tol / 2 + 1e-9)]
    return min(under, key=lambda p: p.order) if under else merged.first


def _first_drawn(merged: Sequence[Merged], which: Iterable[int]) -> Merged:
    return min((merged[i] for i in which), key=lambda m: m.first.order)


def _color(name: str) -> str:
    return name.strip().lower()


def _compare_colors(dp: list[Piece], tp: list[Piece], tol: float) -> DrawingComparison:
    """Same lines: are they the right colour? Only when the target uses colour at all. Each
    target piece's middle takes the colour of the last drawn piece over it (it is on top)."""
    colors = {_color(p.seg.color) for p in tp}
    if colors <= {_color(DEFAULT_COLOR)}:
        return DrawingComparison(True)
    for t in tp:
        if t.length <= ZERO:
            continue
        mid = ((t.a[0] + t.b[0]) / 2, (t.a[1] + t.b[1]) / 2)
        over = [d for d in dp if d.length > ZERO and on_segment(mid, d.a, d.b, tol)]
        if over and _color(over[-1].seg.color) != _color(t.seg.color):
            top = over[-1]
            fb = Feedback("wrong-color", {"have": _color(top.seg.color), "want": _color(t.seg.color)})
            return DrawingComparison(False, (_with_line(fb, top),), top.seg)
    return DrawingComparison(True)


def _compare_pixels(dp: list[Piece], tp: list[Piece], tol: float) -> DrawingComparison:
    """The circle comparison. A drawn piece far outside the target's box fails at once (it would
    shrink the common grid until the target is a few cells and anything passes)."""
    drawn, target = [p.seg for p in dp], [p.seg for p in tp]
    xs = [v for s in target for v in (s.x1, s.x2)]
    ys = [v for s in target for v in (s.y1, s.y2)]
    margin = 2 * tol + 0.05 * max(max(xs) - min(xs), max(ys) - min(ys))
    for piece in dp:
        if piece.length > ZERO and not all(min(xs) - margin <= x <= max(xs) + margin
                                           and min(ys) - margin <= y <= max(ys) + margin for x, y in (piece.a, piece.b)):
            return DrawingComparison(False, (_with_line(Feedback("extra-parts"), piece),), piece.seg)
    raster, extra, missing, t = pixels(drawn, target, tol)
    allowed = max(2, int(t.bit_count() * RASTER_ALLOWANCE))
    if extra.bit_count() <= allowed and missing.bit_count() <= allowed:
        return _compare_colors(dp, tp, tol)
    if extra.bit_count() > allowed:
        piece = next((p for p in dp if raster.line(p.seg) & extra), dp[0])
        return DrawingComparison(False, (_with_line(Feedback("extra-parts"), piece),), piece.seg)
    seg = next((s for s in target if raster.line(s) & missing), target[0])
    return DrawingComparison(False, (Feedback("missing-parts"),), seg)


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
    """(failed rule, feedback) for every structure rule the program breaks."""
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
