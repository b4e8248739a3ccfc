from __future__ import annotations

import atexit
import functools
import shutil
import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.config import Config


@pytest.fixture(autouse=True)
def _answers_settle_before_the_click_returns(monkeypatch):
    """An answer is committed before its feedback is shown; the window waits up to
    ``COMMIT_GRACE_S`` (0.25 s) for that, then shows "Saving your answer…" and the feedback
    comes by callback. On a loaded test machine a commit may take longer than that, and the
    tests here read the feedback right after the click: they wait as long as it takes. The
    slow path has tests of its own (tests/content/test_activity_contract.py,
    tests/durability/)."""
    monkeypatch.setattr("kiosk.ui.activities._base.COMMIT_GRACE_S", 30.0)


@pytest.fixture()
def make_window(qtbot, home, request, bundled_lessons_read_once):
    """Build a real MainWindow on ``home`` and wait until its sign-in screen is ready (the
    bundled lessons are parsed once per process: tests.conftest.bundled_lessons_read_once)."""
    from kiosk.app import build_window, create_app

    windows = []

    def make(*, coordinator: bool = True, **changes):
        """``coordinator``: give the home a coordinator first (a kiosk without one opens the
        first-run setup before any learner can use it)."""
        if coordinator:
            ensure_coordinator(home)
        app = create_app()
        config = replace(Config.load(home), **changes)
        window = build_window(config, app)  # as kiosk.app builds it
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        with qtbot.waitSignals([window.ready, window.store_opened], timeout=10_000):
            window.start()
        windows.append(window)
        return window

    yield make
    check_banners(request, windows)
    for window in windows:
        close(window)


def ensure_coordinator(home) -> None:
    """A coordinator ("Zulma", PIN 739150) in ``home`` unless it has staff already.

    A home with no database yet gets a copy of one made once per run the same way (a new
    database and the PIN's hash cost ~0.5 s a window).  Unlike a fresh one, the copies share one
    device id and the coordinator's creation time.  A home a test filled first gets the
    coordinator added to it."""
    db = home / "kiosk.sqlite3"
    if db.exists():
        _add_coordinator(db)
    else:
        shutil.copyfile(_coordinator_template(), db)


def _add_coordinator(db: Path) -> None:
    from kiosk.backend import Backend
    from kiosk.core import secrets

    with Backend.open(db) as backend:
        if not backend.staff.count_active():
            backend.staff.params = secrets.ScryptParams(n=2**14, r=8, p=1)  # fast, still memory-hard
            backend.staff.create("Zulma", "coordinator", "739150")


@functools.cache
def _coordinator_template() -> Path:
    """A database with only the coordinator, made once per run in a folder of its own."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-coordinator-"))
    atexit.register(shutil.rmtree, folder, True)
    db = folder / "kiosk.sqlite3"
    _add_coordinator(db)
    assert not db.with_name(db.name + "-wal").exists(), "the template is not one whole file"
    return db


def check_banners(request, windows) -> None:
    from tests.conftest import assert_no_problem_banner

    if request.node.get_closest_marker("problem_banner_expected") is None:
        for window in windows:
            try:
                assert_no_problem_banner(window)
            except BaseException:
                for other in windows:
                    close(other)
                raise


def close(window) -> None:
    if window.learner is not None:
        window.sign_out("exit")
    window.sync_timer.stop()
    window.tasks.shutdown()
    if window.store is not None:
        window.store.close()
        window.db.store = None


def settle(qtbot, window) -> None:
    """Let every queued background task run and its callback arrive."""
    assert window.tasks.wait_idle(10)
    qtbot.wait(20)
    assert window.tasks.wait_idle(10)
    qtbot.wait(20)


def type_text(widget, text: str) -> None:
    """Type like a keyboard would, one key event per character (QTest's keyClicks only
    knows ASCII, and learners are called Lucía and Ñandutí)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def db_rows(home, sql, *params):
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
