"""Every staff page at 1366x768, in the real window with the demo telecenter, after its main
action: nothing is clipped (issue 8, point 5)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.staff.test_staff_ui import sign_in_staff
from tests.ui.conftest import settle

SHOTS = os.environ.get("KIOSK_SHOTS")  # a folder: each checked screen is also saved as a PNG


@pytest.fixture()
def demo_home(home, fast_hashes):
    from kiosk import resources
    from kiosk.backend import Backend
    from kiosk.content.catalog import load_catalog
    from kiosk.demo import DEMO_STAFF, fill_demo

    with Backend.open(home / "kiosk.sqlite3") as store:
        fill_demo(store, load_catalog(resources.lessons_dir()))
    return DEMO_STAFF[0]


@pytest.fixture()
def area(qtbot, staff_window, demo_home):
    name, _role, pin = demo_home
    window = staff_window()
    area = sign_in_staff(qtbot, window, name, pin)
    settle(qtbot, window)
    area.window_ = window
    return area


def shot(window, name):
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, f"{name}.png"))


def test_explore(qtbot, area):
    window = area.window_
    for key in area.nav:
        area.show_page(key)
        settle(qtbot, window)
        shot(window, key)
