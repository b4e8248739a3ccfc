"""Learners: the profiles on the sign-in screen (a name, an avatar, an age band, a role).

Deliberately little data (DESIGN.md "Data"): no surname, birth date, ID number or photo.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.core.ids import LearnerId, new_id
from kiosk.core.names import name_problem
from kiosk.core.people import DISPLAY_NAME_MAX, AgeBand, Gender, LearnerInfo, Role, name_key
from kiosk.store.lite import db_time
from kiosk.store.quick import LEARNER_COLUMNS, learner_from_row
from kiosk.store.records import RecordNotFound

if TYPE_CHECKING:
    from kiosk.store.models import Learner
    from kiosk.store.store import Store


AVATAR_MAX = 64
E = TypeVar("E", AgeBand, Role, Gender)


def learner_info(row: Learner) -> LearnerInfo:
    """A learners row as the screens see it (one place for every service)."""
    return LearnerInfo(
        id=LearnerId(row.id),
        display_name=row.display_name,
        avatar=row.avatar,
        age_band=AgeBand(row.age_band),
        role=Role(row.role),
        gender=Gender(row.gender) if row.gender is not None else None,
        lang=row.lang,
    )


def _choice(kind: type[E], value: str, what: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InputProblem(Code.CHOICE_UNKNOWN, what=what, value=value, allowed=allowed) from None


def check_name(display_name: str) -> str:
    """The cleaned name (``kiosk.core.names.clean_name``), or ``InputProblem`` when it is
    empty after cleaning or too long."""
    name, problem = name_problem(display_name, DISPLAY_NAME_MAX)
    if problem == "empty":
        raise InputProblem(Code.LEARNER_NAME_EMPTY)
    if problem == "too-long":
        raise InputProblem(Code.LEARNER_NAME_TOO_LONG, max=DISPLAY_NAME_MAX)
    return name


def check_avatar(avatar: str) -> str:
    """A picture's file name, or ``InputProblem`` when it cannot be one."""
    avatar = avatar.strip()
    if not avatar or len(avatar) > AVATAR_MAX or "/" in avatar or "\\" in avatar:
        raise InputProblem(Code.AVATAR_UNKNOWN, detail=f"avatar {avatar!r}")
    return avatar


def looks_like_surname(name: str) -> bool:
    """Two words or more where the second starts with a capital: "Ana Benítez" (a first name
    and a surname), not "Ana" nor "la Colo".  Self-registration refuses it (DESIGN.md "Data":
    no surnames) unless the site allows full names."""
    words = name.split()
    return len(words) >= 2 and words[1][:1].isupper()


class NameTaken(InputProblem):
    """An active learner already has this name (ignoring case and accents) and this picture."""

    code = Code.LEARNER_NAME_TAKEN


class LearnerService:
    """Register and find learners. Every method is one short transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def register(
        self,
        display_name: str,
        avatar: str,
        age_band: AgeBand | str,
        role: Role | str,
        gender: Gender | str | None = None,
        *,
        class_id: str | None = None,
        refuse_surnames: bool = False,
        now: datetime | None = None,
    ) -> LearnerInfo:
        """Create a learner, and with ``class_id`` put them in that class in the same
        transaction (a teacher's "New learner…" in a class: both or neither).  ``InputProblem``
        for an empty or too long name, an unusable avatar, or a name + avatar pair an active
        learner already has (tiles must differ).  ``refuse_surnames`` (a learner registering
        themselves, ``PicturePasswordService.register_learner``): ``InputProblem`` for a name
        that looks like a first name and a surname (``looks_like_surname``)."""
        name = check_name(display_name)
        if refuse_surnames and looks_like_surname(name):
            raise InputProblem(Code.LEARNER_NAME_SURNAME)
        avatar = check_avatar(avatar)
        band = _choice(AgeBand, age_band, "age band")
        the_role = _choice(Role, role, "role")
        the_gender = _choice(Gender, gender, "gender") if gender is not None else None
        at = db_time(now or utcnow())
        info = LearnerInfo(LearnerId(new_id()), name, avatar, band, the_role, the_gender, None)
        device = self._store.device_id
        with self._store.lite.transaction() as conn:  # plain sqlite3: "Soy nuevo/a" (issue 14.5)
            key = name_key(name)
            same_avatar = conn.execute(
                "SELECT display_name FROM learners WHERE archived_at IS NULL AND avatar = ?", (avatar,))
            if any(name_key(other) == key for (other,) in same_avatar):
                raise NameTaken()
            conn.execute(
                "INSERT INTO learners (id, device_id, created_at, updated_at, display_name, avatar,"
                " age_band, role, gender, picture_failed_tries, picture_lock_level)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
                (info.id, device, at, at, name, avatar, band.value, the_role.value,
                 the_gender.value if the_gender is not None else None))
            if class_id is not None:
                if conn.execute("SELECT 1 FROM classes WHERE id = ?", (class_id,)).fetchone() is None:
                    raise RecordNotFound(f"no SchoolClass with id {class_id!r}")
                conn.execute("INSERT INTO class_members (id, device_id, class_id, learner_id, created_at)"
                             " VALUES (?, ?, ?, ?, ?)", (new_id(), device, class_id, info.id, at))
        return info

    def list_active(self) -> list[LearnerInfo]:
        """Learners not archived, sorted by name ignoring case and accents (plain sqlite3: the
        sign-in roster of the learner's path)."""
        with self._store.lite.reading() as conn:
            rows = conn.execute(f"SELECT {LEARNER_COLUMNS} FROM learners WHERE archived_at IS NULL").fetchall()  # noqa: S608
        infos = [learner_from_row(row) for row in rows]
        return sorted(infos, key=lambda i: (name_key(i.display_name), i.display_name, i.id))

    def get(self, learner_id: str) -> LearnerInfo | None:
        """The learner with this id (archived ones too: history still names them)."""
        with self._store.lite.reading() as conn:
            row = conn.execute(f"SELECT {LEARNER_COLUMNS} FROM learners WHERE id = ?", (learner_id,)).fetchone()  # noqa: S608
        return learner_from_row(row) if row is not None else None

    def count_active(self) -> int:
        with self._store.lite.reading() as conn:
            (count,) = conn.execute("SELECT count(*) FROM learners WHERE archived_at IS NULL").fetchone()
        return int(count)

    def archive(self, learner_id: str, *, now: datetime | None = None) -> None:
        """Hide a learner from the sign-in screen; their history stays."""
        from kiosk.store.models import Learner
        from kiosk.store.records import get_row

        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, Learner, learner_id)
            if row.archived_at is None:
                row.archived_at = moment
                row.updated_at = moment

    def remember_language(self, learner_id: str, lang: str | None, *, now: datetime | None = None) -> None:
        """The interface language this learner chose on the sign-in screen (``None``: forget it,
        the site's default applies).  Their next sign-in switches to it."""
        from kiosk.core import languages

        if lang is not None and lang not in languages.codes():
            raise InputProblem(Code.LANGUAGE_UNKNOWN, value=lang, allowed=", ".join(languages.codes()))
        at = db_time(now or utcnow())
        with self._store.lite.transaction() as conn:
            found = conn.execute("SELECT lang FROM learners WHERE id = ?", (learner_id,)).fetchone()
            if found is None:
                raise RecordNotFound(f"no Learner with id {learner_id!r}")
            if found[0] != lang:
                conn.execute("UPDATE learners SET lang = ?, updated_at = ? WHERE id = ?", (lang, at, learner_id))
