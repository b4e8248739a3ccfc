"""Issue 12, point 7: the class grid shows who is stuck on which coding challenge, and the cell
opens the learner's last program read-only. Real SQLite (the ``store`` fixture), real widgets.

Qt runs offscreen with no translator installed, so the texts asserted are the English sources.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.content.activities.turtle import TurtleSpec
from kiosk.content.model import Activity, Page
from kiosk.learning.reports import STUCK_RUNS
from kiosk.ui import theme
from kiosk.ui.main_window import BackendRef
from kiosk.ui.staff.context import StaffContext, StaffMember
from kiosk.ui.staff.report_grid import STUCK_ROLE
from kiosk.ui.staff.reports import ReportsPage
from kiosk.ui.tasks import TaskRunner
from tests.reports.conftest import L1, L2, MODULE, OTHER_LESSON, OTHER_MODULE, Play, learner, make_class, make_staff

SQUARE = Activity(id="cuadrado", kind="turtle", prompt="Dibujá un cuadrado de 100 pasos.", line=10,
                  spec=TurtleSpec(mode="blocks", solution="repetir 4:\n    avanzar(100)\n    derecha(90)",
                                  near_miss="avanzar(100)"))
TRIANGLE = Activity(id="triangulo", kind="turtle", prompt="Dibujá un triángulo.", line=30,
                    spec=TurtleSpec(mode="blocks", solution="repetir 3:\n    avanzar(100)\n    izquierda(120)",
                                    near_miss="avanzar(100)"))
WRONG = ["avanzar(100)", "repetir 3:\n    avanzar(100)\n    derecha(90)",
         "repetir 4:\n    avanzar(100)\n    derecha(<b>90</b>)"]
SCREENSHOT = Path(__file__).resolve().parents[2] / "assets" / "screenshots" / "teacher-grid-stuck.png"


def runs(store, learner_id: str, lesson_id: str, activity_id: str, verdicts, start: float = 0) -> None:
    """One visit with a run per verdict (True: passed), written through the real progress service."""
    play = Play(store, learner_id, start=start)
    progress = store.progress
    visit = progress.start_visit(learner_id, None, lesson_id, "1.0.0", "es", 4, now=play.tick(0))
    progress.record_page(visit, 0, 4, now=play.tick())
    for n, passed in enumerate(verdicts):
        program = "repetir 4:\n    avanzar(100)\n    derecha(90)" if passed else WRONG[n % len(WRONG)]
        progress.record_attempt(visit, f"{lesson_id}#{activity_id}",
                                {"program": program, "passed": passed, "rule": None if passed else "drawing"},
                                passed, now=play.tick())
    progress.end_visit(visit, now=play.tick())


@pytest.fixture
def coding(store):
    """"6.º B": Lía stuck on the square (3 failed runs); Teo passed it after 3 failed runs;
    Uma ran it twice, failing; Lía also failed the triangle of L2 (a sensitive lesson) 4 times."""
    lia, teo, uma = (learner(store, name) for name in ("Lía", "Teo", "Uma"))
    klass = make_class(store, "6.º B", [lia, teo, uma])
    runs(store, lia, OTHER_LESSON, "cuadrado", [False] * STUCK_RUNS)
    runs(store, teo, OTHER_LESSON, "cuadrado", [False, False, False, True], start=100)
    runs(store, uma, OTHER_LESSON, "cuadrado", [False, False], start=200)
    runs(store, lia, L2, "triangulo", [False] * 4, start=300)
    return {"class": klass, "lia": lia, "teo": teo, "uma": uma}


def test_the_grid_names_the_challenge_a_learner_is_stuck_on(store, coding):
    grid = store.reports.class_grid(coding["class"], [L2, OTHER_LESSON])
    stuck = grid.cell(coding["lia"], OTHER_LESSON).stuck
    assert stuck is not None
    assert stuck.question_id == f"{OTHER_LESSON}#cuadrado" and stuck.runs == STUCK_RUNS
    assert '"program":"repetir 4:' in stuck.last_answer  # the LAST run, as stored
    assert stuck.last_at.tzinfo is not None
    assert grid.cell(coding["teo"], OTHER_LESSON).stuck is None  # passed after failing
    assert grid.cell(coding["uma"], OTHER_LESSON).stuck is None  # two runs: not stuck yet
    assert grid.cell(coding["lia"], L2).stuck is not None  # four runs, none passed
    # the same lesson marked sensitive: status as before, no stuck challenge
    hidden = store.reports.class_grid(coding["class"], [L2, OTHER_LESSON], hide_scores={L2})
    assert hidden.cell(coding["lia"], L2).stuck is None
    assert hidden.cell(coding["lia"], L2).status is grid.cell(coding["lia"], L2).status
    assert hidden.cell(coding["lia"], OTHER_LESSON).stuck == stuck


def test_of_two_stuck_challenges_the_one_with_more_runs_is_named(store, coding):
    runs(store, coding["uma"], OTHER_LESSON, "triangulo", [False] * 5, start=400)
    grid = store.reports.class_grid(coding["class"], [OTHER_LESSON])
    assert grid.cell(coding["uma"], OTHER_LESSON).stuck.question_id == f"{OTHER_LESSON}#triangulo"
    assert grid.cell(coding["uma"], OTHER_LESSON).stuck.runs == 5


# -- the grid on screen ---------------------------------------------------------------------------

@pytest.fixture
def coding_catalog(catalog):
    """The shared catalog with the square and the triangle in OTHER_LESSON, the triangle in L2,
    and L2 marked sensitive."""
    def with_activities(entry):
        acts = {OTHER_LESSON: (SQUARE, TRIANGLE), L2: (TRIANGLE,)}.get(entry.id)
        if acts is None:
            return entry
        return replace(entry, versions={
            lang: replace(lesson, pages=(*lesson.pages, *(Page(blocks=(a,), line=1) for a in acts)),
                          sensitive=entry.id == L2)
            for lang, lesson in entry.versions.items()})

    catalog.tracks = tuple(
        replace(track, modules=tuple(replace(m, lessons=tuple(map(with_activities, m.lessons)))
                                     for m in track.modules))
        for track in catalog.tracks)
    return catalog


@pytest.fixture
def grid_page(qtbot, store, coding, coding_catalog):
    from kiosk.app import create_app, install_translators

    install_translators(create_app(), "en")
    tasks = TaskRunner()
    ref = BackendRef()
    ref.store = store
    problems: list[BaseException] = []
    staff = StaffMember(make_staff(store), "Profe Nilda", "teacher")
    ctx = StaffContext(staff, tasks, ref, lambda: coding_catalog, "en", problems.append)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.grid_view.model.grid is not None, timeout=10_000)
    yield page
    tasks.shutdown()
    assert problems == []


def _index(page, learner_name: str, lesson_id: str):
    model = page.grid_view.model
    row = next(r for r, line in enumerate(model.grid.rows) if line.display_name == learner_name)
    return model.index(row, model.grid.lesson_ids.index(lesson_id) + 1)


def test_a_stuck_cell_says_so_in_words_and_the_try_colours(grid_page):
    model = grid_page.grid_view.model
    assert grid_page.class_box.currentText().startswith("6.º B")
    lia = _index(grid_page, "Lía", OTHER_LESSON)
    assert model.data(lia) == "⚑ stuck"
    assert model.data(lia, Qt.ItemDataRole.BackgroundRole).color() == QColor(theme.TRY_BG)
    assert model.data(lia, Qt.ItemDataRole.ForegroundRole).color() == QColor(theme.TRY_INK)
    tip = model.data(lia, Qt.ItemDataRole.ToolTipRole)
    assert "Stuck on “Dibujá un cuadrado de 100 pasos.” (3 tries)" in tip
    assert tip == model.data(lia, Qt.ItemDataRole.AccessibleTextRole)  # plain text, no markup
    assert "<" not in tip
    teo = _index(grid_page, "Teo", OTHER_LESSON)
    assert model.data(teo, STUCK_ROLE) is None and "Stuck" not in model.data(teo, Qt.ItemDataRole.ToolTipRole)
    assert model.data(_index(grid_page, "Lía", L2), STUCK_ROLE) is None  # sensitive: never named
    assert grid_page.grid_view.stuck_legend.isVisible()


def test_enter_and_double_click_on_a_stuck_cell_open_the_last_program(qtbot, grid_page):
    view = grid_page.grid_view
    table = view.table
    lia = _index(grid_page, "Lía", OTHER_LESSON)
    table.setFocus()
    table.setCurrentIndex(lia)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = view.program_dialog
    assert dialog is not None and dialog.isVisible()
    assert grid_page.stack.currentWidget() is view  # the grid stays
    assert dialog.program.isReadOnly()
    assert dialog.program.toPlainText() == WRONG[2]  # the last run, markup shown as typed
    assert "Lía" in dialog.windowTitle()
    if os.environ.get("KIOSK_SCREENSHOTS") or not SCREENSHOT.exists():
        dialog.close()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        table.setCurrentIndex(_index(grid_page, "Teo", OTHER_LESSON))
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert grid_page.grab().save(str(SCREENSHOT))
    else:
        dialog.close()
    qtbot.waitUntil(lambda: not view._showing_program())

    # a double-click (its first click opens the program; the second opens no other one)
    rect = table.visualRect(lia)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view._showing_program())
    first = view.program_dialog
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.program_dialog is first and first.isVisible()
    assert grid_page.stack.currentWidget() is view
    first.close()


def test_a_cell_not_stuck_still_opens_the_learner(qtbot, grid_page):
    table = grid_page.grid_view.table
    table.setFocus()
    table.setCurrentIndex(_index(grid_page, "Teo", OTHER_LESSON))
    with qtbot.waitSignal(grid_page.loaded, timeout=10_000, check_params_cb=lambda k: k == "learner"):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert grid_page.learner_view.name.text() == "Teo"
    assert grid_page.grid_view.program_dialog is None
