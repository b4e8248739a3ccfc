"""``GET /v1/totals`` in pages (``limit``, ``cursor`` / ``next``): walking every page gives exactly
the unpaged answer, in a stable order.  A real collector process (SQLite; PostgreSQL when
KIOSK_TEST_POSTGRES_URL is set, where text sorts by the database's collation)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from kiosk.collector.aggregates import DEFAULT_LIMIT, MAX_LIMIT, encode_cursor
from tests.collector.harness import FakeKiosk, cell, request, unique_site


def get(collector, token: str, **query: Any) -> Any:
    reply = request("GET", f"{collector.base_url}/v1/totals?{urlencode(query)}",
                    headers={"Authorization": f"Bearer {token}"})
    return reply


def walk(collector, token: str, limit: int, **query: Any) -> tuple[list[dict], int]:
    rows, pages, cursor = [], 0, None
    while True:
        reply = get(collector, token, limit=limit, **({"cursor": cursor} if cursor else {}), **query)
        assert reply.status == 200, reply.text
        doc = reply.json()
        assert len(doc["totals"]) <= limit
        rows += doc["totals"]
        pages += 1
        cursor = doc["next"]
        if cursor is None:
            return rows, pages
        assert len(doc["totals"]) == limit


def fill(collector, prefix: str, n_sites: int = 3) -> list[str]:
    """Sites whose names sort in tricky ways, each with cells over months, metrics and dims."""
    names = []
    for i, suffix in enumerate(["b", "B", "á", "a b", "ab", "Ñandú"][:n_sites]):
        kiosk = FakeKiosk(collector, site=f"{prefix} {suffix}").enrolled()
        names.append(kiosk.site)
        cells = []
        for month in ("2024-11", "2024-12", "2025-01"):
            for module in ("pista/uno", "pista/dos", "otra/tres"):
                for role, age in (("learner", "8-11"), ("teacher", "adult")):
                    cells.append(cell(f"{month}-0{1 + i}", "visits", value=5 + i, module=module, role=role,
                                      age_band=age))
                    cells.append(cell(f"{month}-0{1 + i}", "minutes", value=10 + i, module=module, role=role,
                                      age_band=age))
            cells.append(cell(f"{month}-0{1 + i}", "sessions", value=3))
        assert kiosk.post(cells).json()["accepted"] == len(cells)
    return names


def test_walking_the_pages_gives_the_unpaged_totals(collector):
    token = collector.admin_token()
    prefix = unique_site("Paginado")
    sites = fill(collector, prefix, 6)
    whole = get(collector, token, limit=MAX_LIMIT).json()
    assert whole["next"] is None  # the session's database is far smaller than one full page
    mine = [r for r in whole["totals"] if r["site"] in sites]
    assert len(mine) == 6 * 3 * (2 * 6 + 1)
    for limit in (1, 7, 13, 100):
        rows, pages = walk(collector, token, limit, site=sites[2]) if limit == 1 else walk(collector, token, limit)
        if limit == 1:
            assert rows == [r for r in whole["totals"] if r["site"] == sites[2]] and pages == len(rows)
        else:
            assert rows == whole["totals"]
            assert pages == -(-len(whole["totals"]) // limit)
    # with filters too
    rows, _ = walk(collector, token, 5, metric="minutes", **{"from": "2024-12", "to": "2025-01"})
    assert rows == get(collector, token, limit=MAX_LIMIT, metric="minutes", **{"from": "2024-12",
                                                                                "to": "2025-01"}).json()["totals"]
    assert rows and all(r["metric"] == "minutes" and r["period"] in ("2024-12", "2025-01") for r in rows)
    # the order is stable: by (month, site, metric, dims) as the database orders text
    keys = [(r["period"], r["site"], r["metric"]) for r in whole["totals"]]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)


def test_pages_stay_exact_while_cells_change(collector):
    token = collector.admin_token()
    sites = fill(collector, unique_site("Cambia"), 2)
    first = get(collector, token, limit=10, site=sites[0]).json()
    # a new cell sorting AFTER the cursor and a change BEFORE it, between two pages
    kiosk = FakeKiosk(collector, site=sites[0]).enrolled()
    kiosk.post([cell("2025-01-09", "visits", value=99, module="zzz/nuevo", role="learner", age_band="8-11"),
                cell("2024-11-09", "visits", value=50, module="otra/tres", role="learner", age_band="8-11")])
    rest, _ = walk_from(collector, token, first["next"], 10, site=sites[0])
    keys = [(r["period"], r["metric"], str(sorted(r["dims"].items()))) for r in first["totals"] + rest]
    assert len(keys) == len(set(keys))  # nothing twice
    assert {"module": "zzz/nuevo", "role": "learner", "age_band": "8-11"} in [r["dims"] for r in rest]


def walk_from(collector, token: str, cursor: str, limit: int, **query: Any) -> tuple[list[dict], int]:
    rows, pages = [], 0
    while cursor:
        doc = get(collector, token, limit=limit, cursor=cursor, **query).json()
        rows += doc["totals"]
        pages += 1
        cursor = doc["next"]
    return rows, pages


def test_the_default_page_and_bad_paging_parameters(collector):
    token = collector.admin_token()
    kiosk = FakeKiosk(collector).enrolled()
    cells = [cell(f"2023-{1 + i // 100 % 12:02d}-01", "visits", value=1, module=f"pista/m{i}", role="learner")
             for i in range(DEFAULT_LIMIT + 5)]
    for start in range(0, len(cells), 500):
        assert kiosk.post(cells[start:start + 500]).json()["accepted"] == len(cells[start:start + 500])
    doc = get(collector, token, site=kiosk.site).json()
    assert len(doc["totals"]) == DEFAULT_LIMIT and doc["next"]
    rest = get(collector, token, site=kiosk.site, cursor=doc["next"]).json()
    assert len(rest["totals"]) == 5 and rest["next"] is None
    for query in ({"limit": 0}, {"limit": MAX_LIMIT + 1}, {"limit": "x"}, {"limit": "-1"}, {"limit": "1.5"}):
        reply = get(collector, token, **query)
        assert reply.status == 400 and reply.json()["error"] == "bad-limit", query
    bad_month = encode_cursor(("2025-13", "a", "visits", "{}"))
    for cursor in ("!!!", "bm90IGpzb24", "WzEsMiwzLDRd", "WyJhIl0", bad_month):  # not base64, not JSON, ...
        reply = get(collector, token, cursor=cursor)
        assert reply.status == 400 and reply.json()["error"] == "bad-cursor", cursor


# --- the public page's cache (kiosk/collector/aggregates.py) ------------------------------------


def test_the_page_shows_new_cells_at_once_after_a_write(collector):
    kiosk = FakeKiosk(collector).enrolled()
    kiosk.post([cell("2025-02-03", value=7, role="learner", age_band="adult")])
    url = f"{collector.base_url}/totales.csv?desde=2020-01&sitio={quote(kiosk.site)}"
    assert request("GET", url).text.splitlines()[-1].endswith(",total,total,7")
    assert request("GET", url).text.splitlines()[-1].endswith(",total,total,7")  # from the cache
    kiosk.post([cell("2025-02-04", value=9, role="learner", age_band="adult")])
    assert request("GET", url).text.splitlines()[-1].endswith(",total,total,16")
    page = request("GET", f"{collector.base_url}/?desde=2020-01&sitio={quote(kiosk.site)}").text
    assert "<b>16</b>" in page


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_cache_follows_cell_changes_and_its_ttl(monkeypatch):
    from kiosk.collector import aggregates

    generation = [0]
    monkeypatch.setattr(aggregates, "cells_generation", lambda: generation[0])
    clock = Clock()
    cache = aggregates.PageCache(ttl=30, slow=0.5, clock=clock)
    calls = []

    def compute(value: str, cost: float = 0.0):
        def run() -> str:
            calls.append(value)
            clock.now += cost
            return value
        return run

    assert cache.get("k", compute("a")) == "a"
    assert cache.get("k", compute("b")) == "a" and calls == ["a"]  # fresh
    generation[0] += 1  # cells changed in this process
    assert cache.get("k", compute("c")) == "c"
    clock.now += 31  # another process may have written: the TTL
    assert cache.get("k", compute("d")) == "d"
    assert cache.get("sites", compute("s1"), cells=False) == "s1"
    generation[0] += 1
    assert cache.get("sites", compute("s2"), cells=False) == "s1"  # the site list only follows its TTL


def test_a_slow_key_shows_the_previous_value_while_it_is_computed_again(monkeypatch):
    import threading

    from kiosk.collector import aggregates

    generation = [0]
    monkeypatch.setattr(aggregates, "cells_generation", lambda: generation[0])
    clock = Clock()
    cache = aggregates.PageCache(ttl=30, slow=0.5, max_stale=300, clock=clock)
    release = threading.Event()

    def slow_first() -> str:
        clock.now += 2.0  # the sums took 2 s: a big database
        return "old"

    assert cache.get("rows", slow_first) == "old"
    generation[0] += 1
    started = threading.Event()

    def slow_again() -> str:
        started.set()
        release.wait(30)
        clock.now += 2.0  # slow again
        return "new"

    assert cache.get("rows", slow_again) == "old"  # at once, while "new" is being summed
    assert started.wait(30)
    assert cache.get("rows", slow_again) == "old"  # one computation at a time
    release.set()
    for _ in range(300):
        if cache.get("rows", slow_again) == "new":
            break
        threading.Event().wait(0.01)
    assert cache.get("rows", slow_again) == "new"
    # too old to show: wait for the sums
    generation[0] += 1
    clock.now += 301
    assert cache.get("rows", lambda: "newest") == "newest"
