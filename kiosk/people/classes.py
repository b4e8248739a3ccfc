"""Classes ("clases"): named groups of learners that staff create, rename and archive.

A class name is unique among the ACTIVE classes, compared ignoring case, accents and
apostrophe look-alikes (``name_key``): "5º A" and "5º a" are the same class, an archived
"5º A" does not stop a new one.  Archiving hides a class; its members and history stay.

Every method is one short transaction (``now=`` is for tests).  Problems a person caused are
``ClassProblem`` (an ``InputProblem``) with a stable ``code`` the UI translates and a
Spanish ``message`` the command line prints as is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.core.names import name_problem
from kiosk.core.people import LearnerInfo, name_key
from kiosk.people.learners import learner_info
from kiosk.store.models import ClassMember, Learner, SchoolClass
from kiosk.store.records import get_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.store.store import Store

CLASS_NAME_MAX = 64


class ClassProblem(InputProblem):
    """A class name that cannot be used: ``class-name-empty``, ``class-name-too-long``,
    ``class-name-taken`` or ``class-restore-taken`` (with the other class's ``name``)."""


@dataclass(frozen=True)
class ClassInfo:
    id: str
    name: str
    member_count: int  # active learners in the class
    archived_at: datetime | None = None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True)
class MemberInfo:
    """A learner as the classes page shows them (with whether they have a picture password)."""

    learner: LearnerInfo
    has_picture_password: bool

    @property
    def id(self) -> str:
        return self.learner.id

    @property
    def display_name(self) -> str:
        return self.learner.display_name


def clean_class_name(raw: str) -> str:
    """The name as stored (``kiosk.core.names.clean_name``: invisible and control characters
    removed, white space collapsed).  ``ClassProblem`` if empty after cleaning or too long."""
    name, problem = name_problem(raw, CLASS_NAME_MAX)
    if problem == "empty":
        raise ClassProblem(Code.CLASS_NAME_EMPTY)
    if problem == "too-long":
        raise ClassProblem(Code.CLASS_NAME_TOO_LONG, max=CLASS_NAME_MAX)
    return name


def _sort_key(name: str) -> tuple[str, str]:
    return (name_key(name), name)


