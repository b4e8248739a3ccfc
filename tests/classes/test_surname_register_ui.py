"""The register screen refuses what looks like a surname, kindly, in Spanish (voseo); the
site can allow full names."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text


def try_register(qtbot, window, name: str) -> None:
    qtbot.mouseClick(window.signin.new_button, Qt.MouseButton.LeftButton)
    screen = window.register_screen
    assert window.current_screen() is screen
    type_text(screen.name, name)
    screen.avatar_group.button(0).click()
    screen.age_group.button(0).click()
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)


def test_a_surname_is_refused_kindly(qtbot, make_window):
    window = make_window()
    try_register(qtbot, window, "Ana Benítez")
    screen = window.register_screen
    qtbot.waitUntil(screen.error.isVisible, timeout=5000)
    assert "sin apellido" in screen.error.text() and "Escribí" in screen.error.text()
    assert window.learner is None
    assert window.store.learners.count_active() == 0


def test_the_site_may_allow_full_names(qtbot, make_window):
    window = make_window()
    window.store.site.update(allow_full_names=True)
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        try_register(qtbot, window, "Ana Benítez")
    assert window.learner.display_name == "Ana Benítez"
