"""The turtle engine's data, shared by the interpreter, the sandbox, the checker, the CLI and the
studio (plain, immutable, picklable: a run crosses a process boundary).

Coordinates are Python's ``turtle``'s: the turtle starts at (0, 0) heading east (0°), y up,
angles in degrees counter-clockwise; ``left(90)`` turns towards north.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_COLOR = "black"
DEFAULT_WIDTH = 1.0


@dataclass(frozen=True)
class Limits:
    """What one run may spend; beyond any of them the run ends with an error (never a hang)."""

    steps: int = 100_000  # interpreter steps (statements + expressions evaluated + turtle moves)
    seconds: float = 5.0  # wall clock, enforced from outside (the sandbox kills the process)
    moves: int = 10_000  # turtle commands (each one a step the studio can show)
    number: float = 1e9  # largest absolute number a value may reach
    collection: int = 10_000  # largest list/tuple/range/str length
    string: int = 10_000  # longest string
    depth: int = 50  # call depth (recursion)
    output_lines: int = 200  # print() lines kept
    output_chars: int = 10_000  # printed characters kept
    memory_mb: int = 256  # the child process's address-space cap (where the OS allows)


@dataclass(frozen=True)
class Segment:
    """A straight line the pen drew (pen down), in turtle coordinates."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: str = DEFAULT_COLOR
    width: float = DEFAULT_WIDTH

    def as_list(self) -> list[float]:
        return [self.x1, self.y1, self.x2, self.y2]


@dataclass(frozen=True)
class TurtleState:
    x: float = 0.0
    y: float = 0.0
    heading: float = 0.0  # degrees, 0 = east, counter-clockwise
    pen_down: bool = True
    color: str = DEFAULT_COLOR
    width: float = DEFAULT_WIDTH


@dataclass(frozen=True)
class Step:
    """One turtle command as it ran: the source line (1-based) it came from, the turtle after it,
    and the segments it drew (a circle draws several). The studio's Step button and its
    highlighting walk these."""

    line: int
    command: str  # canonical English name: forward, back, left, right, penup, pendown, color, width, goto, circle, print
    state: TurtleState
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class TurtleError:
    """Why a program did not run to its end. ``code`` is stable (tests, translations); the
    message is built from it and ``params`` in the learner's language (``kiosk.turtle.messages``)."""

    code: str  # e.g. "syntax", "unknown-name", "not-allowed", "too-many-steps", "timeout", ...
    line: int | None = None  # 1-based source line, when known
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RunResult:
    """What a run produced: every step (in order), every segment drawn, the printed lines, the
    final turtle, and the error that stopped it (None when it ran to its end). A run that ends with
    an error keeps what was drawn before it."""

    steps: tuple[Step, ...]
    output: tuple[str, ...]
    final: TurtleState
    error: TurtleError | None = None

    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(s for step in self.steps for s in step.segments)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``kiosk turtle run`` output."""
        data: dict[str, Any] = {
            "segments": [seg.as_list() for seg in self.segments],
            "output": list(self.output),
        }
        if self.error is not None:
            data["error"] = {"code": self.error.code, "line": self.error.line, "params": self.error.params}
        return data


@dataclass(frozen=True)
class ProgramShape:
    """What the structure rules look at, measured on the program's AST (no run needed)."""

    lines: int  # non-empty, non-comment source lines
    blocks: int  # statements (a block in the blocks editor is one statement)
    loops: int  # for/while (repetir)
    conditionals: int  # if
    functions: int  # def
    calls: tuple[str, ...] = ()  # canonical names of the turtle commands used
    variables: int = 0  # assignments (x = ..., x += ...): the rule must_use: [variable]


@dataclass(frozen=True)
class Rules:
    """A challenge's optional structure rules (lessons/README.md, kind ``turtle``)."""

    must_use: tuple[str, ...] = ()  # "loop", "if", "def", "variable"
    max_blocks: int | None = None  # at most this many statements (blocks)
    max_lines: int | None = None
    ideal_blocks: int | None = None  # shown as a gentle hint, never a failure


@dataclass(frozen=True)
class Challenge:
    """One turtle activity's checking data (parsed from the lesson by the kind ``turtle``)."""

    target: tuple[Segment, ...]  # the reference drawing (from its reference program)
    tolerance: float = 2.0  # in turtle units: endpoints closer than this are equal
    rules: Rules = field(default_factory=Rules)
    output: tuple[str, ...] | None = None  # expected printed lines (text challenges)
    uses_circles: bool = False  # the reference draws arcs: the pixel fallback compares them


@dataclass(frozen=True)
class Feedback:
    """One thing the checker says, as a code + params (translated by ``kiosk.turtle.messages``).
    e.g. ("sides", {"have": 3, "want": 4}), ("not-closed", {}), ("extra-turn", {})."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    passed: bool
    feedback: tuple[Feedback, ...] = ()  # the first is the most useful
    first_difference: Segment | None = None  # drawn in red by the studio
    failed_rule: str | None = None  # "drawing", "output", "must_use:loop", "max_blocks", "error:<code>"
    hint: Feedback | None = None  # gentle, e.g. ("ideal-blocks", {"ideal": 3, "have": 5})
