"""Assignments: a teacher gives a module to a whole class or to chosen learners of it, with an
optional due date; learners find it under "Para vos" on their home.

A due date is a calendar day in America/Asuncion (the telecenter's day), stored as a plain
``date``.  Each target has at most one active assignment per module: assigning again changes
its due date instead of making a duplicate.  Removing an assignment archives it (the history
stays).  Every method is one short transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk.core.clock import to_local, utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.learning.for_you import ForYou, for_learner  # noqa: F401 (ForYou re-exported: its home before)
from kiosk.store.models import (
    CONTENT_ID_LEN,
    Assignment,
    ClassMember,
    Learner,
    SchoolClass,
    Staff,
)
from kiosk.store.records import RecordNotFound, get_row

if TYPE_CHECKING:
    from kiosk.store.store import Store


class AssignmentProblem(InputProblem):
    """An assignment that cannot be made: ``code`` is one of the ``assign-*`` codes (the UI
    translates it); ``message`` is Spanish, for the command line."""


def local_today(now: datetime | None = None) -> date:
    """Today's date at the telecenter (America/Asuncion)."""
    return to_local(now or utcnow()).date()


@dataclass(frozen=True)
class AssignmentInfo:
    """One active assignment.  ``learner_id`` None: the whole class ``class_id``; otherwise one
    learner (``class_id`` then names the class it was given from, or None)."""

    id: str
    module_id: str
    class_id: str | None
    learner_id: str | None
    due_on: date | None
    created_at: datetime
    created_by: str | None

    @property
    def whole_class(self) -> bool:
        return self.learner_id is None


