"""Issue 9, point 4: staff PINs that cannot be worn down.

Lock-outs that escalate (1, 2, 4 ... 60 minutes), locks per account, a coordinator's PIN of at
least 6 digits, and the recovery code as the way back from a lock-out, with its own throttle.
Every time is injected (``now=``): no test waits."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core import secrets
from kiosk.core.errors import Code, InputProblem, NotAllowed
from kiosk.people.staff import (
    LEVEL_DECAY,
    LOCK_MAX_SECONDS,
    MAX_TRIES,
    SignInStatus,
    StaffService,
    lock_seconds,
)
from kiosk.backend import Backend

T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
PIN = "739150"
TEACHER_PIN = "4826"
FAST = secrets.ScryptParams(n=2**14, r=8, p=1)


@pytest.fixture(autouse=True)
def fast_hashes(monkeypatch):
    monkeypatch.setattr(StaffService, "params", FAST)


@pytest.fixture()
def store(tmp_path):
    with Backend.open(tmp_path / "kiosk.sqlite3") as opened:
        yield opened


@pytest.fixture()
def coordinator(store):
    return store.staff.create("Zulma", "coordinator", PIN, now=T0)


@pytest.fixture()
def teacher(store, coordinator):
    return store.staff.create("Pedro", "teacher", TEACHER_PIN, by=coordinator.id, now=T0)


def rows(store, sql, *params):
    con = sqlite3.connect(store.db.engine.url.database)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def lock_out(staff, staff_id, moment, wrong="000000"):
    """``MAX_TRIES`` wrong PINs at ``moment``; returns the last outcome (the lock)."""
    for _ in range(MAX_TRIES):
        outcome = staff.check(staff_id, wrong, now=moment)
    return outcome


# -- escalation ---------------------------------------------------------------------------------


def test_lock_seconds_double_up_to_an_hour():
    assert [lock_seconds(level) // 60 for level in range(9)] == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert lock_seconds(10_000) == LOCK_MAX_SECONDS == 3600


def test_each_lock_out_in_a_row_lasts_twice_as_long_capped_at_an_hour(store, coordinator):
    moment = T0
    seen = []
    for _ in range(9):
        locked = lock_out(store.staff, coordinator.id, moment)
        assert locked.status == SignInStatus.LOCKED
        seen.append(locked.seconds_left)
        # one second before the end: still locked, even the right PIN is not checked
        before = store.staff.check(coordinator.id, PIN, now=moment + timedelta(seconds=locked.seconds_left - 1))
        assert before.status == SignInStatus.LOCKED and before.seconds_left == 1
        moment += timedelta(seconds=locked.seconds_left)
    assert [s // 60 for s in seen] == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert rows(store, "SELECT lock_level FROM staff") == [(9,)]


def test_a_right_pin_puts_the_level_back_to_0(store, coordinator):
    moment = T0
    for _ in range(3):
        moment += timedelta(seconds=lock_out(store.staff, coordinator.id, moment).seconds_left)
    assert rows(store, "SELECT lock_level FROM staff") == [(3,)]
    assert store.staff.sign_in(coordinator.id, PIN, now=moment).ok
    assert rows(store, "SELECT failed_tries, locked_until, lock_level FROM staff") == [(0, None, 0)]
    assert lock_out(store.staff, coordinator.id, moment).seconds_left == 60


def test_the_level_decays_after_a_day_without_a_lock_out(store, coordinator):
    moment = T0
    for _ in range(4):
        moment += timedelta(seconds=lock_out(store.staff, coordinator.id, moment).seconds_left)
    # the lock just ended: the next one is the fifth in a row (16 min)
    almost = moment + LEVEL_DECAY - timedelta(seconds=1)
    assert lock_out(store.staff, coordinator.id, almost).seconds_left == 16 * 60
    later = almost + timedelta(seconds=16 * 60) + LEVEL_DECAY
    assert lock_out(store.staff, coordinator.id, later).seconds_left == 60
    assert rows(store, "SELECT lock_level FROM staff") == [(1,)]


def test_a_coordinator_reset_of_the_pin_puts_the_level_back_to_0(store, coordinator, teacher):
    moment = T0
    for _ in range(3):
        moment += timedelta(seconds=lock_out(store.staff, teacher.id, moment, "0000").seconds_left)
    lock_out(store.staff, teacher.id, moment, "0000")
    assert store.staff.change_secret(teacher.id, "5829", by=coordinator.id, now=moment).ok
    assert rows(store, "SELECT failed_tries, locked_until, lock_level FROM staff WHERE id = ?", teacher.id) == [
        (0, None, 0)]


# -- per account ----------------------------------------------------------------------------------


def test_a_locked_account_never_locks_another(store, coordinator, teacher):
    moment = T0
    for _ in range(5):  # the coordinator kept locked on purpose, the lock-outs growing
        moment += timedelta(seconds=lock_out(store.staff, coordinator.id, moment).seconds_left - 1)
    assert store.staff.check(coordinator.id, PIN, now=moment).status == SignInStatus.LOCKED
    assert store.staff.locks(now=moment).keys() == {coordinator.id}
    # the teacher signs in (and could close the kiosk) with their own PIN
    assert store.staff.check(teacher.id, TEACHER_PIN, now=moment).ok
    signed = store.staff.sign_in(teacher.id, TEACHER_PIN, now=moment)
    assert signed.ok and signed.session_id
    assert rows(store, "SELECT failed_tries, locked_until, lock_level FROM staff WHERE id = ?", teacher.id) == [
        (0, None, 0)]


def test_a_coordinator_lifts_a_teachers_lock_but_not_a_teacher(store, coordinator, teacher):
    second = store.staff.create("Rosa", "teacher", "5830", by=coordinator.id, now=T0)
    assert lock_out(store.staff, teacher.id, T0, "0000").status == SignInStatus.LOCKED
    moment = T0 + timedelta(seconds=10)
    assert store.staff.locks(now=moment) == {teacher.id: 50}
    with pytest.raises(NotAllowed):
        store.staff.unlock(teacher.id, by=second.id, now=moment)
    store.staff.unlock(teacher.id, by=coordinator.id, now=moment)
    assert store.staff.locks(now=moment) == {}
    assert store.staff.sign_in(teacher.id, TEACHER_PIN, now=moment).ok
    # lifted, not forgiven: the level stays until the owner's right PIN (which came: back to 0)
    assert rows(store, "SELECT lock_level FROM staff WHERE id = ?", teacher.id) == [(0,)]


def test_a_lifted_lock_keeps_its_level_until_a_right_pin_or_a_day(store, coordinator, teacher):
    lock_out(store.staff, teacher.id, T0, "0000")
    store.staff.unlock(teacher.id, by=coordinator.id, now=T0)
    assert lock_out(store.staff, teacher.id, T0, "0000").seconds_left == 120  # someone else guessing
    lifted = T0 + timedelta(seconds=30)
    store.staff.unlock(teacher.id, by=coordinator.id, now=lifted)
    assert lock_out(store.staff, teacher.id, lifted + LEVEL_DECAY, "0000").seconds_left == 60  # a day after the lift


# -- the coordinator's PIN ------------------------------------------------------------------------


@pytest.mark.parametrize("pin", ["4826", "58291"])
def test_a_coordinators_pin_has_at_least_6_digits(store, coordinator, pin):
    with pytest.raises(secrets.SecretRuleProblem) as info:
        store.staff.create("Rosa", "coordinator", pin, by=coordinator.id)
    assert info.value.code == Code.COORDINATOR_PIN_TOO_SHORT
    assert info.value.params == {"min": 6, "max": 8, "password_min": 6}
    with pytest.raises(secrets.SecretRuleProblem):
        store.staff.change_secret(coordinator.id, pin, by=coordinator.id, current=PIN)
    assert store.staff.check(coordinator.id, PIN).ok  # unchanged
    teacher = store.staff.create("Pedro", "teacher", pin, by=coordinator.id)  # a teacher keeps 4-8
    assert store.staff.check(teacher.id, pin).ok
    assert store.staff.create("Rosa", "coordinator", "pandora", by=coordinator.id).is_coordinator  # a password


def test_the_first_coordinator_and_the_recovery_need_6_digits(tmp_path):
    with Backend.open(tmp_path / "kiosk.sqlite3") as backend:
        with pytest.raises(InputProblem) as info:
            backend.set_up_kiosk("Luque", "Zulma", "4826")
        assert info.value.code == Code.COORDINATOR_PIN_TOO_SHORT
        outcome = backend.set_up_kiosk("Luque", "Zulma", PIN)
        with pytest.raises(InputProblem):
            backend.staff.recover(outcome.staff.id, outcome.recovery_code, "4826")
        assert backend.staff.recover(outcome.staff.id, outcome.recovery_code, "582931").ok


def test_a_coordinator_with_an_old_short_pin_signs_in_and_is_asked_to_change_it(store, coordinator, teacher):
    old = secrets.hash_secret("5829", FAST)  # set before the 6-digit rule
    con = sqlite3.connect(store.db.engine.url.database)
    con.execute("UPDATE staff SET secret_hash = ? WHERE id = ?", (old, coordinator.id))
    con.commit()
    con.close()
    outcome = store.staff.sign_in(coordinator.id, "5829")
    assert outcome.ok and outcome.should_change
    assert store.staff.change_secret(coordinator.id, "582931", by=coordinator.id, current="5829").ok
    assert not store.staff.sign_in(coordinator.id, "582931").should_change
    assert not store.staff.sign_in(teacher.id, TEACHER_PIN).should_change  # a teacher's 4 digits are fine


# -- the recovery code: the way back from a lock-out ------------------------------------------------


def test_the_recovery_code_works_while_the_pin_is_locked_and_lifts_the_lock(store, coordinator):
    code = store.staff.issue_recovery_code(coordinator.id, now=T0)
    moment = T0
    for _ in range(4):
        moment += timedelta(seconds=lock_out(store.staff, coordinator.id, moment).seconds_left - 1)
    assert store.staff.check(coordinator.id, PIN, now=moment).status == SignInStatus.LOCKED
    outcome = store.staff.recover(coordinator.id, code, "582931", now=moment)
    assert outcome.ok and outcome.recovery_code
    assert rows(store, "SELECT failed_tries, locked_until, lock_level FROM staff") == [(0, None, 0)]
    assert store.staff.sign_in(coordinator.id, "582931", now=moment).ok


def test_the_recovery_code_has_its_own_escalating_throttle(store, coordinator):
    code = store.staff.issue_recovery_code(coordinator.id, now=T0)
    moment = T0
    seen = []
    for _ in range(3):
        for tries_left in range(MAX_TRIES - 1, 0, -1):
            wrong = store.staff.recover(coordinator.id, "AAAA-AAAA-AAAA", "582931", now=moment)
            assert wrong.status == SignInStatus.WRONG and wrong.tries_left == tries_left
        locked = store.staff.recover(coordinator.id, "AAAA-AAAA-AAAA", "582931", now=moment)
        assert locked.status == SignInStatus.LOCKED
        seen.append(locked.seconds_left)
        # while the code is locked even the right code waits; the PIN is not locked by it
        waiting = store.staff.recover(coordinator.id, code, "582931", now=moment + timedelta(seconds=1))
        assert waiting.status == SignInStatus.LOCKED
        assert store.staff.check(coordinator.id, PIN, now=moment).ok
        moment += timedelta(seconds=locked.seconds_left)
    assert seen == [60, 120, 240]
    assert rows(store, "SELECT recovery_lock_level, failed_tries, lock_level FROM staff") == [(3, 0, 0)]
    assert store.staff.recover(coordinator.id, code, "582931", now=moment).ok
    assert rows(store, "SELECT recovery_failed_tries, recovery_locked_until, recovery_lock_level FROM staff") == [
        (0, None, 0)]


def test_the_recovery_code_alphabet_gives_about_55_bits():
    from math import log2

    from kiosk.people.staff import RECOVERY_ALPHABET, RECOVERY_LENGTH

    assert len(set(RECOVERY_ALPHABET)) == len(RECOVERY_ALPHABET) == 25
    assert 55 < RECOVERY_LENGTH * log2(len(RECOVERY_ALPHABET)) < 56
