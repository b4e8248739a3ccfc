"""The kiosk's start with issue 14's health work: the daily backup is taken off the UI thread
once the database is open, and a home whose database was emptied with no backup never offers
the first-run setup (nobody at the screen may create the coordinator)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.config import Config
from kiosk.store import health


def test_the_daily_backup_is_taken_after_the_database_opens(make_window, home, qtbot) -> None:
    from kiosk.app import keep_database_healthy
    from kiosk.store.backup import list_backups

    from .conftest import ensure_coordinator

    ensure_coordinator(home)
    window = make_window(coordinator=False)
    assert list_backups(home) == []  # connected after start: the store was opened already
    keep_database_healthy(window)
    window.store_opened.emit()
    qtbot.waitUntil(lambda: len(list_backups(home)) == 1, timeout=10_000)
    window.signed_out.emit("exit")  # a quiet moment: the -wal is cut back
    assert window.tasks.wait_idle(10)
    wal = home / "kiosk.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.error_logs_expected
@pytest.mark.problem_banner_expected
def test_an_emptied_database_without_backup_never_offers_the_setup(qtbot, home) -> None:
    from kiosk.app import build_window, create_app

    health.write_state(home)  # a kiosk lived here
    (home / "kiosk.sqlite3").write_bytes(b"")
    app = create_app()
    window = build_window(replace(Config.load(home)), app)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert window.tasks.wait_idle(10)
    qtbot.wait(50)
    assert "respaldo" in window.banner.text() or "backup" in window.banner.text()
    assert window.store is None
    assert "first_run" not in window._screens  # the setup was never even built
    assert window.stack.currentWidget() is window.signin
    assert not window.signin.new_button.isEnabled()
    window.tasks.shutdown()
