"""What one turtle run costs (issue 12): a learner presses Run and the program goes through the
sandbox's child process. Run on demand, never in the test suite:

    .venv/bin/python benchmarks/bench_turtle_run.py [--runs 21] [--start fork|spawn]

Times ``run_program`` (child process start, run, pickled result back, child joined) of a 4-loop
square and a 36-step star, and, for comparison, the same programs with ``run_in_process`` (the
interpreter alone), plus the time a hostile ``while True: pass`` takes to be stopped by the step
budget in the child. Medians (and the slowest) of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.turtle.interpreter import run_in_process  # noqa: E402
from kiosk.turtle.sandbox import run_program, start_method  # noqa: E402

PROGRAMS = {
    "square (repetir 4)": "repetir 4:\n    avanzar(100)\n    derecha(90)\n",
    "star (36 steps)": "repetir 36:\n    avanzar(150)\n    izquierda(170)\n",
    "endless loop (step budget)": "while True:\n    pass\n",
}


def timed(run, source: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(source, "es")
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--start", choices=["fork", "spawn", "forkserver"], default=None)
    args = parser.parse_args(argv)
    if args.start:
        os.environ["KIOSK_TURTLE_START"] = args.start
    print(f"start method: {start_method()}; {args.runs} runs each")
    for name, source in PROGRAMS.items():
        for label, run in (("run_program (child process)", run_program), ("run_in_process", run_in_process)):
            times = timed(run, source, args.runs)
            print(f"{name:28} {label:28} median {statistics.median(times) * 1000:7.1f} ms, "
                  f"slowest {max(times) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
