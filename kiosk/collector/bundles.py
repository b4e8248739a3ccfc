"""USB bundles (kiosk/sync/PROTOCOL.md "USB bundle"): check, verify and import.

A bundle is a zip with exactly ``cells.jsonl``, ``manifest.json`` and ``manifest.sig`` (the
Ed25519 signature of ``manifest.json``'s bytes).  The checks, in order:

1. the file is at most ``MAX_BUNDLE_BYTES`` and is a zip;
2. zip safety: no member path that escapes (absolute, ``..``, backslashes, drive letters), exactly
   the three members once each, no encryption, stored or deflated only, each member at most
   ``MAX_MEMBER_BYTES`` unpacked (counted while reading, not taken from the header) and at most
   ``MAX_RATIO``:1 unpacked to packed (declared and actual);
3. ``manifest.json`` is well formed; the signature verifies with the manifest's public key;
   ``cells.jsonl``'s SHA-256 and line count match the manifest;
4. the install: known, not revoked, with that very public key -- or unknown but carrying an
   ``enrol_proof`` of a valid one-time code (kiosk/sync/enrol_proof.py), which binds the install
   and key to the code's site now.  The old ``enrol_code`` (the code in clear, readable by
   whoever copies the stick) no longer enrols anything: ``enrol-code-in-clear``;
5. the cells go through the same checks and the same revision rule as ``POST /v1/counts``
   (a bad cell is rejected alone, as in the API), so any order and any number of imports of the
   same bundles give the same totals.

Every attempt is written to ``bundle_imports``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, select

from kiosk.collector import lineage
from kiosk.collector.accounts import AccountError, bind_install, match_proof, proof_candidates
from kiosk.collector.counts import apply_cells
from kiosk.collector.db import reader, utcnow
from kiosk.collector.models import BundleImport, Install
from kiosk.sync.enrol_proof import PROOF_RE

BUNDLE_SCHEMA = "telecentro-bundle/1"
MEMBERS = ("cells.jsonl", "manifest.json", "manifest.sig")
MAX_BUNDLE_BYTES = 25 * 1024 * 1024
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_RATIO = 100
SHA256_RE = re.compile(r"[0-9a-f]{64}")

MESSAGES = {
    "too-big": "El archivo es demasiado grande (más de 25 MiB): no es un paquete de Telecentro.",
    "not-a-zip": "El archivo no es un paquete zip válido o está dañado.",
    "unsafe-path": "El paquete tiene una ruta de archivo peligrosa ({detail}): se rechaza.",
    "unexpected-members": "El paquete debe tener exactamente cells.jsonl, manifest.json y manifest.sig "
                          "(tiene: {detail}).",
    "encrypted": "El paquete tiene archivos cifrados o comprimidos de una forma no admitida.",
    "member-too-big": "Un archivo del paquete ({detail}) ocupa más de 20 MiB descomprimido.",
    "zip-bomb": "Un archivo del paquete ({detail}) se expande más de 100 veces al descomprimirlo: "
                "parece una bomba zip.",
    "bad-manifest": "El manifiesto (manifest.json) no es válido: {detail}.",
    "bad-signature": "La firma del paquete no es válida: el paquete fue alterado o no lo firmó esa instalación.",
    "sha256-mismatch": "cells.jsonl no coincide con el manifiesto: el paquete fue alterado.",
    "count-mismatch": "La cantidad de celdas de cells.jsonl no coincide con el manifiesto.",
    "bad-encoding": "cells.jsonl no está en UTF-8.",
    "unknown-install": "La instalación {detail} no está registrada y el paquete no trae un código de alta.",
    "wrong-key": "La clave pública del paquete no es la registrada para la instalación {detail}.",
    "install-revoked": "La instalación {detail} fue revocada: sus paquetes ya no se aceptan.",
    "bad-code": "El código de alta del paquete no existe.",
    "code-expired": "El código de alta del paquete venció (dura 14 días): pedí uno nuevo.",
    "code-used": "El código de alta del paquete ya lo usó otra instalación.",
    "install-id-taken": "Esa instalación ya está registrada con otra clave.",
    "install-of-another-site": "Esa instalación ya está registrada en otro telecentro.",
    "install-rewound": "Este paquete viene de una copia más vieja de la instalación (restaurada): el "
                       "recolector ya tiene datos más nuevos de ella. El kiosco lo resuelve solo al "
                       "conectarse; no se importó nada.",
    "bad-claim": "El paquete dice venir de otra instalación, pero su firma no lo prueba.",
    "enrol-proof-unknown": "El código de alta del paquete no existe en este servidor (o venció hace tiempo): "
                           "pedí un código nuevo.",
    "enrol-code-in-clear": "El paquete trae el código de alta sin proteger (un kiosco de una versión anterior): "
                           "por seguridad ya no registra instalaciones. Actualizá el kiosco y exportá el paquete "
                           "de nuevo, o registralo por red.",
}


class Refused(Exception):
    def __init__(self, reason: str, detail: str = "", install_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail
        self.install_id = install_id  # as the manifest says, when it could be read (unverified)

    @property
    def message(self) -> str:
        return MESSAGES.get(self.reason, "Paquete rechazado ({detail}).").format(detail=self.detail or self.reason)


@dataclass
class ImportResult:
    ok: bool
    reason: str = ""  # a reason code when refused
    message: str = ""  # Spanish, for people
    install_id: str | None = None
    accepted: int = 0
    unchanged: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "reason": self.reason, "message": self.message, "install_id": self.install_id,
            "accepted": self.accepted, "unchanged": self.unchanged, "rejected": self.rejected,
        }


@dataclass
class Bundle:
    manifest: dict[str, Any]
    install_id: str
    public_key: str
    enrol_code: str | None  # the old field (the code in clear): refused, never used
    cells: list[Any]
    enrol_proof: str | None = None


def _unsafe(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return True
    return any(part in ("..", ".") for part in name.split("/"))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, counted while reading (the header's sizes may lie)."""
    ceiling = min(limit, MAX_RATIO * max(info.compress_size, 1))
    out = bytearray()
    with zf.open(info) as member:
        while chunk := member.read(64 * 1024):
            out += chunk
            if len(out) > limit:
                raise Refused("member-too-big", info.filename)
            if len(out) > ceiling:
                raise Refused("zip-bomb", info.filename)
    return bytes(out)


