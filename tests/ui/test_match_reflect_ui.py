"""``match`` and ``reflect`` through the real window (lessons/muestra/todas-las-actividades):
answered wrongly then rightly with the widget's own controls (mouse and keyboard), the attempts
rows in the database, and what staff read in the reports -- for a reflection, counts for the
class only, never one learner's choice."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.backend import Backend
from kiosk.store.models import ClassMember
from kiosk.ui.main_window import BackendRef
from kiosk.ui.staff.context import StaffContext, StaffMember
from kiosk.ui.staff.reports import ReportsPage
from kiosk.ui.tasks import TaskRunner
from tests.reports.conftest import T0, make_class, make_staff
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import first_quiz_page, register

MATCH_LESSON = "muestra/todas-las-actividades/match"
REFLECT_LESSON = "muestra/todas-las-actividades/reflect"


@pytest.fixture(autouse=True)
def demo_lessons(monkeypatch):
    """The sample track is kept out of learners' homes unless the kiosk runs the demo."""
    monkeypatch.setenv("KIOSK_DEMO_LESSONS", "1")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def card(quiz, left_id: str, right_id: str):
    return next(c for c in quiz.cards[left_id] if c.property("right_id") == right_id)


@pytest.fixture
def reports(qtbot, home):
    """Build the staff reports page over ``home``'s database, as a teacher opens it (in the
    kiosk's language, Spanish, which the window installed)."""
    made = []

    def build(window, class_name: str, learner_ids: list[str]) -> ReportsPage:
        backend = Backend.open(home / "kiosk.sqlite3")
        make_class(backend, class_name, learner_ids)
        tasks = TaskRunner()
        ref = BackendRef()
        ref.store = backend
        problems: list[BaseException] = []
        staff = StaffMember(make_staff(backend), "Profe Nilda", "teacher")
        context = StaffContext(staff, tasks, ref, lambda: window.catalog, "es", problems.append)
        page = ReportsPage(context)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        qtbot.waitUntil(lambda: page.grid_view.model.grid is not None, timeout=10_000)
        made.append((tasks, backend, problems))
        return page

    yield build
    for tasks, backend, problems in made:
        tasks.shutdown()
        backend.close()
        assert problems == []


def loaded(qtbot, page, key):
    return qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == key)


def learner_answers(qtbot, page, row: int) -> list[list[str]]:
    """Open the learner of the grid's ``row``; their answers as (question, answer, result)."""
    table = page.grid_view.table
    index = table.model().index(row, 0)
    with loaded(qtbot, page, "learner"):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    view = page.learner_view
    return [[view.attempts.item(r, c).text() for c in (1, 2, 3)] for r in range(view.attempts.rowCount())]


