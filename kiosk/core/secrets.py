"""Staff secrets (a PIN or a password): rules, and a memory-hard hash with the standard library.

The hash is scrypt (``hashlib.scrypt``, OpenSSL) with a random 16-byte salt per secret and the
parameters written into the hash string, so they can be raised later without breaking old
hashes (``needs_rehash``):

    $scrypt$n=16384,r=8,p=5$<salt, base64>$<key, base64>

n=2**14, r=8, p=5 is OWASP's minimum for scrypt (Password Storage Cheat Sheet): 16 MB of
memory per hash, about 0.3 s on the 2-core reference machine; memory cost is 128 * n * r bytes,
so a graphics card cannot run many guesses at once.  A 4-digit PIN is still only 10,000
guesses: what protects it is the lock-out (5 wrong tries lock the account for a minute, then
2, 4, 8 ... up to 60 minutes, in ``kiosk.people.staff``) and that the hash never leaves this PC
(the database is readable by the kiosk's user only, ``kiosk.core.private_files``).

Rules: a PIN of 4 to 8 digits, or a password of 6 or more characters; a coordinator's PIN has
at least 6 digits (``coordinator=True``: a million PINs instead of ten thousand, the account
that can change everything).  Nothing here logs or raises with the secret or the hash in the
message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import sys
import unicodedata
from dataclasses import dataclass

from kiosk.core.errors import Code, InputProblem

log = logging.getLogger("kiosk.secrets")

PIN_MIN, PIN_MAX = 4, 8
COORDINATOR_PIN_MIN = 6
PASSWORD_MIN = 6
SECRET_MAX = 128


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**14
    r: int = 8
    p: int = 5
    salt_bytes: int = 16
    key_bytes: int = 32

    @property
    def memory_bytes(self) -> int:
        return 128 * self.n * self.r


CURRENT = ScryptParams()
# A hash string whose parameters are beyond these is refused (a tampered database must not make
# the kiosk spend minutes or gigabytes on one check).
_LIMITS = ScryptParams(n=2**20, r=32, p=16, salt_bytes=64, key_bytes=64)
_PREFIX = "$scrypt$"


class SecretRuleProblem(InputProblem):
    """The secret breaks a rule; ``code`` is one of ``REASONS`` (the UI translates it)."""

    def __init__(self, code: Code) -> None:
        super().__init__(code, **rule_params(code))


# The rules' codes, and the numbers their sentences name.
_RULES: dict[Code, dict[str, int]] = {
    Code.SECRET_EMPTY: {},
    Code.PIN_TOO_SHORT: {"min": PIN_MIN, "max": PIN_MAX},
    Code.PASSWORD_TOO_SHORT: {"min": PASSWORD_MIN, "pin_min": PIN_MIN, "pin_max": PIN_MAX},
    Code.SECRET_TOO_LONG: {"max": SECRET_MAX},
    Code.COORDINATOR_PIN_TOO_SHORT: {"min": COORDINATOR_PIN_MIN, "max": PIN_MAX, "password_min": PASSWORD_MIN},
}
REASONS = tuple(_RULES)


def rule_params(code: Code) -> dict[str, int]:
    """The parameters of a rule's code (for ``SecretRuleProblem`` and the screens)."""
    return dict(_RULES[code])


def is_pin(secret: str) -> bool:
    """Only ASCII digits (a keypad can type it)."""
    return secret.isascii() and secret.isdigit()


def secret_problem(secret: str, *, coordinator: bool = False) -> Code | None:
    """Why ``secret`` is not acceptable (a code from ``REASONS``), or None if it is.
    ``coordinator``: the secret of a coordinator (a PIN of at least ``COORDINATOR_PIN_MIN``)."""
    if not secret:
        return Code.SECRET_EMPTY
    if len(secret) > SECRET_MAX:
        return Code.SECRET_TOO_LONG
    if is_pin(secret):
        # 4-8 digits is a PIN; longer runs of digits pass as a password of 6+ characters.
        if coordinator and len(secret) < COORDINATOR_PIN_MIN:
            return Code.COORDINATOR_PIN_TOO_SHORT
        return Code.PIN_TOO_SHORT if len(secret) < PIN_MIN else None
    if len(secret) < PASSWORD_MIN:
        return Code.PASSWORD_TOO_SHORT
    return None


def check_secret(secret: str, *, coordinator: bool = False) -> None:
    """Raise ``SecretRuleProblem`` if ``secret`` breaks a rule."""
    reason = secret_problem(secret, coordinator=coordinator)
    if reason is not None:
        raise SecretRuleProblem(reason)


