"""Each storage problem has its own words, for the child (in the question's card) and for the
staff (the window's banner), and none of them says anything was saved.

One problem made for real during a lesson: a database another program holds locked past the
kiosk's busy timeout (the question says "Saving your answer…" meanwhile: the window is not
frozen). (A read-only home was tried as a tmpfs remounted read-only: Linux refuses to remount
a file system with files open for writing, so the read-only words are checked here only.)
"""

from __future__ import annotations

import sqlite3
import threading

import pytest

from kiosk.core.errors import Code, DatabaseTooNew, StorageProblem
from kiosk.ui.errors import answer_not_saved_text, code_text, error_text
from tests.durability.test_disk_full import (
    attempts,
    go_on_after_space_is_freed,
    next_question,
    start_lesson,
    wrong_and_right,
)
from tests.ui.conftest import make_window, settle  # noqa: F401 - the window fixture

STORAGE_CODES = [Code.DISK_FULL, Code.DATABASE_READ_ONLY, Code.DATABASE_DAMAGED, Code.DATABASE_BUSY,
                 Code.DATABASE_TOO_NEW, Code.DATABASE_FOREIGN, Code.STORAGE]


def test_each_storage_problem_has_its_own_words_for_the_child_and_the_staff():
    child = {code: answer_not_saved_text(StorageProblem(code)) for code in STORAGE_CODES}
    staff = {code: error_text(StorageProblem(code)) for code in STORAGE_CODES}
    assert len({words for words, _advice in child.values()}) == len(STORAGE_CODES)
    assert len(set(staff.values())) == len(STORAGE_CODES)
    assert answer_not_saved_text(DatabaseTooNew()) == child[Code.DATABASE_TOO_NEW]
    assert answer_not_saved_text(RuntimeError("boom")) == child[Code.STORAGE]  # plain words, no praise
    for words in [*staff.values(), *(w for pair in child.values() for w in pair), error_text(RuntimeError())]:
        assert not any(claim in words for claim in (" is saved", " are saved", "está guardado")), words


@pytest.mark.error_logs_expected
@pytest.mark.problem_banner_expected
def test_a_busy_database_says_so_without_freezing_and_the_answer_goes_in_after(qtbot, home, make_window):  # noqa: F811
    """Slow on purpose (~9 s): the kiosk waits its whole busy timeout (5 s) before giving up."""
    window = make_window()
    screen = start_lesson(qtbot, window)
    quiz = next_question(qtbot, screen)
    settle(qtbot, window)
    committed = attempts(home)

    locked, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:  # another program writing to the kiosk's file
        con = sqlite3.connect(home / "kiosk.sqlite3", isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(30)
        con.execute("ROLLBACK")
        con.close()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        assert locked.wait(10)
        quiz.choose(*wrong_and_right(quiz)[1])
        assert quiz.saving and quiz.feedback.property("state") == "saving"  # said, not frozen
        assert quiz.feedback_text.isVisible() and not quiz.done
        qtbot.waitUntil(lambda: not quiz.saving, timeout=20_000)
    finally:
        release.set()
        holder.join()
    assert quiz.feedback.property("state") == "failed" and not quiz.done
    assert quiz.feedback_text.text() == answer_not_saved_text(StorageProblem(Code.DATABASE_BUSY))[0]
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert window.banner.text() == code_text(Code.DATABASE_BUSY)
    settle(qtbot, window)
    assert attempts(home) == committed
    go_on_after_space_is_freed(qtbot, window, home, quiz, committed)  # the lock is gone: answer again
