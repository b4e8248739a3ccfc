"""The USB bundle: export, verify with ``cryptography`` directly, refuse tampering; the install
key (0600, made once); the offline enrol code travels until an online enrolment."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.collector.bundles import Refused, unpack
from kiosk.core.errors import InputProblem
from kiosk.backend import Backend
from kiosk.sync import keys
from kiosk.sync.bundle import export_bundle, read_bundle
from kiosk.sync.enrol_proof import enrol_proof
from kiosk.sync.outbox import OutboxService

from .conftest import LESSONS, T0, lesson_day, outbox_values


@pytest.fixture
def busy(store: Backend) -> Backend:
    lucia = store.learners.register("Lucía", "tatu.svg", "8-11", "learner", now=T0)
    for day in range(4):
        sid = store.progress.sign_in(lucia.id, now=T0 + timedelta(days=day))
        lesson_day(store, lucia.id, LESSONS[day % 3], T0 + timedelta(days=day, minutes=2),
                   session_id=sid)
    return store


def test_round_trip_with_an_independent_verifier(busy: Backend, tmp_path: Path) -> None:
    home, usb = tmp_path / "home", tmp_path / "usb"
    home.mkdir()
    usb.mkdir()
    exported = export_bundle(busy.db, home, usb, now=T0)
    assert re.fullmatch(rf"telecentro-sitio-{busy.device_id}-20260302T150000Z\.zip",
                        exported.path.name)
    assert [p.name for p in usb.iterdir()] == [exported.path.name]  # no .part left
    with zipfile.ZipFile(exported.path) as zf:
        assert sorted(zf.namelist()) == ["cells.jsonl", "manifest.json", "manifest.sig"]
        manifest_bytes = zf.read("manifest.json")
        signature = zf.read("manifest.sig")
        cells_bytes = zf.read("cells.jsonl")
    manifest = json.loads(manifest_bytes)
    assert manifest["schema"] == "telecentro-bundle/1"
    assert manifest["install_id"] == busy.device_id and manifest["enrol_proof"] is None
    assert manifest["sha256"] == hashlib.sha256(cells_bytes).hexdigest()
    assert len(signature) == 64
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["public_key"]))
    public.verify(signature, manifest_bytes)  # raises if it does not verify
    lines = cells_bytes.decode("utf-8").splitlines()
    assert len(lines) == manifest["cells"] == exported.cells
    sent = {(c["period"], c["metric"], json.dumps(c["dims"], sort_keys=True, separators=(",", ":"))):
            c["value"] for c in map(json.loads, lines)}
    assert {k: v for k, v in sent.items() if v} == outbox_values(busy)
    assert read_bundle(exported.path).cells == [json.loads(line) for line in lines]
    assert OutboxService(busy.db).status().last_bundle_at == T0


def _rewrite(path: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    change(parts)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out


def test_a_tampered_bundle_is_refused(busy: Backend, tmp_path: Path) -> None:
    good = export_bundle(busy.db, tmp_path, tmp_path).path

    def more_visits(parts):
        parts["cells.jsonl"] = parts["cells.jsonl"].replace(b'"value":1', b'"value":9')

    def forged_manifest(parts):
        manifest = json.loads(parts["manifest.json"])
        manifest["cells"] += 0
        manifest["enrol_code"] = "HACK-HACK"
        parts["manifest.json"] = json.dumps(manifest).encode()

    def other_key(parts):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        parts["manifest.sig"] = Ed25519PrivateKey.generate().sign(parts["manifest.json"])

    def extra_member(parts):
        parts["../evil.sh"] = b"rm -rf /"

    for n, change in enumerate((more_visits, forged_manifest, other_key, extra_member)):
        bad = _rewrite(good, tmp_path / f"bad{n}.zip", change)
        with pytest.raises(InputProblem):
            read_bundle(bad)
        with pytest.raises(Refused):  # the collector's own checks
            unpack(bad.read_bytes())


def test_the_install_key_is_private_and_made_once(busy: Backend, tmp_path: Path) -> None:
    first = export_bundle(busy.db, tmp_path, tmp_path, now=T0)
    second = export_bundle(busy.db, tmp_path, tmp_path, now=T0 + timedelta(seconds=1))
    path = keys.key_path(tmp_path)
    assert path == tmp_path / "sync" / "install.key"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key_a = read_bundle(first.path).manifest["public_key"]
    assert key_a == read_bundle(second.path).manifest["public_key"]
    assert key_a == keys.load_or_create(path).public_key_b64
    assert b"PRIVATE KEY" in path.read_bytes()


def test_the_offline_code_travels_until_an_online_enrolment(busy: Backend, tmp_path: Path) -> None:
    outbox = OutboxService(busy.db)
    outbox.set_offline_code(" ABCD-EFGH ")
    first = export_bundle(busy.db, tmp_path, tmp_path, now=T0)
    manifest = read_bundle(first.path).manifest
    assert first.enrol_code == "ABCD-EFGH" and "enrol_code" not in manifest  # never in clear on the stick
    assert manifest["enrol_proof"] == enrol_proof("ABCD-EFGH", busy.device_id, manifest["public_key"])
    assert export_bundle(busy.db, tmp_path, tmp_path, now=T0 + timedelta(seconds=5)).enrol_code
    outbox.save_enrolment("https://conteos.example.org", "tok", "Luque")
    later = export_bundle(busy.db, tmp_path, tmp_path, now=T0 + timedelta(seconds=9))
    assert read_bundle(later.path).manifest["enrol_proof"] is None


def test_rejected_cells_stay_out_and_the_folder_must_exist(busy: Backend, tmp_path: Path) -> None:
    outbox = OutboxService(busy.db)
    batch = outbox.take_batch()
    outbox.settle(batch, [(0, "period-too-old")])
    exported = export_bundle(busy.db, tmp_path, tmp_path)
    assert exported.cells == len(batch) - 1
    with pytest.raises(InputProblem):
        export_bundle(busy.db, tmp_path, tmp_path / "no-such-stick")
