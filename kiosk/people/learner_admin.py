"""Learner management for staff: edit, archive and restore, merge two profiles, delete.

Every operation is ONE transaction, and every operation that changes what the counts see
(a role or an age band, a merge, a delete) recomputes the sync outbox's cells of every local
day with facts of the learners concerned (``kiosk.sync.outbox_cells.touch``, never narrowed:
see its docstring), inside that same transaction.  So the counts that leave the PC stay the
counts of the facts left on it (``kiosk.sync.counts``): a merged child is reached once, a
deleted child not at all.

The outbox belongs to ``kiosk.sync``, above this package: the back end hands its ``touch`` in
(``LearnerAdmin(store, recount=touch)``), so ``people`` never imports ``sync``.

Archiving only hides a learner from the sign-in screen and the class lists: their history and
the counts stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.core.people import AgeBand, LearnerInfo, Role, name_key
from kiosk.people.learners import NameTaken, _choice, check_avatar, check_name, learner_info
from kiosk.store.models import (
    Assignment,
    Attempt,
    DRAWINGS_PER_LEARNER,
    ClassMember,
    Drawing,
    Learner,
    LearnerSession,
    LessonProgress,
    ModuleCompletion,
    SchoolClass,
    Visit,
    Workshop,
    WorkshopParticipant,
)
from kiosk.store.records import get_row

if TYPE_CHECKING:
    from kiosk.store.store import Store


Recount = Callable[..., object]  # kiosk.sync.outbox_cells.touch(session, moments)


@dataclass(frozen=True)
class ManagedLearner:
    """A learner as the staff's lists show them: archived or not, and their classes."""

    learner: LearnerInfo
    archived: bool
    class_names: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.learner.id

    @property
    def display_name(self) -> str:
        return self.learner.display_name


@dataclass(frozen=True)
class Footprint:
    """What a learner has on this kiosk: what a delete loses, what a merge moves."""

    sessions: int = 0
    visits: int = 0
    answers: int = 0
    lessons_completed: int = 0
    certificates: int = 0  # module completions: one certificate each
    classes: int = 0
    workshops: int = 0


