"""The turtle challenge through the real window (lessons/muestra/todas-las-actividades/turtle):
each run goes through the sandbox on the compute lane and is recorded as an attempt with its
verdict; the learner finds their last program on the next visit."""

from __future__ import annotations

import json

import pytest

from kiosk.content.activities.turtle import TurtleAnswer
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import register

LESSON = "muestra/todas-las-actividades/turtle"
SQUARE_PAGE = 1
NEAR = "repetir 3:\n    avanzar(100)\n    derecha(90)"
RIGHT = "repetir 4:\n    avanzar(100)\n    derecha(90)"


@pytest.fixture(autouse=True)
def demo_lessons(monkeypatch):
    monkeypatch.setenv("KIOSK_DEMO_LESSONS", "1")


def square(window):
    screen = window.lesson_screen
    [quiz] = [q for q in screen.quizzes if q.activity.id == "cuadrado"]
    return quiz


def run(qtbot, quiz, program: str) -> list:
    with qtbot.waitSignal(quiz.answered, timeout=30_000) as blocker:
        quiz.give(TurtleAnswer(program, False))
    return blocker.args


def test_runs_are_checked_recorded_and_the_last_program_comes_back(qtbot, make_window, home):
    window = make_window()
    register(qtbot, window, name="Rosa")
    window.open_lesson(LESSON, SQUARE_PAGE)
    quiz = square(window)
    screen = window.lesson_screen
    assert quiz.lanes.runner is screen.tasks  # the window's compute lane runs the programs
    assert quiz.studio.canvas is not None and quiz.lang == "es"
    assert "avanzar(100)" in quiz.studio.program_source()  # the starter

    activity, answer, correct = run(qtbot, quiz, NEAR)
    assert not correct and answer == TurtleAnswer(NEAR, False) and answer.rule == "drawing"
    assert not quiz.done and quiz.feedback.isVisible() and quiz.feedback.property("state") == "wrong"
    assert quiz.studio.message.isVisible() and quiz.studio.message.text()  # the checker's sentence
    assert "cuatro lados iguales" in quiz.explanation.text()  # the first hint

    activity, answer, correct = run(qtbot, quiz, RIGHT)
    assert correct and quiz.done and quiz.feedback.property("state") == "right"
    settle(qtbot, window)
    rows = db_rows(home, "SELECT answer, correct FROM attempts WHERE question_id = ? ORDER BY rowid",
                   f"{LESSON}#cuadrado")
    assert [(json.loads(a)["passed"], json.loads(a)["rule"], c) for a, c in rows] == [
        (False, "drawing", 0), (True, None, 1)]

    # a new visit: the last program is in the studio again
    window.leave_lesson()
    window.open_lesson(LESSON, SQUARE_PAGE)
    quiz = square(window)
    qtbot.waitUntil(lambda: "repetir 4" in quiz.studio.program_source(), timeout=10_000)
    assert not quiz.done
