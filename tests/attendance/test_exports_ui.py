"""The coordinator's attendance page: the preview shows exactly what the export writes."""

from __future__ import annotations

import csv
import io
import re
import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from kiosk.attendance.export import headers

from .conftest import at, bulk_visits, settle, visit


@pytest.fixture()
def march(store, people):
    cls = store.classes.create("5° A")
    store.classes.add_members(cls.id, [people["lucia"].id, people["teo"].id])
    visit(store, people["lucia"].id, at(2025, 3, 3, 14, 5), 40)
    visit(store, people["teo"].id, at(2025, 3, 4, 9), 25, reason="idle")
    visit(store, people["rosa"].id, at(2025, 3, 31, 23, 30), 20)
    w = store.attendance.create_workshop("Cuidá tus secretos", date(2025, 3, 15))
    store.attendance.set_participants(w.id, [people["nandu"].id], {("parent", "adult"): 4})
    store.site.update(site_name="Telecentro Luque")
    return cls


@pytest.fixture()
def page(qtbot, staff_ctx, store):
    from kiosk.ui.staff.exports import ExportsPage

    widget = ExportsPage(staff_ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 680)
    widget.show()
    settle(qtbot, staff_ctx)
    return widget


def show_range(qtbot, page, ctx, first: date, last: date, class_id=None):
    page.date_from.setDate(QDate(first.year, first.month, first.day))
    page.date_to.setDate(QDate(last.year, last.month, last.day))
    if class_id is not None:
        page.class_box.setCurrentIndex(page.class_box.findData(class_id))
    page.refresh_now()
    settle(qtbot, ctx)


def export(qtbot, page, ctx, path, fmt="csv", sep=";"):
    page.format_box.setCurrentIndex(page.format_box.findData(fmt))
    if fmt == "csv":
        page.sep_box.setCurrentIndex(page.sep_box.findData(sep))
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_to(path)
    settle(qtbot, ctx)


def read_csv(path, sep=";"):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=sep))


def table_headers(page):
    return [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]


def test_preview_rows_equal_the_exported_csv_rows(qtbot, page, staff_ctx, march, tmp_path):
    show_range(qtbot, page, staff_ctx, date(2025, 3, 1), date(2025, 3, 31))
    shown = page.preview_rows()
    assert len(shown) == 5  # 3 visits, 1 learner at the workshop, 1 group without an account
    assert [r[3] for r in shown] == ["Lucía", "Teo", "Ñandutí", "(sin cuenta)", "Rosa"]
    out = tmp_path / "marzo.csv"
    export(qtbot, page, staff_ctx, out)
    table = read_csv(out)
    assert table[0] == table_headers(page) == list(headers("es"))
    assert table[1:] == shown
    assert page.message.isVisible() and "5" in page.message.text() and "marzo.csv" in page.message.text()
    assert not page.progress_row.isVisible()


def test_one_class_preview_and_export(qtbot, page, staff_ctx, march, tmp_path):
    page.hide()  # the class was made after the page opened: it is listed when the page shows again
    page.show()
    settle(qtbot, staff_ctx)
    show_range(qtbot, page, staff_ctx, date(2025, 3, 1), date(2025, 3, 31), march.id)
    assert [r[3] for r in page.preview_rows()] == ["Lucía", "Teo"]
    out = tmp_path / "clase.csv"
    export(qtbot, page, staff_ctx, out, sep=",")
    assert read_csv(out, ",")[1:] == page.preview_rows()


def test_a_long_range_shows_the_first_200_and_exports_all(qtbot, page, staff_ctx, store, people, tmp_path):
    bulk_visits(store, [p.id for p in people.values()], at(2025, 4, 2, 8), 230)
    show_range(qtbot, page, staff_ctx, date(2025, 4, 1), date(2025, 4, 30))
    shown = page.preview_rows()
    assert len(shown) == 200
    assert "200" in page.count_label.text() and "230" in page.count_label.text()
    out = tmp_path / "abril.csv"
    export(qtbot, page, staff_ctx, out)
    table = read_csv(out)
    assert len(table) == 231
    assert table[1:201] == shown


