"""A learner registers, takes a lesson with a quiz, and finds the progress after a restart."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kiosk.content.activities import kind_of
from kiosk.core.people import AgeBand
from tests.ui.conftest import close, db_rows, settle, type_text

MODULE = "internet-seguro/cuida-tus-secretos"


def register(qtbot, window, name="Lucía", avatar_index=0, age_index=0):
    qtbot.mouseClick(window.signin.new_button, Qt.MouseButton.LeftButton)
    screen = window.register_screen
    assert window.current_screen() is screen
    assert not screen.submit_button.isEnabled()
    type_text(screen.name, name)
    screen.avatar_group.button(avatar_index).click()
    screen.age_group.button(age_index).click()
    assert screen.submit_button.isEnabled()
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.home_screen.cards), timeout=5000)


def module_card(window, module_id=MODULE):
    return next(c for c in window.home_screen.cards if c.module.id == module_id)


def first_quiz_page(qtbot, window):
    screen = window.lesson_screen
    while not screen.quizzes:
        assert screen.next_button.isEnabled()
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    return screen


def answer_all_and_finish(qtbot, window):
    screen = window.lesson_screen
    while True:
        for quiz in screen.quizzes:
            if not quiz.done:
                quiz.give(kind_of(quiz.activity).solution(quiz.activity))  # any kind, as a learner
        assert screen.next_button.isEnabled()
        last = screen.index == len(screen.lesson.pages) - 1
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
        if last:
            break
    qtbot.waitUntil(lambda: window.current_screen() is window.complete_screen, timeout=5000)


def test_register_take_lesson_answer_wrong_then_right(qtbot, make_window, home):
    window = make_window()
    assert window.windowTitle() == "Telecentro"
    assert window.signin.empty.isVisible()  # nobody yet: the screen says so
    register(qtbot, window)
    assert window.learner.display_name == "Lucía"
    assert window.learner.age_band == AgeBand.CHILD
    assert window.home_screen.hello.text() == "¡Hola, Lucía!"

    card = module_card(window)
    lesson_button = card.lesson_buttons[0]
    qtbot.mouseClick(lesson_button, Qt.MouseButton.LeftButton)
    screen = first_quiz_page(qtbot, window)
    quiz = screen.quizzes[0]
    assert not screen.next_button.isEnabled()  # answer first
    wrong = next(i for i, o in enumerate(quiz.activity.options) if not o.correct)
    right = [i for i, o in enumerate(quiz.activity.options) if o.correct]

    quiz.choose(wrong)
    assert quiz.feedback.isVisible()
    assert quiz.feedback.property("state") == "wrong"
    expected_feedback = quiz.activity.options[wrong].feedback
    assert expected_feedback and expected_feedback in quiz.feedback_text.text()
    assert not quiz.done and not screen.next_button.isEnabled()

    quiz.choose(*right)
    assert quiz.done and quiz.feedback.property("state") == "right"
    assert screen.next_button.isEnabled()
    settle(qtbot, window)

    lesson_id = screen.lesson.id
    rows = db_rows(
        home,
        "SELECT a.question_id, a.answer, a.correct, v.lesson_id, l.display_name FROM attempts a "
        "JOIN visits v ON v.id = a.visit_id JOIN learners l ON l.id = a.learner_id ORDER BY a.created_at",
    )
    key = f"{lesson_id}#{quiz.activity.id}"
    assert [(r[0], r[2]) for r in rows] == [(key, 0), (key, 1)]
    # stored as the kind's JSON: the chosen options' ids, not their positions
    options = quiz.activity.options
    assert json.loads(rows[0][1]) == {"chosen": [options[wrong].id]}
    assert json.loads(rows[1][1]) == {"chosen": sorted(options[i].id for i in right)}
    assert {r[3] for r in rows} == {lesson_id} and {r[4] for r in rows} == {"Lucía"}
    progress = db_rows(home, "SELECT progress, completed_at, last_page FROM lesson_progress WHERE lesson_id = ?", lesson_id)
    assert len(progress) == 1 and 0 < progress[0][0] < 1 and progress[0][1] is None
    assert progress[0][2] == screen.index

    answer_all_and_finish(qtbot, window)
    settle(qtbot, window)
    done = db_rows(home, "SELECT progress, completed_at, best_score FROM lesson_progress WHERE lesson_id = ?", lesson_id)
    assert done[0][0] == 1.0 and done[0][1] is not None
    assert done[0][2] is not None and done[0][2] < 1.0  # the first question was wrong at first
    assert window.complete_screen.heading.text().startswith("¡Muy bien!")


def test_restart_shows_progress_and_resume(qtbot, make_window, home):
    window = make_window()
    register(qtbot, window, name="Mateo", age_index=1)
    card = module_card(window)
    qtbot.mouseClick(card.lesson_buttons[0], Qt.MouseButton.LeftButton)
    answer_all_and_finish(qtbot, window)
    # start the second lesson and leave it on its second page
    qtbot.mouseClick(window.complete_screen.next_button, Qt.MouseButton.LeftButton)
    screen = window.lesson_screen
    second_id = screen.lesson.id
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.index == 1
    settle(qtbot, window)
    close(window)

    again = make_window()
    tiles = again.signin.tiles()
    assert [t.text() for t in tiles] == ["Mateo"]
    with qtbot.waitSignal(again.signed_in):
        qtbot.mouseClick(tiles[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(again.home_screen.cards), timeout=5000)
    home_screen = again.home_screen
    card = module_card(again)
    assert card.progress.value() == 1 and card.progress.maximum() == len(card.module.lessons)
    assert home_screen.resume_button is not None
    qtbot.mouseClick(home_screen.resume_button, Qt.MouseButton.LeftButton)
    assert again.current_screen() is again.lesson_screen
    assert again.lesson_screen.lesson.id == second_id and again.lesson_screen.index == 1


def test_sign_out_returns_to_tiles_and_leaves_nothing_behind(qtbot, make_window, home):
    window = make_window()
    register(qtbot, window, name="Fátima")
    qtbot.mouseClick(module_card(window).lesson_buttons[0], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.signed_out):
        window.sign_out("exit")
    assert window.current_screen() is window.signin
    assert window.learner is None and window.lesson_screen.lesson is None
    settle(qtbot, window)
    rows = db_rows(home, "SELECT end_reason, ended_at IS NOT NULL FROM sessions")
    assert rows == [("exit", 1)]
    visits = db_rows(home, "SELECT ended_at IS NOT NULL FROM visits")
    assert visits == [(1,)]


def test_idle_sign_out_warns_first(qtbot, make_window, home):
    window = make_window(idle_minutes=2 / 60, idle_warning_seconds=1)
    register(qtbot, window, name="Derlis")
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=4000)
    assert "1" in window.idle_overlay.message.text()
    with qtbot.waitSignal(window.signed_out, timeout=4000) as blocker:
        pass
    assert blocker.args == ["idle"]
    assert window.current_screen() is window.signin and not window.idle_overlay.isVisible()
    settle(qtbot, window)
    assert db_rows(home, "SELECT end_reason FROM sessions") == [("idle",)]


def test_activity_during_warning_keeps_the_session(qtbot, make_window):
    window = make_window(idle_minutes=6 / 60, idle_warning_seconds=2)  # the warning: at most a third
    register(qtbot, window, name="Rocío")
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=8000)  # 4 s of quiet first
    qtbot.mouseClick(window.idle_overlay.stay_button, Qt.MouseButton.LeftButton)
    assert not window.idle_overlay.isVisible()
    assert window.learner is not None and window.learner.display_name == "Rocío"


def test_same_name_and_picture_is_refused_kindly(qtbot, make_window):
    window = make_window()
    register(qtbot, window, name="Iván")
    window.sign_out("exit")
    qtbot.waitUntil(lambda: len(window.signin.tiles()) == 1, timeout=5000)
    qtbot.mouseClick(window.signin.new_button, Qt.MouseButton.LeftButton)
    screen = window.register_screen
    type_text(screen.name, "ivan")
    screen.avatar_group.button(0).click()
    screen.age_group.button(0).click()
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.error.isVisible, timeout=5000)  # the back end refuses it
    assert screen.error.isVisible() and "dibujo" in screen.error.text()
    assert window.learner is None


def test_search_appears_past_24_learners(qtbot, make_window):
    window = make_window()
    from kiosk.ui.avatars import bundled_avatars

    avatars = [f for f, _ in bundled_avatars()]
    store = window.store
    for i in range(26):
        store.learners.register(f"Estudiante {i:02d}", avatars[i % len(avatars)], AgeBand.TEEN, "learner")
    store.learners.register("Ñandutí", avatars[0], AgeBand.CHILD, "learner")
    window.refresh_learners()
    qtbot.waitUntil(lambda: len(window.signin.tiles()) == 27, timeout=5000)
    assert window.signin.search.isVisible()
    type_text(window.signin.search, "nanduti")
    visible = [t.text() for t in window.signin.grid.visible_tiles()]
    assert visible == ["Ñandutí"]


def test_finishing_every_lesson_shows_the_module_complete_screen(qtbot, make_window, home):
    window = make_window()
    register(qtbot, window, name="Sofía", age_index=1)
    card = module_card(window)
    lesson_ids = [b.property("lesson_id") for b in card.lesson_buttons]
    window.open_lesson(lesson_ids[0], 0)
    for index in range(len(lesson_ids)):
        answer_all_and_finish(qtbot, window)
        complete = window.complete_screen
        if index < len(lesson_ids) - 1:
            assert not complete.is_module and complete.next_button.isVisible()
            qtbot.mouseClick(complete.next_button, Qt.MouseButton.LeftButton)
            assert window.lesson_screen.lesson.id == lesson_ids[index + 1]
    assert window.complete_screen.is_module
    assert "Cuidá tus secretos" in window.complete_screen.heading.text()
    assert window.complete_screen.stars == 3  # every question right the first time
    settle(qtbot, window)
    assert db_rows(home, "SELECT module_id FROM module_completions") == [(MODULE,)]
