"""The ``order`` and ``sort`` widgets alone: keys, Tab order, partial feedback in words, and what
a picture that cannot be drawn shows. (Through the whole window: test_order_sort.py.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.content.activities import kind_of
from kiosk.content.catalog import load_catalog
from kiosk.content.model import Activity, Option
from kiosk.ui.activities import widget_for

LESSONS = Path(__file__).resolve().parents[2] / "lessons"
DEMO = "muestra/todas-las-actividades"


def demo_activity(slug: str, activity_id: str) -> Activity:
    lesson = load_catalog(LESSONS).lesson(f"{DEMO}/{slug}", "es")
    return lesson.activity(activity_id)


def shown(qtbot, activity):
    widget = widget_for(activity)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tab_chain(widget: QWidget, start: QWidget, count: int) -> list[QWidget]:
    chain, current = [], start
    for _ in range(count):
        current = current.nextInFocusChain()
        while not (current.focusPolicy() & Qt.FocusPolicy.TabFocus) or not current.isEnabled():
            current = current.nextInFocusChain()
        chain.append(current)
    return chain


def test_tab_follows_the_order_shown_and_alt_down_moves_the_item(qtbot):
    activity = demo_activity("order", "armar-contrasena")
    quiz = shown(qtbot, activity)
    first = quiz.rows[0]
    first.down.setFocus()
    qtbot.keyClick(first.down, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert quiz.rows[1] is first and quiz.focusWidget() is first.down
    expected = [b for row in quiz.rows for b in (row.up, row.down) if b.isEnabled()] + [quiz.check_button]
    start = quiz.rows[0].down  # the first row's Up is disabled
    assert tab_chain(quiz, start, len(expected) - 1) == expected[1:]
    assert first.up.accessibleName() == f"Move “{first.item.text}” up"


def test_partial_feedback_says_how_many_from_the_start_in_words(qtbot):
    activity = demo_activity("order", "armar-contrasena")
    quiz = shown(qtbot, activity)
    with qtbot.waitSignal(quiz.answered) as blocker:
        quiz.give(("pensar", "juntar", "repetir", "numero"))
    assert blocker.args[2] is False
    assert quiz.feedback_text.text() == "The first two are right. Keep going!"
    assert [r.property("state") for r in quiz.rows] == ["right", "right", "", ""]
    assert quiz.partial(0) == "The first one is not in its place yet. Try again!"
    assert quiz.partial(7) == "The first seven are right. Keep going!"


def test_going_back_shows_an_order_solved_in_its_order(qtbot):
    activity = demo_activity("order", "antes-de-irte")
    accepted = ("guardar", "sesion", "avisar", "navegador")
    quiz = shown(qtbot, activity)
    with qtbot.assertNotEmitted(quiz.answered):
        quiz.restore(accepted)
    assert quiz.current == accepted and quiz.done
    assert not quiz.check_button.isEnabled()
    assert not any(b.isEnabled() for r in quiz.rows for b in (r.up, r.down))


def test_sort_places_are_toggles_and_check_waits_for_every_item(qtbot):
    activity = demo_activity("sort", "que-compartir")
    quiz = shown(qtbot, activity)
    row = quiz.rows[0]
    si, no = row.buttons.values()
    qtbot.mouseClick(si, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert row.bucket == "no-compartir" and not si.isChecked()  # one place at a time
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert row.bucket is None
    assert not quiz.check_button.isEnabled()
    assert si.accessibleName() == f"“{row.item.text}”: Compartir"
    rules = kind_of(activity)
    with qtbot.waitSignal(quiz.answered) as blocker:
        quiz.give(rules.solution(activity))
    assert blocker.args == [activity, rules.solution(activity), True]
    assert not any(b.isEnabled() for r in quiz.rows for b in r.buttons.values())


def test_a_picture_that_cannot_be_drawn_shows_its_alt(qtbot, tmp_path):
    broken = tmp_path / "roto.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n")  # not a picture
    activity = Activity(id="q", kind="single", prompt="¿Cuál?", options=(
        Option("", True, "", "a", broken, "Un candado"), Option("Otra", False, "", "b")))
    quiz = shown(qtbot, activity)
    assert quiz.options[0].text() == "Un candado" and quiz.options[0].icon().isNull()
    assert quiz.options[1].text() == "Otra"
