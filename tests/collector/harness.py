"""A real collector process for tests, and a fake kiosk that talks to it.

Reusable outside tests/collector (the kiosk-side sync client's tests): in a conftest.py,

    from tests.collector.harness import collector, collector_db_url, collector_server  # noqa: F401

gives the ``collector`` fixture: an object with ``base_url``, ``db_url``, ``enrol_code(site)``,
``admin_token()``, ``stop()`` / ``start()`` (the server going down and coming back on the same
port), ``maintenance(True/False)`` (503 + Retry-After) and ``cli(...)``.  Every test gets it
running and out of maintenance.  The server is one process per session and database; tests
keep apart by using their own site names (``unique_site()``).

``collector_db_url`` is parametrized: SQLite always; PostgreSQL when the environment variable
KIOSK_TEST_POSTGRES_URL is set (``postgresql+psycopg://user:pw@127.0.0.1/db``; the tests work in
a schema of their own, created and dropped here, and never touch the database's other tables:
each test process -- each pytest-xdist worker -- has its own schema and its own collector);
otherwise the PostgreSQL cases are skipped, saying why.

HTTP goes through ``http.client`` (no client library needed).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import http.client
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_ENV = "KIOSK_TEST_POSTGRES_URL"
SCHEMA = "telecentro-counts/1"
READY = re.compile(rb"escuchando en http://127\.0\.0\.1:(\d+)")


# --- HTTP --------------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def request(method: str, url: str, body: bytes | dict | list | None = None,
            headers: dict[str, str] | None = None, timeout: float = 30) -> Reply:
    """One HTTP request; any status is returned (never raised)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    headers = dict(headers or {})
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode("utf-8")
        headers.setdefault("Content-Type", "application/json")
    try:
        conn.request(method, parts.path + (f"?{parts.query}" if parts.query else ""), body=body, headers=headers)
        resp = conn.getresponse()
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    finally:
        conn.close()


def raw_request(base_url: str, head: bytes, chunks: list[bytes]) -> tuple[int, bytes]:
    """Send a request by hand (headers that lie, chunked bodies); the status and the body.

    The server may answer and close before reading everything (a 413): sending stops quietly.
    """
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head)
        try:
            for chunk in chunks:
                sock.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        resp = http.client.HTTPResponse(sock)
        resp.begin()
        return resp.status, resp.read()


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, data) in files.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                  "Content-Type: application/zip\r\n\r\n".encode())
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


# --- the collector process ----------------------------------------------------------------------


