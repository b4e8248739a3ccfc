"""The disk fills up while a learner is in a lesson (the real window, the learner's own clicks).

The next answer is not praised: its card says, in a child's words, that the disk is full, marks
nothing, and the window's banner gives the staff the disk-full sentence (never "saved"); every
answer committed before is still in the database; once space is freed the same answer is taken
again, praised, recorded, the banner goes and the lesson goes on to its end.

Two ways to fill it:

* ``test_the_disk_fills_mid_lesson`` -- the home on a REAL full filesystem: a 24 MB tmpfs
  mounted on the home (root only: skipped, with the reason, where mounting is not permitted),
  filled with a file until ``ENOSPC``; ``test_a_lesson_opened_on_a_full_disk_…`` the same
  before the lesson is opened (its visit cannot start).
* ``test_sqlite_full_mid_lesson_via_max_page_count`` -- no root needed: SQLite's own
  ``SQLITE_FULL`` ("database or disk is full"), produced by ``PRAGMA max_page_count`` on the
  kiosk's connections. The file system is not full there; SQLite's error is the same one.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.core.errors import Code, StorageProblem
from kiosk.ui.errors import answer_not_saved_text, code_text
from tests.ui.conftest import make_window, settle  # noqa: F401 - the window fixture
from tests.ui.test_learner_flow import first_quiz_page, register

LESSON = "internet-seguro/cuida-tus-secretos/contrasenas-fuertes"


def disk_full_words() -> str:
    """The child's words for a full disk, in the window's language (read once its translator is in)."""
    return answer_not_saved_text(StorageProblem(Code.DISK_FULL))[0]
pytestmark = [pytest.mark.error_logs_expected]  # the failed writes are logged (as they must be)


def attempts(home: Path) -> int:
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        return con.execute("SELECT count(*) FROM attempts").fetchone()[0]
    finally:
        con.close()


def wrong_and_right(quiz) -> tuple[list[int], list[int]]:
    options = quiz.activity.options
    return ([next(i for i, o in enumerate(options) if not o.correct)],
            [i for i, o in enumerate(options) if o.correct])


def answer(qtbot, quiz, indexes: list[int]) -> None:
    """Tap the options (and "Check") as a learner does; wait until the try is settled."""
    quiz.choose(*indexes)
    qtbot.waitUntil(lambda: not quiz.saving, timeout=15_000)


def assert_not_praised_disk_full(qtbot, window, quiz) -> None:
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)  # the staff's words come by callback
    assert quiz.feedback.isVisible() and quiz.feedback.property("state") == "failed"
    assert quiz.feedback_text.text() == disk_full_words()
    assert not quiz.done and not any(b.property("state") == "right" for b in quiz.options)  # no praise
    assert window.banner.isVisible() and window.banner.text() == code_text(Code.DISK_FULL)
    assert "saved" not in window.banner.text().lower()


def go_on_after_space_is_freed(qtbot, window, home, quiz, committed: int) -> None:
    """The same answer again: praised, recorded; the banner goes; the lesson reaches its end."""
    _wrong, right = wrong_and_right(quiz)
    answer(qtbot, quiz, right)
    assert quiz.done and quiz.feedback.property("state") == "right"
    settle(qtbot, window)
    assert attempts(home) == committed + 1
    assert not window.banner.isVisible()
    screen = window.lesson_screen
    while window.current_screen() is screen:
        for q in screen.quizzes:
            if not q.done:
                answer(qtbot, q, wrong_and_right(q)[1])
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
    assert window.current_screen() is window.complete_screen


def start_lesson(qtbot, window):
    """A learner registers, opens the lesson and answers its first question right."""
    register(qtbot, window, name="Ramona")
    window.open_lesson(LESSON, 0)
    screen = first_quiz_page(qtbot, window)
    first = screen.quizzes[0]
    answer(qtbot, first, wrong_and_right(first)[1])
    assert first.done and first.feedback.property("state") == "right"
    return screen


def next_question(qtbot, screen):
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    while not screen.quizzes or screen.quizzes[0].done:
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    return screen.quizzes[0]


def fill(home: Path) -> Path:
    """Fill the home's file system; the WAL restarts from nothing first, so the next write
    must grow a file."""
    con = sqlite3.connect(home / "kiosk.sqlite3")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    filler = home / "filler"
    with filler.open("wb") as out:
        with pytest.raises(OSError):
            while True:
                out.write(b"\0" * 65536)
                out.flush()
    return filler


@pytest.fixture()
def small_fs(home):
    """A 24 MB tmpfs mounted on the home (unmounted after the window is closed)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (the max_page_count test runs without)")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(home)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {result.stderr.strip()}")
    yield home
    subprocess.run(["umount", "-l", str(home)], check=False)


