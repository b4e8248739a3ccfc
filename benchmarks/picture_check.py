"""What a copy of the database gives away: the cost of one picture-password check, and of
trying every sequence of one learner (issue 9).  Run on demand, never in the test suite:

    .venv/bin/python benchmarks/picture_check.py [--checks 20]

Times ``--checks`` wrong checks (the median and the mean) with the hash the kiosk stores now
(4 of 12 pictures, ``kiosk.core.secrets`` scrypt n=2**14 r=8 p=5) and with the one it stored
before (3 of 9, scrypt n=2**12 r=8 p=1), and multiplies by the size of each space: the time to
try them all on one core of this machine (a guess finds it after half of that on average).
Nothing here is run in full.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.people.picture_password import PICTURES, SEQUENCE_LEN, hash_sequence, sequence_matches  # noqa: E402


def timed(check, guesses) -> list[float]:
    times = []
    for guess in guesses:
        start = time.perf_counter()
        assert not check(guess)
        times.append(time.perf_counter() - start)
    return times


def legacy_secret(sequence) -> str:
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(",".join(sequence).encode(), salt=salt, n=2**12, r=8, p=1, dklen=32)
    return f"scrypt$4096$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def report(name: str, space: int, times: list[float]) -> None:
    median, mean = statistics.median(times), statistics.fmean(times)
    total = space * median
    print(f"{name}: {space:,} sequences; one check {median * 1000:.0f} ms (median, mean {mean * 1000:.0f} ms); "
          f"all of them {total / 60:.1f} min on one core ({total / 3600:.2f} h), half on average")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=20)
    args = parser.parse_args(argv)
    now_space = list(itertools.permutations(PICTURES, SEQUENCE_LEN))
    old_space = list(itertools.permutations(PICTURES[:9], 3))
    secret = hash_sequence(now_space[-1])
    report("now (4 of 12, slow scrypt)", len(now_space), timed(lambda g: sequence_matches(secret, g),
                                                               now_space[:args.checks]))
    old = legacy_secret(old_space[-1])
    report("before (3 of 9, fast scrypt)", len(old_space), timed(lambda g: sequence_matches(old, g),
                                                                 old_space[:args.checks]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
