"""The attendance PDF drawn with QPainter (kiosk.ui.sheet_pdf), read back with pypdf: every
learner of a 300-learner month on its page under a repeated header, names printed as typed
(never markup), a 60-character name wrapped inside its cell, the groups with no account, an
empty month, a cancelled or unwritable file; and ``kiosk export attendance --format pdf``."""

from __future__ import annotations

import html
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, time

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter
from pypdf import PdfReader

from kiosk.attendance.records import AttendanceRow, Kind
from kiosk.attendance.sheet_html import build_sheets
from kiosk.ui.pdf import MARGIN_MM, RESOLUTION_DPI, page_layout
from kiosk.ui.sheet_pdf import AGE_SHARE, SheetPages, write_sheet_pdf

from .conftest import MARCH, at, visit

LONG_NAME = "María de los Ángeles Florentina Benítez Cáceres de Villalbas"
HOSTILE = ["<b>Zq2</b>", "Ana &amp; Co", "<img src=/dev/zero>Zq1"]


def row(day: int, name: str, learner: str | None, kind: str = Kind.VISIT, band: str = "8-11", role: str = "learner",
        people: int = 1) -> AttendanceRow:
    return AttendanceRow(date(2025, 3, day), time(9) if kind == Kind.VISIT else None,
                         time(10) if kind == Kind.VISIT else None, name, band, role, "", kind, "", 60, people, learner)


