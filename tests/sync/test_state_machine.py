"""A Hypothesis state machine against the REAL collector: activity on random days, sends,
the same batch twice, answers lost, old batches replayed under new keys (reordering), crashes
(the store closed and reopened), USB bundles exported and imported (old ones again, in any
order).  However it goes, once everything is sent the collector's totals equal the kiosk's
for every metric, dims and month -- and the kiosk's outbox equals its committed facts."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.backend import Backend
from kiosk.sync.bundle import export_bundle
from kiosk.sync.client import Busy, CollectorClient
from kiosk.sync.sender import Sender, enrol
from kiosk.sync.outbox import OutboxService

from .conftest import (
    LESSONS,
    OTHER_LESSONS,
    SiteCollector,
    by_month,
    facts_cells,
    lesson_day,
    outbox_values,
    sync_all,
)

ROLES = ("learner", "teacher", "parent")
BANDS = ("8-11", "12-17", "adult")


class KioskAndCollector(RuleBasedStateMachine):
    collector = None  # set by the test: one real collector process for every run

    @initialize()
    def open_kiosk(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.db = self.folder / "kiosk.sqlite3"
        self.store = Backend.open(self.db)
        self.view = SiteCollector(self.collector.server)  # this run's own site
        self.learners = [
            self.store.learners.register(f"P{i}", "tatu.svg", BANDS[i % 3], ROLES[i % 3],
                                         now=utcnow() - timedelta(days=60))
            for i in range(4)
        ]
        enrol(self.store.db, self.folder, self.collector.base_url, self.view.enrol_code("Sitio"))
        self.sent_bodies: list[bytes] = []
        self.bundles: list[Path] = []
        self.first_day = utcnow().date() - timedelta(days=45)

    def client(self) -> CollectorClient:
        return CollectorClient(self.collector.base_url)

    # -- activity ---------------------------------------------------------------------------

    @rule(who=st.integers(0, 3), day=st.integers(0, 44), minute=st.integers(0, 24 * 60 - 20),
          lesson=st.sampled_from(LESSONS + OTHER_LESSONS), complete=st.booleans())
    def activity(self, who, day, minute, lesson, complete) -> None:
        local = datetime.combine(self.first_day + timedelta(days=day), time(0), tzinfo=LOCAL_TZ)
        start = (local + timedelta(minutes=minute)).astimezone(UTC)
        learner = self.learners[who]
        sid = self.store.progress.sign_in(learner.id, now=start)
        lesson_day(self.store, learner.id, lesson, start + timedelta(minutes=1), minutes=6,
                   complete=complete, session_id=sid)

    # -- sending ----------------------------------------------------------------------------

    @rule()
    def send(self) -> None:
        Sender(self.store.db).send_once()

    @rule()
    def send_and_lose_the_answer(self) -> None:
        batch = OutboxService(self.store.db).take_batch()
        if batch is None:
            return
        enrolment = OutboxService(self.store.db).enrolment()
        try:
            self.client().post_counts(enrolment.token, batch.key, batch.body)  # answer dropped
        except Busy:  # the shared collector's rate limit: nothing was applied
            return
        self.sent_bodies.append(batch.body)

    @rule()
    def send_the_same_batch_twice(self) -> None:
        outbox = OutboxService(self.store.db)
        batch = outbox.take_batch()
        if batch is None:
            return
        token = outbox.enrolment().token
        try:
            first = self.client().post_counts(token, batch.key, batch.body)
            second = self.client().post_counts(token, batch.key, batch.body)
        except Busy:
            return
        assert (first.accepted, first.unchanged, first.rejected) == \
            (second.accepted, second.unchanged, second.rejected)
        outbox.settle(batch, first.rejected, server_time=first.server_time)
        self.sent_bodies.append(batch.body)

    @rule(data=st.data())
    def replay_an_old_batch_under_a_new_key(self, data) -> None:
        """Reordering: a batch from earlier arrives now (newer revisions may be there)."""
        if not self.sent_bodies:
            return
        body = data.draw(st.sampled_from(self.sent_bodies))
        token = OutboxService(self.store.db).enrolment().token
        try:
            self.client().post_counts(token, str(uuid.uuid4()), body)
        except Busy:
            pass

    @rule()
    def crash(self) -> None:
        """The kiosk dies and starts again (a batch in flight stays persisted)."""
        self.store.close()
        self.store = Backend.open(self.db)

    @rule()
    def usb_bundle(self) -> None:
        usb = self.folder / "usb"
        usb.mkdir(exist_ok=True)
        exported = export_bundle(self.store.db, self.folder, usb,
                                 now=utcnow() + timedelta(seconds=len(self.bundles)))
        self.bundles.append(exported.path)
        result = self.view.import_bundle(exported.path)
        assert result.returncode == 0, result.stdout + result.stderr

    @rule(data=st.data())
    def import_an_old_bundle_again(self, data) -> None:
        if not self.bundles:
            return
        result = self.view.import_bundle(data.draw(st.sampled_from(self.bundles)))
        assert result.returncode == 0, result.stdout + result.stderr

    @invariant()
    def outbox_equals_the_facts(self) -> None:
        if hasattr(self, "store"):
            assert outbox_values(self.store) == facts_cells(self.store)

    def teardown(self) -> None:
        if not hasattr(self, "store"):
            return
        try:
            report = sync_all(self.store)
            assert report.everything_accepted, report
            assert self.view.monthly() == by_month(facts_cells(self.store)) \
                == by_month(outbox_values(self.store))
        finally:
            self.store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def test_any_history_of_sends_crashes_and_bundles_ends_with_equal_totals(collector) -> None:
    KioskAndCollector.collector = collector
    run_state_machine_as_test(
        KioskAndCollector,
        settings=settings(max_examples=6, stateful_step_count=16, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow]),
    )
