"""``order``, ``sort`` and picture options through the real window: a learner answers each
wrongly then rightly with the widget's own buttons (and keys), the attempts land in the
database, and a teacher reads them in words in the staff report.

The lessons are the demo module's (lessons/muestra/todas-las-actividades), copied under another
track so that what the kiosk does with the demo track does not matter here. Screenshots of the
kinds go to $KIOSK_SHOTS when it is set (assets/screenshots/kind-order.png, kind-sort.png)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.staff.test_staff_ui import sign_in_staff
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import register

DEMO = Path(__file__).resolve().parents[2] / "lessons" / "muestra"
MODULE = "prueba/todas-las-actividades"
ORDER = f"{MODULE}/order"
SORT = f"{MODULE}/sort"
SHOTS = os.environ.get("KIOSK_SHOTS")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def lessons(tmp_path, monkeypatch):
    root = tmp_path / "lessons" / "prueba"
    shutil.copytree(DEMO, root)
    for path in root.rglob("*"):
        if path.suffix in (".md", ".yaml"):
            text = path.read_text(encoding="utf-8")
            text = text.replace("muestra/", "prueba/").replace("id: muestra", "id: prueba")
            path.write_text(text.replace("\ndemo: true", "\n"), encoding="utf-8")  # an ordinary track here
    monkeypatch.setenv("KIOSK_LESSONS", str(root.parent))
    return root.parent


def attempts(home, lesson_id):
    rows = db_rows(home, "SELECT question_id, answer, correct FROM attempts WHERE lesson_id = ? "
                         "ORDER BY created_at, rowid", lesson_id)
    return [(q.partition("#")[2], json.loads(a), bool(c)) for q, a, c in rows]


def staff_answers(qtbot, window, learner_id):
    """Sign the learner out, a coordinator in; the answers column of the learner's report."""
    window.sign_out("exit")
    area = sign_in_staff(qtbot, window, "Zulma", "739150")
    area.show_page("reports")
    page = area.page("reports")
    settle(qtbot, window)
    with qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == "learner"):
        page.open_learner(learner_id)
    table = page.learner_view.attempts
    return [(table.item(r, 1).text(), table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())]


def shot(qtbot, widget, name, bottom=None):
    """The window with ``widget``'s prompt (then ``bottom``) scrolled into view, to
    $KIOSK_SHOTS/name."""
    if SHOTS:
        qtbot.wait(50)  # let the layout follow the last restyle
        window = widget.window()
        window.lesson_screen.scroll.ensureWidgetVisible(widget.prompt, 0, 0)
        if bottom is not None:
            window.lesson_screen.scroll.ensureWidgetVisible(bottom, 0, 0)
        qtbot.wait(50)
        window.grab().save(os.path.join(SHOTS, name))
        window.resize(1024, 600)  # the smallest screen the kiosk supports
        qtbot.wait(50)
        window.lesson_screen.scroll.ensureWidgetVisible(widget.prompt, 0, 0)
        qtbot.wait(50)
        window.grab().save(os.path.join(SHOTS, name.replace(".png", "-1024.png")))
        window.resize(1366, 768)
        qtbot.wait(50)


