"""The checker (kiosk.turtle.check): normalisation properties, every feedback code, tolerance
edges, the circle fallback, rules, output and errors. Runs are built by a tiny local turtle
(``_walk``), so these tests do not depend on the interpreter."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.turtle.check import (
    challenge_from_reference,
    challenge_from_segments,
    check,
    compare_drawing,
    compare_output,
    normalise,
    raster_difference,
    same_drawing,
)
from kiosk.turtle.model import Challenge, Feedback, ProgramShape, Rules, Segment, TurtleError

try:
    from _walk import polygon, repeat, walk
except ImportError:  # tests/turtle became a package
    from tests.turtle._walk import polygon, repeat, walk

SHAPE = ProgramShape(lines=3, blocks=3, loops=1, conditionals=0, functions=0)
SQUARE = walk(polygon(4)).segments


def verdict(*commands, target=SQUARE, shape=SHAPE, **challenge):
    return check(walk(*commands), shape, challenge_from_segments(target, **challenge))


def codes(v):
    return [f.code for f in v.feedback]


def target_of(*commands):
    return walk(*commands).segments


# -- normalisation ---------------------------------------------------------------------------------
def test_square_normalises_to_four_sides_from_their_smaller_end():
    segs = normalise(SQUARE)
    assert len(segs) == 4
    assert all((s.x1, s.y1) <= (s.x2, s.y2) for s in segs)
    assert {(round(s.x1), round(s.y1), round(s.x2), round(s.y2)) for s in segs} == {
        (0, -100, 0, 0), (0, -100, 100, -100), (0, 0, 100, 0), (100, -100, 100, 0)}


def test_two_halves_are_one_line_and_a_line_twice_is_once():
    halves = target_of(("forward", 50), ("forward", 50))
    assert normalise(halves) == normalise(target_of(("forward", 100),))
    there_and_back = target_of(("forward", 100), ("back", 100), ("forward", 60))
    assert len(normalise(there_and_back)) == 1


def test_overlapping_pieces_merge_and_pieces_apart_do_not():
    overlapping = [Segment(0, 0, 60, 0), Segment(40, 0, 100, 0)]
    assert normalise(overlapping) == (Segment(0, 0, 100, 0),)
    apart = [Segment(0, 0, 40, 0), Segment(60, 0, 100, 0)]
    assert len(normalise(apart)) == 2
    parallel = [Segment(0, 0, 100, 0), Segment(0, 10, 100, 10)]
    assert len(normalise(parallel)) == 2


def test_zero_length_segments_are_dropped():
    assert normalise([Segment(5, 5, 5, 5), Segment(0, 0, 0, 0)]) == ()
    assert len(normalise([Segment(5, 5, 5, 5), Segment(0, 0, 10, 0)])) == 1


GRID_POINT = st.tuples(st.integers(0, 5), st.integers(0, 5)).map(lambda p: (p[0] * 10.0, p[1] * 10.0))
def _apart_or_collinear(drawing) -> bool:
    """Two lines meeting at an angle under ~10° are closer than the checker tells apart near their
    meeting point (a piece within the tolerance of the other line joins it): turtle challenges
    turn by 10° or more, so the generated drawings keep their lines at least that far apart."""
    import math

    def angle(s):
        return math.degrees(math.atan2(s.y2 - s.y1, s.x2 - s.x1)) % 180.0

    for i, s in enumerate(drawing):
        for t in drawing[i + 1:]:
            gap = abs(angle(s) - angle(t))
            gap = min(gap, 180.0 - gap)
            if 0.5 < gap < 10.0:
                return False
    return True


DRAWING = st.lists(st.tuples(GRID_POINT, GRID_POINT), min_size=1, max_size=12).map(
    lambda pairs: [Segment(a[0], a[1], b[0], b[1]) for a, b in pairs if a != b]).filter(bool).filter(
    _apart_or_collinear)


@settings(max_examples=150, deadline=None)
@given(DRAWING, st.randoms(use_true_random=False))
def test_order_and_direction_do_not_matter(drawing, rnd):
    shuffled = [Segment(s.x2, s.y2, s.x1, s.y1) if rnd.random() < 0.5 else s for s in drawing]
    rnd.shuffle(shuffled)
    assert same_drawing(drawing, shuffled)
    assert len(normalise(drawing)) == len(normalise(shuffled))


@settings(max_examples=150, deadline=None)
@given(DRAWING, st.data())
def test_splitting_and_repeating_pieces_do_not_matter(drawing, data):
    if not drawing:
        return
    i = data.draw(st.integers(0, len(drawing) - 1))
    cut = data.draw(st.sampled_from([0.25, 0.5, 1 / 3, 0.9]))
    s = drawing[i]
    mx, my = s.x1 + (s.x2 - s.x1) * cut, s.y1 + (s.y2 - s.y1) * cut
    split = [*drawing[:i], Segment(s.x1, s.y1, mx, my), Segment(mx, my, s.x2, s.y2), *drawing[i + 1:]]
    assert same_drawing(drawing, split)
    assert len(normalise(drawing)) == len(normalise(split))
    assert same_drawing(drawing, drawing + drawing[:i + 1])


@settings(max_examples=100, deadline=None)
@given(DRAWING)
def test_a_drawing_checks_against_itself_and_a_moved_copy_does_not(drawing):
    assert compare_drawing(drawing, drawing).passed
    moved = [Segment(s.x1 + 7, s.y1, s.x2 + 7, s.y2) for s in drawing]
    assert not compare_drawing(moved, drawing).passed


# -- tolerance edges --------------------------------------------------------------------------------
@pytest.mark.parametrize(("off", "passes"), [(0.0, True), (1.9, True), (2.0, True), (2.1, False), (5, False)])
def test_a_corner_off_by_less_than_the_tolerance_passes(off, passes):
    drawn = [Segment(0, 0, 100 + off, 0), Segment(100 + off, 0, 100, -100),
             Segment(100, -100, 0, -100), Segment(0, -100, 0, 0)]
    assert compare_drawing(drawn, SQUARE, tolerance=2).passed is passes


def test_the_tolerance_is_the_challenge_s():
    drawn = walk(repeat(4, ("forward", 104), ("right", 90)))
    assert not check(drawn, SHAPE, challenge_from_segments(SQUARE, tolerance=2)).passed
    assert check(drawn, SHAPE, challenge_from_segments(SQUARE, tolerance=6)).passed


def test_a_tiny_gap_within_the_tolerance_is_no_gap():
    drawn = [Segment(0, 0, 49.5, 0), Segment(50.5, 0, 100, 0)]
    assert compare_drawing(drawn, [Segment(0, 0, 100, 0)]).passed
    assert not compare_drawing(drawn, [Segment(0, 0, 100, 0)], tolerance=0.1).passed


# -- the drawing's feedback ----------------------------------------------------------------------
def test_the_right_square_passes_any_way_it_is_drawn():
    assert verdict(polygon(4)).passed
    assert verdict(repeat(4, ("forward", 50), ("forward", 50), ("right", 90))).passed
    assert verdict(polygon(4), polygon(4)).passed  # drawn twice counts once
    backwards = [("right", 90), *repeat(4, ("forward", 100), ("left", 90))]
    assert verdict(backwards).passed
    v = verdict(polygon(4))
    assert v.feedback == () and v.first_difference is None and v.failed_rule is None


def test_a_triangle_for_a_square_says_3_sides_and_4():
    v = verdict(polygon(3))
    assert not v.passed and v.failed_rule == "drawing"
    assert v.feedback[0] == Feedback("sides", {"have": 3, "want": 4})
    assert v.first_difference is not None


def test_a_hexagon_for_a_pentagon_says_6_sides_and_5():
    v = verdict(polygon(6, 60), target=target_of(polygon(5, 60)))
    assert v.feedback[0] == Feedback("sides", {"have": 6, "want": 5})


def test_three_sides_of_a_square_do_not_close():
    v = verdict(repeat(3, ("forward", 100), ("right", 90)))
    assert codes(v) == ["not-closed"]
    # the missing side is the red one
    red = v.first_difference
    assert {(round(red.x1), round(red.y1)), (round(red.x2), round(red.y2))} == {(0, -100), (0, 0)}


def test_an_open_path_that_misses_the_start_says_not_closed():
    drawn = [("right", 90), ("forward", 100), ("left", 90), ("forward", 100), ("left", 90), ("forward", 100)]
    v = verdict(drawn)  # the square's other three sides, from a different start
    assert codes(v) == ["not-closed"]


def test_a_short_side_says_too_short_with_the_line():
    v = verdict(repeat(3, ("forward", 100), ("right", 90)), ("forward", 80))
    assert v.feedback[0] == Feedback("too-short", {"have": 80, "want": 100, "line": 7})
    assert math.isclose(math.hypot(v.first_difference.x2 - v.first_difference.x1,
                                   v.first_difference.y2 - v.first_difference.y1), 80, abs_tol=1e-6)


def test_long_sides_say_too_long():
    v = verdict(repeat(4, ("forward", 120), ("right", 90)))
    assert v.feedback[0] == Feedback("too-long", {"have": 120, "want": 100, "line": 1})


def test_a_turn_twice_says_one_turn_too_many_on_the_second_turn_s_line():
    v = verdict(("forward", 100), ("right", 90), ("right", 90), ("forward", 100), ("right", 90), ("forward", 100))
    assert v.feedback[0] == Feedback("extra-turn", {"line": 3})


def test_a_turn_in_the_middle_of_a_side_is_an_extra_turn():
    v = verdict(("forward", 50), ("left", 90), ("forward", 50), target=target_of(("forward", 100),))
    assert codes(v) == ["extra-turn"]


def test_going_straight_through_a_corner_is_a_missing_turn():
    target = target_of(("forward", 100), ("left", 90), ("forward", 100))
    v = verdict(("forward", 100), ("forward", 100), target=target)
    assert v.feedback[0] == Feedback("missing-turn", {"line": 1})


def test_a_missing_first_turn_is_a_missing_turn():
    target = target_of(("left", 90), ("forward", 100))
    assert codes(verdict(("forward", 100), target=target)) == ["missing-turn"]
    assert codes(verdict(("right", 45), ("forward", 100), target=target_of(("forward", 100),))) == ["extra-turn"]


def test_turning_the_wrong_way_says_which_way():
    v = verdict(polygon(4, turn="left"))
    assert v.feedback[0] == Feedback("wrong-direction", {"want": "right", "line": 2})
    v = verdict(polygon(4), target=target_of(polygon(4, turn="left")))
    assert v.feedback[0].params["want"] == "left"


def test_a_wrong_angle_says_both_angles():
    v = verdict(repeat(5, ("forward", 100), ("right", 144)), target=target_of(polygon(5)))
    assert v.feedback[0] == Feedback("wrong-angle", {"have": 144, "want": 72, "line": 2})
    v = verdict(repeat(3, ("forward", 100), ("right", 60)), target=target_of(polygon(3)))
    assert v.feedback[0].code == "wrong-angle" and v.feedback[0].params["have"] == 60


def test_one_line_too_many_after_the_target_s_path():
    v = verdict(polygon(4), ("left", 90), ("forward", 50))
    assert v.feedback[0] == Feedback("extra-lines", {"count": 1, "line": 10})


def test_lines_missing_from_an_open_target():
    target = target_of(("forward", 100), ("left", 90), ("forward", 100), ("left", 90), ("forward", 100))
    v = verdict(("forward", 100), ("left", 90), ("forward", 100), target=target)
    assert v.feedback[0] == Feedback("missing-lines", {"count": 1})


def test_extra_and_missing_lines_when_the_paths_cannot_be_walked_together():
    target = target_of(("forward", 100), ("penup",), ("goto", 0, 50), ("pendown",), ("forward", 100))
    extra = verdict(("forward", 100), ("penup",), ("goto", 0, 50), ("pendown",), ("forward", 100),
                    ("penup",), ("goto", 0, 90), ("pendown",), ("forward", 100), target=target)
    assert extra.feedback[0] == Feedback("extra-lines", {"count": 1, "line": 9})
    assert round(extra.first_difference.y1) == 90
    missing = verdict(("forward", 100), target=target)
    assert missing.feedback[0] == Feedback("missing-lines", {"count": 1})


def test_the_right_shape_in_the_wrong_place():
    v = verdict(("penup",), ("goto", 30, 30), ("pendown",), polygon(4))
    assert codes(v) == ["wrong-place"]


def test_joining_pieces_the_target_leaves_apart_is_a_forgotten_pen_up():
    target = target_of(("forward", 50), ("penup",), ("forward", 50), ("pendown",), ("forward", 50))
    v = verdict(("forward", 150), target=target)
    assert v.feedback[0] == Feedback("pen-up-forgotten", {"count": 1, "line": 1})
    red = v.first_difference  # only the gap is red
    assert (round(red.x1), round(red.x2)) == (50, 100)
    dashes = target_of(repeat(3, ("forward", 30), ("penup",), ("forward", 30), ("pendown",)))
    assert codes(verdict(("forward", 180), target=dashes)) == ["pen-up-forgotten"]


def test_nothing_drawn():
    v = verdict(("penup",), ("forward", 100))
    assert codes(v) == ["nothing-drawn"] and v.first_difference is not None
    assert codes(check(walk(), SHAPE, challenge_from_segments(SQUARE))) == ["nothing-drawn"]


def test_colours_count_only_when_the_target_has_them():
    blue = target_of(("color", "blue"), polygon(4))
    v = verdict(("color", "red"), polygon(4), target=blue)
    assert v.feedback[0] == Feedback("wrong-color", {"have": "red", "want": "blue", "line": 2})
    assert verdict(("color", "BLUE"), polygon(4), target=blue).passed
    assert verdict(("color", "red"), polygon(4)).passed  # a black target: any colour
    two = target_of(("color", "red"), ("forward", 100), ("color", "blue"), ("forward", 100))
    v = verdict(("color", "red"), ("forward", 200), target=two)
    assert v.feedback[0].params == {"have": "red", "want": "blue", "line": 2}


# -- circles: the pixel fallback ---------------------------------------------------------------
CIRCLE = target_of(("circle", 50))


def test_a_circle_drawn_with_other_steps_passes_by_pixels():
    assert not same_drawing(target_of(("circle", 50, 360, 36)), CIRCLE)
    assert verdict(("circle", 50, 360, 36), target=CIRCLE, uses_circles=True).passed
    assert not verdict(("circle", 50, 360, 36), target=CIRCLE).passed  # segments alone differ


def test_a_bigger_circle_or_half_a_circle_fails_by_pixels():
    bigger = verdict(("circle", 60), target=CIRCLE, uses_circles=True)
    assert not bigger.passed and codes(bigger) == ["extra-parts"]
    assert bigger.feedback[0].params == {"line": 1}
    half = verdict(("circle", 50, 180), target=CIRCLE, uses_circles=True)
    assert codes(half) == ["missing-parts"] and half.first_difference is not None
    assert codes(verdict(("penup",), target=CIRCLE, uses_circles=True)) == ["nothing-drawn"]


def test_raster_difference_is_zero_for_the_same_drawing_and_counts_the_rest():
    assert raster_difference(CIRCLE, CIRCLE)[:2] == (0, 0)
    extra, missing, cells = raster_difference(target_of(("circle", 50, 180)), CIRCLE)
    assert extra == 0 and missing > cells // 3
    thick = [Segment(s.x1, s.y1, s.x2, s.y2, "black", 12) for s in CIRCLE]
    assert raster_difference(thick, CIRCLE)[0] > 0  # a thick pen covers more than the tolerance


def test_circle_with_a_square_target_part():
    target = target_of(polygon(4), ("circle", 30))
    assert verdict(polygon(4), ("circle", 30, 360, 20), target=target, uses_circles=True).passed
    v = verdict(("circle", 30), target=target, uses_circles=True)
    assert codes(v) == ["missing-parts"]


# -- output ----------------------------------------------------------------------------------------
def test_output_line_by_line_ignoring_trailing_spaces():
    assert compare_output(["10 ", "20"], ["10", "20", ""]) is None
    assert compare_output([], ["10"]) == Feedback("nothing-printed", {"want": "10"})
    assert compare_output(["10", "21"], ["10", "20"]) == Feedback("output-wrong", {"number": 2, "have": "21", "want": "20"})
    assert compare_output(["10"], ["10", "20"]) == Feedback("output-missing", {"number": 2, "want": "20"})
    assert compare_output(["10", "20", "30"], ["10", "20"]) == Feedback("output-extra", {"number": 3, "have": "30"})
    assert compare_output([" 10"], ["10"]) is not None  # leading spaces count


def test_a_text_challenge_checks_the_output_and_not_the_drawing():
    run = walk(("print", "10"), ("print", "20"))
    assert check(run, SHAPE, Challenge((), output=("10", "20"))).passed
    v = check(run, SHAPE, Challenge((), output=("10", "30")))
    assert v.failed_rule == "output" and codes(v) == ["output-wrong"]
    both = check(walk(("forward", 100), ("print", "1")), SHAPE, Challenge(SQUARE, output=("2",)))
    assert both.failed_rule == "drawing" and codes(both)[1:] == ["output-wrong"]


# -- structure rules --------------------------------------------------------------------------------
def shape(blocks=3, lines=3, loops=1, conditionals=0, functions=0, variables=0):
    return ProgramShape(lines=lines, blocks=blocks, loops=loops, conditionals=conditionals, functions=functions,
                        variables=variables)


@pytest.mark.parametrize(("what", "field"), [("loop", "loops"), ("if", "conditionals"), ("def", "functions")])
def test_must_use(what, field):
    rules = Rules(must_use=(what,))
    ok = check(walk(polygon(4)), shape(**{field: 1}), challenge_from_segments(SQUARE, rules=rules))
    assert ok.passed
    no = check(walk(polygon(4)), shape(**{field: 0, "loops": 0 if field == "loops" else 1}),
               challenge_from_segments(SQUARE, rules=rules))
    assert not no.passed and no.failed_rule == f"must_use:{what}"
    assert no.feedback == (Feedback("must-use", {"what": what}),)


def test_must_use_variable_counts_assignments():
    rules = Rules(must_use=("variable",))
    ch = challenge_from_segments(SQUARE, rules=rules)
    assert check(walk(polygon(4)), shape(variables=1), ch).passed
    assert check(walk(polygon(4)), shape(variables=0), ch).failed_rule == "must_use:variable"


def test_max_blocks_and_lines_fail_and_ideal_blocks_is_only_a_hint():
    ch = challenge_from_segments(SQUARE, rules=Rules(max_blocks=4, max_lines=5, ideal_blocks=3))
    run = walk(polygon(4))
    v = check(run, shape(blocks=8, lines=8), ch)
    assert v.failed_rule == "max_blocks"
    assert v.feedback == (Feedback("too-many-blocks", {"have": 8, "max": 4}), Feedback("too-many-lines", {"have": 8, "max": 5}))
    v = check(run, shape(blocks=4, lines=6), ch)
    assert v.failed_rule == "max_lines"
    v = check(run, shape(blocks=4, lines=4), ch)
    assert v.passed and v.hint == Feedback("ideal-blocks", {"ideal": 3, "have": 4})
    assert check(run, shape(blocks=3, lines=3), ch).hint is None
    assert check(walk(polygon(3)), shape(blocks=4), ch).hint is None  # no hint on a failure


def test_the_drawing_fails_before_the_rules():
    ch = challenge_from_segments(SQUARE, rules=Rules(must_use=("loop",)))
    v = check(walk(polygon(3)), shape(loops=0), ch)
    assert v.failed_rule == "drawing" and codes(v) == ["sides", "must-use"]


# -- errors ----------------------------------------------------------------------------------------
def test_a_run_that_ended_in_error_fails_with_its_error():
    err = TurtleError("too-many-steps", 3, {"limit": 100000})
    v = check(walk(("forward", 100), error=err), SHAPE, challenge_from_segments(SQUARE))
    assert not v.passed and v.failed_rule == "error:too-many-steps"
    assert v.feedback == (Feedback("too-many-steps", {"limit": 100000, "line": 3}),)
    assert v.first_difference == walk(("forward", 100)).segments[-1]
    v = check(walk(error=TurtleError("syntax", None, {"kind": "other"})), SHAPE, challenge_from_segments(SQUARE))
    assert v.failed_rule == "error:syntax" and v.feedback == (Feedback("syntax", {"kind": "other"}),)
    assert v.first_difference is None


# -- challenges --------------------------------------------------------------------------------------
def test_challenge_from_segments_takes_lists():
    ch = challenge_from_segments([[0, 0, 100, 0]], tolerance=3, output=["1"])
    assert ch.target == (Segment(0.0, 0.0, 100.0, 0.0),) and ch.tolerance == 3.0 and ch.output == ("1",)


def test_challenge_from_reference():
    ch = challenge_from_reference(walk(polygon(4), ("print", "4")), rules=Rules(max_blocks=4))
    assert ch.target == SQUARE and ch.output is None and not ch.uses_circles and ch.rules.max_blocks == 4
    assert challenge_from_reference(walk(("print", "4"),), expect_output=True).output == ("4",)
    assert challenge_from_reference(walk(("circle", 20),)).uses_circles
    assert not challenge_from_reference(walk(("circle", 20),), uses_circles=False).uses_circles
    with pytest.raises(ValueError):
        challenge_from_reference(walk(error=TurtleError("syntax", 1)))


def test_check_is_pure_and_deterministic():
    run, ch = walk(polygon(3)), challenge_from_segments(SQUARE)
    first = check(run, SHAPE, ch)
    assert all(check(run, SHAPE, ch) == first for _ in range(3))
    assert ch == challenge_from_segments(SQUARE) and run == walk(polygon(3))


def test_a_36_segment_star_against_itself_and_a_shuffled_copy():
    star = target_of(repeat(36, ("forward", 200), ("right", 170)))
    assert len(star) == 36
    shuffled = list(star)
    random.Random(1).shuffle(shuffled)
    assert compare_drawing(shuffled, star).passed
    v = verdict(repeat(36, ("forward", 200), ("right", 171)), target=star)
    assert codes(v) == ["wrong-angle"]


def test_turning_back_over_a_line_is_a_turn_too_many_not_missing_lines():
    v = verdict(("forward", 100), ("right", 90), ("right", 90), ("forward", 100))
    assert codes(v) == ["extra-turn"]


TURTLE_PROGRAM = st.lists(st.one_of(
    st.tuples(st.sampled_from(["forward", "back"]), st.sampled_from([0, 10, 25, 50, 100])),
    st.tuples(st.sampled_from(["left", "right"]), st.sampled_from([30, 45, 60, 90, 120, 144, 180])),
    st.tuples(st.sampled_from(["penup", "pendown"])),
    st.tuples(st.just("goto"), st.sampled_from([0, 50, -50]), st.sampled_from([0, 50, -50])),
    st.tuples(st.just("circle"), st.sampled_from([20, -30]), st.sampled_from([90, 360])),
), max_size=14)


@settings(max_examples=300, deadline=None)
@given(TURTLE_PROGRAM, TURTLE_PROGRAM, st.booleans(), st.sampled_from([0.0, 0.5, 2.0, 5.0]))
def test_any_two_drawings_get_a_verdict_that_says_something(drawn, target, circles, tolerance):
    run, ref = walk(drawn), walk(target)
    v = check(run, SHAPE, challenge_from_segments(ref.segments, tolerance=tolerance, uses_circles=circles))
    if not ref.segments:
        assert v.passed  # no target: nothing to compare
    elif not v.passed:
        assert v.failed_rule == "drawing" and v.feedback
        assert v.feedback[0].code in {"nothing-drawn", "sides", "wrong-place", "pen-up-forgotten", "missing-turn",
                                      "extra-turn", "wrong-direction", "wrong-angle", "too-long", "too-short",
                                      "not-closed", "extra-lines", "missing-lines", "extra-parts", "missing-parts",
                                      "wrong-color"}
        assert isinstance(v.first_difference, Segment)
    same = check(ref, SHAPE, challenge_from_segments(ref.segments, tolerance=tolerance, uses_circles=circles))
    assert same.passed


def test_a_speck_far_away_cannot_shrink_the_circle_comparison():
    v = verdict(("circle", 50), ("penup",), ("goto", 5000, 5000), ("pendown",), ("forward", 1),
                target=CIRCLE, uses_circles=True)
    assert codes(v) == ["extra-parts"] and v.feedback[0].params["line"] == 5