class ClassService:
    """Create, rename and archive classes; add and remove members.  One transaction each."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- classes ---------------------------------------------------------------------------
    def create(self, name: str, *, now: datetime | None = None) -> ClassInfo:
        clean = clean_class_name(name)
        moment = now or utcnow()
        with self._store.transaction() as session:
            self._check_free(session, clean, None)
            row = SchoolClass(device_id=self._store.device_id, created_at=moment, updated_at=moment, name=clean)
            session.add(row)
            session.flush()
            return ClassInfo(row.id, row.name, 0)

    def rename(self, class_id: str, name: str, *, now: datetime | None = None) -> ClassInfo:
        clean = clean_class_name(name)
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, SchoolClass, class_id)
            if row.archived_at is None:
                self._check_free(session, clean, class_id)
            if row.name != clean:
                row.name = clean
                row.updated_at = moment
            return ClassInfo(row.id, row.name, _count(session, row.id), row.archived_at)

    def archive(self, class_id: str, *, now: datetime | None = None) -> None:
        """Hide a class from the lists; members and history stay."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, SchoolClass, class_id)
            if row.archived_at is None:
                row.archived_at = moment
                row.updated_at = moment

    def restore(self, class_id: str, *, now: datetime | None = None) -> None:
        """Bring an archived class back (``ClassProblem`` if an active class took its name)."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, SchoolClass, class_id)
            if row.archived_at is not None:
                self._check_free(session, row.name, class_id, Code.CLASS_RESTORE_TAKEN)
                row.archived_at = None
                row.updated_at = moment

    def list(self, *, include_archived: bool = False) -> list[ClassInfo]:
        """Classes with how many active learners each has, sorted by name."""
        with self._store.reading() as session:
            counts = (
                select(ClassMember.class_id, func.count().label("n"))
                .join(Learner, Learner.id == ClassMember.learner_id)
                .where(Learner.archived_at.is_(None))
                .group_by(ClassMember.class_id)
                .subquery()
            )
            query = select(SchoolClass, func.coalesce(counts.c.n, 0)).outerjoin(
                counts, counts.c.class_id == SchoolClass.id
            )
            if not include_archived:
                query = query.where(SchoolClass.archived_at.is_(None))
            found = [ClassInfo(row.id, row.name, int(n), row.archived_at) for row, n in session.execute(query)]
        return sorted(found, key=lambda c: (c.archived, *_sort_key(c.name), c.id))

    def get(self, class_id: str) -> ClassInfo | None:
        with self._store.reading() as session:
            row = session.get(SchoolClass, class_id)
            if row is None:
                return None
            return ClassInfo(row.id, row.name, _count(session, row.id), row.archived_at)

    def find(self, name: str) -> ClassInfo | None:
        """The active class with this name (ignoring case and accents), or None."""
        key = name_key(name)
        with self._store.reading() as session:
            for row in session.scalars(select(SchoolClass).where(SchoolClass.archived_at.is_(None))):
                if name_key(row.name) == key:
                    return ClassInfo(row.id, row.name, _count(session, row.id))
        return None

    # -- members ---------------------------------------------------------------------------
    def add_members(self, class_id: str, learner_ids: Iterable[str], *, now: datetime | None = None) -> int:
        """Put learners in a class; those already in it are skipped.  Returns how many joined."""
        wanted = list(dict.fromkeys(learner_ids))
        moment = now or utcnow()
        with self._store.transaction() as session:
            get_row(session, SchoolClass, class_id)
            present = set(
                session.scalars(select(ClassMember.learner_id).where(ClassMember.class_id == class_id))
            )
            added = 0
            for learner_id in wanted:
                if learner_id in present:
                    continue
                get_row(session, Learner, learner_id)
                session.add(ClassMember(device_id=self._store.device_id, class_id=class_id,
                                        learner_id=learner_id, created_at=moment))
                added += 1
            return added

    def remove_member(self, class_id: str, learner_id: str) -> bool:
        """Take a learner out of a class (the learner and their history stay)."""
        with self._store.transaction() as session:
            result = session.execute(
                delete(ClassMember).where(ClassMember.class_id == class_id, ClassMember.learner_id == learner_id)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def members(self, class_id: str) -> list[MemberInfo]:
        """The active learners of a class, sorted by name."""
        with self._store.reading() as session:
            rows = session.scalars(
                select(Learner)
                .join(ClassMember, ClassMember.learner_id == Learner.id)
                .where(ClassMember.class_id == class_id, Learner.archived_at.is_(None))
            ).all()
            found = [MemberInfo(learner_info(r), r.picture_secret is not None) for r in rows]
        return sorted(found, key=lambda m: (*_sort_key(m.display_name), m.id))

    def classes_of(self, learner_id: str) -> list[ClassInfo]:
        """The active classes a learner is in, sorted by name."""
        with self._store.reading() as session:
            rows = session.scalars(
                select(SchoolClass)
                .join(ClassMember, ClassMember.class_id == SchoolClass.id)
                .where(ClassMember.learner_id == learner_id, SchoolClass.archived_at.is_(None))
            ).all()
            found = [ClassInfo(r.id, r.name, _count(session, r.id)) for r in rows]
        return sorted(found, key=lambda c: (*_sort_key(c.name), c.id))

    def learners_outside(self, class_id: str) -> list[MemberInfo]:
        """Active learners who are not in this class (to pick from when adding)."""
        with self._store.reading() as session:
            inside = select(ClassMember.learner_id).where(ClassMember.class_id == class_id)
            rows = session.scalars(
                select(Learner).where(Learner.archived_at.is_(None), Learner.id.not_in(inside))
            ).all()
            found = [MemberInfo(learner_info(r), r.picture_secret is not None) for r in rows]
        return sorted(found, key=lambda m: (*_sort_key(m.display_name), m.id))

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _check_free(session: Session, name: str, except_id: str | None,
                    code: Code = Code.CLASS_NAME_TAKEN) -> None:
        key = name_key(name)
        for other_id, other_name in session.execute(
            select(SchoolClass.id, SchoolClass.name).where(SchoolClass.archived_at.is_(None))
        ):
            if other_id != except_id and name_key(other_name) == key:
                raise ClassProblem(code, name=other_name)


def _count(session: Session, class_id: str) -> int:
    return session.scalar(
        select(func.count())
        .select_from(ClassMember)
        .join(Learner, Learner.id == ClassMember.learner_id)
        .where(ClassMember.class_id == class_id, Learner.archived_at.is_(None))
    ) or 0
