"""Untrusted text is never markup (issue 9, point 1).

Learners registered with hostile names (HTML, the longest name, "&", "[*]", right-to-left
override, control and zero-width characters) through the back end and the "I'm new" screen,
and hostile names written straight into the database (learners, classes, staff, the site: an
old database, an import), lesson titles, options and feedback with markup.  Every screen and
report that shows them is opened, its tooltips hovered, its PDFs and HTML rendered to text;
``tests/ui/hostile.py`` fails on any of them shown as markup, and pytest-qt
(``qt_log_level_fail = "WARNING"``) on any Qt warning.  The state is built once per module.
"""

from __future__ import annotations

import shutil
import sys
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from tests.ui import hostile
from tests.ui.conftest import settle, type_text
from tests.ui.hostile import (
    CLASS_1,
    COORDINATOR,
    COORDINATOR_PIN,
    LESSONS,
    MODULE,
    REGISTERED,
    SITE,
    TEACHER,
    TYPED,
    WORKSHOP,
    ZERO,
    Audit,
    audit_widgets,
    escaped_page,
    plain_document,
)


@pytest.fixture(autouse=True)
def _memory_guard():
    """Were a name read as markup, Qt would read /dev/zero into memory until the machine gives
    up (the bug of issue 9).  Here that ends in a second: the address space may grow by 2 GB
    at most (Qt's allocation fails and the run aborts, loudly), and a hang ends after 2 min."""
    import faulthandler

    if not sys.platform.startswith("linux"):
        yield
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    in_use = int(open("/proc/self/statm").read().split()[0]) * resource.getpagesize()
    limit = in_use + 2 * 2**30
    if soft != resource.RLIM_INFINITY and soft < limit:
        limit = soft
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    faulthandler.dump_traceback_later(120, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "kiosk.sqlite3"
    ids = hostile.build(path)
    return path, ids


@pytest.fixture()
def kiosk(make_window, home, template, monkeypatch):
    path, ids = template
    for part in path.parent.glob(path.name + "*"):  # the database (and its WAL, if any)
        shutil.copy(part, home / part.name)
    monkeypatch.setenv("KIOSK_LESSONS", str(LESSONS))
    window = make_window()
    return window, ids


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def look(qtbot, window, audit: Audit, where: str) -> None:
    settle(qtbot, window)
    audit_widgets(audit, where)


def test_learner_screens_show_hostile_names_as_typed(qtbot, kiosk):
    window, ids = kiosk
    audit = Audit()
    signin = window.signin
    qtbot.waitUntil(lambda: bool(signin.grid.shown_tiles()), timeout=5000)
    look(qtbot, window, audit, "sign-in")
    for btn in list(signin.class_buttons):  # every class, then everyone
        click(qtbot, btn)
        look(qtbot, window, audit, f"sign-in, class {btn.text()!r}")
    for letter, key in list(signin.letter_keys.items()):
        if key.isVisible() and key.isEnabled():
            click(qtbot, key)
            audit_widgets(audit, f"sign-in, letter {letter}", hover=False)
            click(qtbot, key)  # the same key again: everyone
    assert signin.search.isVisible()
    for typed in ("<img", "Zq", "&"):
        signin.search.clear()
        type_text(signin.search, typed)
        look(qtbot, window, audit, f"sign-in, search {typed!r}")
    signin.search.clear()
    tokens = {"Zq1", "Zq2", "Zq3", "Zq4", "Zq5", "Zq6", "Zq7", "Zr1", "Zr2", "Zc1", "Zc2"}
    assert tokens <= audit.seen, tokens - audit.seen

    # "I'm new": a hostile name typed on the screen, then home, a lesson, its quiz, the end
    click(qtbot, signin.new_button)
    screen = window.register_screen
    look(qtbot, window, audit, "register")
    type_text(screen.name, TYPED)
    assert screen.name.text() == TYPED
    next(b for b in screen.avatar_group.buttons() if b.isEnabled()).click()
    screen.age_group.button(0).click()
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        click(qtbot, screen.submit_button)
    qtbot.waitUntil(lambda: bool(window.home_screen.cards), timeout=5000)
    assert window.learner.display_name == TYPED
    look(qtbot, window, audit, "home")
    assert {"Zn1", "Zm1", "Zl1", "Zd1", "Zk1"} <= audit.seen
    button = window.home_screen.cards[0].lesson_buttons[0]
    click(qtbot, button)
    lesson = window.lesson_screen
    qtbot.waitUntil(lambda: window.current_screen() is lesson, timeout=5000)
    while not lesson.quizzes:
        click(qtbot, lesson.next_button)
    look(qtbot, window, audit, "lesson, the quiz")
    quiz = lesson.quizzes[0]
    quiz.choose(0)  # the wrong answer: its feedback
    look(qtbot, window, audit, "lesson, wrong answer")
    assert {"Zo1", "Zo2", "Zf1"} <= audit.seen
    quiz.choose(1)
    while lesson.index < len(lesson.lesson.pages) - 1:
        click(qtbot, lesson.next_button)
    click(qtbot, lesson.next_button)  # "Finish"
    qtbot.waitUntil(lambda: window.current_screen() is window.complete_screen, timeout=5000)
    look(qtbot, window, audit, "lesson complete")
    window.sign_out("exit")

    # a learner from an old database (control characters, RTL override) with an assignment due
    qtbot.waitUntil(lambda: window.current_screen() is signin, timeout=5000)
    signin.search.clear()
    type_text(signin.search, "Zr1")
    qtbot.waitUntil(lambda: any(t.learner.id == ids["raw-1"] for t in signin.grid.tiles_in_view()), timeout=5000)
    tile = next(t for t in signin.grid.tiles_in_view() if t.learner.id == ids["raw-1"])
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        click(qtbot, tile)
    qtbot.waitUntil(lambda: bool(window.home_screen.cards), timeout=5000)
    look(qtbot, window, audit, "home of a learner from an old database")
    assert any(getattr(card, "due_label", None) is not None for card in window.home_screen.cards)  # "For <date>"
    window.sign_out("exit")
    audit.fail_if_any()


def sign_in_staff(qtbot, window, audit: Audit, name: str, pin: str):
    """The staff sign-in screen (its tiles audited), then ``name``'s PIN on the keypad."""
    click(qtbot, window.signin.staff_button)
    qtbot.waitUntil(lambda: window.current_screen() is window.staff_signin_screen, timeout=5000)
    panel = window.staff_signin_screen.panel
    qtbot.waitUntil(lambda: len(panel.staff) == 2, timeout=5000)
    look(qtbot, window, audit, "staff sign-in")
    click(qtbot, next(t for t in panel.tiles() if t.member.display_name == name))
    look(qtbot, window, audit, "staff sign-in, the PIN")
    for digit in pin:
        click(qtbot, panel.pad.keys[digit])
    with qtbot.waitSignal(window.staff_signed_in, timeout=10_000):
        click(qtbot, panel.pad.enter_key)
    return window.staff_area


# the offscreen platform (no display) says this when a tooltip pops up over a window
@pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)
def test_staff_pages_show_hostile_names_as_typed(qtbot, kiosk, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: pytest.fail("a locked kiosk opens nothing"))
    window, ids = kiosk
    audit = Audit()
    hostile.HOVERED.clear()
    area = sign_in_staff(qtbot, window, audit, COORDINATOR, COORDINATOR_PIN)
    look(qtbot, window, audit, "staff area")
    assert {"Zs1", "Zs2"} <= audit.seen

    for key in ("classes", "reports", "workshops", "exports", "settings", "sync"):
        area.show_page(key)
        look(qtbot, window, audit, f"staff page {key}")
    assert {"Zc1", "Zw1"} <= audit.seen

    # classes: each class, a member, and the dialogs that name them
    area.show_page("classes")
    page = area.pages["classes"]
    for class_id in (ids["class_2"], ids["class_1"]):
        page.select_class(class_id)
        look(qtbot, window, audit, f"classes, class {class_id}")
    for key in ("first", "seventh", "raw-1"):
        page.select_member(ids[key])
        for open_dialog in (page.learner_actions.open_edit, page.learner_actions.open_merge, page.open_rename,
                            page.open_add_members, page.open_new_learner, page.open_archive):
            open_dialog()
            look(qtbot, window, audit, f"classes, {open_dialog.__name__} for {key}")
            if page.dialog is not None:
                page.dialog.reject()
                settle(qtbot, window)

    # a CSV list of learners with hostile names, classes, ages and roles: the preview
    roster = tmp_path / "lista.csv"
    roster.write_text(f"nombre;edad;rol;clase\n{hostile.CSV_NAME};8-11;;{CLASS_1}\n"
                      f"Beto;{hostile.CSV_NAME};{ZERO};{hostile.CSV_CLASS}\n", encoding="utf-8")
    page.preview_file(roster)
    look(qtbot, window, audit, "classes, the CSV preview")
    assert {"Zv1", "Zv2"} <= audit.seen
    page.dialog.reject()
    settle(qtbot, window)

    # reports: the grid (tooltips hovered), a learner, the certificate (PDF), assignments
    area.show_page("reports")
    reports = area.pages["reports"]
    look(qtbot, window, audit, "reports grid")
    reports.open_learner(ids["raw-2"])
    look(qtbot, window, audit, "reports, a learner")
    certificate = reports.learner_view.certificate_buttons[MODULE]
    click(qtbot, certificate)
    qtbot.waitUntil(lambda: reports.preview is not None and reports.preview.isVisible(), timeout=20_000)
    look(qtbot, window, audit, "certificate preview")
    text = plain_document(audit, "certificate HTML", reports.preview.document.html)
    assert "Zr2" in text and "Zm1" in text and "Zt1" in text
    pdf_text = " ".join(PdfReader(reports.preview.path).pages[0].extract_text().split())
    audit.shown("certificate PDF", pdf_text, wrapped=True)
    assert ZERO in pdf_text  # the name, as typed, on paper
    reports.preview.done(0)
    reports.show_view("assign")
    look(qtbot, window, audit, "reports, assignments")

    # workshops: the saved register with its hostile title
    area.show_page("workshops")
    workshops = area.pages["workshops"]
    settle(qtbot, window)
    saved = next(i for i in range(workshops.saved_list.count()) if "Zw1" in workshops.saved_list.itemText(i))
    workshops.saved_list.setCurrentIndex(saved)
    look(qtbot, window, audit, "workshops, the saved register")

    # settings: the staff tab and the question before archiving a hostile name (a QMessageBox)
    area.show_page("settings")
    settings = area.pages["settings"]
    settings.tabs.setCurrentIndex(1)
    look(qtbot, window, audit, "settings, staff")
    teacher = next(row.member for row in settings.staff.rows if row.member.display_name == TEACHER)
    settings.staff.reset_pin(teacher)  # "New PIN for <name>" (window title and heading)
    look(qtbot, window, audit, "settings, new PIN dialog")
    settings.staff.dialog.reject()
    settle(qtbot, window)
    settings.staff.confirm_archive(teacher)
    look(qtbot, window, audit, "settings, archive question")
    from PySide6.QtWidgets import QApplication, QMessageBox

    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert box.textFormat() == Qt.TextFormat.PlainText and ZERO in box.text()
    box.reject()
    settle(qtbot, window)
    window.staff_sign_out("exit")
    assert {"Zm1", "Zr1", "Zr2", "Zq1", "Zt1"} <= audit.seen
    assert hostile.HOVERED, "no tooltip with a hostile name was hovered"
    audit.fail_if_any()


