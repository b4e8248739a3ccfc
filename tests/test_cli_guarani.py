"""The command line, its exports and its PDFs in Guaraní, run as a facilitator would: a real
process, a real kiosk home, real files read back.  The expected words are the catalog's
machine-made Guaraní (awaiting a native speaker's review), written here by hand."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.backend import Backend
from tests.attendance.conftest import at, visit

ROOT = Path(__file__).resolve().parents[1]


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture()
def march(home):
    """A kiosk home with two visits in March 2025."""
    with Backend.open(home / "kiosk.sqlite3") as store:
        lucia = store.learners.register("Lucía", "a1.svg", "8-11", "learner")
        kaaguy = store.learners.register("Kaʼaguy", "a2.svg", "12-17", "learner")
        visit(store, lucia.id, at(2025, 3, 3, 14, 5), 40)
        visit(store, kaaguy.id, at(2025, 3, 10, 9, 30), 55)
        store.site.update(site_name="Telecentro Ñemby")
    return home


def export(home: Path, out: Path, *options: str, lang: str = "gn") -> subprocess.CompletedProcess[str]:
    """``kiosk --lang LANG export attendance`` for March 2025."""
    return kiosk("--lang", lang, "export", "attendance", "--home", str(home), "--from", "2025-03-01",
                 "--to", "2025-03-31", *options, "--out", str(out))


def test_kiosk_lang_gn_speaks_guarani_and_writes_guarani_headers(march, tmp_path):
    out = tmp_path / "jasyapy.csv"
    done = export(march, out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Oĩma: 2 tysýi {out}-pe"
    table = list(csv.reader(io.StringIO(out.read_bytes()[3:].decode("utf-8"))))
    assert table[0][:6] == ["Ára", "Jeike", "Jesẽ", "Téra", "Ary", "Rol"]
    assert table[1][3:5] == ["Lucía", "8 guive 11 peve"] and table[1][5] == "temimboʼe"


def test_the_exports_lang_alone_chooses_the_files_language(march, tmp_path):
    out = tmp_path / "marzo.csv"
    done = kiosk("export", "attendance", "--home", str(march), "--from", "2025-03-01", "--to", "2025-03-31",
                 "--lang", "gn", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Listo")  # the interface stays Spanish
    assert out.read_bytes()[3:].decode("utf-8").startswith("Ára,Jeike,Jesẽ")


def test_a_guarani_pdf_sheet(march, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "jasyapy.pdf"
    done = export(march, out, "--format", "pdf")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Oĩma: 1 kuatiarogue {out}-pe"
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "Jeju kuatia — jasyapy 2025" in text
    assert "Telecentro Ñemby" in text and "Kaʼaguy" in text  # the puso survives into the PDF


def test_a_guarani_html_sheet():
    from datetime import date

    from kiosk.attendance.sheet_html import build_sheets, sheet_html

    html = sheet_html(build_sheets([], date(2025, 3, 1), date(2025, 3, 31)), site_name="Luque", class_name=None,
                      lang="gn")
    assert "Jeju kuatia — jasyapy 2025" in html and "Monthly" not in html


def test_a_guarani_cli_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = kiosk("--lang", "gn", "demo", "--home", str(blocker / "home"))
    assert done.returncode == 2
    assert done.stderr.startswith("kiosk demo: ndaikatúi ojeipeʼa ")