def texts(path) -> list[str]:
    """Each page's text, white space collapsed (Qt's PDFs space words with tabs)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def runs(path, page: int = 0) -> list[tuple[str, float, float]]:
    """The page's text runs as (text, x, y) in points from the page's top left corner."""
    reader = PdfReader(path)
    height = float(reader.pages[page].mediabox.height)
    found: list[tuple[str, float, float]] = []

    def visit_text(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((" ".join(text.split()), x, height - y))

    reader.pages[page].extract_text(visitor_text=visit_text)
    return found


def test_a_month_of_300_learners_every_row_under_a_repeated_header(qapp, tmp_path):
    rows = []
    for i in range(300):
        name, learner = f"Estudiante {i:03d}", f"id-{i:03d}"
        rows += [row(1 + i % 31, name, learner), row(1 + (i * 7 + 3) % 31, name, learner)]
        if i % 10 == 0:
            rows.append(row(15, name, learner, Kind.WORKSHOP))
    sheets = build_sheets(rows, *MARCH)
    out = tmp_path / "marzo.pdf"
    reported = []
    pages = write_sheet_pdf(sheets, out, "Planilla — Telecentro Luque", site_name="Telecentro Luque", class_name=None,
                            lang="es", progress=lambda *values: reported.append(values))
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 6
    assert reader.metadata.title == "Planilla — Telecentro Luque"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    assert reported[0] == (0, None, "layout") and reported[1:] == [(n, pages, "pages") for n in range(1, pages + 1)]
    text = texts(out)
    seen = []
    for number, page in enumerate(text, start=1):
        assert page.startswith("Planilla de asistencia — marzo 2025")  # every page says which month
        assert "Nombre Edad 1 Sá 2 Do 3 Lu" in page and "31 Lu Días" in page  # the header, repeated
        assert page.endswith(f"{number} / {pages}")
        seen += re.findall(r"Estudiante (\d{3})", page)
    assert seen == [f"{i:03d}" for i in range(300)]  # every learner once, in order, across the pages
    assert "Sitio: Telecentro Luque · Clase: todo el sitio" in text[0]
    assert "Visitas: 600" in text[0] and "Personas con cuenta: 300" in text[0]
    # learner 1 came on the 2nd and the 11th; learner 10 on the 11th, the 12th and to a workshop on the 15th
    assert "Estudiante 001 8–11 V V 2 Estudiante 002" in " ".join(text)
    assert "Estudiante 010 8–11 V V T 3 Estudiante 011" in " ".join(text)
    assert "Personas por día" in text[-1] and "Firma de quien coordina" in text[-1]


def test_names_are_printed_as_typed_and_a_long_one_wraps_inside_its_cell(qapp, tmp_path):
    assert len(LONG_NAME) == 60
    rows = [row(3, name, f"id-{n}") for n, name in enumerate([*HOSTILE, LONG_NAME, "Kaʼaguy Ñandutí"])]
    rows.append(row(3, "", None, Kind.WORKSHOP, band="adult", role="parent", people=4))
    out = tmp_path / "nombres.pdf"
    assert write_sheet_pdf(build_sheets(rows, *MARCH), out, "Planilla", site_name="<i>Sitio</i> & Co",
                           class_name="<b>5° A</b>", lang="es") == 1
    page = texts(out)[0]
    for name in HOSTILE + ["Kaʼaguy Ñandutí", "<i>Sitio</i> & Co", "<b>5° A</b>"]:
        assert name in page  # the literal, never bold, never an entity decoded
    assert "Sin cuenta: familia, adulto" in page
    assert "Personas por día 9" in page  # 5 learners and 4 parents with no account on the 3rd

    found = runs(out)
    words = LONG_NAME.split()
    name_runs = [r for r in found if r[0] and set(r[0].split()) <= set(words)]
    assert " ".join(r[0] for r in name_runs) == LONG_NAME  # wrapped: nothing cut, in reading order
    assert len(name_runs) >= 2 and len({round(r[2]) for r in name_runs}) == len(name_runs)  # on several lines
    assert len({round(r[1]) for r in name_runs}) == 1  # each line from the cell's left edge
    age = next(r for r in found if r[0] == "Edad")
    assert all(r[1] < age[1] for r in name_runs)
    if shutil.which("pdftotext"):  # poppler at hand: the words' boxes end before the age column
        bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
        boxes = [(html.unescape(text), float(x0), float(x1)) for x0, x1, text in
                 re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', bbox)]
        [(_edad, x0, x1)] = [box for box in boxes if box[0] == "Edad"]  # centred in the age column
        age_left = (x0 + x1) / 2 - AGE_SHARE * (842 - 2 * MARGIN_MM * 72 / 25.4) / 2
        mine = [box for box in boxes if box[0] in ("Ángeles", "Florentina", "Benítez", "Cáceres", "Villalbas")]
        assert len(mine) == 5 and all(right < age_left for _text, _left, right in mine)


def test_an_endless_name_is_cut_on_its_third_line(qapp):
    sink = QBuffer()
    sink.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(sink)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout(landscape=True))
    endless = "W" * 60
    laid = SheetPages(build_sheets([row(5, endless, "a"), row(5, "Ana", "b")], *MARCH), writer, site_name="S",
                      class_name=None, lang="es")
    name_w, _age_w, _day_w, _days_w = laid.columns(laid.sheets[0])
    lines = [r for r in laid.pages[0].rows if r.kind == "line"]
    cut = next(r for r in lines if r.label[0].startswith("W"))
    assert len(cut.label) == 3 and cut.label[-1].endswith("…")
    assert all(laid.body.width(text) <= name_w - 2 * laid.pad for text in cut.label)
    assert cut.height > next(r for r in lines if r.label == ["Ana"]).height  # the row grew for its lines


def test_each_month_starts_a_page_and_an_empty_one_says_so(qapp, tmp_path):
    out = tmp_path / "dos.pdf"
    sheets = build_sheets([row(3, "Lucía", "a")], date(2025, 3, 1), date(2025, 4, 30))
    assert write_sheet_pdf(sheets, out, "Sheet", site_name="", class_name="All of them", lang="en") == 2
    first, second = texts(out)
    assert "Monthly attendance sheet — March 2025" in first and "Class: All of them" in first
    assert "Site: (no name)" in first
    assert "April 2025" in second and "No attendance was recorded this month." in second


def test_a_cancelled_drawing_leaves_no_file(qapp, tmp_path):
    class Cancelled(Exception):
        pass

    def progress(done, total=None, stage=None):
        if stage == "pages" and done == 2:
            raise Cancelled

    sheets = build_sheets([row(1 + i % 31, f"N {i:03d}", str(i)) for i in range(200)], *MARCH)
    out = tmp_path / "marzo.pdf"
    with pytest.raises(Cancelled):
        write_sheet_pdf(sheets, out, "x", site_name="S", class_name=None, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written(qapp, tmp_path):
    from kiosk.core.errors import StorageProblem

    blocker = tmp_path / "archivo"
    blocker.write_text("x")
    with pytest.raises(StorageProblem):
        write_sheet_pdf([], blocker / "marzo.pdf", "x", site_name="S", class_name=None)


def test_the_command_line_prints_the_same_sheet(store, people, home, tmp_path):
    """``kiosk export attendance --format pdf`` (a real process on a real database): names no
    entry point lets in any more (an old database) are printed as they are stored."""
    visit(store, people["lucia"].id, at(2025, 3, 3, 14, 5), 40)
    visit(store, people["teo"].id, at(2025, 3, 10, 9, 30), 55)
    store.site.update(site_name="Telecentro Ñemby")
    con = sqlite3.connect(home / "kiosk.sqlite3")
    with con:
        con.execute("UPDATE learners SET display_name = ? WHERE id = ?", (LONG_NAME, people["lucia"].id))
        con.execute("UPDATE learners SET display_name = ? WHERE id = ?", ("<b>Teo</b> &amp;", people["teo"].id))
    con.close()
    out = tmp_path / "marzo.pdf"
    done = subprocess.run([sys.executable, "-m", "kiosk", "export", "attendance", "--home", str(home), "--from",
                           "2025-03-01", "--to", "2025-03-31", "--format", "pdf", "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    [page] = texts(out)
    assert "Planilla de asistencia — marzo 2025" in page and "Telecentro Ñemby" in page
    assert "<b>Teo</b> &amp;" in page
    assert LONG_NAME in page
    assert not list(tmp_path.glob("*.part"))
