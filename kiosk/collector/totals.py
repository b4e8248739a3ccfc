"""Monthly totals (exact, for ``GET /v1/totals``) and the public table with small cells hidden.

Exact totals: the cells' values summed over installs and over the days of each month, by
(month, site, metric, dims).

The public table (``GET /`` and its CSV) is coarser: one row per (metric, month, site), broken
down by (role, age band) -- summed over modules -- with the row's total.  For
``learners_reached`` only the cells without a module are used (first sign-ins: new people
reached); its per-module cells count first visits to each module and would count a person
once per module.

Small-cell suppression of the public table (a simple rule, per row):

1. every breakdown cell under 5 (0 to 4) is shown as "<5" (primary suppression);
2. if a row then has exactly one hidden cell, its smallest shown cell is hidden too
   (complementary suppression): otherwise "total minus the shown cells" would give the hidden
   value; with two hidden cells the reader learns only their sum;
3. a row total under 5 is hidden (then all its cells are under 5 and hidden as well).

The public table shows no sums across rows (no totals over sites or months), so the only
equation a reader has is "row total = sum of the row's cells"; the rule above keeps every hidden
cell from being worked out exactly from it.  The exact figures are only in the admin API.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from kiosk.collector.counts import AGE_BANDS, METRICS, ROLES
from kiosk.collector.models import Cell, Site

THRESHOLD = 5
HIDDEN = "<5"
NO_DIM = ""  # a cell without that dimension


def month_start(month: str) -> dt.date:
    """``YYYY-MM`` -> its first day (ValueError if malformed)."""
    if len(month) != 7 or month[4] != "-":
        raise ValueError(f"not a month YYYY-MM: {month!r}")
    return dt.date(int(month[:4]), int(month[5:]), 1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_expr(conn: Connection):  # noqa: ANN202
    if conn.dialect.name == "postgresql":
        return func.to_char(Cell.period, "YYYY-MM")
    return func.strftime("%Y-%m", Cell.period)


def monthly_totals(
    conn: Connection,
    first: str | None = None,
    last: str | None = None,
    site: str | None = None,
    metric: str | None = None,
) -> list[dict[str, Any]]:
    """Exact totals by (month, site, metric, dims) between months ``first`` and ``last`` included."""
    month = _month_expr(conn).label("month")
    query = (
        select(month, Site.name, Cell.metric, Cell.dims, func.sum(Cell.value))
        .join(Site, Site.id == Cell.site_id)
        .group_by(month, Site.name, Cell.metric, Cell.dims)
        .order_by(month, Site.name, Cell.metric, Cell.dims)
    )
    if first:
        query = query.where(Cell.period >= month_start(first))
    if last:
        query = query.where(Cell.period < next_month(month_start(last)))
    if site:
        query = query.where(Site.name == site)
    if metric:
        query = query.where(Cell.metric == metric)
    return [
        {"period": m, "site": s, "metric": mt, "dims": json.loads(d), "value": int(v)}
        for m, s, mt, d, v in conn.execute(query)
    ]


# --- the public table --------------------------------------------------------------------------


@dataclass
class PublicRow:
    metric: str
    month: str
    site: str
    cells: dict[tuple[str, str], int | str]  # (role, age_band) -> value or "<5"
    total: int | str


def breakdown(totals: list[dict[str, Any]]) -> dict[tuple[str, str, str], dict[tuple[str, str], int]]:
    """(metric, month, site) -> {(role, age_band): value}, summed over modules."""
    table: dict[tuple[str, str, str], dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    for t in totals:
        dims = t["dims"]
        if t["metric"] == "learners_reached" and "module" in dims:
            continue
        key = (dims.get("role", NO_DIM), dims.get("age_band", NO_DIM))
        table[(t["metric"], t["period"], t["site"])][key] += t["value"]
    return table


def suppress(cells: dict[tuple[str, str], int]) -> tuple[dict[tuple[str, str], int | str], int | str]:
    """One row's cells and total after the rule in this module's docstring."""
    total = sum(cells.values())
    hidden = {k for k, v in cells.items() if v < THRESHOLD}
    if len(hidden) == 1:
        shown = sorted((v, k) for k, v in cells.items() if k not in hidden)
        if shown:
            hidden.add(shown[0][1])
    out: dict[tuple[str, str], int | str] = {k: (HIDDEN if k in hidden else v) for k, v in cells.items()}
    return out, (HIDDEN if total < THRESHOLD else total)


def _order(value: str, known: tuple[str, ...]) -> tuple[int, str]:
    return (known.index(value), value) if value in known else (len(known), value)


def column_key(col: tuple[str, str]) -> tuple[tuple[int, str], tuple[int, str]]:
    return (_order(col[0], ROLES), _order(col[1], AGE_BANDS))


def public_rows(totals: list[dict[str, Any]]) -> list[PublicRow]:
    rows = []
    for (metric, month, site), cells in breakdown(totals).items():
        shown, total = suppress(dict(cells))
        rows.append(PublicRow(metric, month, site, shown, total))
    rows.sort(key=lambda r: (_order(r.metric, METRICS), r.month, r.site))
    return rows
