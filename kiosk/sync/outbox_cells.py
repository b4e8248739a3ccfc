"""The write side of the outbox: ``touch``, run INSIDE an activity's own transaction.

    from kiosk.sync.outbox_cells import touch
    with store.transaction() as session:
        ...write the facts...
        touch(session, [moment, other_moment_or_date])          # every cell of those days
        touch(session, [moment], learner_id=..., lessons=[...])  # or: one learner's activity

``touch`` recomputes the cells of the local days of those moments (``kiosk.sync.counts``)
and writes the cells whose value changed, each with a fresh revision from the one counter row
(``sync_state.counter``: it only grows).  A value that did not change keeps its revision; a
cell that disappeared goes to 0.  If the activity's transaction rolls back, so does all of
this.

Cells carry the learner's CURRENT role and age band.  Code that changes a learner's role or
age band must call ``touch(session, <every day with that learner's facts>)`` without narrowing
(a narrowed touch only looks at the new role and age band and would count those facts twice).

The read side, for the sender, the UI and the CLI, is ``kiosk.sync.outbox.OutboxService``.
"""


from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kiosk.core.clock import utcnow
from kiosk.sync.counts import (
    METRICS,
    CellKey,
    Scope,
    day_cells,
    local_day,
    module_of,
    raw_connection,
    this_device,
)

if TYPE_CHECKING:
    import sqlite3

    from kiosk.store.lite import Lite

    from sqlalchemy.orm import Session


log = logging.getLogger("kiosk.sync")

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"  # an outbox cell's state


# -- inside the activity's transaction -------------------------------------------------------


def touch(session: Session | sqlite3.Connection, moments: Iterable[datetime | date], *,
          learner_id: str | None = None, modules: Iterable[str] = (), lessons: Iterable[str] = (),
          metrics: Iterable[str] | None = None) -> int:
    """Recompute the cells of the local days of ``moments`` (UTC datetimes, or local dates
    such as a workshop's ``held_on``) and upsert the changed ones.  Returns how many changed.

    Call it INSIDE the transaction that wrote the facts, after writing them: ``session`` is
    that transaction's ORM session or plain ``sqlite3`` connection (``kiosk.store.lite``).  With
    no more arguments every cell of those days is recomputed.  An activity of ONE learner may
    narrow it (which keeps a page view fast on a busy day): ``learner_id``, the ``modules`` or
    ``lessons`` it was about (none: the cells without a module), and the ``metrics`` it can
    change -- only the cells of that learner's role and age band with those are recomputed.
    Narrow only when sure: a cell left out is not updated."""
    days = sorted({local_day(m) for m in moments})
    if not days:
        return 0
    conn = raw_connection(session)  # an ORM session's pending rows are written first
    scopes: list[Scope | None] = [None]
    if learner_id is not None:
        person = conn.execute(_LEARNER, (learner_id,)).fetchone()
        if person is not None:
            wanted = sorted({*modules, *(module_of(lesson) for lesson in lessons)})
            kinds = frozenset(metrics) if metrics is not None else frozenset(METRICS)
            scopes = [Scope(person[0], person[1], m, kinds) for m in wanted or [None]]
    row = conn.execute("SELECT counter FROM sync_state WHERE id = 1").fetchone()
    value = row[0] if row is not None else None
    if row is None:
        conn.execute("INSERT INTO sync_state (id) VALUES (1)")
    counter = start = int(value or 0)
    from kiosk.store.lite import db_time

    now = db_time(utcnow())
    device = this_device(conn)
    for day in days:
        for scope in scopes:
            counter = _write_day(conn, day, day_cells(conn, day, scope, device=device),
                                 counter, now, scope)
    if counter != start:
        conn.execute("UPDATE sync_state SET counter = ? WHERE id = 1", (counter,))
    return counter - start


