"""Fixtures for the classes, roster import and picture password tests: a real Store on a
SQLite file in tmp, and a real StaffContext (TaskRunner + the Store) for the page tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kiosk.backend import Backend
from tests.conftest import fresh_database
from tests.ui.conftest import make_window  # noqa: F401 - the real kiosk window, for the picture sign-in tests


@pytest.fixture(autouse=True)
def fast_picture_hashes(monkeypatch):
    """Picture-password hashes with scrypt p=1 (still memory-hard, n=2**14): the kiosk's own
    p=5 costs ~0.3 s a check, too slow for dozens of checks per test."""
    from kiosk.core import secrets
    from kiosk.people.picture_password import PicturePasswordService

    monkeypatch.setattr(PicturePasswordService, "params", secrets.ScryptParams(n=2**14, r=8, p=1))


@pytest.fixture()
def store(home):
    """A new database in ``home`` (a copy of one migrated once: tests.conftest.fresh_database)."""
    with Backend.open(fresh_database(home / "kiosk.sqlite3")) as opened:
        yield opened


@pytest.fixture()
def staff_ctx(qtbot, store):
    """A StaffContext as the staff area builds it, on ``store``.  ``ctx.problems`` collects
    what the page handed to ``show_problem``.  The interface is in English (the source
    strings), so these tests do not depend on the Spanish catalog; messages about CSV rows are
    Spanish whatever the interface language."""
    from kiosk.app import create_app, install_translators
    from kiosk.ui.staff.context import StaffContext, StaffMember
    from kiosk.ui.tasks import TaskRunner

    app = create_app()
    install_translators(app, "en")
    tasks = TaskRunner()
    problems: list[BaseException] = []
    ctx = StaffContext(
        staff=StaffMember("staff-1", "Profe Rosa", "coordinator"),
        tasks=tasks,
        db=SimpleNamespace(store=store),
        catalog=lambda: None,
        lang="en",
        show_problem=problems.append,
    )
    ctx.problems = problems  # type: ignore[attr-defined]
    yield ctx
    tasks.shutdown()


def settle(qtbot, ctx) -> None:
    """Let every queued task run and its callback arrive (twice: callbacks queue more)."""
    for _ in range(3):
        assert ctx.tasks.wait_idle(10)
        qtbot.wait(20)
