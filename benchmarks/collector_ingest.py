"""Collector ingest: cells per second through ``POST /v1/counts`` to a real collector process.

    .venv/bin/python benchmarks/collector_ingest.py                 # SQLite (a temporary file)
    .venv/bin/python benchmarks/collector_ingest.py --db postgresql # PostgreSQL at $KIOSK_TEST_POSTGRES_URL
    .venv/bin/python benchmarks/collector_ingest.py --batches 40 --clients 1 4

Starts ``python -m kiosk.collector serve`` on 127.0.0.1 (rate limits off), enrols one install per
client, and POSTs batches of 500 cells over HTTP (keep-alive), three times over the same keys:

* new       -- every cell inserted;
* updated   -- the same cells with a higher rev and another value (UPDATE);
* unchanged -- the same again (the revision rule keeps the stored cell).

On PostgreSQL it works in a schema of its own, dropped at the end.  Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.collector.harness import FakeKiosk, _postgres_schema_url  # noqa: E402

BATCH = 500


def start_server(db_url: str, workdir: Path) -> tuple[subprocess.Popen[bytes], int, Path]:
    log = workdir / "collector.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk.collector", "serve", "--db", db_url, "--port", "0",
             "--rate", "1000000", "--burst", "1000000"],
            stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if found := re.search(rb"escuchando en http://127\.0\.0\.1:(\d+)", log.read_bytes()):
            port = int(found.group(1))
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return proc, port, log
            except OSError:
                pass
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise SystemExit(f"the collector did not start:\n{log.read_text()}")


class Server:
    """What FakeKiosk needs from the harness' CollectorProcess."""

    def __init__(self, db_url: str, port: int) -> None:
        self.db_url, self.port = db_url, port
        self.base_url = f"http://127.0.0.1:{port}"
        from kiosk.collector.db import make_engine

        self.engine = make_engine(db_url)

    def enrol_code(self, site: str) -> str:
        from kiosk.collector import accounts

        with self.engine.begin() as conn:
            return accounts.new_enrol_code(conn, site)[0]


def batches(client: int, n: int, rev: int) -> list[bytes]:
    """n batches of 500 distinct cells (days x modules x role x age band) of one client."""
    out = []
    start = dt.date(2025, 1, 1)
    for b in range(n):
        cells = []
        for i in range(BATCH):
            k = b * BATCH + i
            day = start + dt.timedelta(days=k % 365)
            cells.append({"period": day.isoformat(), "metric": "visits", "value": rev * 3 + k % 7, "rev": rev,
                          "dims": {"module": f"pista-{client}/modulo-{k // 365 // 9}",
                                   "role": ("learner", "teacher", "parent")[k // 365 % 3],
                                   "age_band": ("8-11", "12-17", "adult")[k // 365 // 3 % 3]}})
        out.append(json.dumps(cells).encode())
    return out


def send(port: int, kiosk: FakeKiosk, bodies: list[bytes], errors: list[str]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    head = ('{"schema":"telecentro-counts/1","install_id":"' + kiosk.install_id
            + '","sent_at":"2026-01-01T00:00:00Z","cells":').encode()
    for cells in bodies:
        conn.request("POST", "/v1/counts", head + cells + b"}",
                     {"Authorization": f"Bearer {kiosk.token}", "Idempotency-Key": str(uuid.uuid4()),
                      "Content-Type": "application/json"})
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            errors.append(f"{resp.status} {body[:200]!r}")
    conn.close()


def run(db_url: str, label: str, batches_per_client: int, clients: int) -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix="collector-bench-") as tmp:
        proc, port, log = start_server(db_url, Path(tmp))
        try:
            server = Server(db_url, port)
            kiosks = [FakeKiosk(server).enrolled() for _ in range(clients)]  # type: ignore[arg-type]
            rows = []
            for phase, rev in (("new", 1), ("updated", 2), ("unchanged", 2)):
                work = [batches(c, batches_per_client, rev) for c in range(clients)]
                errors: list[str] = []
                threads = [threading.Thread(target=send, args=(port, k, w, errors))
                           for k, w in zip(kiosks, work, strict=True)]
                start = time.perf_counter()
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                elapsed = time.perf_counter() - start
                if errors:
                    raise SystemExit(f"{len(errors)} failed requests, e.g. {errors[0]}")
                cells = clients * batches_per_client * BATCH
                rows.append((phase, cells / elapsed))
                print(f"  {label:10} clients={clients} {phase:9} {cells:7d} cells in {elapsed:6.2f} s "
                      f"= {cells / elapsed:8.0f} cells/s")
            server.engine.dispose()
            return rows
        finally:
            proc.terminate()
            proc.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", nargs="+", default=["sqlite"], help="sqlite, postgresql, or database URLs")
    parser.add_argument("--batches", type=int, default=40, help="batches of 500 per client and phase")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4], help="concurrent installs")
    args = parser.parse_args()
    for db in args.db:
        for clients in args.clients:
            if db == "sqlite":
                with tempfile.TemporaryDirectory(prefix="collector-bench-db-") as tmp:
                    run(f"sqlite:///{tmp}/collector.sqlite3", "sqlite", args.batches, clients)
                continue
            base = os.environ.get("KIOSK_TEST_POSTGRES_URL") if db == "postgresql" else db
            if not base:
                raise SystemExit("--db postgresql needs KIOSK_TEST_POSTGRES_URL")
            from sqlalchemy import create_engine, text

            schema = f"kiosk_bench_{uuid.uuid4().hex[:10]}"
            admin = create_engine(_postgres_schema_url(base, "public"))
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            try:
                run(_postgres_schema_url(base, schema), "postgresql", args.batches, clients)
            finally:
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()


if __name__ == "__main__":
    main()
