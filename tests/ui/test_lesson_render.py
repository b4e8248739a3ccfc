"""A lesson page never freezes the window (issue 9, point 5): pages render on the compute lane;
one that is not ready in time shows a kind message, with a way on, and the window keeps
answering meanwhile.  The slow page is a renderer that waits for the test to let it go."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from kiosk.content.model import Lesson, MarkdownBlock, Page
from kiosk.content.render import render_markdown

SLOW = "LENTO"


def lesson(tmp_path: Path) -> Lesson:
    pages = tuple(Page((MarkdownBlock(text, 1),), 1) for text in (
        "# Primera\n\nTexto de la primera.", f"# Segunda\n\n{SLOW}: esta tarda.", "# Tercera\n\nFin."))
    return Lesson(id="t/m/lenta", slug="lenta", module_id="t/m", version="1", lang="es", title="Lenta",
                  audience=("docentes",), duration_min=5, objectives=(), license="CC-BY-4.0", authors=(),
                  translation_of=None, pages=pages, path=tmp_path / "lenta.es.md")


@pytest.fixture()
def slow_reader(qtbot, qapp):
    """A LessonScreen on a real task runner, in Spanish, whose renderer hangs on the slow page
    until ``release`` is set; ``calls`` lists the sources it was given, in order."""
    from kiosk.app import create_app, install_translators
    from kiosk.ui.screens.lesson import LessonScreen
    from kiosk.ui.tasks import TaskRunner

    app = create_app()
    install_translators(app, "es")
    release = threading.Event()
    calls: list[str] = []

    def render(source: str, module_dir: Path) -> str:
        assert threading.current_thread() is not threading.main_thread()
        calls.append(source)
        if SLOW in source:
            release.wait(30)
        return render_markdown(source, module_dir)

    tasks = TaskRunner()
    screen = LessonScreen(tasks=tasks, render=render)
    screen.render_limit_ms = 700
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen, release, calls
    release.set()
    screen.clear()
    tasks.shutdown()


def test_a_page_too_slow_to_render_shows_a_kind_message_and_the_window_answers(qtbot, slow_reader, tmp_path):
    screen, release, calls = slow_reader
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    homes: list[int] = []
    screen.go_home.connect(lambda: homes.append(1))

    screen.open(lesson(tmp_path), 0)
    assert screen.waiting is None and "Texto de la primera" in screen.texts[0].toPlainText()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)  # to the slow page
    assert screen.waiting == 1 and screen.unshown is None  # the first page stays meanwhile
    assert "Texto de la primera" in screen.texts[0].toPlainText()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)  # ignored while waiting
    assert screen.index == 1
    qtbot.mouseClick(screen.home_button, Qt.MouseButton.LeftButton)  # the window answers
    assert homes == [1]

    qtbot.waitUntil(lambda: screen.unshown is not None, timeout=10_000)
    assert len(ticks) >= 5  # the event loop ran while the page was being rendered
    assert screen.unshown.isVisible()
    assert screen.unshown.text() == "Esta página no se pudo mostrar. Avisale a tu profe."
    assert screen.texts == [] and screen.counter.text() == "Página 2 de 3"
    assert screen.waiting is None
    assert screen.back_button.isEnabled() and screen.next_button.isEnabled()  # a way on
    assert not release.is_set()  # still rendering: the message did not wait for it

    # The way back works; the slow page, once rendered, is kept and shown on the next visit.
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.index == 0 and screen.unshown is None
    assert "Texto de la primera" in screen.texts[0].toPlainText()
    release.set()
    qtbot.waitUntil(lambda: 1 in screen._rendered, timeout=10_000)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.index == 1 and screen.unshown is None
    assert "esta tarda" in screen.texts[0].toPlainText()
    qtbot.waitUntil(lambda: 2 in screen._rendered, timeout=10_000)  # the next page, ahead
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.index == 2 and "Fin." in screen.texts[0].toPlainText()
    assert sorted(calls) == sorted(set(calls))  # each page rendered once in the visit
    timer.stop()


def test_pages_render_off_the_ui_thread_and_once_per_visit(qtbot, slow_reader, tmp_path):
    screen, release, calls = slow_reader
    release.set()
    screen.open(lesson(tmp_path), 0)
    qtbot.waitUntil(lambda: 1 in screen._rendered, timeout=10_000)  # the next page, ahead
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.index == 1 and screen.waiting is None and "esta tarda" in screen.texts[0].toPlainText()
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert screen.index == 0 and "Texto de la primera" in screen.texts[0].toPlainText()
    qtbot.waitUntil(lambda: 2 in screen._rendered, timeout=10_000)  # ahead of page 1, then kept
    sources = [page.blocks[0].source for page in screen.lesson.pages]
    assert calls == sources  # each page once, the next one ahead; the renderer asserts its thread
    screen.open(lesson(tmp_path), 0)  # a new visit renders afresh
    assert calls[3] == sources[0] and "Texto de la primera" in screen.texts[0].toPlainText()
