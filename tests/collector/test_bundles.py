"""USB bundles: `kiosk-collector import-bundle` (a real process) and the upload form."""

from __future__ import annotations

import io
import itertools
import os
import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.collector.bundles import import_bundle
from tests.collector.harness import FakeKiosk, cell, multipart, raw_request, request

CELLS = [cell(f"2025-03-0{d}", "visits", value=10 * d, rev=d, role="learner", age_band="12-17")
         for d in range(1, 6)]


def values(collector, kiosk) -> list[int]:
    return [t["value"] for t in collector.totals(site=kiosk.site)]


def import_cli(collector, path) -> tuple[int, str]:
    done = collector.cli("import-bundle", str(path))
    return done.returncode, done.stdout + done.stderr


def test_a_good_bundle_is_imported(collector, tmp_path):
    kiosk = FakeKiosk(collector).enrolled()
    code, out = import_cli(collector, kiosk.bundle(tmp_path, CELLS))
    assert code == 0, out
    assert "Paquete importado: 5 celdas nuevas o actualizadas, 0 sin cambios, 0 rechazadas." in out
    assert values(collector, kiosk) == [150]
    code, out = import_cli(collector, kiosk.bundle(tmp_path, CELLS))  # again: nothing changes
    assert code == 0
    assert "0 celdas nuevas o actualizadas, 5 sin cambios" in out
    assert values(collector, kiosk) == [150]


def test_a_kiosk_without_network_enrols_through_its_first_bundle(collector, tmp_path):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    status, out = import_cli(collector, kiosk.bundle(tmp_path, CELLS, enrol_code=code))
    assert status == 0, out
    assert values(collector, kiosk) == [150]
    # later it finds a network: the same code, install and key get a token
    assert kiosk.enrol(code).status == 200
    assert kiosk.post(CELLS).json()["unchanged"] == 5  # USB and network never double count
    # the code was used: another install cannot use it in a bundle
    other = FakeKiosk(collector, site=kiosk.site)
    status, out = import_cli(collector, other.bundle(tmp_path, CELLS, enrol_code=code))
    assert status == 1
    assert "ya lo usó otra instalación" in out


def test_network_then_usb_never_double_counts(collector, tmp_path):
    kiosk = FakeKiosk(collector).enrolled()
    assert kiosk.post(CELLS[:3]).json()["accepted"] == 3
    newer = [{**c, "value": c["value"] + 1, "rev": c["rev"] + 10} for c in CELLS[:2]]
    status, out = import_cli(collector, kiosk.bundle(tmp_path, newer + CELLS))
    assert status == 0, out
    assert "4 celdas nuevas o actualizadas, 3 sin cambios" in out
    assert values(collector, kiosk) == [152]


@pytest.mark.parametrize("damage, message", [
    ("tampered", "alterado"),
    ("bad-signature", "firma del paquete no es válida"),
    ("foreign-key", "no es la registrada"),
    ("count", "cantidad de celdas"),
    ("unknown-install", "no está registrada"),
    ("path-escape", "ruta de archivo peligrosa"),
    ("absolute-path", "ruta de archivo peligrosa"),
    ("extra-member", "exactamente cells.jsonl, manifest.json y manifest.sig"),
    ("zip-bomb", "bomba zip"),
    ("not-a-zip", "no es un paquete zip válido"),
    ("bad-manifest", "manifiesto"),
    ("bad-code", "código de alta del paquete no existe"),
])
def test_a_bad_bundle_is_refused_with_the_reason(collector, tmp_path, damage, message):
    kiosk = FakeKiosk(collector).enrolled()
    knobs: dict = {}
    if damage == "tampered":
        text = b"".join(json.dumps(c).encode() + b"\n" for c in CELLS).replace(b'"value": 50', b'"value": 5000')
        good = kiosk.bundle_bytes(CELLS)
        with zipfile.ZipFile(io.BytesIO(good)) as zf:
            parts = {n: zf.read(n) for n in zf.namelist()}
        parts["cells.jsonl"] = text
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for name, data in parts.items():
                zf.writestr(name, data)
        path = tmp_path / "tampered.zip"
        path.write_bytes(out.getvalue())
    else:
        if damage == "bad-signature":
            knobs = {"sign_with": Ed25519PrivateKey.generate()}
        elif damage == "foreign-key":
            knobs = {"manifest_key": Ed25519PrivateKey.generate()}  # self-consistent, but not the enrolled key
        elif damage == "count":
            knobs = {"manifest_changes": {"cells": 4}}
        elif damage == "unknown-install":
            kiosk = FakeKiosk(collector)
        elif damage == "path-escape":
            knobs = {"extra": {"../../etc/cron.d/evil": b"x"}}
        elif damage == "absolute-path":
            knobs = {"extra": {"/tmp/evil": b"x"}}
        elif damage == "extra-member":
            knobs = {"extra": {"notes.txt": b"hola"}}
        elif damage == "zip-bomb":
            knobs = {"cells_text": b" " * (8 * 1024 * 1024)}
        elif damage == "bad-manifest":
            knobs = {"manifest_changes": {"schema": "otro/1"}}
        elif damage == "bad-code":
            kiosk = FakeKiosk(collector)
            knobs = {"enrol_code": "ZZZZ-ZZZZ"}
        path = kiosk.bundle(tmp_path, CELLS, **knobs)
        if damage == "not-a-zip":
            path.write_bytes(b"PK\x03\x04 this is not really a zip")
    status, out = import_cli(collector, path)
    assert status == 1, out
    assert out.startswith("Paquete rechazado: ")
    assert message in out
    assert collector.totals(site=kiosk.site) == []