def _info(row: Assignment) -> AssignmentInfo:
    return AssignmentInfo(
        id=row.id,
        module_id=row.module_id,
        class_id=row.class_id,
        learner_id=row.learner_id,
        due_on=row.due_on,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def _sort_key(info: AssignmentInfo) -> tuple:
    # Soonest due first, undated after them, then the oldest assignment first.
    return (info.due_on is None, info.due_on or date.max, info.created_at, info.id)


class AssignmentService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def assign(
        self,
        module_id: str,
        *,
        class_id: str | None = None,
        learner_ids: Iterable[str] | None = None,
        due_on: date | None = None,
        staff_id: str | None = None,
        now: datetime | None = None,
    ) -> list[AssignmentInfo]:
        """Assign ``module_id`` to the whole class ``class_id`` (``learner_ids`` None), or to
        each of ``learner_ids`` (members of ``class_id`` when it is given).

        ``due_on`` is a day in America/Asuncion; it may be today, not earlier.  Assigning a
        module a target already has updates that assignment's due date.  Returns the active
        assignments touched, one per target.  ``AssignmentProblem`` for no target, an empty choice
        of learners, a learner outside the class, an archived class or a past due date.
        """
        moment = now or utcnow()
        module_id, chosen = self._check(module_id, class_id, learner_ids, due_on, moment)
        with self._store.transaction() as session:
            return self._assign(session, module_id, class_id, chosen, due_on, staff_id, moment)

    @staticmethod
    def _check(module_id: str, class_id: str | None, learner_ids: Iterable[str] | None,
               due_on: date | None, moment: datetime) -> tuple[str, list[str] | None]:
        """The checks that need no database: the module, the target, the due date."""
        module_id = module_id.strip()
        if not module_id or len(module_id) > CONTENT_ID_LEN:
            raise AssignmentProblem(Code.ASSIGN_NO_MODULE)
        chosen = None if learner_ids is None else sorted(dict.fromkeys(learner_ids))
        if class_id is None and chosen is None:
            raise AssignmentProblem(Code.ASSIGN_NO_TARGET)
        if chosen is not None and not chosen:
            raise AssignmentProblem(Code.ASSIGN_NO_LEARNERS)
        if due_on is not None and due_on < local_today(moment):
            raise AssignmentProblem(Code.ASSIGN_PAST_DUE)
        return module_id, chosen

    def assign_modules(
        self,
        module_ids: Iterable[str],
        *,
        class_id: str | None = None,
        learner_ids: Iterable[str] | None = None,
        due_on: date | None = None,
        staff_id: str | None = None,
        now: datetime | None = None,
    ) -> list[AssignmentInfo]:
        """Assign several modules to the same class or learners, all or nothing (one
        transaction): the staff's "Assign" with several modules ticked."""
        ids = list(module_ids)
        if not ids:
            raise AssignmentProblem(Code.ASSIGN_NO_MODULE)
        chosen = None if learner_ids is None else list(learner_ids)
        moment = now or utcnow()
        checked = [self._check(m, class_id, chosen, due_on, moment) for m in ids]
        with self._store.transaction() as session:
            touched: list[AssignmentInfo] = []
            for module_id, people in checked:
                touched += self._assign(session, module_id, class_id, people, due_on, staff_id, moment)
            return touched

    def _assign(self, session, module_id: str, class_id: str | None, chosen: list[str] | None,
                due_on: date | None, staff_id: str | None, moment: datetime) -> list[AssignmentInfo]:
        if staff_id is not None:
            get_row(session, Staff, staff_id)
        if class_id is not None:
            school_class = get_row(session, SchoolClass, class_id)
            if school_class.archived_at is not None:
                raise AssignmentProblem(Code.ASSIGN_CLASS_ARCHIVED)
        if chosen is not None:
            found = set(
                session.scalars(select(Learner.id).where(Learner.id.in_(chosen)))
            )
            missing = [learner for learner in chosen if learner not in found]
            if missing:
                raise RecordNotFound(f"no Learner with id {missing[0]!r}")
            if class_id is not None:
                members = set(
                    session.scalars(
                        select(ClassMember.learner_id).where(
                            ClassMember.class_id == class_id,
                            ClassMember.learner_id.in_(chosen),
                        )
                    )
                )
                if len(members) != len(chosen):
                    raise AssignmentProblem(Code.ASSIGN_NOT_MEMBERS)

        targets: list[str | None] = [None] if chosen is None else list(chosen)
        existing = session.scalars(
            select(Assignment).where(
                Assignment.module_id == module_id,
                Assignment.archived_at.is_(None),
                (Assignment.class_id.is_(None) if class_id is None
                 else Assignment.class_id == class_id),
                (Assignment.learner_id.is_(None) if chosen is None
                 else Assignment.learner_id.in_(chosen)),
            )
        ).all()
        by_target = {row.learner_id: row for row in existing}
        touched = []
        for target in targets:
            row = by_target.get(target)
            if row is None:
                row = Assignment(
                    device_id=self._store.device_id,
                    created_at=moment,
                    created_by=staff_id,
                    module_id=module_id,
                    class_id=class_id,
                    learner_id=target,
                    due_on=due_on,
                )
                session.add(row)
            else:
                row.due_on = due_on
            touched.append(row)
        session.flush()
        return [_info(row) for row in touched]

    def for_class(self, class_id: str) -> list[AssignmentInfo]:
        """Active assignments given from this class: to the whole class and to chosen learners
        of it; soonest due first."""
        with self._store.reading() as session:
            rows = session.scalars(
                select(Assignment).where(
                    Assignment.class_id == class_id, Assignment.archived_at.is_(None)
                )
            ).all()
            return sorted((_info(row) for row in rows), key=_sort_key)

    def for_learner(self, learner_id: str, *, include_completed: bool = False) -> list[ForYou]:
        """The learner's "Para vos" list (``kiosk.learning.for_you``, plain sqlite3): modules
        assigned to them directly or to any of their (active) classes, one entry per module with
        its earliest due date, soonest first; completed modules left out unless
        ``include_completed``."""
        return for_learner(self._store.lite, learner_id, include_completed=include_completed)

    def unassign(self, assignment_id: str, *, now: datetime | None = None) -> None:
        """Take an assignment back (archived: it leaves every "Para vos" list)."""
        self.unassign_many([assignment_id], now=now)

    def unassign_many(self, assignment_ids: Iterable[str], *, now: datetime | None = None) -> None:
        """Take several assignments back, all or nothing."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            for assignment_id in assignment_ids:
                row = get_row(session, Assignment, assignment_id)
                if row.archived_at is None:
                    row.archived_at = moment
