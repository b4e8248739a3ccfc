"""Every fact of the kiosk's database, for the count definition (``kiosk.sync.counts``):
``all_facts`` as plain tuples for ``count_cells`` (a full recount, checks, tests) and
``days_with_facts`` (the local days that may have a cell).  Whole-table reads: never on the
activity path, which recounts one day with ``kiosk.sync.counts.day_cells``."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kiosk.sync.counts import (
    Facts,
    LessonCompletionFact,
    ModuleCompletionFact,
    SessionFact,
    VisitFact,
    WorkshopFact,
    raw_connection,
    this_device,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def days_with_facts(session: Session | sqlite3.Connection, device: str | None = None) -> set[date]:
    """Every local day that may have a cell (for filling the outbox of an existing database);
    with ``device``, only the days of that install's facts (``kiosk.sync.identity`` after a
    rewind).  ``session``: an ORM session or a plain sqlite3 connection.

    A UTC date D holds moments of local days D-1 and D (Asunción is behind UTC); both are
    candidates, and an empty candidate simply has no cells."""
    conn = raw_connection(session)
    mine = " AND device_id = :d" if device is not None else ""
    where = {"d": device} if device is not None else {}
    utc_dates: set[str] = set()
    for sql in (
        "SELECT DISTINCT substr(started_at, 1, 10) FROM sessions WHERE 1",
        "SELECT DISTINCT substr(started_at, 1, 10) FROM visits WHERE 1",
        "SELECT DISTINCT substr(completed_at, 1, 10) FROM lesson_progress"
        " WHERE completed_at IS NOT NULL",
        "SELECT DISTINCT substr(completed_at, 1, 10) FROM module_completions WHERE 1",
    ):
        utc_dates.update(row[0] for row in conn.execute(sql + mine, where) if row[0])
    days: set[date] = set()
    for text_date in utc_dates:
        try:
            d = date.fromisoformat(text_date)
        except ValueError:
            continue
        days.update((d - timedelta(days=1), d))
    days.update(
        date.fromisoformat(str(row[0]))
        for row in conn.execute("SELECT DISTINCT held_on FROM workshops WHERE 1" + mine, where)
        if row[0]
    )
    return days


def all_facts(session: Session, device: str | None = None) -> Facts:
    """Every countable fact of the database as plain tuples, in the order they were recorded
    (rowid), for ``count_cells``: checks, tests, a full recount.  Reads whole tables: not for
    the activity path.  ``mine`` marks the facts of ``device`` (default: this install's)."""
    from sqlalchemy import literal_column, select

    from kiosk.store.models import (
        Learner,
        LearnerSession,
        LessonProgress,
        ModuleCompletion,
        Visit,
        Workshop,
        WorkshopParticipant,
    )

    me = device if device is not None else this_device(session)
    people = {i: (r, a) for i, r, a in session.execute(
        select(Learner.id, Learner.role, Learner.age_band))}
    return Facts(
        sessions=[SessionFact(l, t, *people[l], d == me) for l, t, d in session.execute(
            select(LearnerSession.learner_id, LearnerSession.started_at, LearnerSession.device_id)
            .order_by(literal_column("sessions.rowid")))],
        visits=[VisitFact(l, t, lesson, *people[l], sec, d == me)
                for l, t, lesson, sec, d in session.execute(
            select(Visit.learner_id, Visit.started_at, Visit.lesson_id, Visit.seconds,
                   Visit.device_id)
            .order_by(literal_column("visits.rowid")))],
        lessons=[LessonCompletionFact(l, t, lesson, *people[l], d == me)
                 for l, t, lesson, d in session.execute(
            select(LessonProgress.learner_id, LessonProgress.completed_at, LessonProgress.lesson_id,
                   LessonProgress.device_id)
            .where(LessonProgress.completed_at.is_not(None)))],
        modules=[ModuleCompletionFact(l, t, m, *people[l], d == me)
                 for l, t, m, d in session.execute(
            select(ModuleCompletion.learner_id, ModuleCompletion.completed_at,
                   ModuleCompletion.module_id, ModuleCompletion.device_id))],
        workshops=[WorkshopFact(day, r, a, n, d == me) for day, r, a, n, d in session.execute(
            select(Workshop.held_on, WorkshopParticipant.role, WorkshopParticipant.age_band,
                   WorkshopParticipant.count, Workshop.device_id)
            .join(Workshop, Workshop.id == WorkshopParticipant.workshop_id))],
    )
