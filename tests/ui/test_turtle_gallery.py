"""«Mi galería» (issue 12, P6): "Save to my gallery" in the studio, the gallery screen (thumbnails
run on the compute lane, the big view, delete with a confirmation, PNG export), and the whole
walk through the real window: a learner saves a drawing, finds it in their gallery, and no one
else does.  The screenshot goes to assets/screenshots/turtle-gallery.png (1024x600) when
KIOSK_SCREENSHOTS is set (tests.conftest.screenshot_path), else to the test's tmp_path."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from kiosk.backend import Backend
from kiosk.content.activities.turtle import TurtleAnswer
from kiosk.learning.gallery import DrawingInfo
from kiosk.turtle.model import Segment
from kiosk.ui import theme
from kiosk.ui.screens.gallery import GalleryScreen
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.turtle.picture import bounds, drawing_image
from kiosk.ui.turtle.studio import TurtleStudio
from tests.conftest import screenshot_path
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import register
from tests.ui.turtle_fake import fake_run

SQUARE = "repetir 4:\n    avanzar(100)\n    derecha(90)\n"
STAR = "color(\"rojo\")\nrepetir 5:\n    avanzar(150)\n    derecha(144)\n"
T0 = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)


def drawing(n: int, title: str, program: str) -> DrawingInfo:
    return DrawingInfo(f"00000000-0000-4000-8000-{n:012d}", "learner", title, program, "es", T0 + timedelta(minutes=n))


@pytest.fixture()
def styled(qapp):
    qapp.setStyleSheet(theme.application_sheet())
    yield qapp
    qapp.setStyleSheet("")


@pytest.fixture()
def tasks():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def make_gallery(qtbot, tasks, run=fake_run, size=(1024, 600)) -> GalleryScreen:
    screen = GalleryScreen(tasks=tasks, run=run)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def all_drawn(screen: GalleryScreen) -> bool:
    return all(tile.property("drawn") for tile in screen.tiles.values())


# -- the studio's button ------------------------------------------------------------------------
def test_the_studio_offers_to_save_a_drawing_once_something_is_drawn(qtbot):
    studio = TurtleStudio(fake_run)
    qtbot.addWidget(studio)
    studio.show()
    studio.set_challenge((), "", "text")
    studio.editor.set_source(SQUARE)
    studio.speed.setValue(5)
    studio.run_button.click()
    qtbot.waitUntil(lambda: studio.result is not None and not studio.timer.isActive(), timeout=5000)
    assert studio.save_button.isHidden()  # not offered: no learner's lesson around it

    studio.offer_gallery(True)
    assert studio.save_button.isVisible() and studio.save_button.isEnabled()
    with qtbot.waitSignal(studio.save_requested) as blocker:
        studio.save_button.click()
    assert blocker.args == [SQUARE]
    assert not studio.save_button.isEnabled()  # one drawing, one save
    studio.drawing_saved(True)
    assert studio.save_button.text() == "Saved" and studio.save_button.accessibleName() == "Saved in your gallery"

    studio.editor.set_source("subir_lapiz()\navanzar(10)\n")  # an edit: the old drawing is gone
    assert studio.save_button.isHidden()
    studio.run_button.click()
    qtbot.waitUntil(lambda: studio.result is not None and not studio.timer.isActive(), timeout=5000)
    assert studio.save_button.isHidden()  # nothing drawn: nothing to keep


# -- pictures -----------------------------------------------------------------------------------
def test_png_export_writes_a_valid_png_with_the_drawing(qtbot, tasks, tmp_path):
    screen = make_gallery(qtbot, tasks)
    screen.show_drawings([drawing(1, "Mi/../cuadrado", SQUARE)])
    qtbot.waitUntil(lambda: all_drawn(screen), timeout=10_000)
    screen.open_drawing(screen.drawings[0])
    target = tmp_path / "usb" / "cuadrado"
    target.parent.mkdir()
    screen.write_png(target)
    qtbot.waitUntil(lambda: bool(screen.saved), timeout=10_000)
    written = target.with_name("cuadrado.png")
    assert screen.saved == [written]
    assert written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(written))
    assert (image.width(), image.height()) == (1000, 1000)
    white = QColor("white").rgb()
    assert image.pixel(3, 3) == white and image.pixel(500, 500) == white  # paper, inside the square
    box = bounds(fake_run(SQUARE).segments, 1000)
    # the square's left side: dark pixels all along it
    x = round(box.left())
    for y in range(round(box.top()) + 20, round(box.bottom()) - 20, 40):
        assert QColor(image.pixel(x, y)).lightness() < 100, (x, y)
    assert "Saved as cuadrado.png" in screen.message.text()


def test_a_png_that_cannot_be_written_says_so(qtbot, tasks, tmp_path):
    screen = make_gallery(qtbot, tasks)
    screen.show_drawings([drawing(1, "Cuadrado", SQUARE)])
    qtbot.waitUntil(lambda: all_drawn(screen), timeout=10_000)
    screen.open_drawing(screen.drawings[0])
    screen.write_png(tmp_path / "no-such-folder" / "x.png")
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=10_000)
    assert screen.message.property("state") == "try" and not screen.saved


def test_colours_survive_in_the_picture():
    image = drawing_image(fake_run(STAR).segments, 200)
    reds = sum(1 for x in range(0, 200, 2) for y in range(0, 200, 2)
               if QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).green() < 80)
    assert reds > 20


# -- the screen ---------------------------------------------------------------------------------
def test_thumbnails_are_drawn_on_the_compute_lane_without_blocking(qtbot, tasks):
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow_run(source: str, lang: str):
        threads.append(threading.current_thread())
        release.wait(30)
        return fake_run(source, lang)

    screen = make_gallery(qtbot, tasks, run=slow_run)
    screen.show_drawings([drawing(2, "Estrella", STAR), drawing(1, "Cuadrado", SQUARE)])
    # show_drawings came back while the first program is still "running": tiles wait, blank
    assert len(screen.tiles) == 2 and not any(t.property("drawn") for t in screen.tiles.values())
    qtbot.wait(50)  # the window keeps handling events meanwhile
    assert not all_drawn(screen)
    release.set()
    qtbot.waitUntil(lambda: all_drawn(screen), timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert set(screen.segments) == {d.id for d in screen.drawings}


def test_the_real_sandbox_draws_the_thumbnails(qtbot, tasks):
    screen = make_gallery(qtbot, tasks, run=None)  # kiosk.turtle.sandbox.run_program
    screen.show_drawings([drawing(1, "Cuadrado", SQUARE)])
    qtbot.waitUntil(lambda: all_drawn(screen), timeout=30_000)
    assert len(next(iter(screen.segments.values()))) == 4


def test_big_view_and_delete_with_confirmation(qtbot, tasks):
    screen = make_gallery(qtbot, tasks)
    screen.show_drawings([drawing(2, "Estrella", STAR), drawing(1, "Cuadrado", SQUARE)])
    qtbot.waitUntil(lambda: all_drawn(screen), timeout=10_000)
    qtbot.mouseClick(list(screen.tiles.values())[1], Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.big_page
    assert screen.big_title.text() == "Cuadrado" and screen.png_button.isEnabled()

    screen.confirm_delete()  # "Keep it": nothing happens
    box = screen.confirm_box
    assert isinstance(box, QMessageBox) and "Cuadrado" in box.text()
    with qtbot.assertNotEmitted(screen.delete_requested):
        [keep] = [b for b in box.buttons() if b.text() == "Keep it"]
        keep.click()
    screen.confirm_delete()
    box = screen.confirm_box
    [yes] = [b for b in box.buttons() if b.text() == "Delete"]
    with qtbot.waitSignal(screen.delete_requested) as blocker:
        yes.click()
    assert blocker.args == [screen.drawings[1].id]
    screen._back()
    assert screen.pages.currentWidget() is screen.scroll

    # the learner leaves while the question is open: it goes, unanswered
    screen.open_drawing(screen.drawings[0])
    screen.confirm_delete()
    box = screen.confirm_box
    with qtbot.assertNotEmitted(screen.delete_requested):
        screen.clear()
        qtbot.wait(10)
    assert screen.confirm_box is None and not screen.tiles
    assert not shiboken6.isValid(box) or not box.isVisible()


def test_an_empty_gallery_says_how_to_fill_it(qtbot, tasks):
    screen = make_gallery(qtbot, tasks)
    screen.show_drawings([])
    assert screen.empty.isVisible() and "Save to my gallery" in screen.empty.text()


# -- through the window -------------------------------------------------------------------------
LESSON = "muestra/todas-las-actividades/turtle"


@pytest.fixture()
def demo_lessons(monkeypatch):
    monkeypatch.setenv("KIOSK_DEMO_LESSONS", "1")


def test_a_learner_saves_a_drawing_and_finds_only_theirs(qtbot, make_window, home, demo_lessons, styled):
    with Backend.open(home / "kiosk.sqlite3") as backend:  # a classmate with a drawing of their own
        other = backend.learners.register("Tobías", "tatu.svg", "8-11", "learner")
        backend.gallery.save(other.id, "El de Tobías", "avanzar(50)\n", "es")
    window = make_window()
    register(qtbot, window, name="Rosa")
    window.open_lesson(LESSON, 1)
    [quiz] = [q for q in window.lesson_screen.quizzes if q.activity.id == "cuadrado"]
    with qtbot.waitSignal(quiz.answered, timeout=30_000):
        quiz.give(TurtleAnswer(SQUARE, False))
    studio = quiz.studio
    assert studio.save_button.isVisible()
    if os.environ.get("KIOSK_SHOTS"):
        window.resize(1024, 600)
        qtbot.wait(50)
        window.lesson_screen.scroll.ensureWidgetVisible(studio.save_button)
        qtbot.wait(50)
        assert window.grab().save(str(Path(os.environ["KIOSK_SHOTS"]) / "turtle-gallery-save.png"))
    studio.save_button.click()
    saved = QCoreApplication.translate("TurtleStudio", "Saved")  # the window speaks Spanish
    qtbot.waitUntil(lambda: studio.save_button.text() == saved, timeout=10_000)
    settle(qtbot, window)
    rows = db_rows(home, "SELECT title, program, lang FROM drawings WHERE learner_id != ?", other.id)
    assert rows == [(window.lesson_screen.lesson.title, SQUARE, "es")]

    window.leave_lesson()
    qtbot.waitUntil(lambda: window.current_screen() is window.home_screen, timeout=5000)
    qtbot.mouseClick(window.home_screen.gallery_button, Qt.MouseButton.LeftButton)
    gallery = window.gallery_screen
    assert window.current_screen() is gallery
    qtbot.waitUntil(lambda: len(gallery.drawings) == 1 and all_drawn(gallery), timeout=30_000)
    assert [d.program for d in gallery.drawings] == [SQUARE]  # not Tobías's

    # signing out leaves nothing of Rosa's gallery behind
    window.sign_out("exit")
    assert gallery.drawings == [] and gallery.segments == {} and not gallery.tiles


def test_screenshot_of_the_gallery(qtbot, make_window, home, styled, tmp_path):
    with Backend.open(home / "kiosk.sqlite3") as backend:
        rosa = backend.learners.register("Rosa", "tatu.svg", "8-11", "learner")
        programs = [
            ("Mi estrella", STAR),
            ("Un cuadrado", SQUARE),
            ("Casa con techo", "repetir 4:\n    avanzar(100)\n    izquierda(90)\navanzar(100)\nizquierda(30)\n"
                               "color(\"rojo\")\navanzar(100)\nizquierda(120)\navanzar(100)\n"),
            ("Escalera", "repetir 5:\n    avanzar(30)\n    izquierda(90)\n    avanzar(30)\n    derecha(90)\n"),
            ("Flor", "color(\"violeta\")\nrepetir 12:\n    repetir 4:\n        avanzar(60)\n        derecha(90)\n"
                     "    derecha(30)\n"),
        ]
        for n, (title, program) in enumerate(programs):
            backend.gallery.save(rosa.id, title, program, "es", now=T0 + timedelta(minutes=n))
        learner = backend.learners.get(rosa.id)
    window = make_window()
    window.learners.sign_in(learner)
    window.resize(1024, 600)
    window.learners.show_gallery()
    gallery = window.gallery_screen
    qtbot.waitUntil(lambda: len(gallery.drawings) == 5 and all_drawn(gallery), timeout=60_000)
    qtbot.wait(100)
    assert window.grab().save(str(screenshot_path("turtle-gallery.png", tmp_path)))
    shots = os.environ.get("KIOSK_SHOTS")  # the big view and the home's bar: looked at, not kept
    gallery.open_drawing(gallery.drawings[0])
    qtbot.wait(50)
    if shots:
        assert window.grab().save(str(Path(shots) / "turtle-gallery-big.png"))
    window.show_home()
    qtbot.waitUntil(lambda: bool(window.home_screen.cards), timeout=5000)
    assert window.home_screen.gallery_button.isVisible()
    if shots:
        assert window.grab().save(str(Path(shots) / "turtle-gallery-home.png"))
