"""One answer on its way to the database: committed first, praised (or corrected) after.

An activity widget (``kiosk.ui.activities``) judges an answer, then asks to record it; the lesson
screen hands an ``AnswerCommit`` to whoever records (``LessonRunController.record``, on the
database lane).  The widget shows right or wrong only once the commit has succeeded; when it
failed it says so in a child's words and marks nothing (``ActivityWidget.submit``).

The worker fills in the outcome (``finish``); the main thread either waits a moment for it
(``wait``: a commit takes a few milliseconds, so the feedback appears in one go) or is called
back when it arrives (``when_settled``).  Nothing here is a Qt object: it is shared by the two
threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class AnswerCommit:
    """The request to record ``answer`` to ``activity`` (``correct`` as judged), and its
    outcome: ``problem`` is None once committed, else the exception that stopped it."""

    def __init__(self, activity: Any, answer: Any, correct: bool) -> None:
        self.activity = activity
        self.answer = answer
        self.correct = correct
        self.taken = False  # someone records it (a screen on its own: nobody; nothing to store)
        self.problem: BaseException | None = None
        self.attempt_id: str | None = None
        self._ended = threading.Event()
        self._callbacks: list[Callable[[], None]] = []
        self._delivered = False

    # -- the worker ---------------------------------------------------------------------------
    def finish(self, problem: BaseException | None = None, attempt_id: str | None = None) -> None:
        """The commit is over (any thread): ``problem`` None when it succeeded."""
        self.problem = problem
        self.attempt_id = attempt_id
        self._ended.set()

    # -- the main thread ----------------------------------------------------------------------
    @property
    def ended(self) -> bool:
        return self._ended.is_set()

    @property
    def ok(self) -> bool:
        return self._ended.is_set() and self.problem is None

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds for the outcome; False when it is not there yet."""
        return self._ended.wait(timeout)

    def when_settled(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` on the main thread once the outcome is delivered (at once if it
        already was)."""
        if self._delivered:
            callback()
        else:
            self._callbacks.append(callback)

    def deliver(self) -> None:
        """The recorder's callback on the main thread: the outcome is there, tell the waiting."""
        self._ended.wait()  # set before the task's result is signalled; never blocks for long
        self._delivered = True
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