def test_match_answered_wrong_then_right_is_recorded_and_described(qtbot, make_window, home, reports):
    window = make_window()
    register(qtbot, window, name="Ñandutí")
    learner_id = window.learner.id
    window.open_lesson(MATCH_LESSON, 0)
    screen = first_quiz_page(qtbot, window)
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "match" and not screen.next_button.isEnabled()

    # Wrong: the photo joined with the distractor. "Check" waits for every left item.
    click(qtbot, card(quiz, "codigo", "no-pasar"))
    click(qtbot, card(quiz, "foto", "contestar"))
    assert not quiz.check_button.isEnabled()
    click(qtbot, card(quiz, "compu", "cerrar"))
    with qtbot.waitSignal(quiz.answered) as wrong:
        click(qtbot, quiz.check_button)
    assert wrong.args[2] is False and not quiz.done
    assert quiz.feedback.property("state") == "wrong"
    assert quiz.feedback_text.text() == (
        "Hay 1 pareja para mirar otra vez:\n• Alguien que no conocés te pide una foto tuya. — "
        "Lo más seguro es no responder y contarle a una persona adulta de confianza.")
    assert card(quiz, "foto", "contestar").property("state") == "wrong"
    assert card(quiz, "codigo", "no-pasar").property("state") == "right"

    # Right, by keyboard: from the wrong card, the arrow keys move and choose within its row.
    card(quiz, "foto", "contestar").setFocus()
    qtbot.keyClick(card(quiz, "foto", "contestar"), Qt.Key.Key_Up)  # the card above: "contar"
    assert card(quiz, "foto", "contar").isChecked() and card(quiz, "foto", "contar").hasFocus()
    assert card(quiz, "foto", "contestar").property("state") == ""
    with qtbot.waitSignal(quiz.answered) as right:
        quiz.check_button.setFocus()
        qtbot.keyClick(quiz.check_button, Qt.Key.Key_Space)
    assert right.args[2] is True and quiz.done and quiz.feedback.property("state") == "right"
    assert screen.next_button.isEnabled()
    settle(qtbot, window)

    question = f"{MATCH_LESSON}#que-hago"
    rows = db_rows(home, "SELECT answer, correct FROM attempts WHERE question_id = ? ORDER BY created_at",
                   question)
    assert [(json.loads(a), c) for a, c in rows] == [
        ({"pairs": {"codigo": "no-pasar", "compu": "cerrar", "foto": "contestar"}}, 0),
        ({"pairs": {"codigo": "no-pasar", "compu": "cerrar", "foto": "contar"}}, 1),
    ]

    page = reports(window, "5.º B", [learner_id])
    answers = learner_answers(qtbot, page, 0)
    said = ("Te llega un mensaje que te pide el código que recibiste por SMS. → No se lo paso a nadie.; "
            "Alguien que no conocés te pide una foto tuya. → {}; "
            "Terminaste de usar la compu del telecentro. → Cierro mi sesión antes de irme.")
    assert answers == [  # newest first
        ["Uní cada situación con lo que conviene hacer.",
         said.format("Se lo cuento a una persona adulta de confianza."), "✓ bien"],
        ["Uní cada situación con lo que conviene hacer.",
         said.format("Contesto enseguida para no quedar mal."), "✗ todavía no"],
    ]
    with loaded(qtbot, page, "difficult"):
        page.segments["difficult"].click()
    texts = [w.text() for w in page.difficult_view.card_widgets[0].findChildren(QLabel)]
    assert "Uní cada situación con lo que conviene hacer." in texts
    assert f"• «{said.format('Contesto enseguida para no quedar mal.')}» — la eligieron 1" in texts


def answer_reflection(qtbot, window, name: str, preset: int) -> str:
    """Register ``name``, open the reflection lesson and tap preset ``preset`` of its first
    reflection; the learner's id."""
    if window.learner is not None:
        window.sign_out("exit")
    register(qtbot, window, name=name)
    window.open_lesson(REFLECT_LESSON, 0)
    screen = first_quiz_page(qtbot, window)
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "reflect"
    with qtbot.waitSignal(quiz.answered) as tapped:
        click(qtbot, quiz.options[preset])
    assert tapped.args[2] is True and quiz.done  # complete: no right or wrong
    assert quiz.feedback.property("state") == "right"
    assert all(b.property("state") == "" for b in quiz.options)  # never marked right or wrong
    assert screen.next_button.isEnabled()
    settle(qtbot, window)
    return window.learner.id


