"""kiosk.ui.pdf.html_to_pdf: a real A4 PDF with its text, its images and its page count, read
back with pypdf; and the picture-card PDF built on it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from kiosk import resources
from kiosk.ui.pdf import html_to_pdf

A4_POINTS = (595, 842)


def text_of(page) -> str:
    """The page's text with white space collapsed (Qt's PDFs space words with tabs)."""
    return " ".join(page.extract_text().split())


def test_one_page_with_text_and_an_image(qapp, tmp_path):
    avatar = resources.avatar_path("tortuga.svg").as_uri()
    html = (f"<h1>Asistencia — Ñandutí</h1><p>Lucía, José y Kaʼaguy vinieron.</p>"
            f'<img src="{avatar}" width="96" height="96">')
    path = tmp_path / "uno.pdf"
    assert html_to_pdf(html, path, "Asistencia 5º A") == 1
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert reader.metadata.title == "Asistencia 5º A"
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS
    text = text_of(page)
    assert "Asistencia — Ñandutí" in text and "Lucía, José y Kaʼaguy vinieron." in text
    assert len(page.images) >= 1  # the avatar was drawn


def test_many_pages_with_page_numbers(qapp, tmp_path):
    rows = "".join(f"<tr><td>Fila {i}</td><td>Estudiante {i}</td></tr>" for i in range(1, 201))
    path = tmp_path / "largo.pdf"
    pages = html_to_pdf(f"<table border='1'>{rows}</table>", path, "Largo", page_numbers=True)
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 3
    assert text_of(reader.pages[0]).endswith(f"1 / {pages}")
    assert text_of(reader.pages[-1]).endswith(f"{pages} / {pages}")
    everything = " ".join(text_of(p) for p in reader.pages)
    assert all(f"Fila {i} Estudiante {i} " in everything for i in range(1, 201))


def test_landscape(qapp, tmp_path):
    path = tmp_path / "apaisado.pdf"
    html_to_pdf("<p>Hola</p>", path, "Apaisado", landscape=True)
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS[::-1]


def test_a_folder_that_cannot_be_written(qapp, tmp_path):
    from kiosk.core.errors import StorageProblem

    blocker = tmp_path / "archivo"
    blocker.write_text("x")
    with pytest.raises(StorageProblem):
        html_to_pdf("<p>x</p>", blocker / "dentro.pdf", "x")


def test_picture_cards(qapp, tmp_path):
    from kiosk.people.picture_password import picture_names
    from kiosk.ui.staff.cards import Card, PictureCards

    names = ["Lucía", "Mateo", "Sofía", "Tiago", "Ana", "José", "Valentina"]
    cards = [Card(n, "tatu.svg", ("manzana", "barco", "llave", "helado")) for n in names]
    path = tmp_path / "tarjetas.pdf"
    pages = PictureCards("es").write_pdf(cards, "5º A", path)
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 2  # 6 cards to a page
    first, second = (text_of(p) for p in reader.pages)
    assert all(n in first for n in names[:6]) and "Valentina" in second
    label = picture_names("es")
    for word in (label["manzana"], label["barco"], label["llave"], label["helado"]):
        assert word in second
    assert len(reader.pages[1].images) >= 5  # the avatar and the 4 pictures
