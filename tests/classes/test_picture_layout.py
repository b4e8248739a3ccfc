"""The picture screen on the smallest kiosk screen (1024x600), in Spanish: every picture
button whole and big enough for an 8-year-old's finger, and a full sign-in counted in taps.

Set KIOSK_SHOTS=folder to keep pictures of the screens."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from kiosk.core import secrets
from kiosk.people.picture_password import PICTURES, SEQUENCE_LEN
from tests.ui.conftest import settle

SEQ = ("helado", "casa", "perro", "barco")
MIN_BUTTON_PX = 90  # about 2 cm on a 10" 1024x600 netbook screen


def shot(widget, name: str) -> None:
    folder = os.environ.get("KIOSK_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def rect_in(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


class Taps:
    """Every tap a learner makes, counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def __call__(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled()
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture()
def small_kiosk(make_window, home, qtbot):
    from kiosk.backend import Backend

    with Backend.open(home / "kiosk.sqlite3") as store:
        store.staff.params = secrets.ScryptParams(n=2**14, r=8, p=1)
        store.staff.create("Zulma", "coordinator", "739150")
        store.pictures.set_enabled(True)
        ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
        store.learners.register("Luis", "sol.svg", "8-11", "learner")
        store.pictures.set(ana.id, SEQ)
    window = make_window(lang="es")
    window.resize(1024, 600)
    settle(qtbot, window)
    return window


def assert_fits(window, screen, *, paused: bool = False) -> None:
    """Every picture whole, none overlapping, nothing above the grid reaching into it; big
    enough for a finger unless ``paused`` (the pad is off, the pictures may shrink)."""
    assert (window.width(), window.height()) == (1024, 600)  # big pictures never push the window taller
    whole = QRect(0, 0, window.width(), window.height())
    grid = [rect_in(btn, window) for btn in screen.pad.buttons.values()]
    for rect in grid:
        assert whole.contains(rect), rect
        assert min(rect.width(), rect.height()) >= (48 if paused else MIN_BUTTON_PX), rect
        assert rect.width() == rect.height()  # square: never squeezed by the layout
    for a in range(len(grid)):  # no two buttons overlap
        assert not any(grid[a].intersects(grid[b]) for b in range(a + 1, len(grid)))
    top = min(r.top() for r in grid)
    for widget in (screen.heading, screen.message, *screen.pad.slots[:SEQUENCE_LEN]):
        if widget.isVisible():
            assert rect_in(widget, window).bottom() < top  # above the grid, nothing under a finger
    # 4 columns x 3 rows
    assert len({r.left() for r in grid}) == 4 and len({r.top() for r in grid}) == 3 == len(PICTURES) // 4


def test_sign_in_by_taps_at_1024x600(qtbot, small_kiosk):
    window = small_kiosk
    assert (window.width(), window.height()) == (1024, 600)
    taps = Taps(qtbot)
    taps(next(t for t in window.signin.tiles() if t.text() == "Ana"))
    settle(qtbot, window)
    screen = window.picture_gate.screen
    assert window.current_screen() is screen
    assert screen.heading.text() == "Tocá tus 4 dibujos secretos, en orden"
    assert_fits(window, screen)
    assert screen.panel.again_button.isVisible() and \
        QRect(0, 0, 1024, 600).contains(rect_in(screen.panel.again_button, window))
    shot(window, "pictures-1024x600")
    for key in SEQ[:-1]:
        taps(screen.pad.buttons[key])
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        taps(screen.pad.buttons[SEQ[-1]])
    settle(qtbot, window)
    assert window.learner.display_name == "Ana"
    # A sign-in takes 5 taps: the tile and 4 pictures (the grid is never shuffled).
    assert taps.count == 5
    print(f"\nsign-in taps at 1024x600: {taps.count}")


def test_teacher_and_pause_screens_fit_at_1024x600(qtbot, small_kiosk):
    window = small_kiosk
    qtbot.mouseClick(next(t for t in window.signin.tiles() if t.text() == "Luis"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    gate = window.picture_gate
    screen = gate.screen
    assert screen.heading.text() == "Todavía no tenés dibujos secretos"
    assert screen.message.text() == "Pedile a tu profe que confirme que sos vos. Después elegís tus dibujos."
    button = screen.teacher_button
    assert button.text() == "Profe: confirmar"
    assert QRect(0, 0, 1024, 600).contains(rect_in(button, window)) and button.height() >= 48
    shot(window, "pictures-teacher-1024x600")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    page = gate.teacher_page
    assert page is not None and (window.width(), window.height()) == (1024, 600)
    panel = page.panel
    qtbot.mouseClick(panel.tiles()[0], Qt.MouseButton.LeftButton)  # one staff member: the PIN pad
    settle(qtbot, window)
    whole = QRect(0, 0, 1024, 600)
    for widget in (page.cancel_button, panel.pad.field, *panel.findChildren(type(page.cancel_button))):
        if widget.isVisible():
            assert whole.contains(rect_in(widget, window)), widget
    shot(window, "pictures-teacher-pin-1024x600")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    qtbot.mouseClick(next(t for t in window.signin.tiles() if t.text() == "Ana"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    screen.show_locked(900)
    settle(qtbot, window)
    assert screen.message.text().startswith("Hagamos una pausa. Podés probar de nuevo en 15 minutos.")
    assert screen.lift_button.text() == "Profe: quitar la pausa"
    assert_fits(window, screen, paused=True)
    lift = rect_in(screen.lift_button, window)
    assert QRect(0, 0, 1024, 600).contains(lift) and lift.height() >= 48
    assert lift.bottom() < min(rect_in(b, window).top() for b in screen.pad.buttons.values())
    assert screen.lift_button.isEnabled() and screen.lift_button.width() >= screen.lift_button.sizeHint().width()
    shot(window, "pictures-pause-1024x600")
