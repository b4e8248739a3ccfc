"""Fixtures for the staff tests: fast (still memory-hard) hashes, staff seeded in a real
SQLite home, and a real MainWindow (optionally in kiosk-lock mode)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.config import Config
from kiosk.core import secrets

FAST = secrets.ScryptParams(n=2**14, r=8, p=1)
COORDINATOR_PIN = "739150"
TEACHER_PIN = "4826"


@pytest.fixture()
def fast_hashes(monkeypatch):
    from kiosk.people.staff import StaffService

    monkeypatch.setattr(StaffService, "params", FAST)


@pytest.fixture()
def seed(home, fast_hashes):
    """``seed()`` adds a coordinator "Zulma" and a teacher "Pedro" to ``home``'s database
    (before the window opens); returns their ids.  ``site=`` sets site settings too.  A home
    with no database yet gets a new one copied (tests.conftest.fresh_database)."""
    from kiosk.backend import Backend
    from tests.conftest import fresh_database

    def make(*, teacher: bool = True, learners: tuple[str, ...] = (), **site):
        db = home / "kiosk.sqlite3"
        with Backend.open(db if db.exists() else fresh_database(db)) as store:
            coordinator = store.staff.create("Zulma", "coordinator", COORDINATOR_PIN)
            ids = {"coordinator": coordinator.id}
            if teacher:
                ids["teacher"] = store.staff.create("Pedro", "teacher", TEACHER_PIN, by=coordinator.id).id
            for index, name in enumerate(learners):
                store.learners.register(name, "abeja.svg" if index % 2 else "caracol.svg", "8-11", "learner")
            if site:
                store.site.update(**site)
        return ids

    return make


@pytest.fixture()
def staff_window(qtbot, home, fast_hashes, request, bundled_lessons_read_once):
    """A real MainWindow on ``home``; ``locked=True`` engages the kiosk lock (the bundled
    lessons are parsed once per process: tests.conftest.bundled_lessons_read_once)."""
    from kiosk.app import build_window, create_app
    from tests.ui.conftest import close, settle

    windows = []

    def make(*, locked: bool = False, **changes):
        app = create_app()
        config = replace(Config.load(home), **changes)
        window = build_window(config, app, locked=locked)  # as kiosk.app builds it
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        with qtbot.waitSignals([window.ready, window.store_opened], timeout=10_000):
            window.start()
        settle(qtbot, window)
        windows.append(window)
        return window

    yield make
    from tests.ui.conftest import check_banners

    for window in windows:
        window.lock.authorise()
    check_banners(request, windows)
    for window in windows:
        window.lock.authorise()
        if window.staff is not None:
            window.staff_sign_out("exit")
        close(window)