def fill(lite: Lite, days_per_transaction: int = 1) -> int:
    """Once per database: count the facts that predate the outbox (an upgraded kiosk, or demo
    data).  One short transaction per ``days_per_transaction`` days, so learners are never kept
    waiting; then ``sync_state.filled_at``.  Returns how many cells changed (0: filled already).
    Plain sqlite3 (``OutboxService.fill`` is this): the kiosk's first look at the outbox loads
    no SQLAlchemy."""
    from kiosk.store.lite import db_time
    from kiosk.sync.counts_facts import days_with_facts

    with lite.reading() as conn:
        row = conn.execute("SELECT filled_at FROM sync_state WHERE id = 1").fetchone()
        if row is not None and row[0] is not None:
            return 0
        days = sorted(days_with_facts(conn))
    changed = 0
    for start in range(0, len(days), days_per_transaction):
        with lite.transaction() as conn:
            changed += touch(conn, days[start:start + days_per_transaction])
    with lite.transaction() as conn:
        conn.execute("INSERT INTO sync_state (id) VALUES (1) ON CONFLICT (id) DO NOTHING")
        conn.execute("UPDATE sync_state SET filled_at = ? WHERE id = 1", (db_time(utcnow()),))
    if changed:
        log.info("outbox filled from existing facts: %d cells over %d days", changed, len(days))
    return changed


_LEARNER = "SELECT role, age_band FROM learners WHERE id = ?"
_DAY = "SELECT id, metric, dims, value FROM outbox_cells WHERE period = :p"
_SCOPED = (
    "SELECT id, metric, dims, value FROM outbox_cells WHERE period = :p"
    " AND metric IN ({metrics}) AND json_extract(dims, '$.role') = :role"
    " AND json_extract(dims, '$.age_band') = :age AND json_extract(dims, '$.module') {m}"
)
_INSERT_CELL = (
    "INSERT INTO outbox_cells (period, metric, dims, value, rev, state, updated_at)"
    " VALUES (:period, :metric, :dims, :value, :rev, :state, :updated_at)"
)
_UPDATE_CELL = (
    f"UPDATE outbox_cells SET value = :value, rev = :rev, state = '{PENDING}', reason = NULL,"
    " updated_at = :now WHERE id = :row_id"
)


def _write_day(conn: Any, day: date, cells: dict[CellKey, int],
               counter: int, now: str, scope: Scope | None = None) -> int:
    period = day.isoformat()
    if scope is None:
        query, params = _DAY, {"p": period}
    else:  # only the cells the scope covers may be compared (and zeroed)
        metrics = sorted(scope.metrics)
        params = {"p": period, "role": scope.role, "age": scope.age_band}
        params.update({f"k{i}": metric for i, metric in enumerate(metrics)})
        listed = ", ".join(f":k{i}" for i in range(len(metrics)))
        if scope.module is None:
            query = _SCOPED.format(metrics=listed, m="IS NULL")
        else:
            query, params["m"] = _SCOPED.format(metrics=listed, m="= :m"), scope.module
    existing = {(metric, dims): (row_id, value)
                for row_id, metric, dims, value in conn.execute(query, params)}
    new_rows: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for key, value in sorted(cells.items()):
        old = existing.pop((key.metric, key.dims), None)
        if old is None:
            counter += 1
            new_rows.append({"period": period, "metric": key.metric, "dims": key.dims,
                             "value": value, "rev": counter, "state": PENDING,
                             "updated_at": now})
        elif old[1] != value:
            counter += 1
            changed.append({"row_id": old[0], "value": value, "rev": counter, "now": now})
    for row_id, value in sorted(existing.values()):
        if value != 0:  # the cell is gone (e.g. a learner changed age band): send 0
            counter += 1
            changed.append({"row_id": row_id, "value": 0, "rev": counter, "now": now})
    if new_rows:
        conn.executemany(_INSERT_CELL, new_rows)
    if changed:
        conn.executemany(_UPDATE_CELL, changed)
    return counter


