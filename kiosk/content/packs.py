"""Signed lesson packs (``telecentro-pack/1``): build, sign, read safely, verify.

A pack is a zip or a folder holding::

    pack.json                 the manifest: format, pack id, pack version, publisher, modules
                              with their versions, created, and every other file's SHA-256
    pack.sig                  the Ed25519 signature of pack.json's exact bytes (base64 text)
    lessons/<track>/track.yaml
    lessons/<track>/<module>/module.yaml, <lesson>.<lang>.md, img/...

The signature covers pack.json, and pack.json lists the SHA-256 of every other file, so one
changed byte anywhere is caught and named. The publisher's public key must be one of the
kiosk's trusted publishers (``assets/trusted-publishers/<publisher>.pub``: the raw 32-byte key
in base64, one line). Reading is defensive: a pack comes from a USB stick, so names are checked
(no absolute paths, no ``..``, no symlinks), and files, sizes and compression ratios are
limited while reading (a zip's header is not trusted). Installing lives in
``packs_install.py``. Every refusal is a ``PackRefused`` with a ``kind`` and words a
coordinator understands (``ContentWords``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from kiosk import resources
from kiosk.core.i18n import Context

from .model import version_change

ContentWords = Context("ContentWords")

FORMAT = "telecentro-pack/1"
MANIFEST = "pack.json"
SIGNATURE = "pack.sig"
LESSONS = "lessons"
KEY_SUFFIX = ".pub"

MAX_FILES = 2000  # files in one pack
MAX_FILE_BYTES = 20 * 1024 * 1024  # one file (a picture)
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # the whole pack, unpacked
MAX_RATIO = 200  # unpacked / packed for one zip member (a zip bomb is thousands)
MAX_MANIFEST_BYTES = 1024 * 1024
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_VERSION = re.compile(r"^\d{1,4}\.\d{1,4}(\.\d{1,4})?$")
_NAME_PART = re.compile(r"^[A-Za-z0-9._-]{1,100}$")


class PackRefused(Exception):
    """A pack that is not installed, and why (``kind`` for code and tests; ``message`` for
    people; ``detail`` the file or module concerned, shown as plain text)."""

    def __init__(self, kind: str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


def _refuse(kind: str, message: str, detail: str = "", **params: Any) -> PackRefused:
    return PackRefused(kind, message.format(**params), detail)


@dataclass(frozen=True)
class PackModule:
    id: str  # "<track>/<module>"
    version: str


@dataclass(frozen=True)
class PackManifest:
    pack_id: str
    version: str
    publisher: str
    modules: tuple[PackModule, ...]
    created: str
    files: dict[str, str]  # relative posix path -> sha256 hex


def major(version: str) -> int:
    return int(version.split(".")[0])


def is_newer(new: str, old: str) -> bool:
    return version_change(_semver(old), _semver(new)) is not None


def _semver(version: str) -> str:
    return version if version.count(".") == 2 else version + ".0"


# --- trusted publishers ------------------------------------------------------------------------

def publishers_dir() -> Path:
    return resources.assets_dir() / "trusted-publishers"


def trusted_publishers(folder: Path | None = None) -> dict[str, bytes]:
    """``{publisher id: raw public key}`` of every ``<id>.pub`` in the trusted folder."""
    folder = publishers_dir() if folder is None else folder
    found: dict[str, bytes] = {}
    try:
        files = sorted(folder.glob(f"*{KEY_SUFFIX}"))
    except OSError:
        return found
    for file in files:
        try:
            raw = base64.b64decode(file.read_text(encoding="ascii").strip(), validate=True)
        except (OSError, ValueError):
            continue
        if len(raw) == 32 and _ID.match(file.stem):
            found[file.stem] = raw
    return found


def load_private_key(path: Path) -> Any:
    """An Ed25519 private key from a PEM file (PKCS#8) or a raw 32-byte / base64 seed file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = Path(path).read_bytes()
    if b"-----BEGIN" in data:
        key = serialization.load_pem_private_key(data, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(ContentWords.tr("The key is not an Ed25519 key."))
        return key
    if len(data) != 32:
        try:
            data = base64.b64decode(data.strip(), validate=True)
        except ValueError:
            data = b""
    if len(data) != 32:
        raise ValueError(ContentWords.tr("The key file is neither a PEM nor a raw Ed25519 key."))
    return Ed25519PrivateKey.from_private_bytes(data)


def public_key_text(private_key: Any) -> str:
    """The one line of ``<publisher>.pub`` for a private key."""
    from cryptography.hazmat.primitives import serialization

    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


# --- building ----------------------------------------------------------------------------------

def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """The canonical bytes of pack.json (sorted keys, no spaces): what the signature covers."""
    return json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def build_pack(source: Path, key_file: Path, out: Path, *, pack_id: str | None = None,
               version: str | None = None, publisher: str = "telecentro",
               now: datetime | None = None, checks: Sequence[Any] = ()) -> PackManifest:
    """Sign the lesson tree under ``source`` (a lessons root: ``<track>/track.yaml``,
    ``<track>/<module>/...``) into the zip ``out``, signed with the private key in ``key_file``.
    ``pack_id`` defaults to the folder's name, ``version`` to the highest module version.
    Checks the lessons first (the same checks as ``kiosk lessons check``, plus ``checks``);
    raises ``PackRefused`` when they fail."""
    import tempfile

    source = Path(source)
    with tempfile.TemporaryDirectory(prefix="kiosk-pack-") as tmp:
        copy = Path(tmp) / LESSONS
        shutil.copytree(source, copy, symlinks=True)
        scan = check_lessons(copy, checks)
    key = load_private_key(key_file)
    modules = sorted((PackModule(m.id, m.version) for m in scan.catalog.modules()),
                     key=lambda m: m.id)
    modules += sorted((PackModule(m.id, m.version) for t in scan.catalog.demo_tracks for m in t.modules),
                      key=lambda m: m.id)
    files: dict[str, bytes] = {}
    for path in sorted(source.rglob("*")):
        if path.is_symlink():
            raise _refuse("unsafe", ContentWords.tr("The folder holds a link ({name}): packs hold only plain files."),
                          str(path), name=path.name)
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(source).parts):
            files[f"{LESSONS}/{path.relative_to(source).as_posix()}"] = path.read_bytes()
    manifest = {
        "format": FORMAT,
        "pack": pack_id or _slug(source.name),
        "version": version or max((m.version for m in modules), key=lambda v: tuple(map(int, v.split(".")))),
        "publisher": publisher,
        "modules": [{"id": m.id, "version": m.version} for m in modules],
        "created": (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "files": {name: _sha256(data) for name, data in files.items()},
    }
    data = manifest_bytes(manifest)
    signature = base64.b64encode(key.sign(data)) + b"\n"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, data)
        zf.writestr(SIGNATURE, signature)
        for name, content in files.items():
            zf.writestr(name, content)
    os.replace(tmp, out)
    return parse_manifest(data)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:64]
    return slug or "pack"


