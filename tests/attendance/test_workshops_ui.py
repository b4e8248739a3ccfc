"""The workshop register as a facilitator uses it: real widgets, a real store, keyboard and mouse."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import db_rows, type_text

from .conftest import settle

NAMES = [
    "Abril", "Bruno", "Camila", "Darío", "Elena", "Fátima", "Gael", "Hugo", "Iván", "Jazmín", "Kaʼaru", "Lautaro",
    "Milagros", "Nahuel", "Ñandutí", "Oriana", "Pablo", "Queila", "Ramón", "Selva", "Thiago", "Úrsula",
    "Valentina", "Wilson", "Ximena", "Yanina", "Zunilda", "Aylén", "Benjamín", "Celeste", "Dalma", "Emilio",
    "Fabián", "Gisela", "Horacio",
]


@pytest.fixture()
def learners(store):
    bands = ["8-11", "12-17", "adult"]
    return [store.learners.register(n, f"a{i}.svg", bands[i % 3], "learner") for i, n in enumerate(NAMES)]


@pytest.fixture()
def page(qtbot, staff_ctx, learners):
    from kiosk.ui.staff.workshops import WorkshopsPage

    widget = WorkshopsPage(staff_ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 680)
    widget.show()
    settle(qtbot, staff_ctx)
    assert widget.list.count() == len(NAMES)
    return widget


def visible_names(page):
    return [page.list.item(i).text().split("  ·  ")[0] for i in range(page.list.count())
            if not page.list.item(i).isHidden()]


def test_tick_30_learners_by_keyboard_and_save(qtbot, page, staff_ctx, home, learners):
    type_text(page.title, "Cuidá tus secretos")
    page.search.setFocus()
    for name in NAMES[:30]:
        type_text(page.search, name[:4])  # a few letters are enough
        qtbot.keyClick(page.search, Qt.Key.Key_Return)  # ticks the first match, empties the box
        assert page.search.text() == ""
    by_name = {l.display_name: l.id for l in learners}
    assert page.ticked_ids() == {by_name[n] for n in NAMES[:30]}
    assert "30" in page.ticked_label.text() and "30" in page.total_label.text()

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    [(workshop_id, title, held_on, staff_id)] = db_rows(home, "SELECT id, title, held_on, staff_id FROM workshops")
    assert title == "Cuidá tus secretos" and staff_id == staff_ctx.staff.id
    assert held_on == page.held_on().isoformat()
    ticked = db_rows(home, "SELECT learner_id FROM workshop_participants WHERE workshop_id = ?", workshop_id)
    assert {r[0] for r in ticked} == {by_name[n] for n in NAMES[:30]}
    assert page.message.isVisible() and "30" in page.message.text()
    assert page.workshop_id == workshop_id

    # a second save updates the same register (one more learner), never a second workshop
    type_text(page.search, "Horacio")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    assert db_rows(home, "SELECT count(*) FROM workshops") == [(1,)]
    assert db_rows(home, "SELECT count(*) FROM workshop_participants") == [(31,)]


def test_arrows_space_and_enter_in_the_list(qtbot, page):
    page.list.setFocus()
    page.list.setCurrentRow(0)
    qtbot.keyClick(page.list, Qt.Key.Key_Space)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert [page.list.item(i).checkState() == Qt.CheckState.Checked for i in range(4)] == [True, False, True, False]
    qtbot.keyClick(page.list, Qt.Key.Key_Space)  # again: unticked
    assert len(page.ticked_ids()) == 1
    # typing a letter in the list goes on in the search box
    type_text(page.list, "ñan")
    assert page.search.hasFocus() or page.search.text() == "ñan"
    assert page.search.text() == "ñan"
    assert visible_names(page) == ["Ñandutí"]
    # Down from the search box lands on the first match; Space ticks it
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.list.currentItem().text().startswith("Ñandutí")
    qtbot.keyClick(page.list, Qt.Key.Key_Space)
    assert len(page.ticked_ids()) == 2


def test_a_click_anywhere_on_a_row_ticks_it(qtbot, page):
    rect = page.list.visualItemRect(page.list.item(2))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.list.item(2).checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.list.item(2).checkState() == Qt.CheckState.Unchecked


def test_search_ignores_accents_and_case(qtbot, page):
    type_text(page.search, "FATI")
    assert visible_names(page) == ["Fátima"]
    page.search.clear()
    type_text(page.search, "ka'a")  # the apostrophe people type finds the puso
    assert visible_names(page) == ["Kaʼaru"]
    page.search.clear()
    type_text(page.search, "mila")  # Camila and Milagros: Enter takes the name that starts so
    assert visible_names(page) == ["Camila", "Milagros"]
    assert page.list.currentItem().text().startswith("Milagros")


def test_people_without_an_account_are_counted_and_come_back(qtbot, page, staff_ctx, home, learners):
    type_text(page.title, "Familias conectadas")
    parents = page.counters[("parent", "adult")]
    for _ in range(3):
        qtbot.mouseClick(parents.plus, Qt.MouseButton.LeftButton)
    children = page.counters[("learner", "8-11")]
    children.field.selectAll()
    type_text(children.field, "12")
    qtbot.mouseClick(children.minus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.counters[("teacher", "adult")].minus, Qt.MouseButton.LeftButton)  # never below 0
    page.list.toggle(page.list.item(0))
    assert page.anonymous() == {("parent", "adult"): 3, ("learner", "8-11"): 11}
    assert "15" in page.total_label.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    rows = db_rows(home, "SELECT role, age_band, count FROM workshop_participants WHERE learner_id IS NULL "
                        "ORDER BY role")
    assert rows == [("learner", "8-11", 11), ("parent", "adult", 3)]

    # a new workshop starts empty; the saved one opens again from the list
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.workshop_id is None and page.anonymous() == {} and page.ticked_ids() == set()
    assert page.title.text() == ""
    assert page.saved_list.count() == 2
    page.saved_list.setCurrentIndex(1)
    page.saved_list.activated.emit(1)
    settle(qtbot, staff_ctx)
    assert page.title.text() == "Familias conectadas"
    assert page.anonymous() == {("parent", "adult"): 3, ("learner", "8-11"): 11}
    assert page.ticked_ids() == {learners[0].id}
    assert page.list.item(0).checkState() == Qt.CheckState.Checked


def test_the_class_members_come_first(qtbot, page, staff_ctx, store, learners):
    cls = store.classes.create("5° A")
    store.classes.add_members(cls.id, [learners[-1].id, learners[-2].id])
    page.refresh()
    settle(qtbot, staff_ctx)
    page.class_box.setCurrentIndex(page.class_box.findData(cls.id))
    settle(qtbot, staff_ctx)
    assert visible_names(page)[:3] == ["Gisela", "Horacio", "Abril"]
    assert "de la clase" in page.list.item(0).text() or "in the class" in page.list.item(0).text()


def test_tick_the_whole_class_then_untick_the_absent(qtbot, page, staff_ctx, store, home, learners):
    assert not page.tick_class_button.isEnabled()  # no class chosen: nothing to tick at once
    cls = store.classes.create("5° A")
    members = learners[:25]
    store.classes.add_members(cls.id, [l.id for l in members])
    page.refresh()
    settle(qtbot, staff_ctx)
    page.class_box.setCurrentIndex(page.class_box.findData(cls.id))
    settle(qtbot, staff_ctx)
    assert page.tick_class_button.isEnabled()
    type_text(page.title, "Cuidá tus secretos")
    qtbot.mouseClick(page.tick_class_button, Qt.MouseButton.LeftButton)
    assert page.ticked_ids() == {l.id for l in members}  # the class, nobody else
    assert "25" in page.ticked_label.text() and "25" in page.list_hint.text()
    absent = {members[3].id, members[17].id}
    for row in range(page.list.count()):  # one tap each on the absent
        item = page.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in absent:
            page.list.scrollToItem(item)
            qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualItemRect(item).center())
    assert page.ticked_ids() == {l.id for l in members} - absent
    assert "23" in page.ticked_label.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    ticked = db_rows(home, "SELECT learner_id FROM workshop_participants")
    assert {r[0] for r in ticked} == {l.id for l in members} - absent


def test_nothing_is_saved_without_a_name_or_anyone(qtbot, page, staff_ctx, home):
    page.list.toggle(page.list.item(0))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    assert page.message.isVisible() and page.message.property("state") == "try"
    type_text(page.title, "Taller vacío")
    page.list.toggle(page.list.item(0))  # nobody ticked now
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    assert page.message.property("state") == "try"
    assert db_rows(home, "SELECT count(*) FROM workshops") == [(0,)]


def test_the_date_defaults_to_today_and_can_change(qtbot, page, staff_ctx, home):
    from kiosk.ui.staff.workshops import today

    assert page.held_on() == today()
    from PySide6.QtCore import QDate

    page.date.setDate(QDate(2025, 3, 12))
    type_text(page.title, "Taller de marzo")
    page.list.toggle(page.list.item(1))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, staff_ctx)
    assert db_rows(home, "SELECT held_on FROM workshops") == [(date(2025, 3, 12).isoformat(),)]


def test_a_narrow_list_shows_each_learner_on_two_lines_never_cut(qtbot, page):
    """At 1024x600 the register's list is ~280 px wide: one line cut the age ("Abigail · 8 …").
    There every row shows the name, then the rest smaller under it; a wide list keeps one line.
    The item's text (screen readers, search) is the one line either way."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from kiosk.ui.staff.register_rows import DETAIL_SCALE, ROW_CHROME_PX

    rows = page.list.rows
    assert not rows.two_lines  # 1100 px: room for "Name  ·  age" on one line
    one_line_height = page.list.visualItemRect(page.list.item(0)).height()
    page.resize(700, 680)
    page.list.setFixedWidth(280)
    qtbot.waitUntil(lambda: rows.two_lines, timeout=3000)
    item = page.list.item(0)
    assert "  ·  " in item.text() and "\n" not in item.text()
    assert page.list.visualItemRect(item).height() > one_line_height  # room for the second line
    # the details line fits the text's room at the smaller size
    room = page.list.viewport().width() - ROW_CHROME_PX
    small = QFont(page.list.font())
    small.setPointSizeF(page.list.font().pointSizeF() * DETAIL_SCALE)
    for i in range(page.list.count()):
        details = page.list.item(i).text().partition("  ·  ")[2].replace("  ·  ", " · ")
        assert QFontMetrics(small).horizontalAdvance(details) <= room, details
    page.list.grab()  # painted in two lines without error
    option = QStyleOptionViewItem()
    option.font = page.list.font()
    assert rows.sizeHint(option, page.list.model().index(0, 0)).height() > 0
    page.list.setMinimumWidth(0)
    page.list.setMaximumWidth(16777215)
    page.resize(1100, 680)
    qtbot.waitUntil(lambda: not rows.two_lines, timeout=3000)
