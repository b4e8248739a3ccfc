"""A learner's "Para vos" list, read with plain sqlite3 (the learner's home: no SQLAlchemy on
the learner's path, issue 14.5).  ``AssignmentService.for_learner`` is this same function."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from kiosk.store.lite import from_db_day, from_db_time

if TYPE_CHECKING:
    from kiosk.store.lite import Lite


class ForYou(NamedTuple):
    """A module on a learner's "Para vos" list; unpacks as ``(module_id, due_on)``."""

    module_id: str
    due_on: date | None


_ASSIGNED = """
SELECT a.module_id, a.due_on, a.created_at FROM assignments a
WHERE a.archived_at IS NULL AND (
    a.learner_id = :learner
    OR (a.learner_id IS NULL AND a.class_id IN (
        SELECT cm.class_id FROM class_members cm JOIN classes c ON c.id = cm.class_id
        WHERE cm.learner_id = :learner AND c.archived_at IS NULL))
)
"""


def for_learner(lite: Lite, learner_id: str, *, include_completed: bool = False) -> list[ForYou]:
    """The learner's "Para vos" list: modules assigned to them directly or to any of their
    (active) classes, one entry per module with its earliest due date, soonest first.
    Modules the learner already completed are left out unless ``include_completed``."""
    with lite.reading() as conn:
        rows = [(module_id, from_db_day(due), from_db_time(created))
                for module_id, due, created in conn.execute(_ASSIGNED, {"learner": learner_id})]
        done: set[str] = set()
        if not include_completed and rows:
            done = {row[0] for row in conn.execute(
                "SELECT module_id FROM module_completions WHERE learner_id = ?", (learner_id,))}
    best: dict[str, tuple[date | None, datetime]] = {}
    for module_id, due_on, created_at in rows:
        if module_id in done:
            continue
        seen = best.get(module_id)
        if seen is None:
            best[module_id] = (due_on, created_at)  # type: ignore[assignment]
        else:
            dues = [d for d in (seen[0], due_on) if d is not None]
            best[module_id] = (min(dues) if dues else None, min(seen[1], created_at))  # type: ignore[type-var]
    order = sorted(
        best.items(),
        key=lambda item: (item[1][0] is None, item[1][0] or date.max, item[1][1], item[0]),
    )
    return [ForYou(module_id, due_on) for module_id, (due_on, _created) in order]