def check_lessons(root: Path, checks: Sequence[Any] = ()) -> Any:
    """Run the checks of ``kiosk lessons check`` (``catalog.scan_tree`` plus ``checks``) on the
    lessons root ``root`` (a copy this function may add to: the kiosk's own help lines file is
    put there when the pack has none, as the kiosk would use it); the scan, or the refusal."""
    from .catalog import scan_tree

    help_file = resources.lessons_dir() / "ayuda.yaml"
    if root.is_dir() and not (root / "ayuda.yaml").exists() and help_file.is_file():
        shutil.copyfile(help_file, root / "ayuda.yaml")
    scan = scan_tree(root)
    for extra in checks:
        scan.catalog.problems.extend(extra(scan))
    if scan.catalog.problems or scan.modules_seen == 0:
        raise lessons_refusal(scan, root)
    return scan


def lessons_refusal(scan: Any, root: Path) -> PackRefused:
    """The refusal of a pack whose lessons fail ``kiosk lessons check`` (its first problems,
    as that command prints them)."""
    from .check import format_problem

    problems = scan.catalog.problems
    if not problems:
        return _refuse("lessons", ContentWords.tr("The pack holds no lesson module."))
    lines = [format_problem(p, root) for p in problems[:5]]
    more = len(problems) - len(lines)
    detail = "\n".join(lines) + (f"\n… (+{more})" if more > 0 else "")
    return PackRefused("lessons", ContentWords.tr(
        "The pack's lessons have %n problem(s), the same ones «kiosk lessons check» finds; "
        "nothing was installed.", "", len(problems)), detail)


