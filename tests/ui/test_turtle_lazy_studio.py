"""A page with two coding challenges (``primeros-pasos``, page 2): the first studio is built when
the page opens, the second only when it is needed -- the page scrolled near it, the keyboard
reaching it, the "question is further down" cue, or an answer given to it -- and then it works
as the first does.  Both are solved and the page left with the keyboard.  Layout and behaviour
only: no timing (the open time is ``benchmarks/lesson_kinds.py``'s)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import resources
from kiosk.content.activities.turtle import TurtleAnswer
from kiosk.content.catalog import load_catalog
from kiosk.ui import theme
from kiosk.ui.screens.lesson import LessonScreen

LESSON = "programacion/la-tortuga/primeros-pasos"
FIRST, SECOND = "una-raya", "una-esquina"
SOLVED = {FIRST: "avanzar(150)\n", SECOND: "avanzar(100)\nizquierda(90)\navanzar(100)\n"}


@pytest.fixture
def styled(qapp):
    qapp.setStyleSheet(theme.application_sheet())
    yield qapp
    qapp.setStyleSheet("")


@pytest.fixture
def page(qtbot, styled):
    return open_page(qtbot)


def open_page(qtbot):
    """The lesson screen at 1024x600 on the page with the two challenges: (screen, first, second)."""
    lesson = load_catalog(resources.lessons_dir()).lesson(LESSON, "es")
    index = next(i for i, p in enumerate(lesson.pages) if {a.id for a in p.activities} >= {FIRST, SECOND})
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    screen.open(lesson, index, lang="es")
    QApplication.processEvents()
    first, second = (next(q for q in screen.quizzes if q.activity.id == i) for i in (FIRST, SECOND))
    return screen, first, second


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def solve(qtbot, quiz) -> None:
    with qtbot.waitSignal(quiz.answered, timeout=30_000) as signal:
        quiz.give(TurtleAnswer(SOLVED[quiz.activity.id], True))
    assert signal.args[2] is True
    settle()


def test_only_the_first_studio_is_built_when_the_page_opens(page):
    screen, first, second = page
    assert first.studio_built and not second.studio_built
    viewport = screen.scroll.viewport()
    stand_in = second.placeholder
    assert stand_in.isVisible() and stand_in.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert stand_in.height() == viewport.height() - 6  # the height the studio will take (FIT_MARGIN_PX)
    assert stand_in.mapTo(viewport, QPoint(0, 0)).y() > viewport.height()  # below the fold
    # leaving the page with the second never built: nothing of it is called any more
    screen.back()
    settle()
    bar = screen.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle()
    assert screen.index == 0


def test_scrolling_near_the_second_builds_it_in_place(qtbot, page):
    screen, first, second = page
    viewport = screen.scroll.viewport()
    bar = screen.scroll.verticalScrollBar()
    bar.setValue(bar.value() + second.placeholder.mapTo(viewport, QPoint(0, 0)).y() - viewport.height() // 2)
    settle()
    assert second.studio_built
    studio = second.studio
    assert studio.isVisible() and studio.parentWidget() is second
    assert studio.height() <= viewport.height()
    assert not screen.scroll.horizontalScrollBar().isVisible()
    # its controls joined the page's tab order, after the first studio's and before Back
    stops, widget = [], screen.scroll
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is screen.back_button:
            break
        stops.append(widget)
    assert studio.run_button in stops
    assert stops.index(first.studio.run_button) < stops.index(studio.run_button)
    solve(qtbot, second)  # and it works
    assert second.done and studio.message.isVisible()


def test_two_studios_are_solved_and_left_by_keyboard(qtbot, page):
    screen, first, second = page
    solve(qtbot, first)
    assert not second.studio_built and screen.pending_question() is second
    # Tab from the first studio's last control reaches the second challenge: built, focus inside
    first.studio.run_button.setFocus()
    for _ in range(80):
        focus = QApplication.focusWidget()
        if second.isAncestorOf(focus):
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        settle()
    assert second.studio_built
    settle()
    focus: QWidget = QApplication.focusWidget()
    assert second.studio.isAncestorOf(focus), focus
    solve(qtbot, second)
    assert screen.next_button.isEnabled()
    before = screen.index
    screen.next_button.setFocus()
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)
    settle()
    assert screen.index == before + 1


def test_the_cue_builds_the_waiting_studio_and_gives_it_the_focus(qtbot, page):
    screen, first, second = page
    solve(qtbot, first)
    screen.reveal_question()  # what the cue ("The question is further down") does
    settle()
    assert second.studio_built
    assert second.studio.isAncestorOf(QApplication.focusWidget())
    viewport = screen.scroll.viewport()
    top = second.studio.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height()


def test_a_studio_makes_only_its_challenges_tiles(qtbot, styled, monkeypatch):
    """The studio is built with the challenge's palette: the default palette's eight tiles are
    not made and dropped on the way (each a wrapping button: ~18 ms of a coding lesson's
    opening, issue 14.5).  The tiles shown are the challenge's, in its order."""
    from kiosk.ui.turtle.blocks import BlocksEditor

    made: list[str] = []
    real = BlocksEditor._tile
    monkeypatch.setattr(BlocksEditor, "_tile", lambda self, kind: (made.append(kind), real(self, kind))[1])
    _screen, first, _second = open_page(qtbot)
    palette = list(first.studio.blocks.tiles)
    assert palette == ["forward", "right", "left"]  # the lesson's palette
    assert made == palette, made
