"""``kiosk doctor`` lists the installed lesson packs and calls an unreadable pack state a problem
(issue 14, point 6): a real kiosk home, a real signed pack installed, doctor run in-process."""

from __future__ import annotations

import io

import pytest
from pack_helpers import MODULE_ID, make_pack, write_tree

from kiosk.backend import Backend
from kiosk.commands import doctor
from kiosk.config import Config
from kiosk.content.packs_install import STATE, content_dir, install_pack


@pytest.fixture(autouse=True)
def _english():
    """The words are checked in English (the source language); conftest resets the language."""
    from kiosk.core import i18n

    i18n.set_language("en")



@pytest.fixture()
def kiosk_home(tmp_path, monkeypatch, home):
    monkeypatch.setenv("KIOSK_LESSONS", str(write_tree(tmp_path / "bundled", "1.0.0")))
    Backend.open(home / "kiosk.sqlite3", home=home).close()
    return home


def run_doctor(home) -> tuple[int, str]:
    out = io.StringIO()
    code = doctor.cli_main(None, Config.load(home), out=out)
    return code, out.getvalue()


def test_doctor_names_the_installed_pack_and_its_modules(kiosk_home, tmp_path):
    code, text = run_doctor(kiosk_home)
    assert code == 0, text
    assert "None installed" in text
    install_pack(make_pack(tmp_path, "1.1.0"), kiosk_home)
    code, text = run_doctor(kiosk_home)
    assert code == 0, text
    assert "secretos 1.1.0 from telecentro, installed 20" in text and f"{MODULE_ID} 1.1.0" in text


def test_an_unreadable_pack_state_is_a_problem(kiosk_home, tmp_path):
    install_pack(make_pack(tmp_path, "1.1.0"), kiosk_home)
    (content_dir(kiosk_home) / STATE).write_text("{ half a file", encoding="utf-8")
    code, text = run_doctor(kiosk_home)
    assert code == 1
    assert "cannot be read: learners see the bundled lessons only" in text
