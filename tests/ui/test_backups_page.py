"""The coordinator's Backups page (issue 14): the recovery notice in words until dismissed,
the backups kept, and "Copiar respaldo a USB" to a chosen folder, on the task runner."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.backend import Backend
from kiosk.store import recovery
from kiosk.store.backup import take_backup, verify

pytestmark = pytest.mark.error_logs_expected  # the recovery logs the damage it found


@pytest.fixture
def page(qtbot, tmp_path: Path):
    from kiosk.app import create_app, install_translators
    from kiosk.ui.staff.backups import BackupsPage
    from kiosk.ui.staff.context import StaffContext, StaffMember
    from kiosk.ui.tasks import TaskRunner

    home = tmp_path / "home"
    home.mkdir()
    with Backend.open(home / "kiosk.sqlite3", home=home) as b:
        b.learners.register("Ana", "tatu.svg", "8-11", "learner")
    take_backup(home, home / "kiosk.sqlite3")
    (home / "kiosk.sqlite3").write_bytes(b"")  # emptied: recovered at the next open
    backend = Backend.open(home / "kiosk.sqlite3", home=home)
    app = create_app()
    install_translators(app, "es")
    tasks = TaskRunner()
    ctx = StaffContext(staff=StaffMember("s1", "Coordinación", "coordinator"), tasks=tasks,
                       db=SimpleNamespace(store=backend), catalog=lambda: None, lang="es",
                       show_problem=lambda exc: pytest.fail(str(exc)))
    widget = BackupsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1024 - 280, 600 - 120)
    widget.show()
    qtbot.waitUntil(lambda: widget.listing.text() != "…")
    yield widget, home
    tasks.shutdown()
    backend.close()


def test_the_notice_is_shown_until_a_coordinator_dismisses_it(page, qtbot) -> None:
    widget, home = page
    assert widget.notice_card.isVisible()
    assert "respaldo" in widget.notice_text.text() or "backup" in widget.notice_text.text()
    if os.environ.get("KIOSK_SCREENSHOTS"):
        widget.grab().save(os.path.join(os.environ["KIOSK_SCREENSHOTS"], "backups-page.png"))
    widget.dismiss_button.click()
    qtbot.waitUntil(lambda: not widget.notice_card.isVisible())
    assert recovery.notices(home) == []


def test_copy_backup_to_usb_writes_a_checked_copy(page, qtbot, tmp_path: Path) -> None:
    widget, _home = page
    stick = tmp_path / "usb"
    stick.mkdir()
    widget.copy_to(str(stick))
    qtbot.waitUntil(lambda: not widget.working)
    [copied] = list(stick.iterdir())
    assert verify(copied) is None and str(copied) in widget.message.text()


def test_a_read_only_stick_is_said_in_words(page, qtbot, tmp_path: Path) -> None:
    widget, _home = page
    widget.copy_to(str(tmp_path / "no-such-stick"))
    qtbot.waitUntil(lambda: not widget.working)
    assert "pendrive" in widget.message.text() and "Traceback" not in widget.message.text()


def test_the_staff_area_opens_on_the_backups_page_when_recovery_left_a_notice(page, qtbot) -> None:
    """At 1024x600: the coordinator sees the notice first (KIOSK_SCREENSHOTS=DIR saves it)."""
    from kiosk.ui.staff.area import StaffArea

    widget, _home = page
    area = StaffArea(widget.ctx)
    qtbot.addWidget(area)
    area.resize(1024, 600)
    area.show()
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.pages.get("backups"), timeout=5000)
    backups_page = area.pages["backups"]
    qtbot.waitUntil(lambda: backups_page.notice_card.isVisible(), timeout=5000)
    if os.environ.get("KIOSK_SCREENSHOTS"):
        area.grab().save(os.path.join(os.environ["KIOSK_SCREENSHOTS"], "staff-backups-1024x600.png"))