@pytest.mark.problem_banner_expected
def test_the_disk_fills_mid_lesson(qtbot, small_fs, make_window):  # noqa: F811 - the fixture
    home = small_fs
    window = make_window()
    screen = start_lesson(qtbot, window)
    quiz = next_question(qtbot, screen)
    settle(qtbot, window)
    committed = attempts(home)
    assert committed == 1

    filler = fill(home)

    wrong, _right = wrong_and_right(quiz)
    answer(qtbot, quiz, wrong)
    assert_not_praised_disk_full(qtbot, window, quiz)
    settle(qtbot, window)
    assert attempts(home) == committed  # nothing committed is lost, nothing half-written

    filler.unlink()  # the facilitator frees space
    go_on_after_space_is_freed(qtbot, window, home, quiz, committed)


def _limit_pages(backend, limit: int | None) -> None:
    """On the worker: every connection of the kiosk -- the plain one of the learner's path
    (``kiosk.store.lite``) and the engine's -- gets ``max_page_count`` = ``limit``, or the
    database's size now when ``limit`` is None."""
    from sqlalchemy import event

    lite = backend.db.lite
    with lite._lock:
        (pages,) = lite.conn.execute("PRAGMA page_count").fetchone()
        value = pages if limit is None else limit
        lite.conn.execute(f"PRAGMA max_page_count = {value}")
    engine = backend.db.engine

    def on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {value}")

    for listener in getattr(engine, "_test_limit", []):
        event.remove(engine, "connect", listener)
    engine._test_limit = [on_connect]
    event.listen(engine, "connect", on_connect)
    engine.dispose()  # the pooled connections go: the next ones get the pragma


@pytest.mark.problem_banner_expected
def test_sqlite_full_mid_lesson_via_max_page_count(qtbot, home, make_window):  # noqa: F811
    window = make_window()
    screen = start_lesson(qtbot, window)
    quiz = next_question(qtbot, screen)
    settle(qtbot, window)
    window.run_store(lambda backend: _limit_pages(backend, None))
    settle(qtbot, window)

    # Wrong tries are recorded one by one until the database may not grow by another page.
    wrong, _right = wrong_and_right(quiz)
    for _ in range(200):
        before = attempts(home)
        answer(qtbot, quiz, wrong)
        if quiz.feedback.property("state") == "failed":
            break
        assert quiz.feedback.property("state") == "wrong"  # shown only once recorded
        settle(qtbot, window)
        assert attempts(home) == before + 1
    else:
        pytest.fail("the database never filled up")
    assert_not_praised_disk_full(qtbot, window, quiz)
    settle(qtbot, window)
    committed = attempts(home)
    assert committed == before

    window.run_store(lambda backend: _limit_pages(backend, 1_073_741_823))  # space is freed
    settle(qtbot, window)
    go_on_after_space_is_freed(qtbot, window, home, quiz, committed)


@pytest.mark.problem_banner_expected
def test_a_lesson_opened_on_a_full_disk_says_so_then_goes_on(qtbot, small_fs, make_window):  # noqa: F811
    """The visit itself cannot be started: the answers say "the disk is full" (before, every
    later write failed with "no such visit" and the banner said "What you did so far is
    saved"); once space is freed the visit starts and the answer is recorded."""
    home = small_fs
    window = make_window()
    register(qtbot, window, name="Ramona")
    settle(qtbot, window)
    filler = fill(home)
    window.open_lesson(LESSON, 0)
    screen = first_quiz_page(qtbot, window)
    quiz = screen.quizzes[0]
    answer(qtbot, quiz, wrong_and_right(quiz)[1])
    assert_not_praised_disk_full(qtbot, window, quiz)
    settle(qtbot, window)
    assert window.banner.text() == code_text(Code.DISK_FULL)  # not the apology for a bug
    assert attempts(home) == 0

    filler.unlink()
    go_on_after_space_is_freed(qtbot, window, home, quiz, 0)
