"""The kiosk in Guaraní: chosen on the sign-in screen, marked there as a translation awaiting a
native speaker's review (in the picker and, while it is the interface, by a calm line in
Guaraní and Spanish), drawn with the bundled Noto Sans so that the puso (U+02BC) and g̃
(g + U+0303, the tilde on the g) come out right."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QFontInfo, QRawFont, QTextLayout

from kiosk.backend import Backend
from tests.ui.conftest import settle

NOTE = "Ñeʼẽ ñembohasa oñehesaʼỹijo vaʼerã · Traducción en revisión"


@pytest.fixture(autouse=True)
def system_fonts_after():
    """Noto Sans is loaded when Guaraní is chosen and stays for the process: the tests after
    these start with the system's fonts again, as a kiosk in Spanish does."""
    yield
    from kiosk.app import unload_fonts

    unload_fonts()


@pytest.fixture()
def kiosk(home, make_window, qtbot):
    with Backend.open(home / "kiosk.sqlite3") as backend:
        backend.roster.run_import("nombre;edad;rol;clase\nKaʼaguy;8-11;estudiante;4º B\n"
                                  "Ñandutí;8-11;estudiante;4º B\nJoség̃ua;12-17;estudiante;4º B\n".encode())

    def make(lang: str):
        window = make_window(lang=lang)
        settle(qtbot, window)
        return window

    return make


def picker_items(signin) -> dict[str, str]:
    return {signin.language.itemData(i): signin.language.itemText(i) for i in range(signin.language.count())}


def test_guarani_is_offered_on_the_sign_in_screen_marked_as_in_review(kiosk, qtbot):
    window = kiosk("es")
    signin = window.signin
    assert picker_items(signin) == {"es": "Español", "en": "English", "gn": "Avañeʼẽ (en revisión)"}
    assert signin.review_note.isHidden()  # Spanish is reviewed: no note

    signin.language.setCurrentIndex(signin.language.findData("gn"))  # a learner picks Guaraní
    settle(qtbot, window)
    signin = window.signin  # rebuilt in the new language
    assert window.lang == "gn" and signin.language.currentData() == "gn"
    assert signin.heading.text() == "¿Mávapa nde? Ejopy nde taʼãnga."
    assert signin.new_button.text() == "Che pyahu"
    assert signin.language.currentText() == "Avañeʼẽ (oñehesaʼỹijo vaʼerã)"
    assert signin.review_note.isVisible() and signin.review_note.text() == NOTE
    assert QFontInfo(signin.heading.font()).family() == "Noto Sans"  # loaded when Guaraní was chosen
    assert sorted(t.learner.display_name for t in signin.tiles()) == ["Joség̃ua", "Kaʼaguy", "Ñandutí"]

    signin.language.setCurrentIndex(signin.language.findData("es"))
    settle(qtbot, window)
    assert window.signin.review_note.isHidden() and window.signin.new_button.text() == "Soy nuevo/a"


def test_kiosk_lang_gn_starts_in_guarani_with_the_bundled_font(kiosk):
    window = kiosk("gn")  # kiosk --lang gn
    signin = window.signin
    assert signin.review_note.text() == NOTE and signin.staff_button.text() == "Mbaʼapohára"
    assert QFontInfo(signin.heading.font()).family() == "Noto Sans"
    assert QFontInfo(signin.review_note.font()).family() == "Noto Sans"
    folder = os.environ.get("KIOSK_SHOTS")
    if folder:
        window.resize(1024, 600)
        window.grab().save(os.path.join(folder, "signin-gn.png"))


def glyph_boxes(text: str, family: str = "Noto Sans", size: int = 40):
    """Each glyph's ink box where the layout puts it (a box per glyph: no missing-glyph box)."""
    from PySide6.QtGui import QFont

    layout = QTextLayout(text, QFont(family, size))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    boxes = []
    for run in layout.glyphRuns():
        raw: QRawFont = run.rawFont()
        assert raw.familyName() == family
        for index, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            assert index != 0, f"{text!r}: a missing glyph in {family}"
            boxes.append(raw.boundingRect(index).translated(position))
    return boxes


def test_the_bundled_font_puts_the_tilde_on_the_g_and_draws_the_puso(kiosk):
    kiosk("gn")  # the app has loaded its fonts
    g, tilde = glyph_boxes("g\u0303")
    assert g.left() <= tilde.center().x() <= g.right()  # on the g, not beside it
    assert tilde.bottom() <= g.top() + 1  # above the g's x-height, not floating far off
    assert g.top() - tilde.bottom() < g.height() / 2
    (puso,) = glyph_boxes("\u02bc")
    assert puso.height() > 0
    assert glyph_boxes("Ñeʼẽ ñembohasa oñehesaʼỹijo")  # every letter has its glyph: none drawn as a box


def test_the_register_screen_in_guarani_reads_whole(kiosk, qtbot):
    """“Che pyahu” in Guaraní, drawn with Noto Sans: the “already chosen” mark on a taken picture
    is read whole, not cut."""
    from PySide6.QtCore import Qt

    window = kiosk("gn")
    qtbot.mouseClick(window.signin.class_button("4º B"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.signin.new_button, Qt.MouseButton.LeftButton)
    screen = window.register_screen
    taken = sorted(screen.taken())
    assert taken
    mark = screen.taken_marks[taken[0]]
    assert mark.isVisible() and mark.text() == "ojeporúma"  # "in use"; "ojeporavóma" was cut
    assert all(mark.fontMetrics().horizontalAdvance(w) <= mark.contentsRect().width() for w in mark.text().split())
    assert mark.heightForWidth(mark.width()) <= mark.height()


def test_the_staff_pickers_mark_guarani_too(qtbot, qapp):
    """The settings page's and the first run's default-language pickers, as the sign-in screen."""
    from kiosk.app import install_translators
    from kiosk.ui.staff.first_run import FirstRunScreen
    from kiosk.ui.staff.settings import SiteForm

    install_translators(qapp, "es")
    for form in (SiteForm(), FirstRunScreen()):
        qtbot.addWidget(form)
        assert picker_items(form) == {"es": "Español", "en": "English", "gn": "Avañeʼẽ (en revisión)"}