def test_a_member_over_20_mib_is_refused(collector, tmp_path):
    kiosk = FakeKiosk(collector).enrolled()
    path = tmp_path / "big.zip"
    path.write_bytes(kiosk.bundle_bytes([], cells_text=os.urandom(21 * 1024 * 1024)))  # does not compress
    assert path.stat().st_size < 25 * 1024 * 1024
    status, out = import_cli(collector, path)
    assert status == 1
    assert "más de 20 MiB descomprimido" in out


def test_a_revoked_install_s_bundles_are_refused(collector, tmp_path):
    kiosk = FakeKiosk(collector).enrolled()
    assert collector.cli("revoke", "--install", kiosk.install_id).returncode == 0
    status, out = import_cli(collector, kiosk.bundle(tmp_path, CELLS))
    assert status == 1
    assert "fue revocada" in out


def test_any_order_and_any_number_of_imports_give_the_same_totals(collector):
    """Three bundles with overlapping cells at different revisions, imported in every order, twice."""
    def cells(*triples: tuple[str, int, int]) -> list[dict]:
        return [cell(period, value=value, rev=rev) for period, value, rev in triples]

    first = cells(("2025-04-01", 1, 1), ("2025-04-02", 2, 2), ("2025-05-01", 3, 3))
    second = cells(("2025-04-01", 10, 4), ("2025-04-02", 1, 1), ("2025-05-02", 7, 5))
    third = cells(("2025-04-02", 20, 6), ("2025-05-01", 2, 2), ("2025-05-02", 8, 7))
    expected = [{"period": "2025-04", "value": 30}, {"period": "2025-05", "value": 11}]
    for order in itertools.permutations(range(3)):
        kiosk = FakeKiosk(collector).enrolled()
        bundles = [kiosk.bundle_bytes(part) for part in (first, second, third)]
        for index in list(order) + list(reversed(order)) + [order[0]]:
            assert import_bundle(collector.engine, bundles[index]).ok
        got = [{"period": t["period"], "value": t["value"]} for t in collector.totals(site=kiosk.site)]
        assert got == expected, order


def test_imports_are_recorded(collector, tmp_path):
    from sqlalchemy import select

    from kiosk.collector.models import BundleImport

    kiosk = FakeKiosk(collector).enrolled()
    assert import_bundle(collector.engine, kiosk.bundle_bytes(CELLS)).ok
    assert not import_bundle(collector.engine, kiosk.bundle_bytes(CELLS, sign_with=Ed25519PrivateKey.generate())).ok
    with collector.engine.connect() as conn:
        results = conn.execute(
            select(BundleImport.result).where(BundleImport.install_id == kiosk.install_id).order_by(BundleImport.id)
        ).scalars().all()
    assert results == ["imported: accepted=5 unchanged=0 rejected=0", "refused: bad-signature"]


def test_bad_cells_in_a_good_bundle_are_rejected_alone(collector):
    kiosk = FakeKiosk(collector).enrolled()
    result = import_bundle(collector.engine, kiosk.bundle_bytes(CELLS + [cell("2025-03-01", "clicks")]))
    assert result.ok
    assert (result.accepted, result.rejected) == (5, [{"index": 5, "reason": "unknown-metric"}])


def test_uploading_a_bundle_on_the_page(collector):
    kiosk = FakeKiosk(collector).enrolled()
    page = request("GET", f"{collector.base_url}/")
    assert 'action="/paquetes"' in page.text and 'name="token"' in page.text
    url = f"{collector.base_url}/paquetes"

    def upload(token: str, data: bytes):
        body, content_type = multipart({"token": token}, {"paquete": ("telecentro.zip", data)})
        return request("POST", url, body, {"Content-Type": content_type})

    reply = upload("not-an-admin-token", kiosk.bundle_bytes(CELLS))
    assert reply.status == 401
    assert "clave de administración no es válida" in reply.text
    assert collector.totals(site=kiosk.site) == []

    admin = collector.admin_token()
    reply = upload(admin, kiosk.bundle_bytes(CELLS, sign_with=Ed25519PrivateKey.generate()))
    assert reply.status == 422
    assert "Paquete rechazado" in reply.text and "firma" in reply.text

    reply = upload(admin, kiosk.bundle_bytes(CELLS))
    assert reply.status == 200, reply.text
    assert "Paquete importado: 5 celdas nuevas o actualizadas" in reply.text
    assert values(collector, kiosk) == [150]

    head = (b"POST /paquetes HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\n"
            b"Content-Length: %d\r\n\r\n" % (26 * 1024 * 1024))
    status, _body = raw_request(collector.base_url, head, [b"x" * 65536] * 416)
    assert status == 413
