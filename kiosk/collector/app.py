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
import os
import time
from collections.abc import AsyncIterator, Mapping
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

from kiosk.collector import accounts, aggregates, bundles, lineage, pages, totals, uploads
from kiosk.collector.counts import METRICS, SCHEMA, apply_cells, fingerprint
from kiosk.collector.db import insert_ignore, make_engine, reader, utcnow
from kiosk.collector.models import Idempotency, Site
from kiosk.collector.web import (
    MAINTENANCE_ENV,
    Limits,
    TokenBucket,
    TooLarge,
    BadRequest,
    read_limited,
    error,
    unauthorized,
    retry_after,
    bearer,
    iso_utc,
    parse_json,
    bad_query,
    good_key,
)

log = logging.getLogger("kiosk.collector")


@dataclass
class Collector:
    """What the routes share: the engine and the limits."""

    db_url: str
    limits: Limits
    engine: Engine | None = None
    counts_bucket: TokenBucket = field(init=False)
    enrol_bucket: TokenBucket = field(init=False)
    last_purge: float = 0.0
    quarantine: aggregates.QuarantineLog = field(default_factory=aggregates.QuarantineLog)

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

    def store_counts(self, caller: accounts.Caller, key: str, cells: list[Any],
                     chain: list[str] | None = None, sent_at: str | None = None
                     ) -> dict[str, Any] | None:
        """The answer for this batch (the first one if the key was seen); None: key reused.
        ``lineage.Rewound`` when its chain forks what this install issued before (nothing
        is applied or remembered)."""
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
            if chain is not None:
                since = lineage.fork_point(conn, caller.install_id, chain)
                if since is not None:
                    raise lineage.Rewound(since)  # rolls back the Idempotency row too
                lineage.record_chain(conn, caller.install_id, chain, sent_at)
            outcome = apply_cells(conn, caller.site_id, caller.install_id, cells, now)
            answer = {**outcome.as_json(), "server_time": iso_utc(now)}
            conn.execute(
                update(Idempotency)
                .where(Idempotency.install_id == caller.install_id, Idempotency.key == key)
                .values(response=json.dumps(answer, separators=(",", ":")))
            )
        return answer

    def fork(self, caller: accounts.Caller, claim: Any) -> dict[str, Any]:
        with self.db.begin() as conn:
            done = lineage.fork_install(conn, claim, caller=caller.install_id)
            token = accounts.issue_token(conn, done.install_id)
        return {"token": token, "site": done.site_name, "site_code": done.site_code,
                "install_id": done.install_id}

    def purge_if_due(self) -> None:
        if time.monotonic() - self.last_purge < 3600:
            return
        self.last_purge = time.monotonic()
        cutoff = utcnow() - dt.timedelta(days=self.limits.idempotency_days)
        with self.db.begin() as conn:
            conn.execute(delete(Idempotency).where(Idempotency.created_at < cutoff))

    def totals(self, **filters: str | None) -> list[dict[str, Any]]:
        """All totals (cells within bounds only: kiosk/collector/aggregates.py)."""
        self.quarantine.maybe(reader(self.db).begin)
        with reader(self.db).begin() as conn:
            return aggregates.monthly_totals(conn, **filters)

    def totals_page(self, limit: int, after: tuple[str, str, str, str] | None,
                    **filters: str | None) -> dict[str, Any]:
        self.quarantine.maybe(reader(self.db).begin)
        with reader(self.db).begin() as conn:
            return aggregates.page(conn, limit, after, **filters)

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
    public = aggregates.PublicPage(c.totals, c.site_names)  # GET / and /totales.csv, cached

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        c.engine = await run_in_threadpool(make_engine, db_url)
        public.warm(*page_params({}))  # the default page, summed before its first visitor
        try:
            yield
        finally:
            c.engine.dispose()

    # --- API -------------------------------------------------------------------------------------

    async def post_enrol(request: Request) -> Response:
        client = request.client.host if request.client else "?"
        # charged BEFORE the attempt (in the event loop, with no await in between), given back
        # when it succeeds or never reached a code: concurrent guesses cannot outrun the bucket
        wait = c.enrol_bucket.take(client)
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
            c.enrol_bucket.give_back(client)
            return error(413, "too-large")
        except BadRequest as exc:
            c.enrol_bucket.give_back(client)
            return error(400, "malformed", str(exc))
        except accounts.AccountError as exc:
            if exc.status == 400:
                c.enrol_bucket.give_back(client)
            return error(exc.status, exc.error, str(exc))
        c.enrol_bucket.give_back(client)
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
        try:
            chain = lineage.check_chain(doc.get("chain"))
        except lineage.BadChain as exc:
            return error(400, "malformed", str(exc))
        try:
            answer = await run_in_threadpool(c.store_counts, caller, key, cells, chain, sent_at)
        except lineage.Rewound as exc:
            return JSONResponse(
                {"error": "install-rewound", "since": exc.since,
                 "detail": "this install issued other batches after the one this batch follows: "
                           "it was restored from an older copy; nothing was applied"},
                status_code=409)
        if answer is None:
            return error(422, "idempotency-key-reused", "this Idempotency-Key came with other cells")
        return JSONResponse(answer)

    async def post_fork(request: Request) -> Response:
        token = bearer(request)
        caller = await run_in_threadpool(c.caller, token) if token else None
        if caller is None:
            return unauthorized()
        try:
            doc = parse_json(await read_limited(request, 16 * 1024))
        except TooLarge:
            return error(413, "too-large")
        except BadRequest as exc:
            return error(400, "malformed", str(exc))
        try:
            answer = await run_in_threadpool(c.fork, caller, doc)
        except accounts.AccountError as exc:
            return error(exc.status, exc.error, str(exc))
        return JSONResponse(answer)

    async def get_totals(request: Request) -> Response:
        token = bearer(request)
        if not token or not await run_in_threadpool(c.admin, token):
            return unauthorized()
        if (name := bad_query(request)) is not None:
            return error(400, "bad-parameter", f"{name}: a NUL character or a lone surrogate")
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
        try:
            limit = aggregates.parse_limit(q.get("limit"))
        except ValueError as exc:
            return error(400, "bad-limit", str(exc))
        try:
            after = aggregates.decode_cursor(q["cursor"]) if q.get("cursor") else None
        except aggregates.BadCursor as exc:
            return error(400, "bad-cursor", str(exc))
        return JSONResponse(await run_in_threadpool(c.totals_page, limit, after, **filters))

    async def get_openapi(_request: Request) -> Response:
        text = resources.files("kiosk.collector").joinpath("openapi.yaml").read_text(encoding="utf-8")
        return Response(text, media_type="application/yaml")

    async def healthz(_request: Request) -> Response:
        return JSONResponse({"status": "ok", "maintenance": c.maintenance() is not None})

    # --- the page ----------------------------------------------------------------------------------

    def page_params(q: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str | None]]:
        """The page's parameters (bad ones dropped) and the totals filters; the caller has
        refused a request whose parameters the database cannot hold (``bad_page_query``)."""
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

    def bad_page_query(request: Request) -> Response | None:
        if bad_query(request) is None:
            return None
        return HTMLResponse(pages.message_page("Pedido no válido", "Un parámetro del pedido tiene un carácter "
                                               "que no se puede guardar (NUL).", False), 400, headers=PAGE_HEADERS)

    async def index(request: Request) -> Response:
        if (refused := bad_page_query(request)) is not None:
            return refused
        params, filters = page_params(request.query_params)
        return HTMLResponse(await run_in_threadpool(public.html, params, filters), headers=PAGE_HEADERS)

    async def totals_csv(request: Request) -> Response:
        if (refused := bad_page_query(request)) is not None:
            return refused
        _params, filters = page_params(request.query_params)
        return Response(await run_in_threadpool(public.csv, filters), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="telecentro-totales.csv"'})

    async def upload(request: Request) -> Response:
        """The admin token is checked before the file is read (uploads.py); the file streams to
        a temporary file with a size limit; a wrong token is a failed attempt, charged before."""
        title = "Cargar un paquete USB"
        client = request.client.host if request.client else "?"
        wait = c.enrol_bucket.take(client)  # given back once the admin token proved right
        if wait:
            return HTMLResponse(pages.message_page(title, "Demasiados intentos fallidos: probá más tarde.", False),
                                429, headers={**retry_after(wait), **CLOSE})

        async def token_ok(token: str) -> bool:
            right = await run_in_threadpool(c.admin, token)
            if right:
                c.enrol_bucket.give_back(client)
            return right

        too_big = (f"El archivo es demasiado grande: un paquete ocupa como máximo "
                   f"{bundles.MAX_BUNDLE_BYTES // (1024 * 1024)} MiB.")
        try:
            received = await uploads.receive(request, form_limit=limits.max_upload,
                                             file_limit=bundles.MAX_BUNDLE_BYTES, token_ok=token_ok,
                                             too_big=too_big)
        except uploads.UploadRefused as exc:  # the rest of the body is never read: close the connection
            return HTMLResponse(pages.message_page(title, exc.message, False), exc.status,
                                headers={**PAGE_HEADERS, **CLOSE})
        try:
            result = await run_in_threadpool(bundles.import_bundle, c.db, received.file)
        finally:
            received.close()
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
            Route("/v1/fork", post_fork, methods=["POST"]),
            Route("/v1/totals", get_totals),
            Route("/v1/openapi.yaml", get_openapi),
            Route("/", index),
            Route("/totales.csv", totals_csv),
            Route("/paquetes", upload, methods=["POST"]),
        ],
        lifespan=lifespan,
    )
    app.state.collector = c
    app.state.public_page = public
    return MaintenanceGate(app, c)


PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
OPEN_IN_MAINTENANCE = ("/healthz", "/v1/openapi.yaml")
CLOSE = {"Connection": "close"}  # an answer given before the body was read: do not drain the rest


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

