"""Application operations that span several writes are all or nothing (the staff pages call
them as one use case each; nothing here needs Qt)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.learning.assignments import AssignmentProblem
from kiosk.store.models import Assignment, ClassMember, Learner
from kiosk.store.records import RecordNotFound
from tests.reports.conftest import learner, make_class, make_staff


def _count(store, model) -> int:
    with store.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_assigning_several_modules_is_one_transaction(store):
    ana = learner(store, "Ana")
    class_id = make_class(store, "5.º A", [ana])
    staff = make_staff(store)
    touched = store.assignments.assign_modules(["t/uno", "t/dos"], class_id=class_id, staff_id=staff)
    assert sorted(a.module_id for a in touched) == ["t/dos", "t/uno"]
    assert _count(store, Assignment) == 2
    # one bad module id in the batch: nothing of the batch is written
    with pytest.raises(AssignmentProblem):
        store.assignments.assign_modules(["t/tres", " "], class_id=class_id, staff_id=staff)
    assert _count(store, Assignment) == 2
    assert {m for m, _due in store.assignments.for_learner(ana)} == {"t/uno", "t/dos"}


def test_taking_several_assignments_back_is_all_or_nothing(store):
    ana = learner(store, "Ana")
    class_id = make_class(store, "5.º A", [ana])
    ids = [a.id for a in store.assignments.assign_modules(["t/uno", "t/dos"], class_id=class_id)]
    with pytest.raises(RecordNotFound):
        store.assignments.unassign_many([ids[0], "no-such-assignment"])
    assert {m for m, _due in store.assignments.for_learner(ana)} == {"t/uno", "t/dos"}
    store.assignments.unassign_many(ids)
    assert store.assignments.for_learner(ana) == []


def test_a_new_learner_joins_the_class_in_the_same_transaction(store):
    class_id = make_class(store, "5.º A")
    info = store.learners.register("Beto", "tatu.svg", "8-11", "learner", class_id=class_id)
    assert [m.id for m in store.classes.members(class_id)] == [info.id]
    with pytest.raises(RecordNotFound):
        store.learners.register("Caro", "tatu.svg", "8-11", "learner", class_id="no-such-class")
    assert _count(store, Learner) == 1 and _count(store, ClassMember) == 1


def test_setting_up_the_kiosk_names_the_site_and_signs_the_coordinator_in(store):
    outcome = store.set_up_kiosk("Telecentro Luque", "Coordinación", "258036")
    assert outcome.ok and outcome.staff.display_name == "Coordinación"
    assert store.site.site_name == "Telecentro Luque"
    assert store.certificate_place() == ("Telecentro Luque", store.home / "certificates")
