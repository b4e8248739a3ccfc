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

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from kiosk.core.clock import utcnow
from kiosk.store.models import OutboxCell
from kiosk.sync.counts import (
    METRICS,
    CellKey,
    Scope,
    day_cells,
    local_day,
    module_of,
    this_device,
)


PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"  # an outbox cell's state


# -- inside the activity's transaction -------------------------------------------------------


def touch(session: Session, moments: Iterable[datetime | date], *, learner_id: str | None = None,
          modules: Iterable[str] = (), lessons: Iterable[str] = (),
          metrics: Iterable[str] | None = None) -> int:
    """Recompute the cells of the local days of ``moments`` (UTC datetimes, or local dates
    such as a workshop's ``held_on``) and upsert the changed ones.  Returns how many changed.

    Call it INSIDE the transaction that wrote the facts, after writing them.  With no more
    arguments every cell of those days is recomputed.  An activity of ONE learner may narrow
    it (which keeps a page view fast on a busy day): ``learner_id``, the ``modules`` or
    ``lessons`` it was about (none: the cells without a module), and the ``metrics`` it can
    change -- only the cells of that learner's role and age band with those are recomputed.
    Narrow only when sure: a cell left out is not updated."""
    days = sorted({local_day(m) for m in moments})
    if not days:
        return 0
    session.flush()
    conn = session.connection()
    sql = _sql()
    scopes: list[Scope | None] = [None]
    if learner_id is not None:
        person = conn.execute(sql.learner, {"id": learner_id}).first()
        if person is not None:
            wanted = sorted({*modules, *(module_of(lesson) for lesson in lessons)})
            kinds = frozenset(metrics) if metrics is not None else frozenset(METRICS)
            scopes = [Scope(person[0], person[1], m, kinds) for m in wanted or [None]]
    value = conn.execute(sql.counter).scalar()
    if value is None:
        conn.execute(sql.new_state)
    counter = start = int(value or 0)
    now = utcnow()
    device = this_device(session)
    for day in days:
        for scope in scopes:
            counter = _write_day(conn, sql, day, day_cells(session, day, scope, device=device),
                                 counter, now, scope)
    if counter != start:
        conn.execute(sql.set_counter, {"c": counter})
    return counter - start


@dataclass(frozen=True)
class _Statements:
    """Built once: an activity runs these on every page view."""

    learner: Any
    counter: Any
    new_state: Any
    set_counter: Any
    day: Any
    day_scoped: Any
    day_scoped_no_module: Any
    insert_cells: Any
    update_cell: Any


@lru_cache(maxsize=1)
def _sql() -> _Statements:
    from sqlalchemy import bindparam, text

    table = OutboxCell.__table__
    scoped = (
        "SELECT id, metric, dims, value FROM outbox_cells WHERE period = :p"
        " AND metric IN :metrics AND json_extract(dims, '$.role') = :role"
        " AND json_extract(dims, '$.age_band') = :age AND json_extract(dims, '$.module') {m}"
    )
    return _Statements(
        learner=text("SELECT role, age_band FROM learners WHERE id = :id"),
        counter=text("SELECT counter FROM sync_state WHERE id = 1"),
        new_state=text("INSERT INTO sync_state (id) VALUES (1)"),
        set_counter=text("UPDATE sync_state SET counter = :c WHERE id = 1"),
        day=text("SELECT id, metric, dims, value FROM outbox_cells WHERE period = :p"),
        day_scoped=text(scoped.format(m="= :m")).bindparams(bindparam("metrics", expanding=True)),
        day_scoped_no_module=text(scoped.format(m="IS NULL")).bindparams(
            bindparam("metrics", expanding=True)),
        insert_cells=insert(table),
        update_cell=update(table).where(table.c.id == bindparam("row_id")).values(
            value=bindparam("value"), rev=bindparam("rev"), state=PENDING, reason=None,
            updated_at=bindparam("now")),
    )


def _write_day(conn: Any, sql: _Statements, day: date, cells: dict[CellKey, int],
               counter: int, now: datetime, scope: Scope | None = None) -> int:
    period = day.isoformat()
    if scope is None:
        query, params = sql.day, {"p": period}
    else:  # only the cells the scope covers may be compared (and zeroed)
        params = {"p": period, "metrics": sorted(scope.metrics), "role": scope.role,
                  "age": scope.age_band}
        if scope.module is None:
            query = sql.day_scoped_no_module
        else:
            query, params["m"] = sql.day_scoped, scope.module
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
        conn.execute(sql.insert_cells, new_rows)
    if changed:
        conn.execute(sql.update_cell, changed)
    return counter


