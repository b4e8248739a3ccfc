"""What counts as attendance, and reach: real SQLite, local (Asunción) days."""

from __future__ import annotations

import tracemalloc
from datetime import date, time

import pytest

from kiosk.attendance.records import AttendanceRow, Kind, goal_group
from kiosk.core.errors import InputProblem

from .conftest import APRIL, MARCH, at, staff_visit, visit


def rows(store, span, class_id=None):
    return list(store.attendance.rows(*span, class_id))


def test_a_visit_is_attendance_with_local_times_and_minutes(store, people):
    visit(store, people["lucia"].id, at(2025, 3, 10, 14, 5), minutes=42)
    [row] = rows(store, MARCH)
    assert row == AttendanceRow(date(2025, 3, 10), time(14, 5), time(14, 47), "Lucía", "8-11", "learner", "",
                                Kind.VISIT, "", 42, 1, people["lucia"].id)


def test_idle_and_crash_endings_count_as_visits(store, people):
    visit(store, people["lucia"].id, at(2025, 3, 3, 9), minutes=20, reason="idle")
    open_id = store.progress.sign_in(people["teo"].id, now=at(2025, 3, 3, 15))
    store.progress.touch_session(open_id, now=at(2025, 3, 3, 15, 25))
    assert store.progress.close_stale_sessions() == 1  # the power went off
    found = rows(store, MARCH)
    assert [(r.name, r.minutes) for r in found] == [("Lucía", 20), ("Teo", 25)]
    assert store.attendance.count_rows(*MARCH) == 2


def test_staff_sessions_are_never_attendance(store, people):
    staff_visit(store, at(2025, 3, 5, 8))
    staff_visit(store, at(2025, 3, 6, 8))
    assert rows(store, MARCH) == []
    assert store.attendance.count_rows(*MARCH) == 0
    reach = store.attendance.reach(*MARCH)
    assert sum(reach.learners.values()) == 0
    visit(store, people["nilda"].id, at(2025, 3, 5, 9))  # a teacher with a learner profile: counted
    assert [r.name for r in rows(store, MARCH)] == ["Nilda"]


def test_a_visit_late_on_the_31st_belongs_to_that_month(store, people):
    late = at(2025, 3, 31, 23, 30)
    assert late.date() == date(2025, 4, 1)  # already April in UTC
    visit(store, people["lucia"].id, late, minutes=20)
    visit(store, people["teo"].id, at(2025, 4, 1, 0, 10), minutes=20)  # just after local midnight
    march, april = rows(store, MARCH), rows(store, APRIL)
    assert [(r.name, r.day, r.time_in) for r in march] == [("Lucía", date(2025, 3, 31), time(23, 30))]
    assert [(r.name, r.day) for r in april] == [("Teo", date(2025, 4, 1))]
    assert store.attendance.reach_month(2025, 3).learners == {("learner", "8-11"): 1}
    assert store.attendance.reach_month(2025, 4).learners == {("learner", "12-17"): 1}
    # the first day of the range starts at local midnight too
    visit(store, people["rosa"].id, at(2025, 2, 28, 23, 50), minutes=5)
    assert [r.name for r in rows(store, MARCH)] == ["Lucía"]


def test_rows_come_by_day_and_time_with_the_days_workshops_after_its_visits(store, people):
    visit(store, people["teo"].id, at(2025, 3, 12, 16))
    visit(store, people["lucia"].id, at(2025, 3, 12, 9))
    visit(store, people["rosa"].id, at(2025, 3, 11, 18))
    w = store.attendance.create_workshop("Cuidá tus secretos", date(2025, 3, 12))
    store.attendance.set_participants(w.id, [people["nandu"].id])
    visit(store, people["nilda"].id, at(2025, 3, 13, 8))
    assert [(r.day.day, r.name, r.kind) for r in rows(store, MARCH)] == [
        (11, "Rosa", "visita"), (12, "Lucía", "visita"), (12, "Teo", "visita"),
        (12, "Ñandutí", "taller"), (13, "Nilda", "visita"),
    ]


