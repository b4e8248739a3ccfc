"""The turtle draws what CPython's own ``turtle`` computes: the same float operations in the
same order, so the coordinates are compared for EQUALITY (not approximately) with
``turtle.TNavigator`` (CPython's navigation class, which needs no screen; its ``circle`` is the
same code RawTurtle runs)."""

from __future__ import annotations

import math
import turtle as cpython_turtle

import pytest

from kiosk.turtle.geometry import Turtle, circle_steps, color_name
from kiosk.turtle.interpreter import run_in_process


class Recorder(cpython_turtle.TNavigator):
    """CPython's navigator, recording each pen-down move as a segment."""

    def __init__(self):
        self.drawn = []
        self.down = True
        super().__init__()

    def _goto(self, end):
        start = self._position
        super()._goto(end)
        if self.down and tuple(start) != tuple(end):
            self.drawn.append((float(start[0]), float(start[1]), float(end[0]), float(end[1])))

    def penup(self):
        self.down = False

    def pendown(self):
        self.down = True


def reference(calls):
    rec = Recorder()
    for name, *args in calls:
        getattr(rec, name)(*args)
    return rec.drawn, (rec.xcor(), rec.ycor(), rec.heading())


def ours(source, lang="en"):
    result = run_in_process(source, lang)
    assert result.ok, result.error
    return [tuple(seg.as_list()) for seg in result.segments], result.final


CASES = {
    "square": ("for _ in range(4):\n    forward(100)\n    right(90)",
               [("forward", 100), ("right", 90)] * 4),
    "star": ("for i in range(36):\n    forward(150)\n    left(170)", [("forward", 150), ("left", 170)] * 36),
    "pentagon float": ("for i in range(5):\n    forward(33.3)\n    left(72)", [("forward", 33.3), ("left", 72)] * 5),
    "spiral": ("for i in range(60):\n    forward(i * 2)\n    right(61)",
               [c for i in range(60) for c in (("forward", i * 2), ("right", 61))]),
    "back goto pen": ("forward(40)\npenup()\nback(90)\npendown()\nleft(30)\nforward(10)\ngoto(5, -7)\ngoto(0, 0)",
                      [("forward", 40), ("penup",), ("back", 90), ("pendown",), ("left", 30), ("forward", 10),
                       ("goto", 5, -7), ("goto", 0, 0)]),
    "circles": ("circle(50)\ncircle(-30, 180)\ncircle(20, 360, 6)\ncircle(100, 90)\ncircle(7.5, -45)\nforward(10)",
                [("circle", 50), ("circle", -30, 180), ("circle", 20, 360, 6), ("circle", 100, 90),
                 ("circle", 7.5, -45), ("forward", 10)]),
    "flower": ("for i in range(12):\n    circle(40, 60)\n    left(120)\n    circle(40, 60)\n    left(30)",
               [("circle", 40, 60), ("left", 120), ("circle", 40, 60), ("left", 30)] * 12),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_segments_equal_cpython_turtle(name):
    source, calls = CASES[name]
    segments, final = ours(source)
    expected, (x, y, heading) = reference(calls)
    assert segments == expected
    assert (final.x, final.y) == (x, y)
    assert final.heading == heading


def test_circle_polygon_by_hand():
    """circle(60): 1 + int(min(11 + 60/6, 59)) = 22 sides of 2·60·sin(360/22/2°), first turned
    half a side's angle; the polygon closes where it started, heading east again."""
    assert circle_steps(60) == 22
    assert circle_steps(600) == 60  # 59 + 1: big circles are capped
    assert circle_steps(60, 90) == 1 + int(21 * 0.25)
    turtle = Turtle()
    segments = turtle.circle(60)
    assert len(segments) == 22
    side = 2 * 60 * math.sin(math.radians(360 / 22 / 2))
    first = segments[0]
    assert math.hypot(first.x2 - first.x1, first.y2 - first.y1) == pytest.approx(side)
    assert math.degrees(math.atan2(first.y2, first.x2)) == pytest.approx(360 / 22 / 2)
    assert (turtle.x, turtle.y) == pytest.approx((0, 0), abs=1e-9)
    assert turtle.heading() == pytest.approx(0, abs=1e-9) or turtle.heading() == pytest.approx(360)
    top = max(seg.y2 for seg in segments)
    assert top == pytest.approx(120, abs=0.5)  # the centre is radius units to the left (north)


def test_pen_up_draws_nothing_and_zero_moves_draw_nothing():
    turtle = Turtle()
    turtle.penup()
    assert turtle.forward(50) == []
    turtle.pendown()
    assert turtle.forward(0) == []
    assert len(turtle.forward(1)) == 1


def test_segments_carry_colour_and_width():
    result = run_in_process('color("rojo")\ngrosor(4)\navanzar(10)\ncolor("#00F")\navanzar(5)', "es")
    assert [(s.color, s.width) for s in result.segments] == [("red", 4.0), ("#0000ff", 4.0)]
    assert result.final.color == "#0000ff"


def test_colour_names():
    assert color_name("Azul") == "blue" and color_name("blue") == "blue"
    assert color_name("#a0b1c2") == "#a0b1c2"
    assert color_name("#12345") is None and color_name("chartreuse") is None


def test_steps_follow_the_commands_and_lines():
    result = run_in_process("repetir 2:\n    avanzar(10)\n    izquierda(90)\nsubir_lapiz()", "es")
    assert [(s.line, s.command) for s in result.steps] == [
        (2, "forward"), (3, "left"), (2, "forward"), (3, "left"), (4, "penup")]
    assert result.steps[1].state.heading == 90.0
    assert result.steps[-1].state.pen_down is False
