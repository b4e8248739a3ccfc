"""The background sender of the running kiosk: sends the outbox at start-up, then whenever
the Sender's schedule says (backoff with full jitter after a failure, a look every minute when
all is sent), and on ``sync_now()``.

The network never blocks the UI -- nor the learners' work: a send runs on the task runner's
lanes (``kiosk.ui.sync_lanes.OutboxSend``): its short outbox transactions on the database lane,
the POST on the I/O lane, so a sign-in or a page view is never queued behind a slow or dead
connection (HTTP timeouts are 20 s).  Its report comes back to the main thread by callback.

The main window starts it once the store is open::

    self.sync_timer = SyncTimer(self.db, self, tasks=self.tasks)  # tasks: else parent.tasks
    self.store_opened.connect(self.sync_timer.start)
    ...and before the store is closed: self.sync_timer.stop()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from kiosk.ui.tasks import Task, TaskRunner

log = logging.getLogger("kiosk.sync")

FIRST_DELAY_MS = 5_000  # at start-up, leave the two cores to the first screen for a moment
IDLE_MS = 60_000  # nothing planned (all sent, or not enrolled): look again in a minute
MIN_MS = 1_000
MAX_MS = 3_600_000


class SyncTimer(QObject):
    """``SyncTimer(db, tasks=runner)``: ``db.store`` is the open Store (set by the worker once
    opened); ``tasks`` the window's TaskRunner (by default ``parent.tasks``)."""

    finished = Signal(object)  # kiosk.sync.sender.SendReport (or the exception)

    def __init__(self, db: Any, parent: QObject | None = None, *,
                 tasks: TaskRunner | None = None,
                 sender_factory: Callable[[Any], Any] | None = None,
                 clock: Callable[[], datetime] | None = None,
                 first_delay_ms: int = FIRST_DELAY_MS) -> None:
        super().__init__(parent)
        tasks = tasks if tasks is not None else getattr(parent, "tasks", None)
        if tasks is None:
            raise TypeError("SyncTimer needs the task runner: SyncTimer(db, tasks=...)")
        self._tasks = tasks
        self._db = db
        self._first_delay_ms = first_delay_ms
        self._sender_factory = sender_factory
        self._clock = clock
        self._task: Task | None = None
        self._stopped = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Start-up: send soon (once the first screen settled), then follow the schedule."""
        self._stopped = False
        if self._first_delay_ms > 0:
            self._schedule_in(self._first_delay_ms)
        else:
            self.sync_now()

    def sync_now(self) -> None:
        """Send everything pending now (a send already running is followed by another)."""
        if self._stopped:
            return
        if self.busy:
            self._again = True
            return
        store = self._db.store
        if store is None:
            self._schedule_in(MIN_MS * 5)
            return
        self._timer.stop()
        from kiosk.ui.sync_lanes import OutboxSend

        factory = self._sender_factory
        db = self._db
        offline = None
        if factory is None:  # the kiosk's own back end: "not enrolled" is read without the sender
            factory = _backend_sender
            offline = lambda: db.store.not_enrolled_report()  # noqa: E731
        self._task = OutboxSend(lambda: factory(db.store), offline=offline).start(self._tasks, self._done, self._done)

    def stop(self, timeout: float = 5.0) -> None:
        """No more sends; wait a little for one in flight (it is safe to abandon: the batch
        and its key are persisted and the next start-up sends them again)."""
        self._stopped = True
        self._timer.stop()
        if self._task is not None:
            self._task.wait(timeout)

    def next_delay_ms(self, due: datetime | None, now: datetime) -> int:
        if due is None:
            return IDLE_MS
        ms = int((due - now).total_seconds() * 1000)
        return max(MIN_MS, min(MAX_MS, ms))

    def _done(self, result: Any) -> None:
        self._task = None
        if isinstance(result, BaseException):
            log.error("background sync failed", exc_info=result)
            due = None
        else:
            due = result.next_attempt_at
        self.finished.emit(result)
        if self._stopped:
            return
        if self._again:
            self._again = False
            self.sync_now()
            return
        from kiosk.core.clock import utcnow

        self._schedule_in(self.next_delay_ms(due, (self._clock or utcnow)()))

    def _schedule_in(self, ms: int) -> None:
        if not self._stopped:
            self._timer.start(ms)

    @property
    def scheduled_ms(self) -> int | None:
        """Milliseconds until the next planned send (None: none planned); for tests."""
        return self._timer.remainingTime() if self._timer.isActive() else None


def _backend_sender(backend):
    """The back end's sender for this kiosk's outbox (``backend.sync.sender()``)."""
    return backend.sync.sender()
