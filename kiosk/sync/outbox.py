"""The outbox: count cells waiting to leave (``OutboxService``), for the sender, the UI and
the CLI; each method is its own short transaction and none of them touches the network.

The cells are written in the SAME transaction as the activity, by ``kiosk.sync.outbox_cells``
(``touch``); this module reads them, batches them and keeps what the collector answered.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.core.clock import utcnow
from kiosk.core.error_codes import Code
from kiosk.sync.counts import (
    CellKey,
    canonical_dims,
    cell_json,
)
from kiosk.sync.identity import IdentityEvent
from kiosk.sync.outbox_cells import ACCEPTED, PENDING, REJECTED, touch
from kiosk.sync.outbox_cells import fill as fill_outbox
from kiosk.sync.sync_state import State, read_state

if TYPE_CHECKING:
    from kiosk.store.store import Store

log = logging.getLogger("kiosk.sync")

SCHEMA = "telecentro-counts/1"
MAX_BATCH = 500
# Per-cell reasons that mean "this computer's date is wrong" (PROTOCOL.md).
CLOCK_REASONS = ("period-in-future", "period-too-old")
CLOCK_SKEW_WARNING = timedelta(hours=36)
EARLIEST_PLAUSIBLE = datetime(2024, 1, 1, tzinfo=UTC)  # this program did not exist before

# last_error: a ``SyncProblem``'s code (kiosk.core.error_codes, the UI and the CLI put it in
# words), or this one when the collector refused some cells.
REJECTED_CELLS = "rejected"
LINEAGE_MAX = 256  # kiosk.sync.identity.LINEAGE_MAX
ORIGIN = "origin"  # the chain's root: before an install's first batch or bundle


# -- what the sender, the UI and the CLI see -------------------------------------------------


@dataclass(frozen=True)
class OutboxRow:
    period: str
    metric: str
    dims: dict[str, str]
    value: int
    rev: int
    state: str
    reason: str | None

    @property
    def key(self) -> CellKey:
        return CellKey(self.period, self.metric, canonical_dims(self.dims))

    def to_json(self) -> dict:
        return cell_json(self.key, self.value, self.rev)


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    token: str  # a credential: never log it, never show it
    site: str | None

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"Enrolment(server_url={self.server_url!r}, site={self.site!r}, token=***)"


@dataclass(frozen=True)
class Batch:
    """One POST /v1/counts: its Idempotency-Key and its exact body, persisted before sending."""

    key: str
    body: bytes
    cells: tuple[tuple[CellKey, int], ...]  # (key, rev) in body order

    def __len__(self) -> int:
        return len(self.cells)


@dataclass(frozen=True)
class SyncStatus:
    install_id: str
    enrolled: bool
    server_url: str | None
    site: str | None
    needs_enrolment: bool
    offline_code: str | None
    pending: int
    rejected: int
    rejected_by_reason: dict[str, int]
    cells: int
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_detail: dict = field(default_factory=dict)
    last_error_at: datetime | None = None
    next_attempt_at: datetime | None = None
    failures: int = 0
    server_skew: int | None = None
    last_bundle_at: datetime | None = None
    clock_warning: str | None = None  # "future" | "past" | None
    identity_event: Any = None  # kiosk.sync.identity.IdentityEvent: the last change of identity
    introduced: bool = True  # False: the collector has not been told of the new install yet

    @property
    def all_sent(self) -> bool:
        return self.pending == 0


def clock_problem(reasons: dict[str, int], skew: int | None) -> str | None:
    """"future" / "past" when the collector's last answer says this PC's date is wrong: it
    refused cells dated in the future / too long ago, or its clock differs from ours by more
    than a day and a half.  None when that answer was clean."""
    if reasons.get("period-in-future"):
        return "future"
    if reasons.get("period-too-old"):
        return "past"
    if skew is not None and abs(skew) > CLOCK_SKEW_WARNING.total_seconds():
        return "future" if skew < 0 else "past"
    return None


class OutboxService:
    """The outbox and the sync bookkeeping of one Store (``OutboxService(store)``), on the
    store's plain sqlite3 connection."""

    FILL_DAYS_PER_TRANSACTION = 1  # a busy day takes ~50 ms: learners never wait long

    def __init__(self, store: Store) -> None:
        self._store = store

    touch = staticmethod(touch)

    @property
    def install_id(self) -> str:
        return str(self._store.device_id)

    @contextmanager
    def _state(self) -> Iterator[tuple[State, Any]]:
        """The sync_state row (made when missing) in one write transaction; what is set on it
        is written at the end (nothing when the block raises: the transaction rolls back)."""
        with self._store.lite.transaction() as conn:
            conn.execute("INSERT INTO sync_state (id, counter, failures, batch_limit, needs_enrolment)"
                         " VALUES (1, 0, 0, ?, 0) ON CONFLICT (id) DO NOTHING", (MAX_BATCH,))
            row = read_state(conn)
            assert row is not None
            yield row, conn
            row.save(conn)

    def _read(self) -> State | None:
        with self._store.lite.reading() as conn:
            return read_state(conn)

    # -- filling from facts written before the outbox existed -------------------------------

    def fill(self) -> int:
        """Once per database: count the facts that predate the outbox (an upgraded kiosk).
        One short transaction per day, so learners are never kept waiting
        (``kiosk.sync.outbox_cells.fill``)."""
        return fill_outbox(self._store.lite, self.FILL_DAYS_PER_TRANSACTION)

    def recompute(self, days: Iterable[date]) -> int:
        """Recompute the given days (maintenance, tests)."""
        with self._store.lite.transaction() as conn:
            return touch(conn, days)

    # -- reading --------------------------------------------------------------------------

    def cells(self, states: Sequence[str] | None = (PENDING,), limit: int | None = None
              ) -> list[OutboxRow]:
        """Cells in ``states`` (all with None), oldest change first."""
        sql, params = "SELECT period, metric, dims, value, rev, state, reason FROM outbox_cells", []
        if states is not None:
            listed = list(states)
            sql += f" WHERE state IN ({', '.join('?' * len(listed))})"
            params += listed
        sql += " ORDER BY rev"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._store.lite.reading() as conn:
            return [OutboxRow(p, m, json.loads(d), v, r, s, why)
                    for p, m, d, v, r, s, why in conn.execute(sql, params)]

    def pending(self, limit: int | None = None) -> list[OutboxRow]:
        """Exactly what will be sent (in order), ``limit`` cells at most."""
        return self.cells((PENDING,), limit)

    def pending_count(self) -> int:
        with self._store.lite.reading() as conn:
            (count,) = conn.execute("SELECT count(*) FROM outbox_cells WHERE state = ?", (PENDING,)).fetchone()
        return int(count)

    def enrolment(self) -> Enrolment | None:
        row = self._read()
        if row is None or not row.server_url or not row.token:
            return None
        return Enrolment(row.server_url, row.token, row.site)

    def status(self, now: datetime | None = None) -> SyncStatus:
        now = now or utcnow()
        with self._store.lite.reading() as conn:
            counts = dict(conn.execute("SELECT state, count(*) FROM outbox_cells GROUP BY state").fetchall())
            reasons = dict(conn.execute("SELECT reason, count(*) FROM outbox_cells WHERE state = ?"
                                        " GROUP BY reason", (REJECTED,)).fetchall())
            row = read_state(conn)
        detail = _load_detail(row.last_error_detail) if row is not None else {}
        get = (lambda name: getattr(row, name)) if row is not None else (lambda name: None)
        return SyncStatus(
            install_id=self.install_id,
            enrolled=bool(get("server_url") and get("token")),
            server_url=get("server_url"),
            site=get("site"),
            needs_enrolment=bool(get("needs_enrolment")),
            offline_code=get("offline_code"),
            pending=counts.get(PENDING, 0),
            rejected=counts.get(REJECTED, 0),
            rejected_by_reason={str(k): v for k, v in reasons.items()},
            cells=sum(counts.values()),
            last_attempt_at=get("last_attempt_at"),
            last_success_at=get("last_success_at"),
            last_error=get("last_error"),
            last_error_detail=detail,
            last_error_at=get("last_error_at"),
            next_attempt_at=get("next_attempt_at"),
            failures=get("failures") or 0,
            server_skew=get("server_skew"),
            last_bundle_at=get("last_bundle_at"),
            clock_warning=get("clock_warning") or ("past" if now < EARLIEST_PLAUSIBLE
                                                    else None),
            identity_event=IdentityEvent.from_json(get("identity_event")),
            introduced=not get("fork_parent"),
        )

    def schedule(self) -> tuple[int, datetime | None, int]:
        """(failures so far, next attempt, batch limit) as the sender left them."""
        row = self._read()
        if row is None:
            return 0, None, MAX_BATCH
        return row.failures, row.next_attempt_at, row.batch_limit

    # -- enrolment ------------------------------------------------------------------------

    def save_enrolment(self, server_url: str, token: str, site: str | None,
                       now: datetime | None = None) -> None:
        """An online enrolment succeeded: keep the token; the offline code is spent."""
        with self._state() as (row, _conn):
            row.server_url = server_url
            row.token = token
            row.site = site
            row.enrolled_at = now or utcnow()
            row.needs_enrolment = False
            row.offline_code = None
            row.failures = 0
            row.next_attempt_at = None
            if row.last_error == Code.UNAUTHORIZED:
                row.last_error = None
                row.last_error_detail = None

    def set_offline_code(self, code: str | None) -> None:
        """The one-time code typed for a kiosk that enrols through its USB bundle."""
        with self._state() as (row, _conn):
            row.offline_code = (code or "").strip() or None

    def offline_code(self) -> str | None:
        row = self._read()
        return row.offline_code if row is not None else None

    def issue_bundle(self) -> list[str]:
        """A USB bundle is about to be written: its id joins the chain (PROTOCOL.md "Lineage");
        the chain it carries."""
        with self._state() as (row, _conn):
            return issue(row, str(uuid.uuid4()))

    def mark_bundle_exported(self, now: datetime | None = None) -> None:
        with self._state() as (row, _conn):
            row.last_bundle_at = now or utcnow()

    # -- the batch in flight --------------------------------------------------------------

    def take_batch(self, now: datetime | None = None) -> Batch | None:
        """The batch to send: the one persisted and not yet answered (same key, same body:
        its answer may have been lost), else a new one of at most ``batch_limit`` pending
        cells, persisted BEFORE it is sent.  None when nothing is pending."""
        now = now or utcnow()
        with self._state() as (row, conn):
            if row.batch_key and row.batch_body:
                return _batch(row.batch_key, row.batch_body.encode("utf-8"))
            limit = max(1, min(MAX_BATCH, row.batch_limit or MAX_BATCH))
            cells = conn.execute(
                "SELECT period, metric, dims, value, rev FROM outbox_cells WHERE state = ?"
                " ORDER BY rev LIMIT ?", (PENDING, limit)).fetchall()
            if not cells:
                return None
            key = str(uuid.uuid4())
            chain = issue(row, key)
            body = json.dumps(
                {
                    "schema": SCHEMA,
                    "install_id": self.install_id,
                    "sent_at": now.astimezone(UTC).isoformat().replace("+00:00", "Z"),
                    "chain": chain,
                    "cells": [cell_json(CellKey(p, m, d), v, r) for p, m, d, v, r in cells],
                },
                ensure_ascii=False, separators=(",", ":"),
            )
            row.batch_key = key
            row.batch_body = body
            return _batch(key, body.encode("utf-8"))

    def drop_batch(self, *, too_large: int | None = None) -> int:
        """Forget the batch in flight (the server did not apply it).  ``too_large``: the size
        of a batch the server refused as too large (413): the next ones are half of it.
        Returns the batch limit."""
        with self._state() as (row, _conn):
            row.batch_key = None
            row.batch_body = None
            if too_large is not None:
                row.batch_limit = max(1, min(row.batch_limit or MAX_BATCH, too_large) // 2)
            return int(row.batch_limit)

    def settle(self, batch: Batch, rejected: Sequence[tuple[int, str]], *,
               now: datetime | None = None, server_time: datetime | None = None) -> tuple[int, int]:
        """Apply the collector's 200 answer to ``batch``: every cell not in ``rejected``
        (index, reason) is at the collector; a rejected one is kept with its reason and not
        sent again until its value changes.  A cell whose value changed since the batch was
        made keeps its newer revision and stays pending.  Returns (accepted, rejected)."""
        now = now or utcnow()
        reasons = {index: reason for index, reason in rejected if 0 <= index < len(batch)}
        accepted_params = []
        rejected_params = []
        for index, (key, rev) in enumerate(batch.cells):
            params = {"p": key.period, "m": key.metric, "d": key.dims, "r": rev}
            if index in reasons:
                rejected_params.append({**params, "why": reasons[index][:64]})
            else:
                accepted_params.append(params)
        match = "period = :p AND metric = :m AND dims = :d AND rev = :r"
        with self._state() as (row, conn):
            if accepted_params:
                conn.executemany(f"UPDATE outbox_cells SET state = '{ACCEPTED}', reason = NULL, sent_rev = :r"
                                 f" WHERE {match}", accepted_params)
            if rejected_params:
                conn.executemany(f"UPDATE outbox_cells SET state = '{REJECTED}', reason = :why WHERE {match}",
                                 rejected_params)
            if row.batch_key == batch.key:
                # The collector has this batch: the chain starts again from it (keeping what
                # was issued after it, such as a USB bundle made while its answer was lost).
                row.lineage = json.dumps(_chain_from(row.lineage, batch.key))
                row.batch_key = None
                row.batch_body = None
                row.batch_limit = min(MAX_BATCH, max(1, row.batch_limit or MAX_BATCH) * 2)
            row.last_attempt_at = now
            row.last_success_at = now
            row.failures = 0
            row.needs_enrolment = False
            if server_time is not None:
                row.server_skew = int((server_time - now).total_seconds())
            # Kept until the next ANSWER (a failed attempt in between says nothing of clocks).
            row.clock_warning = clock_problem(dict(Counter(reasons.values())),
                                              row.server_skew if server_time is not None else None)
            if reasons:
                by_reason = Counter(reasons.values())
                row.last_error = REJECTED_CELLS
                row.last_error_detail = json.dumps(
                    {"count": len(reasons), "reasons": dict(sorted(by_reason.items()))})
                row.last_error_at = now
            else:
                row.last_error = None
                row.last_error_detail = None
        return len(accepted_params), len(rejected_params)

    def record_failure(self, code: str, detail: dict | None = None, *,
                       now: datetime | None = None, needs_enrolment: bool | None = None) -> None:
        now = now or utcnow()
        with self._state() as (row, _conn):
            row.last_attempt_at = now
            row.last_error = code
            row.last_error_detail = json.dumps(detail or {}, ensure_ascii=False)
            row.last_error_at = now
            if needs_enrolment is not None:
                row.needs_enrolment = needs_enrolment

    def set_schedule(self, failures: int, next_attempt_at: datetime | None) -> None:
        with self._state() as (row, _conn):
            row.failures = failures
            row.next_attempt_at = next_attempt_at


def _chain_from(lineage: str | None, key: str) -> list[str]:
    try:
        chain = [str(i) for i in json.loads(lineage or "[]")]
    except (TypeError, ValueError):
        chain = []
    return chain[chain.index(key):] if key in chain else (chain or [key])


def issue(row: Any, issue_id: str) -> list[str]:
    """Record that a batch or bundle ``issue_id`` leaves now (inside the transaction that
    persists it, BEFORE it leaves); the chain it carries: the ids issued since the collector's
    last answer, ending with this one (PROTOCOL.md "Lineage")."""
    try:
        chain = [str(i) for i in json.loads(row.lineage or "[]")]
    except (TypeError, ValueError):
        chain = []
    # An install that never heard from the collector starts from the root: a restored copy
    # of it that issues again forks there.
    chain = (chain or [ORIGIN]) + [issue_id]
    chain = chain[-LINEAGE_MAX:]
    row.lineage = json.dumps(chain)
    return chain


def _batch(key: str, body: bytes) -> Batch:
    cells = json.loads(body)["cells"]
    return Batch(
        key=key,
        body=body,
        cells=tuple(
            (CellKey(c["period"], c["metric"], canonical_dims(c["dims"])), int(c["rev"]))
            for c in cells
        ),
    )


def _load_detail(text: str | None) -> dict:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
