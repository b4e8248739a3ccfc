"""Every staff page at 1366x768, in the real window with the demo telecenter and a coordinator
signed in, after its main action: nothing is clipped (issue 8, point 5).

"Clipped" is measured on the widgets themselves: the window keeps its 1366x768 (no layout
forces it bigger); a page's main buttons lie inside the window and no parent cuts them; a
word-wrapped label is as tall as its text needs at its width; a button is as wide and tall as
its text and icon need.  ``KIOSK_SHOTS=DIR`` also saves each checked screen as a PNG."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QRadioButton, QWidget

from tests.staff.conftest import FAST
from tests.staff.test_staff_ui import sign_in_staff
from tests.ui.conftest import settle, type_text

SHOTS = os.environ.get("KIOSK_SHOTS")
SCREEN = (1366, 768)


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory):
    """The demo telecenter's database, filled once for this file (12-15 s on 2 cores): each test
    works on a copy of its own (``demo_home``)."""
    from kiosk import resources
    from kiosk.backend import Backend
    from kiosk.content.catalog import load_catalog
    from kiosk.demo import fill_demo
    from kiosk.people.staff import StaffService

    path = tmp_path_factory.mktemp("demo-database") / "kiosk.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(StaffService, "params", FAST)  # as the fast_hashes fixture does
        with Backend.open(path) as store:
            assert fill_demo(store, load_catalog(resources.lessons_dir())) > 0
    assert not path.with_name(path.name + "-wal").exists(), "the database is not one whole file"
    return path


@pytest.fixture()
def demo_home(home, fast_hashes, demo_database):
    from kiosk.demo import DEMO_STAFF

    shutil.copyfile(demo_database, home / "kiosk.sqlite3")
    return DEMO_STAFF[0]


@pytest.fixture()
def area(qtbot, staff_window, demo_home):
    name, role, pin = demo_home
    assert role == "coordinator"
    window = staff_window()
    area = sign_in_staff(qtbot, window, name, pin)
    settle(qtbot, window)
    return area


def on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` that its parents (and the window) do not cut off, in its own
    coordinates."""
    rect = widget.rect()
    parent = widget.parentWidget()
    offset = QPoint(0, 0)
    child = widget
    while parent is not None and not child.isWindow():  # a dialog's parent does not cut it
        offset += child.pos()
        rect = rect.intersected(parent.rect().translated(-offset))
        child, parent = parent, parent.parentWidget()
    return rect


def clipped(root: QWidget, main: list[QWidget]) -> list[str]:
    """What is cut off in ``root`` now; ``main``: buttons that must be wholly on screen."""
    found = []
    window = root.window()
    if window.objectName() != "staffDialog" and (window.width(), window.height()) != SCREEN:
        found.append(f"the window grew to {window.width()}x{window.height()}")
    for widget in main:
        if not on_screen(widget):
            found.append(f"main button {widget.text()!r} is not shown")
        elif visible_rect(widget) != widget.rect():
            found.append(f"main button {widget.text()!r} is cut: {visible_rect(widget)} of {widget.rect()}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not on_screen(widget) or visible_rect(widget).isEmpty():
            continue  # scrolled away or hidden: not cut, and reachable by its scroll bar
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needs = widget.heightForWidth(widget.width())
            if needs > widget.height():
                found.append(f"label {widget.text()!r} needs {needs}px, has {widget.height()}px")
        elif isinstance(widget, QAbstractButton) and widget.text() and widget.hasHeightForWidth():
            needs = widget.heightForWidth(widget.width())  # a button whose text wraps (WrapButton)
            if needs > widget.height():
                found.append(f"button {widget.text()!r} needs {needs}px, has {widget.height()}px")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint() if not isinstance(widget, (QCheckBox, QRadioButton)) else widget.minimumSizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                found.append(f"button {widget.text()!r} needs {hint.width()}x{hint.height()}, "
                             f"has {widget.width()}x{widget.height()}")
    return found


def check(qtbot, area, name: str, *main: QWidget) -> None:
    window = area.window()
    settle(qtbot, window)
    QApplication.processEvents()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, f"{name}.png"))
    assert clipped(area, list(main)) == [], name
    room = area.scroll.viewport().size()  # the page fits: the staff area's scroll bars stay away
    assert area.stack.width() <= room.width() and area.stack.height() <= room.height(), name


def test_classes_page_after_a_new_class_and_picture_passwords(qtbot, area):
    area.show_page("classes")
    page = area.page("classes")
    check(qtbot, area, "classes", page.new_class_button, page.add_button, page.new_learner_button)
    dialog = page.open_new_class()
    type_text(dialog.name, "6.º grado B, turno tarde, taller de los sábados")
    dialog.ok_button.click()
    settle(qtbot, area.window())
    assert "6.º grado B" in page.title.text()
    check(qtbot, area, "classes-new", page.new_class_button, page.add_button, page.new_learner_button)


def test_settings_after_save_with_picture_passwords_and_added_staff(qtbot, area):
    area.show_page("settings")
    page = area.page("settings")
    check(qtbot, area, "settings", page.site.save_button)
    page.site.picture_passwords.setChecked(True)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.site.save_button.click()
    check(qtbot, area, "settings-saved", page.site.save_button)

    area.show_page("classes")  # the classes page with picture passwords on
    classes = area.page("classes")
    classes.refresh()
    check(qtbot, area, "classes-pictures", classes.new_class_button, classes.cards_button, classes.reset_button)

    area.show_page("settings")
    page.tabs.setCurrentWidget(page.staff)
    staff = page.staff
    for index, name in enumerate(["Profe Ña Ramona Benítez", "Derlis", "Profe Aníbal", "Coordinación Luque",
                                  "Profe María de los Ángeles"]):
        type_text(staff.name, name)
        type_text(staff.secret, f"{4826 + index}")
        type_text(staff.again, f"{4826 + index}")
        staff.add_button.click()
        qtbot.waitUntil(lambda n=name: any(r.member.display_name == n for r in staff.rows), timeout=10_000)
        check(qtbot, area, f"staff-{index}", staff.add_button)


