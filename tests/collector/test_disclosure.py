"""Disclosure control of the public CSV (issue 13, point 4): no hidden cell can be worked out.

The tests read what a reader reads: the CSV text of the real ``public_rows`` + ``csv_text``,
parsed back.  For every hidden cell they compute, with a method of their own (enumeration of
the sums the other hidden cells can make, as a bitset -- exact, no formula shared with
kiosk/collector/totals.py), every value the cell can take given everything the row publishes:
the shown cells, the total or its mark, the marks' documented meaning ("<5" is 1..4, "5+" is 5
or more), non-negativity and integrality.  A cell absent from a row is a known 0.  The CSV has
no line that sums across rows (checked), so rows share no equation and each row is audited
alone.  Every hidden cell must keep at least 4 possible values; a "<5" cell all of 1, 2, 3, 4.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.collector.pages import csv_text, index_page
from kiosk.collector.totals import feasible_intervals, public_rows

CAP = 1000  # above every value generated here: stands for "no upper bound" in the enumeration
SMALL = range(1, 5)
ROLES = ("learner", "teacher", "parent", "")
BANDS = ("8-11", "12-17", "adult", "")
MODULES = ("pista/uno", "pista/dos", "pista/tres")

Key = tuple[str, str, str]  # (metric, month, site)
Col = tuple[str, str]  # (role, age_band)


# --- what the CSV publishes, read back --------------------------------------------------------


def read_csv(text: str) -> dict[Key, tuple[dict[Col, str], str]]:
    """(metric, month, site) -> ({(role, age_band): published text}, published total)."""
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == ["indicador", "mes", "telecentro", "rol", "franja_edad", "valor"]
    cells: dict[Key, dict[Col, str]] = defaultdict(dict)
    totals: dict[Key, str] = {}
    for metric, month, site, role, band, value in lines[1:]:
        key = (metric, month, site)
        if role == "total":
            assert band == "total" and key not in totals  # one total per row, nothing else sums
            totals[key] = value
        else:
            assert role in ROLES and band in BANDS  # no column or grand totals
            assert key not in totals and (role, band) not in cells[key]
            cells[key][(role, band)] = value
    assert set(cells) <= set(totals)
    return {key: (cells.get(key, {}), total) for key, total in totals.items()}


def meaning(text: str) -> tuple[int, int]:
    """What a published value says: the range a reader may assume (the page's note)."""
    if text == "<5":
        return 1, 4
    if text == "5+":
        return 5, CAP
    assert text.isdigit(), text
    return int(text), int(text)


# --- the independent exact method -------------------------------------------------------------


def feasible_values(bounds: list[tuple[int, int]], low: int, high: int) -> list[set[int]]:
    """For integers x_i in [lo_i, hi_i] with low <= sum(x) <= high: each x_i's possible values.

    Enumeration: the sums the other cells can make are a bitset (bit s set = sum s reachable),
    built cell by cell; x_i = v is possible when some reachable s has low <= v + s <= high.
    """
    top = high
    full = (1 << (top + 1)) - 1
    out = []
    for i, (lo, hi) in enumerate(bounds):
        others = 1
        for j, (lo_j, hi_j) in enumerate(bounds):
            if j != i:
                grown = 0
                for x in range(lo_j, min(hi_j, top) + 1):
                    grown |= others << x
                others = grown & full
        values = set()
        for v in range(lo, min(hi, top) + 1):
            a, b = max(low - v, 0), high - v
            if b >= a and (others >> a) & ((1 << (b - a + 1)) - 1):
                values.add(v)
        out.append(values)
    return out


def hidden_values(cells: dict[Col, str], total: str) -> dict[Col, set[int]]:
    """Each hidden cell of a published row -> every value consistent with what the row shows."""
    hidden = [c for c, v in cells.items() if not v.isdigit()]
    shown = sum(int(v) for v in cells.values() if v.isdigit())
    low, high = meaning(total)
    high = min(high, CAP * max(1, len(cells)))
    sets = feasible_values([meaning(cells[c]) for c in hidden], max(low - shown, 0), high - shown)
    return dict(zip(hidden, sets, strict=True))


def assert_protected(cells: dict[Col, str], total: str, truth: dict[Col, int] | None = None) -> None:
    for col, values in hidden_values(cells, total).items():
        if truth is not None:
            assert truth[col] in values  # the enumeration is right about the true value
        assert len(values) >= 4 and max(values) - min(values) >= 3, (col, sorted(values), cells, total)
        if cells[col] == "<5":
            assert values == set(SMALL), (col, sorted(values), cells, total)


# --- the property ------------------------------------------------------------------------------

VALUES = st.one_of(st.integers(0, 4), st.integers(5, 9), st.integers(0, 40))
ROW_CELLS = st.dictionaries(st.tuples(st.sampled_from(ROLES), st.sampled_from(BANDS)), VALUES,
                            min_size=1, max_size=8)
ROW_KEYS = st.tuples(st.sampled_from(["visits", "minutes", "learners_reached"]),
                     st.sampled_from(["2025-10", "2025-11"]), st.sampled_from(["Sitio A", "Sitio B"]))


def as_totals(key: Key, cells: dict[Col, int], parts: list[int]) -> list[dict]:
    """The row as ``monthly_totals`` gives it: each cell split over up to 3 modules; for
    learners_reached, the cell without module plus per-module cells the page must ignore."""
    metric, month, site = key
    out = []
    for n, ((role, band), value) in enumerate(sorted(cells.items())):
        dims = {k: v for k, v in (("role", role), ("age_band", band)) if v}
        split = 1 + parts[n % len(parts)] % 3
        if metric == "learners_reached":
            out.append({"period": month, "site": site, "metric": metric, "dims": dims, "value": value})
            for m in MODULES[:split]:
                out.append({"period": month, "site": site, "metric": metric, "dims": {**dims, "module": m},
                            "value": value + 7})
            continue
        shares = [value // split] * split
        shares[0] += value - sum(shares)
        for m, share in zip(MODULES, shares, strict=False):
            out.append({"period": month, "site": site, "metric": metric, "dims": {**dims, "module": m},
                        "value": share})
    return out


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(ROW_KEYS, ROW_CELLS, min_size=1, max_size=5), st.lists(st.integers(0, 9), min_size=1))
def test_no_hidden_cell_of_the_csv_can_be_worked_out(table, parts):
    totals = [t for key, cells in table.items() for t in as_totals(key, cells, parts)]
    published = read_csv(csv_text(public_rows(totals)))
    assert set(published) == set(table)
    for key, truth in table.items():
        cells, total = published[key]
        row_total = sum(truth.values())
        # what is shown is true, and the marks mean what the page says
        lo, hi = meaning(total)
        assert lo <= row_total <= hi
        if cells:
            assert set(cells) == set(truth)
        else:
            assert total == "<5" or total.isdigit()  # only the total: nothing to work out
        for col, text in cells.items():
            lo, hi = meaning(text)
            assert lo <= truth[col] <= hi
            assert not (text.isdigit() and truth[col] in SMALL)  # primary suppression
        assert not (total.isdigit() and row_total in SMALL)
        # and no hidden cell can be worked out from the row
        assert_protected(cells, total, truth)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([(1, 4), (5, CAP), (0, 0), (7, 7)]), min_size=1, max_size=5),
       st.integers(0, 60), st.integers(0, 30), st.booleans())
