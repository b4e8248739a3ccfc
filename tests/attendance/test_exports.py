"""Exports: CSV (BOM, ';', headers in two languages), XLSX, the PDF sheet, and the CLI.
Each file is read back and compared with the service rows the screen shows."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from datetime import date, datetime, time

import pytest

from kiosk.attendance.export import format_row, headers, sheet_title, write_csv, write_xlsx

from .conftest import MARCH, at, visit


@pytest.fixture()
def month(store, people):
    """A March with visits, a class, and a workshop with people with no account."""
    cls = store.classes.create("5° A")
    store.classes.add_members(cls.id, [people["lucia"].id, people["nandu"].id])
    visit(store, people["lucia"].id, at(2025, 3, 3, 14, 5), 40)
    visit(store, people["nandu"].id, at(2025, 3, 3, 15), 25, reason="idle")
    visit(store, people["teo"].id, at(2025, 3, 10, 9, 30), 55)
    visit(store, people["lucia"].id, at(2025, 3, 31, 23, 30), 20)  # April 1st in UTC
    w = store.attendance.create_workshop("Familias; \"conectadas\"", date(2025, 3, 15), cls.id)
    store.attendance.set_participants(w.id, [people["rosa"].id, people["lucia"].id], {("parent", "adult"): 6})
    store.site.update(site_name="Telecentro Ñemby")
    return cls


def screen_rows(store, lang="es", class_id=None):
    """What the preview shows: the service's rows, formatted."""
    return [format_row(r, lang) for r in store.attendance.rows(*MARCH, class_id)]


def read_csv(path, sep=","):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=sep))


def test_csv_has_a_bom_spanish_headers_and_the_screen_rows(store, month, tmp_path):
    out = tmp_path / "asistencia.csv"
    assert write_csv(store.attendance.rows(*MARCH), out) == 7
    table = read_csv(out)
    assert table[0] == ["Fecha", "Entrada", "Salida", "Nombre", "Edad", "Rol", "Clase", "Tipo", "Taller",
                        "Minutos", "Personas"]
    assert table[1:] == screen_rows(store)
    assert table[1] == ["2025-03-03", "14:05", "14:45", "Lucía", "8 a 11", "estudiante", "5° A", "visita", "",
                        "40", "1"]
    assert table[-1][:4] == ["2025-03-31", "23:30", "23:50", "Lucía"]
    anonymous = [r for r in table if r[3] == "(sin cuenta)"]
    assert anonymous == [["2025-03-15", "", "", "(sin cuenta)", "adulto", "familia", "5° A", "taller",
                          'Familias; "conectadas"', "", "6"]]
    assert not list(tmp_path.glob("*.part"))


def test_csv_with_semicolons_and_english_headers(store, month, tmp_path):
    out = tmp_path / "attendance.csv"
    write_csv(store.attendance.rows(*MARCH), out, sep=";", lang="en")
    text = out.read_bytes()[3:].decode("utf-8")
    assert text.splitlines()[0] == "Date;Time in;Time out;Name;Age band;Role;Class;Kind;Workshop;Minutes;People"
    assert '"Familias; ""conectadas"""' in text  # quoted: the ';' stays inside its cell
    table = read_csv(out, ";")
    assert table[1:] == screen_rows(store, "en")
    assert {r[7] for r in table[1:]} == {"visit", "workshop"}
    assert headers("qu") == headers("es")  # an unknown language falls back to Spanish


def test_csv_neutralises_formulas_in_names(store, tmp_path):
    learner = store.learners.register("=1+2", "a9.svg", "12-17", "learner")
    visit(store, learner.id, at(2025, 3, 5))
    out = tmp_path / "a.csv"
    write_csv(store.attendance.rows(*MARCH), out)
    assert read_csv(out)[1][3] == "'=1+2"


def test_csv_to_a_stream_and_progress(store, month):
    stream = io.StringIO(newline="")
    seen = []
    write_csv(store.attendance.rows(*MARCH), stream, progress=seen.append)
    assert stream.getvalue().startswith("\ufeffFecha,")
    assert seen[-1] == 7


def test_xlsx_holds_the_same_rows_with_real_dates(store, month, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "asistencia.xlsx"
    assert write_xlsx(store.attendance.rows(*MARCH), out) == 7
    sheet = openpyxl.load_workbook(out, read_only=True).active
    assert sheet.title == "Asistencia"
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert table[0] == ["Fecha", "Entrada", "Salida", "Nombre", "Edad", "Rol", "Clase", "Tipo", "Taller",
                        "Minutos", "Personas"]
    assert table[1][0] == datetime(2025, 3, 3)  # a real date cell, not text
    assert table[1][1] == time(14, 5)

    def as_text(value):
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, time):
            return f"{value.hour:02d}:{value.minute:02d}"
        return str(value)

    assert [[as_text(v) for v in r] for r in table[1:]] == screen_rows(store)


