"""The collector's memory under bad bundle uploads (issue 13: 24 bad uploads pushed it to 1.8 GB).
Run on demand, never in the test suite:

    .venv/bin/python benchmarks/collector_upload_memory.py [--checkout DIR] [--uploads 24] [--mb 25]

Starts a real collector (``kiosk-collector serve`` from ``--checkout``, default this one) on a
fresh SQLite file and sends ``--uploads`` concurrent uploads of a ``--mb`` MB file with a wrong
admin token, in the browser form's order (the file before the token: the worst case, since the
token can only be checked after the file).  Prints the collector's RSS before, its peak (VmHWM)
and after (Linux /proc).  Give an older checkout to compare.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tests.collector.harness as harness  # noqa: E402
from tests.collector.test_upload_stream import MB, _memory_kib, body_of, post  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checkout", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--uploads", type=int, default=24)
    parser.add_argument("--mb", type=int, default=25)
    args = parser.parse_args()
    harness.ROOT = Path(args.checkout)  # the collector process runs from that checkout
    work = Path(tempfile.mkdtemp(prefix="upload-memory-"))
    server = harness.CollectorProcess(f"sqlite:///{work}/collector.sqlite3", work / "server",
                                      "--enrol-fail-burst", str(args.uploads * 2),
                                      env={"PYTHONPATH": args.checkout})
    server.start()
    try:
        assert server.proc is not None
        before = _memory_kib(server.proc.pid)["VmRSS"]
        boundary = uuid.uuid4().hex

        def one(_n: int) -> int:
            return post(server.base_url, body_of(boundary, "tca_wrong", args.mb * MB, token_first=False),
                        boundary=boundary)[0]

        with ThreadPoolExecutor(args.uploads) as pool:
            statuses = sorted(set(pool.map(one, range(args.uploads))))
        after = _memory_kib(server.proc.pid)
        print(f"{args.checkout}: {args.uploads} uploads of {args.mb} MB, wrong token -> {statuses}; "
              f"RSS before {before / 1024:.0f} MiB, peak {after['VmHWM'] / 1024:.0f} MiB, "
              f"after {after['VmRSS'] / 1024:.0f} MiB")
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