# --- reading -----------------------------------------------------------------------------------

def _check_name(name: str) -> str:
    """A member's relative posix path, or a refusal (absolute, ``..``, odd characters)."""
    if "\\" in name or name.startswith("/") or ":" in name:
        raise _refuse("unsafe", ContentWords.tr("A file name tries to leave the pack ({name})."), name, name=name)
    parts = PurePosixPath(name).parts
    if not parts or any(p in ("..", ".") or not _NAME_PART.match(p) for p in parts):
        raise _refuse("unsafe", ContentWords.tr("A file name tries to leave the pack ({name})."), name, name=name)
    return "/".join(parts)


def _too_many() -> PackRefused:
    return _refuse("unsafe", ContentWords.tr("The pack has too many files (at most {n})."), n=MAX_FILES)


def _too_big(name: str) -> PackRefused:
    return _refuse("unsafe", ContentWords.tr("A file is too large for a lesson pack ({name})."), name, name=name)


def read_members(source: Path) -> dict[str, bytes]:
    """Every file of a pack (zip or folder) by relative posix name, read within the limits."""
    source = Path(source)
    if source.is_symlink():
        raise _refuse("unsafe", ContentWords.tr("The folder holds a link ({name}): packs hold only plain files."),
                      source.name, name=source.name)
    if source.is_dir():
        return _one_folder_down(_read_folder(source))
    if not source.is_file() or not zipfile.is_zipfile(source):
        raise _refuse("not_a_pack", ContentWords.tr("This is not a lesson pack (neither a pack folder nor a zip)."),
                      source.name)
    return _one_folder_down(_read_zip(source))


def _one_folder_down(members: dict[str, bytes]) -> dict[str, bytes]:
    """A zip made by zipping the pack's folder holds ``<folder>/pack.json``: its files, one level
    down. Names differing only in case are refused (on Windows they would be one file)."""
    folded: set[str] = set()
    for name in members:
        if name.lower() in folded:
            raise _refuse("unsafe", ContentWords.tr("The pack lists a file twice ({name})."), name, name=name)
        folded.add(name.lower())
    if MANIFEST in members or not members:
        return members
    tops = {name.split("/", 1)[0] for name in members}
    if len(tops) == 1 and all("/" in name for name in members):
        top = tops.pop()
        if f"{top}/{MANIFEST}" in members:
            return {name.split("/", 1)[1]: data for name, data in members.items()}
    return members