def test_documents_and_pages_keep_hostile_names_as_text(qapp):
    """The attendance sheet, the picture cards, the certificate and the collector's page."""
    from kiosk.attendance.records import AttendanceRow, Kind
    from kiosk.attendance.sheet_html import build_sheets, sheet_html
    from kiosk.collector.pages import index_page, message_page
    from kiosk.collector.totals import PublicRow
    from kiosk.ui.staff.cards import Card, PictureCards
    from kiosk.ui.staff.certificate import Certificate

    audit = Audit()
    names = [*REGISTERED, *hostile.RAW_LEARNERS.values()]
    day = date(2026, 3, 2)
    rows = [AttendanceRow(day=day, time_in=None, time_out=None, name=name, age_band="8-11", role="learner",
                          class_name=CLASS_1, kind=Kind.WORKSHOP.value, workshop=WORKSHOP, minutes=None, people=1,
                          learner_id=f"id{i}") for i, name in enumerate(names)]
    sheets = build_sheets(rows, date(2026, 3, 1), date(2026, 3, 31))
    text = plain_document(audit, "attendance sheet", sheet_html(sheets, site_name=SITE,
                                                                  class_name=CLASS_1, lang="es"))
    assert all(name.split("\n")[0][:10] in text for name in names)
    cards = [Card(name=name, avatar="../../../../dev/zero", sequence=("manzana", "pelota", "casa")) for name in names]
    cards_html = PictureCards("es").html(cards, CLASS_1)
    plain_document(audit, "picture cards", cards_html)
    assert "dev/zero" not in cards_html.replace(ZERO.replace("<", "&lt;").replace(">", "&gt;"), "")
    plain_document(audit, "certificate", Certificate().html(
        REGISTERED[0], hostile.TOKENS["Zm1"], datetime(2026, 3, 2, tzinfo=UTC), SITE, "es"))
    sites = [SITE, CLASS_1, f'"><script>{ZERO}']
    page = index_page([PublicRow(metric="visits", month="2026-03", site=s, cells={("learner", "8-11"): 7},
                                 total=7) for s in sites], sites, {"sitio": SITE, "desde": f'"{ZERO}'})
    escaped_page(audit, "collector page", page)
    assert "<script>" not in page and "&quot;&gt;&lt;script&gt;" in page  # escaped in attributes too
    escaped_page(audit, "collector message", message_page(SITE, CLASS_1, ok=False))
    assert {"Zq1", "Zr1", "Zc1", "Zt1"} <= audit.seen
    audit.fail_if_any()