def test_order_wrong_then_right_through_the_buttons_and_keys(qtbot, make_window, home, lessons):
    window = make_window()
    register(qtbot, window, name="Ramona", age_index=0)
    learner_id = window.learner.id
    window.open_lesson(ORDER, 1)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "order" and not screen.next_button.isEnabled()
    start = quiz.current
    assert start == ("sesion", "guardar", "navegador", "avisar")  # mixed, the same every visit
    assert [r.place.text() for r in quiz.rows] == ["1.", "2.", "3.", "4."]
    assert not quiz.rows[0].up.isEnabled() and not quiz.rows[-1].down.isEnabled()

    # Wrong: "sesion" two places down with its Down button; "Check".
    sesion = quiz.rows[0]
    qtbot.mouseClick(sesion.down, LEFT)
    qtbot.mouseClick(sesion.down, LEFT)
    assert quiz.current == ("guardar", "navegador", "sesion", "avisar")
    assert [r.place.text() for r in quiz.rows] == ["1.", "2.", "3.", "4."]
    qtbot.mouseClick(quiz.check_button, LEFT)
    assert not quiz.done and quiz.feedback.property("state") == "wrong"
    assert quiz.feedback_text.text() == "El primero está bien. ¡Seguí así!"
    assert [r.property("state") for r in quiz.rows] == ["right", "", "", ""]
    shot(qtbot, quiz, "kind-order.png", quiz.feedback)

    # The keyboard: Alt+Up on an item's button moves it, and the focus goes with it.
    sesion.up.setFocus()
    qtbot.keyClick(sesion.up, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert quiz.current == ("guardar", "sesion", "navegador", "avisar")
    assert [r.property("state") for r in quiz.rows] == ["", "", "", ""]  # moved: the marks go
    assert sesion.up.hasFocus()
    avisar = quiz.rows[3]
    avisar.up.setFocus()
    qtbot.keyClick(avisar.up, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert quiz.current == ("guardar", "sesion", "avisar", "navegador")  # also accepted
    qtbot.keyClick(quiz.check_button, Qt.Key.Key_Space)
    assert quiz.done and quiz.feedback.property("state") == "right"
    assert not any(b.isEnabled() for r in quiz.rows for b in (r.up, r.down))
    assert screen.next_button.isEnabled()

    settle(qtbot, window)
    assert attempts(home, ORDER) == [
        ("antes-de-irte", {"order": ["guardar", "navegador", "sesion", "avisar"]}, False),
        ("antes-de-irte", {"order": ["guardar", "sesion", "avisar", "navegador"]}, True),
    ]
    rows = staff_answers(qtbot, window, learner_id)
    prompt = quiz.activity.prompt
    assert rows == [  # newest first, in the kiosk's language (Spanish)
        (prompt, "Guardar tu trabajo → Cerrar sesión en cada cuenta → Avisarle a la persona encargada "
                 "que terminaste → Cerrar el navegador", "✓ bien"),
        (prompt, "Guardar tu trabajo → Cerrar el navegador → Cerrar sesión en cada cuenta → Avisarle a "
                 "la persona encargada que terminaste (bien desde el principio: 1 de 4)", "✗ todavía no"),
    ]


def test_sort_wrong_then_right_with_picture_items(qtbot, make_window, home, lessons):
    window = make_window()
    register(qtbot, window, name="Tobías", age_index=0)
    learner_id = window.learner.id
    window.open_lesson(SORT, 2)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "sort"
    rows = {r.item.id: r for r in quiz.rows}
    assert list(rows["perro"].buttons) == ["compartir", "preguntar", "no-compartir"]
    assert rows["perro"].words.text() == ""  # a picture alone: its alt is its name and tooltip
    perro_picture = next(w for w in rows["perro"].findChildren(type(rows["perro"].words)) if w.pixmap() and not w.pixmap().isNull())
    assert perro_picture.accessibleName() == "Tu perro" and perro_picture.toolTip() == "Tu perro"

    # Wrong: the house goes to "Subirla", everything else right; "Check" waits for every item.
    for item_id, bucket in (("perro", "compartir"), ("pelota", "compartir"), ("casa", "compartir")):
        qtbot.mouseClick(rows[item_id].buttons[bucket], LEFT)
    assert not quiz.check_button.isEnabled()
    qtbot.mouseClick(rows["amiga"].buttons["preguntar"], LEFT)
    assert quiz.check_button.isEnabled()
    qtbot.mouseClick(quiz.check_button, LEFT)
    assert not quiz.done and quiz.feedback_text.text() == (
        "3 de 4 están en su lugar. Mirá los que están en naranja.")
    assert rows["casa"].property("state") == "wrong" and rows["perro"].property("state") == "right"
    assert rows["casa"].feedback.isVisible() and rows["casa"].feedback.text().startswith("En el frente")
    assert not rows["perro"].feedback.isVisible()
    shot(qtbot, quiz, "kind-sort.png", rows["casa"])

    # Right: a tap on the same place takes the item out; the keyboard puts it in its place.
    qtbot.mouseClick(rows["casa"].buttons["compartir"], LEFT)
    assert rows["casa"].bucket is None and not quiz.check_button.isEnabled()
    assert not rows["casa"].feedback.isVisible()
    rows["casa"].buttons["no-compartir"].setFocus()
    qtbot.keyClick(rows["casa"].buttons["no-compartir"], Qt.Key.Key_Space)
    assert rows["casa"].bucket == "no-compartir"
    qtbot.mouseClick(quiz.check_button, LEFT)
    assert quiz.done and quiz.feedback.property("state") == "right"
    assert screen.next_button.isEnabled()

    settle(qtbot, window)
    placed = {"amiga": "preguntar", "casa": "no-compartir", "pelota": "compartir", "perro": "compartir"}
    assert attempts(home, SORT) == [
        ("que-fotos", {"placed": {**placed, "casa": "compartir"}}, False),
        ("que-fotos", {"placed": placed}, True),
    ]
    prompt = quiz.activity.prompt
    assert staff_answers(qtbot, window, learner_id) == [
        (prompt, "Subirla: Tu perro, Tu pelota de fútbol · Preguntar antes: Una foto con tu amiga · "
                 "No subirla: El frente de tu casa con el número", "✓ bien"),
        (prompt, "Subirla: Tu perro, Tu pelota de fútbol, El frente de tu casa con el número · "
                 "Preguntar antes: Una foto con tu amiga (bien: 3 de 4)", "✗ todavía no"),
    ]


def test_picture_options_answer_like_any_option(qtbot, make_window, home, lessons):
    window = make_window()
    register(qtbot, window, name="Nilda", age_index=0)
    window.open_lesson(SORT, 3)
    [quiz] = window.lesson_screen.quizzes
    assert quiz.activity.kind == "single"
    perro, casa = quiz.options
    for btn, alt in ((perro, "Una foto de tu perro"), (casa, "Una foto del frente de tu casa")):
        assert btn.text() == "" and not btn.icon().isNull() and btn.iconSize().height() == 96
        assert btn.accessibleName() == alt and btn.toolTip() == alt
        assert btn.minimumHeight() >= 96, btn.minimumHeight()
        print("H", btn.height(), btn.isVisible(), btn.sizeHint())
    qtbot.mouseClick(casa, LEFT)
    assert not quiz.done and quiz.feedback_text.text().startswith("Casi.")
    qtbot.mouseClick(perro, LEFT)
    assert quiz.done
    shot(qtbot, quiz, "kind-picture-options.png")
    settle(qtbot, window)
    assert attempts(home, SORT) == [("cual-subis", {"chosen": ["casa"]}, False),
                                    ("cual-subis", {"chosen": ["perro"]}, True)]