def test_xlsx_and_pdf_from_the_page(qtbot, page, staff_ctx, march, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    pypdf = pytest.importorskip("pypdf")
    show_range(qtbot, page, staff_ctx, date(2025, 3, 1), date(2025, 3, 31))
    xlsx = tmp_path / "marzo.xlsx"
    export(qtbot, page, staff_ctx, xlsx, "xlsx")
    sheet = openpyxl.load_workbook(xlsx, read_only=True).active
    names = [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == [r[3] for r in page.preview_rows()]
    pdf = tmp_path / "marzo.pdf"
    export(qtbot, page, staff_ctx, pdf, "pdf")
    reader = pypdf.PdfReader(pdf)
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1
    assert "Telecentro Luque" in text and "marzo 2025" in text and "Ñandutí" in text
    assert "1 página " in page.message.text() or "1 page " in page.message.text()


def test_cancel_a_long_export_leaves_no_file(qtbot, page, staff_ctx, store, people, tmp_path):
    bulk_visits(store, [people["lucia"].id], at(2025, 5, 1, 8), 1200)
    show_range(qtbot, page, staff_ctx, date(2025, 5, 1), date(2025, 5, 31))
    gate = threading.Event()
    staff_ctx.tasks.run(gate.wait)  # hold the worker so "Cancel" comes first
    out = tmp_path / "mayo.csv"
    page.format_box.setCurrentIndex(page.format_box.findData("csv"))
    page.export_to(out)
    assert page.progress_row.isVisible() and not page.export_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    settle(qtbot, staff_ctx)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert page.message.property("state") == "try"
    assert not page.progress_row.isVisible() and page.export_button.isEnabled()
    assert page.job is None


def test_progress_follows_the_worker(qtbot, page, staff_ctx, store, people, tmp_path):
    bulk_visits(store, [people["teo"].id], at(2025, 6, 1, 8), 1100)
    show_range(qtbot, page, staff_ctx, date(2025, 6, 1), date(2025, 6, 30))
    seen = []
    gate = threading.Event()
    page.format_box.setCurrentIndex(page.format_box.findData("xlsx"))
    staff_ctx.tasks.hold(30.0)  # the export must not pass row 500 before its step is watched
    page.export_to(tmp_path / "junio.xlsx")
    job = page.job
    original = job.step

    def step(done):  # let the main thread draw the bar once, half-way
        original(done)
        if done == 500:
            seen.append("half")
            gate.wait(10)

    job.step = step
    staff_ctx.tasks.release()
    qtbot.waitUntil(lambda: seen == ["half"], timeout=10_000)
    qtbot.waitUntil(lambda: page.progress.maximum() == 1100 and page.progress.value() == 500, timeout=5_000)
    assert "500" in page.progress_label.text() and "1100" in page.progress_label.text()
    gate.set()
    settle(qtbot, staff_ctx)
    assert (tmp_path / "junio.xlsx").exists()


def test_reversed_dates_disable_the_export(qtbot, page, staff_ctx):
    page.date_from.setDate(QDate(2025, 3, 10))
    page.date_to.setDate(QDate(2025, 3, 1))
    page.refresh_now()
    settle(qtbot, staff_ctx)
    assert not page.export_button.isEnabled()
    assert page.message.isVisible() and page.message.property("state") == "try"


def test_reach_chart_and_goals(qtbot, page, staff_ctx, store, march):
    show_range(qtbot, page, staff_ctx, date(2025, 3, 1), date(2025, 4, 30))
    groups = {g.label: g for g in page.chart.groups}
    children = groups[page.group_name("children")]
    assert (children.learners, children.anonymous, children.months) == (2, 0, [2, 0])  # Lucía and Ñandutí
    parents = groups[page.group_name("parents")]
    assert (parents.learners, parents.anonymous, parents.goal) == (1, 4, 0)
    assert len(page.chart.month_names) == 2
    page.goal_fields["parents"].setText("50")
    page.goal_fields["children"].setText("300")
    qtbot.mouseClick(page.goals_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    assert store.site.goals == {"children": 300, "teens": 0, "teachers": 0, "parents": 50}
    parents = {g.label: g for g in page.chart.groups}[page.group_name("parents")]
    assert parents.goal == 50 and page.chart.summary(parents).endswith("5 de 50 (10 %).") or \
        page.chart.summary(parents).endswith("5 of 50 (10 %).")
    page.chart.grab()  # paints without error


# -- the PDF is laid out off the UI thread -----------------------------------------------------


@pytest.fixture()
def crowded_march(store):
    """120 learners who each came on 12 days of March: a sheet of several pages."""
    ids = [store.learners.register(f"Estudiante {i:03d}", "a1.svg", "8-11", "learner").id for i in range(120)]
    for day in range(1, 25, 2):
        bulk_visits(store, ids, at(2025, 3, day, 8), len(ids))
    return ids


@pytest.fixture()
def held_pdf(monkeypatch):
    """The PDF's drawing (``kiosk.ui.sheet_pdf.write_sheet_pdf``, on the compute lane) waits
    after it reported a stage until the test lets it go on: ``held["layout"].set()``,
    ``held["pages"].set()`` (a month of 120 learners is drawn in ~0.05 s: too fast to watch)."""
    from kiosk.ui import sheet_pdf

    held = {"layout": threading.Event(), "pages": threading.Event()}
    original = sheet_pdf.write_sheet_pdf

    def write(*args, progress=None, **kwargs):
        def report(done, total=None, stage=None):
            progress(done, total, stage)
            if stage in held and not held[stage].wait(20):
                raise TimeoutError(f"the test never let the {stage!r} stage go on")

        return original(*args, progress=report, **kwargs)

    monkeypatch.setattr(sheet_pdf, "write_sheet_pdf", write)
    return held


def test_the_pdf_is_laid_out_while_the_window_stays_live(qtbot, page, staff_ctx, crowded_march, tmp_path,
                                                         held_pdf):
    """The page shows the layout's progress page by page WHILE the PDF is being made: the main
    thread keeps running its event loop (laid out on the main thread, it could show none).  The
    drawing waits at each stage until the main thread has shown it."""
    pypdf = pytest.importorskip("pypdf")
    show_range(qtbot, page, staff_ctx, date(2025, 3, 1), date(2025, 3, 31))
    labels: list[str] = []
    page.format_box.setCurrentIndex(page.format_box.findData("pdf"))
    out = tmp_path / "marzo.pdf"
    a_page = re.compile(re.escape(page.tr("Page {done} of {total}")).replace(r"\{done\}", r"\d+")
                        .replace(r"\{total\}", r"\d+"))
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(out)
        while page.job is not None:
            qtbot.wait(20)
            if not labels or labels[-1] != page.progress_label.text():
                labels.append(page.progress_label.text())
            if labels[-1] == page.tr("Laying out the pages…"):
                held_pdf["layout"].set()
            elif a_page.fullmatch(labels[-1]):
                held_pdf["pages"].set()
    pages = len(pypdf.PdfReader(out).pages)
    assert pages >= 3
    assert page.tr("Laying out the pages…") in labels
    shown_pages = {page.tr("Page {done} of {total}").format(done=n, total=pages) for n in range(1, pages + 1)}
    assert shown_pages & set(labels)  # at least one page was counted on screen during the layout
    assert page.message.text() == page.tr("Saved: {count} pages in {file}").format(count=pages, file=out.name)
    assert not list(tmp_path.glob("*.part"))


def test_cancel_while_the_pdf_is_laid_out_leaves_no_file(qtbot, page, staff_ctx, crowded_march, tmp_path,
                                                        held_pdf):
    show_range(qtbot, page, staff_ctx, date(2025, 3, 1), date(2025, 3, 31))
    page.format_box.setCurrentIndex(page.format_box.findData("pdf"))
    out = tmp_path / "marzo.pdf"
    page.export_to(out)
    qtbot.waitUntil(lambda: page.progress_label.text() == page.tr("Laying out the pages…"), timeout=20_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    held_pdf["layout"].set()  # the drawing goes on: its next report finds the task cancelled
    held_pdf["pages"].set()
    settle(qtbot, staff_ctx)
    assert page.job is None and page.message.text() == page.tr("Export cancelled: no file was written.")
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert page.export_button.isEnabled() and not page.progress_row.isVisible()


def test_a_pdf_that_cannot_be_written_says_so(qtbot, page, staff_ctx, march, tmp_path):
    show_range(qtbot, page, staff_ctx, date(2025, 3, 1), date(2025, 3, 31))
    blocker = tmp_path / "archivo"
    blocker.write_text("x")
    page.format_box.setCurrentIndex(page.format_box.findData("pdf"))
    page.export_to(blocker / "marzo.pdf")  # a "folder" that is a file: the child cannot write
    settle(qtbot, staff_ctx)
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    assert page.message.property("state") == "try"
    assert page.message.text() == page.tr("The file could not be saved there. Try another folder or a USB stick.")
