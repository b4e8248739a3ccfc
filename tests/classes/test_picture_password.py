"""Picture passwords: only a slow salted hash is stored (old fast ones still open, once), 5
wrong tries pause the profile for 1, 5, 15, then 60 minutes, a teacher lifts the pause, a
profile without pictures cannot be claimed without a teacher, staff reset clears it, and the
site setting turns the feature on."""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core import secrets
from kiosk.core.errors import InputProblem, Refused
from kiosk.people.picture_password import (
    GRANT_SECONDS,
    LOCK_SECONDS,
    MAX_TRIES,
    PAUSE_MINUTES,
    PICTURES,
    SEQUENCE_LEN,
    CheckResult,
    hash_sequence,
    is_legacy,
    picture_names,
    picture_path,
    random_sequence,
    sequence_length,
    sequence_matches,
)

T0 = datetime(2025, 5, 2, 14, 0, tzinfo=UTC)
SEQ = ("manzana", "barco", "llave", "perro")
WRONG = ("llave", "barco", "manzana", "perro")  # the same pictures in another order
OLD_SEQ = ("manzana", "barco", "llave")
TEACHER_PIN = "4826"


@pytest.fixture()
def ana(store):
    return store.learners.register("Ana", "tatu.svg", "8-11", "learner")


@pytest.fixture()
def teacher(store, monkeypatch):
    from kiosk.people.staff import StaffService

    monkeypatch.setattr(StaffService, "params", secrets.ScryptParams(n=2**14, r=8, p=1))
    zulma = store.staff.create("Zulma", "coordinator", "739150")
    return store.staff.create("Pedro", "teacher", TEACHER_PIN, by=zulma.id)


def secret_in_db(home, learner_id, columns="picture_secret, picture_failed_tries, picture_locked_until"):
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return con.execute(f"SELECT {columns} FROM learners WHERE id = ?", (learner_id,)).fetchone()
    finally:
        con.close()


def write_secret(home, learner_id, secret):
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        con.execute("UPDATE learners SET picture_secret = ? WHERE id = ?", (secret, learner_id))
        con.commit()
    finally:
        con.close()


def legacy_hash(sequence):
    """A secret exactly as the kiosk stored it before issue 9: fast scrypt, 3 pictures."""
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(",".join(sequence).encode(), salt=salt, n=2**12, r=8, p=1, dklen=32)
    return f"scrypt$4096$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_twelve_bundled_pictures_with_names():
    assert len(PICTURES) == 12 == len(set(PICTURES)) and SEQUENCE_LEN == 4
    for key in PICTURES:
        text = picture_path(key).read_text(encoding="utf-8")
        assert text.startswith("<svg") and "<text" not in text  # no words in pictures
    for lang in ("es", "en"):
        names = picture_names(lang)
        assert all(names[key] != key for key in PICTURES)  # every picture named in pictures.yaml
    assert picture_names("es")["helado"] == "Helado" and picture_names("en")["auto"] == "Car"


def test_the_hash_is_slow_salted_and_never_the_sequence():
    one, two = hash_sequence(SEQ), hash_sequence(SEQ)
    assert one != two  # a new salt each time
    for secret in (one, two):
        # the staff secrets' scrypt with its own parameters (n=2**14, r=8, p=5: ~0.1-0.3 s a check)
        assert secret.startswith("pictures4$scrypt$n=16384,r=8,p=5$")
        assert secrets.parameters(secret.removeprefix("pictures4")) == secrets.CURRENT
        assert not any(key in secret for key in SEQ) and ",".join(SEQ) not in secret
        assert sequence_length(secret) == 4 and not is_legacy(secret)
        assert sequence_matches(secret, SEQ)
        assert not sequence_matches(secret, WRONG)  # order matters
        assert not sequence_matches(secret, SEQ[:3])
    assert not sequence_matches("garbage", SEQ) and sequence_length("garbage") is None


def test_an_old_fast_secret_still_matches():
    old = legacy_hash(OLD_SEQ)
    assert is_legacy(old) and sequence_length(old) == 3
    assert sequence_matches(old, OLD_SEQ)
    assert not sequence_matches(old, ("barco", "manzana", "llave")) and not sequence_matches(old, SEQ)


