"""A ``scenario`` through the real window: a learner takes a path to a bad ending by mouse and
number key, goes back by keyboard and mouse, chooses again with the arrows and Enter, reaches the
good ending; the attempts are the paths taken and the staff's learner page says them in words.
The window runs in Spanish (its default language), so the texts asserted are the Spanish ones."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kiosk.backend import Backend
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import register

LESSON = "muestra/todas-las-actividades/scenario"
QUESTION = f"{LESSON}#diamantes-gratis"


def shown_texts(widget) -> list[str]:
    """The texts of the labels a mock view draws (all plain text)."""
    from PySide6.QtWidgets import QLabel

    labels = widget.findChildren(QLabel)
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in labels if lab.text())
    return [lab.text() for lab in labels]


def test_a_story_answered_wrongly_then_rightly_through_the_widget(qtbot, make_window, home):
    window = make_window()
    register(qtbot, window, name="Belén")
    window.open_lesson(LESSON, 1)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    assert quiz.activity.id == "diamantes-gratis" and not quiz.done
    assert quiz.text.text().startswith("En el chat del juego")
    assert quiz.mock is not None and quiz.mock.isVisible() and "PremiosIsla_Oficial" in shown_texts(quiz.mock)
    assert not quiz.back.isVisible() and not quiz.chosen.isVisible()
    assert not screen.next_button.isEnabled()

    # A mouse click: the story goes on, with the choice's feedback above the next node.
    qtbot.mouseClick(quiz.choices[0], Qt.MouseButton.LeftButton)
    assert quiz.node.id == "mando-clave"
    assert quiz.chosen_text.text() == "Elegiste: Le mando mi contraseña para tener los diamantes"
    assert quiz.chosen_feedback.text().startswith("Los «diamantes gratis»")
    assert quiz.back.isVisible() and quiz.mock is None
    assert [b.isVisible() for b in quiz.choices] == [True, True, True, False]

    # The number key 2: a bad ending, its next step, "choose again".
    with qtbot.waitSignal(quiz.answered) as blocker:
        qtbot.keyClick(quiz.focusWidget(), Qt.Key.Key_2)
    wrong = blocker.args[1]
    assert blocker.args[2] is False and wrong.end == "final-malo"
    assert quiz.feedback.isVisible() and quiz.feedback.property("state") == "wrong"
    assert quiz.feedback_text.text() == "Este no es el mejor final. Volvé y elegí otra vez."
    assert quiz.explanation.text().startswith("Desde ahora: Nunca es tarde para pedir ayuda.")
    assert not any(b.isVisible() for b in quiz.choices)
    assert not quiz.done and not screen.next_button.isEnabled()

    # Back twice: Enter on the focused "choose again", then a click.
    assert quiz.focusWidget() is quiz.back
    qtbot.keyClick(quiz.back, Qt.Key.Key_Return)
    assert quiz.node.id == "mando-clave" and not quiz.feedback.isVisible()
    qtbot.mouseClick(quiz.back, Qt.MouseButton.LeftButton)
    assert quiz.node.id == "inicio" and not quiz.back.isVisible() and not quiz.chosen.isVisible()
    assert quiz.focusWidget() is quiz.choices[0]

    # The arrows move between the choices, Enter chooses: the good ending.
    qtbot.keyClick(quiz.choices[0], Qt.Key.Key_Down)
    qtbot.keyClick(quiz.focusWidget(), Qt.Key.Key_Down)
    assert quiz.focusWidget() is quiz.choices[2]
    with qtbot.waitSignal(quiz.answered) as blocker:
        qtbot.keyClick(quiz.choices[2], Qt.Key.Key_Return)
    right = blocker.args[1]
    assert blocker.args[2] is True and right.end == "final-bueno"
    assert quiz.done and quiz.feedback.property("state") == "right"
    assert quiz.feedback_text.text() == "¡Un buen final!"
    assert "Nadie de verdad te regala premios" in quiz.explanation.text()  # the explanation, once right
    assert not quiz.back.isVisible() and screen.next_button.isEnabled()

    settle(qtbot, window)
    rows = db_rows(home, "SELECT answer, correct, learner_id FROM attempts WHERE question_id = ? "
                         "ORDER BY created_at", QUESTION)
    assert [(json.loads(answer), correct) for answer, correct, _ in rows] == [
        ({"steps": [["inicio", "a"], ["mando-clave", "b"]], "end": "final-malo"}, 0),
        ({"steps": [["inicio", "c"]], "end": "final-bueno"}, 1),
    ]

    # The staff's learner page says the paths in words.
    from kiosk.ui.staff.report_common import Texts
    from kiosk.ui.staff.report_learner import LearnerView

    with Backend.open(home / "kiosk.sqlite3") as backend:
        detail = backend.reports.learner_detail(rows[0][2])
    view = LearnerView("es")
    qtbot.addWidget(view)
    view.show_detail(detail, Texts(window.catalog, "es"), LESSON)
    said = [[view.attempts.item(r, c).text() for c in (1, 2, 3)] for r in range(view.attempts.rowCount())]
    assert said == [  # newest first
        ["Un mensaje en el chat del juego",
         "Eligió: No contesto y le aviso a la encargada del telecentro; final: bueno", "✓ bien"],
        ["Un mensaje en el chat del juego",
         "Eligió: Le mando mi contraseña para tener los diamantes → Me quedo callada para que no me "
         "reten; final: malo", "✗ todavía no"],
    ]


def test_going_back_to_a_finished_story_shows_its_good_ending(qtbot, make_window):
    window = make_window()
    register(qtbot, window, name="Tobías")
    window.open_lesson(LESSON, 2)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    qtbot.mouseClick(quiz.choices[1], Qt.MouseButton.LeftButton)
    assert quiz.done and quiz.node.id == "final-bueno"
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    [again] = screen.quizzes
    assert again is not quiz and again.done and again.node.id == "final-bueno"
    assert again.chosen_text.text() == "Elegiste: Le digo que no, y que mañana en el recreo le explico la tarea"
    assert again.feedback.property("state") == "right" and not again.back.isVisible()


def example_widget(qtbot):
    """The scenario of the demo lesson in a bare widget (no window)."""
    from kiosk.content.catalog import load_catalog
    from kiosk.resources import lessons_dir
    from kiosk.ui.activities import widget_for

    catalog = load_catalog(lessons_dir())
    activity = catalog.lesson(LESSON, "es").activity("diamantes-gratis")
    widget = widget_for(activity)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_keys_beyond_the_choices_and_arrows_wrap(qtbot):
    quiz = example_widget(qtbot)
    quiz.take_focus()
    with qtbot.assertNotEmitted(quiz.answered):
        qtbot.keyClick(quiz.choices[0], Qt.Key.Key_4)  # the first node has 3 choices
        assert quiz.node.id == "inicio" and not quiz.chosen.isVisible()
        qtbot.keyClick(quiz.choices[0], Qt.Key.Key_Up)  # from the first, up goes to the last
        assert quiz.focusWidget() is quiz.choices[2]
        qtbot.keyClick(quiz.choices[2], Qt.Key.Key_Down)
        assert quiz.focusWidget() is quiz.choices[0]
        qtbot.keyClick(quiz.choices[0], Qt.Key.Key_2)  # "Le pregunto quién es"
    assert quiz.node.id == "pregunta" and quiz.mock is not None and quiz.mock.isVisible()
    assert any(t.startswith("Soy del equipo del juego") for t in shown_texts(quiz.mock))
    qtbot.keyClick(quiz.focusWidget(), Qt.Key.Key_Up)  # the last stop is "choose again"
    assert quiz.focusWidget() is quiz.back


def test_a_stored_path_the_story_no_longer_has_stops_where_it_stops_matching(qtbot):
    from kiosk.content.activities._scenario_graph import ScenarioPath

    quiz = example_widget(qtbot)
    with qtbot.assertNotEmitted(quiz.answered):
        quiz.restore(ScenarioPath((("inicio", "b"), ("pregunta", "z")), "final-bueno"))
    assert quiz.node.id == "pregunta" and not quiz.done and not quiz.feedback.isVisible()
    assert quiz.back.isVisible()
