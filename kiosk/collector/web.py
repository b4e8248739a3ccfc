"""What the collector's routes share that is not database work: the limits, the token buckets
(429), reading a body with a byte counter, JSON errors and the small checks of headers and
query strings (``kiosk.collector.app`` builds the routes on them)."""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from kiosk.collector import bundles
from kiosk.collector.db import all_storable, storable

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

    def give_back(self, key: str) -> None:
        """Return the token a ``take`` charged (the attempt turned out well).

        Failed-attempt limits charge *before* the attempt (so that any number of concurrent
        attempts cannot all be evaluated while the bucket still looks full) and give the token
        back when the attempt succeeded.
        """
        tokens, now = self._level(key)
        self.state[key] = (min(float(self.burst), tokens + 1.0), now)


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
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadRequest("the body is not JSON (UTF-8)") from None
    if not all_storable(doc):
        raise BadRequest("a string holds a NUL character or a lone surrogate (\\u0000, \\ud800)")
    return doc


def bad_query(request: Request) -> str | None:
    """The name of a query parameter whose name or value the database would refuse, if any."""
    for name, value in request.query_params.multi_items():
        if not (storable(name) and storable(value)):
            return name if storable(name) else "?"
    return None


def good_key(key: str) -> bool:
    return 0 < len(key) <= MAX_KEY_LENGTH and all(c.isascii() and (c.isalnum() or c in "-_.:") for c in key)
