"""Issue 9, point 4, on the screens: a locked account is that account's only (a colleague
signs in, or closes the kiosk, with their own PIN), the lock message says how long and the way
out, a coordinator lifts a teacher's lock, and a coordinator with an old short PIN is asked
kindly for a new one."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtCore import Qt

from kiosk.backend import Backend
from kiosk.core import secrets
from kiosk.core.clock import utcnow
from kiosk.people.staff import MAX_TRIES
from tests.staff.conftest import COORDINATOR_PIN, FAST, TEACHER_PIN
from tests.staff.test_staff_ui import click, open_staff_signin, press_keys, sign_in_staff, tile
from tests.ui.conftest import db_rows, settle, type_text


def lock_out(home, staff_id, times=1, wrong="000000"):
    """``times`` lock-outs in a row, as a patient guesser leaves them: the last one still on."""
    moment = utcnow() - timedelta(hours=3)
    with Backend.open(home / "kiosk.sqlite3") as backend:
        for turn in range(times):
            if turn == times - 1:
                moment = utcnow()
            for _ in range(MAX_TRIES):
                outcome = backend.staff.check(staff_id, wrong, now=moment)
            moment += timedelta(seconds=outcome.seconds_left)
    return outcome


def test_a_locked_coordinator_never_stops_a_teacher(qtbot, staff_window, seed, home):
    ids = seed()
    locked = lock_out(home, ids["coordinator"], times=4)  # the fourth in a row: 8 minutes
    assert locked.seconds_left == 8 * 60
    window = staff_window()
    panel = open_staff_signin(qtbot, window)
    click(qtbot, tile(panel, "Zulma"))
    press_keys(qtbot, panel.pad, COORDINATOR_PIN)  # even the right PIN waits
    click(qtbot, panel.pad.enter_key)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=10_000)
    assert panel.message.text().split("\n") == [
        "Demasiados intentos fallidos. Esperá 8 minutos y probá otra vez.",
        "¿Tenés tu código de recuperación? Tocá «¿Olvidaste tu PIN?»: funciona ahora mismo.",
        "Otra persona del personal puede entrar ahora con su propio PIN.",
    ]
    assert not panel.pad.isEnabled() and window.staff is None
    window.staff_signin_screen.grab().save(str(home / "locked-coordinator.png"))  # looked at
    assert panel.forgot_button.isVisible() and panel.forgot_button.isEnabled()

    click(qtbot, panel.other_button)  # "Not you?": a colleague comes in with their own PIN
    area = sign_in_staff(qtbot, window, "Pedro", TEACHER_PIN)
    assert window.staff.display_name == "Pedro" and window.current_screen() is area
    settle(qtbot, window)
    [(until,)] = db_rows(home, "SELECT locked_until FROM staff WHERE id = ?", ids["coordinator"])
    assert until is not None  # still locked: the teacher's sign-in did not lift it


def test_a_teacher_is_told_to_ask_a_coordinator(qtbot, staff_window, seed, home):
    ids = seed()
    lock_out(home, ids["teacher"], wrong="0000")
    window = staff_window()
    panel = open_staff_signin(qtbot, window)
    click(qtbot, tile(panel, "Pedro"))
    press_keys(qtbot, panel.pad, TEACHER_PIN)
    click(qtbot, panel.pad.enter_key)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=10_000)
    lines = panel.message.text().split("\n")
    assert lines[0].startswith("Demasiados intentos fallidos. Esperá ") and "segundos" in lines[0]
    assert lines[1:] == ["Pedile a un coordinador que quite el bloqueo desde la página del personal.",
                         "Otra persona del personal puede entrar ahora con su propio PIN."]
    settle(qtbot, window)


def test_the_exit_dialog_takes_a_teachers_pin_while_the_coordinator_is_locked(qtbot, staff_window, seed, home):
    from tests.staff.test_lock import exit_dialog, type_pin

    ids = seed()
    lock_out(home, ids["coordinator"], times=2)
    window = staff_window(locked=True)
    assert window.close() is False
    dialog = exit_dialog(qtbot, window)
    type_pin(qtbot, dialog, "Zulma", COORDINATOR_PIN)
    qtbot.waitUntil(lambda: dialog.panel.message.isVisible(), timeout=10_000)
    assert dialog.panel.message.text().split("\n") == [
        "Demasiados intentos fallidos. Esperá 2 minutos y probá otra vez.",
        "Otra persona del personal puede entrar ahora con su propio PIN.",  # no recovery in the exit dialog
    ]
    click(qtbot, dialog.panel.other_button)
    with qtbot.waitSignal(window.lock.exit_authorised, timeout=10_000) as authorised:
        type_pin(qtbot, dialog, "Pedro", TEACHER_PIN)
    assert authorised.args == [ids["teacher"]]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_the_recovery_code_opens_a_locked_coordinators_account(qtbot, staff_window, seed, home):
    ids = seed(teacher=False)
    with Backend.open(home / "kiosk.sqlite3") as backend:
        code = backend.staff.issue_recovery_code(ids["coordinator"])
    lock_out(home, ids["coordinator"], times=3)
    window = staff_window()
    screen = window.staff_signin_screen
    open_staff_signin(qtbot, window)
    click(qtbot, screen.panel.forgot_button)
    forgot = screen.forgot
    type_text(forgot.code, code)
    type_text(forgot.secret, "5829")  # a coordinator's PIN has 6 digits: said before anything is sent
    type_text(forgot.again, "5829")
    click(qtbot, forgot.save_button)
    assert forgot.error.text() == ("El PIN de un coordinador necesita de 6 a 8 números "
                                   "(o usá una contraseña de 6 caracteres o más).")
    assert forgot.code.text() == code  # kept; the PINs are typed again
    type_text(forgot.secret, "582931")
    type_text(forgot.again, "582931")
    click(qtbot, forgot.save_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.new_code or forgot.error.isVisible(), timeout=10_000)
    assert not forgot.error.isVisible(), forgot.error.text()
    click(qtbot, screen.new_code.done_button)
    type_text(screen.panel.pad.field, "582931")
    with qtbot.waitSignal(window.staff_signed_in, timeout=10_000):
        click(qtbot, screen.panel.pad.enter_key)
    settle(qtbot, window)
    assert db_rows(home, "SELECT failed_tries, locked_until, lock_level FROM staff") == [(0, None, 0)]


def test_a_coordinator_lifts_a_teachers_lock_on_the_staff_page(qtbot, staff_window, seed, home):
    ids = seed()
    lock_out(home, ids["teacher"], wrong="0000")
    window = staff_window()
    area = sign_in_staff(qtbot, window, "Zulma", COORDINATOR_PIN)
    area.show_page("settings")
    page = area.page("settings")
    manager = page.staff
    page.tabs.setCurrentWidget(manager)
    qtbot.waitUntil(lambda: len(manager.rows) == 2, timeout=5000)
    pedro = next(r for r in manager.rows if r.member.display_name == "Pedro")
    settle(qtbot, window)
    window.grab().save(str(home / "lift-lock.png"))  # looked at
    zulma = next(r for r in manager.rows if r.member.display_name == "Zulma")
    qtbot.waitUntil(lambda: pedro.lock_label.isVisibleTo(manager), timeout=5000)  # rows show on the next turn
    assert pedro.lock_label.text() == "Bloqueado: 1 minuto más"
    assert not zulma.unlock_button.isVisibleTo(manager) and not zulma.lock_label.isVisibleTo(manager)
    click(qtbot, pedro.unlock_button)
    qtbot.waitUntil(lambda: manager.notice.text() == "Pedro ya puede volver a probar su PIN.", timeout=10_000)
    qtbot.waitUntil(lambda: not any(r.unlock_button.isVisibleTo(manager) for r in manager.rows), timeout=5000)
    settle(qtbot, window)
    assert db_rows(home, "SELECT failed_tries FROM staff WHERE id = ?", ids["teacher"]) == [(0,)]
    with Backend.open(home / "kiosk.sqlite3") as backend:
        assert backend.staff.locks() == {}


def test_the_add_form_says_the_rule_of_the_role(qtbot, staff_window, seed, home):
    seed(teacher=False)
    window = staff_window()
    area = sign_in_staff(qtbot, window, "Zulma", COORDINATOR_PIN)
    area.show_page("settings")
    manager = area.page("settings").staff
    area.page("settings").tabs.setCurrentWidget(manager)
    assert manager.secret.placeholderText() == "De 4 a 8 números"
    manager.role.setCurrentIndex(manager.role.findData("coordinator"))
    assert manager.secret.placeholderText() == "De 6 a 8 números"
    assert manager.secret.toolTip().startswith("El PIN de un coordinador tiene de 6 a 8 números")
    type_text(manager.name, "Rosa")
    type_text(manager.secret, "5829")
    type_text(manager.again, "5829")
    click(qtbot, manager.add_button)
    assert manager.error.isVisible() and "de 6 a 8 números" in manager.error.text()
    settle(qtbot, window)
    assert db_rows(home, "SELECT count(*) FROM staff") == [(1,)]


def test_a_coordinator_with_an_old_short_pin_is_asked_kindly_for_a_new_one(qtbot, staff_window, seed, home):
    ids = seed()
    con = sqlite3.connect(home / "kiosk.sqlite3")  # a PIN set before the 6-digit rule
    con.execute("UPDATE staff SET secret_hash = ? WHERE id = ?", (secrets.hash_secret("5829", FAST), ids["coordinator"]))
    con.commit()
    con.close()
    window = staff_window()
    area = sign_in_staff(qtbot, window, "Zulma", "5829")  # still comes in
    qtbot.waitUntil(lambda: getattr(area, "pin_dialog", None) is not None and area.pin_dialog.isVisible(), timeout=5000)
    dialog = area.pin_dialog
    assert dialog.intro.isVisible() and dialog.intro.text().startswith("¡Bienvenido/a! Ahora los coordinadores")
    assert dialog.rules.text().startswith("El PIN de un coordinador tiene de 6 a 8 números")
    dialog.grab().save(str(home / "short-pin.png"))  # looked at
    type_text(dialog.current, "5829")
    type_text(dialog.new, "582931")
    type_text(dialog.again, "582931")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog.ok_button)
    assert area.notice.text() == "Tu PIN se cambió."
    settle(qtbot, window)
    window.staff_sign_out("exit")
    area = sign_in_staff(qtbot, window, "Zulma", "582931")
    settle(qtbot, window)
    assert getattr(area, "pin_dialog", None) is None  # asked once the rule is met: never again


def test_a_teacher_with_4_digits_is_not_asked(qtbot, staff_window, seed):
    seed()
    window = staff_window()
    area = sign_in_staff(qtbot, window, "Pedro", TEACHER_PIN)
    settle(qtbot, window)
    assert getattr(area, "pin_dialog", None) is None
    assert Qt  # (the keypad path is the one the other tests drive)