def test_workshop_register_with_people_without_an_account(store, people):
    service = store.attendance
    w = service.create_workshop("  Familias   conectadas ", date(2025, 3, 20))
    assert w.title == "Familias conectadas"
    info = service.set_participants(
        w.id, [people["lucia"].id, people["rosa"].id, people["lucia"].id],
        {("parent", "adult"): 7, ("learner", "12-17"): 2, ("teacher", "adult"): 0},
    )
    assert (info.learners, info.anonymous, info.total) == (2, 9, 11)
    found = rows(store, MARCH)
    assert [(r.name, r.role, r.age_band, r.people, r.learner_id is None) for r in found] == [
        ("Lucía", "learner", "8-11", 1, False),
        ("Rosa", "parent", "adult", 1, False),
        ("", "learner", "12-17", 2, True),
        ("", "parent", "adult", 7, True),
    ]
    assert all(r.kind == Kind.WORKSHOP and r.workshop == "Familias conectadas" and r.minutes is None for r in found)
    # saving again replaces the register: nothing is counted twice
    service.set_participants(w.id, [people["teo"].id], {("parent", "adult"): 3})
    register = service.register(w.id)
    assert register.learner_ids == {people["teo"].id}
    assert register.anonymous == {("parent", "adult"): 3}
    assert sum(r.people for r in rows(store, MARCH)) == 4


def test_save_register_creates_and_updates_in_one_go(store, people):
    service = store.attendance
    cls = store.classes.create("5° A")
    first = service.save_register(None, "Programá la tortuga", date(2025, 3, 4), cls.id,
                                  [people["lucia"].id], {("learner", "8-11"): 4})
    again = service.save_register(first.id, "Programá la tortuga (2)", date(2025, 3, 5), None,
                                  [people["lucia"].id, people["teo"].id], {})
    assert again.id == first.id and again.title == "Programá la tortuga (2)" and again.class_id is None
    assert (again.learners, again.anonymous) == (2, 0)
    assert [w.id for w in service.list_workshops()] == [first.id]
    with pytest.raises(InputProblem, match="nombre del taller"):
        service.save_register(None, "   ", date(2025, 3, 5), None, [], {})
    with pytest.raises(InputProblem):
        service.save_register(None, "x", date(2025, 3, 5), None, [], {("parent", "adult"): -1})
    assert len(service.list_workshops()) == 1  # the failed saves wrote nothing


def test_register_lists_class_members_first(store, people):
    cls = store.classes.create("Robótica")
    store.classes.add_members(cls.id, [people["teo"].id, people["rosa"].id])
    listed = store.attendance.people_for_register(cls.id)
    assert [(p.learner.display_name, p.in_class) for p in listed] == [
        ("Rosa", True), ("Teo", True), ("Lucía", False), ("Ñandutí", False), ("Nilda", False)]
    # (the house sort folds accents: Ñandutí sorts as "nanduti")
    assert [p.learner.display_name for p in store.attendance.people_for_register()] == [
        "Lucía", "Ñandutí", "Nilda", "Rosa", "Teo"]


def test_one_class_or_the_whole_site(store, people):
    a = store.classes.create("5° A")
    b = store.classes.create("Robótica")
    store.classes.add_members(a.id, [people["lucia"].id, people["teo"].id])
    store.classes.add_members(b.id, [people["teo"].id])
    visit(store, people["lucia"].id, at(2025, 3, 2))
    visit(store, people["teo"].id, at(2025, 3, 3))
    visit(store, people["rosa"].id, at(2025, 3, 4))
    w = store.attendance.create_workshop("Taller de 5° A", date(2025, 3, 5), a.id)
    store.attendance.set_participants(w.id, [people["rosa"].id, people["lucia"].id], {("parent", "adult"): 2})
    other = store.attendance.create_workshop("Abierto", date(2025, 3, 6))
    store.attendance.set_participants(other.id, [], {("parent", "adult"): 5})

    in_a = rows(store, MARCH, a.id)
    assert [(r.name, r.class_name, r.kind, r.people) for r in in_a] == [
        ("Lucía", "5° A", "visita", 1), ("Teo", "5° A, Robótica", "visita", 1),
        ("Lucía", "5° A", "taller", 1), ("", "5° A", "taller", 2),
    ]
    assert store.attendance.count_rows(*MARCH, a.id) == len(in_a)
    assert [r.name for r in rows(store, MARCH, b.id)] == ["Teo"]
    assert len(rows(store, MARCH)) == 7
    assert store.attendance.count_rows(*MARCH) == 7


