"""The "stuck" query of the teachers' reports (``kiosk.learning.reports``, issue 12, point 7):
a learner is stuck on a coding challenge (a turtle question, whose stored answer holds
``"program"``) after ``STUCK_RUNS`` runs or more with none passed; ``class_grid`` shows it in
the learner's cell for that lesson."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, cast, func, select

from kiosk.store.models import Attempt


STUCK_RUNS = 3  # runs of one coding challenge, none passed, before a learner counts as stuck


@dataclass(frozen=True)
class Stuck:
    """The coding challenge of a lesson a learner is stuck on, with their last run."""

    question_id: str  # "lesson_id#activity_id"
    runs: int  # >= STUCK_RUNS, none passed
    last_answer: str  # the last run as stored: {"program", "passed", "rule"}
    last_at: datetime


def _stuck(session: Any, class_id: str, lesson_ids: Sequence[str]) -> dict[tuple[str, str], Stuck]:
    """(learner id, lesson id) -> the coding challenge of that lesson the learner is stuck on:
    at least ``STUCK_RUNS`` runs, none passed; of several, the one with most runs (then the
    latest).  One query, grouped by the (learner_id, question_id) index; the last run's answer
    comes with ``max(created_at)`` by SQLite's "bare column" rule (``difficult_questions``)."""
    from kiosk.learning.reports import _active_members  # here: reports imports this module

    if not lesson_ids:
        return {}
    rows = session.execute(
        select(
            Attempt.learner_id,
            Attempt.lesson_id,
            Attempt.question_id,
            func.count(),
            Attempt.answer,
            func.max(Attempt.created_at),
        )
        .where(
            Attempt.learner_id.in_(_active_members(class_id)),
            Attempt.lesson_id.in_(list(lesson_ids)),
            Attempt.answer.like('%"program"%'),  # a run of a coding challenge
        )
        .group_by(Attempt.learner_id, Attempt.question_id)
        .having(func.count() >= STUCK_RUNS, func.sum(cast(Attempt.correct, Integer)) == 0)
    ).all()
    found: dict[tuple[str, str], Stuck] = {}
    for learner_id, lesson_id, question_id, runs, answer, last_at in rows:
        stuck = Stuck(question_id, runs, answer, last_at)
        key = (learner_id, lesson_id)
        known = found.get(key)
        if known is None or (stuck.runs, stuck.last_at, known.question_id) > (
                known.runs, known.last_at, stuck.question_id):
            found[key] = stuck
    return found