class CollectorProcess:
    """``python -m kiosk.collector serve`` on 127.0.0.1 and a free port, its log in ``workdir``."""

    def __init__(self, db_url: str, workdir: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.db_url = db_url
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.args = args
        self.env = env
        self.port = 0  # the first start picks a free port; restarts reuse it
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = workdir / "collector.log"
        self.maintenance_file = workdir / "MAINTENANCE"
        self._engine: Any = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = 60) -> None:
        assert not self.running, "already running"
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        env = {**os.environ, **(self.env or {})}
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "kiosk.collector", "serve", "--db", self.db_url, "--host", "127.0.0.1",
                 "--port", str(self.port), "--maintenance-file", str(self.maintenance_file), *self.args],
                stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the collector quit (exit {self.proc.returncode}):\n{self.log_tail()}")
            if not self.port:
                with open(self.log_path, "rb") as log:
                    log.seek(offset)
                    if found := READY.search(log.read()):
                        self.port = int(found.group(1))
            if self.port:
                with contextlib.suppress(OSError):
                    if request("GET", f"{self.base_url}/healthz", timeout=2).status == 200:
                        return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the collector did not answer within {timeout} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(15)
        self.proc = None

    def ensure_running(self) -> None:
        if not self.running:
            self.proc = None
            self.start()

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def maintenance(self, on: bool, retry_after: int | None = None) -> None:
        """Put the server in (or out of) maintenance: 503 + Retry-After on everything but /healthz."""
        if on:
            self.maintenance_file.write_text(str(retry_after) if retry_after else "", encoding="utf-8")
        else:
            self.maintenance_file.unlink(missing_ok=True)

    # --- administration (in this process, on the same database) ---------------------------------

    @property
    def engine(self) -> Any:
        if self._engine is None:
            from kiosk.collector.db import make_engine

            self._engine = make_engine(self.db_url)
        return self._engine

    def enrol_code(self, site: str, site_code: str | None = None, lifetime: dt.timedelta | None = None) -> str:
        """A fresh one-time enrol code for ``site`` (as ``kiosk-collector enrol-code`` makes)."""
        from kiosk.collector import accounts

        with self.engine.begin() as conn:
            code, _site = accounts.new_enrol_code(conn, site, site_code, lifetime or accounts.CODE_LIFETIME)
        return code

    def admin_token(self) -> str:
        """A fresh admin token (as ``kiosk-collector admin-token`` makes)."""
        from kiosk.collector import accounts

        with self.engine.begin() as conn:
            return accounts.new_admin_token(conn)

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """``kiosk-collector COMMAND --db <this db> ARGS…`` in a subprocess (args[0] is the command)."""
        return subprocess.run(
            [sys.executable, "-m", "kiosk.collector", args[0], "--db", self.db_url, *args[1:]],
            capture_output=True, text=True, cwd=ROOT, timeout=timeout,
        )

    def totals(self, **query: str) -> list[dict[str, Any]]:
        """Every total (all pages of ``/v1/totals``: the session's database grows past one page)."""
        rows: list[dict[str, Any]] = []
        params = {**query, "limit": "10000"}
        while True:
            reply = request("GET", f"{self.base_url}/v1/totals?{urlencode(params)}",
                            headers={"Authorization": f"Bearer {self.admin_token()}"})
            assert reply.status == 200, reply.text
            page = reply.json()
            rows += page["totals"]
            if not page.get("next"):
                return rows
            params["cursor"] = page["next"]

    def close(self) -> None:
        self.stop()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


# --- a fake kiosk --------------------------------------------------------------------------------


def unique_site(prefix: str = "Telecentro") -> str:
    return f"{prefix} {uuid.uuid4().hex[:10]}"


def cell(period: str, metric: str = "visits", value: int = 1, rev: int = 1, **dims: str) -> dict[str, Any]:
    return {"period": period, "metric": metric, "dims": dims, "value": value, "rev": rev}