def test_reach_counts_distinct_learners_per_month(store, people):
    service = store.attendance
    for day in (3, 10, 17):
        visit(store, people["lucia"].id, at(2025, 3, day))
    w = service.create_workshop("Taller", date(2025, 3, 20))
    service.set_participants(w.id, [people["lucia"].id, people["rosa"].id], {("parent", "adult"): 4})
    visit(store, people["lucia"].id, at(2025, 4, 2))
    visit(store, people["teo"].id, at(2025, 4, 3))
    w2 = service.create_workshop("Otro", date(2025, 4, 9))
    service.set_participants(w2.id, [], {("parent", "adult"): 2, ("teacher", "adult"): 3})

    report = service.reach(date(2025, 3, 1), date(2025, 4, 30))
    march, april = report.months
    assert (march.year, march.month, april.month) == (2025, 3, 4)
    assert march.learners == {("learner", "8-11"): 1, ("parent", "adult"): 1}
    assert march.anonymous == {("parent", "adult"): 4}
    assert april.learners == {("learner", "8-11"): 1, ("learner", "12-17"): 1}
    # over the range, Lucía is one person, not two
    assert report.learners == {("learner", "8-11"): 1, ("parent", "adult"): 1, ("learner", "12-17"): 1}
    assert report.anonymous == {("parent", "adult"): 6, ("teacher", "adult"): 3}
    assert report.learners_by_goal() == {"children": 1, "teens": 1, "adults": 0, "parents": 1, "teachers": 0}
    assert report.reached("parents") == 7 and report.reached("teachers") == 3
    assert [m.month for m in service.reach(date(2024, 12, 15), date(2025, 2, 2)).months] == [12, 1, 2]


def test_goals_are_the_site_settings_goals(store):
    service = store.attendance
    assert service.goals() == {"children": 0, "teens": 0, "adults": 0, "parents": 0, "teachers": 0}
    service.set_goals({"children": 300, "teens": 200})
    service.set_goals({"teachers": 20, "parents": 100})
    assert service.goals() == {"children": 300, "teens": 200, "adults": 0, "parents": 100, "teachers": 20}
    assert store.site.goals["children"] == 300
    assert service.reach(*MARCH).goals["teachers"] == 20
    with pytest.raises(InputProblem):
        service.set_goals({"children": -5})
    assert service.goals()["children"] == 300


def test_goal_groups():
    assert goal_group("teacher", "adult") == "teachers"
    assert goal_group("parent", "12-17") == "parents"
    assert goal_group("learner", "8-11") == "children"
    assert goal_group("learner", "12-17") == "teens"
    assert goal_group("learner", "adult") == "adults"


def test_a_reversed_range_is_refused(store):
    with pytest.raises(InputProblem, match="posterior"):
        list(store.attendance.rows(date(2025, 3, 2), date(2025, 3, 1)))


def test_rows_stream_in_constant_memory(store, people):
    """Fetched in batches: reading 3,000 rows costs about what reading 300 does."""
    from kiosk.store.models import LearnerSession

    def add(n, day):
        start = at(2025, 3, day, 8)
        with store.db.transaction() as s:
            s.add_all(LearnerSession(device_id=store.device_id, learner_id=people["teo"].id, started_at=start,
                                     last_seen_at=start, ended_at=start, end_reason="exit") for _ in range(n))

    def peak(span):
        stream = store.attendance.rows(*span, batch=100)
        tracemalloc.start()
        try:
            count = sum(1 for _ in stream)
            return count, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    add(300, 1)
    add(3000, 2)
    small, small_peak = peak((date(2025, 3, 1), date(2025, 3, 1)))
    large, large_peak = peak((date(2025, 3, 2), date(2025, 3, 2)))
    assert (small, large) == (300, 3000)
    assert large_peak < small_peak * 3  # a list of 3,000 rows would be ~10x
