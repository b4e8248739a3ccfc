"""Cells of the protocol ``telecentro-counts/1``: checking them and storing them (kiosk/sync/PROTOCOL.md).

The same code serves ``POST /v1/counts`` and USB bundles, so both apply the same rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from kiosk.collector.db import upsert_cells, utcnow

SCHEMA = "telecentro-counts/1"
TZ = ZoneInfo("America/Asuncion")
OLDEST_PERIOD = dt.date(2020, 1, 1)
MAX_INT = 2**63 - 1

METRICS = (
    "visits",
    "sessions",
    "minutes",
    "lessons_completed",
    "modules_completed",
    "learners_reached",
    "workshop_participants",
)
ROLES = ("learner", "teacher", "parent")
AGE_BANDS = ("8-11", "12-17", "adult")
DIM_KEYS = ("module", "role", "age_band")
CELL_FIELDS = frozenset({"period", "metric", "dims", "value", "rev"})
# A module id is "<track>/<module>" of lower-case ASCII letters, digits and hyphens
# (lessons/README.md); never free text.
MODULE_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}(?:/[a-z0-9][a-z0-9-]{0,63}){0,2}")
PERIOD_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def canonical_dims(dims: dict[str, str]) -> str:
    return json.dumps(dims, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def today_in_paraguay(now: dt.datetime | None = None) -> dt.date:
    return (now or utcnow()).astimezone(TZ).date()


@dataclass(frozen=True)
class GoodCell:
    period: dt.date
    metric: str
    dims: str  # canonical
    value: int
    rev: int

    @property
    def key(self) -> tuple[dt.date, str, str]:
        return (self.period, self.metric, self.dims)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_cell(cell: Any, today: dt.date) -> GoodCell | str:
    """The cell, checked, or the reason it is rejected (a protocol reason code)."""
    if not isinstance(cell, dict) or set(cell) != CELL_FIELDS:
        return "bad-cell"
    period_text = cell["period"]
    if not isinstance(period_text, str) or not PERIOD_RE.fullmatch(period_text):
        return "bad-period"
    try:
        period = dt.date.fromisoformat(period_text)
    except ValueError:
        return "bad-period"
    if period > today + dt.timedelta(days=1):
        return "period-in-future"
    if period < OLDEST_PERIOD:
        return "period-too-old"
    metric = cell["metric"]
    if not isinstance(metric, str) or metric not in METRICS:
        return "unknown-metric"
    dims = cell["dims"]
    if not isinstance(dims, dict) or not set(dims) <= set(DIM_KEYS):
        return "bad-dims"
    if any(not isinstance(v, str) for v in dims.values()):
        return "bad-dims"
    if "role" in dims and dims["role"] not in ROLES:
        return "bad-dims"
    if "age_band" in dims and dims["age_band"] not in AGE_BANDS:
        return "bad-dims"
    if "module" in dims and not MODULE_RE.fullmatch(dims["module"]):
        return "bad-dims"
    value = cell["value"]
    if not _is_int(value) or not 0 <= value <= MAX_INT:
        return "bad-value"
    rev = cell["rev"]
    if not _is_int(rev) or not 0 <= rev <= MAX_INT:
        return "bad-rev"
    return GoodCell(period, metric, canonical_dims(dims), value, rev)


@dataclass
class Outcome:
    accepted: int = 0
    unchanged: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"accepted": self.accepted, "unchanged": self.unchanged, "rejected": self.rejected}


def apply_cells(
    conn: Connection, site_id: int, install_id: str, cells: list[Any], now: dt.datetime | None = None
) -> Outcome:
    """Check and store ``cells`` for one install, inside the caller's transaction."""
    now = now or utcnow()
    today = today_in_paraguay(now)
    outcome = Outcome()
    best: dict[tuple[dt.date, str, str], GoodCell] = {}
    where: dict[tuple[dt.date, str, str], int] = {}
    for index, raw in enumerate(cells):
        checked = check_cell(raw, today)
        if isinstance(checked, str):
            outcome.rejected.append({"index": index, "reason": checked})
            continue
        # The same key twice in one batch: only the highest rev can win anyway.
        seen = best.get(checked.key)
        if seen is None or checked.rev > seen.rev:
            best[checked.key] = checked
            where[checked.key] = index
    for key in stale_keys(conn, install_id, best):
        outcome.rejected.append({"index": where[key], "reason": "stale"})
        del best[key]
    rows = [
        {
            "site_id": site_id,
            "install_id": install_id,
            "period": c.period,
            "metric": c.metric,
            "dims": c.dims,
            "value": c.value,
            "rev": c.rev,
            "updated_at": now,
        }
        # in key order: concurrent batches then lock rows in the same order (no deadlocks)
        for c in sorted(best.values(), key=lambda c: c.key)
    ]
    outcome.accepted = upsert_cells(conn, rows) if rows else 0
    outcome.unchanged = len(cells) - len(outcome.rejected) - outcome.accepted
    return outcome


def stale_keys(conn: Connection, install_id: str,
               best: dict[tuple[dt.date, str, str], GoodCell]) -> list[tuple[dt.date, str, str]]:
    """The keys whose incoming revision is not new and is not what the collector has: a
    kiosk whose counter went back (restored, copied) -- answered "stale", never "unchanged"
    (that would tell the kiosk the collector has its value).  The same rev with the same
    value is a retry: unchanged."""
    if not best:
        return []
    from sqlalchemy import select

    from kiosk.collector.models import Cell

    periods = sorted({key[0] for key in best})
    stored = conn.execute(
        select(Cell.period, Cell.metric, Cell.dims, Cell.value, Cell.rev)
        .where(Cell.install_id == install_id, Cell.period.in_(periods))
    )
    stale = []
    for period, metric, dims, value, rev in stored:
        key = (period, metric, dims)
        cell = best.get(key)
        if cell is not None and (rev > cell.rev or (rev == cell.rev and value != cell.value)):
            stale.append(key)
    return stale


def fingerprint(cells: list[Any]) -> str:
    """What a repeated Idempotency-Key must come back with: the same cells."""
    text = json.dumps(cells, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
