"""The staff area fits a 1024x600 screen and a 1366x768 one (issue 14): a coordinator on the
demo telecenter sees every page's name in the page list without scrolling, and no staff page
is wider than the room beside the list (no horizontal scroll bar on any page).

The pages are read from ``PAGES``, so a page added later is covered too; the "Backups" page
(coming from another branch) is stood in for by a small page when its module is missing, so the
page list is measured with all nine entries.  ``KIOSK_SHOTS=DIR`` saves each page as a PNG.

About 20 s on 2 cores: the demo database is filled once for the file (12-15 s, as in
test_staff_overflow) and every page is built at both sizes."""

from __future__ import annotations

import importlib.util
import os

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QVBoxLayout, QWidget

from tests.staff.test_staff_overflow import demo_database, demo_home, visible_rect  # noqa: F401 - fixtures
from tests.staff.test_staff_ui import sign_in_staff
from tests.ui.conftest import settle

SHOTS = os.environ.get("KIOSK_SHOTS")
# Pages still wider than the room at 1024x600 (the room is ~728-746 px): the test xfails on
# them, and fails on any other.  None since issue 15: the workshops form, the sync page's card
# and buttons, the lesson packs' buttons and the backups card stack or wrap when narrow
# (kiosk.ui.widgets.fold), in Spanish too.
TOO_WIDE_AT_1024: set[str] = set()


class StandInPage(QWidget):
    """Stands in for the Backups page until its branch is merged: a title and a line."""

    def __init__(self, ctx) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Backups"))


@pytest.fixture()
def all_pages(monkeypatch):
    from kiosk.ui.staff import area

    pages = list(area.PAGES)
    if not any(key == "backups" for key, *_ in pages) or importlib.util.find_spec("kiosk.ui.staff.backups") is None:
        pages = [page for page in pages if page[0] != "backups"]
        at = next(i for i, page in enumerate(pages) if page[0] == "content") + 1
        pages.insert(at, ("backups", "Backups", __name__, "StandInPage", True))
        monkeypatch.setattr(area, "PAGES", pages)
    return pages


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=["1024x600", "1366x768"])
def test_every_page_name_shows_and_no_page_scrolls_sideways(qtbot, staff_window, demo_home, all_pages, size):
    name, role, pin = demo_home
    assert role == "coordinator"
    window = staff_window()
    window.resize(*size)
    settle(qtbot, window)
    assert (window.width(), window.height()) == size  # the sign-in screen fits
    area = sign_in_staff(qtbot, window, name, pin)
    # The staff PIN screen (with its pad) is measured on its own below (it fits 600 px since issue
    # 14); set aside here so that only the staff area counts.
    window.staff_signin_screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    window.staff_signin_screen.updateGeometry()
    QApplication.processEvents()
    window.setMinimumSize(0, 0)
    window.resize(*size)
    settle(qtbot, window)
    assert list(area.nav) == [key for key, *_ in all_pages]  # a coordinator sees them all
    assert len(area.nav) >= 8  # seven today and "backups"
    problems, known = [], []
    for key in area.nav:
        area.show_page(key)
        settle(qtbot, window)
        QApplication.processEvents()
        if (window.width(), window.height()) != size:
            problems.append(f"{key}: the window grew to {window.width()}x{window.height()}")
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, f"{key}-{size[0]}x{size[1]}.png"))
        for entry_key, entry in area.nav.items():  # no parent (scroll area, window) cuts it
            if not entry.isVisible() or visible_rect(entry) != entry.rect():
                problems.append(f"{key}: the entry {entry_key!r} is cut: {visible_rect(entry)} of {entry.rect()}")
        page = area.page(key)
        if size == (1024, 600) and key in TOO_WIDE_AT_1024:
            known.append(key)
            continue
        room = area.scroll.viewport().width()
        need = page.minimumSizeHint().expandedTo(page.minimumSize()).width()
        if need > room:
            problems.append(f"{key}: the page needs {need}px wide, the room is {room}px")
        if area.scroll.horizontalScrollBar().isVisible():
            problems.append(f"{key}: a horizontal scroll bar shows")
    assert problems == [], "\n".join(problems)
    if known:
        pytest.xfail(f"pages still wider than 1024x600 leaves: {', '.join(known)}")


def test_the_staff_pin_screen_fits_1024x600(qtbot, staff_window, demo_home):
    name, _role, pin = demo_home
    window = staff_window()
    window.resize(1024, 600)
    settle(qtbot, window)
    from tests.staff.test_staff_ui import click, open_staff_signin, tile

    panel = open_staff_signin(qtbot, window)
    if len(panel.staff) > 1:
        click(qtbot, tile(panel, name))
    settle(qtbot, window)
    assert panel.pad.field.isVisible()
    assert window.staff_signin_screen.minimumSizeHint().height() <= 600
