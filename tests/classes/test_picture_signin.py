"""Picture passwords on screen, in a real kiosk window: tap a tile, tap 4 pictures; wrong
tries, the pause (and a teacher lifting it), a teacher confirming a profile's first pictures,
an old 3-picture secret, the registration step, and the screen at 1024x600."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.core import secrets
from kiosk.people.picture_password import MAX_TRIES, sequence_matches
from tests.ui.conftest import db_rows, settle, type_text

SEQ = ("manzana", "barco", "llave", "perro")
WRONG = ("llave", "barco", "manzana", "perro")
COORDINATOR_PIN = "739150"
TEACHER_PIN = "4826"


def gate_of(window):
    """The window's picture gate (tile taps go through ``check``)."""
    return window.picture_gate


@pytest.fixture()
def kiosk(make_window, home, qtbot):
    """A window (English interface: the source strings) on a home with Ana and Luis; Ana has
    the picture password SEQ.  ``on`` says whether the site turned picture passwords on."""

    def make(on: bool = True):
        from kiosk.backend import Backend

        with Backend.open(home / "kiosk.sqlite3") as store:
            store.staff.params = secrets.ScryptParams(n=2**14, r=8, p=1)  # fast, still memory-hard
            zulma = store.staff.create("Zulma", "coordinator", COORDINATOR_PIN)
            store.staff.create("Pedro", "teacher", TEACHER_PIN, by=zulma.id)
            store.pictures.set_enabled(on)
            ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
            store.learners.register("Luis", "sol.svg", "8-11", "learner")
            store.pictures.set(ana.id, SEQ)
        window = make_window(lang="en")
        gate = gate_of(window)
        settle(qtbot, window)
        return window, gate

    return make


