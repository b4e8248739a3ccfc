"""Assignments: a module to a class or to chosen learners, with an optional due date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from kiosk.learning.assignments import AssignmentProblem, ForYou, local_today
from kiosk.store.models import Assignment, ModuleCompletion
from kiosk.store.records import RecordNotFound
from tests.reports.conftest import T0, make_class, make_staff, learner

M1 = "internet-seguro/cuida-tus-secretos"
M2 = "programacion/algoritmos-sin-compu"
M3 = "internet-seguro/otro"


def active_rows(store) -> int:
    with store.db.reading() as session:
        return session.scalar(
            select(func.count()).select_from(Assignment).where(Assignment.archived_at.is_(None))
        )


def test_local_today_is_the_day_in_asuncion():
    # 02:30 UTC on 3 March is still 2 March (23:30) in Asunción (UTC-3).
    assert local_today(datetime(2026, 3, 3, 2, 30, tzinfo=UTC)) == date(2026, 3, 2)
    assert local_today(datetime(2026, 3, 3, 3, 30, tzinfo=UTC)) == date(2026, 3, 3)


def test_whole_class_assignment_reaches_every_member_and_not_others(store):
    ana, beto, caro = (learner(store, n) for n in ("Ana", "Beto", "Caro"))
    klass = make_class(store, "5.º A", [ana, beto])
    teacher = make_staff(store)
    [made] = store.assignments.assign(M1, class_id=klass, due_on=date(2026, 3, 6),
                                      staff_id=teacher, now=T0)
    assert (made.module_id, made.class_id, made.learner_id, made.due_on, made.created_by) == (
        M1, klass, None, date(2026, 3, 6), teacher)
    assert made.whole_class
    assert store.assignments.for_learner(ana) == [ForYou(M1, date(2026, 3, 6))]
    assert store.assignments.for_learner(beto) == [(M1, date(2026, 3, 6))]  # unpacks as a pair
    assert store.assignments.for_learner(caro) == []
    assert [a.id for a in store.assignments.for_class(klass)] == [made.id]


def test_chosen_learners_only(store):
    ana, beto = learner(store, "Ana"), learner(store, "Beto")
    klass = make_class(store, "5.º A", [ana, beto])
    made = store.assignments.assign(M2, class_id=klass, learner_ids=[beto, beto], now=T0)
    assert [(a.learner_id, a.class_id, a.due_on) for a in made] == [(beto, klass, None)]
    assert store.assignments.for_learner(ana) == []
    assert store.assignments.for_learner(beto) == [(M2, None)]
    assert [a.learner_id for a in store.assignments.for_class(klass)] == [beto]


def test_direct_assignment_without_a_class(store):
    ana = learner(store, "Ana")
    store.assignments.assign(M1, learner_ids=[ana], now=T0)
    assert store.assignments.for_learner(ana) == [(M1, None)]


def test_for_you_merges_class_and_direct_and_sorts_by_due_date(store):
    ana = learner(store, "Ana")
    a = make_class(store, "5.º A", [ana])
    b = make_class(store, "Taller de robótica", [ana])
    store.assignments.assign(M1, class_id=a, now=T0)  # no date: last
    store.assignments.assign(M2, class_id=a, due_on=date(2026, 3, 20), now=T0)
    store.assignments.assign(M2, class_id=b, due_on=date(2026, 3, 9), now=T0)  # same module, sooner
    store.assignments.assign(M3, learner_ids=[ana], due_on=date(2026, 3, 12), now=T0)
    assert store.assignments.for_learner(ana) == [
        (M2, date(2026, 3, 9)),
        (M3, date(2026, 3, 12)),
        (M1, None),
    ]


def test_archived_class_and_archived_assignment_leave_the_list(store):
    ana = learner(store, "Ana")
    gone = make_class(store, "2025", [ana], archived=True)
    klass = make_class(store, "5.º A", [ana])
    with store.db.transaction() as session:  # assigned before the class was archived
        session.add(Assignment(device_id=store.device_id, created_at=T0, module_id=M3,
                               class_id=gone))
    [made] = store.assignments.assign(M1, class_id=klass, now=T0)
    assert store.assignments.for_learner(ana) == [(M1, None)]
    store.assignments.unassign(made.id, now=T0)
    store.assignments.unassign(made.id, now=T0)  # twice is harmless
    assert store.assignments.for_learner(ana) == []
    assert store.assignments.for_class(klass) == []
    with pytest.raises(AssignmentProblem) as problem:
        store.assignments.assign(M2, class_id=gone, now=T0)
    assert problem.value.code == "assign-class-archived"


def test_completed_modules_leave_for_you_unless_asked(store):
    ana = learner(store, "Ana")
    klass = make_class(store, "5.º A", [ana])
    store.assignments.assign(M1, class_id=klass, now=T0)
    store.assignments.assign(M2, class_id=klass, now=T0)
    with store.db.transaction() as session:
        session.add(ModuleCompletion(device_id=store.device_id, learner_id=ana, module_id=M1,
                                     module_version="1.0.0", completed_at=T0))
    assert store.assignments.for_learner(ana) == [(M2, None)]
    assert {f.module_id for f in store.assignments.for_learner(ana, include_completed=True)} == {M1, M2}


def test_assigning_again_changes_the_due_date_instead_of_duplicating(store):
    ana = learner(store, "Ana")
    klass = make_class(store, "5.º A", [ana])
    [first] = store.assignments.assign(M1, class_id=klass, due_on=date(2026, 3, 6), now=T0)
    [again] = store.assignments.assign(M1, class_id=klass, due_on=date(2026, 3, 13), now=T0)
    assert again.id == first.id
    assert active_rows(store) == 1
    assert store.assignments.for_learner(ana) == [(M1, date(2026, 3, 13))]
    [cleared] = store.assignments.assign(M1, class_id=klass, due_on=None, now=T0)
    assert cleared.id == first.id and cleared.due_on is None
    # the same module to one learner of the class is a separate target
    store.assignments.assign(M1, class_id=klass, learner_ids=[ana], now=T0)
    assert active_rows(store) == 2


@pytest.mark.parametrize(("kwargs", "reason"), [
    ({"module_id": "  "}, "assign-no-module"),
    ({}, "assign-no-target"),
    ({"learner_ids": []}, "assign-no-learners"),
    ({"due_on": date(2026, 3, 1)}, "assign-past-due"),
])
def test_refuses_bad_input_with_a_reason(store, kwargs, reason):
    ana = learner(store, "Ana")
    klass = make_class(store, "5.º A", [ana])
    args = {"module_id": M1, **kwargs}
    if reason in ("assign-past-due", "assign-no-module"):
        args["class_id"] = klass
    with pytest.raises(AssignmentProblem) as problem:
        store.assignments.assign(args.pop("module_id"), **args, now=T0)
    assert problem.value.code == reason
    assert problem.value.message  # Spanish, for the command line
    assert active_rows(store) == 0


def test_due_today_in_asuncion_is_accepted_late_in_the_evening(store):
    ana = learner(store, "Ana")
    klass = make_class(store, "5.º A", [ana])
    evening = datetime(2026, 3, 3, 2, 30, tzinfo=UTC)  # 23:30 of 2 March in Asunción
    [made] = store.assignments.assign(M1, class_id=klass, due_on=date(2026, 3, 2), now=evening)
    assert made.due_on == date(2026, 3, 2)


def test_learners_outside_the_class_are_refused(store):
    ana, beto = learner(store, "Ana"), learner(store, "Beto")
    klass = make_class(store, "5.º A", [ana])
    with pytest.raises(AssignmentProblem) as problem:
        store.assignments.assign(M1, class_id=klass, learner_ids=[ana, beto], now=T0)
    assert problem.value.code == "assign-not-members"
    with pytest.raises(RecordNotFound):
        store.assignments.assign(M1, learner_ids=["no-such-learner"], now=T0)
    assert active_rows(store) == 0
