"""StaffService: roles, first coordinator, lock-out after 5 wrong tries, sessions, no secrets
in the log."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core import secrets
from kiosk.core.errors import InputProblem, Refused
from kiosk.people.staff import (
    LOCK_SECONDS,
    MAX_TRIES,
    NotAllowed,
    SignInStatus,
    StaffNameTaken,
    StaffRole,
    StaffService,
)
from kiosk.backend import Backend

T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
PIN = "739150"


FAST = secrets.ScryptParams(n=2**14, r=8, p=1)  # still memory-hard; 5x quicker than the default


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


def rows(store, sql, *params):
    con = sqlite3.connect(store.db.engine.url.database)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_the_default_parameters_are_memory_hard(store, monkeypatch):
    monkeypatch.undo()
    assert StaffService.params == secrets.CURRENT
    assert secrets.CURRENT.n >= 2**14 and secrets.CURRENT.memory_bytes >= 16 * 1024 * 1024
    store.staff.create("Zulma", "coordinator", PIN)
    [(stored,)] = rows(store, "SELECT secret_hash FROM staff")
    assert secrets.parameters(stored) == secrets.parameters(secrets.hash_secret(PIN))


def test_first_staff_must_be_a_coordinator(store):
    assert store.staff.count_active() == 0
    with pytest.raises(InputProblem, match="coordinador"):
        store.staff.create("Pedro", "teacher", "4826")
    first = store.staff.create("Zulma", StaffRole.COORDINATOR, PIN)
    assert first.is_coordinator and first.role == StaffRole.COORDINATOR
    assert store.staff.count_active() == 1
    [(secret_hash,)] = rows(store, "SELECT secret_hash FROM staff")
    assert secret_hash.startswith("$scrypt$") and PIN not in secret_hash


def test_after_the_first_only_a_coordinator_adds_staff(store, coordinator):
    with pytest.raises(Refused) as refused:
        store.staff.create("Pedro", "teacher", "4826")  # nobody signed: no (a first run came too late)
    assert refused.value.code == "already-set-up"
    teacher = store.staff.create("Pedro", "teacher", "4826", by=coordinator.id)
    assert teacher.role == StaffRole.TEACHER and not teacher.is_coordinator
    with pytest.raises(NotAllowed):
        store.staff.create("Rosa", "teacher", "4826", by=teacher.id)  # a teacher: no
    other = store.staff.create("Rosa", "coordinator", "482611", by=coordinator.id)
    assert [s.display_name for s in store.staff.list_active()] == ["Pedro", "Rosa", "Zulma"]
    assert store.staff.get(other.id).is_coordinator


def test_names_must_differ_ignoring_case_and_accents(store, coordinator):
    store.staff.create("Ángel", "teacher", "4826", by=coordinator.id)
    with pytest.raises(StaffNameTaken):
        store.staff.create("  angel ", "teacher", "4826", by=coordinator.id)
    with pytest.raises(InputProblem):
        store.staff.create("   ", "teacher", "4826", by=coordinator.id)
    with pytest.raises(InputProblem):
        store.staff.create("Pedro", "director", "4826", by=coordinator.id)


def test_a_bad_secret_is_refused_before_anything_is_written(store, coordinator):
    with pytest.raises(secrets.SecretRuleProblem):
        store.staff.create("Pedro", "teacher", "12", by=coordinator.id)
    assert store.staff.count_active() == 1


def test_five_wrong_tries_lock_the_account_for_a_minute(store, coordinator, monkeypatch):
    staff = store.staff
    for attempt in range(1, MAX_TRIES):
        outcome = staff.sign_in(coordinator.id, "000000", now=T0 + timedelta(seconds=attempt))
        assert outcome.status == SignInStatus.WRONG
        assert outcome.tries_left == MAX_TRIES - attempt
        assert outcome.session_id is None
    locked = staff.sign_in(coordinator.id, "000000", now=T0 + timedelta(seconds=5))
    assert locked.status == SignInStatus.LOCKED and locked.seconds_left == LOCK_SECONDS == 60
    [(until,)] = rows(store, "SELECT locked_until FROM staff")
    assert until is not None

    # While locked even the right PIN is not checked (no hashing: nothing to learn).
    checked = []
    monkeypatch.setattr(secrets, "verify_secret", lambda *a: checked.append(1) or True)
    still = staff.sign_in(coordinator.id, PIN, now=T0 + timedelta(seconds=5 + 59))
    assert still.status == SignInStatus.LOCKED and still.seconds_left == 1
    assert checked == []
    monkeypatch.undo()

    unlocked = staff.sign_in(coordinator.id, PIN, now=T0 + timedelta(seconds=5 + 60))
    assert unlocked.ok and unlocked.session_id
    assert rows(store, "SELECT failed_tries, locked_until FROM staff") == [(0, None)]


def test_after_the_lock_the_count_starts_again(store, coordinator):
    moment = T0
    for _ in range(MAX_TRIES):
        outcome = store.staff.check(coordinator.id, "000000", now=moment)
    assert outcome.status == SignInStatus.LOCKED
    moment += timedelta(seconds=LOCK_SECONDS)
    again = store.staff.check(coordinator.id, "000000", now=moment)
    assert again.status == SignInStatus.WRONG and again.tries_left == MAX_TRIES - 1


def test_a_right_pin_resets_the_wrong_tries(store, coordinator):
    for _ in range(MAX_TRIES - 1):
        store.staff.check(coordinator.id, "000000", now=T0)
    assert store.staff.check(coordinator.id, PIN, now=T0).ok
    assert store.staff.check(coordinator.id, "000000", now=T0).tries_left == MAX_TRIES - 1


def test_sign_in_and_out_are_recorded_and_a_stale_session_is_closed(store, coordinator):
    first = store.staff.sign_in(coordinator.id, PIN, now=T0)
    # a power cut: never signed out; the next sign-in closes it
    second = store.staff.sign_in(coordinator.id, PIN, now=T0 + timedelta(hours=2))
    store.staff.sign_out(second.session_id, now=T0 + timedelta(hours=3))
    sessions = dict(
        (sid, (started, ended))
        for sid, started, ended in rows(store, "SELECT id, started_at, ended_at FROM staff_sessions")
    )
    assert sessions[first.session_id][1] == sessions[first.session_id][0]  # closed, length unknown
    assert sessions[second.session_id][1] is not None and sessions[second.session_id][1] > sessions[second.session_id][0]
    assert rows(store, "SELECT count(*) FROM sessions") == [(0,)]  # never learner attendance


def test_check_opens_no_session(store, coordinator):
    assert store.staff.check(coordinator.id, PIN).ok
    assert rows(store, "SELECT count(*) FROM staff_sessions") == [(0,)]


def test_changing_your_own_pin_needs_the_current_one(store, coordinator):
    with pytest.raises(NotAllowed):
        store.staff.change_secret(coordinator.id, "582913", by=coordinator.id)
    wrong = store.staff.change_secret(coordinator.id, "582913", by=coordinator.id, current="000000")
    assert wrong.status == SignInStatus.WRONG
    assert store.staff.check(coordinator.id, PIN).ok  # unchanged
    assert store.staff.change_secret(coordinator.id, "582913", by=coordinator.id, current=PIN).ok
    assert store.staff.check(coordinator.id, "582913").ok
    assert store.staff.check(coordinator.id, PIN).status == SignInStatus.WRONG


def test_a_coordinator_resets_a_locked_teachers_pin(store, coordinator):
    teacher = store.staff.create("Pedro", "teacher", "4826", by=coordinator.id)
    for _ in range(MAX_TRIES):
        store.staff.check(teacher.id, "0000", now=T0)
    with pytest.raises(NotAllowed):
        store.staff.change_secret(coordinator.id, "582913", by=teacher.id)
    assert store.staff.change_secret(teacher.id, "5829", by=coordinator.id, now=T0).ok
    assert store.staff.sign_in(teacher.id, "5829", now=T0).ok  # the lock was lifted


def test_archive_rules(store, coordinator):
    teacher = store.staff.create("Pedro", "teacher", "4826", by=coordinator.id)
    with pytest.raises(NotAllowed):
        store.staff.archive(coordinator.id, by=teacher.id)
    with pytest.raises(InputProblem):
        store.staff.archive(coordinator.id, by=coordinator.id)  # never yourself: a coordinator stays
    store.staff.archive(teacher.id, by=coordinator.id)
    assert [s.id for s in store.staff.list_active()] == [coordinator.id]
    assert store.staff.get(teacher.id) is not None  # history still names them
    assert store.staff.sign_in(teacher.id, "4826").status == SignInStatus.UNAVAILABLE
    with pytest.raises(NotAllowed):
        store.staff.create("Luis", "teacher", "4826", by=teacher.id)  # archived: no rights


def test_weak_hashes_are_upgraded_at_sign_in(store, coordinator):
    weak = secrets.hash_secret(PIN, secrets.ScryptParams(n=2**10, r=8, p=1))
    con = sqlite3.connect(store.db.engine.url.database)
    con.execute("UPDATE staff SET secret_hash = ?", (weak,))
    con.commit()
    con.close()
    assert store.staff.sign_in(coordinator.id, PIN).ok
    [(upgraded,)] = rows(store, "SELECT secret_hash FROM staff")
    assert upgraded != weak and not secrets.needs_rehash(upgraded, FAST)
    assert store.staff.check(coordinator.id, PIN).ok


def test_no_secret_and_no_name_in_the_log(store, caplog):
    with caplog.at_level(logging.DEBUG):
        first = store.staff.create("Zulma", "coordinator", PIN)
        teacher = store.staff.create("Pedro", "teacher", "48265", by=first.id)
        for _ in range(MAX_TRIES):
            store.staff.sign_in(teacher.id, "913377")
        store.staff.change_secret(teacher.id, "5829", by=first.id)
        session = store.staff.sign_in(teacher.id, "5829")
        store.staff.sign_out(session.session_id)
    text = caplog.text
    assert "locked" in text and teacher.id in text  # it did log, by id
    for secret in (PIN, "48265", "913377", "5829", "Zulma", "Pedro"):
        assert secret not in text
    [(stored,)] = rows(store, "SELECT secret_hash FROM staff WHERE id = ?", teacher.id)
    assert stored.split("$")[-1] not in text
