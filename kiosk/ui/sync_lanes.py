"""The sync client's steps on the task runner's lanes: the outbox on ``db``, the network on
``io``.  While the collector is slow (HTTP timeouts are 20 s) the database lane stays free:
a sign-in, a page view or the coordinator's next click never queue behind a request.

    OutboxSend(lambda: db.store.sync.sender()).start(tasks, on_done, on_error)   # -> SendReport
    enrol_on_lanes(tasks, db, url, code, on_done, on_error)               # -> (outcome, detail)

Both are exactly ``kiosk.sync.sender``'s ``Sender.sync()`` and ``enrol()`` (same steps, same
protocol), cut where the network starts and ends.  One send at a time per process: the chain
holds ``SEND_LOCK`` from its first outbox step to its last; a second send (the background
timer and "Sync now") waits its turn on the ``io`` lane, never on ``db``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.sync.report import SEND_LOCK, SendReport
from kiosk.ui.tasks import Task, TaskRunner, Then

TURN_TIMEOUT_S = 600.0  # another send ends within its HTTP timeouts; this is "it is stuck"


class SendStuck(RuntimeError):
    """Another send held the outbox for ``TURN_TIMEOUT_S``."""


class OutboxSend:
    """Send everything pending, batch after batch, as ``Sender.sync()`` does.

    ``make_sender()`` is called on the database lane (where ``db.store`` is safe to read); the
    sender needs ``begin``/``transmit``/``finish`` (``kiosk.sync.sender.Sender``).
    ``offline()``, when given, runs first on that lane: a report there ends the send without
    the sender (``Backend.not_enrolled_report``: a kiosk that is not enrolled never loads it
    nor its HTTP client)."""

    def __init__(self, make_sender: Callable[[], Any], max_batches: int = 10_000, *,
                 offline: Callable[[], SendReport | None] | None = None) -> None:
        self.report = SendReport()
        self._offline = offline
        self._make = make_sender
        self._sender: Any = None
        self._left = max_batches
        self._held = False
        self._outgoing: Any = None
        self._result: Any = None

    def start(self, tasks: TaskRunner, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> Task:
        return tasks.db.run(self._first, on_done, on_error)

    # -- the steps (each says its lane) ---------------------------------------------------

    def _first(self) -> Any:  # db
        if self._offline is not None:
            report = self._offline()
            if report is not None:
                self.report = report
                return report
        if not SEND_LOCK.acquire(blocking=False):
            return Then("io", self._wait_turn)  # wait there: the database lane goes on
        self._held = True
        return self._guard(self._begin)

    def _wait_turn(self) -> Then:  # io
        if not SEND_LOCK.acquire(timeout=TURN_TIMEOUT_S):
            raise SendStuck("another send did not finish")
        self._held = True
        return Then("db", lambda: self._guard(self._begin))

    def _begin(self) -> Any:  # db
        if self._sender is None:
            self._sender = self._make()
        step = self._sender.begin(self.report)
        if isinstance(step, str):  # offline or idle: said in the report
            return self.report
        self._outgoing = step
        return Then("io", lambda: self._guard(self._transmit))

    def _transmit(self) -> Then:  # io: the network only
        self._result = self._sender.transmit(self._outgoing)
        return Then("db", lambda: self._guard(self._finish))

    def _finish(self) -> Any:  # db
        outcome = self._sender.finish(self.report, self._outgoing, self._result)
        self._outgoing = self._result = None
        self._left -= 1
        from kiosk.sync.sender import Sender

        if self._left > 0 and Sender.keep_going(outcome, self.report):
            return self._begin()
        return self.report

    def _guard(self, step: Callable[[], Any]) -> Any:
        """Run ``step`` holding the lock; let it go when the chain ends or fails."""
        try:
            result = step()
        except BaseException:
            self._release()
            raise
        if not isinstance(result, Then):
            self._release()
        return result

    def _release(self) -> None:
        if self._held:
            self._held = False
            SEND_LOCK.release()


def enrol_on_lanes(tasks: TaskRunner, db: Any, url: str, code: str,
                   on_done: Callable[[Any], None],
                   on_error: Callable[[BaseException], None] | None = None) -> Task:
    """``kiosk.sync.sender.enrol`` across lanes.  ``on_done`` gets ("ok", EnrolAnswer)
    or (problem code, problem detail / parameters) -- e.g. ("unreachable", {...}) when the
    collector could not be reached and the code was kept for the USB bundle."""
    from kiosk.core.errors import InputProblem
    from kiosk.sync.client import SyncProblem
    from kiosk.sync.sender import post_enrolment

    def request() -> Any:  # db (the key file too: the disk, briefly)
        try:
            req = db.store.sync.enrol_request(url, code)
        except InputProblem as exc:  # not a server address (server-url-bad)
            return exc.code, exc.params
        return Then("io", lambda: post(req))

    def post(req: Any) -> Then:  # io
        result = post_enrolment(req)
        return Then("db", lambda: keep(req, result))

    def keep(req: Any, result: Any) -> tuple[str, Any]:  # db
        try:
            return "ok", db.store.sync.keep_enrolment(req, result)
        except SyncProblem as exc:
            return exc.code, exc.detail_json()

    return tasks.db.run(request, on_done, on_error)