def below_coordinator_rule(secret: str) -> bool:
    """A PIN a coordinator may still sign in with (set before the 6-digit rule) but is asked
    to change: digits only, fewer than ``COORDINATOR_PIN_MIN``."""
    return is_pin(secret) and len(secret) < COORDINATOR_PIN_MIN


def is_guessable(secret: str) -> bool:
    """A PIN anyone would try first: one digit repeated ("0000") or a straight run ("1234",
    "9876").  The screens refuse these for new PINs; the rules above do not (old data)."""
    if not is_pin(secret):
        return False
    steps = {int(b) - int(a) for a, b in zip(secret, secret[1:])}
    return steps in ({0}, {1}, {-1})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


_heap_kept_small = False


def big_blocks_given_back() -> None:
    """Before the first scrypt of the process (a PIN or a picture password): its working memory
    (``ScryptParams.memory_bytes``, 16 MB) is one allocation.  glibc serves the first from mmap
    and gives it back, but then raises its mmap threshold to that size, so the next ones come
    from the heap and stay in the process: +16 MB of resident memory from the second check on
    (measured: 25 -> 41 MB, the kiosk's budget is 110).  A fixed threshold (256 KiB) keeps big
    blocks in mmap, given back when freed (the walk's peak is the same with it).  Linux with
    glibc only; elsewhere nothing is done."""
    global _heap_kept_small
    if _heap_kept_small:
        return
    _heap_kept_small = True
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-3, 256 * 1024)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):  # not glibc (musl): its own allocator, nothing to set
        pass


def _derive(secret: str, salt: bytes, params: ScryptParams, key_bytes: int) -> bytes:
    big_blocks_given_back()
    data = unicodedata.normalize("NFC", secret).encode("utf-8")
    return hashlib.scrypt(
        data, salt=salt, n=params.n, r=params.r, p=params.p,
        maxmem=params.memory_bytes + 2 * 1024 * 1024 + 128 * params.r * params.p, dklen=key_bytes,
    )


def hash_secret(secret: str, params: ScryptParams = CURRENT, *, coordinator: bool = False) -> str:
    """A new hash string for ``secret`` (checked against the rules first)."""
    check_secret(secret, coordinator=coordinator)
    salt = os.urandom(params.salt_bytes)
    key = _derive(secret, salt, params, params.key_bytes)
    return f"{_PREFIX}n={params.n},r={params.r},p={params.p}${_b64(salt)}${_b64(key)}"


def _parse(stored: str) -> tuple[ScryptParams, bytes, bytes] | None:
    if not stored.startswith(_PREFIX):
        return None
    try:
        settings, salt_text, key_text = stored[len(_PREFIX):].split("$")
        values = dict(item.split("=", 1) for item in settings.split(","))
        params = ScryptParams(n=int(values["n"]), r=int(values["r"]), p=int(values["p"]))
        salt, key = _unb64(salt_text), _unb64(key_text)
    except (ValueError, KeyError):
        return None
    power_of_two = params.n > 1 and params.n & (params.n - 1) == 0
    if not (
        power_of_two and params.n <= _LIMITS.n and 1 <= params.r <= _LIMITS.r and 1 <= params.p <= _LIMITS.p
        and 8 <= len(salt) <= _LIMITS.salt_bytes and 16 <= len(key) <= _LIMITS.key_bytes
    ):
        return None
    return params, salt, key


def parameters(stored: str) -> ScryptParams | None:
    """The parameters a hash string was made with (None if it is not a valid hash)."""
    parsed = _parse(stored)
    return parsed[0] if parsed else None


def verify_secret(secret: str, stored: str) -> bool:
    """Whether ``secret`` matches the hash string ``stored`` (constant-time comparison).

    A malformed hash string never matches; it is logged (without its content) as a bug."""
    parsed = _parse(stored)
    if parsed is None:
        log.error("a stored secret hash is malformed or has unsafe parameters; it cannot match")
        return False
    params, salt, key = parsed
    if not secret or len(secret) > SECRET_MAX:
        # Still spend the time, so a wrong length is not faster to find out.
        _derive("-", salt, params, len(key))
        return False
    return hmac.compare_digest(_derive(secret, salt, params, len(key)), key)


def needs_rehash(stored: str, params: ScryptParams = CURRENT) -> bool:
    """True when ``stored`` was made with weaker parameters than ``params`` (rehash it after
    the next successful sign-in)."""
    found = parameters(stored)
    return found is None or (found.n, found.r, found.p) < (params.n, params.r, params.p)
