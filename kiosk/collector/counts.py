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

from kiosk.collector.db import lock_install, stored_day_values, upsert_cells, utcnow

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

# --- what is possible (PROTOCOL.md "Bounds") ---------------------------------------------------
# A kiosk is ONE PC used by one person at a time; a cell is one install, one day, one metric,
# one dims combination.  A value over its metric's bound is rejected (``value-too-large``), and
# cells stored before the bounds existed with a larger value are left out of every total
# (quarantined; kiosk/collector/db.py ``bounded``).
MINUTES_PER_DAY = 24 * 60
# Events (sign-ins, visits, completions, first visits): ten a minute, every minute of the day.
# Far more than a person can do, small enough that no sum of cells can overflow 64 bits.
EVENTS_PER_DAY = 10 * MINUTES_PER_DAY
# People ticked in one day's workshop registers of one install: a big register, many times.
REGISTER_PER_DAY = 10_000
MAX_VALUE = {
    "visits": EVENTS_PER_DAY,
    "sessions": EVENTS_PER_DAY,
    "minutes": MINUTES_PER_DAY,
    "lessons_completed": EVENTS_PER_DAY,
    "modules_completed": EVENTS_PER_DAY,
    "learners_reached": EVENTS_PER_DAY,
    "workshop_participants": REGISTER_PER_DAY,
}
# The sum over all of one install's cells of the metric on one day (stored plus incoming): the
# minutes cells (module, role, age_band) are disjoint parts of one person-at-a-time day.
MAX_DAY_TOTAL = {"minutes": MINUTES_PER_DAY}


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
    if not _is_int(value) or value < 0:
        return "bad-value"
    rev = cell["rev"]
    if not _is_int(rev) or not 0 <= rev <= MAX_INT:
        return "bad-rev"
    if value > MAX_VALUE[metric]:
        return "value-too-large"
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
    where: dict[tuple[dt.date, str, str], int] = {}  # key -> index of the cell kept
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
    for metric, limit in MAX_DAY_TOTAL.items():
        for key in _over_day_total(conn, install_id, metric, limit, best, where):
            del best[key]
            outcome.rejected.append({"index": where[key], "reason": "day-total-too-large"})
    outcome.rejected.sort(key=lambda r: r["index"])
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
def _over_day_total(
    conn: Connection,
    install_id: str,
    metric: str,
    limit: int,
    best: dict[tuple[dt.date, str, str], GoodCell],
    where: dict[tuple[dt.date, str, str], int],
) -> list[tuple[dt.date, str, str]]:
    """The keys of ``metric`` cells that would take an install-day's total over ``limit``.

    Per day: the stored cells (quarantined ones count 0) with each incoming cell that would
    replace its stored cell (higher rev) applied in batch order; a cell that would push the
    total over the limit is refused and the others still go through.  Lowering a value always
    passes.  On PostgreSQL the install's row is locked first so two batches of one install
    cannot both pass on the same stored total (SQLite: BEGIN IMMEDIATE already serialises).
    """
    mine = [c for c in best.values() if c.metric == metric]
    if not mine:
        return []
    lock_install(conn, install_id)
    bound = MAX_VALUE[metric]
    stored = stored_day_values(conn, install_id, metric, sorted({c.period for c in mine}))
    day_total: dict[dt.date, int] = {}
    for (period, _dims), (value, _rev) in stored.items():
        day_total[period] = day_total.get(period, 0) + (value if value <= bound else 0)
    refused = []
    for c in sorted(mine, key=lambda c: where[c.key]):
        old = stored.get((c.period, c.dims))
        if old is not None and c.rev <= old[1]:
            continue  # unchanged: the stored cell stays
        old_value = old[0] if old is not None and old[0] <= bound else 0
        total = day_total.get(c.period, 0) - old_value + c.value
        if total > limit:
            refused.append(c.key)
        else:
            day_total[c.period] = total
    return refused


def fingerprint(cells: list[Any]) -> str:
    """What a repeated Idempotency-Key must come back with: the same cells."""
    text = json.dumps(cells, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
