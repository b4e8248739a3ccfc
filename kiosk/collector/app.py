"""The collector's ASGI app (Starlette): ``create_app(db_url, ...)``.

Routes (kiosk/sync/PROTOCOL.md; the API is described in ``openapi.yaml``):

* ``POST /v1/enrol``, ``POST /v1/counts``, ``GET /v1/totals`` (JSON), ``GET /v1/openapi.yaml``
* ``GET /`` (public page, Spanish), ``GET /totales.csv``, ``POST /paquetes`` (bundle upload)
* ``GET /healthz`` (liveness; answers even in maintenance and does not touch the database)

Database work is synchronous SQLAlchemy run in Starlette's thread pool. Request bodies are
read with a byte counter: a Content-Length over the limit is refused at once, and a body that
grows past the limit while being read (chunked, or a lying header) is refused too.

One process per database: the token buckets (429) live in memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import math
import os
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from kiosk.collector import accounts, bundles, pages, totals
from kiosk.collector.counts import METRICS, SCHEMA, apply_cells, fingerprint
from kiosk.collector.db import insert_ignore, make_engine, reader, utcnow
from kiosk.collector.models import Idempotency, Site

log = logging.getLogger("kiosk.collector")
MAINTENANCE_ENV = "KIOSK_COLLECTOR_MAINTENANCE"
MAX_KEY_LENGTH = 100


@dataclass
class Limits:
    max_body: int = 1024 * 1024  # bytes of a POST /v1/counts or /v1/enrol body
    max_cells: int = 500  # cells in one batch
    rate: float = 1.0  # POST /v1/counts per second and install, sustained ...
    burst: int = 60  # ... with this many at once
    enrol_fail_rate: float = 0.1  # failed enrolments per second and client address ...
    enrol_fail_burst: int = 20  # ... with this many at once
    max_upload: int = bundles.MAX_BUNDLE_BYTES + 256 * 1024  # a bundle upload's whole form
    maintenance_file: str | None = None  # maintenance while this file exists
    maintenance_retry_after: int = 300
    idempotency_days: int = 30  # how long a batch's first answer is kept


class TokenBucket:
    """Per-key token buckets: ``take(key)`` is 0 when allowed, else the seconds to wait."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self.state: dict[str, tuple[float, float]] = {}

    def _level(self, key: str) -> tuple[float, float]:
        now = self.clock()
        tokens, then = self.state.get(key, (float(self.burst), now))
        return min(float(self.burst), tokens + (now - then) * self.rate), now

    def take(self, key: str) -> float:
        tokens, now = self._level(key)
        if tokens >= 1.0:
            self.state[key] = (tokens - 1.0, now)
            return 0.0
        self.state[key] = (tokens, now)
        return (1.0 - tokens) / self.rate if self.rate > 0 else 3600.0

    def wait(self, key: str) -> float:
        """Like ``take`` but only looks."""
        tokens, _ = self._level(key)
        return 0.0 if tokens >= 1.0 else ((1.0 - tokens) / self.rate if self.rate > 0 else 3600.0)


class TooLarge(Exception):
    pass


class BadRequest(Exception):
    pass


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, or TooLarge: checks Content-Length first, then counts the bytes read."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise BadRequest("bad Content-Length") from None
        if size > limit:
            raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooLarge
    return bytes(body)