@pytest.mark.parametrize("bad", [("manzana", "barco", "llave"), ("manzana", "manzana", "barco", "llave"),
                                 ("manzana", "barco", "llave", "sol"), SEQ + ("auto",)])
def test_a_sequence_is_four_different_known_pictures(bad):
    with pytest.raises(InputProblem):
        hash_sequence(bad)


def test_set_and_verify(store, home, ana):
    service = store.pictures
    assert service.verify(ana.id, SEQ, now=T0).result is CheckResult.UNSET
    service.set(ana.id, SEQ, now=T0)
    stored, tries, locked = secret_in_db(home, ana.id)
    assert stored.startswith("pictures4$scrypt$") and "manzana" not in stored and tries == 0 and locked is None
    assert service.state(ana.id, now=T0).length == 4
    assert service.verify(ana.id, SEQ, now=T0).ok
    wrong = service.verify(ana.id, WRONG, now=T0)
    assert wrong.result is CheckResult.WRONG and wrong.tries_left == MAX_TRIES - 1
    assert service.verify(ana.id, SEQ, now=T0).ok  # a right one clears the count
    assert secret_in_db(home, ana.id)[1] == 0


def pause(service, learner_id, at):
    """5 wrong tries at ``at``: the last one's answer."""
    for _ in range(MAX_TRIES - 1):
        assert service.verify(learner_id, WRONG, now=at).result is CheckResult.WRONG
    return service.verify(learner_id, WRONG, now=at)


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


