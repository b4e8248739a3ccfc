"""Attendance: learner visits, workshop registers ("talleres") and reach against the goals.

What counts (issue 3, point 6):

* a **visit** is one learner session on this kiosk, from sign-in to sign-out, whatever ended
  it (the learner left, the idle timer signed them out, or the kiosk found it open after a
  power cut).  Staff sign-ins (``staff_sessions``) are never read here: they are not
  attendance.
* a **workshop** ("taller") is a register a facilitator takes: learners with an account are
  ticked, people with no account are counted by role and age band only.

Days and months are those of the site (``kiosk.core.clock.LOCAL_TZ``, America/Asuncion): a
visit at 23:30 on the 31st belongs to that month although it is already the 1st in UTC.

``rows()`` streams plain tuples (``AttendanceRow``) from two ordered queries that fetch in
batches, merged by day: memory stays the same for 100 or 100,000 visits.  The exports and the
on-screen preview both format these same tuples (``kiosk.attendance.export.format_row``), so
what the coordinator sees is what the file holds.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import String, delete, func, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.core.names import name_problem
from kiosk.core.people import AgeBand, Role, name_key
from kiosk.store.models import (
    ClassMember,
    Learner,
    LearnerSession,
    SchoolClass,
    Workshop,
    WorkshopParticipant,
)
from kiosk.people.learners import learner_info
from kiosk.store.records import get_row
from kiosk.sync.outbox_cells import touch as touch_outbox

from kiosk.attendance.records import (
    GOAL_KEYS,
    AttendanceRow,
    ClassInfo,
    Kind,
    ReachMonth,
    ReachReport,
    RegisterPerson,
    WorkshopInfo,
    WorkshopRegister,
    _check_range,
    local_bounds,
    month_spans,
)

if TYPE_CHECKING:
    from kiosk.store.store import Store
    from kiosk.people.classes import ClassService
    from kiosk.people.site import SiteSettings

TITLE_MAX = 120
ANONYMOUS_MAX = 500  # people of one role and age band in one workshop: more is a typing slip
FETCH_BATCH = 1000


class AttendanceService:
    """Workshop registers, attendance rows and reach.  Each method is one transaction (or
    one read snapshot); ``now=`` places writes in time for tests."""

    def __init__(self, store: Store, *, classes: ClassService, site: SiteSettings) -> None:
        self._store = store
        self._classes = classes
        self._site = site

    # -- classes (only what the register and the exports need) -----------------------------
    def list_classes(self) -> list[ClassInfo]:
        """Active classes, by name (from ``ClassService``)."""
        return [ClassInfo(c.id, c.name) for c in self._classes.list()]

    def find_class(self, name: str) -> ClassInfo | None:
        """The active class with this name (case and accents ignored), or None."""
        found = self._classes.find(name)
        return ClassInfo(found.id, found.name) if found is not None else None

    # -- workshop registers -----------------------------------------------------------------
    def create_workshop(
        self, title: str, held_on: date, class_id: str | None = None, *,
        staff_id: str | None = None, now: datetime | None = None,
    ) -> WorkshopInfo:
        with self._store.transaction() as session:
            row = self._new_workshop(session, title, held_on, class_id, staff_id, now or utcnow())
            return self._workshop_info(session, row)

    def set_participants(
        self, workshop_id: str, learner_ids: Iterable[str],
        anonymous: Mapping[tuple[str, str], int] | None = None, *, now: datetime | None = None,
    ) -> WorkshopInfo:
        """Replace the register of a workshop: the ticked learners and, per (role, age band),
        how many people with no account came.  All in one transaction."""
        with self._store.transaction() as session:
            row = get_row(session, Workshop, workshop_id)
            self._replace_participants(session, row, learner_ids, anonymous or {}, now or utcnow())
            touch_outbox(session, [row.held_on])  # the counts that leave the PC, same transaction
            return self._workshop_info(session, row)

    def save_register(
        self, workshop_id: str | None, title: str, held_on: date, class_id: str | None,
        learner_ids: Iterable[str], anonymous: Mapping[tuple[str, str], int] | None = None, *,
        staff_id: str | None = None, now: datetime | None = None,
    ) -> WorkshopInfo:
        """The register screen's one "Save": create the workshop (``workshop_id`` None) or
        update its title, date and class, and set its participants, in ONE transaction."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            old_held_on = None
            if workshop_id is None:
                row = self._new_workshop(session, title, held_on, class_id, staff_id, moment)
            else:
                row = get_row(session, Workshop, workshop_id)
                old_held_on = row.held_on
                row.title = _clean_title(title)
                row.held_on = held_on
                row.class_id = self._checked_class(session, class_id)
                row.updated_at = moment
            self._replace_participants(session, row, learner_ids, anonymous or {}, moment)
            touch_outbox(session, [d for d in (old_held_on, row.held_on) if d])
            return self._workshop_info(session, row)

    def list_workshops(self, limit: int = 100) -> list[WorkshopInfo]:
        """The latest workshops first (by date, then by when they were created)."""
        with self._store.reading() as session:
            rows = session.scalars(
                select(Workshop).order_by(Workshop.held_on.desc(), Workshop.created_at.desc()).limit(limit)
            ).all()
            return [self._workshop_info(session, row) for row in rows]

    def register(self, workshop_id: str) -> WorkshopRegister:
        with self._store.reading() as session:
            row = get_row(session, Workshop, workshop_id)
            parts = session.execute(
                select(WorkshopParticipant.learner_id, WorkshopParticipant.role,
                       WorkshopParticipant.age_band, WorkshopParticipant.count)
                .where(WorkshopParticipant.workshop_id == workshop_id)
            ).all()
            anonymous: Counter[tuple[str, str]] = Counter()
            for p in parts:
                if p.learner_id is None:
                    anonymous[(p.role, p.age_band)] += p.count
            return WorkshopRegister(
                self._workshop_info(session, row),
                frozenset(p.learner_id for p in parts if p.learner_id is not None),
                dict(anonymous),
            )

    def people_for_register(self, class_id: str | None = None) -> list[RegisterPerson]:
        """Every active learner for the register: the class's members first, then everyone
        else, each part by name."""
        with self._store.reading() as session:
            rows = session.scalars(select(Learner).where(Learner.archived_at.is_(None))).all()
            members: set[str] = set()
            if class_id is not None:
                members = set(session.scalars(
                    select(ClassMember.learner_id).where(ClassMember.class_id == class_id)
                ))
            people = [RegisterPerson(learner_info(r), r.id in members) for r in rows]
        return sorted(people, key=lambda p: (not p.in_class, name_key(p.learner.display_name),
                                             p.learner.display_name, p.learner.id))

    # -- attendance rows --------------------------------------------------------------------
    def rows(
        self, date_from: date, date_to: date, class_id: str | None = None, *, batch: int = FETCH_BATCH,
    ) -> Iterator[AttendanceRow]:
        """Every visit and workshop participation from ``date_from`` to ``date_to`` (local days,
        both included), of one class or of the whole site, by day and time.

        A generator over an open read snapshot: consume it (or ``close()`` it) on the thread
        that started it.  Memory does not grow with the number of rows."""
        _check_range(date_from, date_to)
        with self._store.reading() as session:
            classes = _class_names_by_learner(session)
            conn = session.connection().execution_options(yield_per=batch)
            visits = self._visit_rows(conn, date_from, date_to, class_id, classes)
            workshops = self._workshop_rows(conn, date_from, date_to, class_id, classes)
            yield from heapq.merge(visits, workshops, key=_order)

    def count_rows(self, date_from: date, date_to: date, class_id: str | None = None) -> int:
        """How many rows ``rows()`` yields (for a progress bar)."""
        _check_range(date_from, date_to)
        start, end = local_bounds(date_from, date_to)
        with self._store.reading() as session:
            visits = select(func.count()).select_from(LearnerSession).where(
                LearnerSession.started_at >= start, LearnerSession.started_at < end)
            if class_id is not None:
                visits = visits.where(LearnerSession.learner_id.in_(_members(class_id)))
            parts = (select(func.count()).select_from(WorkshopParticipant)
                     .join(Workshop, Workshop.id == WorkshopParticipant.workshop_id)
                     .where(Workshop.held_on >= date_from, Workshop.held_on <= date_to))
            if class_id is not None:
                parts = parts.where(_workshop_in_class(class_id))
            return (session.scalar(visits) or 0) + (session.scalar(parts) or 0)

    def _visit_rows(self, conn, date_from: date, date_to: date, class_id: str | None,
                    classes: dict[str, str]) -> Iterator[AttendanceRow]:
        # The hot loop of every export (20,000 visits in well under the 0.5 s budget): the
        # query reads only the sessions table, in started_at order (its index), and hands back
        # the stored UTC text; learners come from a dict; the UTC->local offset is computed
        # once per hour of UTC (Asunción's offset only ever changes on the hour).
        start, end = local_bounds(date_from, date_to)
        stmt = (
            select(LearnerSession.learner_id, type_coerce(LearnerSession.started_at, String),
                   type_coerce(func.coalesce(LearnerSession.ended_at, LearnerSession.last_seen_at), String))
            .where(LearnerSession.started_at >= start, LearnerSession.started_at < end)
            .order_by(LearnerSession.started_at)
        )
        if class_id is not None:
            stmt = stmt.where(LearnerSession.learner_id.in_(_members(class_id)))
        learners = {r.id: (r.display_name, r.age_band, r.role) for r in conn.execute(
            select(Learner.id, Learner.display_name, Learner.age_band, Learner.role))}
        offsets: dict[str, timedelta] = {}

        def offset(text: str) -> timedelta:
            found = offsets.get(text[:13])
            if found is None:
                hour = datetime.fromisoformat(text[:13] + ":00").replace(tzinfo=UTC)
                found = offsets[text[:13]] = hour.astimezone(LOCAL_TZ).utcoffset() or timedelta(0)
            return found

        visit, parse, make, get = Kind.VISIT.value, datetime.fromisoformat, tuple.__new__, offsets.get
        for learner_id, started, until in conn.execute(stmt):
            began, ended = parse(started[:19]), parse(until[:19])  # naive UTC; seconds are enough
            minutes = max(0, round((ended - began).total_seconds() / 60))
            shift = get(started[:13])
            began += shift if shift is not None else offset(started)
            shift = get(until[:13])
            ended += shift if shift is not None else offset(until)
            name, band, role = learners[learner_id]
            yield make(AttendanceRow, (began.date(), began.time(), ended.time(), name, band, role,
                                       classes.get(learner_id, ""), visit, "", minutes, 1, learner_id))

    def _workshop_rows(self, conn, date_from: date, date_to: date, class_id: str | None,
                       classes: dict[str, str]) -> Iterator[AttendanceRow]:
        stmt = (
            select(Workshop.held_on, Workshop.title, SchoolClass.name, WorkshopParticipant.learner_id,
                   WorkshopParticipant.role, WorkshopParticipant.age_band, WorkshopParticipant.count,
                   Learner.display_name, Learner.role.label("learner_role"),
                   Learner.age_band.label("learner_band"))
            .join(Workshop, Workshop.id == WorkshopParticipant.workshop_id)
            .outerjoin(SchoolClass, SchoolClass.id == Workshop.class_id)
            .outerjoin(Learner, Learner.id == WorkshopParticipant.learner_id)
            .where(Workshop.held_on >= date_from, Workshop.held_on <= date_to)
            .order_by(Workshop.held_on, Workshop.created_at, Workshop.id,
                      WorkshopParticipant.learner_id.is_(None), Learner.display_name,
                      WorkshopParticipant.role, WorkshopParticipant.age_band)
        )
        if class_id is not None:
            stmt = stmt.where(_workshop_in_class(class_id))
        taller = Kind.WORKSHOP.value
        for held_on, title, class_name, learner_id, role, band, count, name, l_role, l_band in conn.execute(stmt):
            if learner_id is None:
                yield AttendanceRow(held_on, None, None, "", band, role, class_name or "", taller, title,
                                    None, count, None)
            else:
                yield AttendanceRow(held_on, None, None, name, l_band, l_role, classes.get(learner_id, ""),
                                    taller, title, None, 1, learner_id)

    # -- reach ------------------------------------------------------------------------------
    def reach(self, date_from: date, date_to: date) -> ReachReport:
        """Distinct learners reached (a session or a workshop) per month and over the range,
        by role and age band; people with no account from registers; the goals."""
        _check_range(date_from, date_to)
        months: list[ReachMonth] = []
        everyone: dict[str, tuple[str, str]] = {}
        anonymous_total: Counter[tuple[str, str]] = Counter()
        with self._store.reading() as session:
            for year, month, first, last in month_spans(date_from, date_to):
                reached = self._reached(session, first, last)
                everyone.update(reached)
                anonymous = _anonymous_counts(session, first, last)
                anonymous_total.update(anonymous)
                months.append(ReachMonth(year, month, Counter(reached.values()), anonymous))
        return ReachReport(date_from, date_to, months, Counter(everyone.values()), anonymous_total, self.goals())

    def reach_month(self, year: int, month: int) -> ReachReport:
        first = date(year, month, 1)
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return self.reach(first, last)

    def _reached(self, session: Session, first: date, last: date) -> dict[str, tuple[str, str]]:
        start, end = local_bounds(first, last)
        visited = select(LearnerSession.learner_id).where(
            LearnerSession.started_at >= start, LearnerSession.started_at < end)
        came = (select(WorkshopParticipant.learner_id)
                .join(Workshop, Workshop.id == WorkshopParticipant.workshop_id)
                .where(Workshop.held_on >= first, Workshop.held_on <= last,
                       WorkshopParticipant.learner_id.is_not(None)))
        rows = session.execute(
            select(Learner.id, Learner.role, Learner.age_band).where(Learner.id.in_(visited.union(came)))
        ).all()
        return {r.id: (r.role, r.age_band) for r in rows}

    # -- goals and site ---------------------------------------------------------------------
    def goals(self) -> dict[str, int]:
        """The programme's goals per group (``GOAL_KEYS``); 0 means "no goal set".  They are
        the site settings' goals (``SiteSettings.goals``); "adults" has no goal there."""
        goals = dict.fromkeys(GOAL_KEYS, 0)
        goals.update({k: v for k, v in self._site.goals.items() if k in goals})
        return goals

    def set_goals(self, goals: Mapping[str, int]) -> dict[str, int]:
        """Save some goals (whole numbers from 0 to a million); the others stay.
        ``InputProblem`` (in Spanish) for a bad number or a group that takes no goal."""
        self._site.update(goals=dict(goals))
        return self.goals()

    def site_name(self) -> str:
        return self._site.site_name

    # -- helpers ----------------------------------------------------------------------------
    def _new_workshop(self, session: Session, title: str, held_on: date, class_id: str | None,
                      staff_id: str | None, moment: datetime) -> Workshop:
        if not isinstance(held_on, date) or isinstance(held_on, datetime):
            raise InputProblem(Code.WORKSHOP_DATE_BAD)
        row = Workshop(
            device_id=self._store.device_id, created_at=moment, updated_at=moment,
            title=_clean_title(title), held_on=held_on, staff_id=staff_id,
            class_id=self._checked_class(session, class_id),
        )
        session.add(row)
        session.flush()
        return row

    @staticmethod
    def _checked_class(session: Session, class_id: str | None) -> str | None:
        if class_id is not None:
            get_row(session, SchoolClass, class_id)
        return class_id

    def _replace_participants(self, session: Session, workshop: Workshop, learner_ids: Iterable[str],
                              anonymous: Mapping[tuple[str, str], int], moment: datetime) -> None:
        ids = list(dict.fromkeys(learner_ids))
        groups: Counter[tuple[str, str]] = Counter()
        for (role, band), count in anonymous.items():
            key = (Role(role).value, AgeBand(band).value)
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= ANONYMOUS_MAX:
                raise InputProblem(Code.ANONYMOUS_OUT_OF_RANGE, max=ANONYMOUS_MAX)
            groups[key] += count
        learners = {}
        if ids:
            learners = {r.id: r for r in session.scalars(select(Learner).where(Learner.id.in_(ids)))}
            missing = [i for i in ids if i not in learners]
            if missing:
                raise InputProblem(Code.PARTICIPANT_GONE, detail=f"{len(missing)} ids")
        session.execute(delete(WorkshopParticipant).where(WorkshopParticipant.workshop_id == workshop.id))
        device = self._store.device_id
        session.add_all(
            WorkshopParticipant(device_id=device, workshop_id=workshop.id, learner_id=i,
                                role=learners[i].role, age_band=learners[i].age_band, count=1, created_at=moment)
            for i in ids
        )
        session.add_all(
            WorkshopParticipant(device_id=device, workshop_id=workshop.id, learner_id=None,
                                role=role, age_band=band, count=n, created_at=moment)
            for (role, band), n in groups.items() if n > 0
        )
        workshop.updated_at = moment
        session.flush()

    @staticmethod
    def _workshop_info(session: Session, row: Workshop) -> WorkshopInfo:
        counts = session.execute(
            select(WorkshopParticipant.learner_id.is_(None), func.coalesce(func.sum(WorkshopParticipant.count), 0))
            .where(WorkshopParticipant.workshop_id == row.id)
            .group_by(WorkshopParticipant.learner_id.is_(None))
        ).all()
        by_kind = {bool(anon): int(n) for anon, n in counts}
        class_name = session.get(SchoolClass, row.class_id).name if row.class_id else None
        return WorkshopInfo(row.id, row.title, row.held_on, row.class_id, class_name,
                            by_kind.get(False, 0), by_kind.get(True, 0))


