"""The classes page's learner actions (kiosk/ui/staff/learner_edit.py) with real widgets, a
real back end and the real task runner: edit, archive and restore, merge, delete."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.classes.conftest import settle
from tests.classes.test_classes_ui import click, member_names
from tests.sync.conftest import LESSONS, T0, facts_cells, lesson_day, outbox_values
from tests.ui.conftest import type_text


@pytest.fixture()
def page(qtbot, staff_ctx, store):
    from kiosk.ui.staff.classes import ClassesPage

    cls = store.classes.create("5º A")
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner", class_id=cls.id)
    store.learners.register("Beto", "sol.svg", "8-11", "learner", class_id=cls.id)
    for i, lesson in enumerate(LESSONS):
        lesson_day(store, ana.id, lesson, T0 + timedelta(hours=i))
    page = ClassesPage(staff_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot, staff_ctx)
    return page


def choose(qtbot, page, name: str) -> None:
    page.member_table.selectRow(member_names(page).index(name))
    qtbot.wait(10)


def ok(qtbot, page, dialog) -> None:
    click(qtbot, dialog.ok_button)
    settle(qtbot, page.ctx)


def test_buttons_follow_the_selection(qtbot, page):
    actions = page.learner_actions
    assert not actions.edit_button.isEnabled() and not actions.delete_button.isEnabled()
    choose(qtbot, page, "Ana")
    for widget in (actions.edit_button, actions.merge_button, actions.archive_button, actions.delete_button):
        assert widget.isEnabled() and widget.isVisible()
        assert widget.mapTo(page, widget.rect().bottomRight()).x() <= page.width()


def test_edit_name_picture_age_and_role(qtbot, page, store):
    choose(qtbot, page, "Ana")
    click(qtbot, page.learner_actions.edit_button)
    dialog = page.dialog
    assert dialog.name.text() == "Ana" and dialog.ok_button.isEnabled()
    assert dialog.avatar_group.checkedButton().property("avatar") == "tatu.svg"
    assert dialog.age_group.checkedButton().property("value") == "8-11"
    # a name and picture another learner has: said in the dialog, which stays open
    dialog.name.clear()
    type_text(dialog.name, "beto")
    next(b for b in dialog.avatar_group.buttons() if b.property("avatar") == "sol.svg").click()
    ok(qtbot, page, dialog)
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.ok_button.isEnabled()
    dialog.name.clear()
    type_text(dialog.name, "<b>Anita</b>")
    next(b for b in dialog.age_group.buttons() if b.property("value") == "12-17").click()
    ok(qtbot, page, dialog)
    assert page.dialog is None
    assert "<b>Anita</b>" in member_names(page)
    info = next(i for i in store.learners.list_active() if i.display_name == "<b>Anita</b>")
    assert (info.avatar, info.age_band.value) == ("sol.svg", "12-17")
    assert outbox_values(store) == facts_cells(store)
    assert page.notice.textFormat() == Qt.TextFormat.PlainText


def test_archive_then_restore(qtbot, page, store):
    choose(qtbot, page, "Beto")
    click(qtbot, page.learner_actions.archive_button)
    settle(qtbot, page.ctx)
    assert member_names(page) == ["Ana"]
    assert [i.display_name for i in store.learners.list_active()] == ["Ana"]
    click(qtbot, page.learner_actions.archived_button)
    settle(qtbot, page.ctx)
    dialog = page.dialog
    assert dialog.list.count() == 1 and not dialog.ok_button.isEnabled()
    dialog.list.setCurrentRow(0)
    ok(qtbot, page, dialog)
    assert page.dialog is None
    assert member_names(page) == ["Ana", "Beto"]


def test_merge_chooses_the_other_profile_and_confirms(qtbot, page, store):
    choose(qtbot, page, "Beto")
    click(qtbot, page.learner_actions.merge_button)
    settle(qtbot, page.ctx)
    pick = page.dialog
    assert [pick.list.item(i).text() for i in range(pick.list.count())] == ["Ana · 8 to 11 · 5º A"]
    type_text(pick.search, "zz")
    assert not pick.ok_button.isEnabled()
    pick.search.clear()
    pick.list.setCurrentRow(0)
    ok(qtbot, page, pick)
    confirm = page.dialog
    assert confirm is not pick and "Ana" in confirm.windowTitle()
    assert "3 lesson visits, 3 answers, 1 certificate" in confirm.text.text()
    ok(qtbot, page, confirm)
    assert page.dialog is None
    assert member_names(page) == ["Beto"]
    assert store.learner_admin.footprint(store.learners.list_active()[0].id).certificates == 1
    assert outbox_values(store) == facts_cells(store)


def test_delete_says_what_is_lost_and_deletes(qtbot, page, store, tmp_path):
    choose(qtbot, page, "Ana")
    click(qtbot, page.learner_actions.delete_button)
    settle(qtbot, page.ctx)
    dialog = page.dialog
    text = dialog.text.text()
    assert "3 lesson visits, 3 answers, 1 certificate" in text and "cannot be undone" in text
    assert dialog.text.textFormat() == Qt.TextFormat.PlainText
    dialog.grab().save(str(tmp_path / "delete.png"))
    click(qtbot, dialog.cancel_button)
    assert member_names(page) == ["Ana", "Beto"]
    click(qtbot, page.learner_actions.delete_button)
    settle(qtbot, page.ctx)
    ok(qtbot, page, page.dialog)
    assert member_names(page) == ["Beto"]
    assert outbox_values(store) == facts_cells(store) == {}
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in page.findChildren(QLabel)
               if label.objectName() == "pageMessage")


def test_the_page_still_fits_beside_the_staff_menu_in_spanish(qtbot, staff_ctx, store, tmp_path):
    """At 1366 px the staff area's menu takes 240: the classes page, with the learner actions
    and picture passwords on, must fit in what is left, in Spanish (the longer labels)."""
    from kiosk.app import create_app, install_translators
    from kiosk.ui.staff.classes import ClassesPage

    store.site.update(picture_passwords=True)
    store.learners.register("Ana", "tatu.svg", "8-11", "learner", class_id=store.classes.create("5º A").id)
    app = create_app()
    install_translators(app, "es")
    try:
        page = ClassesPage(staff_ctx)
        qtbot.addWidget(page)
        page.resize(1100, 690)
        page.show()
        settle(qtbot, staff_ctx)
        choose(qtbot, page, "Ana")
        assert page.learner_actions.delete_button.text() == "Borrar…"
        assert page.minimumSizeHint().width() <= 1366 - 240 - 26
        assert page.width() == 1100
        page.grab().save(str(tmp_path / "classes_es.png"))
    finally:
        install_translators(app, "en")