def test_xlsx_in_english_and_empty(store, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "empty.xlsx"
    assert write_xlsx(store.attendance.rows(*MARCH), out, lang="en") == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Attendance"
    assert [c.value for c in sheet[1]][:3] == ["Date", "Time in", "Time out"]
    assert sheet.max_row == 1


def write_pdf(rows, out, *, date_from, date_to, site_name, class_name, lang="es"):
    """The attendance sheet as the exports page and ``kiosk export attendance`` draw it."""
    from kiosk.attendance.sheet_html import build_sheets
    from kiosk.ui.sheet_pdf import write_sheet_pdf

    return write_sheet_pdf(build_sheets(rows, date_from, date_to), out, sheet_title(lang, site_name),
                           site_name=site_name, class_name=class_name, lang=lang)


def pdf_text(path):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(path)
    return len(reader.pages), [" ".join(p.extract_text().split()) for p in reader.pages]


def test_pdf_sheet_has_the_site_name_and_a_page_per_month(store, month, tmp_path, qapp):
    out = tmp_path / "planilla.pdf"
    pages = write_pdf(store.attendance.rows(date(2025, 3, 1), date(2025, 4, 30)), out,
                      date_from=date(2025, 3, 1), date_to=date(2025, 4, 30),
                      site_name=store.attendance.site_name(), class_name=None)
    count, texts = pdf_text(out)
    assert count == pages == 2
    assert out.read_bytes().startswith(b"%PDF")
    first = texts[0]
    assert "Planilla de asistencia — marzo 2025" in first
    assert "Telecentro Ñemby" in first
    assert "Lucía" in first and "Teo" in first and "Rosa" in first
    assert "Sin cuenta: familia, adulto" in first
    assert "Visitas: 4" in first
    assert "abril 2025" in texts[1] and "No hubo asistencia" in texts[1]


def test_pdf_sheet_long_list_breaks_onto_more_pages_in_english(store, tmp_path, qapp):
    for i in range(70):
        learner = store.learners.register(f"Niña {i:02d}", f"p{i}.svg", "8-11", "learner")
        visit(store, learner.id, at(2025, 3, 1 + i % 28, 9))
    out = tmp_path / "long.pdf"
    pages = write_pdf(store.attendance.rows(*MARCH), out, date_from=MARCH[0], date_to=MARCH[1],
                      site_name="Site X", class_name="All of them", lang="en")
    count, texts = pdf_text(out)
    assert count == pages >= 2
    assert "Monthly attendance sheet — March 2025" in texts[0]
    assert "Niña 00" in texts[0] and "Niña 69" in texts[-1]
    assert "Class: All of them" in texts[0]


# -- the command line --------------------------------------------------------------------


def kiosk(*args):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=120)


def test_cli_exports_csv_xlsx_and_pdf(store, month, home, tmp_path):
    out = tmp_path / "marzo.csv"
    done = kiosk("export", "attendance", "--home", str(home), "--from", "2025-03-01", "--to", "2025-03-31",
                 "--class", "5° a", "--format", "csv", "--sep", ";", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Listo" in done.stdout
    assert read_csv(out, ";")[1:] == screen_rows(store, class_id=month.id)

    xlsx = tmp_path / "marzo.xlsx"
    done = kiosk("export", "attendance", "--home", str(home), "--from", "2025-03-01", "--to", "2025-03-31",
                 "--format", "xlsx", "--lang", "en", "--out", str(xlsx))
    assert done.returncode == 0, done.stderr
    assert xlsx.read_bytes()[:2] == b"PK"

    pdf = tmp_path / "marzo.pdf"
    done = kiosk("export", "attendance", "--home", str(home), "--from", "2025-03-01", "--to", "2025-03-31",
                 "--format", "pdf", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    count, texts = pdf_text(pdf)
    assert count == 1 and "Telecentro Ñemby" in texts[0]


@pytest.mark.parametrize(("dates", "message"), [
    (("2025-13-01", "2025-03-31"), "la fecha de --from no es válida: «2025-13-01»"),
    (("2025-03-01", "31/03/2025"), "AAAA-MM-DD"),
    (("2025-03-31", "2025-03-01"), "es posterior"),
])
def test_cli_bad_dates_exit_1_in_spanish(store, home, tmp_path, dates, message):
    out = tmp_path / "x.csv"
    done = kiosk("export", "attendance", "--home", str(home), "--from", dates[0], "--to", dates[1], "--out", str(out))
    assert done.returncode == 1
    assert message in done.stderr
    assert not out.exists()


def test_cli_unknown_class_exits_1_and_names_the_classes(store, month, home, tmp_path):
    out = tmp_path / "x.csv"
    done = kiosk("export", "attendance", "--home", str(home), "--from", "2025-03-01", "--to", "2025-03-31",
                 "--class", "Robótica", "--out", str(out))
    assert done.returncode == 1
    assert "no hay ninguna clase llamada «Robótica»" in done.stderr and "5° A" in done.stderr
    assert not out.exists()


def test_cli_missing_home_exits_2_and_creates_nothing(tmp_path):
    nowhere = tmp_path / "nowhere"
    done = kiosk("export", "attendance", "--home", str(nowhere), "--from", "2025-03-01", "--to", "2025-03-31",
                 "--out", str(tmp_path / "x.csv"))
    assert done.returncode == 2
    assert re.search("no hay datos del kiosco", done.stderr)
    assert not nowhere.exists()


def test_cli_missing_output_folder_exits_1(store, home, tmp_path):
    done = kiosk("export", "attendance", "--home", str(home), "--from", "2025-03-01", "--to", "2025-03-31",
                 "--out", str(tmp_path / "no" / "x.csv"))
    assert done.returncode == 1
    assert "no existe la carpeta" in done.stderr
