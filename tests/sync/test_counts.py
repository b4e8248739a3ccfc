"""Count cells: the pure definition, the one-day SQL, local days, and "counts, never people"."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.clock import LOCAL_TZ
from kiosk.backend import Backend
from kiosk.sync import counts
from kiosk.sync.counts import (
    CellKey,
    Facts,
    LessonCompletionFact,
    ModuleCompletionFact,
    SessionFact,
    VisitFact,
    WorkshopFact,
    count_cells,
    day_cells,
    local_day,
    module_of,
)
from kiosk.sync.outbox import OutboxService

from .conftest import LESSONS, MODULE, OTHER_LESSONS, OTHER_MODULE, facts_cells, lesson_day, outbox_values

ROLES = ("learner", "teacher", "parent")
BANDS = ("8-11", "12-17", "adult")


def at_local(day: date, hh: int, mm: int = 0) -> datetime:
    """A UTC moment given as Asunción wall-clock time."""
    return datetime.combine(day, time(hh, mm), tzinfo=LOCAL_TZ).astimezone(UTC)


def people(role="learner", band="8-11") -> str:
    return json.dumps({"age_band": band, "role": role}, separators=(",", ":"))


def in_module(module=MODULE, role="learner", band="8-11") -> str:
    return json.dumps({"age_band": band, "module": module, "role": role}, separators=(",", ":"))


# -- the pure definition ---------------------------------------------------------------------


def test_a_learner_is_reached_once_however_many_days_they_come() -> None:
    d1, d2, d3 = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 9)
    facts = Facts(
        sessions=[SessionFact("ana", at_local(d, 10), "learner", "8-11") for d in (d1, d2, d3)]
        + [SessionFact("beto", at_local(d2, 11), "learner", "8-11")],
        visits=[VisitFact("ana", at_local(d1, 10, 5), LESSONS[0], "learner", "8-11", 300),
                VisitFact("ana", at_local(d2, 10, 5), LESSONS[1], "learner", "8-11", 200),
                VisitFact("beto", at_local(d2, 11, 5), OTHER_LESSONS[0], "learner", "8-11", 59)],
    )
    cells = count_cells(facts)
    assert cells[CellKey("2026-03-02", "learners_reached", people())] == 1
    assert cells[CellKey("2026-03-03", "learners_reached", people())] == 1  # beto only
    assert CellKey("2026-03-09", "learners_reached", people()) not in cells
    assert cells[CellKey("2026-03-02", "sessions", people())] == 1
    assert cells[CellKey("2026-03-03", "sessions", people())] == 2
    # The module: ana reached it on day 1 (a second lesson of it on day 2 is not "first").
    assert cells[CellKey("2026-03-02", "learners_reached", in_module())] == 1
    assert CellKey("2026-03-03", "learners_reached", in_module()) not in cells
    assert cells[CellKey("2026-03-03", "learners_reached", in_module(OTHER_MODULE))] == 1
    # Minutes: whole minutes of the seconds summed per cell (59 s is not a minute yet).
    assert cells[CellKey("2026-03-02", "minutes", in_module())] == 5
    assert CellKey("2026-03-03", "minutes", in_module(OTHER_MODULE)) not in cells
    assert cells[CellKey("2026-03-03", "visits", in_module(OTHER_MODULE))] == 1


@st.composite
def fact_sets(draw):
    learners = [(f"p{i}", draw(st.sampled_from(ROLES)), draw(st.sampled_from(BANDS)))
                for i in range(draw(st.integers(1, 6)))]
    base = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)
    moment = st.integers(0, 10 * 24 * 60).map(lambda m: base + timedelta(minutes=m))
    sessions, visits = [], []
    for _ in range(draw(st.integers(0, 25))):
        who, role, band = draw(st.sampled_from(learners))
        sessions.append(SessionFact(who, draw(moment), role, band))
    for _ in range(draw(st.integers(0, 25))):
        who, role, band = draw(st.sampled_from(learners))
        visits.append(VisitFact(who, draw(moment), draw(st.sampled_from(LESSONS + OTHER_LESSONS)),
                                role, band, draw(st.integers(0, 900))))
    return learners, Facts(sessions=sessions, visits=visits)


@settings(max_examples=150, deadline=None)
@given(fact_sets())
def test_reach_adds_up_over_days_to_distinct_people(data) -> None:
    """Summing learners_reached over days (each day computed ALONE) gives the distinct learners
    -- unlike "distinct learners per day", which would count a returning learner each day."""
    _learners, facts = data
    all_cells = count_cells(facts)
    days = {date.fromisoformat(k.period) for k in all_cells}
    per_day: dict[str, int] = defaultdict(int)
    for day in days:
        for key, value in count_cells(facts, days=[day]).items():
            if key.metric == "learners_reached":
                per_day["module" if "module" in key.dims else "people"] += value
    assert per_day["people"] == len({s.learner for s in facts.sessions})
    assert per_day["module"] == len({(v.learner, module_of(v.lesson_id)) for v in facts.visits})
    # ... and every cell is a positive whole number.
    assert all(isinstance(v, int) and v > 0 for v in all_cells.values())


def test_the_local_day_ends_at_midnight_in_asuncion() -> None:
    day = date(2026, 3, 2)
    late = at_local(day, 23, 30)  # 02:30 UTC on March 3
    assert late.date() == date(2026, 3, 3)
    assert local_day(late) == day
    assert local_day(at_local(day + timedelta(days=1), 0, 30)) == day + timedelta(days=1)
    facts = Facts(sessions=[SessionFact("a", late, "teacher", "adult"),
                            SessionFact("b", at_local(day + timedelta(days=1), 0, 30),
                                        "teacher", "adult")])
    cells = count_cells(facts)
    assert cells == {
        CellKey("2026-03-02", "sessions", people("teacher", "adult")): 1,
        CellKey("2026-03-02", "learners_reached", people("teacher", "adult")): 1,
        CellKey("2026-03-03", "sessions", people("teacher", "adult")): 1,
        CellKey("2026-03-03", "learners_reached", people("teacher", "adult")): 1,
    }
    start, end = counts.day_bounds(day)
    assert start <= late < end and start.astimezone(LOCAL_TZ).hour == 0


def test_completions_and_workshops() -> None:
    d = date(2026, 3, 4)
    facts = Facts(
        lessons=[LessonCompletionFact("a", at_local(d, 9), LESSONS[0], "learner", "12-17"),
                 LessonCompletionFact("b", at_local(d, 23, 59), LESSONS[1], "learner", "12-17")],
        modules=[ModuleCompletionFact("a", at_local(d, 9), MODULE, "learner", "12-17")],
        workshops=[WorkshopFact(d, "parent", "adult", 12), WorkshopFact(d, "parent", "adult", 1)],
    )
    assert count_cells(facts) == {
        CellKey("2026-03-04", "lessons_completed", in_module(MODULE, "learner", "12-17")): 2,
        CellKey("2026-03-04", "modules_completed", in_module(MODULE, "learner", "12-17")): 1,
        CellKey("2026-03-04", "workshop_participants", people("parent", "adult")): 13,
    }


def test_module_of_matches_the_sql_expression() -> None:
    con = sqlite3.connect(":memory:")
    expr = counts._MODULE_SQL.format(col="?")
    for lesson_id in [*LESSONS, "a/b/c", "x/y", "solo", "t/m/l-1.2", "ñandú/módulo/lección",
                      "a/b/", "a//b"]:
        sql = con.execute(f"SELECT {expr.replace('?', ':x')}", {"x": lesson_id}).fetchone()[0]
        assert sql == module_of(lesson_id), lesson_id
    assert module_of(LESSONS[0]) == MODULE


# -- the same numbers from the database ------------------------------------------------------


def _busy_fortnight(store: Backend, seed: int) -> set[date]:
    """Learners of every role and band doing things at random times over 12 days, many of
    them close to local midnight, through the real progress service."""
    rng = random.Random(seed)
    learners = [store.learners.register(f"Persona {i}", "tatu.svg", rng.choice(BANDS),
                                        rng.choice(ROLES), now=at_local(date(2026, 2, 27), 8))
                for i in range(12)]
    days = set()
    for _ in range(70):
        who = rng.choice(learners)
        day = date(2026, 3, 1) + timedelta(days=rng.randrange(12))
        hh, mm = rng.choice([(23, 50), (0, 5), (12, 0), (20, 59)]) if rng.random() < 0.6 else \
            (rng.randrange(24), rng.randrange(60))
        start = at_local(day, hh, mm)
        sid = store.progress.sign_in(who.id, now=start)
        lesson = rng.choice(LESSONS + OTHER_LESSONS)
        lesson_day(store, who.id, lesson, start + timedelta(minutes=1), minutes=rng.randrange(2, 30),
                   complete=rng.random() < 0.7, session_id=sid)
        days.update({local_day(start), local_day(start + timedelta(minutes=40))})
    return days


def test_the_sql_for_one_day_equals_the_pure_definition(store: Backend) -> None:
    days = _busy_fortnight(store, seed=4)
    everything = facts_cells(store)
    assert everything  # the activity made cells
    with store.db.reading() as session:
        for day in sorted(days | {date(2026, 2, 28), date(2026, 3, 20)}):
            expected = {k: v for k, v in everything.items() if k[0] == day.isoformat()}
            assert {tuple(k): v for k, v in day_cells(session, day).items()} == expected, day
    # ... and the outbox, written activity by activity (each recomputing only the cells of its
    # learner's role, age band and module), holds exactly those cells.
    assert outbox_values(store) == everything
    # A scope's cells are exactly the full day's cells it covers.
    with store.db.reading() as session:
        for day in sorted(days)[:6]:
            full = day_cells(session, day)
            for role in ROLES:
                for band in BANDS:
                    for module in (None, MODULE, OTHER_MODULE, "nada/nada"):
                        for metrics in (counts.METRICS, ("minutes",), ("sessions", "visits"),
                                        ("learners_reached",), ("lessons_completed",
                                                                "modules_completed")):
                            scope = counts.Scope(role, band, module, frozenset(metrics))
                            assert day_cells(session, day, scope) == {
                                k: v for k, v in full.items() if scope.covers(k)}, (day, scope)


def test_cells_carry_numbers_never_people(store: Backend, tmp_path) -> None:
    """Scan everything that can leave: the outbox, a batch body and a USB bundle."""
    from kiosk.sync.bundle import export_bundle, read_bundle

    names = ["Zoraida Ñandutí", "Kaʼaguy Poty", "Rigoberto"]
    ids = []
    for i, name in enumerate(names):
        person = store.learners.register(name, "tatu.svg", BANDS[i], ROLES[i],
                                         now=at_local(date(2026, 3, 1), 8))
        sid = store.progress.sign_in(person.id, now=at_local(date(2026, 3, 2), 9 + i))
        lesson_day(store, person.id, LESSONS[0], at_local(date(2026, 3, 2), 9 + i, 5),
                   session_id=sid)
        ids += [person.id, sid]
    outbox = OutboxService(store.db)
    batch = outbox.take_batch()
    assert batch is not None
    body = json.loads(batch.body)
    export = export_bundle(store.db, tmp_path, tmp_path)
    bundle = read_bundle(export.path)
    leaving = json.dumps([body["cells"], bundle.cells, [r.to_json() for r in outbox.cells(None)]],
                         ensure_ascii=False)
    with store.db.reading() as session:
        ids += [r[0] for r in session.connection().exec_driver_sql(
            "SELECT id FROM visits UNION SELECT id FROM attempts")]
    ids.append(store.device_id)  # the install id goes in the envelope, never in a cell
    for secret in [*names, *ids, "Zoraida", "tatu.svg"]:
        assert secret not in leaving
    for cell in body["cells"] + bundle.cells:
        assert set(cell) == {"period", "metric", "dims", "value", "rev"}
        assert cell["metric"] in counts.METRICS
        assert set(cell["dims"]) <= {"module", "role", "age_band"}
        assert cell["dims"].get("role", "learner") in ROLES
        assert cell["dims"].get("age_band", "adult") in BANDS
        assert cell["dims"].get("module", MODULE) in {MODULE, OTHER_MODULE}
        assert isinstance(cell["value"], int) and cell["value"] >= 0