def _seekable(data: bytes | IO[bytes]) -> tuple[IO[bytes], int]:
    """A file to read ``data`` from (bytes, or an upload's temporary file) and its size."""
    source = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    size = source.seek(0, io.SEEK_END)
    source.seek(0)
    return source, size


def unpack(data: bytes | IO[bytes]) -> Bundle:
    """Check the zip and the signature; the bundle's parts or ``Refused``."""
    source, size = _seekable(data)
    if size > MAX_BUNDLE_BYTES:
        raise Refused("too-big")
    try:
        zf = zipfile.ZipFile(source)
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise Refused("not-a-zip") from None
    names = [info.filename for info in infos]
    for name in names:
        if _unsafe(name):
            raise Refused("unsafe-path", name[:80])
    if sorted(names) != sorted(MEMBERS):
        raise Refused("unexpected-members", ", ".join(n[:40] for n in names[:10]) or "nada")
    parts: dict[str, bytes] = {}
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused("encrypted")
        limit = MAX_MANIFEST_BYTES if info.filename != "cells.jsonl" else MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise Refused("member-too-big", info.filename)
        if info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Refused("zip-bomb", info.filename)
        try:
            parts[info.filename] = _read_member(zf, info, limit)
        except Refused:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError):
            raise Refused("not-a-zip") from None

    manifest_bytes, signature, cells_bytes = parts["manifest.json"], parts["manifest.sig"], parts["cells.jsonl"]
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused("bad-manifest", "no es JSON") from None
    if not isinstance(manifest, dict) or manifest.get("schema") != BUNDLE_SCHEMA:
        raise Refused("bad-manifest", f"el esquema debe ser {BUNDLE_SCHEMA}")
    try:
        install_id = str(uuid.UUID(str(manifest.get("install_id"))))
    except ValueError:
        raise Refused("bad-manifest", "install_id no es un UUID") from None
    count, digest, enrol_code = manifest.get("cells"), manifest.get("sha256"), manifest.get("enrol_code")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise Refused("bad-manifest", "cells debe ser un número entero")
    if not isinstance(digest, str) or not SHA256_RE.fullmatch(digest):
        raise Refused("bad-manifest", "sha256 debe ser 64 dígitos hexadecimales")
    if enrol_code is not None and not isinstance(enrol_code, str):
        raise Refused("bad-manifest", "enrol_code debe ser texto o null")
    enrol_proof = manifest.get("enrol_proof")
    if enrol_proof is not None and not (isinstance(enrol_proof, str) and PROOF_RE.fullmatch(enrol_proof)):
        raise Refused("bad-manifest", "enrol_proof debe ser 64 dígitos hexadecimales o null")
    try:
        raw_key = base64.b64decode(str(manifest.get("public_key")), validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw_key)
    except ValueError:
        raise Refused("bad-manifest", "public_key no es una clave Ed25519 en base64") from None

    if len(signature) != 64:
        raise Refused("bad-signature", install_id=install_id)
    try:
        key.verify(signature, manifest_bytes)
    except InvalidSignature:
        raise Refused("bad-signature", install_id=install_id) from None
    if hashlib.sha256(cells_bytes).hexdigest() != digest:
        raise Refused("sha256-mismatch", install_id=install_id)
    try:
        text = cells_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("bad-encoding", install_id=install_id) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != count:
        raise Refused("count-mismatch", install_id=install_id)
    cells: list[Any] = []
    for line in lines:
        try:
            cells.append(json.loads(line))
        except ValueError:
            cells.append(None)  # rejected alone as "bad-cell"
    return Bundle(manifest, install_id, base64.b64encode(raw_key).decode("ascii"), enrol_code, cells, enrol_proof)


