"""The turtle commands and the few built-ins of the learners' language, called by the
interpreter (``kiosk.turtle.interpreter``) with the evaluated arguments and the canonical name.

Each checks its arguments (count, kinds: ``bad-argument``, ``wrong-arg-count``), the budgets
(moves, steps, sizes) and then moves the turtle (``kiosk.turtle.geometry``) or computes the value.
``to_text`` is Python's ``str()`` of the language's values, refused before it grows too long.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.turtle.geometry import circle_steps, color_name

if TYPE_CHECKING:
    from kiosk.turtle.interpreter import Interpreter

COPY_COST = 64  # elements copied/compared per extra step


@dataclass(frozen=True)
class UserFunction:
    name: str
    params: tuple[str, ...]
    body: tuple[ast.stmt, ...]
    local_names: frozenset[str]


def kind(value) -> str:
    """A value's kind as the error params name it."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple, range)):
        return "list"
    if value is None:
        return "none"
    return "function"


def is_number(value) -> bool:
    return isinstance(value, (int, float))


# --- the commands and built-ins (canonical names; ``name`` is as the learner wrote it) ------------
_ARITY = {"forward": (1, 1), "back": (1, 1), "left": (1, 1), "right": (1, 1), "penup": (0, 0),
          "pendown": (0, 0), "color": (1, 1), "width": (1, 1), "goto": (1, 2), "circle": (1, 3),
          "print": (0, 50), "range": (1, 3), "len": (1, 1), "abs": (1, 1), "round": (1, 2),
          "int": (1, 1), "float": (1, 1), "str": (1, 1), "min": (1, 50), "max": (1, 50)}


def call_builtin(it: Interpreter, name: str, command: str, args: list):
    low, high = _ARITY[command]
    if not low <= len(args) <= high:
        it.fail("wrong-arg-count", name=name, expected=str(low) if low == high else f"{low}-{high}",
                got=len(args))

    def number(position: int, expected: str = "number"):
        value = args[position]
        if not is_number(value):
            it.fail("bad-argument", name=name, position=position + 1, expected=expected, got=kind(value))
        return value

    def whole(position: int):
        value = number(position, "whole-number")
        if not isinstance(value, int):
            it.fail("bad-argument", name=name, position=position + 1, expected="whole-number", got=kind(value))
        return value

    turtle = it.turtle
    if command in ("forward", "back", "left", "right"):
        it.use_moves(1)
        it.record(command, getattr(turtle, command)(number(0)))
    elif command in ("penup", "pendown"):
        it.use_moves(1)
        it.record(command, getattr(turtle, command)())
    elif command == "color":
        if not isinstance(args[0], str):
            it.fail("bad-argument", name=name, position=1, expected="color", got=kind(args[0]))
        color = color_name(args[0])
        if color is None:
            it.fail("unknown-color", color=args[0][:40])
        it.use_moves(1)
        it.record(command, turtle.set_color(color))
    elif command == "width":
        width = number(0, "positive-number")
        if width < 0:
            it.fail("bad-argument", name=name, position=1, expected="positive-number", got="number")
        it.use_moves(1)
        it.record(command, turtle.set_width(width))
    elif command == "goto":
        if len(args) == 1:
            point = args[0]
            if not isinstance(point, (list, tuple)) or len(point) != 2 or not all(map(_is_number, point)):
                it.fail("bad-argument", name=name, position=1, expected="point", got=kind(point))
            x, y = point
        else:
            x, y = number(0), number(1)
        it.use_moves(1)
        it.record(command, turtle.goto(x, y))
    elif command == "circle":
        radius = number(0)
        extent = number(1) if len(args) > 1 else None
        steps = whole(2) if len(args) > 2 else None
        if steps is not None and steps < 1:
            it.fail("bad-argument", name=name, position=3, expected="positive-number", got="number")
        sides = steps if steps is not None else circle_steps(radius, extent)
        it.use_moves(sides)
        it.tick(sides)
        it.record(command, turtle.circle(radius, extent, steps), cost=sides)
    elif command == "print":
        it.use_moves(1)
        it.tick()
        room = max(it.limits.output_chars - it.out_chars, 0) + 1
        text = " ".join(to_text(it, value, room, "too-much-output") for value in args)
        it.print_lines(text)
        it.record(command, ())
    elif command == "range":
        bounds = [whole(i) for i in range(len(args))]
        if len(bounds) == 3 and bounds[2] == 0:
            it.fail("bad-argument", name=name, position=3, expected="not-zero", got="number")
        result = range(*bounds)
        if len(result) > it.limits.collection:
            it.fail("collection-too-big", limit=it.limits.collection, what="range")
        return result
    elif command == "len":
        if not isinstance(args[0], (list, tuple, str, range)):
            it.fail("bad-argument", name=name, position=1, expected="list", got=kind(args[0]))
        return len(args[0])
    elif command == "abs":
        return abs(number(0))
    elif command == "round":
        digits = whole(1) if len(args) > 1 else None
        try:
            return it.number(round(number(0), digits) if digits is not None else round(number(0)))
        except OverflowError:
            it.fail("number-too-big", limit=it.limits.number)
    elif command in ("int", "float"):
        value = args[0]
        if not isinstance(value, (int, float, str)):
            it.fail("bad-argument", name=name, position=1, expected="number", got=kind(value))
        if isinstance(value, str) and len(value) > 400:
            it.fail("number-too-big", limit=it.limits.number)
        try:
            return it.number(int(value) if command == "int" else float(value))
        except (ValueError, OverflowError):
            if isinstance(value, str):
                it.fail("bad-argument", name=name, position=1, expected="number", got="text")
            it.fail("number-too-big", limit=it.limits.number)
    elif command == "str":
        return it.text(to_text(it, args[0], it.limits.string, "string-too-long"))
    elif command in ("min", "max"):
        values = args[0] if len(args) == 1 and isinstance(args[0], (list, tuple, range, str)) else args
        if len(values) == 0:
            it.fail("bad-argument", name=name, position=1, expected="list", got="list")
        it.tick(len(values) // COPY_COST)
        try:
            return min(values) if command == "min" else max(values)
        except TypeError:
            it.fail("type-mismatch", op=command, left=kind(values[0]), right=kind(values[-1]))
    return None


def to_text(it: Interpreter, value, limit: int, code: str, depth: int = 0, seen: frozenset = frozenset()) -> str:
    """``str(value)`` as Python writes it, refused (``code``) before it grows beyond ``limit``."""
    if depth > it.limits.depth:
        it.fail("too-deep", limit=it.limits.depth)
    if isinstance(value, (list, tuple)):
        if id(value) in seen:
            return "[...]"
        seen = seen | {id(value)}
        parts, total = [], 2
        for item in value:
            part = repr(item) if isinstance(item, str) else to_text(it, item, limit - total, code, depth + 1, seen)
            total += len(part) + 2
            if total > limit:
                _too_long(it, code)
            parts.append(part)
        inner = ", ".join(parts)
        text = f"[{inner}]" if isinstance(value, list) else f"({inner},)" if len(value) == 1 else f"({inner})"
    elif isinstance(value, UserFunction):
        text = f"<function {value.name}>"
    else:
        text = str(value)
    if len(text) > limit:
        _too_long(it, code)
    it.tick(len(text) // COPY_COST)
    return text


def _too_long(it: Interpreter, code: str):
    if code == "string-too-long":
        it.fail(code, limit=it.limits.string)
    it.fail(code, lines=it.limits.output_lines, chars=it.limits.output_chars)
