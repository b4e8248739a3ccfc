"""Import 1,000 learners from a CSV (DESIGN.md budget: 2 s; Kolibri takes 57 s).

    .venv/bin/python benchmarks/import_csv.py [--runs 5] [--learners 1000]

Each run: a fresh kiosk home in a temporary folder (migrated before the clock starts), then
``kiosk.people.roster_import.import_roster`` on a 1,000-row file spread over 10 classes:
parse, check every row against the kiosk, create the classes, and write learners and
memberships in one transaction with bulk inserts.  Prints every run and the median.
A second figure is the same through the command line (``python -m kiosk learners import``),
process start included.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Lucía", "Mateo", "Sofía", "Tiago", "Ana", "José", "Valentina", "Bruno", "Camila", "Dylan", "Fátima",
         "Gael", "Isabella", "Ñandutí", "Kaʼaguy", "Rocío", "Tomás", "Aylén", "Derlis", "Celeste"]
BANDS = ["8-11", "12-17", "adulto"]


def roster(count: int) -> bytes:
    lines = ["nombre;edad;rol;clase"]
    for i in range(count):
        lines.append(f"{NAMES[i % len(NAMES)]} {i // len(NAMES)};{BANDS[i % 3]};estudiante;Grado {i % 10 + 1}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def one_run(data: bytes, count: int) -> float:
    from kiosk.people.roster_import import import_roster
    from kiosk.backend import Backend

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-import-") as folder:
        with Backend.open(Path(folder) / "kiosk.sqlite3") as store:
            start = time.perf_counter()
            result = import_roster(store.db, data)
            elapsed = time.perf_counter() - start
            assert result.added == count and store.learners.count_active() == count
    return elapsed


def cli_run(data: bytes) -> float:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-import-") as folder:
        csv = Path(folder) / "lista.csv"
        csv.write_bytes(data)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kiosk", "learners", "import", str(csv), "--home", folder],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--learners", type=int, default=1000)
    args = parser.parse_args()
    data = roster(args.learners)
    one_run(data, args.learners)  # warm-up: imports, disk cache
    times = [one_run(data, args.learners) for _ in range(args.runs)]
    print(f"import {args.learners} learners (in process): {', '.join(f'{t:.3f}' for t in times)} s; "
          f"median {statistics.median(times):.3f} s (budget 2 s)")
    cli = [cli_run(data) for _ in range(3)]
    print(f"kiosk learners import, process start to exit (new home, migrations included): "
          f"{', '.join(f'{t:.2f}' for t in cli)} s; median {statistics.median(cli):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
