"""The public table with small cells hidden (the exact monthly sums: ``kiosk.collector.aggregates``).

Exact totals: the cells' values summed over installs and over the days of each month, by
(month, site, metric, dims).

The public table (``GET /`` and its CSV) is coarser: one row per (metric, month, site), broken
down by (role, age band) -- summed over modules -- with the row's total.  For
``learners_reached`` only the cells without a module are used (first sign-ins: new people
reached); its per-module cells count first visits to each module and would count a person
once per module.

Disclosure control of the public table (per row; the page and the CSV publish the same):

What a reader gets for a row: the shown cells, a mark for each hidden cell, and the row total
(or "<5").  The marks say what they mean: "<5" is a value from 1 to 4, "5+" a value of 5 or
more hidden to protect another cell.  A cell absent from a row (nothing was ever counted there)
is a known 0.  No sums across rows are published (no totals over sites, months or columns), and
a row is the same under every filter of the page (filters take whole months, sites, metrics), so
the only equation a reader has is "row total = sum of the row's cells".

1. A row whose total is from 1 to 4 shows only its total, as "<5": no breakdown (with two small
   cells under a total under 5 each cell would be bounded more tightly than 1..4).
2. Primary suppression: every cell from 1 to 4 is shown as "<5".  A 0 is shown: it says no more
   than an absent cell (which the page shows as "—" anyway), and the audit counts it as known.
3. Complementary suppression driven by an interval audit: for every hidden cell the audit
   computes the values it can take given everything published -- the shown cells, the total,
   the marks' ranges, non-negativity and integrality.  With one linear constraint
   (low <= sum of the hidden cells <= high) the exact feasible interval of hidden cell i is
   ``[max(lo_i, low - sum of the others' hi), min(hi_i, high - sum of the others' lo)]``
   (the sums of the other cells take every integer between their bounds' sums).  The row
   passes when every interval is at least ``PROTECTION`` wide (at least 4 possible values):
   for a "<5" cell that is the whole 1..4 -- the row tells the reader nothing beyond the mark.
   While the row fails, one more cell of 5 or more is hidden as "5+": the smallest one that
   makes the row pass, else the largest one and the audit runs again.
4. If no choice of cells makes the row pass (the "<5" cells are small and every other cell is
   close to 5), the row shows only its total, without breakdown.  (Hiding the total instead
   would keep the cells, but a reader who knows this rule would learn from it that no partner
   was big enough -- an upper bound on the published "<5" cells; without a breakdown there is
   no cell to narrow.)
5. A last audit of what is published; should it ever fail, the row shows only its total.

Why 4 values: the "<5" mark already promises that the cell is 1, 2, 3 or 4; anything narrower is
a disclosure beyond the promise (the three subtraction attacks of issue 13 each narrowed a "<5"
to one value).  A "5+" cell is not sensitive itself but gets the same width, so that it does not
give a "<5" cell away either.

What the audit does not cover (documented in kiosk/collector/README.md): a reader who knows this
procedure and reasons about which cell it chose (the choice depends on values), and a reader who
compares versions of the page taken before and after late counts arrive.

The exact figures are only in the admin API.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any


from kiosk.collector.counts import AGE_BANDS, METRICS, ROLES

THRESHOLD = 5
HIDDEN = "<5"  # a cell (or total) from 1 to 4
HIDDEN_MORE = "5+"  # a cell of 5 or more, hidden to protect another
MARK_RANGE: dict[str, tuple[float, float]] = {HIDDEN: (1, THRESHOLD - 1), HIDDEN_MORE: (THRESHOLD, math.inf)}
PROTECTION = 3  # every hidden cell's feasible interval [lo, hi] has hi - lo >= 3 (4 values or more)
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


# --- the public table --------------------------------------------------------------------------


@dataclass
class PublicRow:
    """One published row; ``cells`` is empty when the row shows only its total."""

    metric: str
    month: str
    site: str
    cells: dict[tuple[str, str], int | str]  # (role, age_band) -> value, "<5" or "5+"
    total: int | str  # the row's total or "<5"


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


# --- the audit ------------------------------------------------------------------------------------


def feasible_intervals(
    bounds: list[tuple[float, float]], low: float, high: float
) -> list[tuple[float, float]]:
    """The exact range of each integer x_i with lo_i <= x_i <= hi_i and low <= sum(x) <= high.

    ``hi_i`` and ``high`` may be ``math.inf``.  Assumes the system has a solution (the true
    values are one).  The sum of the other cells takes every integer between the sums of their
    bounds, so x_i can be exactly the values in
    ``[max(lo_i, low - sum of the others' hi), min(hi_i, high - sum of the others' lo)]``.
    """
    sum_lo = sum(lo for lo, _ in bounds)
    finite_hi = sum(hi for _, hi in bounds if hi != math.inf)
    infinite = sum(1 for _, hi in bounds if hi == math.inf)
    out = []
    for lo, hi in bounds:
        others_hi = math.inf if infinite - (hi == math.inf) else finite_hi - (0 if hi == math.inf else hi)
        out.append((max(lo, low - others_hi), min(hi, high - (sum_lo - lo))))
    return out


def row_intervals(
    cells: dict[tuple[str, str], int | str], total: int | str
) -> dict[tuple[str, str], tuple[float, float]]:
    """For a published row: each hidden cell's feasible interval given everything the row shows."""
    hidden = [(k, v) for k, v in cells.items() if isinstance(v, str)]
    shown = sum(v for v in cells.values() if not isinstance(v, str))
    low, high = MARK_RANGE[total] if isinstance(total, str) else (total, total)
    intervals = feasible_intervals([MARK_RANGE[mark] for _, mark in hidden], low - shown, high - shown)
    return {k: interval for (k, _), interval in zip(hidden, intervals, strict=True)}


