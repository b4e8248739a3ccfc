"""Count cells: ``(period, metric, dims) -> value`` (PROTOCOL.md "A cell").

Two ways to the same numbers:

* ``count_cells(facts)`` -- PURE: plain fact tuples in, cells out.  No SQLAlchemy, no clock.
  It is the definition (and the oracle the tests compare the SQL with).
* ``day_cells(session, day)`` -- the cells of ONE local day straight from the database with
  aggregate SQL; the outbox calls it inside an activity's transaction, so it must be fast
  (benchmarks/recompute_day.py: a busy day in a few milliseconds).

Periods are days in America/Asuncion (``local_day``).  A fact belongs to the day it STARTED
(a visit's minutes all go to the day the visit began).

Metrics and their dims (every dim value is a string; no learner id ever appears):

=====================  ==========================  ==============================================
metric                 dims                        value
=====================  ==========================  ==============================================
sessions               role, age_band              sign-ins that day
visits                 module, role, age_band      lesson visits started that day
minutes                module, role, age_band      whole minutes of those visits (sum, then floor)
lessons_completed      module, role, age_band      first completions of a lesson that day
modules_completed      module, role, age_band      module completions that day
learners_reached       role, age_band              learners whose FIRST sign-in ever was that day
learners_reached       module, role, age_band      learners whose first visit to the module was
                                                   that day (additive over days; "first" is
                                                   the first RECORDED, see ``count_cells``)
workshop_participants  role, age_band              people in workshop registers held that day
=====================  ==========================  ==============================================

Staff never appear: their sign-ins are ``staff_sessions``, which nothing here reads.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.core.clock import LOCAL_TZ

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SESSIONS = "sessions"
VISITS = "visits"
MINUTES = "minutes"
LESSONS_COMPLETED = "lessons_completed"
MODULES_COMPLETED = "modules_completed"
LEARNERS_REACHED = "learners_reached"
WORKSHOP_PARTICIPANTS = "workshop_participants"
METRICS = (
    SESSIONS,
    VISITS,
    MINUTES,
    LESSONS_COMPLETED,
    MODULES_COMPLETED,
    LEARNERS_REACHED,
    WORKSHOP_PARTICIPANTS,
)
DIM_KEYS = ("module", "role", "age_band")


class CellKey(NamedTuple):
    """A cell's key on this install: ``period`` "YYYY-MM-DD", ``metric``, canonical ``dims``."""

    period: str
    metric: str
    dims: str  # canonical JSON: keys sorted, no spaces, UTF-8 (``canonical_dims``)


Cells = dict[CellKey, int]


def canonical_dims(dims: Mapping[str, str]) -> str:
    """The canonical form of a dims object (PROTOCOL.md): JSON, keys sorted, no spaces."""
    unknown = set(dims) - set(DIM_KEYS)
    if unknown:
        raise ValueError(f"unknown dims {sorted(unknown)}")
    return json.dumps(dict(dims), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def cell_json(key: CellKey, value: int, rev: int) -> dict:
    """One cell as it goes on the wire (and in a bundle's cells.jsonl)."""
    return {
        "period": key.period,
        "metric": key.metric,
        "dims": json.loads(key.dims),
        "value": int(value),
        "rev": int(rev),
    }


# -- days ------------------------------------------------------------------------------------


def local_day(moment: datetime | date) -> date:
    """The day in America/Asuncion of a UTC moment (a ``date`` is a local day already)."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise ValueError(f"naive datetime {moment!r}")
        return moment.astimezone(LOCAL_TZ).date()
    return moment


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a local day, in UTC (23 or 25 hours long on a DST change)."""
    start = datetime.combine(day, time(0), tzinfo=LOCAL_TZ).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=LOCAL_TZ).astimezone(UTC)
    return start, end


_LAST_PART = re.compile(r"[^/]*\Z")


@lru_cache(maxsize=4096)
def module_of(lesson_id: str) -> str:
    """"track/module/lesson" -> "track/module" (the SQL in ``day_cells`` does the same)."""
    return _LAST_PART.sub("", lesson_id).rstrip("/")


# -- the pure definition ---------------------------------------------------------------------


class SessionFact(NamedTuple):
    learner: str  # any local key: it is used to find "the first time", never output
    started_at: datetime
    role: str
    age_band: str
    mine: bool = True  # made on THIS install (device); others only decide "the first time"


class VisitFact(NamedTuple):
    learner: str
    started_at: datetime
    lesson_id: str
    role: str
    age_band: str
    seconds: int
    mine: bool = True


