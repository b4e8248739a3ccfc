"""kiosk.core.secrets: memory-hard hashes with the parameters inside, rules for PINs."""

from __future__ import annotations

import hashlib
import hmac
import logging
import unicodedata

import pytest

from kiosk.core import secrets
from kiosk.core.errors import InputProblem

FAST = secrets.ScryptParams(n=2**14, r=8, p=1)  # memory-hard still, quicker for the tests


def test_hash_is_scrypt_memory_hard_with_parameters_in_the_string():
    stored = secrets.hash_secret("4826")
    assert stored.startswith("$scrypt$")
    params = secrets.parameters(stored)
    assert params is not None
    assert params.n >= 2**14 and params.r >= 8 and params.p >= 1
    assert params.memory_bytes >= 16 * 1024 * 1024  # 16 MB per guess
    assert "4826" not in stored


def test_each_secret_gets_its_own_salt():
    first, second = secrets.hash_secret("4826", FAST), secrets.hash_secret("4826", FAST)
    assert first != second
    assert first.split("$")[3] != second.split("$")[3]  # the salts differ
    assert secrets.verify_secret("4826", first) and secrets.verify_secret("4826", second)


def test_verify_right_and_wrong():
    stored = secrets.hash_secret("clave-segura", FAST)
    assert secrets.verify_secret("clave-segura", stored)
    assert not secrets.verify_secret("clave-segurA", stored)
    assert not secrets.verify_secret("", stored)
    assert not secrets.verify_secret("x" * 500, stored)


def test_the_key_is_the_scrypt_of_the_salt_and_secret():
    """The string really is scrypt(secret, salt, n, r, p), not something that only looks so."""
    stored = secrets.hash_secret("739150")
    params = secrets.parameters(stored)
    salt, key = (secrets._unb64(part) for part in stored.split("$")[3:5])
    expected = hashlib.scrypt(b"739150", salt=salt, n=params.n, r=params.r, p=params.p,
                              maxmem=params.memory_bytes * 2, dklen=len(key))
    assert expected == key


def test_comparison_is_constant_time(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(secrets.hmac, "compare_digest", spy)
    stored = secrets.hash_secret("4826", FAST)
    assert not secrets.verify_secret("4827", stored)
    assert calls == [(32, 32)]


def test_composed_and_decomposed_accents_are_the_same_password():
    composed = unicodedata.normalize("NFC", "contraseña")
    decomposed = unicodedata.normalize("NFD", "contraseña")
    assert composed != decomposed
    assert secrets.verify_secret(decomposed, secrets.hash_secret(composed, FAST))


@pytest.mark.parametrize(("secret", "reason"), [
    ("", "secret-empty"),
    ("123", "pin-too-short"),
    ("1234", None),
    ("12345678", None),
    ("123456789012", None),  # long digit strings pass as a password of 6+ characters
    ("abcde", "password-too-short"),
    ("abcdef", None),
    ("١٢٣٤", "password-too-short"),  # Arabic-Indic digits are not a keypad PIN
    ("x" * 129, "secret-too-long"),
])
def test_rules(secret, reason):
    assert secrets.secret_problem(secret) == reason
    if reason is None:
        secrets.check_secret(secret)
    else:
        with pytest.raises(secrets.SecretRuleProblem) as caught:
            secrets.hash_secret(secret)
        assert caught.value.code == reason
        assert isinstance(caught.value, InputProblem)
        assert secret not in str(caught.value) or not secret  # the message never repeats it


def test_rule_messages_are_spanish():
    with pytest.raises(secrets.SecretRuleProblem, match="El PIN tiene que tener de 4 a 8 números"):
        secrets.check_secret("12")


@pytest.mark.parametrize(("secret", "guessable"), [
    ("0000", True), ("1234", True), ("98765", True), ("4826", False), ("1243", False), ("abcdef", False),
])
def test_guessable_pins(secret, guessable):
    assert secrets.is_guessable(secret) is guessable


@pytest.mark.error_logs_expected  # a malformed hash is logged (without its content)
@pytest.mark.parametrize("stored", [
    "",
    "plain-text-pin",
    "$scrypt$n=16384,r=8,p=5$bad*base64$AAAA",
    "$scrypt$n=1073741824,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  # 2**30: refused
    "$scrypt$n=1000,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  # not a power of 2
])
def test_malformed_or_unsafe_hashes_never_match_and_are_logged_without_content(stored, caplog):
    with caplog.at_level(logging.ERROR, logger="kiosk.secrets"):
        assert not secrets.verify_secret("4826", stored)
    assert "malformed" in caplog.text
    if stored:
        assert stored not in caplog.text


def test_weaker_hashes_need_a_rehash():
    weak = secrets.hash_secret("4826", secrets.ScryptParams(n=2**10, r=8, p=1))
    assert secrets.verify_secret("4826", weak)
    assert secrets.needs_rehash(weak)
    assert not secrets.needs_rehash(secrets.hash_secret("4826"))
    assert secrets.needs_rehash("garbage")