class LearnerAdmin:
    """The staff's operations on learner profiles (``backend.learner_admin``)."""

    def __init__(self, store: Store, recount: Recount) -> None:
        self._store = store
        self._recount = recount

    def _touch(self, session: Session, moments: Iterable[datetime | date]) -> None:
        """Every cell of those days, never narrowed (a role, an age band, a first time moved)."""
        self._recount(session, moments)

    # -- reading ---------------------------------------------------------------------------
    def list(self, *, include_archived: bool = True) -> list[ManagedLearner]:
        """Every learner (archived ones too unless told), sorted by name, with their classes."""
        with self._store.reading() as session:
            query = select(Learner)
            if not include_archived:
                query = query.where(Learner.archived_at.is_(None))
            rows = session.scalars(query).all()
            classes: dict[str, list[str]] = {}
            for learner_id, name in session.execute(
                select(ClassMember.learner_id, SchoolClass.name)
                .join(SchoolClass, SchoolClass.id == ClassMember.class_id)
                .where(SchoolClass.archived_at.is_(None))
            ):
                classes.setdefault(learner_id, []).append(name)
            found = [ManagedLearner(learner_info(r), r.archived_at is not None,
                                    tuple(sorted(classes.get(r.id, ()), key=name_key)))
                     for r in rows]
        return sorted(found, key=lambda m: (name_key(m.display_name), m.display_name, m.id))

    def footprint(self, learner_id: str) -> Footprint:
        """How many sign-ins, visits, answers, completions... the learner has."""
        with self._store.reading() as session:
            get_row(session, Learner, learner_id)
            return _footprint(session, learner_id)

    # -- editing ---------------------------------------------------------------------------
    def update(self, learner_id: str, *, display_name: str | None = None, avatar: str | None = None,
               age_band: AgeBand | str | None = None, role: Role | str | None = None,
               now: datetime | None = None) -> LearnerInfo:
        """Change a learner's name, picture, age band or role (what is None stays).
        ``NameTaken`` when another active learner has the same name and picture; a new role
        or age band recomputes the counts of every day with this learner's facts."""
        name = check_name(display_name) if display_name is not None else None
        picture = check_avatar(avatar) if avatar is not None else None
        band = _choice(AgeBand, age_band, "age band").value if age_band is not None else None
        the_role = _choice(Role, role, "role").value if role is not None else None
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, Learner, learner_id)
            new_name = name if name is not None else row.display_name
            new_avatar = picture if picture is not None else row.avatar
            if row.archived_at is None and (new_name, new_avatar) != (row.display_name, row.avatar):
                _check_free(session, new_name, new_avatar, except_id=row.id)
            recount = (band is not None and band != row.age_band) or \
                      (the_role is not None and the_role != row.role)
            row.display_name, row.avatar = new_name, new_avatar
            if band is not None:
                row.age_band = band
            if the_role is not None:
                row.role = the_role
            row.updated_at = moment
            if recount:
                self._touch(session, _fact_moments(session, [row.id]))
            return learner_info(row)

    def archive(self, learner_id: str, *, now: datetime | None = None) -> None:
        """Hide a learner from the sign-in screen and the classes; history and counts stay."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, Learner, learner_id)
            if row.archived_at is None:
                row.archived_at = moment
                row.updated_at = moment

    def restore(self, learner_id: str, *, now: datetime | None = None) -> LearnerInfo:
        """Bring an archived learner back (``InputProblem`` when an active learner took the
        same name and picture meanwhile: rename one of them first)."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, Learner, learner_id)
            if row.archived_at is not None:
                try:
                    _check_free(session, row.display_name, row.avatar, except_id=row.id)
                except NameTaken:
                    raise InputProblem(Code.LEARNER_RESTORE_TAKEN, name=row.display_name) from None
                row.archived_at = None
                row.updated_at = moment
            return learner_info(row)

    # -- merging and deleting --------------------------------------------------------------
    def merge(self, keep_id: str, other_id: str, *, now: datetime | None = None) -> Footprint:
        """Two profiles of the same child: everything of ``other_id`` (sign-ins, visits,
        answers, lesson summaries, module completions, classes, workshop registers,
        assignments, gallery drawings) moves to ``keep_id``, and ``other_id`` is removed.  Summaries of the same
        lesson or module are merged (best score and progress the higher, completion the
        earlier); a class or a workshop both were in counts once; the kept profile takes the
        other's picture password when it has none.  Returns the kept learner's
        footprint afterwards."""
        if keep_id == other_id:
            raise InputProblem(Code.LEARNER_MERGE_SAME)
        moment = now or utcnow()
        with self._store.transaction() as session:
            keep = get_row(session, Learner, keep_id)
            other = get_row(session, Learner, other_id)
            moments = _fact_moments(session, [keep.id, other.id])
            for table in (LearnerSession, Visit, Attempt, Drawing):
                session.execute(update(table).where(table.learner_id == other.id)
                                .values(learner_id=keep.id))
            _merge_lessons(session, keep.id, other.id)
            _merge_modules(session, keep.id, other.id)
            _trim_drawings(session, keep.id)  # one gallery now: its newest drawings
            _move_unique(session, ClassMember, ClassMember.class_id, keep.id, other.id)
            _move_unique(session, WorkshopParticipant, WorkshopParticipant.workshop_id, keep.id, other.id)
            _move_assignments(session, keep.id, other.id)
            if keep.picture_secret is None and other.picture_secret is not None:
                keep.picture_secret = other.picture_secret  # the pictures the child knows
            session.flush()
            session.delete(other)
            keep.updated_at = moment
            session.flush()
            self._touch(session, moments)
            return _footprint(session, keep.id)

    def delete(self, learner_id: str) -> Footprint:
        """Remove a learner and every row of theirs for good; the counts of every day they
        had facts on are recomputed without them.  Returns what was removed."""
        with self._store.transaction() as session:
            row = get_row(session, Learner, learner_id)
            lost = _footprint(session, row.id)
            moments = _fact_moments(session, [row.id])
            for table in (Attempt, Visit, LearnerSession, LessonProgress, ModuleCompletion,
                          ClassMember, Assignment, WorkshopParticipant, Drawing):
                session.execute(delete(table).where(table.learner_id == row.id))
            session.delete(row)
            session.flush()
            self._touch(session, moments)
            return lost


# -- helpers (inside a transaction) -----------------------------------------------------------


def _check_free(session: Session, name: str, avatar: str, *, except_id: str) -> None:
    key = name_key(name)
    others = session.scalars(select(Learner.display_name).where(
        Learner.archived_at.is_(None), Learner.avatar == avatar, Learner.id != except_id))
    if any(name_key(other) == key for other in others):
        raise NameTaken()


def _count(session: Session, column, learner_id: str, *conditions) -> int:
    return session.scalar(select(func.count()).where(column == learner_id, *conditions)) or 0


