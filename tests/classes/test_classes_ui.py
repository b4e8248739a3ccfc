"""The classes page with real widgets, a real Store and the real task runner: what a teacher
sees and what ends up in the database."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader

from kiosk.people.picture_password import picture_names, sequence_matches
from tests.classes.conftest import settle
from tests.ui.conftest import type_text


def rows(home, sql, *params):
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture()
def make_page(qtbot, staff_ctx):
    from kiosk.ui.staff.classes import ClassesPage

    def make():
        page = ClassesPage(staff_ctx)
        qtbot.addWidget(page)
        page.resize(1100, 690)
        page.show()
        settle(qtbot, staff_ctx)
        return page

    return make


def click(qtbot, widget):
    assert widget.isEnabled() and widget.isVisible(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def class_texts(page):
    return [page.class_list.item(i).text() for i in range(page.class_list.count())]


def member_names(page):
    return [page.member_table.item(r, 0).text() for r in range(page.member_table.rowCount())]


def test_empty_page_then_create_a_class(qtbot, make_page, staff_ctx, store, home):
    page = make_page()
    assert page.empty.isVisible() and class_texts(page) == []
    assert not page.add_button.isEnabled() and not page.rename_button.isEnabled()
    click(qtbot, page.new_class_button)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.ok_button.isEnabled()
    type_text(dialog.name, "5º grado A")
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert page.dialog is None  # closed (and deleted)
    assert class_texts(page) == ["5º grado A · 0"]
    assert page.title.text() == "5º grado A" and page.notice.text() == "Class “5º grado A” created."
    assert page.add_button.isEnabled() and not page.empty.isVisible()
    assert rows(home, "SELECT name FROM classes") == [("5º grado A",)]

    # The same name again, in other letters: said in the dialog, which stays open.
    click(qtbot, page.new_class_button)
    dialog = page.dialog
    type_text(dialog.name, "5º GRADO a")
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "There is already a class with that name. Choose another name."
    assert len(rows(home, "SELECT id FROM classes")) == 1
    dialog.reject()
    assert staff_ctx.problems == []


def test_rename_archive_and_restore(qtbot, make_page, staff_ctx, store, home):
    store.classes.create("Grado 5")
    page = make_page()
    dialog = page.open_rename()
    dialog.name.clear()
    type_text(dialog.name, "Grado 5 — tarde")
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert class_texts(page) == ["Grado 5 — tarde · 0"]

    click(qtbot, page.archive_button)
    confirm = page.dialog
    assert confirm.windowTitle() == "Archive “Grado 5 — tarde”?"
    click(qtbot, confirm.ok_button)
    settle(qtbot, staff_ctx)
    assert class_texts(page) == [] and page.empty.isVisible()
    assert rows(home, "SELECT archived_at IS NOT NULL FROM classes") == [(1,)]

    page.show_archived.setChecked(True)
    settle(qtbot, staff_ctx)
    assert class_texts(page) == ["Grado 5 — tarde (archived)"]
    assert page.archive_button.text() == "Restore" and not page.add_button.isEnabled()
    click(qtbot, page.archive_button)
    settle(qtbot, staff_ctx)
    assert class_texts(page) == ["Grado 5 — tarde · 0"]
    assert rows(home, "SELECT archived_at FROM classes") == [(None,)]


def test_add_existing_learners_new_learner_and_remove(qtbot, make_page, staff_ctx, store, home):
    grado = store.classes.create("Grado 5")
    for name in ("Ana", "Luis", "Marta"):
        store.learners.register(name, "tatu.svg", "8-11", "learner")
    page = make_page()
    click(qtbot, page.add_button)
    settle(qtbot, staff_ctx)
    pick = page.dialog
    assert [i.text() for i in pick.items()] == ["Ana · 8 to 11", "Luis · 8 to 11", "Marta · 8 to 11"]
    assert not pick.ok_button.isEnabled()
    type_text(pick.search, "mar")
    assert [i.text() for i in pick.items() if not i.isHidden()] == ["Marta · 8 to 11"]
    pick.items()[0].setCheckState(Qt.CheckState.Checked)
    pick.items()[2].setCheckState(Qt.CheckState.Checked)
    assert pick.ok_button.text() == "Add 2 learners"
    click(qtbot, pick.ok_button)
    settle(qtbot, staff_ctx)
    assert member_names(page) == ["Ana", "Marta"] and class_texts(page) == ["Grado 5 · 2"]
    assert page.count.text() == "2 learners"

    # A new learner typed by hand joins the class.
    dialog = page.open_new_learner()
    type_text(dialog.name, "Ñandutí")
    dialog.avatar_group.button(3).click()
    dialog.age_group.button(1).click()
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert member_names(page) == ["Ana", "Marta", "Ñandutí"]
    assert page.member_table.item(2, 1).text() == "12 to 17"
    assert page.notice.text() == "Ñandutí joined “Grado 5”."

    # Same name and picture as someone: said in the dialog.
    dialog = page.open_new_learner()
    type_text(dialog.name, "ñanduti")
    dialog.avatar_group.button(3).click()
    dialog.age_group.button(1).click()
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert dialog.isVisible() and dialog.error.text() == "Someone already has this name and this picture. Choose another picture."
    dialog.reject()

    assert not page.remove_button.isEnabled()
    page.select_member(page.members[0].id)
    click(qtbot, page.remove_button)
    settle(qtbot, staff_ctx)
    assert member_names(page) == ["Marta", "Ñandutí"]
    assert len(rows(home, "SELECT id FROM learners")) == 4  # removed from the class, not deleted
    assert rows(home, "SELECT count(*) FROM class_members WHERE class_id = ?", grado.id) == [(2,)]


def test_import_preview_with_bad_rows_then_only_the_valid_ones(qtbot, make_page, staff_ctx, store, home, tmp_path):
    store.classes.create("Grado 5")
    page = make_page()
    roster = tmp_path / "lista.csv"
    roster.write_text("nombre;edad;rol;clase\nAna;8-11;;\nLuis;9;;\nMarta;adulto;madre;Familias\n", encoding="utf-8")
    page.preview_file(roster)
    settle(qtbot, staff_ctx)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 3
    assert dialog.summary.text().startswith("1 of 3 rows have a problem (highlighted).")
    assert "Rows with no class go into “Grado 5”." in dialog.details.text()
    assert dialog.table.item(1, 0).text() == "3"
    assert dialog.table.item(1, 6).text() == "la franja de edad «9» no es válida; usá 8-11, 12-17 o adulto"
    from kiosk.ui import theme

    assert dialog.table.item(1, 1).background().color().name().upper() == theme.TRY_BG.upper()
    assert dialog.table.item(0, 1).background().style() == Qt.BrushStyle.NoBrush
    assert not dialog.all_button.isEnabled()  # nothing is imported while a row has a problem
    assert dialog.valid_button.isVisible() and dialog.valid_button.text() == "Import only the 2 valid rows"
    assert rows(home, "SELECT count(*) FROM learners") == [(0,)]
    click(qtbot, dialog.valid_button)
    settle(qtbot, staff_ctx)
    assert page.dialog is None
    assert sorted(rows(home, "SELECT display_name FROM learners")) == [("Ana",), ("Marta",)]
    assert page.notice.text() == "2 learners imported. 1 row with problems was left out."
    assert class_texts(page) == ["Familias · 1", "Grado 5 · 1"]
    assert staff_ctx.problems == []


def test_import_a_good_file(qtbot, make_page, staff_ctx, store, home, tmp_path):
    page = make_page()
    roster = tmp_path / "lista.csv"
    roster.write_bytes("\ufeffname,age_band,class\nAna,8-11,Robótica\nLuis,12-17,Robótica\n".encode())
    page.preview_file(roster)
    settle(qtbot, staff_ctx)
    dialog = page.dialog
    assert dialog.summary.text() == "2 learners are ready to import."
    assert "New classes: Robótica" in dialog.details.text()
    assert dialog.all_button.isEnabled() and not dialog.valid_button.isVisible()
    click(qtbot, dialog.all_button)
    settle(qtbot, staff_ctx)
    assert class_texts(page) == ["Robótica · 2"] and member_names(page) == ["Ana", "Luis"]


def test_a_refused_file_and_a_missing_file(qtbot, make_page, staff_ctx, home, tmp_path):
    page = make_page()
    roster = tmp_path / "lista.csv"
    roster.write_text("nombre,apellido,edad\nAna,Benítez,8-11\n", encoding="utf-8")
    page.preview_file(roster)
    settle(qtbot, staff_ctx)
    dialog = page.dialog
    assert dialog.summary.text() == "This file cannot be imported."
    assert dialog.problems.isVisible() and "«apellido»" in dialog.problems.text()
    assert not dialog.all_button.isEnabled() and not dialog.valid_button.isVisible()
    dialog.reject()
    page.preview_file(tmp_path / "no-esta.csv")
    settle(qtbot, staff_ctx)
    assert page.notice.text() == "That file could not be read. Is it still there?"
    assert staff_ctx.problems == []


def test_picture_password_actions_only_when_the_site_has_them(qtbot, make_page, staff_ctx, store):
    grado = store.classes.create("Grado 5")
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    store.classes.add_members(grado.id, [ana.id])
    page = make_page()
    assert not page.reset_button.isVisible() and not page.cards_button.isVisible()
    assert page.member_table.isColumnHidden(3)
    store.pictures.set_enabled(True)
    page.refresh()
    settle(qtbot, staff_ctx)
    assert page.reset_button.isVisible() and page.cards_button.isVisible()
    assert page.learner_actions.lift_button.isVisible()
    assert page.member_table.item(0, 3).text() == "Chooses at next sign-in"


def test_lift_the_pause_from_the_classes_page(qtbot, make_page, staff_ctx, store, home):
    """5 wrong tries twice: a 5-minute pause; "Lift the pause" ends it, and the next one is
    1 minute again."""
    from kiosk.people.picture_password import MAX_TRIES

    store.pictures.set_enabled(True)
    grado = store.classes.create("Grado 5")
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    store.classes.add_members(grado.id, [ana.id])
    store.pictures.set(ana.id, ("manzana", "pelota", "casa", "perro"))
    wrong = ("perro", "casa", "pelota", "manzana")
    for _ in range(MAX_TRIES):
        store.pictures.verify(ana.id, wrong)
    con = sqlite3.connect(home / "kiosk.sqlite3")  # the first pause is over: guessing again
    con.execute("UPDATE learners SET picture_locked_until = NULL")
    con.commit()
    con.close()
    for _ in range(MAX_TRIES):
        last = store.pictures.verify(ana.id, wrong)
    assert last.locked_seconds == 300 and store.pictures.state(ana.id).locked_seconds > 0
    page = make_page()
    page.select_member(ana.id)
    lift = page.learner_actions.lift_button
    assert lift.isVisible() and lift.isEnabled() and lift.text() == "Lift the pause"
    click(qtbot, lift)
    settle(qtbot, staff_ctx)
    assert page.notice.text() == "Done: Ana can try their pictures again now."
    assert rows(home, "SELECT picture_failed_tries, picture_locked_until, picture_lock_level FROM learners") \
        == [(0, None, 0)]
    assert store.pictures.verify(ana.id, ("manzana", "pelota", "casa", "perro")).ok
    assert staff_ctx.problems == []


def test_reset_and_print_cards(qtbot, make_page, staff_ctx, store, home, tmp_path):
    store.pictures.set_enabled(True)
    grado = store.classes.create("Grado 5")
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    store.classes.add_members(grado.id, [ana.id])
    service = store.pictures
    service.set(ana.id, ("manzana", "pelota", "casa", "perro"))
    page = make_page()
    assert page.member_table.item(0, 3).text() == "Yes"

    page.select_member(ana.id)
    dialog = page.open_reset_password()
    assert dialog.windowTitle() == "Reset the picture password of Ana?"
    click(qtbot, dialog.ok_button)
    settle(qtbot, staff_ctx)
    assert rows(home, "SELECT picture_secret FROM learners") == [(None,)]
    assert page.member_table.item(0, 3).text() == "Chooses at next sign-in"

    path = tmp_path / "tarjetas"
    page.write_cards(path)  # what "Assign and save the cards…" does once a file is chosen
    settle(qtbot, staff_ctx)
    pdf = tmp_path / "tarjetas.pdf"
    assert pdf.is_file() and page.notice.text().startswith(f"Cards saved: {pdf}.")
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Ana" in text and "Telecentro · Grado 5" in text
    # The card shows the pictures in order, and they are the ones that now open Ana's profile.
    found = {re.search(rf"\b{re.escape(name)}\b", text): key for key, name in picture_names("en").items()}
    order = [key for match, key in sorted(((m, k) for m, k in found.items() if m), key=lambda mk: mk[0].start())]
    secret = rows(home, "SELECT picture_secret FROM learners")[0][0]
    assert len(order) == 4 and sequence_matches(secret, order)
    assert page.member_table.item(0, 3).text() == "Yes"
    # the cards open in the kiosk's own preview (print or copy to a USB stick), never outside it
    preview = page.cards_preview
    assert preview.isVisible() and preview.path == pdf and len(preview.pages) == len(PdfReader(pdf).pages)
    assert preview.where.text() == f"Saved on this computer: {pdf}"
    preview.done(0)
    assert staff_ctx.problems == []
