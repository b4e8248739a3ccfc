"""The in-app PDF preview lays a document out as its PDF was: same pages, same breaks."""

from __future__ import annotations

from pypdf import PdfReader

from kiosk.ui.pdf import Printable, html_to_pdf


def test_the_preview_has_the_pdfs_pages(qapp, tmp_path):
    from kiosk.ui.staff.pdf_preview import page_images

    rows = "".join(f"<tr><td>Fila {n}</td><td>Ñandutí {n}</td></tr>" for n in range(160))
    document = Printable(f"<h1>Asistencia</h1><table>{rows}</table>", "Asistencia", page_numbers=True)
    path = tmp_path / "lista.pdf"
    pages = html_to_pdf(document.html, path, document.title, page_numbers=True)
    assert pages == len(PdfReader(path).pages) > 2
    images = page_images(document, 600)
    assert len(images) == pages
    first = images[0]
    assert first.width() == 600 and first.height() > first.width()  # A4 portrait
    white = first.pixel(0, 0)
    assert any(first.pixel(x, y) != white for y in range(0, first.height(), 4) for x in range(0, 600, 4))


def test_save_to_usb_starts_on_a_plugged_stick_or_home(monkeypatch, tmp_path):
    from pathlib import Path

    from kiosk.ui.staff import pdf_preview

    monkeypatch.setattr(pdf_preview, "removable_folder", lambda: None)
    assert pdf_preview.save_folder() == Path.home()
    monkeypatch.setattr(pdf_preview, "removable_folder", lambda: tmp_path)
    assert pdf_preview.save_folder() == tmp_path
