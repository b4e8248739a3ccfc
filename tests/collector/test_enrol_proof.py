"""A first USB bundle enrols its install with a proof bound to its key, never the code in clear
(issue 13, point 5): whoever copies the stick cannot enrol another install or key with it.
Against a real collector (``kiosk-collector import-bundle`` and the upload page)."""

from __future__ import annotations

import json
import zipfile

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.collector.accounts import sha256_hex
from kiosk.sync.enrol_proof import enrol_proof, normalise_code, proof_matches
from tests.collector.harness import FakeKiosk, cell, multipart, request

CELLS = [cell("2025-07-01", value=4, rev=1, role="learner", age_band="8-11"),
         cell("2025-07-02", value=6, rev=2, role="learner", age_band="8-11")]


def import_cli(collector, path) -> tuple[int, str]:
    done = collector.cli("import-bundle", str(path))
    return done.returncode, done.stdout + done.stderr


def total(collector, kiosk) -> int:
    return sum(row["value"] for row in collector.totals(site=kiosk.site))


def manifest_of(path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def test_the_proof_is_what_the_collector_can_check_from_its_stored_hash():
    kiosk_id, key = "6f1c2a4e-8d3b-4c55-9a1e-0b2c3d4e5f60", "A" * 43 + "="
    proof = enrol_proof(" abcd-efgh ", kiosk_id, key)
    assert proof == enrol_proof("ABCDEFGH", kiosk_id.upper(), key)  # typed loosely: the same
    stored = sha256_hex(normalise_code("ABCD-EFGH"))  # what kiosk-collector keeps
    assert proof_matches(proof, stored, kiosk_id, key)
    assert not proof_matches(proof, stored, kiosk_id, "B" * 43 + "=")  # another key
    assert not proof_matches(proof, stored, "6f1c2a4e-8d3b-4c55-9a1e-0b2c3d4e5f61", key)  # another install
    assert not proof_matches(proof, sha256_hex("ABCDEFGJ"), kiosk_id, key)  # another code


def test_the_first_bundle_enrols_and_the_code_is_nowhere_on_the_stick(collector, tmp_path):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    path = kiosk.bundle(tmp_path, CELLS, enrol_code=code)
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        unpacked = b"".join(zf.read(name) for name in zf.namelist())
    for form in (code, normalise_code(code), code.lower(), normalise_code(code).lower()):
        assert form.encode() not in raw and form.encode() not in unpacked
    manifest = manifest_of(path)
    assert "enrol_code" not in manifest and len(manifest["enrol_proof"]) == 64
    status, out = import_cli(collector, path)
    assert status == 0, out
    assert total(collector, kiosk) == 10
    # the code is used up by this install and key: it may still fetch a token on the network
    assert kiosk.enrol(code).status == 200


def test_a_copied_stick_cannot_enrol_another_key_or_install(collector, tmp_path):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    stick = kiosk.bundle(tmp_path, CELLS, enrol_code=code)
    stolen_proof = manifest_of(stick)["enrol_proof"]

    # a thief with the stick, before the real bundle reaches the collector:
    # (1) another install and key carrying the copied proof
    thief = FakeKiosk(collector, site=kiosk.site)
    forged = thief.bundle(tmp_path, [cell("2025-07-03", value=999, rev=1)],
                          manifest_changes={"enrol_proof": stolen_proof})
    status, out = import_cli(collector, forged)
    assert status == 1 and "código de alta del paquete no existe" in out, out
    # (2) the same install id with the thief's own key
    twin = FakeKiosk(collector, site=kiosk.site)
    twin.install_id = kiosk.install_id
    forged = twin.bundle(tmp_path, [cell("2025-07-03", value=999, rev=1)],
                         manifest_changes={"enrol_proof": stolen_proof})
    status, out = import_cli(collector, forged)
    assert status == 1, out
    # (3) the proof is not the code: the network enrolment does not take it
    reply = thief.enrol(stolen_proof[:9])
    assert reply.status == 401
    assert collector.totals(site=kiosk.site) == []

    # the real first bundle still enrols its own install and key
    status, out = import_cli(collector, stick)
    assert status == 0, out
    assert total(collector, kiosk) == 10
    # and the copy, imported again (as is), changes nothing and enrols nobody else
    assert import_cli(collector, stick)[0] == 0
    assert total(collector, kiosk) == 10
    assert thief.enrol(code).status == 409  # the code is the real install's now


def test_a_proof_made_for_a_used_code_says_so(collector, tmp_path):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    assert kiosk.enrol(code).status == 200  # the code went to this kiosk on the network
    other = FakeKiosk(collector, site=kiosk.site)  # someone who read the code somewhere
    status, out = import_cli(collector, other.bundle(tmp_path, CELLS, enrol_code=code))
    assert status == 1
    assert "ya lo usó otra instalación" in out


def test_the_old_clear_code_no_longer_enrols_and_is_not_used_up(collector, tmp_path):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    old = kiosk.bundle(tmp_path, CELLS, enrol_code=code, clear_code=True)
    status, out = import_cli(collector, old)
    assert status == 1
    assert "código de alta sin proteger" in out and "Actualizá el kiosco" in out
    assert collector.totals(site=kiosk.site) == []
    # the code is still good for the real kiosk (updated: a proof; or on the network)
    status, out = import_cli(collector, kiosk.bundle(tmp_path, CELLS, enrol_code=code))
    assert status == 0, out
    # an install enrolled already: the old field is ignored, its bundles still import
    later = kiosk.bundle(tmp_path, [cell("2025-07-02", value=7, rev=3, role="learner", age_band="8-11")],
                         enrol_code=code, clear_code=True)
    assert import_cli(collector, later)[0] == 0
    assert total(collector, kiosk) == 11


def test_a_malformed_proof_is_a_bad_manifest(collector, tmp_path):
    kiosk = FakeKiosk(collector)
    path = kiosk.bundle(tmp_path, CELLS, manifest_changes={"enrol_proof": "ABCD-EFGH"})
    status, out = import_cli(collector, path)
    assert status == 1 and "enrol_proof" in out


def test_the_upload_page_enrols_a_first_bundle_by_its_proof(collector):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    body, content_type = multipart({"token": collector.admin_token()},
                                   {"paquete": ("t.zip", kiosk.bundle_bytes(CELLS, enrol_code=code))})
    reply = request("POST", f"{collector.base_url}/paquetes", body, {"Content-Type": content_type})
    assert reply.status == 200, reply.text
    assert total(collector, kiosk) == 10
    thief = FakeKiosk(collector, site=kiosk.site)
    thief.key = Ed25519PrivateKey.generate()
    forged = thief.bundle_bytes(CELLS, manifest_changes={"enrol_proof": enrol_proof(
        code, thief.install_id, kiosk.public_key)})  # a proof for someone else's key
    body, content_type = multipart({"token": collector.admin_token()}, {"paquete": ("t.zip", forged)})
    assert request("POST", f"{collector.base_url}/paquetes", body, {"Content-Type": content_type}).status == 422