def _footprint(session: Session, learner_id: str) -> Footprint:
    return Footprint(
        sessions=_count(session, LearnerSession.learner_id, learner_id),
        visits=_count(session, Visit.learner_id, learner_id),
        answers=_count(session, Attempt.learner_id, learner_id),
        lessons_completed=_count(session, LessonProgress.learner_id, learner_id,
                                 LessonProgress.completed_at.is_not(None)),
        certificates=_count(session, ModuleCompletion.learner_id, learner_id),
        classes=_count(session, ClassMember.learner_id, learner_id),
        workshops=_count(session, WorkshopParticipant.learner_id, learner_id),
    )


def _fact_moments(session: Session, learner_ids: list[str]) -> set[datetime | date]:
    """Every moment (or local day) a counted fact of these learners belongs to."""
    moments: set[datetime | date] = set()
    for column, owner in ((LearnerSession.started_at, LearnerSession.learner_id),
                          (Visit.started_at, Visit.learner_id),
                          (LessonProgress.completed_at, LessonProgress.learner_id),
                          (ModuleCompletion.completed_at, ModuleCompletion.learner_id)):
        moments.update(m for m in session.scalars(
            select(column).where(owner.in_(learner_ids)).distinct()) if m is not None)
    moments.update(session.scalars(
        select(Workshop.held_on).join(WorkshopParticipant, WorkshopParticipant.workshop_id == Workshop.id)
        .where(WorkshopParticipant.learner_id.in_(learner_ids)).distinct()))
    return moments


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return min((m for m in (a, b) if m is not None), default=None)


def _highest(a: float | None, b: float | None) -> float | None:
    return max((v for v in (a, b) if v is not None), default=None)


def _merge_lessons(session: Session, keep_id: str, other_id: str) -> None:
    kept = {r.lesson_id: r for r in session.scalars(
        select(LessonProgress).where(LessonProgress.learner_id == keep_id))}
    for row in session.scalars(select(LessonProgress).where(LessonProgress.learner_id == other_id)).all():
        mine = kept.get(row.lesson_id)
        if mine is None:
            row.learner_id = keep_id
            continue
        mine.progress = max(mine.progress, row.progress)
        mine.best_score = _highest(mine.best_score, row.best_score)
        mine.last_page = max(mine.last_page, row.last_page)
        mine.completed_at = _earliest(mine.completed_at, row.completed_at)
        mine.created_at = min(mine.created_at, row.created_at)
        mine.updated_at = max(mine.updated_at, row.updated_at)
        session.delete(row)
    session.flush()


def _merge_modules(session: Session, keep_id: str, other_id: str) -> None:
    kept = {r.module_id: r for r in session.scalars(
        select(ModuleCompletion).where(ModuleCompletion.learner_id == keep_id))}
    for row in session.scalars(select(ModuleCompletion).where(ModuleCompletion.learner_id == other_id)).all():
        mine = kept.get(row.module_id)
        if mine is None:
            row.learner_id = keep_id
            continue
        if row.completed_at < mine.completed_at:
            mine.completed_at, mine.module_version = row.completed_at, row.module_version
        session.delete(row)
    session.flush()


def _trim_drawings(session: Session, learner_id: str) -> None:
    """Two galleries became one: keep the newest ``DRAWINGS_PER_LEARNER`` (as
    ``kiosk.learning.gallery`` does when a drawing is saved)."""
    extra = session.scalars(
        select(Drawing.id).where(Drawing.learner_id == learner_id)
        .order_by(Drawing.created_at.desc()).offset(DRAWINGS_PER_LEARNER)
    ).all()
    if extra:
        session.execute(delete(Drawing).where(Drawing.id.in_(extra)))


def _move_unique(session: Session, model, group_column, keep_id: str, other_id: str) -> None:
    """Rows unique per (group, learner): move the other's, drop those the kept one has."""
    taken = set(session.scalars(select(group_column).where(model.learner_id == keep_id)))
    for row in session.scalars(select(model).where(model.learner_id == other_id)).all():
        if getattr(row, group_column.key) in taken:
            session.delete(row)
        else:
            row.learner_id = keep_id
    session.flush()


def _move_assignments(session: Session, keep_id: str, other_id: str) -> None:
    """A module assigned to both profiles stays assigned once."""
    taken = set(session.scalars(select(Assignment.module_id).where(
        Assignment.learner_id == keep_id, Assignment.archived_at.is_(None))))
    for row in session.scalars(select(Assignment).where(Assignment.learner_id == other_id)).all():
        if row.archived_at is None and row.module_id in taken:
            session.delete(row)
        else:
            row.learner_id = keep_id
    session.flush()


__all__ = ["Footprint", "LearnerAdmin", "ManagedLearner"]
