"""A tiny stand-in for ``kiosk.turtle.sandbox.run_program`` for the studio's tests (trusted
programs only: it runs them with ``exec``). It speaks the contract of ``kiosk.turtle.model``."""

from __future__ import annotations

import math
import re
import sys

from kiosk.turtle.model import RunResult, Segment, Step, TurtleError, TurtleState

_COLORS = {"rojo": "red", "azul": "blue", "verde": "green", "negro": "black", "naranja": "orange",
           "violeta": "purple", "amarillo": "yellow"}


def fake_run(source: str, lang: str = "es") -> RunResult:
    steps: list[Step] = []
    output: list[str] = []
    state = {"s": TurtleState()}

    def record(command, new, segments=()):
        frame = sys._getframe(1)
        while frame.f_code.co_filename != "<program>":
            frame = frame.f_back
        line = frame.f_lineno
        state["s"] = new
        steps.append(Step(line, command, new, tuple(segments)))

    def move(dist, command="forward"):
        s = state["s"]
        x = s.x + dist * math.cos(math.radians(s.heading))
        y = s.y + dist * math.sin(math.radians(s.heading))
        x, y = round(x, 6), round(y, 6)
        segs = [Segment(s.x, s.y, x, y, s.color, s.width)] if s.pen_down else []
        record(command, TurtleState(x, y, s.heading, s.pen_down, s.color, s.width), segs)

    def turn(angle, command):
        s = state["s"]
        record(command, TurtleState(s.x, s.y, (s.heading + angle) % 360, s.pen_down, s.color, s.width))

    def pen(down):
        s = state["s"]
        record("pendown" if down else "penup", TurtleState(s.x, s.y, s.heading, down, s.color, s.width))

    def color(name):
        s = state["s"]
        record("color", TurtleState(s.x, s.y, s.heading, s.pen_down, _COLORS.get(name, name), s.width))

    env = {
        "forward": lambda d: move(d), "avanzar": lambda d: move(d),
        "back": lambda d: move(-d, "back"), "retroceder": lambda d: move(-d, "back"),
        "left": lambda a: turn(a, "left"), "izquierda": lambda a: turn(a, "left"),
        "right": lambda a: turn(-a, "right"), "derecha": lambda a: turn(-a, "right"),
        "penup": lambda: pen(False), "subir_lapiz": lambda: pen(False),
        "pendown": lambda: pen(True), "bajar_lapiz": lambda: pen(True),
        "color": color, "print": lambda *a: output.append(" ".join(map(str, a))),
        "range": range,
    }
    text = re.sub(r"^(\s*)(?:repetir|repeat)\s+(\d+)\s*:", r"\1for _ in range(\2):", source, flags=re.M)
    error = None
    try:
        exec(compile(text, "<program>", "exec"), {"__builtins__": {}}, env)  # noqa: S102 - tests only
    except SyntaxError as exc:
        error = TurtleError("syntax", exc.lineno)
    except NameError as exc:
        tb = exc.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        error = TurtleError("unknown-name", tb.tb_lineno, {"name": str(exc)})
    return RunResult(tuple(steps), tuple(output), state["s"], error)
