"""The coordinator's "Lesson packs" page (kiosk/ui/staff/content_packs.py) with real widgets, the
real task runner and a real Store: preview, install, a refusal in words, rollback."""

from __future__ import annotations

import os
import zipfile
from types import SimpleNamespace

import pytest
from pack_helpers import MODULE_ID, make_pack, write_tree

from kiosk.backend import Backend
from tests.ui.conftest import make_window  # noqa: F401 - the real kiosk window


@pytest.fixture()
def bundled(tmp_path, monkeypatch):
    root = write_tree(tmp_path / "bundled", "1.0.0")
    monkeypatch.setenv("KIOSK_LESSONS", str(root))
    return root


@pytest.fixture()
def page(qtbot, home, bundled):
    from kiosk.app import create_app, install_translators
    from kiosk.ui.staff.content_packs import ContentPacksPage
    from kiosk.ui.staff.context import StaffContext, StaffMember
    from kiosk.ui.tasks import TaskRunner

    app = create_app()
    install_translators(app, "en")
    with Backend.open(home / "kiosk.sqlite3", home=home) as backend:
        tasks = TaskRunner()
        problems: list[BaseException] = []
        reloads: list[int] = []
        ctx = StaffContext(staff=StaffMember("s1", "Coordinación", "coordinator"), tasks=tasks,
                           db=SimpleNamespace(store=backend), catalog=lambda: None, lang="en",
                           show_problem=problems.append, reload_catalog=lambda: reloads.append(1))
        widget = ContentPacksPage(ctx)
        qtbot.addWidget(widget)
        widget.resize(1024, 600)
        widget.show()
        widget.problems, widget.reloads = problems, reloads
        qtbot.waitUntil(lambda: not widget.empty.isHidden() or widget.table.rowCount() > 0)
        yield widget
        tasks.shutdown()
        assert problems == []


def _grab(widget, name: str) -> None:
    folder = os.environ.get("KIOSK_SCREENSHOTS")
    if folder:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()  # the layout after the last change
        widget.grab().save(os.path.join(folder, name))


def _grab_in_staff_area(qtbot, ctx, name: str) -> None:
    """The page as a coordinator sees it: in the staff area, at 1024x600."""
    if not os.environ.get("KIOSK_SCREENSHOTS"):
        return
    from kiosk.ui.staff.area import StaffArea

    area = StaffArea(ctx)
    qtbot.addWidget(area)
    area.resize(1024, 600)
    area.show()
    area.show_page("content")
    qtbot.waitUntil(lambda: ctx.tasks.wait_idle(5))
    qtbot.wait(100)
    _grab(area, name)


def test_preview_then_install_then_rollback(qtbot, page, tmp_path):
    pack = make_pack(tmp_path, "2.0.0")
    page.preview(pack)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    text = "\n".join(line.text() for line in dialog.lines)
    assert f"{MODULE_ID}: 1.0.0 → 2.0.0" in text and "quiz scores" in text
    _grab(dialog, "content-preview.png")
    with qtbot.waitSignal(page.finished) as done:
        dialog.ok_button.click()
    assert done.args == [True]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert [page.table.item(0, c).text() for c in (0, 1, 2, 4)] == [MODULE_ID, "2.0.0", "secretos", "1.0.0"]
    assert "Installed" in page.message.text()
    assert page.reloads == [1]
    _grab(page, "content-page.png")
    _grab_in_staff_area(qtbot, page.ctx, "content-area-1024x600.png")

    page.table.selectRow(0)
    assert page.rollback_button.isEnabled()
    page.rollback_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    with qtbot.waitSignal(page.finished):
        page.dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert "1.0.0" in page.message.text()


def test_a_tampered_pack_is_refused_with_the_reason_as_plain_text(qtbot, page, tmp_path):
    pack = make_pack(tmp_path, "1.1.0")
    with zipfile.ZipFile(pack) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    lesson = next(n for n in members if n.endswith(".es.md"))
    members[lesson] = members[lesson].replace(b"Contrase", b"<b>Contrase", 1)
    bad = tmp_path / "<b>malo<i>.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with qtbot.waitSignal(page.finished) as done:
        page.preview(bad)
    assert done.args == [False]
    assert page.dialog is None
    assert "Not installed" in page.message.text() and lesson in page.message.text()
    assert page.message.textFormat().name == "PlainText"
    _grab(page, "content-refused.png")
    assert page.table.rowCount() == 0


def test_the_kiosk_window_shows_the_installed_module_and_reloads_after_a_rollback(qtbot, home, bundled, tmp_path,
                                                                                    make_window):
    """kiosk.app wires the home into the catalog: the window learners use gets the pack."""
    from kiosk.content.packs_install import install_pack, rollback_module

    install_pack(make_pack(tmp_path, "1.1.0"), home)
    window = make_window()
    qtbot.waitUntil(lambda: window.catalog is not None, timeout=10_000)
    assert window.catalog.module(MODULE_ID).version == "1.1.0"
    rollback_module(MODULE_ID, home)
    window.reload_catalog()
    qtbot.waitUntil(lambda: window.catalog.module(MODULE_ID).version == "1.0.0", timeout=10_000)