def test_reports_assign_and_remove(qtbot, area):
    area.show_page("reports")
    page = area.page("reports")
    check(qtbot, area, "reports", page.refresh_button)
    with qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == "assign"):
        page.segments["assign"].click()
    view = page.assign_view
    for row in range(view.modules.count()):
        view.modules.item(row).setCheckState(Qt.CheckState.Checked)
    view.some.setChecked(True)
    for row in range(view.learners.count()):
        view.learners.item(row).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == "assign"):
        view.assign_button.click()
    assert view.message.isVisible() and len(view.remove_buttons) >= 2
    rows = len(view.remove_buttons)
    check(qtbot, area, "reports-assigned", view.assign_button)
    table = view.current
    assert table.viewport().height() >= 2 * table.rowHeight(0)  # two whole rows at least
    for remove in view.remove_buttons.values():  # "Remove" readable on every row
        assert remove.width() >= remove.sizeHint().width() and remove.height() >= remove.sizeHint().height()
        text = remove.fontMetrics().horizontalAdvance(remove.text())
        assert text <= remove.contentsRect().width(), (remove.text(), text, remove.contentsRect())
        assert table.columnWidth(3) >= remove.sizeHint().width()
    first = next(iter(view.remove_buttons.values()))
    assert visible_rect(first) == first.rect()  # the first row wholly shown

    first.click()  # it asks before removing
    dialog = view.confirm_dialog
    assert dialog.isVisible()
    check(qtbot, area, "reports-remove-asks", view.assign_button)
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "reports-remove-dialog.png"))
    assert clipped(dialog, [dialog.ok_button, dialog.cancel_button]) == []
    with qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == "assign"):
        dialog.ok_button.click()
    assert len(view.remove_buttons) == rows - 1
    check(qtbot, area, "reports-removed", view.assign_button)


def test_workshops_tick_the_class_and_save(qtbot, area):
    area.show_page("workshops")
    page = area.page("workshops")
    settle(qtbot, area.window())
    check(qtbot, area, "workshops", page.save_button, page.new_button)
    type_text(page.title, "Taller de seguridad en internet para familias y estudiantes")
    page.class_box.setCurrentIndex(1)
    settle(qtbot, area.window())
    page.tick_class_button.click()
    assert len(page.ticked_ids()) > 1
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.save_button.click()
    check(qtbot, area, "workshops-saved", page.save_button, page.new_button, page.tick_class_button)


def test_exports_export_and_goals(qtbot, area, tmp_path):
    area.show_page("exports")
    page = area.page("exports")
    check(qtbot, area, "exports", page.export_button)
    page.export_to(tmp_path / "asistencia.csv")
    qtbot.waitUntil(lambda: (tmp_path / "asistencia.csv").exists() and not page.cancel_button.isVisible(),
                    timeout=20_000)
    check(qtbot, area, "exports-exported", page.export_button)
    page.tabs.setCurrentIndex(1)
    page.goals_button.click()
    qtbot.waitUntil(lambda: page.goals_message.isVisible(), timeout=10_000)
    check(qtbot, area, "exports-goals", page.goals_button)


@pytest.mark.error_logs_expected  # no server: the send fails and says so
def test_sync_page_after_a_send_and_an_export(qtbot, area, tmp_path):
    area.show_page("sync")
    page = area.page("sync")
    check(qtbot, area, "sync", page.sync_button, page.enrol_button, page.export_button)
    page.sync_now()
    qtbot.waitUntil(lambda: not page.working, timeout=20_000)
    check(qtbot, area, "sync-sent", page.sync_button, page.enrol_button, page.export_button)
    page.export_to(str(tmp_path))  # "Export to USB…", the folder chosen
    qtbot.waitUntil(lambda: not page.working and page.message.isVisible(), timeout=20_000)
    check(qtbot, area, "sync-exported", page.sync_button, page.enrol_button, page.export_button)


def test_reports_learner_page_and_its_certificate_preview(qtbot, area, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: pytest.fail("a locked kiosk opens no other program"))
    area.show_page("reports")
    page = area.page("reports")
    settle(qtbot, area.window())
    grid = page.grid_view
    best = max(grid.model.grid.rows, key=lambda row: row.done)  # the most lessons done: certificates
    with qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda k: k == "learner"):
        page.open_learner(best.learner_id)
    buttons = page.learner_view.certificate_buttons
    assert buttons
    check(qtbot, area, "reports-learner", page.learner_view.back_button, *buttons.values())
    next(iter(buttons.values())).click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20_000)
    preview = page.preview
    settle(qtbot, area.window())
    if SHOTS:
        preview.grab().save(os.path.join(SHOTS, "certificate-preview.png"))
    assert preview.width() <= SCREEN[0] and preview.height() <= SCREEN[1]
    assert clipped(preview, [preview.print_button, preview.save_button, preview.close_button]) == []
    page_label = preview.pages[0]
    assert preview.scroll.viewport().height() >= page_label.pixmap().height()  # the whole page in view
    preview.close_button.click()
    qtbot.waitUntil(lambda: page.preview is None, timeout=5000)
