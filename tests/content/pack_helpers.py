"""Lesson packs for the pack tests: a bundled tree (``KIOSK_LESSONS``) holding one module at
1.0.0 and pack sources of the same module at other versions, signed with the development key
(whose private half lives only here, in tests/).  Named uniquely, not ``conftest``."""

from __future__ import annotations

import base64
from pathlib import Path

from lesson_tree import LESSON_ES, MODULE, MODULE_ID, MODULE_YAML, PNG, SLUG, TRACK, TRACK_YAML, Tree

from kiosk.content.packs import build_pack

DEV_KEY = Path(__file__).resolve().parent / "fixtures" / "telecentro-dev.key"
LESSON_ID = f"{MODULE_ID}/{SLUG}"
OTHER = "otro-modulo"  # a second bundled module, which no pack touches
OTHER_LESSON_ID = f"{TRACK}/{OTHER}/primera"

__all__ = ["DEV_KEY", "LESSON_ID", "MODULE_ID", "OTHER_LESSON_ID", "write_tree", "make_pack", "foreign_key"]


def write_tree(root: Path, version: str = "1.0.0", *, other: bool = False, title: str = "Contraseñas fuertes") -> Path:
    """A lessons root with the test module at ``version`` (and, with ``other``, a second module)."""
    tree = Tree(root)
    tree.write(f"{TRACK}/track.yaml", TRACK_YAML)
    tree.write(f"{TRACK}/{MODULE}/module.yaml", MODULE_YAML.replace('version: "1.0.0"', f'version: "{version}"'))
    tree.write(f"{TRACK}/{MODULE}/img/candado.png", PNG)
    tree.lesson(LESSON_ES.replace("title: Contraseñas fuertes", f"title: {title}"))
    if other:
        tree.add_module(OTHER, {"primera": LESSON_ES})
    return root


def make_pack(tmp: Path, version: str, *, key: Path = DEV_KEY, publisher: str = "telecentro",
              pack_id: str = "secretos", title: str | None = None) -> Path:
    """A signed zip of the test module at ``version``."""
    source = write_tree(tmp / f"src-{version}", version, title=title or f"Contraseñas {version}")
    out = tmp / f"{pack_id}-{version}.zip"
    build_pack(source, key, out, pack_id=pack_id, publisher=publisher)
    return out


def foreign_key(tmp: Path) -> Path:
    """A raw Ed25519 private key file nobody trusts."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives import serialization

    raw = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                     serialization.NoEncryption())
    path = tmp / "foreign.key"
    path.write_text(base64.b64encode(raw).decode("ascii"))
    return path
