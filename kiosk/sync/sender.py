"""Sending the outbox to the collector: the scheduling, the Sender and enrolling.

* ``backoff_delay`` / ``plan_next`` -- PURE scheduling: exponential backoff with full jitter,
  ``uniform(0, min(3600, 60 * 2**n))`` seconds after the n-th failure in a row (n from 0),
  forever; ``Retry-After`` honoured; testable without sleeping.
* ``Sender`` -- one batch at a time from the outbox: take (or re-take) the persisted batch,
  POST it with its Idempotency-Key, settle the answer, plan the next attempt.  It never holds
  a database transaction while on the network; each batch is three steps (``begin``,
  ``transmit``, ``finish``) so the database and the network may run on different threads.
* ``enrol`` -- the one-time code for a token (``enrol_request``, ``post_enrolment``,
  ``keep_enrolment``).

The HTTP client and its problems are ``kiosk.sync.client``.  Nothing here logs the token.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.core.clock import utcnow
from kiosk.sync.report import SEND_LOCK, SendReport  # noqa: F401 (re-exported: their home before)
from kiosk.sync import identity
from kiosk.sync import outbox as ob
from kiosk.sync.client import (
    Busy,
    CollectorClient,
    Rewound,
    CountsAnswer,
    EnrolAnswer,
    SyncProblem,
    TooLarge,
    Unauthorized,
    Unreachable,
    normalise_url,
)

if TYPE_CHECKING:
    from kiosk.store.store import Store

__all__ = [
    "BACKOFF_BASE", "BACKOFF_CAP", "IDLE_POLL", "RETRY_AFTER_MAX", "SEND_LOCK", "EnrolRequest",
    "Outgoing", "Plan", "SendReport", "Sender", "backoff_delay", "enrol", "enrol_request",
    "keep_enrolment", "plan_next", "post_enrolment",
]

log = logging.getLogger("kiosk.sync")

BACKOFF_BASE = 60.0
BACKOFF_CAP = 3600.0
IDLE_POLL = 60.0  # nothing pending: look at the outbox again this often (no network)
RETRY_AFTER_MAX = 6 * 3600.0

# One send at a time per process (the background timer and "Sync now" share the outbox).


# -- scheduling (pure) -----------------------------------------------------------------------


def backoff_delay(failures: int, rng: random.Random, *, base: float = BACKOFF_BASE,
                  cap: float = BACKOFF_CAP) -> float:
    """Full jitter: seconds to wait after ``failures`` failures in a row (the first wait
    after the first failure uses n=0: up to ``base``)."""
    n = max(0, failures - 1)
    # 2**n overflows nothing in Python, but keep the number small once over the cap.
    window = cap if n >= 32 else min(cap, base * 2**n)
    return rng.uniform(0, window)


@dataclass(frozen=True)
class Plan:
    failures: int
    next_at: datetime | None  # None: nothing to do until something changes (not enrolled)


def plan_next(outcome: str, failures: int, now: datetime, rng: random.Random, *,
              retry_after: float | None = None, more_pending: bool = False) -> Plan:
    """The next attempt after ``outcome``:

    * "ok"       -- the batch went; at once if more is pending, else an idle look later;
    * "idle"     -- nothing was pending: look again after ``IDLE_POLL``;
    * "retry"    -- try again at once without counting a failure (413: smaller batches);
    * "failed"   -- backoff with full jitter, or ``Retry-After`` when the server said it;
    * "offline"  -- not enrolled: no attempt planned.
    """
    if outcome == "ok":
        return Plan(0, now if more_pending else now + timedelta(seconds=IDLE_POLL))
    if outcome == "idle":
        return Plan(0, now + timedelta(seconds=IDLE_POLL))
    if outcome == "retry":
        return Plan(failures, now)
    if outcome == "offline":
        return Plan(failures, None)
    if outcome != "failed":
        raise ValueError(outcome)
    failures += 1
    if retry_after is not None:
        delay = min(max(retry_after, 1.0), RETRY_AFTER_MAX)
    else:
        delay = backoff_delay(failures, rng)
    return Plan(failures, now + timedelta(seconds=delay))


# -- the sender ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    """A batch taken from the outbox and what posting it needs -- no database (``Sender.begin``
    makes it on the database's thread, ``Sender.transmit`` posts it on a network thread)."""

    url: str
    token: str
    batch: ob.Batch
    failures: int
    now: datetime
    claim: dict[str, Any] | None = None  # introduce the new install first (kiosk.sync.identity)

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"Outgoing(url={self.url!r}, key={self.batch.key!r}, cells={len(self.batch)})"


class Sender:
    """Sends the outbox of ``store``; ``client_factory(url)`` makes the HTTP client.

    One batch is three steps, so a caller may run the database and the network on different
    threads (the kiosk's window does: ``kiosk.ui.sync_timer.OutboxSend``): ``begin`` (the
    outbox: take or re-take the persisted batch), ``transmit`` (the network only) and
    ``finish`` (the outbox: settle the answer or record the failure, plan the next attempt).
    ``send_once``/``sync`` run them in a row, holding ``SEND_LOCK``."""

    def __init__(self, store: Store, *, client_factory=CollectorClient,
                 rng: random.Random | None = None, clock=utcnow, home=None) -> None:
        self.outbox = ob.OutboxService(store)
        self._store = store
        # The kiosk's home (its key files): the database's folder unless told otherwise.
        self._home = home if home is not None else store.path.parent
        self._client_factory = client_factory
        self._rng = rng or random.Random()
        self._clock = clock

    def next_due(self) -> datetime | None:
        """When the retry after a failure is planned (None: not enrolled, or no failure --
        then the caller looks again when it likes; the timer does every minute)."""
        if self.outbox.enrolment() is None:
            return None
        _failures, next_at, _limit = self.outbox.schedule()
        return next_at

    def send_once(self, now: datetime | None = None) -> SendReport:
        """Send at most one batch.  Never raises for network or server trouble: the report
        (and the outbox status) says what happened."""
        report = SendReport()
        with SEND_LOCK:
            self._send_one(report, now or self._clock())
        return report

    def sync(self, now: datetime | None = None, max_batches: int = 10_000) -> SendReport:
        """Send batch after batch until nothing is pending, or a problem stops it
        ("Sync now", start-up, ``kiosk sync now``)."""
        report = SendReport()
        with SEND_LOCK:
            for _ in range(max_batches):
                outcome = self._send_one(report, now or self._clock())
                if not self.keep_going(outcome, report):
                    break
        return report

    @staticmethod
    def keep_going(outcome: str, report: SendReport) -> bool:
        """After a batch: is there another to send now?"""
        return outcome in ("ok", "retry") and report.pending_left > 0

    def _send_one(self, report: SendReport, now: datetime) -> str:
        step = self.begin(report, now)
        if isinstance(step, str):
            return step
        return self.finish(report, step, self.transmit(step))

    def begin(self, report: SendReport, now: datetime | None = None) -> Outgoing | str:
        """The outbox side before posting: the batch to send, or -- when there is none to
        send -- the outcome ("offline": not enrolled, "idle": nothing pending), already in
        ``report`` and planned."""
        now = now or self._clock()
        outbox = self.outbox
        outbox.fill()
        failures, _next, _limit = outbox.schedule()
        enrolment = outbox.enrolment()
        if enrolment is None:
            report.outcome = "offline"
            report.pending_left = outbox.pending_count()
            report.error = "not-enrolled"
            self._plan(report, "offline", failures, now)
            return "offline"
        batch = outbox.take_batch(now)
        if batch is None:
            if report.outcome != "ok":
                report.outcome = "idle"
            report.pending_left = 0
            self._plan(report, "idle", failures, now)
            return "idle"
        return Outgoing(enrolment.server_url, enrolment.token, batch, failures, now,
                        identity.ensure_claim(self._store, self._home))

    def transmit(self, outgoing: Outgoing) -> CountsAnswer | SyncProblem:
        """POST the batch: the collector's answer, or the problem (returned, not raised).
        Touches no database."""
        try:
            client = self._client_factory(outgoing.url)
            fork = None
            token = outgoing.token
            if outgoing.claim is not None:
                fork = client.fork(token, outgoing.claim)
                token = fork.token
            answer = client.post_counts(token, outgoing.batch.key, outgoing.batch.body)
        except SyncProblem as problem:
            return problem
        return replace(answer, fork=fork) if fork is not None else answer

    def finish(self, report: SendReport, outgoing: Outgoing,
               result: CountsAnswer | SyncProblem) -> str:
        """The outbox side after posting: settle the answer or record the failure; the
        outcome ("ok", "retry" or "failed")."""
        batch, failures, now = outgoing.batch, outgoing.failures, outgoing.now
        if isinstance(result, SyncProblem):
            return self._failed(report, result, batch, failures, now)
        answer = result
        outbox = self.outbox
        if answer.fork is not None:
            outbox.save_enrolment(outgoing.url, answer.fork.token, answer.fork.site, now=now)
            identity.claim_told(self._store)
            log.info("the collector knows this kiosk as install %s now", answer.fork.install_id)
        accepted, rejected = outbox.settle(batch, answer.rejected, now=now,
                                           server_time=answer.server_time)
        report.outcome = "ok"
        report.error = None
        report.error_detail = {}
        report.batches += 1
        report.sent += len(batch)
        report.accepted += accepted
        report.unchanged += answer.unchanged
        report.rejected += rejected
        for _index, reason in answer.rejected:
            report.rejected_reasons[reason] = report.rejected_reasons.get(reason, 0) + 1
        report.pending_left = outbox.pending_count()
        if rejected:
            log.warning("collector rejected %d of %d cells: %s", rejected, len(batch),
                        report.rejected_reasons)
        self._plan(report, "ok", failures, now, more=report.pending_left > 0)
        return "ok"

    def _failed(self, report: SendReport, problem: SyncProblem, batch: ob.Batch, failures: int,
                now: datetime) -> str:
        outbox = self.outbox
        if isinstance(problem, Rewound):
            # Restored from an older copy: what was done since becomes a new install, which
            # is introduced and sent at once (nothing was applied).
            identity.rewind(self._store, self._home, problem.since, now=now)
            report.pending_left = outbox.pending_count()  # not an error: handled (status says it)
            self._plan(report, "retry", failures, now)
            return "retry"
        report.error = problem.code
        report.error_detail = problem.detail_json()
        report.pending_left = outbox.pending_count()
        if isinstance(problem, TooLarge) and len(batch) > 1:
            limit = outbox.drop_batch(too_large=len(batch))
            log.info("collector said 413 for %d cells: next batches of %d", len(batch), limit)
            self._plan(report, "retry", failures, now)
            return "retry"
        if not problem.keep_batch:
            outbox.drop_batch()
        log.warning("sync failed (%s): %s", problem.code, problem.detail or problem.message)
        outbox.record_failure(problem.code, problem.detail_json(), now=now,
                              needs_enrolment=True if isinstance(problem, Unauthorized) else None)
        report.outcome = "failed"
        retry_after = problem.retry_after if isinstance(problem, Busy) else None
        self._plan(report, "failed", failures, now, retry_after=retry_after)
        return "failed"

    def _plan(self, report: SendReport, outcome: str, failures: int, now: datetime, *,
              retry_after: float | None = None, more: bool = False) -> None:
        plan = plan_next(outcome, failures, now, self._rng, retry_after=retry_after,
                         more_pending=more)
        report.next_attempt_at = plan.next_at
        if outcome in ("failed", "retry"):
            self.outbox.set_schedule(plan.failures, plan.next_at)
        elif outcome != "offline" and failures:
            # Back to normal: no backoff, nothing planned to show.  (All-well looks every
            # minute are not written down: no disk write a minute on an idle kiosk.)
            self.outbox.set_schedule(0, None)


# -- enrolment -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolRequest:
    """What ``POST /v1/enrol`` sends (made from the store and the key file; no network)."""

    url: str
    code: str
    install_id: str
    public_key: str


def enrol_request(store: Store, home, server_url: str, code: str) -> EnrolRequest:
    """Make (or load) the install's key pair and gather the request.  ``InputProblem`` for a
    server address that is not one."""
    from kiosk.sync import keys

    from kiosk.core.support_log import support_event

    support_event("enrol-attempt", install=ob.OutboxService(store).install_id)
    url = normalise_url(server_url)
    key = keys.load_or_create(keys.key_path(home))
    return EnrolRequest(url, code, ob.OutboxService(store).install_id, key.public_key_b64)


def post_enrolment(request: EnrolRequest, *, client_factory=CollectorClient
                   ) -> EnrolAnswer | SyncProblem:
    """The network part of enrolling: the answer, or the problem (returned, not raised)."""
    try:
        return client_factory(request.url).enrol(request.code, request.install_id,
                                                 request.public_key)
    except SyncProblem as problem:
        return problem


def keep_enrolment(store: Store, request: EnrolRequest, result: EnrolAnswer | SyncProblem, *,
                   now: datetime | None = None) -> EnrolAnswer:
    """The database part after the network: keep the token; when the collector could not be
    reached, keep the code for the next USB bundle and raise ``Unreachable``; raise any other
    problem."""
    from kiosk.core.support_log import support_event

    outbox = ob.OutboxService(store)
    if isinstance(result, Unreachable):
        outbox.set_offline_code(request.code)
        support_event("enrol-result", outcome="unreachable", install=request.install_id)
        raise result
    if isinstance(result, SyncProblem):
        support_event("enrol-result", outcome="refused", code=result.code, install=request.install_id)
        raise result
    outbox.save_enrolment(request.url, result.token, result.site, now=now)
    identity.claim_told(store)  # enrolled with a code: nothing left to introduce
    support_event("enrol-result", outcome="enrolled", install=request.install_id)
    log.info("enrolled with %s (site %s)", request.url, result.site)
    return result


def enrol(store: Store, home, server_url: str, code: str, *, client_factory=CollectorClient,
          now: datetime | None = None) -> EnrolAnswer:
    """Enrol this install with a one-time code: make (or load) the install's key pair, POST
    /v1/enrol, keep the token.  When the collector cannot be reached the code is kept for the
    next USB bundle (the collector then enrols the kiosk from the bundle) and ``Unreachable``
    is raised.  (Three steps: ``enrol_request``, ``post_enrolment``, ``keep_enrolment``; the
    window runs the middle one on its network lane.)"""
    request = enrol_request(store, home, server_url, code)
    return keep_enrolment(store, request, post_enrolment(request, client_factory=client_factory),
                          now=now)