def test_the_audit_formula_agrees_with_enumeration(bounds, low, width, unbounded):
    """totals.feasible_intervals (used by the code) against the enumeration above."""
    high = CAP * len(bounds) if unbounded else low + width
    sets = feasible_values(bounds, low, high)
    if any(not s for s in sets):
        return  # no solution: the formula assumes one (the true values always are)
    formula = feasible_intervals([(lo, float("inf") if hi == CAP else hi) for lo, hi in bounds], low,
                                 float("inf") if unbounded else high)
    for s, (lo, hi) in zip(sets, formula, strict=True):
        assert min(s) == lo
        assert max(s) == (CAP if hi == float("inf") else hi)
        assert s == set(range(min(s), max(s) + 1))  # an interval: min and max say it all


# --- the three subtraction attacks of issue 13 ------------------------------------------------

A, B, C, D, E = ("learner", "8-11"), ("learner", "12-17"), ("teacher", "adult"), ("parent", "adult"), ("", "")


def publish(cells: dict[Col, int]) -> tuple[dict[Col, str], str]:
    totals = as_totals(("visits", "2025-11", "Sitio"), cells, [0])
    return read_csv(csv_text(public_rows(totals)))[("visits", "2025-11", "Sitio")]


def test_three_hidden_cells_summing_to_12_are_no_longer_all_4():
    # Before: the three 4s showed "<5", 20 and 30 were shown, total 62: 62 - 50 = 12 = 4 + 4 + 4.
    cells, total = publish({A: 4, B: 4, C: 4, D: 20, E: 30})
    assert (cells, total) == ({A: "<5", B: "<5", C: "<5", D: "5+", E: "30"}, "62")
    assert_protected(cells, total)
    assert hidden_values(cells, total)[D] == set(range(20, 30))


