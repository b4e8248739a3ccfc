"""Text the database refuses is a 400 (never a 500), and the public CSV injects no formulas.

A real collector process (SQLite, and PostgreSQL when KIOSK_TEST_POSTGRES_URL is set: there a
NUL in a text parameter made psycopg fail with a plain-text 500).
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import uuid
from urllib.parse import quote

from sqlalchemy import update

from kiosk.collector import cli
from kiosk.collector.models import Site
from kiosk.core.names import clean_name
from tests.collector.harness import ROOT, SCHEMA, FakeKiosk, cell, request

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def admin(collector) -> dict[str, str]:
    return {"Authorization": f"Bearer {collector.admin_token()}"}


def test_a_nul_in_any_totals_parameter_is_a_400_with_a_reason(collector):
    headers = admin(collector)
    for query in ("site=a%00b", "site=%00", "from=2025-01%00", "metric=visits%00", "to=%00", "limit=5%00",
                  "cursor=%00", "other=%00", "na%00me=x", "site=ok&site=%00"):
        reply = request("GET", f"{collector.base_url}/v1/totals?{query}", headers=headers)
        assert reply.status == 400, (query, reply.status, reply.text)
        assert reply.headers["content-type"] == "application/json"
        assert reply.json()["error"] == "bad-parameter", query
    # bytes that are not UTF-8 arrive as U+FFFD: an unknown site, no error
    reply = request("GET", f"{collector.base_url}/v1/totals?site=%ED%A0%80%FF", headers=headers)
    assert reply.status == 200 and reply.json() == {"totals": [], "next": None}


def test_a_nul_on_the_public_page_and_csv_is_a_400(collector):
    for path in ("/", "/totales.csv"):
        for query in ("sitio=a%00b", "metrica=%00", "desde=2025-01%00", "hasta=%00", "x%00=1"):
            reply = request("GET", f"{collector.base_url}{path}?{query}")
            assert reply.status == 400, (path, query, reply.status, reply.text[:200])
            assert reply.headers["content-type"].startswith("text/html")
            assert "Pedido no válido" in reply.text
        assert request("GET", f"{collector.base_url}{path}?sitio=%ED%A0%80").status == 200


def test_nul_or_lone_surrogates_in_json_bodies_are_a_400(collector):
    kiosk = FakeKiosk(collector)
    url = f"{collector.base_url}/v1/enrol"
    code = collector.enrol_code(kiosk.site)
    for doc in ({"code": "AB\x00CD-EFGH", "install_id": kiosk.install_id, "public_key": kiosk.public_key},
                {"code": "\ud800", "install_id": kiosk.install_id, "public_key": kiosk.public_key},
                {"code": code, "install_id": kiosk.install_id + "\x00", "public_key": kiosk.public_key},
                {"code": code, "install_id": kiosk.install_id, "public_key": kiosk.public_key, "x\x00": 1}):
        reply = request("POST", url, doc)
        assert reply.status == 400, (doc, reply.status, reply.text)
        assert reply.json()["error"] == "malformed"
    assert kiosk.enrol(code).status == 200  # the code was not used up by the refused requests
    good = cell("2025-02-03", value=6, role="learner", age_band="8-11")
    for body in (kiosk.batch([{**good, "dims": {"role": "learner\x00"}}]),
                 kiosk.batch([{**good, "dims": {"module": "\udcff"}}]),
                 kiosk.batch([good]) | {"sent_at": "2025-02-03T00:00:00Z\x00"},
                 kiosk.batch([good]) | {"install_id": kiosk.install_id + "\x00"},
                 {"schema": SCHEMA + "\x00"}):
        reply = kiosk.post([], body=body)
        assert reply.status == 400, (body, reply.status, reply.text)
        assert reply.json()["error"] == "malformed"
    assert kiosk.post([good]).json()["accepted"] == 1


def test_the_cli_refuses_site_names_the_database_cannot_hold(collector, capsys):
    assert cli.main(["enrol-code", "--db", collector.db_url, "--site", "Sitio\x00 uno"]) == 2
    assert "no se puede guardar" in capsys.readouterr().err
    # bytes that are not UTF-8 on the command line (Python reads them as lone surrogates)
    done = subprocess.run([sys.executable, "-m", "kiosk.collector", "enrol-code", "--db", collector.db_url,
                           "--site", b"Sitio \xff\xfe"], capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2, done.stderr
    assert b"Traceback" not in done.stderr and "no se puede guardar".encode() in done.stderr
    assert done.stdout == b""


def read_csv(collector, site: str) -> list[list[str]]:
    reply = request("GET", f"{collector.base_url}/totales.csv?desde=2020-01&sitio={quote(site)}")
    assert reply.status == 200, reply.text
    return list(csv.reader(io.StringIO(reply.text, newline="")))


def test_site_names_cannot_inject_formulas_in_the_csv(collector):
    tag = uuid.uuid4().hex[:8]
    # names as an operator types them (the collector cleans them: no tab or CR survives) ...
    typed = [f"=HYPERLINK(\"http://x/{tag}\")", f"+1+1 {tag}", f"-2+3 {tag}", f"@SUM(A1) {tag}",
             f"\t=1+2 {tag}", f"  -3 {tag}"]
    # ... and names as an older version may have stored them (straight into the database)
    stored = [f"\t=4+4 {tag}", f"\r=5+5 {tag}", f"\n-6 {tag}"]
    sites = []
    for name in typed + stored:
        kiosk = FakeKiosk(collector, site=name if name in typed else f"plain {uuid.uuid4().hex}").enrolled()
        kiosk.post([cell("2025-01-05", value=7, role="learner", age_band="adult")])
        if name in stored:
            with collector.engine.begin() as conn:
                conn.execute(update(Site).where(Site.name == kiosk.site).values(name=name))
            sites.append(name)
        else:
            sites.append(clean_name(name))
    for site in sites:
        rows = read_csv(collector, site)
        assert len(rows) == 3, (site, rows)  # header, the cell, the total
        for row in rows[1:]:
            shown = row[2]
            assert shown.startswith("'"), (site, row)
            assert shown[1:] == " ".join(site.split()), (site, row)
            assert not any(value.startswith(FORMULA_START) for value in row), row
