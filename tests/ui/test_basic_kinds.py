"""``single``, ``multi`` and ``truefalse`` through the real window: a learner answers each
wrongly then rightly with the widget's own buttons (by mouse, and by keyboard: Tab and Space),
the attempts land in the database, and a coordinator reads them in words in the staff report.
Also the variants of the demo module: a ``single`` and a ``truefalse`` with a mock message
attached ("¿real o falso?"), and a ``single`` with picture options.

The lessons are the demo module's (lessons/muestra/todas-las-actividades), copied under another
track as tests/ui/test_order_sort.py does. Screenshots after the wrong answer go to
$KIOSK_SHOTS when it is set (assets/screenshots/kind-single.png, kind-multi.png,
kind-truefalse.png)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from tests.ui.test_learner_flow import register
from tests.ui.test_order_sort import MODULE, attempts, lessons, shot, staff_answers  # noqa: F401

SINGLE = f"{MODULE}/single"
MULTI = f"{MODULE}/multi"
TRUEFALSE = f"{MODULE}/truefalse"
MOCK = f"{MODULE}/mock"
SORT = f"{MODULE}/sort"
LEFT = Qt.MouseButton.LeftButton
WRONG, RIGHT = "✗ todavía no", "✓ bien"


def press(qtbot, key, widget=None):
    """A key as the learner types it: to the widget that has the focus (or must have it)."""
    focused = QApplication.focusWidget()
    if widget is not None:
        assert focused is widget, (focused, widget)
    qtbot.keyClick(focused, key)


def states(quiz):
    return [b.property("state") or "" for b in quiz.options]


def test_single_wrong_then_right_by_mouse(qtbot, make_window, home, lessons):
    window = make_window()
    register(qtbot, window, name="Lucía", age_index=0)
    learner_id = window.learner.id
    window.open_lesson(SINGLE, 1)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "single" and quiz.check_button is None
    assert [b.text() for b in quiz.options] == [
        "Tocar el enlace para ver el premio", "Contestar para preguntar quién es",
        "No tocar nada y mostrárselo a un adulto de confianza"]
    assert not screen.next_button.isEnabled()

    link, reply, adult = quiz.options
    qtbot.mouseClick(link, LEFT)  # wrong: feedback at once, the option marked, another try allowed
    assert not quiz.done and quiz.feedback.isVisible() and quiz.feedback.property("state") == "wrong"
    assert quiz.feedback_text.text().startswith("Es arriesgado. Ese enlace puede pedirle datos")
    assert not quiz.explanation.isVisible()  # the explanation waits for the right answer
    assert states(quiz) == ["wrong", "", ""] and link.isChecked()
    assert not screen.next_button.isEnabled() and all(b.isEnabled() for b in quiz.options)
    shot(qtbot, quiz, "kind-single.png", quiz.feedback)

    qtbot.mouseClick(adult, LEFT)
    assert quiz.done and quiz.feedback.property("state") == "right"
    assert quiz.feedback_text.text().startswith("¡Muy bien! Un premio que llega de la nada")
    assert quiz.explanation.text() == quiz.activity.explanation and quiz.explanation.isVisible()
    assert states(quiz) == ["", "", "right"] and not link.isChecked() and adult.isChecked()
    assert not any(b.isEnabled() for b in quiz.options) and screen.next_button.isEnabled()

    settle(qtbot, window)
    assert attempts(home, SINGLE) == [
        ("premio-raro", {"chosen": ["a"]}, False),
        ("premio-raro", {"chosen": ["c"]}, True),
    ]
    prompt = quiz.activity.prompt
    assert staff_answers(qtbot, window, learner_id) == [  # newest first, in Spanish
        (prompt, "No tocar nada y mostrárselo a un adulto de confianza", RIGHT),
        (prompt, "Tocar el enlace para ver el premio", WRONG),
    ]


def test_multi_wrong_then_right_by_keyboard(qtbot, make_window, home, lessons):
    window = make_window()
    register(qtbot, window, name="Fátima", age_index=1)
    learner_id = window.learner.id
    window.open_lesson(MULTI, 1)
    settle(qtbot, window)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "multi"
    colour, address, password, dog = quiz.options
    check = quiz.check_button
    assert check.text() == "Comprobar" and not check.isEnabled()  # nothing chosen yet

    # Wrong: the colour and the address (the password is missing). Tab, Space, as a keyboard would.
    assert QApplication.focusWidget() is colour  # the page puts the focus on the question
    press(qtbot, Qt.Key.Key_Space, colour)
    assert colour.isChecked() and check.isEnabled() and not quiz.feedback.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, address)
    for _ in range(3):  # past the password and the dog to "Check"
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, check)
    assert not quiz.done and quiz.feedback.property("state") == "wrong"
    assert quiz.feedback_text.text() == (
        "Ese dato no es peligroso. Se puede compartir sin problema. "
        "Todavía falta elegir una respuesta correcta.")
    assert states(quiz) == ["wrong", "", "", ""]  # only the wrong choice is marked
    assert colour.isChecked() and address.isChecked() and not screen.next_button.isEnabled()
    shot(qtbot, quiz, "kind-multi.png", quiz.feedback)

    # Right: back to the colour to take it out, the password in; "Check" again.
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Space, colour)
    assert not colour.isChecked() and states(quiz) == ["", "", "", ""]  # changed: the marks go
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, password)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, check)
    assert quiz.done and quiz.feedback.property("state") == "right"
    assert quiz.feedback_text.text() == (
        "¡Bien! Con la dirección, alguien que no conocés podría saber dónde vivís. "
        "¡Claro! La contraseña no se publica nunca, en ningún lado.")
    assert states(quiz) == ["", "right", "right", ""]
    assert not check.isEnabled() and not any(b.isEnabled() for b in quiz.options)
    assert screen.next_button.isEnabled()

    settle(qtbot, window)
    assert attempts(home, MULTI) == [
        ("datos-privados", {"chosen": ["a", "b"]}, False),
        ("datos-privados", {"chosen": ["b", "c"]}, True),
    ]
    prompt = quiz.activity.prompt
    assert staff_answers(qtbot, window, learner_id) == [
        (prompt, "La dirección de su casa + Su contraseña", RIGHT),
        (prompt, "Su color favorito + La dirección de su casa", WRONG),
    ]


def test_truefalse_wrong_by_mouse_then_right_by_keyboard(qtbot, make_window, home, lessons):
    window = make_window()
    register(qtbot, window, name="Derlis", age_index=0)
    learner_id = window.learner.id
    window.open_lesson(TRUEFALSE, 1)
    settle(qtbot, window)
    screen = window.lesson_screen
    code, help_ = screen.quizzes  # two statements on the page
    assert (code.activity.kind, help_.activity.kind) == ("truefalse", "truefalse")
    assert [b.text() for b in code.options] == ["Verdadero", "Falso"]  # the learner's language

    yes, no = code.options
    qtbot.mouseClick(yes, LEFT)  # "I can pass the SMS code to a friend": no
    assert not code.done and code.feedback.property("state") == "wrong"
    assert code.feedback_text.text() == code.activity.options[0].feedback
    assert code.feedback_text.text().startswith("Mejor no. Ese código es tan secreto")
    assert states(code) == ["wrong", ""] and not screen.next_button.isEnabled()
    shot(qtbot, code, "kind-truefalse.png", code.feedback)

    yes.setFocus()  # where the mouse left it; the keyboard goes on from there
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, no)
    assert code.done and code.feedback_text.text() == "¡Así es! El código no se comparte con nadie."
    assert states(code) == ["", "right"] and not screen.next_button.isEnabled()  # one more to go

    help_yes, help_no = help_.options
    qtbot.mouseClick(help_no, LEFT)
    assert not help_.done and help_.feedback_text.text().startswith("Sí que podés.")
    qtbot.mouseClick(help_yes, LEFT)
    assert help_.done and help_.explanation.text().endswith("al 147, Fono Ayuda.")
    assert screen.next_button.isEnabled()

    settle(qtbot, window)
    assert attempts(home, TRUEFALSE) == [
        ("codigo-secreto", {"chosen": ["true"]}, False),
        ("codigo-secreto", {"chosen": ["false"]}, True),
        ("pedir-ayuda", {"chosen": ["false"]}, False),
        ("pedir-ayuda", {"chosen": ["true"]}, True),
    ]
    code_prompt, help_prompt = code.activity.prompt, help_.activity.prompt
    assert staff_answers(qtbot, window, learner_id) == [
        (help_prompt, "Verdadero", RIGHT),
        (help_prompt, "Falso", WRONG),
        (code_prompt, "Falso", RIGHT),
        (code_prompt, "Verdadero", WRONG),
    ]


def test_real_or_fake_with_a_mock_and_picture_options(qtbot, make_window, home, lessons):
    """A ``single`` and a ``truefalse`` about a mock message (the message first, then Tab to
    the answers), and a ``single`` whose options are pictures: recorded and reported alike."""
    from kiosk.ui.widgets.mock_view import MockView

    window = make_window()
    register(qtbot, window, name="Norma", age_index=1)
    learner_id = window.learner.id
    window.open_lesson(MOCK, 1)
    settle(qtbot, window)
    screen = window.lesson_screen
    [mail] = screen.quizzes
    [view] = mail.findChildren(MockView)
    assert mail.activity.kind == "single" and view.mock.kind == "email"
    assert QApplication.focusWidget() is view.card  # read the message first
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, mail.options[1])  # open the attachment: wrong
    assert not mail.done and mail.feedback_text.text().startswith("Un archivo que no esperabas")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space, mail.options[2])
    assert mail.done and screen.next_button.isEnabled()

    qtbot.mouseClick(screen.next_button, LEFT)
    [profile] = screen.quizzes
    assert profile.activity.kind == "truefalse"
    assert profile.findChildren(MockView)[0].mock.kind == "profile"
    qtbot.mouseClick(profile.options[0], LEFT)  # "verified, so it is real": false
    assert not profile.done and profile.feedback_text.text().startswith("No alcanza.")
    qtbot.mouseClick(profile.options[1], LEFT)
    assert profile.done and profile.feedback_text.text().startswith("¡Bien mirado!")

    window.open_lesson(SORT, 3)
    [pictures] = screen.quizzes
    perro, casa = pictures.options
    assert pictures.activity.kind == "single" and perro.text() == casa.text() == ""
    qtbot.mouseClick(casa, LEFT)
    assert not pictures.done and states(pictures) == ["", "wrong"]
    qtbot.mouseClick(perro, LEFT)
    assert pictures.done

    settle(qtbot, window)
    assert attempts(home, MOCK) == [
        ("correo-cuenta", {"chosen": ["b"]}, False),
        ("correo-cuenta", {"chosen": ["c"]}, True),
        ("perfil-verificado", {"chosen": ["true"]}, False),
        ("perfil-verificado", {"chosen": ["false"]}, True),
    ]
    assert attempts(home, SORT) == [("cual-subis", {"chosen": ["casa"]}, False),
                                    ("cual-subis", {"chosen": ["perro"]}, True)]
    rows = staff_answers(qtbot, window, learner_id)
    pic, prof, mail_prompt = pictures.activity.prompt, profile.activity.prompt, mail.activity.prompt
    assert rows == [  # a picture option is told by its alt text
        (pic, "Una foto de tu perro", RIGHT),
        (pic, "Una foto del frente de tu casa", WRONG),
        (prof, "Falso", RIGHT),
        (prof, "Verdadero", WRONG),
        (mail_prompt, "No tocar nada, borrar el correo y revisar su cuenta por el camino de siempre", RIGHT),
        (mail_prompt, "Abrir el archivo adjunto para ver qué dice", WRONG),
    ]
