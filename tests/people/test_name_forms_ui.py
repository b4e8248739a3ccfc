"""The forms where staff type names: a name of only invisible characters gets its kind message
(the OK button is not silently dead), and what is stored is the clean name."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.classes.conftest import settle
from tests.staff.conftest import COORDINATOR_PIN, staff_window  # noqa: F401 - fixture
from tests.ui.conftest import type_text


def rows(home, sql):
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def click(qtbot, widget):
    assert widget.isEnabled() and widget.isVisible(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_class_dialog_says_when_a_name_is_only_invisible(qtbot, staff_ctx, store, home):
    from kiosk.ui.staff.classes import ClassesPage

    page = ClassesPage(staff_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 690)
    page.show()
    settle(qtbot, staff_ctx)
    click(qtbot, page.new_class_button)
    dialog = page.dialog
    type_text(dialog.name, "\u200b\u2060\u202e")
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Write a name for the class."
    assert rows(home, "SELECT name FROM classes") == []
    dialog.name.clear()
    type_text(dialog.name, "\u202e5º\u00a0A\u200b")
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert page.dialog is None
    assert rows(home, "SELECT name FROM classes") == [("5º A",)]
    assert staff_ctx.problems == []


def test_first_start_cleans_the_names_and_refuses_an_invisible_one(qtbot, staff_window, home, fast_hashes):
    window = staff_window()
    qtbot.waitUntil(lambda: window.current_screen() is window.first_run_screen, timeout=5000)
    screen = window.first_run_screen
    type_text(screen.site_name, "Telecentro\u202e Luque\u200b")
    type_text(screen.name, "\u200b\u2060")
    type_text(screen.secret, COORDINATOR_PIN)
    type_text(screen.again, COORDINATOR_PIN)
    click(qtbot, screen.start_button)
    assert screen.error.isVisible() and screen.error.text() == "Escribí tu nombre."  # the setup starts in Spanish
    assert rows(home, "SELECT count(*) FROM staff") == [(0,)]
    type_text(screen.name, "Zulma\u202e")
    click(qtbot, screen.start_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.code_view, timeout=10_000)
    assert rows(home, "SELECT display_name FROM staff") == [("Zulma",)]
    assert rows(home, "SELECT value FROM settings WHERE key = 'site.site_name'") == [("Telecentro Luque",)]
