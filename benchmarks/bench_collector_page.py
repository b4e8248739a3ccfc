"""The collector's public page and CSV at 1,000,000 cells: cold and warm, medians.

    .venv/bin/python benchmarks/bench_collector_page.py                # 1,000,000 cells
    .venv/bin/python benchmarks/bench_collector_page.py --cells 200000 --warm 30 --cold 5

Fills a SQLite collector database in a temporary folder (20 sites, 200 installs, the last 365
days, every metric, 20 modules x roles x age bands; ``executemany`` in one transaction), starts
``python -m kiosk.collector serve`` on it, and times over HTTP (``http.client``, a connection per request):

* first -- ``GET /`` right after start (it waits for the default page summed at start-up:
  the time of a full, cold computation);
* warm -- the same request again (served from the cache, nothing else running);
* right after a write -- a kiosk's POST /v1/counts changed a cell, so the sums start again in
  a thread: the request gets the previous page at once (``PageCache``);
* while the sums run -- more requests meanwhile (they share the CPU and the GIL with them).

``GET /`` is the default page (all sites, all metrics, the last 12 months); the CSV the same.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.collector.counts import METRICS, today_in_paraguay  # noqa: E402
from kiosk.collector.db import make_engine  # noqa: E402
from tests.collector.harness import CollectorProcess, FakeKiosk, cell  # noqa: E402

SITES = 20
INSTALLS_PER_SITE = 10
MODULES = [f"pista-{i // 5}/modulo-{i}" for i in range(20)]
COLUMNS = [(r, a) for r in ("learner", "teacher", "parent") for a in ("8-11", "12-17", "adult")]


def fill(path: Path, n_cells: int) -> None:
    """``n_cells`` cells straight into the collector's tables (schema made by the collector)."""
    make_engine(f"sqlite:///{path}").dispose()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    with con:
        con.executemany("INSERT INTO sites (id, name, code, created_at) VALUES (?, ?, ?, ?)",
                        [(s + 1, f"Telecentro {s + 1:02d}", f"tc-{s + 1:02d}", now) for s in range(SITES)])
        installs = [(f"00000000-0000-4000-8000-{i:012d}", i // INSTALLS_PER_SITE + 1)
                    for i in range(SITES * INSTALLS_PER_SITE)]
        con.executemany("INSERT INTO installs (install_id, site_id, public_key, enrolled_at) VALUES (?, ?, ?, ?)",
                        [(iid, site, "A" * 44, now) for iid, site in installs])
        today = today_in_paraguay()
        days = [(today - dt.timedelta(days=d)).isoformat() for d in range(365)]
        per_install_day = -(-n_cells // (len(installs) * len(days)))

        def rows():
            made = 0
            for iid, site in installs:
                for d, day in enumerate(days):
                    for k in range(per_install_day):
                        if made == n_cells:
                            return
                        metric = METRICS[k % len(METRICS)]
                        role, age = COLUMNS[(k + d) % len(COLUMNS)]
                        module = MODULES[(k + d + site) % len(MODULES)]
                        dims = (f'{{"age_band":"{age}","role":"{role}"}}' if metric in ("sessions", "workshop_participants")
                                else f'{{"age_band":"{age}","module":"{module}","role":"{role}"}}')
                        made += 1
                        yield (site, iid, day, metric, dims, 1 + (k + d) % 9, 1, now)

        con.executemany("INSERT INTO cells (site_id, install_id, period, metric, dims, value, rev, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
    count = con.execute("SELECT count(*) FROM cells").fetchone()[0]
    con.close()
    assert count == n_cells, count


def get(port: int, path: str) -> float:
    """One GET on a new connection (uvicorn closes idle keep-alive connections after 5 s)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    start = time.perf_counter()
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read()
    elapsed = time.perf_counter() - start
    conn.close()
    assert resp.status == 200 and body, (path, resp.status)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=1_000_000)
    parser.add_argument("--warm", type=int, default=30, help="warm requests per path")
    parser.add_argument("--cold", type=int, default=5, help="writes per path (each then waits for the sums)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-collector-page-") as tmp:
        path = Path(tmp) / "collector.sqlite3"
        start = time.perf_counter()
        fill(path, args.cells)
        print(f"filled {args.cells:,} cells in {time.perf_counter() - start:.1f} s "
              f"({path.stat().st_size / 2**20:.0f} MiB)")
        server = CollectorProcess(f"sqlite:///{path}", Path(tmp) / "server", "--rate", "1000", "--burst", "1000")
        server.start()
        try:
            kiosk = FakeKiosk(server, site="Telecentro 01").enrolled()
            conn = server.port
            first = get(conn, "/")  # waits for the default page summed at start-up
            get(conn, "/totales.csv")
            print(f"GET / first after start: {first * 1000:.0f} ms (the sums of the default page)")
            rev = 0
            for path_ in ("/", "/totales.csv"):
                warm = [get(conn, path_) for _ in range(args.warm)]
                after_write, busy = [], []
                for _ in range(args.cold):
                    rev += 1
                    reply = kiosk.post([cell(today_in_paraguay().isoformat(), value=rev % 9 + 1, rev=rev)])
                    assert reply.status == 200 and reply.json()["accepted"] == 1, reply.text
                    start = time.perf_counter()
                    after_write.append(get(conn, path_))  # cells changed: the sums start again
                    busy += [get(conn, path_) for _ in range(3)]  # while they run
                    time.sleep(max(0.0, 1.5 * first - (time.perf_counter() - start)))  # until they are done
                print(f"GET {path_:13s} warm (idle): median {statistics.median(warm) * 1000:.1f} ms, max "
                      f"{max(warm) * 1000:.1f} ms (n={len(warm)}); right after a write: median "
                      f"{statistics.median(after_write) * 1000:.0f} ms (n={len(after_write)}); while the sums "
                      f"run again: median {statistics.median(busy) * 1000:.0f} ms (n={len(busy)})")
        finally:
            server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
