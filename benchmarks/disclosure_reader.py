"""The public table's disclosure control, measured: what it costs and what it does not cover.

    .venv/bin/python benchmarks/disclosure_reader.py
    .venv/bin/python benchmarks/disclosure_reader.py --rows 40000 --max 30

Two figures (not part of the test suite; the guarantee itself is tests/collector/test_disclosure.py):

* cost -- synthetic rows of 3 to 12 cells (counts drawn from exponential distributions of
  mean 3, 10, 40 or 200): the share of cells shown "<5" and "5+", the share of rows that show
  only their total, and the time ``suppress`` takes per row;
* a reader who knows the procedure -- every row of 3 cells with values 0..MAX is published;
  rows with the same publication are what such a reader cannot tell apart.  For publications
  with a shown total <= MAX the group is complete (every cell is at most the total).  Counts how
  often that reader narrows a "<5" below 1..4, and how often to a single value -- the channel
  the linear audit does not model (the partner's choice depends on values).
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections import defaultdict

from kiosk.collector.totals import HIDDEN, HIDDEN_MORE, suppress

COLUMNS = [(r, b) for r in ("learner", "teacher", "parent", "") for b in ("8-11", "12-17", "adult", "")]


def cost(rows: int) -> None:
    rng = random.Random(13)
    table = []
    for _ in range(rows):
        scale = rng.choice([3, 10, 40, 200])
        table.append({c: int(rng.expovariate(1 / scale)) for c in rng.sample(COLUMNS, rng.randint(3, 12))})
    small = more = only_total = cells = 0
    start = time.perf_counter()
    for row in table:
        out, _ = suppress(row)
        cells += len(row)
        only_total += not out
        small += sum(v == HIDDEN for v in out.values())
        more += sum(v == HIDDEN_MORE for v in out.values())
    took = time.perf_counter() - start
    print(f"{rows:,} rows, {cells:,} cells: '<5' {small / cells:.1%} of cells, '5+' {more / cells:.1%}, "
          f"only the total {only_total / rows:.1%} of rows; {took / rows * 1e6:.0f} µs per row")


def aware_reader(top: int) -> None:
    cols = COLUMNS[:3]
    groups: dict[tuple, list[tuple[int, ...]]] = defaultdict(list)
    for values in itertools.product(range(top + 1), repeat=3):
        out, total = suppress(dict(zip(cols, values, strict=True)))
        groups[(tuple(str(out.get(c)) for c in cols), str(total))].append(values)
    complete = narrowed = pinned = 0
    for (published, total), members in groups.items():
        smalls = [i for i, v in enumerate(published) if v == HIDDEN]
        if not smalls or not total.isdigit() or int(total) > top:
            continue
        complete += 1
        sets = [{m[i] for m in members} for i in smalls]
        narrowed += any(s != {1, 2, 3, 4} for s in sets)
        pinned += any(len(s) == 1 for s in sets)
    print(f"rows of 3 cells 0..{top}: {complete} publications with a '<5'; a reader who knows the procedure "
          f"narrows a '<5' in {narrowed} ({narrowed / complete:.0%}), to one value in {pinned} "
          f"({pinned / complete:.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=40_000)
    parser.add_argument("--max", type=int, default=30)
    args = parser.parse_args()
    cost(args.rows)
    aware_reader(args.max)


if __name__ == "__main__":
    main()
