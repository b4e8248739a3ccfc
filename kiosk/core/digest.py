"""SHA-256 without loading OpenSSL, where Python carries its own (the window's memory, issue 14.5).

``import hashlib`` loads OpenSSL's libcrypto (~3.3 MB of the kiosk window's peak memory, 2 GB
PCs).  CPython also has its own SHA-256 (``_sha256``; ``_sha2`` from 3.12) giving the same
digest.  The window computes one at every start (this machine's identity,
``kiosk.sync.identity``) and otherwise needs OpenSSL only for a PIN or a picture password
(scrypt), when ``hashlib`` loads it (``kiosk.core.deferred_modules``).  Any other Python: hashlib.
"""

from __future__ import annotations


def sha256_hex(data: bytes) -> str:
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12+
        except ImportError:
            from hashlib import sha256
    return sha256(data).hexdigest()
