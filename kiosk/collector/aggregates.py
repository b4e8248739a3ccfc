"""Totals that cannot overflow, the paging of ``GET /v1/totals``, and the public page's cache.

* ``monthly_totals``: exact sums by (month, site, metric, dims), only the cells within their
  metric's bound (``counts.MAX_VALUE``): cells stored before the bounds existed with larger
  values (up to 2^63-1) are quarantined -- left out of every total, and counted in a warning
  in the log (``log_quarantined``).  With every summed value at most 14,400 no sum can
  overflow SQLite's 64-bit integers, and PostgreSQL never shows an absurd number.
* Paging: rows in (month, site, metric, dims) order; a page's ``next`` is an opaque cursor (the
  last row's key, base64url JSON) and the next page is the rows after it (keyset paging: stable
  while cells change; a key is never skipped or repeated).
* ``PageCache`` / ``PublicPage``: what ``GET /`` and ``/totales.csv`` computed, by their
  parameters.  An entry is fresh until cells change in this process (``db.cells_generation``:
  the counts API and bundle uploads) and for ``ttl`` seconds at most (writes by another process
  on the same database, such as ``kiosk-collector import-bundle``, or new sites); at most
  ``size`` entries (least recently used go first).  One computation per key at a time.  On a
  big database (the last computation took over ``slow`` seconds) a request right after a change
  gets the previous page at once while the sums are done again in a thread (a page at most
  ``max_stale`` old), so the page answers in milliseconds at 1 M cells
  (benchmarks/bench_collector_page.py); on a small one it waits for the fresh sums.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Any

from sqlalchemy import Connection

from kiosk.collector import pages
from kiosk.collector.counts import MAX_VALUE
from kiosk.collector.db import (
    cells_generation,
    monthly_sums,
    quarantined_cells,
    storable,
)
from kiosk.collector.totals import PublicRow, month_start, next_month, public_rows

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
    start = month_start(first) if first else None
    if after:  # the rows after a key are in its month or later: read only those days
        start = max(start or month_start(after[0]), month_start(after[0]))
    rows = monthly_sums(
        conn, MAX_VALUE,
        start=start,
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
    try:
        month_start(key[0])
    except ValueError:
        raise BadCursor("not a cursor from a previous page") from None
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
    """Computed values by key: fresh while cells are unchanged in this process, ``ttl`` at most.

    When an entry is out of date it is computed again, once per key at a time (concurrent
    callers share that computation, in a thread of its own).  A caller waits for it, except when
    the last computation of that key was slow (over ``slow`` seconds: a big database): then it
    gets the previous value at once, if that is not older than ``max_stale`` -- the page stays
    fast while its sums are done again behind it.  ``cells=False``: a value that does not depend
    on the cells (the site list) lives its ``ttl``.
    """

    def __init__(self, ttl: float = 30.0, *, slow: float = 0.5, max_stale: float = 300.0,
                 size: int = 256, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.slow, self.max_stale = ttl, slow, max_stale
        self.size, self.clock = size, clock
        self.entries: OrderedDict[Hashable, tuple[int, float, float, Any]] = OrderedDict()  # gen, born, cost, value
        self.running: dict[Hashable, Future[Any]] = {}
        self.lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any], *, cells: bool = True) -> Any:
        """The value of ``key``, computed again when out of date (see the class docstring)."""
        now = self.clock()
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
                if (not cells or entry[0] == cells_generation()) and now - entry[1] <= self.ttl:
                    return entry[3]
            future = self.running.get(key)
            if future is None:
                future = self.running[key] = Future()
                threading.Thread(target=self._compute, args=(key, compute, future), daemon=True,
                                 name="collector-page-cache").start()
        if entry is None or entry[2] <= self.slow or now - entry[1] > self.max_stale:
            return future.result()
        return entry[3]

    def _compute(self, key: Hashable, compute: Callable[[], Any], future: Future[Any]) -> None:
        generation, born = cells_generation(), self.clock()  # before reading: a write meanwhile wins
        if key in self.entries and hasattr(os, "setpriority"):
            # a recomputation behind a page already shown: requests first (Linux: this thread only)
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        try:
            value = compute()
        except BaseException as exc:  # noqa: BLE001 - handed to the callers (a 503 for a database error)
            with self.lock:
                self.running.pop(key, None)
            future.set_exception(exc)
            return
        with self.lock:
            self.entries[key] = (generation, born, self.clock() - born, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
            self.running.pop(key, None)
        future.set_result(value)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


class PublicPage:
    """``GET /`` and ``/totales.csv`` through a ``PageCache``: the public table (the aggregates)
    by filters, the site list, and the rendered text (kept while its inputs are equal)."""

    def __init__(self, totals_of: Callable[..., list[dict[str, Any]]], site_names: Callable[[], list[str]],
                 cache: PageCache | None = None) -> None:
        self.totals_of, self.site_names = totals_of, site_names
        self.cache = cache or PageCache()
        self.rendered: OrderedDict[Hashable, tuple[tuple[Any, ...], str]] = OrderedDict()
        self.lock = threading.Lock()

    def rows(self, filters: dict[str, str | None]) -> list[PublicRow]:
        return self.cache.get(("rows", *sorted(filters.items())),
                              lambda: public_rows(self.totals_of(**filters)))

    def _render(self, key: Hashable, inputs: tuple[Any, ...], render: Callable[[], str]) -> str:
        with self.lock:
            done = self.rendered.get(key)
            if done is not None and all(a is b or a == b for a, b in zip(done[0], inputs, strict=True)):
                self.rendered.move_to_end(key)
                return done[1]
        text = render()
        with self.lock:
            self.rendered[key] = (inputs, text)
            while len(self.rendered) > self.cache.size:
                self.rendered.popitem(last=False)
        return text

    def html(self, params: dict[str, str], filters: dict[str, str | None]) -> str:
        rows = self.rows(filters)
        sites = self.cache.get(("sites",), self.site_names, cells=False)
        return self._render(("html", *sorted(params.items())), (rows, sites),
                            lambda: pages.index_page(rows, sites, params))

    def csv(self, filters: dict[str, str | None]) -> str:
        rows = self.rows(filters)
        return self._render(("csv", *sorted(filters.items())), (rows,), lambda: pages.csv_text(rows))

    def warm(self, params: dict[str, str], filters: dict[str, str | None]) -> None:
        """Compute a page in a thread (the default page at start-up); errors are only logged."""
        def run() -> None:
            try:
                self.html(params, filters)
            except Exception as exc:  # noqa: BLE001 - the first visitor will see the error instead
                log.info("the public page was not computed in advance: %s", str(exc).splitlines()[0][:200])

        threading.Thread(target=run, daemon=True, name="collector-page-warm").start()