class FakeKiosk:
    """One install: an Ed25519 key, an install id, a token once enrolled."""

    def __init__(self, collector: CollectorProcess, site: str | None = None) -> None:
        self.collector = collector
        self.site = site or unique_site()
        self.install_id = str(uuid.uuid4())
        self.key = Ed25519PrivateKey.generate()
        self.token: str | None = None

    @property
    def public_key(self) -> str:
        raw = self.key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def enrol(self, code: str | None = None) -> Reply:
        code = code or self.collector.enrol_code(self.site)
        reply = request("POST", f"{self.collector.base_url}/v1/enrol",
                        {"code": code, "install_id": self.install_id, "public_key": self.public_key})
        if reply.status == 200:
            self.token = reply.json()["token"]
        return reply

    def enrolled(self) -> FakeKiosk:
        reply = self.enrol()
        assert reply.status == 200, reply.text
        return self

    def batch(self, cells: list[dict[str, Any]], install_id: str | None = None) -> dict[str, Any]:
        return {"schema": SCHEMA, "install_id": install_id or self.install_id,
                "sent_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
                "cells": cells}

    def post(self, cells: list[dict[str, Any]], key: str | None = None, token: str | None = None,
             body: Any = None, headers: dict[str, str] | None = None) -> Reply:
        all_headers = {"Authorization": f"Bearer {token or self.token}", "Idempotency-Key": key or str(uuid.uuid4())}
        all_headers.update(headers or {})
        return request("POST", f"{self.collector.base_url}/v1/counts",
                       self.batch(cells) if body is None else body, all_headers)

    def bundle_bytes(self, cells: list[dict[str, Any]], enrol_code: str | None = None, *,
                     cells_text: bytes | None = None, sign_with: Ed25519PrivateKey | None = None,
                     manifest_key: Ed25519PrivateKey | None = None, extra: dict[str, bytes] | None = None,
                     manifest_changes: dict[str, Any] | None = None, clear_code: bool = False) -> bytes:
        """A bundle as PROTOCOL.md says, with knobs to break it: ``enrol_code`` goes in as its
        ``enrol_proof`` (or, with ``clear_code``, in clear as old kiosks wrote it)."""
        text = b"".join(json.dumps(c, separators=(",", ":")).encode() + b"\n" for c in cells)
        key_for_manifest = manifest_key or self.key
        raw_pub = key_for_manifest.public_key().public_bytes(serialization.Encoding.Raw,
                                                             serialization.PublicFormat.Raw)
        manifest = {
            "schema": "telecentro-bundle/1", "install_id": self.install_id,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "cells": len(cells), "sha256": hashlib.sha256(text).hexdigest(),
            "public_key": base64.b64encode(raw_pub).decode(),
        }
        if clear_code:
            manifest["enrol_code"] = enrol_code
        else:
            from kiosk.sync.enrol_proof import enrol_proof

            manifest["enrol_proof"] = enrol_proof(enrol_code, self.install_id, manifest["public_key"]) \
                if enrol_code else None
        manifest.update(manifest_changes or {})
        manifest_bytes = json.dumps(manifest).encode()
        signature = (sign_with or key_for_manifest).sign(manifest_bytes)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("cells.jsonl", text if cells_text is None else cells_text)
            zf.writestr("manifest.json", manifest_bytes)
            zf.writestr("manifest.sig", signature)
            for name, data in (extra or {}).items():
                zf.writestr(name, data)
        return out.getvalue()

    def bundle(self, folder: Path, cells: list[dict[str, Any]], enrol_code: str | None = None, **knobs: Any) -> Path:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = folder / f"telecentro-sitio-{self.install_id}-{stamp}.zip"
        path.write_bytes(self.bundle_bytes(cells, enrol_code, **knobs))
        return path


# --- fixtures ------------------------------------------------------------------------------------


def _postgres_schema_url(base: str, schema: str) -> str:
    from sqlalchemy import make_url

    url = make_url(base)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def collector_db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database URL for the collector: SQLite, and PostgreSQL when KIOSK_TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('collector-sqlite') / 'collector.sqlite3'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"PostgreSQL variant: {POSTGRES_ENV} is not set")
    from sqlalchemy import create_engine, text

    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")  # gw0, gw1…: which process left a schema behind
    schema = f"kiosk_test_{worker}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_postgres_schema_url(base, "public"))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _postgres_schema_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def collector_server(collector_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CollectorProcess]:
    server = CollectorProcess(collector_db_url, tmp_path_factory.mktemp("collector"))
    server.start()
    yield server
    server.close()


@pytest.fixture()
def collector(collector_server: CollectorProcess) -> CollectorProcess:
    """The session's collector, running and out of maintenance."""
    collector_server.maintenance(False)
    collector_server.ensure_running()
    return collector_server


@pytest.fixture()
def collector_factory(collector_db_url: str, tmp_path: Path) -> Iterator[Any]:
    """Start extra collectors with other options (same database): ``collector_factory('--burst', '2')``."""
    started: list[CollectorProcess] = []

    def start(*args: str, env: dict[str, str] | None = None) -> CollectorProcess:
        server = CollectorProcess(collector_db_url, tmp_path / f"extra-{len(started)}", *args, env=env)
        started.append(server)
        server.start()
        return server

    yield start
    for server in started:
        server.close()