def import_bundle(engine: Engine, data: bytes | IO[bytes]) -> ImportResult:
    """Verify and import one bundle (its bytes or a file open for reading); never raises for a
    bad bundle (the result says why)."""
    source, _size = _seekable(data)
    hasher = hashlib.sha256()
    while chunk := source.read(1024 * 1024):
        hasher.update(chunk)
    source.seek(0)
    digest = hasher.hexdigest()
    data = source
    install_id: str | None = None
    try:
        bundle = unpack(data)
        install_id = bundle.install_id
        code_hash = _proof_code_hash(engine, bundle) if bundle.enrol_proof else None
        with engine.begin() as conn:
            install = conn.execute(
                select(Install.site_id, Install.public_key, Install.revoked_at)
                .where(Install.install_id == install_id)
                .with_for_update()
            ).first()
            fork = bundle.manifest.get("fork")
            if install is None and isinstance(fork, dict) and fork.get("install_id") == install_id \
                    and fork.get("public_key") == bundle.public_key:
                # A copied or restored kiosk's new install, introduced by its previous one.
                try:
                    site_id = lineage.fork_install(conn, fork).site_id
                except AccountError as exc:
                    raise Refused(exc.error, install_id=install_id) from None
            elif install is None:
                if not bundle.enrol_proof:
                    raise Refused("enrol-code-in-clear" if bundle.enrol_code else "unknown-install", install_id)
                if code_hash is None:
                    raise Refused("enrol-proof-unknown", install_id)
                try:
                    site_id = bind_install(conn, "", install_id, bundle.public_key, code_hash=code_hash).site_id
                except AccountError as exc:
                    raise Refused(exc.error) from None
            elif install.public_key != bundle.public_key:
                raise Refused("wrong-key", install_id)
            elif install.revoked_at is not None:
                raise Refused("install-revoked", install_id)
            else:
                site_id = install.site_id
            try:
                chain = lineage.check_chain(bundle.manifest.get("chain"))
            except lineage.BadChain as exc:
                raise Refused("bad-manifest", str(exc), install_id=install_id) from None
            if chain is not None:
                if lineage.fork_point(conn, install_id, chain) is not None:
                    raise Refused("install-rewound", install_id=install_id)
                lineage.record_chain(conn, install_id, chain, bundle.manifest.get("created_at"))
            outcome = apply_cells(conn, site_id, install_id, bundle.cells)
            result = ImportResult(
                True, "", "", install_id, outcome.accepted, outcome.unchanged, outcome.rejected
            )
            result.message = (
                f"Paquete importado: {result.accepted} celdas nuevas o actualizadas, "
                f"{result.unchanged} sin cambios, {len(result.rejected)} rechazadas."
            )
            _record(conn, digest, install_id,
                    f"imported: accepted={result.accepted} unchanged={result.unchanged} "
                    f"rejected={len(result.rejected)}")
        return result
    except Refused as exc:
        install_id = install_id or exc.install_id
        with engine.begin() as conn:
            _record(conn, digest, install_id, f"refused: {exc.reason}")
        return ImportResult(False, exc.reason, exc.message, install_id)


def _proof_code_hash(engine: Engine, bundle: Bundle) -> str | None:
    """The stored hash of the code the bundle's enrol proof was made from (None: no match, or the
    install is enrolled already and needs none).  Outside the import's write transaction: each
    candidate costs about 50 ms of PBKDF2."""
    with reader(engine).begin() as conn:
        known = conn.execute(select(Install.install_id).where(Install.install_id == bundle.install_id)).first()
        candidates = [] if known is not None else proof_candidates(conn)
    return match_proof(candidates, str(bundle.enrol_proof), bundle.install_id, bundle.public_key)


def _record(conn: Any, digest: str, install_id: str | None, result: str) -> None:
    conn.execute(
        BundleImport.__table__.insert().values(
            sha256=digest, install_id=install_id, imported_at=utcnow(), result=result[:500]
        )
    )
