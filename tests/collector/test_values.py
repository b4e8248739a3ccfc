"""Values bounded by what is possible (PROTOCOL.md "Bounds"), and totals that cannot overflow.

A real collector process (SQLite, and PostgreSQL when KIOSK_TEST_POSTGRES_URL is set).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from sqlalchemy import select

from kiosk.collector.counts import MAX_DAY_TOTAL, MAX_VALUE, METRICS
from kiosk.collector.models import Cell, Install
from tests.collector.harness import FakeKiosk, cell, request

DIMS = {"role": "learner", "age_band": "12-17"}
BIG = 2**63 - 1


def reasons(reply) -> dict[int, str]:
    assert reply.status == 200, reply.text
    return {r["index"]: r["reason"] for r in reply.json()["rejected"]}


def test_the_bounds_are_finite_and_cover_every_metric():
    assert set(MAX_VALUE) == set(METRICS)
    assert MAX_VALUE["minutes"] == MAX_DAY_TOTAL["minutes"] == 1440
    # no sum of a realistic number of cells can come near 2^63 - 1
    assert max(MAX_VALUE.values()) * 10**12 < BIG


def test_a_value_over_its_metric_bound_is_rejected_with_its_reason(collector):
    kiosk = FakeKiosk(collector).enrolled()
    cells = []
    for i, metric in enumerate(METRICS):
        day = f"2025-03-{1 + i:02d}"
        # minutes: one cell per day, so the day total stays within bounds too
        cells.append(cell(day, metric, value=MAX_VALUE[metric], **DIMS))
        cells.append(cell(f"2025-04-{1 + i:02d}", metric, value=MAX_VALUE[metric] + 1, **DIMS))
    cells += [cell("2025-05-01", value=BIG, **DIMS), cell("2025-05-02", value=BIG + 1, **DIMS),
              cell("2025-05-03", value=-1, **DIMS)]
    got = reasons(kiosk.post(cells))
    n = len(METRICS)
    assert got == {**{2 * i + 1: "value-too-large" for i in range(n)},
                   2 * n: "value-too-large", 2 * n + 1: "value-too-large", 2 * n + 2: "bad-value"}
    totals = collector.totals(site=kiosk.site)
    assert {t["metric"]: t["value"] for t in totals} == MAX_VALUE  # only the cells at the bound


def test_an_install_day_has_at_most_1440_minutes(collector):
    kiosk = FakeKiosk(collector).enrolled()
    day = "2025-06-10"
    first = kiosk.post([cell(day, "minutes", value=1000, rev=1, module="pista/uno", **DIMS),
                        cell(day, "minutes", value=440, rev=2, module="pista/dos", **DIMS),
                        cell(day, "minutes", value=1, rev=3, module="pista/tres", **DIMS),  # 1441: no
                        cell("2025-06-11", "minutes", value=1, rev=4, module="pista/tres", **DIMS)])
    assert reasons(first) == {2: "day-total-too-large"}
    assert first.json()["accepted"] == 3
    # stored plus incoming: another module that day is refused, the rest of the batch goes through
    second = kiosk.post([cell(day, "minutes", value=5, rev=5, module="pista/cuatro", **DIMS),
                         cell(day, "visits", value=5, rev=6, module="pista/cuatro", **DIMS)])
    assert reasons(second) == {0: "day-total-too-large"} and second.json()["accepted"] == 1
    # a newer value REPLACES its stored cell: lowering one makes room for another, in batch order
    third = kiosk.post([cell(day, "minutes", value=900, rev=7, module="pista/uno", **DIMS),
                        cell(day, "minutes", value=100, rev=8, module="pista/cuatro", **DIMS),
                        cell(day, "minutes", value=1, rev=9, module="pista/cinco", **DIMS)])
    assert reasons(third) == {2: "day-total-too-large"} and third.json()["accepted"] == 2
    # an old rev with another value is "stale" (a restored kiosk), never a day-total refusal
    stale = kiosk.post([cell(day, "minutes", value=1440, rev=1, module="pista/uno", **DIMS)])
    assert stale.json() | {"server_time": None} == {
        "accepted": 0, "unchanged": 0, "rejected": [{"index": 0, "reason": "stale"}], "server_time": None}
    # another install of the same site has its own day
    other = FakeKiosk(collector, site=kiosk.site).enrolled()
    assert reasons(other.post([cell(day, "minutes", value=1440, module="pista/uno", **DIMS)])) == {}
    june = [t for t in collector.totals(site=kiosk.site, metric="minutes") if t["period"] == "2025-06"]
    assert sum(t["value"] for t in june) == 1440 + 1 + 1440


def test_bundles_apply_the_same_bounds(collector, tmp_path):
    kiosk = FakeKiosk(collector).enrolled()
    path = kiosk.bundle(tmp_path, [cell("2025-07-01", value=BIG, **DIMS),
                                   cell("2025-07-02", "minutes", value=1441, **DIMS),
                                   cell("2025-07-03", value=7, **DIMS)])
    done = collector.cli("import-bundle", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert [t["value"] for t in collector.totals(site=kiosk.site)] == [7]


def _store_behind_the_api(collector, kiosk: FakeKiosk, values: list[tuple[str, str, int]]) -> None:
    """Cells written straight into the database, as versions before the bounds accepted them."""
    with collector.engine.begin() as conn:
        site_id = conn.execute(select(Install.site_id).where(Install.install_id == kiosk.install_id)).scalar_one()
        conn.execute(Cell.__table__.insert(), [
            {"site_id": site_id, "install_id": kiosk.install_id, "period": dt.date.fromisoformat(day),
             "metric": metric, "dims": '{"age_band":"12-17","role":"learner"}', "value": value, "rev": 1,
             "updated_at": dt.datetime.now(dt.UTC)}
            for day, metric, value in values
        ])


def test_cells_stored_before_the_bounds_are_left_out_and_nothing_overflows(collector, collector_factory):
    kiosk = FakeKiosk(collector).enrolled()
    this_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # last month
    kiosk.post([cell(this_month.isoformat(), value=40, module="pista/uno", **DIMS)])
    # two 2^63-1 cells in one month (and one over the minutes bound): SQLite's sum() overflowed
    _store_behind_the_api(collector, kiosk, [((this_month + dt.timedelta(days=1)).isoformat(), "visits", BIG),
                                             ((this_month + dt.timedelta(days=2)).isoformat(), "visits", BIG),
                                             ((this_month + dt.timedelta(days=3)).isoformat(), "minutes", 1441)])
    fresh = collector_factory()  # a new process on the same database: nothing cached
    for server in (fresh, collector):
        for path in ("/", "/totales.csv", f"/?sitio={quote(kiosk.site)}", f"/totales.csv?sitio={quote(kiosk.site)}"):
            reply = request("GET", server.base_url + path)
            assert reply.status == 200, (path, reply.status, reply.text[:300])
            assert "18446744073709551614" not in reply.text.replace(".", "")
            assert "9223372036854775807" not in reply.text.replace(".", "")
        everything = request("GET", f"{server.base_url}/v1/totals",
                             headers={"Authorization": f"Bearer {server.admin_token()}"})
        assert everything.status == 200, everything.text
        assert all(t["value"] <= 10**12 for t in everything.json()["totals"])
    assert [(t["metric"], t["value"]) for t in collector.totals(site=kiosk.site)] == [("visits", 40)]
    csv_text = request("GET", f"{fresh.base_url}/totales.csv?sitio={quote(kiosk.site)}").text
    assert f"visits,{this_month:%Y-%m},{kiosk.site},total,total,40" in csv_text
    # the quarantine is said in the log (the first totals of a process count the cells)
    assert "stored cells are over their bound" in fresh.log_tail(200)
    # a stored 2^63-1 minutes cell does not block a day that the kiosk later sends within bounds
    day = (this_month + dt.timedelta(days=4)).isoformat()
    _store_behind_the_api(collector, kiosk, [(day, "minutes", BIG)])
    assert reasons(kiosk.post([cell(day, "minutes", value=1440, module="pista/uno", **DIMS)])) == {}
