"""The install's Ed25519 key pair (signs USB bundles; its public half is sent at enrolment).

The private key lives in ``KIOSK_HOME/sync/install.key`` (PKCS#8 PEM, unencrypted, mode
0600), made once.  ``cryptography`` is imported only when a key is used, so the kiosk's
start-up never pays for it.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.errors import Code, StorageProblem

KEY_FILE = "install.key"


def key_path(home: str | os.PathLike[str]) -> Path:
    return Path(home) / "sync" / KEY_FILE


@dataclass(frozen=True)
class InstallKey:
    _private: Any  # cryptography's Ed25519PrivateKey

    @property
    def public_key_raw(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key_raw).decode("ascii")

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)

    def __repr__(self) -> str:
        return f"InstallKey(public={self.public_key_b64})"


def load_or_create(path: Path) -> InstallKey:
    """The key at ``path``, made (0600, atomically) if there is none yet."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = None
    except OSError as exc:
        raise StorageProblem(Code.SIGNING_KEY_UNREADABLE, detail=str(exc)) from exc
    if data is not None:
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except ValueError as exc:
            raise StorageProblem(Code.SIGNING_KEY_DAMAGED, detail=f"{path}: {exc}") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise StorageProblem(Code.SIGNING_KEY_NOT_ED25519, detail=str(path))
        return InstallKey(key)

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(path.parent, 0o700)
        except OSError:
            pass
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, pem)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            # Another process may have made one meanwhile: keep the first (link fails).
            os.link(tmp, path)
        except FileExistsError:
            os.unlink(tmp)
            return load_or_create(path)
        except OSError:
            os.replace(tmp, path)  # file systems without hard links
        else:
            os.unlink(tmp)
    except OSError as exc:
        raise StorageProblem(Code.SIGNING_KEY_UNSAVED, detail=str(exc)) from exc
    return InstallKey(key)


def verify(public_key_b64: str, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is ``data`` signed by the key ``public_key_b64``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64,
                                                                     validate=True))
        public.verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
