"""Picture passwords: only a salted hash is stored, 5 wrong tries pause the profile for 60 s,
staff reset clears it, and the site setting turns the feature on."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.errors import InputProblem
from kiosk.people.picture_password import (
    LOCK_SECONDS,
    MAX_TRIES,
    PICTURES,
    CheckResult,
    hash_sequence,
    picture_path,
    random_sequence,
    sequence_matches,
)

T0 = datetime(2025, 5, 2, 14, 0, tzinfo=UTC)
SEQ = ("manzana", "barco", "llave")
WRONG = ("llave", "barco", "manzana")  # the same pictures in another order


@pytest.fixture()
def ana(store):
    return store.learners.register("Ana", "tatu.svg", "8-11", "learner")


def secret_in_db(home, learner_id):
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return con.execute("SELECT picture_secret, picture_failed_tries, picture_locked_until FROM learners "
                           "WHERE id = ?", (learner_id,)).fetchone()
    finally:
        con.close()


def test_nine_bundled_pictures():
    assert len(PICTURES) == 9 == len(set(PICTURES))
    for key in PICTURES:
        text = picture_path(key).read_text(encoding="utf-8")
        assert text.startswith("<svg") and "<text" not in text  # no words in pictures


def test_the_hash_is_salted_and_never_the_sequence():
    one, two = hash_sequence(SEQ), hash_sequence(SEQ)
    assert one != two  # a new salt each time
    for secret in (one, two):
        assert secret.startswith("scrypt$")
        assert not any(key in secret for key in SEQ) and ",".join(SEQ) not in secret
        assert sequence_matches(secret, SEQ)
        assert not sequence_matches(secret, WRONG)  # order matters
        assert not sequence_matches(secret, SEQ[:2])
    assert not sequence_matches("garbage", SEQ)


@pytest.mark.parametrize("bad", [("manzana", "barco"), ("manzana", "manzana", "barco"), ("manzana", "barco", "sol")])
def test_a_sequence_is_three_different_known_pictures(bad):
    with pytest.raises(InputProblem):
        hash_sequence(bad)


def test_set_and_verify(store, home, ana):
    service = store.pictures
    assert service.verify(ana.id, SEQ, now=T0).result is CheckResult.UNSET
    service.set(ana.id, SEQ, now=T0)
    stored, tries, locked = secret_in_db(home, ana.id)
    assert stored and "manzana" not in stored and tries == 0 and locked is None
    assert service.verify(ana.id, SEQ, now=T0).ok
    wrong = service.verify(ana.id, WRONG, now=T0)
    assert wrong.result is CheckResult.WRONG and wrong.tries_left == MAX_TRIES - 1
    assert service.verify(ana.id, SEQ, now=T0).ok  # a right one clears the count
    assert secret_in_db(home, ana.id)[1] == 0


def test_five_wrong_tries_pause_the_profile_for_a_minute(store, ana):
    service = store.pictures
    service.set(ana.id, SEQ, now=T0)
    left = [service.verify(ana.id, WRONG, now=T0 + timedelta(seconds=i)).tries_left for i in range(MAX_TRIES - 1)]
    assert left == [4, 3, 2, 1]
    fifth = service.verify(ana.id, WRONG, now=T0 + timedelta(seconds=4))
    assert fifth.result is CheckResult.LOCKED and fifth.locked_seconds == LOCK_SECONDS == 60
    # During the pause even the right pictures do not open it, and taps do not extend it.
    during = service.verify(ana.id, SEQ, now=T0 + timedelta(seconds=34))
    assert during.result is CheckResult.LOCKED and during.locked_seconds == 30
    assert service.state(ana.id, now=T0 + timedelta(seconds=34)).locked_seconds == 30
    assert service.verify(ana.id, SEQ, now=T0 + timedelta(seconds=63)).result is CheckResult.LOCKED
    after = service.verify(ana.id, SEQ, now=T0 + timedelta(seconds=64))
    assert after.ok
    # After a pause the count starts again from 5.
    assert service.verify(ana.id, WRONG, now=T0 + timedelta(seconds=70)).tries_left == 4


def test_staff_reset_clears_the_secret_and_the_pause(store, home, ana):
    service = store.pictures
    service.set(ana.id, SEQ, now=T0)
    for _ in range(MAX_TRIES):
        service.verify(ana.id, WRONG, now=T0)
    assert service.state(ana.id, now=T0).locked_seconds == 60
    service.reset(ana.id, now=T0)
    assert secret_in_db(home, ana.id) == (None, 0, None)
    state = service.state(ana.id, now=T0)
    assert not state.has_secret and state.locked_seconds == 0
    assert service.verify(ana.id, SEQ, now=T0).result is CheckResult.UNSET  # picks new ones at sign-in


def test_assign_random_for_a_class_returns_the_sequences_once(store, home):
    ids = [store.learners.register(n, "tatu.svg", "8-11", "learner").id for n in ("Ana", "Luis", "Marta")]
    sequences = store.pictures.assign_random(ids + ids[:1])
    assert sorted(sequences) == sorted(ids)
    for learner_id, seq in sequences.items():
        assert len(seq) == 3 and len(set(seq)) == 3 and set(seq) <= set(PICTURES)
        assert sequence_matches(secret_in_db(home, learner_id)[0], seq)
    assert store.pictures.learners_with_secret(ids) == set(ids)


def test_random_sequences_vary():
    assert len({random_sequence() for _ in range(30)}) > 20


def test_register_with_pictures(store, home):
    learner = store.pictures.register_learner("Luz", "sol.svg", "8-11", "learner", SEQ)
    assert sequence_matches(secret_in_db(home, learner.id)[0], SEQ)
    with pytest.raises(InputProblem):
        store.pictures.register_learner("Leo", "sol.svg", "8-11", "learner", ("sol",))
    assert [l.display_name for l in store.learners.list_active()] == ["Luz"]  # a bad sequence registers nobody


def test_the_site_setting(store):
    assert store.pictures.enabled() is False
    store.pictures.set_enabled(True)
    assert store.pictures.enabled() is True
    assert store.pictures.enabled()
    store.pictures.set_enabled(False)
    assert store.pictures.enabled() is False
