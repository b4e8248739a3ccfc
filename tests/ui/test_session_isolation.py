"""A shared PC: after a sign-out and a sign-in, nothing of the previous learner is on screen --
not their progress, not their "Continue", not their lesson -- even when their data arrives late."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from tests.ui.test_learner_flow import answer_all_and_finish, first_quiz_page, module_card, register


def _ana_with_progress(qtbot, window):
    """Ana completes the first lesson and stops in the middle of the second."""
    register(qtbot, window, name="Ana", avatar_index=0)
    card = module_card(window)
    qtbot.mouseClick(card.lesson_buttons[0], Qt.MouseButton.LeftButton)
    answer_all_and_finish(qtbot, window)
    settle(qtbot, window)
    window.show_home()
    qtbot.waitUntil(lambda: module_card(window).progress.value() == 1, timeout=5000)
    qtbot.mouseClick(module_card(window).lesson_buttons[1], Qt.MouseButton.LeftButton)
    first_quiz_page(qtbot, window)
    settle(qtbot, window)
    ana = window.learner
    window.leave_lesson()
    settle(qtbot, window)
    assert window.home_screen.resume_button is not None  # Ana has somewhere to continue
    assert module_card(window).progress.value() == 1
    return ana


def _shows_nothing_of_ana(window) -> None:
    home = window.home_screen
    assert window.learner.display_name == "Beto"
    assert home.hello.text() == "¡Hola, Beto!"
    assert home.resume_button is None
    assert home.cards and all(card.progress.value() == 0 for card in home.cards)
    assert window.lesson_screen.lesson is None and window.lesson_screen.quizzes == []


def test_the_next_learner_sees_only_their_own_progress(qtbot, make_window):
    window = make_window()
    ana = _ana_with_progress(qtbot, window)
    window.sign_out("exit")
    assert window.current_screen() is window.signin
    register(qtbot, window, name="Beto", avatar_index=1)
    settle(qtbot, window)
    _shows_nothing_of_ana(window)

    # and Ana's progress is still hers when she comes back
    window.sign_out("exit")
    window.sign_in(ana)
    settle(qtbot, window)
    assert window.home_screen.resume_button is not None
    assert module_card(window).progress.value() == 1


def test_a_late_answer_for_the_previous_learner_is_dropped(qtbot, make_window):
    window = make_window()
    ana = _ana_with_progress(qtbot, window)
    window.sign_out("exit")
    register(qtbot, window, name="Beto", avatar_index=1)
    beto = window.learner
    settle(qtbot, window)
    window.sign_out("exit")
    settle(qtbot, window)

    # Ana's home is asked for, then she leaves and Beto signs in before the worker answers.
    # Every time the home screen is filled, it must be for whoever is signed in right then.
    home = window.home_screen
    shown = []
    real_show = home.show_learner

    def spy(learner, *args, **kwargs):
        shown.append((learner.display_name, window.learner.display_name if window.learner else None))
        return real_show(learner, *args, **kwargs)

    home.show_learner = spy
    window.sign_in(ana)
    window.sign_out("exit")
    window.sign_in(beto)
    settle(qtbot, window)
    assert shown == [("Beto", "Beto")]
    _shows_nothing_of_ana(window)
