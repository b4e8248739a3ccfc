"""A tiny turtle for the checker's tests: commands in, a ``RunResult`` out, with CPython
``turtle``'s geometry (start at (0, 0) heading east, y up, ``circle`` as turtle.py draws it).

The checker must not import the interpreter (written in parallel), so its tests build runs
with this: ``walk(("forward", 100), ("right", 90))``; each command is on its own source line
(the n-th command is line n) unless given as ``(line, name, *args)`` with an int first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from kiosk.turtle.model import RunResult, Segment, Step, TurtleError, TurtleState


def repeat(times: int, *commands: tuple) -> list[tuple]:
    return [c for _ in range(times) for c in commands]


def polygon(sides: int, length: float = 100, turn: str = "right") -> list[tuple]:
    return repeat(sides, ("forward", length), (turn, 360 / sides))


def walk(*commands: tuple | Iterable[tuple], error: TurtleError | None = None) -> RunResult:
    flat: list[tuple] = []
    for c in commands:
        if isinstance(c, tuple):
            flat.append(c)
        else:
            flat.extend(c)
    x = y = heading = 0.0
    down, color, width = True, "black", 1.0
    steps: list[Step] = []
    output: list[str] = []

    def go(distance: float) -> Segment | None:
        nonlocal x, y
        nx = x + distance * math.cos(math.radians(heading))
        ny = y + distance * math.sin(math.radians(heading))
        seg = Segment(x, y, nx, ny, color, width) if down else None
        x, y = nx, ny
        return seg

    for number, command in enumerate(flat, start=1):
        line = number
        if command and isinstance(command[0], int):
            line, command = command[0], command[1:]
        name, *args = command
        drawn: list[Segment] = []
        if name in ("forward", "back"):
            seg = go(args[0] if name == "forward" else -args[0])
            drawn = [seg] if seg else []
        elif name in ("left", "right"):
            heading = (heading + (args[0] if name == "left" else -args[0])) % 360
        elif name == "penup":
            down = False
        elif name == "pendown":
            down = True
        elif name == "color":
            color = args[0]
        elif name == "width":
            width = float(args[0])
        elif name == "goto":
            seg = Segment(x, y, args[0], args[1], color, width) if down else None
            x, y = float(args[0]), float(args[1])
            drawn = [seg] if seg else []
        elif name == "circle":
            radius = args[0]
            extent = args[1] if len(args) > 1 else 360
            n = args[2] if len(args) > 2 else 1 + int(min(11 + abs(radius) / 6.0, 59.0) * abs(extent) / 360)
            w = extent / n
            w2 = w / 2
            length = 2.0 * radius * math.sin(math.radians(w2))
            if radius < 0:
                length, w, w2 = -length, -w, -w2
            heading += w2
            for _ in range(n):
                seg = go(length)
                if seg:
                    drawn.append(seg)
                heading += w
            heading = (heading - w2) % 360
        elif name == "print":
            output.append(str(args[0]))
        else:
            raise ValueError(name)
        steps.append(Step(line, name, TurtleState(x, y, heading, down, color, width), tuple(drawn)))
    return RunResult(tuple(steps), tuple(output), steps[-1].state if steps else TurtleState(), error)