def test_each_pause_in_a_row_is_longer_and_a_right_sign_in_starts_again(store, home, ana):
    assert PAUSE_MINUTES == (1, 5, 15, 60)
    service = store.pictures
    service.set(ana.id, SEQ, now=T0)
    at, pauses = T0, []
    for _ in range(6):
        check = pause(service, ana.id, at)
        assert check.result is CheckResult.LOCKED
        pauses.append(check.locked_seconds // 60)
        assert service.verify(ana.id, SEQ, now=at + timedelta(seconds=check.locked_seconds - 1)).result \
            is CheckResult.LOCKED
        at += timedelta(seconds=check.locked_seconds)  # the pause is over: guessing again
    assert pauses == [1, 5, 15, 60, 60, 60]
    assert secret_in_db(home, ana.id, "picture_lock_level") == (4,)
    assert service.verify(ana.id, SEQ, now=at).ok  # the owner: level back to 0
    assert secret_in_db(home, ana.id, "picture_lock_level") == (0,)
    assert pause(service, ana.id, at).locked_seconds == 60


def test_staff_lift_the_pause_and_the_next_one_is_short_again(store, home, ana):
    service = store.pictures
    service.set(ana.id, SEQ, now=T0)
    pause(service, ana.id, T0)
    assert pause(service, ana.id, T0 + timedelta(minutes=1)).locked_seconds == 300
    service.lift_pause(ana.id, now=T0 + timedelta(minutes=2))
    assert secret_in_db(home, ana.id, "picture_failed_tries, picture_locked_until, picture_lock_level") == (0, None, 0)
    state = service.state(ana.id, now=T0 + timedelta(minutes=2))
    assert state.locked_seconds == 0 and state.tries_left == MAX_TRIES and state.has_secret
    assert pause(service, ana.id, T0 + timedelta(minutes=2)).locked_seconds == 60


def test_a_teacher_pin_on_the_picture_screen_lifts_the_pause(store, ana, teacher):
    service = store.pictures
    service.set(ana.id, SEQ, now=T0)
    pause(service, ana.id, T0)
    wrong = service.confirm_by_teacher(ana.id, teacher.id, "1111", now=T0)
    assert not wrong.ok and wrong.outcome.status == "wrong" and wrong.grant is None
    assert service.state(ana.id, now=T0).locked_seconds == 60  # a wrong PIN lifts nothing
    right = service.confirm_by_teacher(ana.id, teacher.id, TEACHER_PIN, now=T0)
    assert right.ok and right.grant is None  # Ana has pictures: nothing to choose
    assert service.state(ana.id, now=T0).locked_seconds == 0 and service.verify(ana.id, SEQ, now=T0).ok


def test_no_claim_without_a_teacher(store, home, ana, teacher):
    """A profile without pictures (made by staff or an import) is not taken by whoever taps it."""
    service = store.pictures
    for grant in (None, "made-up"):
        with pytest.raises(Refused) as refused:
            service.claim(ana.id, SEQ, grant, now=T0)
        assert refused.value.code == "pictures-need-teacher"
    assert secret_in_db(home, ana.id)[0] is None
    assert service.confirm_by_teacher(ana.id, teacher.id, "0000", now=T0).grant is None
    confirmed = service.confirm_by_teacher(ana.id, teacher.id, TEACHER_PIN, now=T0)
    assert confirmed.ok and confirmed.grant
    service.claim(ana.id, SEQ, confirmed.grant, now=T0 + timedelta(seconds=30))
    assert sequence_matches(secret_in_db(home, ana.id)[0], SEQ)
    with pytest.raises(Refused):  # a grant is spent once
        service.claim(ana.id, WRONG, confirmed.grant, now=T0 + timedelta(seconds=31))
    assert service.verify(ana.id, SEQ, now=T0).ok


def test_a_teacher_grant_is_for_one_learner_and_goes_stale(store, ana, teacher):
    service = store.pictures
    luis = store.learners.register("Luis", "sol.svg", "8-11", "learner")
    grant = service.confirm_by_teacher(ana.id, teacher.id, TEACHER_PIN, now=T0).grant
    with pytest.raises(Refused):
        service.claim(luis.id, SEQ, grant, now=T0)  # Ana's teacher confirmation is not Luis's
    with pytest.raises(Refused):
        service.claim(ana.id, SEQ, grant, now=T0 + timedelta(seconds=GRANT_SECONDS))
    # The teacher's wrong PINs count against the teacher's own lock-out.
    for _ in range(4):
        service.confirm_by_teacher(ana.id, teacher.id, "9999", now=T0)
    locked = service.confirm_by_teacher(ana.id, teacher.id, "9999", now=T0)
    assert locked.outcome.status == "locked" and locked.grant is None
    assert service.confirm_by_teacher(ana.id, teacher.id, TEACHER_PIN, now=T0).grant is None


def test_an_old_three_picture_secret_signs_in_once_then_four_are_chosen(store, home, ana):
    service = store.pictures
    write_secret(home, ana.id, legacy_hash(OLD_SEQ))
    assert service.state(ana.id, now=T0).length == 3  # the screen asks for 3 pictures
    assert service.verify(ana.id, ("barco", "manzana", "llave"), now=T0).result is CheckResult.WRONG
    check = service.verify(ana.id, OLD_SEQ, now=T0)
    assert check.ok and check.grant  # signed in, and asked to choose 4 new pictures
    upgraded = secret_in_db(home, ana.id)[0]
    assert upgraded.startswith("pictures3$scrypt$n=16384") and sequence_matches(upgraded, OLD_SEQ)  # slow now
    assert service.state(ana.id, now=T0).length == 3
    again = service.verify(ana.id, OLD_SEQ, now=T0)  # chose nothing yet: still works, asked again
    assert again.ok and again.grant
    service.claim(ana.id, SEQ, again.grant, now=T0)
    assert service.state(ana.id, now=T0).length == 4
    final = service.verify(ana.id, SEQ, now=T0)
    assert final.ok and final.grant is None


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
    assert service.verify(ana.id, SEQ, now=T0).result is CheckResult.UNSET  # picks new ones with a teacher


def test_assign_random_for_a_class_returns_the_sequences_once(store, home):
    ids = [store.learners.register(n, "tatu.svg", "8-11", "learner").id for n in ("Ana", "Luis", "Marta")]
    sequences = store.pictures.assign_random(ids + ids[:1])
    assert sorted(sequences) == sorted(ids)
    for learner_id, seq in sequences.items():
        assert len(seq) == 4 and len(set(seq)) == 4 and set(seq) <= set(PICTURES)
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
