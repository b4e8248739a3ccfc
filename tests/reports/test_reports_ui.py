"""The reports page on real widgets and a real Store: what the teacher sees matches the data.

Qt runs offscreen with no translator installed, so the texts asserted are the English sources.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from kiosk.core.people import AgeBand, LearnerInfo, Role
from kiosk.learning.assignments import local_today
from kiosk.store.models import Assignment
from kiosk.ui import theme
from kiosk.ui.main_window import BackendRef
from kiosk.ui.staff.context import StaffContext, StaffMember
from kiosk.ui.staff.report_common import STATUS_ROLE
from kiosk.ui.staff.reports import ReportsPage
from kiosk.ui.tasks import TaskRunner
from tests.reports.conftest import L1, MODULE, OTHER_MODULE, Q1_OPTIONS, make_staff


@pytest.fixture
def ctx(qtbot, store, catalog):
    from kiosk.app import create_app, install_translators

    install_translators(create_app(), "en")  # as the app does: English's catalog has the plural forms
    tasks = TaskRunner()
    ref = BackendRef()
    ref.store = store
    problems: list[BaseException] = []
    staff = StaffMember(make_staff(store), "Profe Nilda", "teacher")
    context = StaffContext(staff, tasks, ref, lambda: catalog, "en", problems.append)
    yield context
    tasks.shutdown()
    assert problems == []


def loaded(qtbot, page, key):
    return qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == key)


@pytest.fixture
def page(qtbot, ctx, site):
    """The page on "5.º A", its first grid shown."""
    built = ReportsPage(ctx)
    qtbot.addWidget(built)
    built.resize(1100, 680)
    built.show()
    qtbot.waitUntil(lambda: built.grid_view.model.grid is not None, timeout=10_000)
    return built


def click(qtbot, table, row, column):
    index = table.model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_grid_cells_show_the_service_statuses(page, store, site, catalog):
    model = page.grid_view.model
    assert page.class_box.currentText() == "5.º A (3)"
    expected = store.reports.class_grid(site["class"], [*catalog.module(MODULE).lesson_ids,
                                                       *catalog.module(OTHER_MODULE).lesson_ids])
    assert model.grid == expected
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Ana", "beto", "Caro"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Learner", "Contraseñas fuertes", "Verificación en dos pasos",
                       "Cerrar sesión en una compu compartida", "Instrucciones precisas", "Lessons done"]
    for r, row in enumerate(expected.rows):
        for c, cell in enumerate(row.cells, start=1):
            index = model.index(r, c)
            assert model.data(index, STATUS_ROLE) is cell.status
            colour = model.data(index, Qt.ItemDataRole.BackgroundRole).color()
            assert colour == QColor(theme.GRID_STATUS_COLORS[cell.status.value][0])
    shown = [[model.data(model.index(r, c)) for c in range(1, 6)] for r in range(3)]
    # spelled out: Ana done 50 %, in progress, done 100 %, not started; Beto three done
    assert shown[0] == ["✓ 50 %", "◐", "✓ 100 %", "–", "2 of 4"]
    assert shown[1] == ["✓ 50 %", "✓ 100 %", "✓ 100 %", "–", "3 of 4"]
    assert shown[2] == ["–", "–", "–", "–", "0 of 4"]
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Ana — “Cuidá tus secretos · Verificación en dos pasos”: in progress, 25 % seen"
    assert page.grid_view.table.isVisible()
    assert [chip.text() for chip in page.grid_view.legend] == ["✓ done (best score)", "◐ in progress", "– not started"]


def test_module_filter_narrows_the_columns(qtbot, page, catalog):
    with loaded(qtbot, page, "grid"):
        page.module_box.setCurrentIndex(page.module_box.findData(OTHER_MODULE))
    assert page.grid_view.model.grid.lesson_ids == catalog.module(OTHER_MODULE).lesson_ids


def test_click_a_name_opens_the_learner_and_a_cell_their_answers(qtbot, page, site):
    table = page.grid_view.table
    with loaded(qtbot, page, "learner"):
        click(qtbot, table, 0, 0)  # Ana
    view = page.learner_view
    assert page.stack.currentWidget() is view and view.isVisible()
    assert not page.segment_row.isVisible()  # the learner page has its own "Back"
    assert view.name.text() == "Ana"
    assert "Time in lessons: 19 min · 4 visits" in view.stats.text()
    lessons = {view.lessons.item(r, 0).text(): view.lessons.item(r, 1).text() for r in range(view.lessons.rowCount())}
    assert lessons == {"Contraseñas fuertes": "✓ done · 50 %", "Verificación en dos pasos": "◐ 25 % seen",
                       "Cerrar sesión en una compu compartida": "✓ done · 100 %"}
    assert view.attempts.rowCount() == 4  # every answer
    assert not view.all_button.isVisible()

    with loaded(qtbot, page, "grid"):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.grid_view and page.segment_row.isVisible()

    with loaded(qtbot, page, "learner"):
        click(qtbot, table, 1, 1)  # beto on "Contraseñas fuertes"
    assert view.name.text() == "beto"
    assert view.attempts_title.text() == "Answers in “Contraseñas fuertes”"
    rows = [[view.attempts.item(r, c).text() for c in (1, 2, 3)] for r in range(view.attempts.rowCount())]
    assert rows == [  # newest first, with the catalog's texts
        ["¿A quién le podés decir tu contraseña?", "A mi mamá o a quien me cuida", "✓ right"],
        ["¿Cuál es más difícil de adivinar?", Q1_OPTIONS[1], "✓ right"],
        ["¿Cuál es más difícil de adivinar?", Q1_OPTIONS[2], "✗ not yet"],
    ]
    assert view.all_button.isVisible()
    view.all_button.click()
    assert view.attempts_title.text() == "All answers, newest first"


def test_keyboard_enter_on_a_cell_opens_the_learner(qtbot, page):
    table = page.grid_view.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 0))
    with loaded(qtbot, page, "learner"):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.learner_view.name.text() == "Caro"
    assert page.learner_view.stats.text() == "No lesson opened yet."


def test_difficult_questions_are_written_out(qtbot, page):
    with loaded(qtbot, page, "difficult"):
        page.segments["difficult"].click()
    view = page.difficult_view
    assert view.isVisible()
    assert [q.question_id for q in view.shown] == [f"{L1}#q1"]  # q2 was never missed first
    texts = [w.text() for w in view.card_widgets[0].findChildren(type(page.empty))]
    assert "¿Cuál es más difícil de adivinar?" in texts
    assert "Missed at the first try by 2 of 2 (100 %)" in texts
    assert f"• “{Q1_OPTIONS[0]}” — chosen by 1" in texts
    assert f"• “{Q1_OPTIONS[2]}” — chosen by 1" in texts

    with loaded(qtbot, page, "difficult"):
        view.whole_site.setChecked(True)  # Dani, outside the class, also chose option 0 first
    texts = [w.text() for w in view.card_widgets[0].findChildren(type(page.empty))]
    assert "Missed at the first try by 3 of 3 (100 %)" in texts
    assert f"• “{Q1_OPTIONS[0]}” — chosen by 2" in texts


def test_module_completion_bars(qtbot, page):
    with loaded(qtbot, page, "modules"):
        page.segments["modules"].click()
    bars = page.completion_view.bars
    assert (bars[MODULE].value(), bars[MODULE].maximum()) == (1, 3)  # beto of 3
    assert (bars[OTHER_MODULE].value(), bars[OTHER_MODULE].maximum()) == (0, 3)
    assert bars[MODULE].accessibleName() == "1 of 3 (33 %)"


def test_assign_to_the_whole_class_then_to_chosen_learners_then_remove(qtbot, page, store, site):
    with loaded(qtbot, page, "assign"):
        page.segments["assign"].click()
    view = page.assign_view
    assert view.learners.count() == 3 and not view.learners.isEnabled()

    view.assign_button.click()  # nothing chosen yet
    assert view.message.text() == "Choose at least one module." and view.message.isVisible()

    view.modules.item(0).setCheckState(Qt.CheckState.Checked)
    view.has_due.setChecked(True)
    due = local_today() + timedelta(days=7)
    assert view.due.date().toPython() == due
    with loaded(qtbot, page, "assign"):
        view.assign_button.click()
    assert view.message.text().startswith("Assigned “Cuidá tus secretos” to the whole class.")
    assert view.current.rowCount() == 1 and view.current.item(0, 1).text() == "The whole class"
    assert store.assignments.for_learner(site["caro"]) == [(MODULE, due)]

    view.modules.item(0).setCheckState(Qt.CheckState.Unchecked)
    view.modules.item(1).setCheckState(Qt.CheckState.Checked)
    view.has_due.setChecked(False)
    view.some.setChecked(True)
    assert view.learners.isEnabled()
    view.assign_button.click()
    assert view.message.text() == "Choose at least one learner, or choose the whole class."
    for row in (0, 1):  # Ana, beto
        view.learners.item(row).setCheckState(Qt.CheckState.Checked)
    with loaded(qtbot, page, "assign"):
        view.assign_button.click()
    assert view.message.text() == "Assigned “Algoritmos sin compu” to 2 learners."
    rows = {view.current.item(r, 0).text(): view.current.item(r, 1).text() for r in range(view.current.rowCount())}
    assert rows == {"Cuidá tus secretos": "The whole class", "Algoritmos sin compu": "Ana, beto"}
    assert store.assignments.for_learner(site["ana"]) == [(MODULE, due), (OTHER_MODULE, None)]
    assert store.assignments.for_learner(site["caro"]) == [(MODULE, due)]

    remove = next(b for ids, b in view.remove_buttons.items()
                  if view.current.item(view.current.indexAt(b.pos()).row(), 0).text() == "Algoritmos sin compu")
    remove.click()  # it asks first
    dialog = view.confirm_dialog
    assert dialog.isVisible() and "“Algoritmos sin compu” will no longer be assigned to Ana, beto." in dialog.text.text()
    dialog.cancel_button.click()
    assert view.current.rowCount() == 2 and store.assignments.for_learner(site["ana"]) == [(MODULE, due), (OTHER_MODULE, None)]
    remove.click()
    with loaded(qtbot, page, "assign"):
        view.confirm_dialog.ok_button.click()
    assert view.current.rowCount() == 1
    assert store.assignments.for_learner(site["ana"]) == [(MODULE, due)]
    with store.db.reading() as session:
        archived = session.scalars(select(Assignment).where(Assignment.archived_at.is_not(None))).all()
    assert {a.learner_id for a in archived} == {site["ana"], site["beto"]}
    assert all(a.created_by == page.ctx.staff.id for a in archived)


@pytest.fixture
def no_external_programs(monkeypatch):
    """A locked kiosk launches no other program: opening a URL or a file fails the test."""
    from PySide6.QtGui import QDesktopServices

    def refuse(*args):
        pytest.fail(f"QDesktopServices.openUrl{args!r}: a locked kiosk opens no other program")

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)


def open_certificate(qtbot, page):
    with loaded(qtbot, page, "learner"):
        click(qtbot, page.grid_view.table, 1, 0)  # beto completed the module
    buttons = page.learner_view.certificate_buttons
    assert list(buttons) == [MODULE]
    assert buttons[MODULE].text() == "Cuidá tus secretos"
    buttons[MODULE].click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=10_000)
    return page.preview


def test_print_certificate_from_the_learner_page(qtbot, page, store, site, tmp_path, no_external_programs):
    store.site.update(site_name="Telecentro Luque")  # as the settings page saves it
    preview = open_certificate(qtbot, page)
    path = preview.path
    assert path == page.last_certificate
    assert path.parent == tmp_path / "certificates" and path.suffix == ".pdf"
    assert "beto" not in path.name  # no names in file names
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "beto" in text and "Cuidá tus secretos" in text and "Telecentro Luque" in text
    assert str(path) in preview.where.text()  # it says where the file is


def ink_rows(image) -> int:
    """How many rows of the image have something other than white on them."""
    from PySide6.QtGui import QColor

    white = QColor("white").rgb()
    return sum(1 for y in range(image.height())
               if any(image.pixel(x, y) != white for x in range(0, image.width(), 3)))


def test_the_certificate_preview_shows_the_pdfs_page_and_saves_a_copy(
        qtbot, page, store, site, tmp_path, monkeypatch, no_external_programs):
    from PySide6.QtWidgets import QFileDialog

    store.site.update(site_name="Telecentro Luque")
    preview = open_certificate(qtbot, page)
    assert preview.document.title == "Certificate: Cuidá tus secretos"
    for words in ("beto", "Cuidá tus secretos", "Telecentro Luque"):  # the very HTML of the PDF
        assert words in preview.document.html
    [shown] = preview.pages
    image = shown.pixmap().toImage()
    assert image.width() > image.height()  # A4 landscape, as the PDF
    assert ink_rows(image) > image.height() // 3  # a page with the certificate painted on it

    usb = tmp_path / "usb"
    usb.mkdir()
    asked = []

    def choose(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(usb / "beto"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    preview.save_button.click()
    assert asked and asked[0].endswith(preview.path.name)
    copy = usb / "beto.pdf"
    assert copy.read_bytes() == preview.path.read_bytes()
    assert preview.message.isVisible() and preview.message.text() == f"Saved a copy in {copy}."


def test_the_certificate_preview_prints_through_qts_print_dialog(
        qtbot, page, store, site, tmp_path, monkeypatch, no_external_programs):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    preview = open_certificate(qtbot, page)
    printed = tmp_path / "printer.pdf"
    dialogs = []

    def exec_(dialog):  # the staff member picks a printer (here: a file) and presses Print
        dialogs.append(dialog)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    preview.print_button.click()
    assert len(dialogs) == 1
    assert preview.message.text() == "Sent 1 page to the printer."
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "beto" in text and "Cuidá tus secretos" in text
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape, as the certificate


def test_no_classes_says_what_to_do(qtbot, ctx):
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=10_000)
    assert "no classes yet" in page.empty.text()
    assert not page.stack.isVisible() and not page.segment_row.isVisible()


# -- the learner's home: "Para vos" ------------------------------------------------------------


def test_home_shows_assigned_modules_first_with_their_due_dates(qtbot, catalog):
    from kiosk.ui.screens.home import HomeScreen

    screen = HomeScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    view = [(track, module) for track in catalog.tracks for module in track.modules]
    learner = LearnerInfo("x", "Lucía", "tatu.svg", AgeBand.CHILD, Role.LEARNER)
    today = date(2026, 3, 2)
    screen.show_learner(learner, view, "en", {}, None, [(OTHER_MODULE, date(2026, 3, 6)), (MODULE, None)],
                        today=today)
    assert [c.module.id for c in screen.for_you_cards] == [OTHER_MODULE, MODULE]  # in the given order
    assert [c.module.id for c in screen.cards] == [OTHER_MODULE, MODULE]  # not shown twice
    assert screen.for_you_cards[0].due_label.text() == "For Friday 6 March"
    assert screen.for_you_cards[1].due_label.text() == "Chosen for you"
    qtbot.waitUntil(lambda: all(c.isVisible() for c in screen.for_you_cards), timeout=5000)

    screen.show_learner(learner, view, "en", {}, None, [(MODULE, date(2026, 2, 27))], today=today)
    [card] = screen.for_you_cards
    assert card.due_label.text() == "It was for Friday 27 February: you can still do it"
    assert card.due_label.property("state") == "late"
    assert [c.module.id for c in screen.cards] == [MODULE, OTHER_MODULE]

    screen.show_learner(learner, view, "en", {}, None, [(MODULE, today), ("gone/module", None)], today=today)
    assert [c.due_label.text() for c in screen.for_you_cards] == ["For today"]  # unknown module skipped

    screen.show_learner(learner, view, "en", {}, None)  # nothing assigned: as before
    assert screen.for_you_cards == [] and len(screen.cards) == 2


# -- sensitive lessons (issue 10): the teacher sees counts, never scores or answers ---------------

@pytest.fixture
def sensitive_page(qtbot, ctx, site, catalog):
    """The page on "5.º A" with "Contraseñas fuertes" (L1) marked ``sensitive: true``."""
    from dataclasses import replace

    def mark(entry):
        if entry.id != L1:
            return entry
        return replace(entry, versions={lang: replace(lesson, sensitive=True) for lang, lesson in entry.versions.items()})

    catalog.tracks = tuple(
        replace(track, modules=tuple(replace(m, lessons=tuple(map(mark, m.lessons))) for m in track.modules))
        for track in catalog.tracks)
    assert catalog.lesson_entry(L1).sensitive
    built = ReportsPage(ctx)
    qtbot.addWidget(built)
    built.resize(1100, 680)
    built.show()
    qtbot.waitUntil(lambda: built.grid_view.model.grid is not None, timeout=10_000)
    return built


def test_a_sensitive_lesson_shows_done_without_a_score_in_the_grid(sensitive_page):
    model = sensitive_page.grid_view.model
    shown = [[model.data(model.index(r, c)) for c in range(1, 6)] for r in range(3)]
    assert shown[0] == ["✓", "◐", "✓ 100 %", "–", "2 of 4"]  # Ana: L1 done, its 50 % not shown
    assert shown[1] == ["✓", "✓ 100 %", "✓ 100 %", "–", "3 of 4"]
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "a sensitive lesson: its score is not shown" in tip and "%" not in tip


def test_a_sensitive_lesson_gives_difficult_questions_counts_only(qtbot, sensitive_page):
    page = sensitive_page
    with loaded(qtbot, page, "difficult"):
        page.segments["difficult"].click()
    view = page.difficult_view
    assert view.shown == [] and view.card_widgets == []  # no "missed by", no wrong answers
    texts = [line.text() for line in view.private_lines]
    assert texts == ["“Contraseñas fuertes” — ¿Cuál es más difícil de adivinar?: answered by 2 learners",
                     "“Contraseñas fuertes” — ¿A quién le podés decir tu contraseña?: answered by 2 learners"]
    every = " ".join(w.text() for w in view.findChildren(type(page.empty)))
    assert "Missed" not in every and Q1_OPTIONS[0] not in every
    assert "Every question was answered right" not in every
