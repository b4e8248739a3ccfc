"""Names are cleaned everywhere they enter, through the real services on a real database:
learner registration and edit, staff, classes, site settings, workshops, the enrolment
answer; names that look the same are the same name; the limits' messages in Spanish."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from kiosk.core.errors import Code, InputProblem

HOSTILE = "\x1b[31m\u202eAna\u200b\u00a0 María\u2066\x07"  # what it looks like: "Ana María"


def stored(home, sql, *params):
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def spanish(exc: BaseException) -> str:
    """The sentence the kiosk shows for ``exc`` in Spanish (the one table + the catalog)."""
    from kiosk.app import create_app, install_translators
    from kiosk.ui.errors import error_text

    install_translators(create_app(), "es")
    return error_text(exc)


# -- learners ------------------------------------------------------------------------------------


def test_register_stores_the_clean_name(store, home):
    info = store.learners.register(HOSTILE, "tatu.svg", "8-11", "learner")
    assert info.display_name == "Ana María"
    assert stored(home, "SELECT display_name FROM learners") == [("Ana María",)]
    guarani = store.learners.register("Kuñataĩ Pyg\u0303a", "tatu.svg", "8-11", "learner")
    assert guarani.display_name == "Kuñataĩ Pyg\u0303a"


@pytest.mark.parametrize("twin", ["Ana\u200b", "ＡＮＡ", "Аna", "\u202eAna", "A\u00adna", "ána", " ana "])
def test_a_second_ana_that_looks_the_same_is_the_same_name(store, twin):
    store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    with pytest.raises(InputProblem) as caught:
        store.learners.register(twin, "tatu.svg", "8-11", "learner")
    assert caught.value.code == Code.LEARNER_NAME_TAKEN
    assert store.learners.register(twin, "abeja.svg", "8-11", "learner")  # another picture: allowed
    assert len(store.learners.list_active()) == 2


def test_an_old_look_alike_in_the_database_counts_too(store, home):
    """A name saved before names were cleaned still blocks its twin (the key cleans)."""
    first = store.learners.register("Luis", "tatu.svg", "8-11", "learner")
    con = sqlite3.connect(home / "kiosk.sqlite3")
    con.execute("UPDATE learners SET display_name = ? WHERE id = ?", ("Lu\u200bis\u202e", first.id))
    con.commit()
    con.close()
    with pytest.raises(InputProblem) as caught:
        store.learners.register("Luis", "tatu.svg", "8-11", "learner")
    assert caught.value.code == Code.LEARNER_NAME_TAKEN


def test_register_refuses_an_invisible_name_and_a_long_one_kindly(store):
    with pytest.raises(InputProblem) as empty:
        store.learners.register("\u200b\u202e\u2060 \x1b[0m", "tatu.svg", "8-11", "learner")
    assert empty.value.code == Code.LEARNER_NAME_EMPTY
    assert spanish(empty.value) == "Escribí un nombre o un apodo."
    with pytest.raises(InputProblem) as long:
        store.learners.register("Ñ" * 25, "tatu.svg", "8-11", "learner")
    assert long.value.code == Code.LEARNER_NAME_TOO_LONG and long.value.params == {"max": 24}
    assert spanish(long.value) == "Ese nombre es demasiado largo (como máximo 24 letras). Escribí solo el nombre o un apodo."
    assert store.learners.register("Ñ" * 24 + "\u200b" * 30, "tatu.svg", "8-11", "learner").display_name == "Ñ" * 24


def test_self_registration_with_pictures_cleans_too(store):
    store.pictures.set_enabled(True)
    info = store.pictures.register_learner("\x1b[31m\u202eAnahí\u200b", "tatu.svg", "8-11", "learner")
    assert info.display_name == "Anahí"
    with pytest.raises(InputProblem) as twin:
        store.pictures.register_learner("ANAHI\u2060", "tatu.svg", "8-11", "learner")
    assert twin.value.code == Code.LEARNER_NAME_TAKEN


def test_learner_edit_cleans_and_finds_the_twin(store):
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    luis = store.learners.register("Luis", "tatu.svg", "8-11", "learner")
    assert store.learner_admin.update(luis.id, display_name="Lu\u200bis \u202eGómez\x1b[0m").display_name == "Luis Gómez"
    with pytest.raises(InputProblem) as caught:
        store.learner_admin.update(luis.id, display_name="ＡＮＡ\u200d")
    assert caught.value.code == Code.LEARNER_NAME_TAKEN
    with pytest.raises(InputProblem) as empty:
        store.learner_admin.update(ana.id, display_name="\u2066\u2069")
    assert empty.value.code == Code.LEARNER_NAME_EMPTY


# -- staff -------------------------------------------------------------------------------------


def test_staff_create_cleans_and_refuses_look_alikes(store, fast_hashes, home):
    boss = store.staff.create("Zulma\u202e\x1b[2J", "coordinator", "739150")
    assert boss.display_name == "Zulma"
    assert stored(home, "SELECT display_name FROM staff") == [("Zulma",)]
    with pytest.raises(InputProblem) as twin:
        store.staff.create("ＺＵＬＭＡ\u200b", "teacher", "482615", by=boss.id)
    assert twin.value.code == Code.STAFF_NAME_TAKEN
    with pytest.raises(InputProblem) as empty:
        store.staff.create("\u200b\u00ad", "teacher", "482615", by=boss.id)
    assert empty.value.code == Code.STAFF_NAME_EMPTY
    assert spanish(empty.value) == "Escribí el nombre de la persona."
    with pytest.raises(InputProblem) as long:
        store.staff.create("Profe " + "a" * 40, "teacher", "482615", by=boss.id)
    assert long.value.code == Code.STAFF_NAME_TOO_LONG
    assert spanish(long.value) == "Ese nombre es demasiado largo: como máximo 40 caracteres."


# -- classes -----------------------------------------------------------------------------------


def test_class_create_and_rename_clean_and_refuse_look_alikes(store, home):
    grado = store.classes.create("5º\u00a0A\u200b\u202e")
    assert grado.name == "5º A"
    with pytest.raises(InputProblem) as twin:
        store.classes.create("５º a")  # fullwidth digit, lower case
    assert twin.value.code == Code.CLASS_NAME_TAKEN
    robotica = store.classes.create("Robótica")
    assert store.classes.rename(robotica.id, "\x1b[1mRobótica\x1b[0m sábado\u2060").name == "Robótica sábado"
    with pytest.raises(InputProblem) as renamed_twin:
        store.classes.rename(robotica.id, "5º A\ufeff")
    assert renamed_twin.value.code == Code.CLASS_NAME_TAKEN
    with pytest.raises(InputProblem) as empty:
        store.classes.create("\u200b")
    assert empty.value.code == Code.CLASS_NAME_EMPTY
    with pytest.raises(InputProblem) as long:
        store.classes.create("x" * 65)
    assert spanish(long.value) == "El nombre de la clase puede tener hasta 64 caracteres."
    assert sorted(stored(home, "SELECT name FROM classes")) == [("5º A",), ("Robótica sábado",)]


# -- site settings, workshops, the collector's answer ---------------------------------------------


def test_site_settings_clean_the_names_and_read_old_ones_clean(store, home):
    config = store.site.update(site_name="Telecentro\u202e Luque\x1b[31m\u200b", site_code="\u2066luque-1\u2069")
    assert (config.site_name, config.site_code) == ("Telecentro Luque", "luque-1")
    assert stored(home, "SELECT value FROM settings WHERE key = 'site.site_name'") == [("Telecentro Luque",)]
    con = sqlite3.connect(home / "kiosk.sqlite3")  # a value saved by an older kiosk
    con.execute("UPDATE settings SET value = ? WHERE key = 'site.site_name'", ("Ñemby\u200b\u202e",))
    con.commit()
    con.close()
    assert store.site.snapshot().site_name == "Ñemby"
    with pytest.raises(InputProblem) as long:
        store.site.update(site_name="T" * 81)
    assert spanish(long.value) == "El nombre del telecentro es demasiado largo: como máximo 80 caracteres."


def test_workshop_titles_are_cleaned(store, home):
    info = store.attendance.create_workshop("Taller\u202e de\u200b robótica\x1b[0m", date(2025, 3, 5))
    assert info.title == "Taller de robótica"
    with pytest.raises(InputProblem) as empty:
        store.attendance.create_workshop("\u2060\u200b", date(2025, 3, 5))
    assert empty.value.code == Code.WORKSHOP_TITLE_EMPTY


def test_the_site_name_from_the_collector_is_cleaned():
    """The enrolment answer names the site: a name from the network, cleaned like any other."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from kiosk.sync.client import CollectorClient

    class Collector(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server name
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"token": "t0k3n", "site": "Luque\u202e\x1b[31m\u200b", "install_id": "i-1"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        answer = CollectorClient(f"http://127.0.0.1:{server.server_port}").enrol("ABCD-EFGH", "i-1", "key")
    finally:
        server.shutdown()
        server.server_close()
    assert answer.site == "Luque"
