"""The lesson run (kiosk/ui/lesson_run.py) through the real window: Back over a solved question,
scores from graded activities only, and a page flow that may branch."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.content.activities import KINDS
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import answer_all_and_finish, first_quiz_page, module_card, register

FIRST_LESSON = "internet-seguro/cuida-tus-secretos/contrasenas-fuertes"


def test_going_back_over_a_solved_question_shows_it_solved(qtbot, make_window, home):
    window = make_window()
    register(qtbot, window, name="Ramona")
    qtbot.mouseClick(module_card(window).lesson_buttons[0], Qt.MouseButton.LeftButton)
    screen = first_quiz_page(qtbot, window)
    quiz_page = screen.index
    quiz = screen.quizzes[0]
    wrong = next(i for i, o in enumerate(quiz.activity.options) if not o.correct)
    right = [i for i, o in enumerate(quiz.activity.options) if o.correct]
    quiz.choose(wrong)
    quiz.choose(*right)
    assert quiz.done
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.index == quiz_page + 1
    settle(qtbot, window)
    attempts = db_rows(home, "SELECT count(*) FROM attempts")[0][0]
    assert attempts == 2

    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.index == quiz_page
    again = screen.quizzes[0]
    assert again is not quiz and again.activity.id == quiz.activity.id
    assert again.done and again.feedback.isVisible() and again.feedback.property("state") == "right"
    assert [b.isChecked() for b in again.options] == [i in right for i in range(len(again.options))]
    assert [b.property("state") for b in again.options] == ["right" if i in right else "" for i in range(len(again.options))]
    assert not any(b.isEnabled() for b in again.options)
    assert screen.next_button.isEnabled() and screen.hint.text() == ""
    settle(qtbot, window)
    assert db_rows(home, "SELECT count(*) FROM attempts")[0][0] == attempts  # nothing re-recorded

    # A new visit starts afresh.
    window.leave_lesson()
    window.open_lesson(FIRST_LESSON, quiz_page)
    assert not window.lesson_screen.quizzes[0].done


def test_only_graded_activities_count_in_the_score(qtbot, make_window, home, monkeypatch):
    monkeypatch.setattr(KINDS["truefalse"], "graded", False)
    window = make_window()
    register(qtbot, window, name="Tobías")
    window.open_lesson(FIRST_LESSON, 0)
    screen = window.lesson_screen
    while not any(q.activity.kind == "truefalse" for q in screen.quizzes):
        for quiz in screen.quizzes:
            quiz.choose(*[i for i, o in enumerate(quiz.activity.options) if o.correct])
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    truefalse = next(q for q in screen.quizzes if q.activity.kind == "truefalse")
    truefalse.choose(next(i for i, o in enumerate(truefalse.activity.options) if not o.correct))
    assert not truefalse.done  # still answered until right, and recorded
    answer_all_and_finish(qtbot, window)
    settle(qtbot, window)
    rows = db_rows(home, "SELECT count(*) FROM attempts WHERE correct = 0")
    assert rows == [(1,)]
    assert db_rows(home, "SELECT best_score FROM lesson_progress WHERE lesson_id = ?", FIRST_LESSON) == [(1.0,)]
    assert window.complete_screen.stars == 3


def test_the_screen_asks_the_page_flow_and_back_retraces(qtbot, make_window, monkeypatch):
    window = make_window()
    register(qtbot, window, name="Nilda")
    window.open_lesson(FIRST_LESSON, 0)
    screen = window.lesson_screen
    last = len(screen.lesson.pages) - 1
    monkeypatch.setattr(KINDS["single"], "next_page", lambda activity, answer, lesson: last)
    screen = first_quiz_page(qtbot, window)
    jumped_from = screen.index
    quiz = screen.quizzes[0]
    assert quiz.activity.kind == "single"
    quiz.choose(*[i for i, o in enumerate(quiz.activity.options) if o.correct])
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.index == last != jumped_from + 1
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.index == jumped_from and screen.quizzes[0].done
