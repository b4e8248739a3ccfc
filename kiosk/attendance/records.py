"""What attendance is made of, as plain values: the rows of the exports, workshops and their
registers, reach per month against the goals, and the local-day arithmetic they share (no
database here; ``kiosk.attendance.service`` fills them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple


from kiosk.core.clock import LOCAL_TZ
from kiosk.core.errors import Code, InputProblem
from kiosk.core.people import AgeBand, LearnerInfo, Role


class Kind(StrEnum):
    VISIT = "visita"
    WORKSHOP = "taller"


class AttendanceRow(NamedTuple):
    """One line of attendance, as the exports and the preview show it (``learner_id`` is
    only for grouping and is never exported)."""

    day: date  # local (America/Asuncion)
    time_in: time | None  # local; None for a workshop (a register has no times)
    time_out: time | None
    name: str  # display name; "" for people with no account
    age_band: str  # AgeBand value
    role: str  # Role value
    class_name: str  # the learner's classes ("5° A, Robótica"); a workshop's class for anonymous rows
    kind: str  # Kind value
    workshop: str  # the workshop's title; "" for a visit
    minutes: int | None  # a visit's length; None for a workshop
    people: int  # 1, or how many people an anonymous workshop row stands for
    learner_id: str | None


# People with no account are counted in these groups (role, age band) in a workshop register.
ANONYMOUS_GROUPS: tuple[tuple[Role, AgeBand], ...] = (
    (Role.LEARNER, AgeBand.CHILD),
    (Role.LEARNER, AgeBand.TEEN),
    (Role.LEARNER, AgeBand.ADULT),
    (Role.PARENT, AgeBand.ADULT),
    (Role.TEACHER, AgeBand.ADULT),
)

# Reach is shown per group of people; the programme's goals are set per group too (site
# settings, ``kiosk.people.site``), except adult learners, who have no goal of their own.
GOAL_KEYS = ("children", "teens", "adults", "parents", "teachers")
GOAL_SETTABLE = ("children", "teens", "parents", "teachers")


def goal_group(role: str, age_band: str) -> str:
    """The goal a person counts towards: teachers and parents by role, learners by age band."""
    if role == Role.TEACHER:
        return "teachers"
    if role == Role.PARENT:
        return "parents"
    if age_band == AgeBand.CHILD:
        return "children"
    if age_band == AgeBand.TEEN:
        return "teens"
    return "adults"


@dataclass(frozen=True)
class ClassInfo:
    id: str
    name: str


@dataclass(frozen=True)
class WorkshopInfo:
    id: str
    title: str
    held_on: date
    class_id: str | None
    class_name: str | None
    learners: int  # ticked learners with an account
    anonymous: int  # people with no account

    @property
    def total(self) -> int:
        return self.learners + self.anonymous


@dataclass(frozen=True)
class WorkshopRegister:
    """A saved register, to edit it again."""

    workshop: WorkshopInfo
    learner_ids: frozenset[str]
    anonymous: dict[tuple[str, str], int]  # (role, age band) -> people


@dataclass(frozen=True)
class RegisterPerson:
    learner: LearnerInfo
    in_class: bool  # a member of the workshop's class (listed first)


@dataclass
class ReachMonth:
    year: int
    month: int
    learners: Counter[tuple[str, str]] = field(default_factory=Counter)  # (role, band) -> distinct
    anonymous: Counter[tuple[str, str]] = field(default_factory=Counter)  # (role, band) -> people

    def learners_by_goal(self) -> dict[str, int]:
        return by_goal(self.learners)

    def anonymous_by_goal(self) -> dict[str, int]:
        return by_goal(self.anonymous)


@dataclass
class ReachReport:
    """Distinct learners reached (a visit or a workshop) per month and over the whole range,
    by role and age band, plus people with no account from workshop registers, and the goals.

    People with no account cannot be told apart, so they are added as counted (the same
    parent at two workshops counts twice); the screens show the two numbers apart."""

    date_from: date
    date_to: date
    months: list[ReachMonth]
    learners: Counter[tuple[str, str]]  # distinct over the whole range
    anonymous: Counter[tuple[str, str]]
    goals: dict[str, int]

    def learners_by_goal(self) -> dict[str, int]:
        return by_goal(self.learners)

    def anonymous_by_goal(self) -> dict[str, int]:
        return by_goal(self.anonymous)

    def reached(self, group: str) -> int:
        return self.learners_by_goal()[group] + self.anonymous_by_goal()[group]


def by_goal(counts: Mapping[tuple[str, str], int]) -> dict[str, int]:
    out = dict.fromkeys(GOAL_KEYS, 0)
    for (role, band), n in counts.items():
        out[goal_group(role, band)] += n
    return out


def local_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """UTC instants of local midnight at ``date_from`` and at the day after ``date_to``."""
    start = datetime.combine(date_from, time.min, tzinfo=LOCAL_TZ).astimezone(UTC)
    end = datetime.combine(date_to + timedelta(days=1), time.min, tzinfo=LOCAL_TZ).astimezone(UTC)
    return start, end


def month_spans(date_from: date, date_to: date) -> list[tuple[int, int, date, date]]:
    """(year, month, first day, last day) of every month the range touches, clipped to it."""
    spans = []
    year, month = date_from.year, date_from.month
    while (year, month) <= (date_to.year, date_to.month):
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        spans.append((year, month, max(first, date_from), min(nxt - timedelta(days=1), date_to)))
        year, month = nxt.year, nxt.month
    return spans


def _check_range(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise InputProblem(Code.DATES_REVERSED, start=date_from.isoformat(), end=date_to.isoformat())