def protected(cells: dict[tuple[str, str], int | str], total: int | str) -> bool:
    """The audit: no hidden cell of the published row is narrower than ``PROTECTION``."""
    bounds = [MARK_RANGE[v] for v in cells.values() if isinstance(v, str)]
    if not bounds:
        return True
    shown = sum(v for v in cells.values() if not isinstance(v, str))
    low, high = MARK_RANGE[total] if isinstance(total, str) else (total, total)
    return all(hi - lo >= PROTECTION for lo, hi in feasible_intervals(bounds, low - shown, high - shown))


def _complementary(cells: dict[tuple[str, str], int], marked: dict[tuple[str, str], int | str],
                   total: int) -> list[tuple[str, str]] | None:
    """Cells of 5 or more to hide as "5+" so that the row passes the audit; None: no choice does."""
    candidates = [k for _, _, k in sorted((v, column_key(k), k) for k, v in cells.items() if v >= THRESHOLD)]

    def passes(more: list[tuple[str, str]]) -> bool:
        return protected({**marked, **{k: HIDDEN_MORE for k in more}}, total)

    chosen: list[tuple[str, str]] = []
    while not passes(chosen):
        left = [k for k in candidates if k not in chosen]
        if not left:
            return None
        enough = next((k for k in left if passes([*chosen, k])), None)  # the smallest that suffices
        chosen.append(enough if enough is not None else left[-1])  # else the largest, and again
    return chosen


def suppress(cells: dict[tuple[str, str], int]) -> tuple[dict[tuple[str, str], int | str], int | str]:
    """One row's published cells and total after the rule in this module's docstring."""
    total = sum(cells.values())
    if 0 < total < THRESHOLD:
        return {}, HIDDEN
    marked: dict[tuple[str, str], int | str] = {k: (HIDDEN if 0 < v < THRESHOLD else v) for k, v in cells.items()}
    if HIDDEN not in marked.values():
        return marked, total
    chosen = _complementary(cells, marked, total)
    if chosen is None:
        return {}, total
    marked.update({k: HIDDEN_MORE for k in chosen})
    if not protected(marked, total):  # never expected: the last line of defence
        return {}, total
    return marked, total


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
