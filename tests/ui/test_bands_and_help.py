"""Issue 10 through the real window: a learner sees and completes only the lessons of their age
band; a sensitive lesson shows the "Need help?" card on every page and its ``ayuda`` block; a
translation shows its state (lessons/README.md, "Audience", "Sensitive lessons", "Translation
state")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk import resources
from kiosk.content.catalog import load_catalog
from kiosk.ui.screens.lesson import LessonScreen
from kiosk.ui.widgets.help_card import HelpList
from tests.conftest import screenshot_path
from tests.ui.conftest import db_rows, settle
from tests.ui.test_learner_flow import answer_all_and_finish, module_card, register

MODULE = "internet-seguro/cuida-tus-secretos"
FIRST, SECOND, THIRD, TEENS, FIFTH = (
    f"{MODULE}/{slug}" for slug in ("contrasenas-fuertes", "verificacion-en-dos-pasos", "cerrar-sesion",
                                    "contrasena-y-confianza", "descargas-y-pendrives"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def lessons(tmp_path, monkeypatch) -> Path:
    """A copy of the bundled lessons the window loads (each test edits it first)."""
    root = tmp_path / "lessons"
    shutil.copytree(resources.lessons_dir(), root)
    monkeypatch.setattr(resources, "lessons_dir", lambda: root)
    return root


def lesson_file(root: Path, lesson_id: str, lang: str = "es") -> Path:
    return root / f"{lesson_id}.{lang}.md"


def test_a_child_sees_counts_and_completes_only_the_lessons_of_their_band(qtbot, make_window, home, lessons):
    edit(lesson_file(lessons, FIRST), "audience: [ninos-8-11, adolescentes-12-17, docentes, familias]",
         "audience: [adolescentes-12-17, docentes, familias]")
    window = make_window()
    register(qtbot, window, name="Ramona", age_index=0)  # 8 to 11
    card = module_card(window, MODULE)
    assert [b.property("lesson_id") for b in card.lesson_buttons] == [SECOND, THIRD, FIFTH]  # not TEENS
    assert (card.progress.maximum(), card.progress.value()) == (3, 0)

    # Not through a link, not by its id: the lesson is not for her.
    window.open_lesson(FIRST, 0)
    assert window.current_screen() is not window.lesson_screen
    assert window.banner.isVisible()
    window.banner.hide()
    settle(qtbot, window)
    assert db_rows(home, "SELECT count(*) FROM visits") == [(0,)]

    # "Seguir donde quedé" never points at a lesson she cannot see, even with progress on it.
    learner_id = window.learner.id
    window.tasks.run(lambda: window.db.store.progress.start_visit(learner_id, None, FIRST, "1.0.0", "es", 4))
    settle(qtbot, window)
    window.show_home()
    settle(qtbot, window)
    assert window.home_screen.resume_button is None

    # Her three lessons complete the module; the next lesson offered is hers (the teens' one
    # between them is skipped).
    qtbot.mouseClick(module_card(window, MODULE).lesson_buttons[0], Qt.MouseButton.LeftButton)
    assert window.lesson_screen.lesson.id == SECOND
    answer_all_and_finish(qtbot, window)
    assert window.lessons.next_lesson_id == THIRD
    window.open_lesson(THIRD, 0)
    answer_all_and_finish(qtbot, window)
    assert window.lessons.next_lesson_id == FIFTH
    window.open_lesson(FIFTH, 0)
    answer_all_and_finish(qtbot, window)
    settle(qtbot, window)
    assert db_rows(home, "SELECT module_id FROM module_completions") == [(MODULE,)]
    window.show_home()
    settle(qtbot, window)
    card = module_card(window, MODULE)
    assert (card.progress.maximum(), card.progress.value()) == (3, 3)


def test_a_teen_sees_every_lesson_of_the_module(qtbot, make_window, lessons):
    edit(lesson_file(lessons, FIRST), "audience: [ninos-8-11, adolescentes-12-17, docentes, familias]",
         "audience: [adolescentes-12-17, docentes, familias]")
    window = make_window()
    register(qtbot, window, name="Tobías", age_index=1)  # 12 to 17
    card = module_card(window, MODULE)
    assert [b.property("lesson_id") for b in card.lesson_buttons] == [FIRST, SECOND, THIRD, TEENS, FIFTH]
    assert card.progress.maximum() == 5


def make_sensitive(root: Path) -> None:
    """The third lesson marked sensitive (its translations too), with an ``ayuda`` block at the
    top of its first page."""
    for lang in ("en", "gn"):
        if lesson_file(root, THIRD, lang).is_file():
            edit(lesson_file(root, THIRD, lang), "authors:", "sensitive: true\nauthors:")
    path = lesson_file(root, THIRD)
    edit(path, "authors:", "sensitive: true\nauthors:")
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4) + len("\n---\n")
    path.write_text(text[:end] + "\n```ayuda\n```\n\n" + text[end:], encoding="utf-8")
    assert load_catalog(root).problems == []


def test_a_sensitive_lesson_shows_the_help_card_on_every_page(qtbot, make_window, lessons, tmp_path):
    """The card's screenshots (assets/screenshots/help-card*.png) are refreshed only with
    KIOSK_SCREENSHOTS set (tests.conftest.screenshot_path); otherwise they go to tmp_path."""
    make_sensitive(lessons)
    window = make_window()
    register(qtbot, window, name="Nilda", age_index=1)
    window.open_lesson(SECOND, 0)
    screen = window.lesson_screen
    assert not screen.help_card.isVisible()  # an ordinary lesson: no card

    window.open_lesson(THIRD, 0)
    assert screen.lesson.sensitive
    help_list = screen.scroll.widget().findChildren(HelpList)
    [shown] = help_list  # the ayuda block of the first page: every line, with who and when
    assert [row.text() for row in shown.rows] == ["Fono Ayuda", "Emergencias", "La persona facilitadora del telecentro"]
    details = " ".join(w.text() for w in shown.findChildren(QLabel))
    assert "147" in details and "911" in details and "Todos los días, las 24 horas" in details
    assert window.grab().save(str(screenshot_path("help-card.png", tmp_path)))
    pages = 0
    while True:
        pages += 1
        assert screen.help_card.isVisible()
        assert [chip.text() for chip in screen.help_card.chips] == [
            "147 · Fono Ayuda", "911 · Emergencias", "La persona facilitadora del telecentro"]
        for quiz in screen.quizzes:
            if not quiz.done:
                quiz.choose(*[i for i, o in enumerate(quiz.activity.options) if o.correct])
        if screen.index == len(screen.lesson.pages) - 1:
            break
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert pages == len(screen.lesson.pages) >= 3
    window.resize(1024, 600)
    qtbot.wait(50)
    assert screen.help_card.isVisible() and screen.help_card.width() <= 1024 - 80
    assert window.grab().save(str(screenshot_path("help-card-1024.png", tmp_path)))


def test_the_help_card_is_plain_text(qtbot, tmp_path):
    from kiosk.content.help_lines import HelpLine

    line = HelpLine("x", "147", {"es": "<b>Fono</b> Ayuda"}, {"es": "<i>x</i>"}, {"es": "24 h"}, {}, None, 1)
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.help_card.set_lines([line], "es")
    [chip] = screen.help_card.chips
    assert chip.textFormat() == Qt.TextFormat.PlainText and chip.text() == "147 · <b>Fono</b> Ayuda"
    rows = HelpList([line], "es")
    qtbot.addWidget(rows)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in rows.findChildren(type(chip)))


@pytest.mark.parametrize(("translation_of", "review", "shown_lang", "note"), [
    ("1.0.0", "revisada", "en", ""),
    ("0.9.0", "revisada", "en", "The English version is being updated."),
    ("1.0.0", "pendiente", "en", "Translation under review."),
    ("0.9.0", "pendiente", "en", "The English version is being updated. Translation under review."),
])
def test_the_lesson_screen_notes_the_translation_state(qtbot, lessons, translation_of, review, shown_lang, note):
    es = lesson_file(lessons, SECOND).read_text(encoding="utf-8")
    version = next(line for line in es.splitlines() if line.startswith("version:")).split('"')[1]
    major, minor, _ = (int(part) for part in version.split("."))
    if translation_of == "0.9.0":  # a minor version behind: the Spanish moves one minor on
        edit(lesson_file(lessons, SECOND), f'version: "{version}"', f'version: "{major}.{minor + 1}.0"')
    translation_of = version  # "1.0.0" in the table: the Spanish version the translation follows
    lesson_file(lessons, SECOND, "en").write_text(
        es.replace("lang: es", f'lang: en\ntranslation_of: "{translation_of}"\nreview: {review}'), encoding="utf-8")
    catalog = load_catalog(lessons)
    assert catalog.problems == []
    shown = catalog.shown(SECOND, "en")
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.open(shown.lesson, 0, shown=shown, lang="en")
    assert shown.lesson.lang == shown_lang
    assert screen.translation_note.text() == note
    assert screen.translation_note.isVisibleTo(screen) == bool(note)


def test_the_spanish_notes_use_the_catalog(qtbot, lessons):
    """A major change behind, in Spanish: the learner reads Spanish and is told why."""
    from kiosk.app import create_app, install_translators

    install_translators(create_app(), "es")
    es = lesson_file(lessons, SECOND).read_text(encoding="utf-8")
    version = next(line for line in es.splitlines() if line.startswith("version:")).split('"')[1]
    es = es.replace(f'version: "{version}"', 'version: "1.0.0"')  # the test's own numbers
    lesson_file(lessons, SECOND).write_text(es, encoding="utf-8")
    lesson_file(lessons, SECOND, "gn").write_text(
        es.replace("lang: es", 'lang: gn\ntranslation_of: "1.0.0"\nreview: revisada'), encoding="utf-8")
    edit(lesson_file(lessons, SECOND), 'version: "1.0.0"', 'version: "1.1.0"')
    catalog = load_catalog(lessons)
    screen = LessonScreen()
    qtbot.addWidget(screen)
    screen.open(catalog.shown(SECOND, "gn").lesson, 0, shown=catalog.shown(SECOND, "gn"), lang="es")
    assert screen.translation_note.text() == "La versión en guaraní se está actualizando."
    edit(lesson_file(lessons, SECOND), 'version: "1.1.0"', 'version: "2.0.0"')
    catalog = load_catalog(lessons)
    shown = catalog.shown(SECOND, "gn")
    screen.open(shown.lesson, 0, shown=shown, lang="es")
    assert shown.lesson.lang == "es"
    assert screen.translation_note.text() == (
        "Esta lección se muestra en español: la versión en guaraní se está actualizando.")