def _clean_title(title: str) -> str:
    """The title as stored, cleaned like a name (``kiosk.core.names.clean_name``)."""
    clean, problem = name_problem(title, TITLE_MAX)
    if problem == "empty":
        raise InputProblem(Code.WORKSHOP_TITLE_EMPTY)
    if problem == "too-long":
        raise InputProblem(Code.WORKSHOP_TITLE_TOO_LONG, max=TITLE_MAX)
    return clean


def _members(class_id: str):
    return select(ClassMember.learner_id).where(ClassMember.class_id == class_id)


def _workshop_in_class(class_id: str):
    """A class's workshop rows: its members at any workshop, and the people with no account
    at the workshops held for that class."""
    return WorkshopParticipant.learner_id.in_(_members(class_id)) | (
        WorkshopParticipant.learner_id.is_(None) & (Workshop.class_id == class_id)
    )


def _class_names_by_learner(session: Session) -> dict[str, str]:
    """learner id -> "Class A, Class B" (active classes, by name).  Grows with learners, not
    with visits."""
    rows = session.execute(
        select(ClassMember.learner_id, SchoolClass.name)
        .join(SchoolClass, SchoolClass.id == ClassMember.class_id)
        .where(SchoolClass.archived_at.is_(None))
    ).all()
    names: dict[str, list[str]] = {}
    for learner_id, name in rows:
        names.setdefault(learner_id, []).append(name)
    return {k: ", ".join(sorted(v, key=name_key)) for k, v in names.items()}


def _anonymous_counts(session: Session, first: date, last: date) -> Counter[tuple[str, str]]:
    rows = session.execute(
        select(WorkshopParticipant.role, WorkshopParticipant.age_band, func.sum(WorkshopParticipant.count))
        .join(Workshop, Workshop.id == WorkshopParticipant.workshop_id)
        .where(Workshop.held_on >= first, Workshop.held_on <= last, WorkshopParticipant.learner_id.is_(None))
        .group_by(WorkshopParticipant.role, WorkshopParticipant.age_band)
    ).all()
    return Counter({(role, band): int(n) for role, band, n in rows})


_END_OF_DAY = time.max


def _order(row: AttendanceRow) -> tuple[date, time, int]:
    """Visits by time; a day's workshops after its visits."""
    return (row.day, row.time_in or _END_OF_DAY, row.kind == Kind.WORKSHOP)
