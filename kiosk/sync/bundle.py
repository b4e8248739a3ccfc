"""The USB bundle (PROTOCOL.md "USB bundle"): counts for a collector the kiosk cannot reach.

``telecentro-<site code>-<install id>-<UTC timestamp>.zip`` with exactly

* ``cells.jsonl``   -- every cell the outbox holds (pending or already accepted: the collector's
  revision rule makes any number of imports, in any order, harmless), one JSON object a line;
  cells the collector rejected are left out;
* ``manifest.json`` -- schema, install id, time, count, SHA-256 of cells.jsonl, the install's
  public key and ``enrol_proof``, a proof of the one-time code typed on this kiosk bound to
  this install and key (until an online enrolment succeeded; with it the collector enrols a
  kiosk that never sees a network; the code itself never goes on the stick);
* ``manifest.sig``  -- the raw 64-byte Ed25519 signature of manifest.json's bytes.

The file is written beside its final name and renamed when complete (a pulled-out USB stick
leaves a ``.part`` file, never a half bundle with the right name).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem, StorageProblem
from kiosk.sync import identity, keys
from kiosk.sync.enrol_proof import enrol_proof
from kiosk.sync.outbox import ACCEPTED, PENDING, OutboxService

if TYPE_CHECKING:
    from kiosk.store.store import Store

SCHEMA = "telecentro-bundle/1"
MEMBERS = ("cells.jsonl", "manifest.json", "manifest.sig")


def _slug(text: str | None) -> str:
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:32]


def site_code(store: Store) -> str:
    """The site's code for the file name: the site settings' code, else the name the collector
    gave at enrolment, else "sitio"."""
    from kiosk.people.site import SiteSettings

    code = SiteSettings(store).snapshot().site_code
    if not _slug(code):
        status = OutboxService(store).status()
        code = status.site or ""
    return _slug(code) or "sitio"


def bundle_name(site: str, install_id: str, moment: datetime) -> str:
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"telecentro-{_slug(site) or 'sitio'}-{install_id}-{stamp}.zip"


def build_bundle(cells: list[dict[str, Any]], install_id: str, key: keys.InstallKey,
                 enrol_code: str | None, created_at: datetime, *,
                 chain: list[str] | None = None, fork: dict[str, Any] | None = None
                 ) -> dict[str, bytes]:
    """The three members' bytes (pure apart from the signature)."""
    lines = [json.dumps(c, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
             for c in cells]
    cells_bytes = "".join(line + "\n" for line in lines).encode("utf-8")
    manifest = {
        "schema": SCHEMA,
        "install_id": install_id,
        "created_at": created_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "cells": len(lines),
        "sha256": hashlib.sha256(cells_bytes).hexdigest(),
        "public_key": key.public_key_b64,
        # never the code itself: a proof bound to this install and key (kiosk/sync/enrol_proof.py)
        "enrol_proof": enrol_proof(enrol_code, install_id, key.public_key_b64) if enrol_code else None,
    }
    if chain:
        manifest["chain"] = chain  # PROTOCOL.md "Lineage"
    if fork:
        manifest["fork"] = fork  # PROTOCOL.md "Lineage": the install this one was before
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode(
        "utf-8")
    return {"cells.jsonl": cells_bytes, "manifest.json": manifest_bytes,
            "manifest.sig": key.sign(manifest_bytes)}


@dataclass(frozen=True)
class Exported:
    path: Path
    cells: int
    enrol_code: str | None


def export_bundle(store: Store, home: str | os.PathLike[str], folder: str | os.PathLike[str],
                  *, now: datetime | None = None) -> Exported:
    """Write a bundle of every non-rejected cell into ``folder`` (e.g. a USB stick)."""
    now = now or utcnow()
    outbox = OutboxService(store)
    outbox.fill()
    rows = outbox.cells((PENDING, ACCEPTED))
    cells = [row.to_json() for row in sorted(rows, key=lambda r: r.rev)]
    enrol_code = outbox.offline_code()
    fork = identity.ensure_claim(store, home)
    key = keys.load_or_create(keys.key_path(home))
    target_dir = Path(folder)
    if not target_dir.is_dir():
        raise InputProblem(Code.FOLDER_MISSING, detail=str(target_dir))
    chain = outbox.issue_bundle()  # recorded BEFORE the bundle can leave
    members = build_bundle(cells, outbox.install_id, key, enrol_code, now, chain=chain, fork=fork)

    final = target_dir / bundle_name(site_code(store), outbox.install_id, now)
    part = final.with_name(final.name + ".part")
    try:
        with open(part, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for name in MEMBERS:
                    info = zipfile.ZipInfo(name, date_time=now.astimezone(UTC).timetuple()[:6])
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    zf.writestr(info, members[name])
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(part, final)
    except OSError as exc:
        try:
            part.unlink()
        except OSError:
            pass
        raise StorageProblem(Code.BUNDLE_NOT_WRITTEN, detail=f"{final}: {exc}") from exc
    outbox.mark_bundle_exported(now)
    return Exported(final, len(cells), enrol_code)


@dataclass(frozen=True)
class BundleContents:
    manifest: dict[str, Any]
    cells: list[dict[str, Any]]


def read_bundle(path: str | os.PathLike[str]) -> BundleContents:
    """Open and verify a bundle as the collector would (members, signature, sha256, count);
    ``InputProblem`` when it is not intact.  For the coordinator and the tests."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = sorted(zf.namelist())
            if names != sorted(MEMBERS):
                raise InputProblem(Code.BUNDLE_UNEXPECTED_FILES, detail=", ".join(names))
            parts = {name: zf.read(name) for name in MEMBERS}
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputProblem(Code.BUNDLE_UNREADABLE, detail=str(exc)) from exc
    try:
        manifest = json.loads(parts["manifest.json"].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputProblem(Code.BUNDLE_MANIFEST_DAMAGED, detail=str(exc)) from exc
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise InputProblem(Code.BUNDLE_NOT_OURS)
    if not keys.verify(str(manifest.get("public_key")), parts["manifest.sig"],
                       parts["manifest.json"]):
        raise InputProblem(Code.BUNDLE_SIGNATURE_BAD)
    if hashlib.sha256(parts["cells.jsonl"]).hexdigest() != manifest.get("sha256"):
        raise InputProblem(Code.BUNDLE_CELLS_CHANGED)
    text = parts["cells.jsonl"].decode("utf-8")
    cells = [json.loads(line) for line in text.split("\n") if line]
    if len(cells) != manifest.get("cells"):
        raise InputProblem(Code.BUNDLE_COUNT_MISMATCH)
    return BundleContents(manifest, cells)
