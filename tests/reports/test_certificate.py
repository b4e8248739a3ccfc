"""The certificate: one A4 landscape page with the name as entered, the module, the date in
Asunción written out, and the site."""

from __future__ import annotations

from datetime import UTC, datetime

from pypdf import PdfReader

from kiosk.ui.staff.certificate import Certificate, make_certificate, written_date

# 02:30 UTC on 3 March is still 2 March (23:30) in Asunción
LATE_EVENING = datetime(2026, 3, 3, 2, 30, tzinfo=UTC)


def page_text(path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_written_date_is_the_day_in_asuncion(qapp):
    assert written_date(LATE_EVENING, "es") == "2 de marzo de 2026"
    assert written_date(LATE_EVENING, "en") == "March 2, 2026"


def test_certificate_pdf_has_one_landscape_page_with_name_module_date_and_site(qapp, tmp_path):
    path = tmp_path / "out" / "certificado.pdf"
    pages = make_certificate(path, name="María José Ñandutí", module_title="Cuidá tus secretos",
                             completed_at=LATE_EVENING, site_name="Telecentro Luque", lang="es")
    assert pages == 1
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert abs(float(box.width) - 841.9) < 2 and abs(float(box.height) - 595.3) < 2  # A4 in points
    text = page_text(path)
    assert "María José Ñandutí" in text  # the name exactly as entered
    assert "Cuidá tus secretos" in text
    assert "2 de marzo de 2026" in text
    assert "Telecentro Luque" in text


def test_html_escapes_what_people_typed(qapp):
    html = Certificate().html("<b>Ana</b>", "A & B", LATE_EVENING, "", "es")
    assert "&lt;b&gt;Ana&lt;/b&gt;" in html and "A &amp; B" in html
    assert "<b>Ana</b>" not in html


def test_without_a_site_name_it_still_reads_well(qapp, tmp_path):
    path = tmp_path / "c.pdf"
    make_certificate(path, name="Derlis", module_title="Algoritmos sin compu", completed_at=LATE_EVENING,
                     site_name="", lang="en")
    text = page_text(path)
    assert "Derlis" in text and "Algoritmos sin compu" in text and "March 2, 2026" in text
    assert ", March" not in text  # no empty site before the date

