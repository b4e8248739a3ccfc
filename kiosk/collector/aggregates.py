"""Totals that cannot overflow, the paging of ``GET /v1/totals``, and the public page's cache.

* ``monthly_totals`` has the shape of ``totals.monthly_totals`` (exact sums by month, site,
  metric and dims) but sums only the cells within their metric's bound (``counts.MAX_VALUE``):
  cells stored before the bounds existed with larger values (up to 2^63-1) are quarantined --
  left out of every total, and counted in a warning in the log (``log_quarantined``).  With
  every summed value at most 14,400 no sum can overflow SQLite's 64-bit integers, and
  PostgreSQL never shows an absurd number.
* Paging: rows in (month, site, metric, dims) order; a page's ``next`` is an opaque cursor (the
  last row's key, base64url JSON) and the next page is the rows after it (keyset paging: stable
  while cells change; a key is never skipped or repeated).
* ``PageCache``: what ``GET /`` and ``/totales.csv`` computed, by their parameters.  An entry
  lives until cells change in this process (``db.cells_generation``: the counts API and bundle
  uploads) or for ``ttl`` seconds at most (writes by another process on the same database, such
  as ``kiosk-collector import-bundle``, or new sites); at most ``size`` entries (least recently
  used go first).  One computation per key at a time: concurrent cold requests wait for it.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy import Connection

from kiosk.collector.counts import MAX_VALUE
from kiosk.collector.db import cells_generation, monthly_sums, quarantined_cells, storable
from kiosk.collector.totals import month_start, next_month

log = logging.getLogger("kiosk.collector")

DEFAULT_LIMIT = 1000  # rows of one /v1/totals page
MAX_LIMIT = 10_000


class BadCursor(ValueError):
    pass


def monthly_totals(
    conn: Connection,
    first: str | None = None,
    last: str | None = None,
    site: str | None = None,
    metric: str | None = None,
    *,
    after: tuple[str, str, str, str] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Totals by (month, site, metric, dims) between months ``first`` and ``last`` included."""
    rows = monthly_sums(
        conn, MAX_VALUE,
        start=month_start(first) if first else None,
        end=next_month(month_start(last)) if last else None,
        site=site, metric=metric, after=after, limit=limit,
    )
    return [{"period": m, "site": s, "metric": mt, "dims": json.loads(d), "value": v} for m, s, mt, d, v in rows]


def row_key(row: dict[str, Any]) -> tuple[str, str, str, str]:
    """A totals row's key as the database orders it (dims in canonical JSON)."""
    dims = json.dumps(row["dims"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return (row["period"], row["site"], row["metric"], dims)


def encode_cursor(key: tuple[str, str, str, str]) -> str:
    text = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str, str, str]:
    """The key in a ``next`` cursor, or BadCursor."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadCursor("not a cursor from a previous page") from None
    if not (isinstance(key, list) and len(key) == 4 and all(isinstance(k, str) and storable(k) for k in key)):
        raise BadCursor("not a cursor from a previous page")
    return (key[0], key[1], key[2], key[3])


def parse_limit(text: str | None) -> int:
    """``limit`` of a page: 1..MAX_LIMIT, DEFAULT_LIMIT when absent (ValueError otherwise)."""
    if text is None or text == "":
        return DEFAULT_LIMIT
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise ValueError(f"limit is 1 to {MAX_LIMIT}")
    return int(text)


def page(conn: Connection, limit: int, after: tuple[str, str, str, str] | None,
         **filters: str | None) -> dict[str, Any]:
    """One page of totals: ``{"totals": [...], "next": cursor or None}``."""
    rows = monthly_totals(conn, **filters, after=after, limit=limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return {"totals": rows, "next": encode_cursor(row_key(rows[-1])) if more else None}


class QuarantineLog:
    """Logs how many stored cells are quarantined: at the first totals and then at most hourly."""

    def __init__(self, every: float = 3600.0) -> None:
        self.every = every
        self.last = -every
        self.lock = threading.Lock()

    def maybe(self, conn_factory: Callable[[], Any]) -> None:
        with self.lock:
            if time.monotonic() - self.last < self.every:
                return
            self.last = time.monotonic()
        with conn_factory() as conn:
            n = quarantined_cells(conn, MAX_VALUE)
        if n:
            log.warning("%d stored cells are over their bound (PROTOCOL.md, Bounds): left out of every total", n)


class PageCache:
    """Computed values by key, valid while cells are unchanged in this process and ``ttl`` at most."""

    def __init__(self, ttl: float = 30.0, size: int = 256, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.size, self.clock = ttl, size, clock
        self.entries: OrderedDict[Hashable, tuple[int, float, Any]] = OrderedDict()
        self.lock = threading.Lock()
        self.key_locks: dict[Hashable, threading.Lock] = {}

    def _fresh(self, key: Hashable) -> tuple[bool, Any]:
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return False, None
            generation, born, value = entry
            if generation != cells_generation() or self.clock() - born > self.ttl:
                del self.entries[key]
                return False, None
            self.entries.move_to_end(key)
            return True, value

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value of ``key``, or ``compute()`` (once, while other callers wait)."""
        hit, value = self._fresh(key)
        if hit:
            return value
        with self.lock:
            key_lock = self.key_locks.setdefault(key, threading.Lock())
        with key_lock:
            hit, value = self._fresh(key)
            if hit:
                return value
            generation, born = cells_generation(), self.clock()  # before reading: a write meanwhile wins
            value = compute()
            with self.lock:
                self.entries[key] = (generation, born, value)
                self.entries.move_to_end(key)
                while len(self.entries) > self.size:
                    self.entries.popitem(last=False)
                self.key_locks.pop(key, None)
        return value

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
