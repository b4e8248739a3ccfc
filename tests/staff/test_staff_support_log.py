"""Wrong staff PINs and a PIN set with the recovery code leave support records (ids and
counts) in the log, never the staff member's name."""

from __future__ import annotations

import logging

import pytest

from kiosk.backend import Backend
from tests.staff.test_staff_lockout import fast_hashes  # noqa: F401  (autouse: quick scrypt)


@pytest.fixture()
def store(tmp_path):
    backend = Backend.open(tmp_path / "kiosk.sqlite3")
    yield backend
    backend.close()


def test_wrong_pins_and_a_recovery_are_counted_without_the_name(store, caplog) -> None:
    info = store.staff.create("Zulma Benítez", "coordinator", "258036")
    code = store.staff.issue_recovery_code(info.id)
    with caplog.at_level(logging.INFO, logger="kiosk.support"):
        for _ in range(2):
            store.staff.sign_in(info.id, "000000")
        store.staff.recover(info.id, code, "135790")
    support = [r.getMessage() for r in caplog.records if r.name == "kiosk.support"]
    assert support[:2] == [f"staff-sign-in-failed staff={info.id} kind=pin tries={n} locks=no" for n in (1, 2)]
    assert support[-1] == f"staff-pin-recovered staff={info.id} via=recovery-code"
    assert "Zulma" not in caplog.text and "Benítez" not in caplog.text