def _read_folder(root: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    total = 0
    for folder, dirs, names in os.walk(root, followlinks=False):
        for name in sorted(dirs + names):
            path = Path(folder) / name
            mode = os.lstat(path).st_mode
            rel = path.relative_to(root).as_posix()
            if stat.S_ISLNK(mode):
                raise _refuse("unsafe", ContentWords.tr(
                    "The folder holds a link ({name}): packs hold only plain files."), rel, name=rel)
            if stat.S_ISDIR(mode):
                continue
            if not stat.S_ISREG(mode):
                raise _refuse("unsafe", ContentWords.tr(
                    "The folder holds something that is not a file ({name})."), rel, name=rel)
            if any(part.startswith(".") for part in PurePosixPath(rel).parts):
                continue  # .DS_Store and the like, never listed in a manifest
            rel = _check_name(rel)
            if len(found) >= MAX_FILES:
                raise _too_many()
            size = os.lstat(path).st_size
            total += size
            if size > MAX_FILE_BYTES:
                raise _too_big(rel)
            if total > MAX_TOTAL_BYTES:
                raise _too_big(rel)
            found[rel] = path.read_bytes()
    return found


def _read_zip(path: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    total = 0
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_FILES + 2:
                raise _too_many()
            for info in infos:
                mode = info.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise _refuse("unsafe", ContentWords.tr(
                        "The folder holds a link ({name}): packs hold only plain files."),
                        info.filename, name=info.filename)
                if info.is_dir():
                    _check_name(info.filename.rstrip("/"))
                    continue
                name = _check_name(info.filename)
                if name in found:
                    raise _refuse("unsafe", ContentWords.tr("The pack lists a file twice ({name})."), name, name=name)
                if info.file_size > MAX_FILE_BYTES:
                    raise _too_big(name)
                data = bytearray()
                with zf.open(info) as member:  # the header's sizes are not trusted
                    while chunk := member.read(65536):
                        data += chunk
                        if len(data) > MAX_FILE_BYTES or total + len(data) > MAX_TOTAL_BYTES:
                            raise _too_big(name)
                        if len(data) > 1024 * 1024 and len(data) > MAX_RATIO * max(info.compress_size, 1):
                            raise _too_big(name)
                total += len(data)
                found[name] = bytes(data)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise _refuse("not_a_pack", ContentWords.tr("The zip file is damaged or cannot be read."), str(exc)) from exc
    return found


def parse_manifest(data: bytes) -> PackManifest:
    """pack.json's fields, or a ``not_a_pack`` refusal saying what is wrong."""
    def bad(what: str) -> PackRefused:
        return _refuse("not_a_pack", ContentWords.tr("The pack's description (pack.json) is not valid: {what}."),
                       what, what=what)

    if len(data) > MAX_MANIFEST_BYTES:
        raise bad("too large")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad(str(exc)) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _refuse("not_a_pack", ContentWords.tr("This is not a lesson pack (its format is not {format})."),
                      format=FORMAT)
    pack_id, version, publisher = raw.get("pack"), raw.get("version"), raw.get("publisher")
    if not isinstance(pack_id, str) or not _ID.match(pack_id):
        raise bad("pack")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise bad("version")
    if not isinstance(publisher, str) or not _ID.match(publisher):
        raise bad("publisher")
    modules = raw.get("modules")
    if not isinstance(modules, list) or not modules:
        raise bad("modules")
    parsed = []
    for item in modules:
        if not (isinstance(item, dict) and isinstance(item.get("id"), str)
                and isinstance(item.get("version"), str) and _VERSION.match(item["version"])
                and len(item["id"].split("/")) == 2 and all(_ID.match(p) for p in item["id"].split("/"))):
            raise bad("modules")
        parsed.append(PackModule(item["id"], item["version"]))
    files = raw.get("files")
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise bad("files")
    return PackManifest(pack_id, version, publisher, tuple(parsed), str(raw.get("created", "")), dict(files))


def verify_members(members: dict[str, bytes], publishers: dict[str, bytes] | None = None) -> PackManifest:
    """The manifest of a pack whose signature and every file check out, else the refusal:
    ``not_a_pack``, ``unsigned``, ``unknown_publisher``, ``bad_signature``, ``tampered``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if MANIFEST not in members:
        raise _refuse("not_a_pack", ContentWords.tr("This is not a lesson pack: it has no pack.json."))
    manifest = parse_manifest(members[MANIFEST])
    if SIGNATURE not in members:
        raise _refuse("unsigned", ContentWords.tr(
            "The pack is not signed (pack.sig is missing): it cannot be trusted."))
    publishers = trusted_publishers() if publishers is None else publishers
    key = publishers.get(manifest.publisher)
    if key is None:
        raise _refuse("unknown_publisher", ContentWords.tr(
            "The pack is signed by «{publisher}», who is not a trusted publisher of this kiosk."),
            manifest.publisher, publisher=manifest.publisher)
    try:
        signature = base64.b64decode(members[SIGNATURE].strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(signature, members[MANIFEST])
    except (InvalidSignature, ValueError) as exc:
        raise _refuse("bad_signature", ContentWords.tr(
            "The pack's signature does not match: it was changed after it was signed, or signed with "
            "another key."), manifest.publisher) from exc
    for name in sorted(set(members) - {MANIFEST, SIGNATURE}):
        expected = manifest.files.get(name)
        if expected is None:
            raise _refuse("tampered", ContentWords.tr(
                "The pack holds a file that was added after signing: {name}."), name, name=name)
        if _sha256(members[name]) != expected:
            raise _refuse("tampered", ContentWords.tr("A file of the pack was changed after signing: {name}."),
                          name, name=name)
    missing = sorted(set(manifest.files) - set(members))
    if missing:
        raise _refuse("tampered", ContentWords.tr("A file of the pack is missing: {name}."), missing[0],
                      name=missing[0])
    if any(not name.startswith(f"{LESSONS}/") for name in manifest.files):
        raise _refuse("not_a_pack", ContentWords.tr(
            "The pack's description (pack.json) is not valid: {what}."), "files", what="files")
    return manifest
