"""What the start-up checks cost (issue 14): ``PRAGMA quick_check`` (every start) and
``PRAGMA integrity_check`` (after an unclean end), and one verified backup, on a kiosk home.

    PYTHONPATH=. python benchmarks/db_health.py HOME [HOME...]

Prints the median of 5 (cold page cache is not forced: the second start of the day is what
the kiosk usually sees; the first read of a spinning disk adds its own time)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from kiosk.store import backup, health


def median_of(fn, n: int = 5) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(homes: list[str]) -> None:
    for home in map(Path, homes):
        db = home / "kiosk.sqlite3"
        size = db.stat().st_size / 1e6
        quick = median_of(lambda: health.check_file(db))
        full = median_of(lambda: health.check_file(db, full=True))
        with tempfile.TemporaryDirectory() as scratch:
            taken = []
            one = median_of(lambda: taken.append(backup.take_backup(
                Path(scratch), db, __import__("datetime").datetime.now(
                    __import__("datetime").UTC) + __import__("datetime").timedelta(days=len(taken)))), 3)
        print(f"{home.name}: {size:.1f} MB  quick_check {quick * 1000:.0f} ms  "
              f"integrity_check {full * 1000:.0f} ms  backup+verify {one * 1000:.0f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