def tap_tile(qtbot, window, name):
    tile = next(t for t in window.signin.tiles() if t.text() == name)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def tap(qtbot, window, screen, keys):
    for key in keys:
        qtbot.mouseClick(screen.pad.buttons[key], Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def teacher_pin(qtbot, window, gate, name, pin):
    """"Teacher: confirm" (or "lift the pause"), the teacher's name, their PIN, Enter."""
    screen = gate.screen
    which = screen.lift_button if screen.lift_button.isVisible() else screen.teacher_button
    qtbot.mouseClick(which, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    page = gate.teacher_page
    assert page is not None and page.isVisible() and not gate.screen.pad.isVisible()
    assert page.text.text() == f"Teacher: tap your name and type your PIN to confirm this is {gate.learner.display_name}."
    panel = page.panel
    qtbot.mouseClick(next(t for t in panel.tiles() if t.member.display_name == name), Qt.MouseButton.LeftButton)
    type_text(panel.pad.field, pin)
    qtbot.keyClick(panel.pad.field, Qt.Key.Key_Return)
    settle(qtbot, window)
    return page


def cancel_teacher(qtbot, window, page):
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def test_off_by_default_a_tap_signs_in(qtbot, kiosk):
    window, gate = kiosk(on=False)
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        tap_tile(qtbot, window, "Ana")
    assert window.learner.display_name == "Ana" and not gate.current()


def test_right_pictures_sign_in(qtbot, kiosk, home):
    window, gate = kiosk()
    tap_tile(qtbot, window, "Ana")
    screen = gate.screen
    assert window.current_screen() is screen and window.learner is None
    assert screen.name.text() == "Ana" and screen.heading.text() == "Tap your 4 secret pictures, in order"
    assert [s.property("filled") for s in screen.pad.slots] == [False, False, False, False]
    assert not screen.teacher_button.isVisible()
    qtbot.mouseClick(screen.pad.buttons["manzana"], Qt.MouseButton.LeftButton)
    assert [s.property("filled") for s in screen.pad.slots] == [True, False, False, False]
    assert screen.pad.slots[0].pixmap().isNull()  # signing in: dots, never the pictures
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        tap(qtbot, window, screen, SEQ[1:])
    assert window.learner.display_name == "Ana"
    assert window.current_screen() is window.home_screen
    assert screen.name.text() == ""  # nothing of Ana stays on the picture screen


def test_wrong_tries_then_the_pause(qtbot, kiosk, home):
    window, gate = kiosk()
    tap_tile(qtbot, window, "Ana")
    screen = gate.screen
    tap(qtbot, window, screen, WRONG)
    assert screen.message.isVisible()
    assert screen.message.text() == "Those are not your pictures. Try again slowly: you have 4 tries left."
    assert [s.property("filled") for s in screen.pad.slots] == [False] * 4 and screen.pad.isEnabled()
    for _ in range(MAX_TRIES - 2):
        tap(qtbot, window, screen, WRONG)
    assert screen.message.text().endswith("one more try before a short pause.")
    tap(qtbot, window, screen, WRONG)
    assert not screen.pad.isEnabled() and window.learner is None
    assert screen.message.text().startswith("Let’s take a short break. You can try again in 60 seconds.")
    assert db_rows(home, "SELECT picture_locked_until IS NOT NULL FROM learners WHERE display_name = 'Ana'") == [(1,)]

    # Back to the tiles, and Ana again while still paused: the pause is shown at once.
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.signin
    tap_tile(qtbot, window, "Ana")
    assert not screen.pad.isEnabled() and "You can try again in" in screen.message.text()

    # A teacher lifts the pause from the picture screen with their PIN (a wrong one lifts nothing).
    assert screen.lift_button.isVisible() and screen.lift_button.text() == "Teacher: lift the pause"
    page = teacher_pin(qtbot, window, gate, "Pedro", "1111")
    assert page.isVisible() and not screen.pad.isEnabled()
    assert db_rows(home, "SELECT picture_locked_until IS NOT NULL FROM learners WHERE display_name = 'Ana'") == [(1,)]
    cancel_teacher(qtbot, window, page)
    assert screen.pad.isVisible() and not screen.pad.isEnabled() and screen.lift_button.isVisible()
    teacher_pin(qtbot, window, gate, "Pedro", TEACHER_PIN)
    assert gate.teacher_page is None and screen.pad.isEnabled() and not screen.lift_button.isVisible()
    assert screen.message.text() == "Your teacher lifted the pause. Try again, slowly."
    assert db_rows(home, "SELECT picture_locked_until, picture_lock_level FROM learners WHERE display_name = 'Ana'") \
        == [(None, 0)]
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        tap(qtbot, window, screen, SEQ)
    assert window.learner.display_name == "Ana"


def test_a_longer_pause_is_said_in_minutes(qtbot, kiosk, home):
    """The 2nd pause in a row is 5 minutes: said in minutes, counting down."""
    window, gate = kiosk()
    tap_tile(qtbot, window, "Ana")
    panel = gate.screen.panel
    panel.show_locked(300)
    assert not panel.pad.isEnabled()
    assert panel.message.text() == ("Let’s take a break. You can try again in 5 minutes. "
                                    "If you forgot your pictures, ask your teacher.")
    for _ in range(300 - 91):
        panel._tick()
    assert "in 2 minutes." in panel.message.text()  # 91 seconds
    panel._tick()
    assert "in 90 seconds." in panel.message.text()  # the last minute and a half, in seconds


def test_the_pause_ends(qtbot, kiosk, home):
    """The countdown itself: ticks are driven by hand, not waited for."""
    window, gate = kiosk()
    tap_tile(qtbot, window, "Ana")
    panel = gate.screen.panel
    panel.show_locked(2)
    assert not panel.pad.isEnabled() and "in 2 seconds" in panel.message.text()
    panel._tick()
    assert "in 1 second." in panel.message.text()
    panel._tick()
    assert panel.pad.isEnabled() and panel.message.text() == "You can try again now."


def test_no_pictures_yet_a_teacher_confirms_then_choose_them_twice(qtbot, kiosk, home):
    """Luis has no pictures (made by staff): a classmate who taps his tile cannot take his
    profile; a teacher's PIN lets him choose."""
    window, gate = kiosk()
    tap_tile(qtbot, window, "Luis")
    screen = gate.screen
    assert screen.heading.text() == "You don’t have secret pictures yet"
    assert screen.message.text() == "Ask your teacher to confirm it’s you. Then you choose your pictures."
    assert screen.teacher_button.isVisible() and screen.teacher_button.text() == "Teacher: confirm"
    assert not screen.pad.isVisible()  # nothing to choose without a teacher
    screen.pad.tap("casa")  # even a tap that reached the hidden pad chooses nothing
    assert db_rows(home, "SELECT picture_secret FROM learners WHERE display_name = 'Luis'") == [(None,)]
    # The teacher types a wrong PIN: the staff lock-out counts it, nothing opens.
    page = teacher_pin(qtbot, window, gate, "Pedro", "0000")
    assert page.isVisible() and "not right" in page.panel.message.text()
    assert db_rows(home, "SELECT failed_tries FROM staff WHERE display_name = 'Pedro'") == [(1,)]
    cancel_teacher(qtbot, window, page)
    assert screen.heading.text() == "You don’t have secret pictures yet" and not screen.pad.isVisible()
    teacher_pin(qtbot, window, gate, "Pedro", TEACHER_PIN)
    assert gate.teacher_page is None and screen.pad.isVisible()
    assert screen.heading.text() == "Choose 4 secret pictures, in order"
    tap(qtbot, window, screen, ("casa", "pelota"))
    assert not screen.pad.slots[0].pixmap().isNull()  # choosing: the slots show the pictures
    assert screen.pad.buttons["casa"].property("chosen") is True
    tap(qtbot, window, screen, ("corazon", "auto"))
    assert screen.heading.text() == "Now tap the same 4 pictures again"
    tap(qtbot, window, screen, ("casa", "corazon", "pelota", "auto"))  # not the same order
    assert screen.heading.text() == "Choose 4 secret pictures, in order"
    assert screen.message.text() == "They were not the same pictures. Let’s choose them again, calmly."
    tap(qtbot, window, screen, ("casa", "pelota", "corazon", "auto"))
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        tap(qtbot, window, screen, ("casa", "pelota", "corazon", "auto"))
    assert window.learner.display_name == "Luis"
    secret = db_rows(home, "SELECT picture_secret FROM learners WHERE display_name = 'Luis'")[0][0]
    assert sequence_matches(secret, ("casa", "pelota", "corazon", "auto"))


def test_an_old_three_picture_secret_then_four_new_ones(qtbot, kiosk, home):
    """A kiosk updated from 3 of 9 pictures: Ana's old secret opens once, then she chooses 4."""
    import base64
    import hashlib
    import sqlite3

    window, gate = kiosk()
    old = ("manzana", "barco", "llave")
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(",".join(old).encode(), salt=salt, n=2**12, r=8, p=1, dklen=32)
    legacy = f"scrypt$4096$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    con = sqlite3.connect(home / "kiosk.sqlite3")
    con.execute("UPDATE learners SET picture_secret = ? WHERE display_name = 'Ana'", (legacy,))
    con.commit()
    con.close()
    tap_tile(qtbot, window, "Ana")
    screen = gate.screen
    assert screen.heading.text() == "Tap your 3 secret pictures, in order"
    assert [s.isVisible() for s in screen.pad.slots] == [True, True, True, False]
    tap(qtbot, window, screen, old)
    assert window.learner is None and screen.heading.text() == "Now secret pictures are 4! Choose 4 new ones, in order"
    new = ("perro", "helado", "auto", "casa")
    tap(qtbot, window, screen, new)
    assert screen.heading.text() == "Now tap the same 4 pictures again"
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        tap(qtbot, window, screen, new)
    secret = db_rows(home, "SELECT picture_secret FROM learners WHERE display_name = 'Ana'")[0][0]
    assert secret.startswith("pictures4$scrypt$") and sequence_matches(secret, new)


def test_thats_not_me_goes_back_to_the_tiles(qtbot, kiosk):
    window, gate = kiosk()
    tap_tile(qtbot, window, "Ana")
    tap(qtbot, window, gate.screen, SEQ[:2])
    qtbot.mouseClick(gate.screen.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.signin and window.learner is None
    assert [s.property("filled") for s in gate.screen.pad.slots] == [False] * 4


def test_register_screen_picture_step(qtbot):
    from kiosk.app import create_app
    from kiosk.ui.avatars import bundled_avatars
    from kiosk.ui.screens.register import RegisterScreen

    create_app()
    screen = RegisterScreen(bundled_avatars("en"), lang="en")
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.set_picture_step(True)
    type_text(screen.name, "Rocío")
    screen.avatar_group.button(2).click()
    screen.age_group.button(0).click()
    submitted = []
    screen.submitted.connect(lambda *args: submitted.append(args))
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    assert submitted == [] and screen.steps.currentWidget() is screen.pictures
    for key in ("arbol", "guitarra", "llave", "helado", "arbol", "guitarra", "llave", "helado"):
        qtbot.mouseClick(screen.pictures.pad.buttons[key], Qt.MouseButton.LeftButton)
    assert len(submitted) == 1 and submitted[0][0] == "Rocío"
    assert screen.picture_sequence == ("arbol", "guitarra", "llave", "helado")
    assert not screen.pictures.teacher_button.isVisible()  # their own new profile: no teacher
    # Back from the picture step returns to the form, not to the tiles.
    screen._show_pictures()
    cancelled = []
    screen.cancelled.connect(lambda: cancelled.append(True))
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.steps.currentWidget() is screen.details and cancelled == []
    screen.reset()
    assert screen.picture_sequence is None


def test_register_screen_without_the_step(qtbot):
    from kiosk.app import create_app
    from kiosk.ui.avatars import bundled_avatars
    from kiosk.ui.screens.register import RegisterScreen

    create_app()
    screen = RegisterScreen(bundled_avatars("en"))
    qtbot.addWidget(screen)
    type_text(screen.name, "Leo")
    screen.avatar_group.button(0).click()
    screen.age_group.button(0).click()
    with qtbot.waitSignal(screen.submitted, timeout=1000):
        screen.submit_button.click()
    assert screen.picture_sequence is None and screen.pictures is None


def test_register_with_pictures_in_the_window(qtbot, kiosk, home):
    """The whole walk in the window: “I’m new”, the form, 4 pictures twice (no teacher: it is
    their own new profile), signed in, and the hash stored."""
    window, gate = kiosk()
    assert gate.enabled is True
    qtbot.mouseClick(window.signin.new_button, Qt.MouseButton.LeftButton)
    screen = window.register_screen
    type_text(screen.name, "Rocío")
    screen.avatar_group.button(2).click()
    screen.age_group.button(0).click()
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    assert screen.steps.currentWidget() is screen.pictures
    keys = ("arbol", "guitarra", "llave", "perro")
    for key in keys:
        qtbot.mouseClick(screen.pictures.pad.buttons[key], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        for key in keys:
            qtbot.mouseClick(screen.pictures.pad.buttons[key], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    secret = db_rows(home, "SELECT picture_secret FROM learners WHERE display_name = 'Rocío'")[0][0]
    assert sequence_matches(secret, keys)
    # Signed out, Rocío's tile now asks for her pictures.
    window.sign_out("exit")
    tap_tile(qtbot, window, "Rocío")
    assert gate.current() and gate.screen.heading.text() == "Tap your 4 secret pictures, in order"