class LessonCompletionFact(NamedTuple):
    learner: str
    completed_at: datetime  # the FIRST completion of the lesson by this learner
    lesson_id: str
    role: str
    age_band: str
    mine: bool = True


class ModuleCompletionFact(NamedTuple):
    learner: str
    completed_at: datetime
    module_id: str
    role: str
    age_band: str
    mine: bool = True


class WorkshopFact(NamedTuple):
    held_on: date  # a local day already
    role: str
    age_band: str
    count: int
    mine: bool = True


@dataclass(frozen=True)
class Facts:
    sessions: Iterable[SessionFact] = ()
    visits: Iterable[VisitFact] = ()
    lessons: Iterable[LessonCompletionFact] = ()
    modules: Iterable[ModuleCompletionFact] = ()
    workshops: Iterable[WorkshopFact] = ()


@lru_cache(maxsize=4096)
def _dims(module: str | None, role: str, age_band: str) -> str:
    """Canonical dims of a cell: with a module, or only role and age band (cached: a busy
    day has hundreds of cells and every activity recomputes them)."""
    if module is None:
        return canonical_dims({"role": role, "age_band": age_band})
    return canonical_dims({"module": module, "role": role, "age_band": age_band})


@dataclass
class _Tally:
    cells: defaultdict[CellKey, int] = field(default_factory=lambda: defaultdict(int))
    seconds: defaultdict[CellKey, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, period: str, metric: str, dims: str, value: int) -> None:
        self.cells[CellKey(period, metric, dims)] += value

    def add_seconds(self, period: str, dims: str, seconds: int) -> None:
        self.seconds[CellKey(period, MINUTES, dims)] += seconds

    def result(self) -> Cells:
        out = {key: value for key, value in self.cells.items() if value}
        for key, seconds in self.seconds.items():
            if seconds // 60:
                out[key] = seconds // 60
        return out


def _day(moment: datetime | date) -> str:
    return local_day(moment).isoformat()


def count_cells(facts: Facts, days: Iterable[date] | None = None) -> Cells:
    """Every non-zero cell the facts make (only the periods in ``days`` when given).

    Facts come in the order they were RECORDED.  "The first time" (``learners_reached``) is
    the first fact recorded for the learner (and module), counted on that fact's own day:
    a later fact dated earlier -- a PC whose clock was reset to 2000 by a power cut -- never
    moves a learner's first time, so no other day's cells change and a learner is reached
    exactly once.  It is judged over ALL the facts given, so pass a learner's whole history:
    the result for a day then equals ``day_cells`` for that day.
    """
    wanted = None if days is None else {d.isoformat() for d in days}
    tally = _Tally()

    first_sign_in: dict[str, SessionFact] = {}
    for s in facts.sessions:
        if s.mine:
            tally.add(_day(s.started_at), SESSIONS, _dims(None, s.role, s.age_band), 1)
        first_sign_in.setdefault(s.learner, s)
    for s in first_sign_in.values():
        if s.mine:
            tally.add(_day(s.started_at), LEARNERS_REACHED, _dims(None, s.role, s.age_band), 1)

    first_visit: dict[tuple[str, str], VisitFact] = {}
    for v in facts.visits:
        module = module_of(v.lesson_id)
        dims = _dims(module, v.role, v.age_band)
        day = _day(v.started_at)
        if v.mine:
            tally.add(day, VISITS, dims, 1)
            tally.add_seconds(day, dims, v.seconds)
        first_visit.setdefault((v.learner, module), v)
    for (_learner, module), v in first_visit.items():
        if v.mine:
            tally.add(_day(v.started_at), LEARNERS_REACHED, _dims(module, v.role, v.age_band), 1)

    for c in facts.lessons:
        if not c.mine:
            continue
        tally.add(_day(c.completed_at), LESSONS_COMPLETED,
                  _dims(module_of(c.lesson_id), c.role, c.age_band), 1)
    for m in facts.modules:
        if not m.mine:
            continue
        tally.add(_day(m.completed_at), MODULES_COMPLETED, _dims(m.module_id, m.role, m.age_band), 1)
    for w in facts.workshops:
        if not w.mine:
            continue
        tally.add(_day(w.held_on), WORKSHOP_PARTICIPANTS, _dims(None, w.role, w.age_band), w.count)

    cells = tally.result()
    if wanted is not None:
        cells = {key: value for key, value in cells.items() if key.period in wanted}
    return cells


