"""SiteSettings: typed values with defaults, checked on the way in, JSON goals, and the
sqlite3 reader used before SQLAlchemy is loaded."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kiosk.core.errors import InputProblem
from kiosk.people.site import SiteConfig, read_site_config
from kiosk.backend import Backend
from kiosk.store.store import Store


@pytest.fixture()
def store(tmp_path):
    with Backend.open(tmp_path / "kiosk.sqlite3") as opened:
        yield opened


def raw(store, key):
    con = sqlite3.connect(store.db.engine.url.database)
    try:
        row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def test_defaults_on_a_new_kiosk(store):
    site = store.site
    assert site.site_name == "" and site.site_code == ""
    assert site.idle_minutes == 10
    assert site.picture_passwords is False
    assert site.self_registration is True
    assert site.default_language == "es"
    assert site.goals == {"children": 0, "teens": 0, "teachers": 0, "parents": 0}
    assert site.snapshot() == SiteConfig()
    assert raw(store, "site.idle_minutes") is None  # defaults are not written


def test_typed_setters_and_getters(store):
    site = store.site
    site.site_name = "  Telecentro   San Lorenzo "
    site.site_code = "PY-CEN-014"
    site.idle_minutes = 15
    site.picture_passwords = True
    site.self_registration = False
    site.default_language = "en"
    site.goals = {"children": 300, "teens": 200, "teachers": 40, "parents": 120}
    assert site.site_name == "Telecentro San Lorenzo"
    assert site.idle_minutes == 15 and isinstance(site.idle_minutes, int)
    assert site.picture_passwords is True and site.self_registration is False
    assert site.default_language == "en"
    assert site.goals == {"children": 300, "teens": 200, "teachers": 40, "parents": 120}
    assert json.loads(raw(store, "site.goals")) == {"children": 300, "parents": 120, "teachers": 40, "teens": 200}
    assert raw(store, "site.picture_passwords") == "true"
    # a fresh Store (another process) reads the same
    again = Backend(Store.open(store.db.path))
    try:
        assert again.site.snapshot() == site.snapshot()
    finally:
        again.db.close()


def test_goals_may_be_given_in_part(store):
    store.site.goals = {"children": 300, "parents": 50}
    store.site.update(goals={"teachers": 12})
    assert store.site.goals == {"children": 300, "teens": 0, "teachers": 12, "parents": 50}


@pytest.mark.parametrize(("name", "value"), [
    ("idle_minutes", 0),
    ("idle_minutes", 121),
    ("idle_minutes", 2.5),
    ("default_language", "fr"),
    ("goals", {"children": -1}),
    ("goals", {"grandparents": 3}),
    ("goals", {"children": "many"}),
    ("site_name", "x" * 81),
])
def test_bad_values_are_refused_in_spanish_and_nothing_is_written(store, name, value):
    store.site.update(site_name="Antes", idle_minutes=12)
    with pytest.raises(InputProblem) as caught:
        store.site.update(**{"site_code": "NUEVO", name: value})
    assert any(word in str(caught.value) for word in ("tienen", "Idioma", "Meta", "meta", "largo"))
    assert store.site.site_name == "Antes" and store.site.idle_minutes == 12 and store.site.site_code == ""


def test_wrong_types_are_bugs(store):
    with pytest.raises(TypeError):
        store.site.picture_passwords = "yes"
    with pytest.raises(TypeError):
        store.site.update(colour="blue")


def test_an_unreadable_stored_value_gives_the_default(store, caplog):
    store.db.set_setting("site.idle_minutes", "diez")
    store.db.set_setting("site.goals", "[1, 2]")
    store.db.set_setting("site.self_registration", "false")
    config = store.site.snapshot()
    assert config.idle_minutes == 10 and config.goals["children"] == 0
    assert config.self_registration is False
    assert store.site.idle_minutes == 10
    assert "idle_minutes" in caplog.text and "diez" not in caplog.text


def test_the_quick_reader_agrees_with_the_store(store, tmp_path):
    assert read_site_config(tmp_path / "missing.sqlite3") is None
    assert read_site_config(tmp_path / "kiosk.sqlite3") == SiteConfig()
    store.site.update(site_name="Luque", idle_minutes=7, self_registration=False, default_language="en",
                      goals={"children": 9})
    assert read_site_config(tmp_path / "kiosk.sqlite3") == store.site.snapshot()
    not_a_db = tmp_path / "junk.sqlite3"
    not_a_db.write_bytes(b"this is not sqlite")
    assert read_site_config(not_a_db) is None


def test_the_quick_reader_imports_no_sqlalchemy(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys, kiosk.people.site as s; from pathlib import Path\n"
        f"s.read_site_config(Path({str(tmp_path / 'none.sqlite3')!r}))\n"
        "assert 'sqlalchemy' not in sys.modules, 'SQLAlchemy was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
