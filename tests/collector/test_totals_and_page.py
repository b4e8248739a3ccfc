"""GET /v1/totals (exact), the public page and CSV (small cells hidden), the OpenAPI document."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from urllib.parse import quote

import yaml
from hypothesis import given
from hypothesis import strategies as st

from kiosk.collector.totals import HIDDEN, HIDDEN_MORE, suppress
from tests.collector.harness import ROOT, FakeKiosk, cell, request


def test_totals_sum_over_installs_and_days_into_months(collector):
    one = FakeKiosk(collector).enrolled()
    two = FakeKiosk(collector, site=one.site).enrolled()
    dims = {"role": "learner", "age_band": "8-11"}
    one.post([cell("2025-09-01", value=3, **dims), cell("2025-09-30", value=4, **dims),
              cell("2025-10-01", value=5, **dims), cell("2025-09-15", "minutes", value=100, **dims)])
    two.post([cell("2025-09-01", value=10, **dims), cell("2025-10-31", value=20, **dims),
              cell("2025-09-02", value=1, role="teacher", age_band="adult")])
    totals = collector.totals(site=one.site)
    assert totals == [
        {"period": "2025-09", "site": one.site, "metric": "minutes", "dims": dims, "value": 100},
        {"period": "2025-09", "site": one.site, "metric": "visits", "dims": dims, "value": 17},
        {"period": "2025-09", "site": one.site, "metric": "visits", "dims": {"age_band": "adult", "role": "teacher"},
         "value": 1},
        {"period": "2025-10", "site": one.site, "metric": "visits", "dims": dims, "value": 25},
    ]
    assert [t["value"] for t in collector.totals(site=one.site, metric="visits", **{"from": "2025-10",
                                                                                      "to": "2025-10"})] == [25]
    assert [t["period"] for t in collector.totals(site=one.site, to="2025-09")] == ["2025-09"] * 3


def test_totals_need_an_admin_token(collector):
    url = f"{collector.base_url}/v1/totals"

    def status(query: str = "", token: str | None = None) -> tuple[int, str]:
        reply = request("GET", url + query, headers={"Authorization": f"Bearer {token}"} if token else {})
        return reply.status, reply.text

    assert status()[0] == 401
    kiosk = FakeKiosk(collector).enrolled()
    assert status(token=kiosk.token)[0] == 401
    admin = collector.admin_token()
    assert status(token=admin)[0] == 200, status(token=admin)
    assert status("?from=2025-13", admin)[0] == 400
    assert status("?metric=clicks", admin)[0] == 400
    done = collector.cli("revoke", "--token", admin)
    assert done.returncode == 0, done.stderr
    assert status(token=admin)[0] == 401


# --- suppression (the rule in kiosk/collector/totals.py) ---------------------------------------


def test_suppression_rule():
    a, b, c = ("learner", "8-11"), ("learner", "12-17"), ("teacher", "adult")
    assert suppress({a: 10, b: 20}) == ({a: 10, b: 20}, 30)
    # one small cell: a partner of 5 or more is hidden as "5+" (the smallest that the audit
    # accepts: 9 leaves the 3 its whole 1..4), the total stays
    assert suppress({a: 3, b: 20, c: 9}) == ({a: HIDDEN, b: 20, c: HIDDEN_MORE}, 32)
    # two small cells summing to 4 would be bounded to 1..3 each: a partner too
    assert suppress({a: 3, b: 1, c: 9}) == ({a: HIDDEN, b: HIDDEN, c: HIDDEN_MORE}, 13)
    # a total under 5: only the total
    assert suppress({a: 3}) == ({}, HIDDEN)
    assert suppress({a: 2, b: 2}) == ({}, HIDDEN)
    # a 0 is shown
    assert suppress({a: 0, b: 7}) == ({a: 0, b: 7}, 7)
    # (the proof that no hidden cell can be worked out: tests/collector/test_disclosure.py)


@given(st.dictionaries(st.tuples(st.sampled_from(["learner", "teacher", "parent", ""]),
                                 st.sampled_from(["8-11", "12-17", "adult", ""])),
                       st.integers(0, 40), min_size=1, max_size=12))
def test_what_a_row_shows_is_true(cells):
    shown, total = suppress(cells)
    row_total = sum(cells.values())
    assert total == row_total or (total == HIDDEN and 1 <= row_total <= 4)
    assert shown == {} or set(shown) == set(cells)
    for k, v in shown.items():
        assert v == cells[k] or (v == HIDDEN and 1 <= cells[k] <= 4) or (v == HIDDEN_MORE and cells[k] >= 5)
        assert v == HIDDEN or not 1 <= cells[k] <= 4


# --- the public page and its CSV ------------------------------------------------------------------


def public_page(collector, site: str) -> str:
    reply = request("GET", f"{collector.base_url}/?desde=2020-01&sitio={quote(site)}")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in reply.headers["content-security-policy"]
    return reply.text


def test_the_public_page_hides_small_cells(collector):
    kiosk = FakeKiosk(collector).enrolled()
    kiosk.post([
        cell("2025-11-03", value=3, role="learner", age_band="8-11", module="pista/uno"),
        cell("2025-11-04", value=1, role="learner", age_band="8-11", module="pista/dos"),  # 4 learners 8-11
        cell("2025-11-05", value=17, role="learner", age_band="12-17", module="pista/uno"),
        cell("2025-11-05", value=23, role="parent", age_band="adult", module="pista/uno"),
        cell("2025-11-06", "sessions", value=2, role="teacher", age_band="adult"),
    ])
    page = public_page(collector, kiosk.site)
    assert "<h1>Telecentro: uso de los kioscos</h1>" in page and 'lang="es"' in page
    visits = page[page.index("<h2>Visitas a lecciones"):page.index("</table>", page.index("<h2>Visitas a lecciones"))]
    row = re.findall(r"<td[^>]*>(?:<b>)?([^<]*)", visits.split("<tbody>")[1])
    # month, site, learners 8-11 (4: hidden), learners 12-17 (17: its partner), parents (23), total
    assert row == ["2025-11", kiosk.site, "&lt;5", "5+", "23", "44"]
    sessions = page[page.index("<h2>Ingresos"):].split("</table>")[0]
    assert "<b>&lt;5</b>" in sessions  # a total of 2: hidden, and no breakdown
    assert re.findall(r"<td[^>]*>(?:<b>)?([^<]*)", sessions.split("<tbody>")[1]) == ["2025-11", kiosk.site, "&lt;5"]
    assert ">17<" not in visits and ">4<" not in visits

    reply = request("GET", f"{collector.base_url}/totales.csv?desde=2020-01&sitio={quote(kiosk.site)}")
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(reply.text)))
    assert rows[0] == ["indicador", "mes", "telecentro", "rol", "franja_edad", "valor"]
    assert rows[1:] == [
        ["visits", "2025-11", kiosk.site, "learner", "8-11", "<5"],
        ["visits", "2025-11", kiosk.site, "learner", "12-17", "5+"],
        ["visits", "2025-11", kiosk.site, "parent", "adult", "23"],
        ["visits", "2025-11", kiosk.site, "total", "total", "44"],
        ["sessions", "2025-11", kiosk.site, "total", "total", "<5"],
    ]


def test_the_public_page_counts_new_people_once(collector):
    kiosk = FakeKiosk(collector).enrolled()
    dims = {"role": "learner", "age_band": "12-17"}
    kiosk.post([cell("2025-11-03", "learners_reached", value=6, **dims),  # first sign-ins
                cell("2025-11-03", "learners_reached", value=6, module="pista/uno", **dims),  # first visits
                cell("2025-11-03", "learners_reached", value=5, module="pista/dos", **dims)])
    page = public_page(collector, kiosk.site)
    section = page[page.index("<h2>Personas alcanzadas"):].split("</table>")[0]
    assert "<b>6</b>" in section


def test_the_page_escapes_what_it_shows(collector):
    site = '<script>alert("x")</script> Sitio'
    kiosk = FakeKiosk(collector, site=site).enrolled()
    kiosk.post([cell("2025-11-03", value=9)])
    page = public_page(collector, kiosk.site)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_openapi_document_is_served_and_matches_the_routes(collector):
    reply = request("GET", f"{collector.base_url}/v1/openapi.yaml")
    assert reply.status == 200
    doc = yaml.safe_load(reply.text)
    assert doc["openapi"].startswith("3.")
    assert set(doc["paths"]) == {"/v1/enrol", "/v1/counts", "/v1/fork", "/v1/totals", "/v1/openapi.yaml", "/healthz", "/",
                                 "/totales.csv", "/paquetes"}
    from kiosk.collector.app import create_app

    app = create_app("sqlite:///unused.sqlite3").app
    assert {route.path for route in app.routes} == set(doc["paths"])


def test_the_kiosk_does_not_load_the_collector_or_its_packages():
    code = (
        "import sys, kiosk.cli, kiosk.store.store, kiosk.learning.progress, kiosk.demo\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn', 'psycopg', 'multipart')"
        " or m.startswith('kiosk.collector')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