# -- one day from the database ---------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """The cells one learner's activity can change: those of ``metrics`` for their role and
    age band, with ``module`` in their dims (None: the cells without a module).  The activity
    path recomputes just these -- a few rows instead of a busy day's hundreds."""

    role: str
    age_band: str
    module: str | None = None
    metrics: frozenset[str] = frozenset(METRICS)

    def covers(self, key: CellKey) -> bool:
        if key.metric not in self.metrics:
            return False
        dims = json.loads(key.dims)
        return (dims.get("role") == self.role and dims.get("age_band") == self.age_band
                and dims.get("module") == self.module)


# Aggregate SQL over the day's rows only (indexes on the start/completion times, and the
# (learner_id, ...) indexes for the "anything recorded earlier?" probes).  A module is the
# lesson id up to its last "/": rtrim(x, <every character of x but "/">) keeps "track/module/".
# {people} / {module} are filled with a Scope's conditions (or nothing, for the whole day).
_MODULE_SQL = "rtrim(rtrim({col}, replace({col}, '/', '')), '/')"
_VISIT_MODULE = _MODULE_SQL.format(col="v.lesson_id")
_IN_MODULE = "AND {col} > :m || '/' AND {col} < :m || '0'"  # the lesson ids of module :m
_PEOPLE = "AND l.role = :role AND l.age_band = :age"

_Q_SESSIONS = """
WITH d AS (
    SELECT s.learner_id AS learner_id, count(*) AS n, min(s.rowid) AS first_row
    FROM sessions s JOIN learners l ON l.id = s.learner_id
    WHERE s.started_at >= :a AND s.started_at < :b AND s.device_id = :dev {people}
    GROUP BY s.learner_id
)
SELECT l.role, l.age_band, sum(d.n),
       sum(NOT EXISTS (
           SELECT 1 FROM sessions p WHERE p.learner_id = d.learner_id AND p.rowid < d.first_row
       ))
FROM d JOIN learners l ON l.id = d.learner_id
GROUP BY l.role, l.age_band
"""

_Q_VISITS = f"""
SELECT {_VISIT_MODULE} AS module, l.role, l.age_band, count(*), total(v.seconds)
FROM visits v JOIN learners l ON l.id = v.learner_id
WHERE v.started_at >= :a AND v.started_at < :b AND v.device_id = :dev {{people}} {{module}}
GROUP BY 1, 2, 3
"""

_Q_MODULE_REACHED = f"""
WITH d AS (
    SELECT v.learner_id AS learner_id, {_VISIT_MODULE} AS module, min(v.rowid) AS first_row,
           l.role AS role, l.age_band AS age_band
    FROM visits v JOIN learners l ON l.id = v.learner_id
    WHERE v.started_at >= :a AND v.started_at < :b AND v.device_id = :dev {{people}} {{module}}
    GROUP BY 1, 2
)
SELECT d.module, d.role, d.age_band, count(*)
FROM d
WHERE NOT EXISTS (
    SELECT 1 FROM visits p
    WHERE p.learner_id = d.learner_id
      AND p.lesson_id > d.module || '/' AND p.lesson_id < d.module || '0'
      AND p.rowid < d.first_row
)
GROUP BY 1, 2, 3
"""

_Q_LESSONS = """
SELECT lp.lesson_id, l.role, l.age_band, count(*)
FROM lesson_progress lp JOIN learners l ON l.id = lp.learner_id
WHERE lp.completed_at >= :a AND lp.completed_at < :b AND lp.device_id = :dev {people} {module}
GROUP BY lp.lesson_id, l.role, l.age_band
"""

_Q_MODULES = """
SELECT mc.module_id, l.role, l.age_band, count(*)
FROM module_completions mc JOIN learners l ON l.id = mc.learner_id
WHERE mc.completed_at >= :a AND mc.completed_at < :b AND mc.device_id = :dev {people} {module}
GROUP BY mc.module_id, l.role, l.age_band
"""

_Q_WORKSHOPS = """
SELECT wp.role, wp.age_band, total(wp.count)
FROM workshop_participants wp JOIN workshops w ON w.id = wp.workshop_id
WHERE w.held_on = :day AND w.device_id = :dev {people}
GROUP BY wp.role, wp.age_band
"""

_MODULE_COLUMN = {_Q_VISITS: "v.lesson_id", _Q_MODULE_REACHED: "v.lesson_id",
                  _Q_LESSONS: "lp.lesson_id", _Q_MODULES: None, _Q_SESSIONS: None,
                  _Q_WORKSHOPS: None}

