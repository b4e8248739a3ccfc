"""Reflections for staff: how many learners of a class chose each preset answer, never who.

A ``reflect`` activity (lessons/README.md, "reflect") asks learners about themselves. Its
answers stay on the PC (the sync sends only counts of visits and completions) and staff see
them only as counts for a group: per question, each learner's LATEST answer counted once, and
nothing at all below ``MIN_LEARNERS`` answers, so that one child's answer cannot be told from a
count of one (or from "everybody chose this" in a group of two).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kiosk.store.models import Attempt

MIN_LEARNERS = 3


@dataclass(frozen=True)
class ReflectionCounts:
    question_id: str
    lesson_id: str
    learners: int  # who answered it (latest answer each)
    counts: tuple[tuple[str, int], ...]  # (stored answer, learners), most chosen first; () when hidden

    @property
    def hidden(self) -> bool:
        """Too few answers to show counts without pointing at somebody."""
        return self.learners < MIN_LEARNERS


def reflection_counts(session: Session, learner_ids: Select[tuple[str]] | None,
                      question_ids: Sequence[str]) -> list[ReflectionCounts]:
    """Counts per stored answer of ``question_ids`` (``reflect`` questions), among
    ``learner_ids`` (a subquery; None: every learner), in the order of ``question_ids``.

    One query: each learner's latest attempt per question (SQLite's "bare column" rule with
    ``max(created_at)``), then grouped by answer."""
    wanted = list(dict.fromkeys(question_ids))
    if not wanted:
        return []
    latest = select(
        Attempt.question_id, Attempt.lesson_id, Attempt.answer, func.max(Attempt.created_at)
    ).where(Attempt.question_id.in_(wanted))
    if learner_ids is not None:
        latest = latest.where(Attempt.learner_id.in_(learner_ids))
    last = latest.group_by(Attempt.learner_id, Attempt.question_id).subquery("latest")
    rows = session.execute(
        select(last.c.question_id, last.c.lesson_id, last.c.answer, func.count())
        .group_by(last.c.question_id, last.c.lesson_id, last.c.answer)
    ).all()
    by_question: dict[str, dict[str, int]] = defaultdict(dict)
    lesson_of: dict[str, str] = {}
    for question_id, lesson_id, answer, count in rows:
        lesson_of[question_id] = lesson_id
        by_question[question_id][answer] = count
    result = []
    for question_id in wanted:
        if question_id not in by_question:
            continue
        counts = by_question[question_id]
        learners = sum(counts.values())
        shown = () if learners < MIN_LEARNERS else tuple(
            sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        result.append(ReflectionCounts(question_id, lesson_of[question_id], learners, shown))
    return result
