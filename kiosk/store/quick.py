"""The sign-in screen's learners and classes, read with the standard library's sqlite3.

Importing SQLAlchemy takes ~0.3 s on a low-spec PC, longer than the rest of start-up together,
so the first screen reads its tiles directly (read-only, a few queries) while the ``Store`` opens
in the background.  This is the only read outside the Store; it never writes, and a database
that is missing, not yet migrated or at an unknown revision gives ``None`` (the caller then
waits for the back end, which gives the same ``SignInRoster``: ``kiosk.ui.learner_flow``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kiosk.core.clock import to_local, utcnow
from kiosk.core.ids import LearnerId
from kiosk.core.people import AgeBand, Gender, LearnerInfo, Role, name_key
from kiosk.store.revision import HEAD_REVISION


@dataclass(frozen=True)
class SignInRoster:
    """What the sign-in screen shows: the active learners sorted by name, the active classes
    (id, name) sorted by name, who is in which class, and the class in session today (the
    class of a workshop register held today, the latest first; ``None`` when there is none)."""

    learners: tuple[LearnerInfo, ...] = ()
    classes: tuple[tuple[str, str], ...] = ()
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # class id -> learner ids
    in_session: str | None = None

    @classmethod
    def build(cls, learners, classes, pairs, in_session: str | None = None) -> SignInRoster:
        """From unsorted parts: ``classes`` (id, name), ``pairs`` (class id, learner id);
        memberships of archived classes or learners are dropped."""
        ordered = sorted(learners, key=lambda i: (name_key(i.display_name), i.display_name, i.id))
        sorted_classes = tuple(sorted(classes, key=lambda c: (name_key(c[1]), c[1], c[0])))
        active = {learner.id for learner in ordered}
        members: dict[str, set[str]] = {class_id: set() for class_id, _name in sorted_classes}
        for class_id, learner_id in pairs:
            if class_id in members and learner_id in active:
                members[class_id].add(learner_id)
        return cls(tuple(ordered), sorted_classes, {k: frozenset(v) for k, v in members.items()},
                   in_session if in_session in members else None)

    def class_names_of(self, learner_id: str) -> list[str]:
        return [name for class_id, name in self.classes if learner_id in self.members.get(class_id, ())]

    def captions(self) -> dict[str, str]:
        """Learner id -> the names of their classes ("5º A, Taller"), for every learner in one."""
        names: dict[str, list[str]] = {}
        for class_id, name in self.classes:
            for learner_id in self.members.get(class_id, ()):
                names.setdefault(learner_id, []).append(name)
        return {learner_id: ", ".join(found) for learner_id, found in names.items()}


LEARNER_COLUMNS = "id, display_name, avatar, age_band, role, gender, lang"  # ``learner_from_row``'s order


def learner_from_row(row: Sequence) -> LearnerInfo:
    """A learners row (``LEARNER_COLUMNS``) as the screens see it (the sign-in roster here, the
    plain reads of ``kiosk.people.learners``)."""
    return LearnerInfo(LearnerId(row[0]), row[1], row[2], AgeBand(row[3]), Role(row[4]),
                       Gender(row[5]) if row[5] is not None else None, row[6])


def local_today() -> date:
    return to_local(utcnow()).date()


def read_roster(db_path: Path, today: date | None = None) -> SignInRoster | None:
    if not db_path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchall()
        if [r[0] for r in revision] != [HEAD_REVISION]:
            return None
        return roster_from(con, today)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()


def roster_from(con: sqlite3.Connection, today: date | None = None) -> SignInRoster:
    """The roster read on ``con`` (the start-up's read-only connection, or the store's plain
    one in a read transaction: ``Backend.sign_in_roster``)."""
    rows = con.execute(f"SELECT {LEARNER_COLUMNS} FROM learners WHERE archived_at IS NULL").fetchall()  # noqa: S608
    learners = [learner_from_row(r) for r in rows]
    classes = con.execute("SELECT id, name FROM classes WHERE archived_at IS NULL").fetchall()
    pairs = con.execute("SELECT class_id, learner_id FROM class_members").fetchall()
    session = con.execute(
        "SELECT class_id FROM workshops WHERE held_on = ? AND class_id IS NOT NULL "
        "ORDER BY created_at DESC LIMIT 1", ((today or local_today()).isoformat(),)
    ).fetchone()
    return SignInRoster.build(learners, [(c[0], c[1]) for c in classes], pairs, session[0] if session else None)


def active_staff_count(con: sqlite3.Connection) -> int:
    """How many staff members are active (none: the kiosk's first run comes first)."""
    (count,) = con.execute("SELECT count(*) FROM staff WHERE archived_at IS NULL").fetchone()
    return int(count)


def read_learners(db_path: Path) -> list[LearnerInfo] | None:
    """The active learners only (sorted by name), or ``None`` as ``read_roster``."""
    roster = read_roster(db_path)
    return list(roster.learners) if roster is not None else None