_statements: dict[tuple[str, bool, bool], str] = {}


def _statement(sql: str, people: bool = False, module: bool = False) -> str:
    """The SQL of ``sql`` narrowed to a Scope's people and module (``:name`` parameters, as
    ``sqlite3`` takes them)."""
    key = (sql, people, module)
    final = _statements.get(key)
    if final is None:
        column = _MODULE_COLUMN[sql]
        people_sql = ""
        if people:
            people_sql = "AND wp.role = :role AND wp.age_band = :age" if sql is _Q_WORKSHOPS \
                else _PEOPLE
        module_sql = ""
        if module:
            module_sql = _IN_MODULE.format(col=column) if column else "AND mc.module_id = :m"
        final = _statements[key] = sql.format(people=people_sql, module=module_sql)
    return final


def raw_connection(db: Any) -> sqlite3.Connection:
    """The ``sqlite3`` connection under ``db``: itself, or an ORM session's, in the session's
    transaction (its pending rows written first)."""
    if isinstance(db, sqlite3.Connection):
        return db
    db.flush()
    return db.connection().connection.driver_connection  # type: ignore[no-any-return]


def this_device(db: Session | sqlite3.Connection) -> str | None:
    """The install's device id (``settings.device_id``): only the facts it made are counted
    (a copied disk image's history belongs to the install that made it: kiosk.sync.identity)."""
    row = raw_connection(db).execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    return row[0] if row is not None else None


def day_cells(session: Session | sqlite3.Connection, day: date, scope: Scope | None = None, *,
              device: str | None = None) -> Cells:
    """Every non-zero cell of the local ``day`` from the database -- equal to
    ``count_cells`` of all the facts restricted to that day -- or only those ``scope`` covers.
    Only the facts of ``device`` (default: this install's) are counted."""
    from kiosk.store.lite import db_time

    conn = raw_connection(session)
    a, b = day_bounds(day)
    period = day.isoformat()
    params: dict[str, object] = {"a": db_time(a), "b": db_time(b), "day": period,
                                 "dev": device if device is not None else this_device(conn)}
    if scope is None:
        wanted, people, narrow, module_less, in_modules = set(METRICS), False, False, True, True
    else:
        params.update(role=scope.role, age=scope.age_band, m=scope.module)
        wanted, people = set(scope.metrics), True
        narrow = scope.module is not None
        module_less, in_modules = not narrow, narrow
    tally = _Tally()

    def rows(sql: str):
        return conn.execute(_statement(sql, people, narrow), params)

    if module_less and wanted & {SESSIONS, LEARNERS_REACHED}:
        for role, age_band, n, reached in rows(_Q_SESSIONS):
            dims = _dims(None, role, age_band)
            tally.add(period, SESSIONS, dims, n)
            tally.add(period, LEARNERS_REACHED, dims, reached)
    if module_less and WORKSHOP_PARTICIPANTS in wanted:
        for role, age_band, n in rows(_Q_WORKSHOPS):
            tally.add(period, WORKSHOP_PARTICIPANTS, _dims(None, role, age_band), int(n))
    if in_modules and wanted & {VISITS, MINUTES}:
        for module, role, age_band, n, seconds in rows(_Q_VISITS):
            dims = _dims(module, role, age_band)
            tally.add(period, VISITS, dims, n)
            tally.add_seconds(period, dims, int(seconds))
    if in_modules and LEARNERS_REACHED in wanted:
        for module, role, age_band, n in rows(_Q_MODULE_REACHED):
            tally.add(period, LEARNERS_REACHED, _dims(module, role, age_band), n)
    if in_modules and LESSONS_COMPLETED in wanted:
        for lesson_id, role, age_band, n in rows(_Q_LESSONS):
            tally.add(period, LESSONS_COMPLETED, _dims(module_of(lesson_id), role, age_band), n)
    if in_modules and MODULES_COMPLETED in wanted:
        for module, role, age_band, n in rows(_Q_MODULES):
            tally.add(period, MODULES_COMPLETED, _dims(module, role, age_band), n)
    cells = tally.result()
    if scope is not None and wanted != set(METRICS):
        cells = {key: value for key, value in cells.items() if key.metric in wanted}
    return cells


# Reading every fact (a full recount, the checks, the tests): kiosk/sync/counts_facts.py.
from kiosk.sync.counts_facts import all_facts, days_with_facts  # noqa: E402,F401 (re-exported)
