"""How long checking a turtle challenge takes (issue 12: a typical challenge in ≤ 100 ms). Run on
demand, never in the test suite:

    .venv/bin/python benchmarks/bench_turtle_check.py [--runs 200]

Times ``kiosk.turtle.check.check`` (median and worst of ``--runs``) on: a 36-segment star
(``repeat 36: forward 200; right 170``) against its own target, drawn in another order and
direction (passes); the same star with every turn 1° off (fails: the diagnosis runs); a circle
drawn with other steps than the target's (the pixel fallback); a 360-step spiral against itself.
The runs are built here, turtle-style, without the interpreter: only the checker is timed.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.turtle.check import challenge_from_segments, check  # noqa: E402
from kiosk.turtle.model import ProgramShape, RunResult, Segment, Step, TurtleState  # noqa: E402

SHAPE = ProgramShape(lines=3, blocks=3, loops=1, conditionals=0, functions=0)


def path(moves: list[tuple[float, float]]) -> list[Segment]:
    """(turn left in degrees, then forward) pairs from (0, 0) heading east."""
    x = y = heading = 0.0
    out = []
    for turn, distance in moves:
        heading += turn
        nx, ny = x + distance * math.cos(math.radians(heading)), y + distance * math.sin(math.radians(heading))
        out.append(Segment(x, y, nx, ny))
        x, y = nx, ny
    return out


def circle(radius: float, steps: int) -> list[Segment]:
    w = 360 / steps
    side = 2 * radius * math.sin(math.radians(w / 2))
    return path([(w / 2, side)] + [(w, side)] * (steps - 1))


def run_of(segments: list[Segment]) -> RunResult:
    steps = tuple(Step(i + 1, "forward", TurtleState(), (seg,)) for i, seg in enumerate(segments))
    return RunResult(steps, (), TurtleState())


def timed(name: str, run: RunResult, target: list[Segment], runs: int, **challenge) -> None:
    ch = challenge_from_segments(target, **challenge)
    times, verdict = [], None
    for _ in range(runs):
        start = time.perf_counter()
        verdict = check(run, SHAPE, ch)
        times.append(time.perf_counter() - start)
    said = ", ".join(f.code for f in verdict.feedback) or "-"
    print(f"{name}: median {statistics.median(times) * 1000:.2f} ms, worst {max(times) * 1000:.2f} ms "
          f"(passed {verdict.passed}; {said})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    star = path([(0, 200)] + [(-170, 200)] * 35)
    shuffled = [Segment(s.x2, s.y2, s.x1, s.y1) for s in star]
    random.Random(12).shuffle(shuffled)
    timed("36-segment star, passes", run_of(shuffled), star, args.runs)
    timed("36-segment star, 1° off, fails", run_of(path([(0, 200)] + [(-171, 200)] * 35)), star, args.runs)
    timed("circle(100) drawn in 36 steps, pixel fallback", run_of(circle(100, 36)), circle(100, 60), args.runs,
          uses_circles=True)
    spiral = path([(10, 2 + i) for i in range(360)])
    timed("360-segment spiral, passes", run_of(spiral), spiral, max(10, args.runs // 10))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
