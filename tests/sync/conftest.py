"""Fixtures for the sync tests: a kiosk Store in tmp, activity helpers, a REAL collector
process on 127.0.0.1 (the collector team's harness, see ``collector`` below) and a TCP proxy
that can lose the collector's answers or slow them down."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.backend import Backend
from tests.conftest import fresh_database

REPO = Path(__file__).resolve().parents[2]
MODULE = "internet-seguro/cuida-tus-secretos"
LESSONS = [f"{MODULE}/leccion-{i}" for i in (1, 2, 3)]
OTHER_MODULE = "programacion/algoritmos-sin-compu"
OTHER_LESSONS = [f"{OTHER_MODULE}/leccion-{i}" for i in (1, 2)]
T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # 12:00 in Asunción (UTC-3)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Backend]:
    """A new database (a copy of one migrated once, with a device id of its own:
    tests.conftest.fresh_database)."""
    opened = Backend.open(fresh_database(db_path))
    yield opened
    opened.close()


def lesson_day(store: Backend, learner_id: str, lesson_id: str, start: datetime, *,
               minutes: int = 6, complete: bool = True, module_lessons=None,
               session_id: str | None = None) -> None:
    """One visit: start, a page a minute, answer, complete (optionally)."""
    p = store.progress
    visit = p.start_visit(learner_id, session_id, lesson_id, "1.0.0", "es", 3, now=start)
    for page in range(min(minutes, 3)):
        p.record_page(visit, page, 3, now=start + timedelta(minutes=page + 1))
    p.record_attempt(visit, f"{lesson_id}#q1", [1], True, now=start + timedelta(minutes=minutes - 1))
    if complete:
        module = lesson_id.rsplit("/", 1)[0]
        lessons = module_lessons or (LESSONS if module == MODULE else OTHER_LESSONS)
        p.complete_lesson(visit, [f"{lesson_id}#q1"], module, "1.0.0", lessons,
                          now=start + timedelta(minutes=minutes))
    else:
        p.end_visit(visit, now=start + timedelta(minutes=minutes))


def outbox_values(store: Backend) -> dict[tuple[str, str, str], int]:
    """(period, metric, dims) -> value of every non-zero outbox cell."""
    from sqlalchemy import select

    from kiosk.store.models import OutboxCell

    with store.db.reading() as s:
        return {(p, m, d): v for p, m, d, v in s.execute(
            select(OutboxCell.period, OutboxCell.metric, OutboxCell.dims, OutboxCell.value))
            if v}


def facts_cells(store: Backend) -> dict[tuple[str, str, str], int]:
    """Every cell the committed facts make, by the PURE definition (kiosk.sync.counts)."""
    from kiosk.sync.counts import all_facts, count_cells

    with store.db.reading() as s:
        return {tuple(k): v for k, v in count_cells(all_facts(s)).items()}


# -- a real collector -------------------------------------------------------------------------
# The collector team's harness (tests/collector/harness.py): ONE real ``python -m kiosk.collector
# serve`` process per test session and database (SQLite; PostgreSQL too when
# KIOSK_TEST_POSTGRES_URL is set).  Each sync test sees it through ``SiteCollector``: its own
# sites, so totals of other tests never mix in.

from tests.collector.harness import collector_db_url, collector_server, unique_site  # noqa: E402,F401


class SiteCollector:
    """The session's collector as one test sees it: sites of its own (``enrol_code("Luque")``
    makes a site "Luque <unique>"), ``monthly()`` = exact totals of those sites only."""

    def __init__(self, server) -> None:
        self.server = server
        self.sites: list[str] = []

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def port(self) -> int:
        return self.server.port

    def enrol_code(self, site: str = "Telecentro Prueba") -> str:
        name = unique_site(site)
        self.sites.append(name)
        return self.server.enrol_code(name)

    def admin_token(self) -> str:
        return self.server.admin_token()

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> None:
        self.server.start()

    def import_bundle(self, path: Path) -> subprocess.CompletedProcess:
        return self.server.cli("import-bundle", str(path))

    def totals(self) -> list[dict]:
        return [row for row in self.server.totals() if row["site"] in self.sites]

    def monthly(self) -> dict[tuple[str, str, str], int]:
        """(month, metric, canonical dims) -> value, summed over this test's sites."""
        out: dict[tuple[str, str, str], int] = defaultdict(int)
        for row in self.totals():
            dims = json.dumps(row["dims"], sort_keys=True, separators=(",", ":"),
                              ensure_ascii=False)
            out[(row["period"], row["metric"], dims)] += row["value"]
        return {k: v for k, v in out.items() if v}


def by_month(cells: dict[tuple[str, str, str], int]) -> dict[tuple[str, str, str], int]:
    out: dict[tuple[str, str, str], int] = defaultdict(int)
    for (period, metric, dims), value in cells.items():
        out[(period[:7], metric, dims)] += value
    return {k: v for k, v in out.items() if v}


@pytest.fixture
def collector(collector_server) -> SiteCollector:
    """The real collector, running and out of maintenance, seen through this test's sites."""
    collector_server.maintenance(False)
    collector_server.ensure_running()
    return SiteCollector(collector_server)


class TcpProxy:
    """A TCP proxy in front of the collector on 127.0.0.1.

    ``cut``: forward the request, wait for the collector's answer (so the collector HAS
    committed), pass on its first 12 bytes and close the kiosk's socket -- the answer is lost.
    ``delay``: seconds to hold every answer (a slow link: batches stay in flight longer)."""

    def __init__(self, upstream_port: int, *, cut: bool = False, delay: float = 0.0) -> None:
        self.upstream_port = upstream_port
        self.cut = cut
        self.delay = delay
        self.cuts = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        except OSError:
            client.close()
            return

        def pump_request() -> None:
            try:
                while data := client.recv(65536):
                    upstream.sendall(data)
            except OSError:
                pass

        threading.Thread(target=pump_request, daemon=True).start()
        try:
            first = True
            while data := upstream.recv(65536):
                if first and self.delay:
                    time.sleep(self.delay)
                if first and self.cut:
                    client.sendall(data[:12])  # "HTTP/1.1 200" and no more
                    self.cuts += 1
                    break
                first = False
                client.sendall(data)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self.sock.close()


def sync_all(store: Backend):
    """``Sender(store.db).sync()`` until everything went (the shared collector may say 429)."""
    from kiosk.sync.sender import Sender

    for _ in range(20):
        report = Sender(store.db).sync()
        if report.error != "busy":
            return report
        time.sleep(min(5.0, report.error_detail.get("retry_after") or 1.0))
    return report


@pytest.fixture
def kiosk_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KIOSK_HOME", None)
    env["PYTHONPATH"] = str(REPO)
    return env
