"""End to end against a REAL collector process on 127.0.0.1 (``python -m kiosk.collector
serve``, see conftest.py): enrol, send, compare totals; an answer lost after the collector
committed; three weeks without a server; a wrong clock."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.backend import Backend
from kiosk.sync.sender import Sender, enrol
from kiosk.sync.outbox import OutboxService

from .conftest import (
    LESSONS,
    OTHER_LESSONS,
    TcpProxy,
    by_month,
    facts_cells,
    lesson_day,
    outbox_values,
)

ROLES = ("learner", "teacher", "parent")
BANDS = ("8-11", "12-17", "adult")


def local_noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=LOCAL_TZ).astimezone(UTC)


def some_days_of_activity(store: Backend, first: date, days: int, seed: int = 1, people: int = 6
                          ) -> None:
    rng = random.Random(seed)
    learners = [store.learners.register(f"P{seed}-{i}", "tatu.svg", BANDS[i % 3], ROLES[i % 3],
                                        now=local_noon(first) - timedelta(days=1))
                for i in range(people)]
    for offset in range(days):
        for who in rng.sample(learners, k=max(1, people // 2)):
            start = local_noon(first + timedelta(days=offset)) + timedelta(minutes=rng.randrange(300))
            sid = store.progress.sign_in(who.id, now=start)
            lesson_day(store, who.id, rng.choice(LESSONS + OTHER_LESSONS), start + timedelta(minutes=1),
                       minutes=rng.randrange(2, 20), complete=rng.random() < 0.6, session_id=sid)


def test_enrol_send_and_the_totals_equal_the_kiosk(store: Backend, collector, tmp_path) -> None:
    some_days_of_activity(store, utcnow().date() - timedelta(days=40), 35)
    answer = enrol(store.db, tmp_path, collector.base_url, collector.enrol_code("Telecentro Luque"))
    assert answer.site == collector.sites[0] and answer.site.startswith("Telecentro Luque")
    report = Sender(store.db).sync()
    assert report.everything_accepted and report.sent == outbox_values(store).__len__()
    assert collector.monthly() == by_month(outbox_values(store)) == by_month(facts_cells(store))
    # Sending again changes nothing; more activity sends only the changed cells.
    assert Sender(store.db).sync().sent == 0
    some_days_of_activity(store, utcnow().date() - timedelta(days=3), 2, seed=2)
    changed = OutboxService(store.db).pending_count()
    report = Sender(store.db).sync()
    assert report.sent == changed and report.everything_accepted
    assert collector.monthly() == by_month(facts_cells(store))


def test_an_answer_lost_after_the_commit_is_retried_without_double_counting(store: Backend, collector,
                                                                           tmp_path) -> None:
    some_days_of_activity(store, utcnow().date() - timedelta(days=10), 8)
    proxy = TcpProxy(collector.port, cut=True)
    try:
        enrol(store.db, tmp_path, collector.base_url, collector.enrol_code())
        OutboxService(store.db).save_enrolment(proxy.url, OutboxService(store.db).enrolment().token, None)
        pending = OutboxService(store.db).pending_count()
        lost = Sender(store.db).sync()
        assert proxy.cuts == 1 and lost.error == "unreachable" and lost.sent == 0
        # The collector did commit: its totals already hold everything.
        assert collector.monthly() == by_month(outbox_values(store))
        proxy.cut = False
        retry = Sender(store.db).sync()
        # The same Idempotency-Key: the collector replays its FIRST answer ("accepted"), it does
        # not apply the batch again (which would answer "unchanged").
        assert retry.everything_accepted and (retry.accepted, retry.unchanged) == (pending, 0)
        assert collector.monthly() == by_month(outbox_values(store)) == by_month(facts_cells(store))
    finally:
        proxy.close()


def test_three_weeks_without_a_server_then_everything_arrives(store: Backend, collector,
                                                             tmp_path) -> None:
    enrol(store.db, tmp_path, collector.base_url, collector.enrol_code())
    collector.stop()
    rng = random.Random(9)
    sender = Sender(store.db, rng=rng)
    first = utcnow().date() - timedelta(days=25)
    learners = [store.learners.register(f"L{i}", "tatu.svg", BANDS[i % 3], ROLES[i % 3],
                                        now=local_noon(first) - timedelta(days=1)) for i in range(5)]
    for day in range(21):
        moment = local_noon(first + timedelta(days=day))
        for who in learners[: 2 + day % 4]:
            sid = store.progress.sign_in(who.id, now=moment)
            lesson_day(store, who.id, LESSONS[day % 3], moment + timedelta(minutes=2), session_id=sid)
        report = sender.sync(now=moment + timedelta(hours=6))
        assert report.error == "unreachable"
        status = OutboxService(store.db).status()
        assert status.failures == day + 1
        assert status.next_attempt_at - (moment + timedelta(hours=6)) <= timedelta(hours=1)
    assert OutboxService(store.db).status().pending > 100
    collector.start()
    report = sender.sync()
    assert report.everything_accepted and report.batches >= 1
    assert OutboxService(store.db).status().failures == 0
    assert collector.monthly() == by_month(facts_cells(store)) != {}


def test_a_wrong_clock_rejects_only_its_own_cells_and_warns(store: Backend, collector,
                                                           tmp_path) -> None:
    today = utcnow().date()
    good = today - timedelta(days=2)
    wrong = [date(2000, 1, 1), today + timedelta(days=366)]
    lucia = store.learners.register("Lucía", "tatu.svg", "8-11", "learner", now=local_noon(good))
    for day in [good, *wrong]:
        sid = store.progress.sign_in(lucia.id, now=local_noon(day))
        lesson_day(store, lucia.id, LESSONS[0], local_noon(day) + timedelta(minutes=1), session_id=sid)
    enrol(store.db, tmp_path, collector.base_url, collector.enrol_code())
    report = Sender(store.db).sync()
    outbox = OutboxService(store.db)
    cells = outbox.cells(None)
    bad_periods = {d.isoformat() for d in wrong}
    assert {r.period for r in cells if r.state == "rejected"} == bad_periods
    assert {r.period for r in cells if r.state == "accepted"} == {good.isoformat()}
    reasons = {r.period: r.reason for r in cells if r.state == "rejected"}
    assert reasons[wrong[0].isoformat()] == "period-too-old"
    assert reasons[wrong[1].isoformat()] == "period-in-future"
    assert report.rejected == sum(1 for r in cells if r.state == "rejected")
    assert not report.everything_accepted
    status = outbox.status()
    assert status.clock_warning in ("future", "past") and status.pending == 0
    assert status.rejected_by_reason.keys() == {"period-too-old", "period-in-future"}
    accepted = {k: v for k, v in outbox_values(store).items() if k[0] == good.isoformat()}
    assert collector.monthly() == by_month(accepted)
    # The clock is right again: a clean batch clears the warning (the rejected stay listed).
    sid = store.progress.sign_in(lucia.id, now=local_noon(good) + timedelta(hours=1))
    assert Sender(store.db).sync().everything_accepted
    status = outbox.status()
    assert status.clock_warning is None
    assert status.rejected == sum(1 for r in cells if r.state == "rejected")


def test_a_kiosk_that_never_sees_a_network_enrols_through_its_usb_bundle(store: Backend, collector,
                                                                        tmp_path) -> None:
    from kiosk.sync.bundle import export_bundle

    some_days_of_activity(store, utcnow().date() - timedelta(days=20), 12)
    OutboxService(store.db).set_offline_code(collector.enrol_code("Telecentro Sin Red"))
    usb = tmp_path / "usb"
    usb.mkdir()
    first = export_bundle(store.db, tmp_path, usb).path
    done = collector.import_bundle(first)
    assert done.returncode == 0, done.stdout + done.stderr
    assert collector.monthly() == by_month(facts_cells(store))
    # More activity, a second bundle; the old one imported again (and again) changes nothing.
    some_days_of_activity(store, utcnow().date() - timedelta(days=5), 3, seed=5)
    second = export_bundle(store.db, tmp_path, usb, now=utcnow() + timedelta(seconds=1)).path
    for path in (second, first, second, first):
        result = collector.import_bundle(path)
        assert result.returncode == 0, result.stdout + result.stderr
    assert collector.monthly() == by_month(facts_cells(store))
