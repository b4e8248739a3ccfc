"""The enrolment proof of a first USB bundle (PROTOCOL.md "Enrol proof").

A kiosk that never sees a network enrols through its first bundle.  The bundle must not carry
the one-time code itself (whoever copies the stick could enrol another install or key with it,
on the network or in a bundle of their own): it carries a proof that binds the code to this
install id and this public key:

    enrol_proof = hex(PBKDF2-HMAC-SHA256(password = SHA-256(normalised code),
                                         salt = "telecentro-enrol-proof/1\\n" + install_id
                                                + "\\n" + public_key,
                                         iterations = 100 000, length = 32))

The collector stores only SHA-256 of each code, which is all it needs to check the proof; it
tries its few unused, unexpired codes.  The proof is useless for another install or key, and
the iterations make guessing the code from it offline slow (PROTOCOL.md says how slow).

Standard library only: the kiosk (kiosk.sync.bundle) and the collector
(kiosk.collector.bundles) both use this module.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid

ITERATIONS = 100_000
SALT_PREFIX = b"telecentro-enrol-proof/1\n"
PROOF_RE = re.compile(r"[0-9a-f]{64}")


def normalise_code(code: str) -> str:
    """The code as the collector reads it: case, spaces and hyphens ignored."""
    return "".join(code.split()).replace("-", "").upper()


def code_digest(code: str) -> bytes:
    """SHA-256 of the normalised code (the collector keeps its hex)."""
    return hashlib.sha256(normalise_code(code).encode("utf-8")).digest()


def proof_from_digest(digest: bytes, install_id: str, public_key: str) -> str:
    """The proof from a code's SHA-256 (what the collector stores), for this install and key."""
    salt = SALT_PREFIX + f"{str(uuid.UUID(install_id))}\n{public_key}".encode("ascii")
    return hashlib.pbkdf2_hmac("sha256", digest, salt, ITERATIONS, 32).hex()


def enrol_proof(code: str, install_id: str, public_key: str) -> str:
    """The proof the kiosk writes in its bundle's manifest (never the code itself)."""
    return proof_from_digest(code_digest(code), install_id, public_key)


def proof_matches(proof: str, code_hash_hex: str, install_id: str, public_key: str) -> bool:
    """Does ``proof`` come from the code whose SHA-256 hex is ``code_hash_hex``?"""
    try:
        digest = bytes.fromhex(code_hash_hex)
    except ValueError:
        return False
    return hmac.compare_digest(proof, proof_from_digest(digest, install_id, public_key))