def test_a_reflection_is_recorded_ungraded_and_staff_see_only_class_counts(
        qtbot, make_window, home, reports):
    window = make_window()
    first = answer_reflection(qtbot, window, "Tobías", 1)
    quiz = window.lesson_screen.quizzes[0]
    assert quiz.feedback_text.text() == ("Es normal tener dudas. Podés preguntarle a una persona "
                                         "adulta de confianza.")
    question = f"{REFLECT_LESSON}#como-me-siento"
    assert db_rows(home, "SELECT answer, correct FROM attempts WHERE question_id = ?", question) == [
        ('{"chosen":["dudo"]}', 1)]
    second = answer_reflection(qtbot, window, "Mirta", 0)

    page = reports(window, "6.º A", [first, second])
    texts_of = lambda: [w.text() for w in page.difficult_view.reflection_widgets[0].findChildren(QLabel)]  # noqa: E731
    with loaded(qtbot, page, "difficult"):
        page.segments["difficult"].click()
    assert page.difficult_view.shown == []  # a reflection is never a "difficult question"
    said = [w.text() for w in page.difficult_view.findChildren(QLabel) if w.isVisible()]
    assert "Todavía nadie respondió estas preguntas." not in said  # the reflection was answered
    assert "Si alguien que no conocés te escribe por internet, ¿cómo te sentís?" in texts_of()
    assert ("Respondieron 2 estudiantes: son muy pocas respuestas para mostrarlas sin señalar a "
            "alguien.") in texts_of()
    assert not any("Con dudas" in t or "Tranquilo" in t for t in texts_of())

    # The learner's own page never says what they chose.
    with loaded(qtbot, page, "grid"):
        page.segments["grid"].click()
    answers = learner_answers(qtbot, page, 1)  # Tobías
    assert answers == [["Si alguien que no conocés te escribe por internet, ¿cómo te sentís?",
                        "Reflexión: solo se cuenta para la clase", "sin nota"]]

    third = answer_reflection(qtbot, window, "Rocío", 1)
    with Backend.open(home / "kiosk.sqlite3") as backend:  # Rocío joins the class
        class_id = next(c.id for c in backend.reports.class_choices() if c.name == "6.º A")
        with backend.db.transaction() as session:
            session.add(ClassMember(device_id=backend.device_id, class_id=class_id, learner_id=third,
                                    created_at=T0))
    with loaded(qtbot, page, "difficult"):
        page.segments["difficult"].click()
    assert ("Respondieron 3 estudiantes; se muestran solo estas cuentas, nunca quién eligió "
            "qué.") in texts_of()
    assert "• «Con dudas, no sé bien qué hacer.» — la eligieron 2" in texts_of()
    assert "• «Tranquilo, sé qué hacer.» — la eligieron 1" in texts_of()


def test_match_by_keyboard_alone(qtbot):
    """Tab goes from one left item's row of cards to the next, then to "Check"; the arrow keys
    move within a row; Space chooses and checks. No mouse, no dragging."""
    from kiosk.content.catalog import load_catalog
    from kiosk.resources import lessons_dir
    from kiosk.ui.activities import widget_for

    activity = load_catalog(lessons_dir()).lesson(MATCH_LESSON, "es").activity("palabras")
    quiz = widget_for(activity)
    qtbot.addWidget(quiz)
    quiz.resize(1000, 1400)
    quiz.show()
    qtbot.waitExposed(quiz)
    quiz.windowHandle().requestActivate()  # as the kiosk's own window is: keys go to the focus
    qtbot.waitUntil(quiz.isActiveWindow)
    quiz.take_focus()

    def key(k):
        qtbot.keyClick(QApplication.focusWidget(), k)

    assert QApplication.focusWidget() is card(quiz, "contrasena", "secreta")
    key(Qt.Key.Key_Space)  # 1. Contraseña -> "Una palabra secreta..."
    key(Qt.Key.Key_Tab)  # the other cards of this row are skipped: the next row
    assert QApplication.focusWidget() is card(quiz, "dos-pasos", "secreta")
    key(Qt.Key.Key_Right)
    assert QApplication.focusWidget() is card(quiz, "dos-pasos", "codigo")
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Down)  # the card below "secreta": "salir"
    assert QApplication.focusWidget() is card(quiz, "sesion", "salir")
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is quiz.check_button and quiz.check_button.isEnabled()
    with qtbot.waitSignal(quiz.answered) as checked:
        key(Qt.Key.Key_Space)
    assert checked.args[1:] == [(("contrasena", "secreta"), ("dos-pasos", "codigo"), ("sesion", "salir")), True]
    assert quiz.done
