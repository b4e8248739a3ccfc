"""The outbox: written in the activity's own transaction, revisions that only grow, batches
that survive a lost answer, a collector's answer applied cell by cell."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kiosk.store.models import Learner, LearnerSession, OutboxCell, Staff, StaffSession, SyncState
from kiosk.backend import Backend
from kiosk.sync.counts import canonical_dims
from kiosk.sync.outbox import MAX_BATCH, OutboxService
from kiosk.sync.outbox_cells import touch

from .conftest import LESSONS, MODULE, T0, facts_cells, lesson_day, outbox_values

PEOPLE = canonical_dims({"role": "learner", "age_band": "8-11"})
DAY = T0.date().isoformat()  # T0 is noon in Asunción


def _rows(store: Backend) -> dict[tuple[str, str, str], tuple[int, int, str]]:
    with store.db.reading() as s:
        return {(p, m, d): (v, r, st) for p, m, d, v, r, st in s.execute(
            select(OutboxCell.period, OutboxCell.metric, OutboxCell.dims, OutboxCell.value,
                   OutboxCell.rev, OutboxCell.state))}


def _counter(store: Backend) -> int:
    with store.db.reading() as s:
        return s.scalar(select(SyncState.counter)) or 0


@pytest.fixture
def lucia(store: Backend):
    return store.learners.register("Lucía", "tatu.svg", "8-11", "learner", now=T0 - timedelta(days=3))


def test_a_sign_in_writes_its_cells_in_the_same_commit(store: Backend, lucia) -> None:
    store.progress.sign_in(lucia.id, now=T0)
    assert outbox_values(store) == {
        (DAY, "sessions", PEOPLE): 1,
        (DAY, "learners_reached", PEOPLE): 1,
    }
    assert {st for _v, _r, st in _rows(store).values()} == {"pending"}


def test_a_failing_activity_leaves_the_outbox_untouched(store: Backend, lucia, monkeypatch) -> None:
    store.progress.sign_in(lucia.id, now=T0)
    before, counter = _rows(store), _counter(store)

    # 1. The activity fails AFTER the outbox was updated in its transaction: all rolls back.
    import kiosk.learning.progress as progress

    real = progress.count_touch

    def touch_then_fail(session, moments, **scope):
        assert real(session, moments, **scope) > 0  # the outbox did change in the transaction
        raise OSError("disk unplugged")

    monkeypatch.setattr(progress, "count_touch", touch_then_fail)
    with pytest.raises(OSError):
        store.progress.sign_in(lucia.id, now=T0 + timedelta(hours=1))
    monkeypatch.undo()
    assert _rows(store) == before and _counter(store) == counter
    with store.db.reading() as s:
        assert s.scalar(select(LearnerSession.id).where(LearnerSession.started_at > T0)) is None

    # 2. Any code path: facts + touch + an error = nothing.
    with pytest.raises(RuntimeError), store.db.transaction() as s:
        s.add(LearnerSession(device_id=store.device_id, learner_id=lucia.id,
                             started_at=T0 + timedelta(hours=2), last_seen_at=T0 + timedelta(hours=2)))
        touch(s, [T0])
        raise RuntimeError("boom")
    assert _rows(store) == before and _counter(store) == counter


def test_revisions_only_grow_and_an_unchanged_value_keeps_its_revision(store: Backend, lucia) -> None:
    sid = store.progress.sign_in(lucia.id, now=T0)
    visit = store.progress.start_visit(lucia.id, sid, LESSONS[0], "1.0.0", "es", 3,
                                       now=T0 + timedelta(minutes=1))
    minutes = (DAY, "minutes", canonical_dims({"module": MODULE, "role": "learner",
                                               "age_band": "8-11"}))
    seen_revs = []
    for second in (30, 50, 61, 100, 121, 130, 185):  # a page now and then
        before = _rows(store)
        store.progress.record_page(visit, 1, 3, now=T0 + timedelta(minutes=1, seconds=second))
        after = _rows(store)
        changed = {k for k in after if after[k] != before.get(k)}
        whole_minutes = second // 60
        if minutes in after:
            assert after[minutes][0] == whole_minutes
        # Only the minutes cell can change, and only when a whole minute went by.
        assert changed <= {minutes}
        assert bool(changed) == (whole_minutes != (before.get(minutes, (0,))[0]))
        seen_revs += [after[k][1] for k in changed]
    assert seen_revs == sorted(seen_revs) and len(set(seen_revs)) == len(seen_revs) == 3
    # The same page again at the same moment: nothing changes, the counter stays.
    counter = _counter(store)
    store.progress.record_page(visit, 1, 3, now=T0 + timedelta(minutes=4, seconds=5))
    assert _counter(store) == counter
    assert max(r for _v, r, _s in _rows(store).values()) == counter


def test_a_cell_that_disappears_is_sent_as_zero(store: Backend, lucia) -> None:
    store.progress.sign_in(lucia.id, now=T0)
    with store.db.transaction() as s:  # Lucía's age band was wrong: she is 12
        s.execute(update(Learner).where(Learner.id == lucia.id).values(age_band="12-17"))
    OutboxService(store.db).recompute([T0.date()])
    rows = _rows(store)
    old = rows[(DAY, "sessions", PEOPLE)]
    new = rows[(DAY, "sessions", canonical_dims({"role": "learner", "age_band": "12-17"}))]
    assert old[0] == 0 and old[2] == "pending"
    assert new[0] == 1 and new[1] > 0


def test_staff_never_count(store: Backend) -> None:
    with store.db.transaction() as s:
        staff = Staff(device_id=store.device_id, created_at=T0, updated_at=T0,
                      display_name="Profe Rosa", role="coordinator", secret_hash="x")
        s.add(staff)
        s.flush()
        s.add(StaffSession(device_id=store.device_id, staff_id=staff.id, started_at=T0))
        touch(s, [T0])
    assert outbox_values(store) == {}


def test_a_later_fact_dated_earlier_never_moves_a_first_time(store: Backend, lucia) -> None:
    """A power cut resets the PC's clock to 2000: Lucía's sign-in that day is not her first."""
    store.progress.sign_in(lucia.id, now=T0)
    y2000 = datetime(2000, 1, 1, 15, tzinfo=UTC)
    store.progress.sign_in(lucia.id, now=y2000)
    values = outbox_values(store)
    assert values[(DAY, "learners_reached", PEOPLE)] == 1
    assert values[("2000-01-01", "sessions", PEOPLE)] == 1
    assert ("2000-01-01", "learners_reached", PEOPLE) not in values
    assert values == facts_cells(store)


# -- batches and answers ---------------------------------------------------------------------


def _activity(store: Backend, lucia, days: int) -> None:
    for day in range(days):
        start = T0 + timedelta(days=day)
        sid = store.progress.sign_in(lucia.id, now=start)
        lesson_day(store, lucia.id, LESSONS[day % 3], start + timedelta(minutes=1), session_id=sid)


def test_a_batch_is_persisted_and_taken_again_until_answered(store: Backend, lucia) -> None:
    _activity(store, lucia, 3)
    outbox = OutboxService(store.db)
    pending = outbox.pending()
    first = outbox.take_batch()
    assert first is not None and len(first) == len(pending) <= MAX_BATCH
    body = json.loads(first.body)
    assert body["schema"] == "telecentro-counts/1" and body["install_id"] == store.device_id
    assert [c["rev"] for c in body["cells"]] == sorted(c["rev"] for c in body["cells"])
    # The answer was lost (crash, cut connection): the same key and the very same bytes.
    store.close()
    reopened = Backend.open(Path(str(store.db.engine.url.database)))
    try:
        again = OutboxService(reopened.db).take_batch()
        assert again is not None and (again.key, again.body) == (first.key, first.body)
        # Meanwhile Lucía kept working: a cell of the batch changed.
        _activity(reopened, lucia, 1)
        changed = {k for k, (v, r, st) in _rows(reopened).items()
                   if st == "pending" and r > max(rev for _k, rev in first.cells)}
        assert changed
        accepted, rejected = OutboxService(reopened.db).settle(first, [(0, "period-in-future")])
        assert (accepted, rejected) == (len(first) - 1, 1)
        rows = _rows(reopened)
        key0 = first.cells[0][0]
        assert rows[tuple(key0)][2] == "rejected"
        for key in changed:  # newer revisions stay pending: they were not in that batch
            assert rows[key][2] == "pending"
        status = OutboxService(reopened.db).status()
        assert status.rejected == 1 and status.rejected_by_reason == {"period-in-future": 1}
        assert status.clock_warning == "future"
        assert status.pending == len(changed)
        nxt = OutboxService(reopened.db).take_batch()
        assert nxt is not None and nxt.key != first.key
        assert {tuple(k) for k, _r in nxt.cells} == changed
    finally:
        reopened.close()


def test_batches_hold_at_most_500_cells_and_halve_on_request(store: Backend) -> None:
    with store.db.transaction() as s:
        s.execute(select(SyncState.counter))
        cells = [{"period": f"2026-0{1 + i // 300}-{1 + (i % 300) // 12:02d}", "metric": "visits",
                  "dims": canonical_dims({"module": f"t/m{i % 12}", "role": "learner",
                                          "age_band": "8-11"}),
                  "value": 1, "rev": i + 1, "state": "pending", "updated_at": T0}
                 for i in range(1200)]
        from sqlalchemy import insert

        s.execute(insert(OutboxCell), cells)
        s.add(SyncState(id=1, counter=1200))
    outbox = OutboxService(store.db)
    assert len(outbox.take_batch()) == 500
    assert outbox.drop_batch(too_large=500) == 250
    assert len(outbox.take_batch()) == 250
    outbox.drop_batch()
    assert len(outbox.take_batch()) == 250


def test_an_upgraded_database_fills_its_outbox_from_the_facts(tmp_path: Path) -> None:
    """Release 0.1.0 had no outbox: its facts are counted once, in short transactions."""
    fixture = Path(__file__).parents[1] / "store" / "fixtures" / "release-0.1.0.sqlite3"
    db = tmp_path / "kiosk.sqlite3"
    shutil.copy(fixture, db)
    with Backend.open(db) as store:
        assert outbox_values(store) == {}
        outbox = OutboxService(store.db)
        assert outbox.fill() > 0
        assert outbox_values(store) == facts_cells(store) != {}
        assert outbox.fill() == 0  # once
        status = outbox.status()
        assert status.pending == status.cells > 0 and not status.enrolled