def test_a_hidden_sum_of_0_cannot_happen():
    # Before: two 0s showed "<5" beside 10 and 20 under a total of 30: both had to be 0.
    # Now a 0 is shown (it says no more than an absent cell); "<5" means 1 to 4.
    cells, total = publish({A: 0, B: 0, C: 10, D: 20})
    assert (cells, total) == ({A: "0", B: "0", C: "10", D: "20"}, "30")
    cells, total = publish({A: 0, B: 3, C: 10, D: 20})
    assert (cells, total) == ({A: "0", B: "<5", C: "5+", D: "20"}, "33")
    assert_protected(cells, total)


def test_a_pair_beside_a_shown_5_is_not_4_and_5():
    # Before: the 4 and the smallest other cell (a 5) both showed "<5"; the other 5 was shown.
    # The pair summed to 9, and the hidden partner (the smallest other cell, so at most the shown
    # 5, and not under 5) was 5: the small cell was 4.
    cells, total = publish({A: 4, B: 5, C: 5, D: 30})
    assert (cells, total) == ({A: "<5", B: "5+", C: "5", D: "30"}, "44")
    assert_protected(cells, total)
    # Even a reader who knows how the partner is chosen learns nothing: every small value with
    # its partner (9 - it) gives exactly this publication.
    for small in SMALL:
        assert publish({A: small, B: 9 - small, C: 5, D: 30}) == (cells, total)


def test_small_rows():
    # a total under 5: only the total
    assert publish({A: 2, B: 2}) == ({}, "<5")
    assert publish({A: 3}) == ({}, "<5")
    # two small cells and nothing else: their sum (6) would bound each to 2..4: only the total
    assert publish({A: 3, B: 3}) == ({}, "6")
    # small cells beside 5s only: no 5 hidden as a partner would do: only the total
    assert publish({A: 1, B: 1, C: 5, D: 5}) == ({}, "12")
    # but two small cells summing to 5 protect each other (each is 1..4 given the total)
    cells, total = publish({A: 2, B: 3, C: 20})
    assert (cells, total) == ({A: "<5", B: "<5", C: "20"}, "25")
    assert_protected(cells, total)
    # nothing small: everything shown, also zeros
    assert publish({A: 0, B: 5}) == ({A: "0", B: "5"}, "5")
    assert publish({A: 0}) == ({A: "0"}, "0")


def test_the_page_shows_what_the_csv_shows():
    """The HTML page (pages.index_page) renders the same decisions: marks, and blank cells for a
    row that shows only its total (not "—", which means nothing was counted)."""
    totals = (as_totals(("visits", "2025-10", "Sitio"), {A: 4, B: 17, C: 23}, [0])
              + as_totals(("visits", "2025-11", "Sitio"), {A: 3, B: 3}, [0]))
    page = index_page(public_rows(totals), ["Sitio"], {})
    rows = [re.findall(r"<td[^>]*>(?:<b>)?([^<]*)", tr) for tr in page.split("<tbody>")[1].split("</tr>")[:2]]
    assert rows == [["2025-10", "Sitio", "&lt;5", "5+", "23", "44"], ["2025-11", "Sitio", "", "", "", "6"]]
    assert "5 o más" in page
