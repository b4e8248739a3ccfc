"""``spot`` and mock messages through the real window: a learner marks the warning signs of a
mock SMS wrongly (by mouse), then rightly (by keyboard); the attempts rows and the staff
report's words; mock messages shown on a page and with a "¿real o falso?" question, as plain text,
and usable at 1024x600."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.content.mock import Mock, MockMessage, MockPart, MockSender
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import register

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "lessons" / "muestra"
SPOT_LESSON = "muestra/todas-las-actividades/spot"
MOCK_LESSON = "muestra/todas-las-actividades/mock"


@pytest.fixture()
def demo_lessons(tmp_path, monkeypatch):
    """The two demo lessons of mock messages, alone in a lesson tree (KIOSK_LESSONS)."""
    root = tmp_path / "lessons"
    module = root / "muestra" / "todas-las-actividades"
    module.mkdir(parents=True)
    (root / "muestra" / "track.yaml").write_text(
        "schema: kiosco-leccion/1\nid: muestra\ntitle:\n  es: Muestra\ncolor: \"#6A1B9A\"\n"
        "icon: lupa.svg\norder: 1\n", encoding="utf-8")
    (module / "module.yaml").write_text(
        "schema: kiosco-leccion/1\nid: todas-las-actividades\nversion: \"1.0.0\"\ntitle:\n  es: Todas\n"
        "description:\n  es: Muestra.\naudience: [ninos-8-11, adolescentes-12-17, docentes, familias]\n"
        "order: 1\nlessons:\n  - spot\n  - mock\n", encoding="utf-8")
    for name in ("spot.es.md", "mock.es.md"):
        shutil.copy(DEMO / "todas-las-actividades" / name, module / name)
    monkeypatch.setenv("KIOSK_LESSONS", str(root))
    return root


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))


def test_spot_wrong_by_mouse_then_right_by_keyboard_is_recorded_and_reported(qtbot, make_window, home, demo_lessons):
    window = make_window()
    register(qtbot, window, name="Liz", age_index=1)
    window.open_lesson(SPOT_LESSON, 1)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "spot" and not screen.next_button.isEnabled()
    parts = quiz.view.parts
    assert list(parts) == ["numero", "premio", "apuro", "pedido", "enlace"]
    assert quiz.focusWidget() is parts["numero"] or QApplication.focusWidget() is parts["numero"]
    assert not quiz.check_button.isEnabled()

    # Wrong: the prize (a sign) and the number (a decoy), by mouse.
    click(qtbot, parts["premio"])
    click(qtbot, parts["numero"])
    assert parts["premio"].marked and parts["numero"].marked and parts["premio"].badge.text() == "!"
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert not quiz.done and quiz.feedback.property("state") == "wrong"
    assert parts["premio"].property("state") == "found" and parts["numero"].property("state") == "wrong"
    text = quiz.feedback_text.text()
    assert "✓ Liz no participó de ningún sorteo." in text
    assert "✗ Un número que no conocés no es, solo por eso, una trampa" in text
    assert "Todavía te faltan 2 señales de alerta." in text
    assert "→ Fijate si te meten prisa." in text and "→ Mirá bien el enlace." in text
    assert "Te apuran" not in text  # a missed sign's feedback is not given away

    # Right: by keyboard. Tab from the number goes to the prize, then the urgency...
    parts["numero"].setFocus()
    qtbot.keyClick(parts["numero"], Qt.Key.Key_Space)  # unmark the decoy
    assert not parts["numero"].marked and parts["premio"].property("state") == "marked"  # a new try
    qtbot.keyClick(parts["numero"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is parts["premio"]
    qtbot.keyClick(parts["premio"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is parts["apuro"]
    qtbot.keyClick(parts["apuro"], Qt.Key.Key_Space)
    parts["enlace"].setFocus()
    qtbot.keyClick(parts["enlace"], Qt.Key.Key_Space)
    assert quiz.view.marked() == {"premio", "apuro", "enlace"}
    quiz.check_button.setFocus()
    qtbot.keyClick(quiz.check_button, Qt.Key.Key_Space)
    assert quiz.done and quiz.feedback.property("state") == "right"
    assert all(parts[p].property("state") == "found" for p in ("premio", "apuro", "enlace"))
    assert "✓ Te apuran para que no pienses" in quiz.feedback_text.text()
    assert not parts["pedido"].markable and screen.next_button.isEnabled()

    settle(qtbot, window)
    rows = db_rows(home, "SELECT question_id, answer, correct FROM attempts ORDER BY created_at, correct")
    question = f"{SPOT_LESSON}#sms-premio"
    assert [(q, json.loads(a), c) for q, a, c in rows] == [
        (question, {"marked": ["numero", "premio"]}, 0),
        (question, {"marked": ["apuro", "enlace", "premio"]}, 1),
    ]

    from kiosk.ui.staff.report_common import Texts

    assert Texts(window.catalog, "en").answer(question, rows[0][1]).startswith("Found 1 of 3 (impossible prize)")

    # Back over the solved page shows it solved, without recording again.
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    again = screen.quizzes[0]
    assert again is not quiz and again.done and again.view.marked() == {"premio", "apuro", "enlace"}
    settle(qtbot, window)
    assert len(db_rows(home, "SELECT id FROM attempts")) == 2

    # A teacher reads both answers in words in the learner's report.
    learner_id = window.learner.id
    assert staff_answers(qtbot, window, learner_id) == [
        ("A Liz le llega este mensaje de texto. Tocá las 3 señales de alerta.",
         "Encontró 3 de 3 (premio imposible, urgencia, enlace acortado o raro)", "✓ bien"),
        ("A Liz le llega este mensaje de texto. Tocá las 3 señales de alerta.",
         "Encontró 1 de 3 (premio imposible); le faltó: urgencia, enlace acortado o raro; "
         "marcó además: «+595 900 000 417»", "✗ todavía no"),
    ]


def staff_answers(qtbot, window, learner_id):
    """Sign the learner out, a coordinator in; the rows of the learner's answers (question,
    answer in words, right) in the staff report, newest first."""
    from tests.staff.test_staff_ui import sign_in_staff

    window.sign_out("exit")
    area = sign_in_staff(qtbot, window, "Zulma", "739150")
    area.show_page("reports")
    page = area.page("reports")
    settle(qtbot, window)
    with qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == "learner"):
        page.open_learner(learner_id)
    table = page.learner_view.attempts
    return [tuple(table.item(r, c).text() for c in (1, 2, 3)) for r in range(table.rowCount())]
def test_mock_messages_on_a_page_and_in_a_real_or_fake_question(qtbot, make_window, home, demo_lessons):
    from kiosk.ui.widgets.mock_view import MockView

    window = make_window()
    register(qtbot, window, name="Norma", age_index=1)
    window.open_lesson(MOCK_LESSON, 0)
    screen = window.lesson_screen
    [view] = screen.scroll.widget().findChildren(MockView)
    assert view.mock.kind == "chat" and not view.parts  # a page block: nothing to mark
    assert not screen.quizzes and screen.next_button.isEnabled()
    assert "kind: chat" not in " ".join(t.toPlainText() for t in screen.texts)  # never shown as code
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    [quiz] = screen.quizzes
    [view] = quiz.findChildren(MockView)
    assert quiz.activity.kind == "single" and view.mock.kind == "email"
    shown = [lbl.text() for lbl in view.findChildren(QLabel)]
    assert "Último aviso: su cuenta será eliminada" in shown and "formulario.zip" in shown
    assert "cuentas-seguras-py.xyz/confirmar" in shown
    quiz.choose(0)
    quiz.choose(2)
    assert quiz.done
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    [quiz] = screen.quizzes
    assert quiz.activity.kind == "truefalse" and quiz.findChildren(MockView)[0].mock.kind == "profile"
    settle(qtbot, window)
    rows = db_rows(home, "SELECT question_id, correct FROM attempts ORDER BY created_at, correct")
    assert rows == [(f"{MOCK_LESSON}#correo-cuenta", 0), (f"{MOCK_LESSON}#correo-cuenta", 1)]


HOSTILE = "<b>negrita</b> <img src=/dev/zero> <a href='http://x.example'>enlace</a>"


def test_mock_text_is_plain_and_links_are_inert(qtbot):
    from kiosk.ui.widgets.mock_view import MockView

    mock = Mock("post", MockSender(HOSTILE, HOSTILE, True, "quien"),
                (MockMessage(HOSTILE, id="texto", link=MockPart("http://x.example/<b>", "enlace"),
                             attachment=MockPart(HOSTILE, "archivo")),), time="<i>ayer</i>")
    view = MockView(mock, markable=True)
    qtbot.addWidget(view)
    view.show()
    labels = view.findChildren(QLabel)
    assert labels and all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in labels)
    assert not any(lbl.openExternalLinks() for lbl in labels)
    assert all(lbl.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
               for lbl in labels if lbl.objectName() != "mockBadge")
    assert sum(lbl.text() == HOSTILE for lbl in labels) >= 3
    link = view.parts["enlace"]
    click(qtbot, link)  # a tap on a link marks it; it never opens anything
    assert view.marked() == {"enlace"}


def test_every_variant_fits_at_1024x600(qtbot, make_window, home, demo_lessons):
    from kiosk.ui.widgets.mock_view import MockView

    window = make_window()
    window.resize(1024, 600)
    register(qtbot, window, name="Ana", age_index=1)
    seen = set()
    for lesson_id in (SPOT_LESSON, MOCK_LESSON):
        lesson = window.catalog.lesson(lesson_id, "es")
        for page in range(len(lesson.pages)):
            window.open_lesson(lesson_id, page)
            settle(qtbot, window)
            screen = window.lesson_screen
            viewport = screen.scroll.viewport()
            for view in screen.scroll.widget().findChildren(MockView):
                seen.add(view.mock.kind)
                assert view.card.width() <= viewport.width()
                assert screen.scroll.horizontalScrollBar().maximum() == 0
                for part in view.parts.values():
                    assert part.height() >= 44 and part.width() >= 120  # a finger can hit it
            window.leave_lesson()
    assert seen == {"chat", "sms", "email", "profile", "post"}


def test_a_questions_message_takes_the_focus_then_tab_reaches_the_answers(qtbot, make_window, home, demo_lessons):
    from kiosk.ui.widgets.mock_view import MockView

    window = make_window()
    register(qtbot, window, name="Tobías", age_index=1)
    window.open_lesson(MOCK_LESSON, 2)  # the truefalse about a profile
    settle(qtbot, window)
    screen = window.lesson_screen
    [quiz] = screen.quizzes
    [view] = quiz.findChildren(MockView)
    assert QApplication.focusWidget() is view.card
    qtbot.keyClick(view.card, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is quiz.options[0]
    qtbot.keyClick(quiz.options[0], Qt.Key.Key_Tab)
    qtbot.keyClick(quiz.options[1], Qt.Key.Key_Space)
    assert quiz.done and screen.next_button.isEnabled()


def test_children_read_the_mock_in_larger_type(qtbot, demo_lessons):
    from kiosk.app import create_app
    from kiosk.content.catalog import load_catalog
    from kiosk.ui.screens.lesson import LessonScreen
    from kiosk.ui.widgets.mock_view import MockView

    create_app()  # the kiosk's stylesheet
    catalog = load_catalog(demo_lessons)
    for lesson_id, page in ((SPOT_LESSON, 2), (MOCK_LESSON, 0)):  # in a question; a page's block
        sizes = {}
        for child in (False, True):
            screen = LessonScreen()
            qtbot.addWidget(screen)
            screen.resize(1366, 768)
            screen.show()
            screen.open(catalog.lesson(lesson_id, "es"), page, child=child)
            [view] = screen.scroll.widget().findChildren(MockView)
            texts = [lbl for lbl in view.findChildren(QLabel) if lbl.objectName() == "mockText"]
            sizes[child] = texts[0].font().pointSize()
        assert sizes[True] > sizes[False] >= 15, lesson_id