def error(status: int, code: str, detail: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    content: dict[str, Any] = {"error": code}
    if detail:
        content["detail"] = detail
    return JSONResponse(content, status_code=status, headers=headers)


def unauthorized(code: str = "unauthorized") -> JSONResponse:
    return error(401, code, headers={"WWW-Authenticate": "Bearer"})


def retry_after(seconds: float) -> dict[str, str]:
    return {"Retry-After": str(max(1, math.ceil(seconds)))}


def bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        return None
    return token


def iso_utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadRequest("the body is not JSON (UTF-8)") from None


def good_key(key: str) -> bool:
    return 0 < len(key) <= MAX_KEY_LENGTH and all(c.isascii() and (c.isalnum() or c in "-_.:") for c in key)


@dataclass
class Collector:
    """What the routes share: the engine and the limits."""

    db_url: str
    limits: Limits
    engine: Engine | None = None
    counts_bucket: TokenBucket = field(init=False)
    enrol_bucket: TokenBucket = field(init=False)
    last_purge: float = 0.0

    def __post_init__(self) -> None:
        self.counts_bucket = TokenBucket(self.limits.rate, self.limits.burst)
        self.enrol_bucket = TokenBucket(self.limits.enrol_fail_rate, self.limits.enrol_fail_burst)

    @property
    def db(self) -> Engine:
        assert self.engine is not None, "the app has not started"
        return self.engine

    # --- maintenance ---------------------------------------------------------------------------

    def maintenance(self) -> int | None:
        """Retry-After seconds when in maintenance, else None."""
        flag = os.environ.get(MAINTENANCE_ENV, "").strip().lower()
        if flag in ("1", "true", "yes", "on"):
            return self.limits.maintenance_retry_after
        path = self.limits.maintenance_file
        if path and os.path.exists(path):
            try:
                text = Path(path).read_text(encoding="utf-8").strip()
                return max(1, int(text)) if text else self.limits.maintenance_retry_after
            except (OSError, ValueError):
                return self.limits.maintenance_retry_after
        return None

    # --- database work (run in the thread pool) ------------------------------------------------

    def enrol(self, code: str, install_id: str, public_key: str) -> dict[str, Any]:
        with self.db.begin() as conn:
            done = accounts.bind_install(conn, code, install_id, public_key)
            token = accounts.issue_token(conn, install_id)
        return {"token": token, "site": done.site_name, "site_code": done.site_code, "install_id": install_id}

    def caller(self, token: str) -> accounts.Caller | None:
        with reader(self.db).begin() as conn:
            return accounts.install_for_token(conn, token)

    def admin(self, token: str) -> bool:
        with reader(self.db).begin() as conn:
            return accounts.is_admin(conn, token)

    def store_counts(self, caller: accounts.Caller, key: str, cells: list[Any]) -> dict[str, Any] | None:
        """The answer for this batch (the first one if the key was seen); None: key reused."""
        self.purge_if_due()
        now = utcnow()
        fp = fingerprint(cells)
        table = Idempotency.__table__
        with self.db.begin() as conn:
            fresh = insert_ignore(
                conn,
                table,
                {"install_id": caller.install_id, "key": key, "fingerprint": fp, "response": None, "created_at": now},
                ("install_id", "key"),
            )
            if not fresh:
                row = conn.execute(
                    select(Idempotency.fingerprint, Idempotency.response).where(
                        Idempotency.install_id == caller.install_id, Idempotency.key == key
                    )
                ).one()
                if row.fingerprint != fp or row.response is None:
                    return None
                return json.loads(row.response)
            outcome = apply_cells(conn, caller.site_id, caller.install_id, cells, now)
            answer = {**outcome.as_json(), "server_time": iso_utc(now)}
            conn.execute(
                update(Idempotency)
                .where(Idempotency.install_id == caller.install_id, Idempotency.key == key)
                .values(response=json.dumps(answer, separators=(",", ":")))
            )
        return answer

    def purge_if_due(self) -> None:
        if time.monotonic() - self.last_purge < 3600:
            return
        self.last_purge = time.monotonic()
        cutoff = utcnow() - dt.timedelta(days=self.limits.idempotency_days)
        with self.db.begin() as conn:
            conn.execute(delete(Idempotency).where(Idempotency.created_at < cutoff))

    def totals(self, **filters: str | None) -> list[dict[str, Any]]:
        with reader(self.db).begin() as conn:
            return totals.monthly_totals(conn, **filters)

    def site_names(self) -> list[str]:
        with reader(self.db).begin() as conn:
            return list(conn.execute(select(Site.name).order_by(Site.name)).scalars())


def create_app(
    db_url: str,
    *,
    max_body: int = Limits.max_body,
    max_cells: int = Limits.max_cells,
    rate: float = Limits.rate,
    burst: int = Limits.burst,
    enrol_fail_rate: float = Limits.enrol_fail_rate,
    enrol_fail_burst: int = Limits.enrol_fail_burst,
    max_upload: int = Limits.max_upload,
    maintenance_file: str | None = None,
    maintenance_retry_after: int = Limits.maintenance_retry_after,
    idempotency_days: int = Limits.idempotency_days,
) -> ASGIApp:
    """The collector app on the database ``db_url`` (tables are created at start-up)."""
    limits = Limits(max_body, max_cells, rate, burst, enrol_fail_rate, enrol_fail_burst, max_upload,
                    maintenance_file, maintenance_retry_after, idempotency_days)
    c = Collector(db_url, limits)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        c.engine = await run_in_threadpool(make_engine, db_url)
        try:
            yield
        finally:
            c.engine.dispose()

    # --- API -------------------------------------------------------------------------------------

    async def post_enrol(request: Request) -> Response:
        client = request.client.host if request.client else "?"
        wait = c.enrol_bucket.wait(client)
        if wait:
            return error(429, "too-many-attempts", headers=retry_after(wait))
        try:
            doc = parse_json(await read_limited(request, 16 * 1024))
            if not isinstance(doc, dict) or not isinstance(doc.get("code"), str):
                raise BadRequest("expected {code, install_id, public_key}")
            install_id = accounts.check_install_id(doc.get("install_id"))
            public_key = accounts.check_public_key(doc.get("public_key"))
            answer = await run_in_threadpool(c.enrol, doc["code"][:64], install_id, public_key)
        except TooLarge:
            return error(413, "too-large")
        except BadRequest as exc:
            return error(400, "malformed", str(exc))
        except accounts.AccountError as exc:
            if exc.status != 400:
                c.enrol_bucket.take(client)
            return error(exc.status, exc.error, str(exc))
        return JSONResponse(answer)

    async def post_counts(request: Request) -> Response:
        token = bearer(request)
        caller = await run_in_threadpool(c.caller, token) if token else None
        if caller is None:
            return unauthorized()
        wait = c.counts_bucket.take(caller.install_id)
        if wait:
            return error(429, "rate-limited", headers=retry_after(wait))
        try:
            doc = parse_json(await read_limited(request, limits.max_body))
        except TooLarge:
            return error(413, "too-large", f"at most {limits.max_body} bytes")
        except BadRequest as exc:
            return error(400, "malformed", str(exc))
        if not isinstance(doc, dict):
            return error(400, "malformed", "expected a JSON object")
        if doc.get("schema") != SCHEMA:
            return error(400, "bad-schema", f"schema must be {SCHEMA}")
        try:
            install_id = accounts.check_install_id(doc.get("install_id"))
        except accounts.AccountError:
            return error(400, "malformed", "install_id is not a UUID")
        if install_id != caller.install_id:
            return unauthorized("token-of-another-install")
        sent_at = doc.get("sent_at")
        try:
            if not isinstance(sent_at, str):
                raise ValueError
            dt.datetime.fromisoformat(sent_at)
        except ValueError:
            return error(400, "malformed", "sent_at must be an ISO 8601 time")
        cells = doc.get("cells")
        if not isinstance(cells, list):
            return error(400, "malformed", "cells must be a list")
        if len(cells) > limits.max_cells:
            return error(413, "too-many-cells", f"at most {limits.max_cells} cells")
        key = request.headers.get("idempotency-key", "").strip()
        if not good_key(key):
            return error(400, "bad-idempotency-key", "an Idempotency-Key header (a UUID) is required")
        answer = await run_in_threadpool(c.store_counts, caller, key, cells)
        if answer is None:
            return error(422, "idempotency-key-reused", "this Idempotency-Key came with other cells")
        return JSONResponse(answer)

    async def get_totals(request: Request) -> Response:
        token = bearer(request)
        if not token or not await run_in_threadpool(c.admin, token):
            return unauthorized()
        q = request.query_params
        filters = {"first": q.get("from") or None, "last": q.get("to") or None,
                   "site": q.get("site") or None, "metric": q.get("metric") or None}
        try:
            for month in (filters["first"], filters["last"]):
                if month:
                    totals.month_start(month)
        except ValueError:
            return error(400, "bad-month", "from and to are months YYYY-MM")
        if filters["metric"] and filters["metric"] not in METRICS:
            return error(400, "unknown-metric")
        if "\x00" in (filters["site"] or ""):  # PostgreSQL refuses NUL in text (a 500 before)
            return error(400, "malformed", "site must not contain a NUL character")
        return JSONResponse({"totals": await run_in_threadpool(c.totals, **filters)})

    async def get_openapi(_request: Request) -> Response:
        text = resources.files("kiosk.collector").joinpath("openapi.yaml").read_text(encoding="utf-8")
        return Response(text, media_type="application/yaml")

    async def healthz(_request: Request) -> Response:
        return JSONResponse({"status": "ok", "maintenance": c.maintenance() is not None})

    # --- the page ----------------------------------------------------------------------------------

    def page_params(request: Request) -> tuple[dict[str, str], dict[str, str | None]]:
        q = request.query_params
        today = dt.date.today()
        default_from = f"{today.year - 1:04d}-{today.month:02d}"
        params = {"metrica": q.get("metrica", ""), "sitio": q.get("sitio", ""),
                  "desde": q.get("desde", default_from), "hasta": q.get("hasta", "")}
        for name in ("desde", "hasta"):
            try:
                if params[name]:
                    totals.month_start(params[name])
            except ValueError:
                params[name] = ""
        if params["metrica"] not in METRICS:
            params["metrica"] = ""
        if "\x00" in params["sitio"]:  # no site has one, and PostgreSQL refuses it (a 500 before)
            params["sitio"] = ""
        filters = {"first": params["desde"] or None, "last": params["hasta"] or None,
                   "site": params["sitio"] or None, "metric": params["metrica"] or None}
        return params, filters

    async def index(request: Request) -> Response:
        params, filters = page_params(request)
        rows = totals.public_rows(await run_in_threadpool(c.totals, **filters))
        sites = await run_in_threadpool(c.site_names)
        return HTMLResponse(pages.index_page(rows, sites, params), headers=PAGE_HEADERS)

    async def totals_csv(request: Request) -> Response:
        _params, filters = page_params(request)
        rows = totals.public_rows(await run_in_threadpool(c.totals, **filters))
        return Response(pages.csv_text(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="telecentro-totales.csv"'})

    async def upload(request: Request) -> Response:
        title = "Cargar un paquete USB"
        try:
            body = await read_limited(request, limits.max_upload)
        except TooLarge:
            return HTMLResponse(pages.message_page(title, "El archivo es demasiado grande.", False), 413)
        except BadRequest:
            return HTMLResponse(pages.message_page(title, "Pedido no válido.", False), 400)

        async def replay(_body: bytes = body) -> dict[str, Any]:
            return {"type": "http.request", "body": _body, "more_body": False}

        try:
            form = await Request(request.scope, replay).form(max_files=1, max_fields=4)
        except Exception:  # noqa: BLE001 - python-multipart raises several kinds
            return HTMLResponse(pages.message_page(title, "El formulario no es válido.", False), 400)
        token = form.get("token")
        bundle = form.get("paquete")
        if not isinstance(token, str) or not token.strip() or not await run_in_threadpool(c.admin, token.strip()):
            client = request.client.host if request.client else "?"
            c.enrol_bucket.take(client)  # wrong admin tokens count as failed attempts too
            return HTMLResponse(pages.message_page(title, "La clave de administración no es válida.", False), 401)
        if bundle is None or isinstance(bundle, str):
            return HTMLResponse(pages.message_page(title, "Elegí un archivo de paquete.", False), 400)
        data = await bundle.read()
        await bundle.close()
        result = await run_in_threadpool(bundles.import_bundle, c.db, data)
        if result.ok:
            return HTMLResponse(pages.message_page(title, result.message, True), headers=PAGE_HEADERS)
        return HTMLResponse(pages.message_page(title, f"Paquete rechazado: {result.message}", False), 422,
                            headers=PAGE_HEADERS)

    async def database_trouble(request: Request, exc: Exception) -> Response:
        # the database is down, locked past busy_timeout, or a deadlock was broken: try later
        log.warning("database trouble on %s: %s", request.url.path, str(exc).splitlines()[0][:200])
        if request.url.path.startswith("/v1/"):
            return error(503, "busy", headers=retry_after(30))
        return HTMLResponse(pages.message_page("Servicio ocupado", "Probá de nuevo en un momento.", False),
                            503, headers=retry_after(30))

    app = Starlette(
        exception_handlers={OperationalError: database_trouble, InterfaceError: database_trouble},
        routes=[
            Route("/healthz", healthz),
            Route("/v1/enrol", post_enrol, methods=["POST"]),
            Route("/v1/counts", post_counts, methods=["POST"]),
            Route("/v1/totals", get_totals),
            Route("/v1/openapi.yaml", get_openapi),
            Route("/", index),
            Route("/totales.csv", totals_csv),
            Route("/paquetes", upload, methods=["POST"]),
        ],
        lifespan=lifespan,
    )
    app.state.collector = c
    return MaintenanceGate(app, c)


PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
OPEN_IN_MAINTENANCE = ("/healthz", "/v1/openapi.yaml")


class MaintenanceGate:
    """503 + Retry-After for every request but the health check while in maintenance."""

    def __init__(self, app: Starlette, collector: Collector) -> None:
        self.app = app
        self.collector = collector
        self.state = app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] not in OPEN_IN_MAINTENANCE:
            seconds = self.collector.maintenance()
            if seconds is not None:
                if scope["path"].startswith("/v1/"):
                    response: Response = error(503, "maintenance", headers=retry_after(seconds))
                else:
                    response = HTMLResponse(
                        pages.message_page("En mantenimiento", "El servicio vuelve en unos minutos.", False),
                        503, headers=retry_after(seconds))
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

