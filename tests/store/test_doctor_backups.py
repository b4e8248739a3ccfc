"""``kiosk doctor`` says when the last backup was taken and calls a recovery notice nobody has
read a problem (issue 14, point 6): a real home, a real backup, a real emptied database
recovered at the next open, doctor run in-process."""

from __future__ import annotations

import io

import pytest

from kiosk.backend import Backend
from kiosk.commands import doctor
from kiosk.config import Config


@pytest.fixture(autouse=True)
def _english():
    """The words are checked in English (the source language); conftest resets the language."""
    from kiosk.core import i18n

    i18n.set_language("en")



def run_doctor(home) -> tuple[int, str]:
    out = io.StringIO()
    code = doctor.cli_main(None, Config.load(home), out=out)
    return code, out.getvalue()


@pytest.mark.error_logs_expected  # the recovery logs the emptied file as an error, on purpose
def test_doctor_names_the_last_backup_and_a_recovery_nobody_read(home):
    backend = Backend.open(home / "kiosk.sqlite3", home=home)
    backend.learners.register("Ana", "tatu.svg", "8-11", "learner")
    code, text = run_doctor(home)
    assert "No backup yet" in text
    backend.backups.take()
    backend.close()
    code, text = run_doctor(home)
    assert code == 0, text
    assert "Last backup:" in text and "(0 days ago)" in text and "1 kept" in text

    (home / "kiosk.sqlite3").write_bytes(b"")  # emptied by a careless hand
    Backend.open(home / "kiosk.sqlite3", home=home).close()  # recovered from the backup
    code, text = run_doctor(home)
    assert code == 1
    assert "Problem: The kiosk's data file was damaged (the file was empty)" in text
    from kiosk.store.recovery import dismiss_notices

    dismiss_notices(home)  # a coordinator read it
    code, text = run_doctor(home)
    assert code == 0, text
