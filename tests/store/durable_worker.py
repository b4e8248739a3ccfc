"""A kiosk-like process for the durability tests: opens a home with the real back end,
registers learners (one transaction each, as the kiosk does), prints "ready" and waits to be
killed (SIGKILL: the -wal keeps its frames) or told "close" on stdin (a clean close).

    python -m tests.store.durable_worker HOME FIRST COUNT
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.backend import Backend


def main() -> None:
    home, first, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    backend = Backend.open(home / "kiosk.sqlite3", home=home)
    for i in range(first, first + count):
        backend.learners.register(f"Aprendiz {i}", "tatu.svg", "8-11", "learner")
    print("ready", flush=True)
    if sys.stdin.readline().strip() == "close":
        backend.close()
        print("closed", flush=True)


if __name__ == "__main__":
    main()
