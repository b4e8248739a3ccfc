"""Learner management (kiosk/people/learner_admin.py): edit, archive, restore, merge, delete,
and self-registration refusing surnames.  Merge and delete keep the outbox equal to the pure
definition of the counts (kiosk.sync.counts) over the facts left."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.core.errors import Code, InputProblem
from kiosk.store.records import RecordNotFound
from kiosk.people.learners import NameTaken, looks_like_surname
from kiosk.store.models import (
    Assignment,
    Attempt,
    ClassMember,
    Learner,
    LearnerSession,
    LessonProgress,
    ModuleCompletion,
    Visit,
    WorkshopParticipant,
)
from tests.sync.conftest import LESSONS, MODULE, T0, facts_cells, lesson_day, outbox_values

DAY = timedelta(days=1)


def rows(store, model, learner_id) -> int:
    with store.db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.learner_id == learner_id))


def counts(store, metric: str, **dims) -> int:
    """The sum of the outbox's cells of ``metric`` whose dims include ``dims``."""
    import json

    total = 0
    for (_p, m, d), v in outbox_values(store).items():
        parsed = json.loads(d)
        if m == metric and all(parsed.get(k) == w for k, w in dims.items()):
            total += v
    return total


def assert_counts_exact(store) -> None:
    assert outbox_values(store) == facts_cells(store)


@pytest.fixture()
def two_profiles(store):
    """The same child twice: "Lucía" (kept) and "Lu" (a second profile), with a class each,
    sign-ins and lessons on different days (one lesson both did), a workshop both were in."""
    keep = store.learners.register("Lucía", "tatu.svg", "8-11", "learner")
    other = store.learners.register("Lu", "sol.svg", "12-17", "learner")
    a = store.classes.create("5º A")
    b = store.classes.create("Tarde")
    store.classes.add_members(a.id, [keep.id, other.id])
    store.classes.add_members(b.id, [other.id])
    s1 = store.progress.sign_in(other.id, now=T0 - DAY)  # the other profile came first
    lesson_day(store, other.id, LESSONS[0], T0 - DAY, session_id=s1)
    lesson_day(store, other.id, LESSONS[1], T0 - DAY + timedelta(hours=1), session_id=s1)
    s2 = store.progress.sign_in(keep.id, now=T0)
    lesson_day(store, keep.id, LESSONS[1], T0, session_id=s2, complete=False)
    lesson_day(store, keep.id, LESSONS[2], T0 + timedelta(hours=1), session_id=s2)
    w = store.attendance.create_workshop("Taller", (T0 + DAY).date())
    store.attendance.set_participants(w.id, [keep.id, other.id])
    store.assignments.assign(MODULE, learner_ids=[keep.id, other.id])
    assert_counts_exact(store)
    return keep, other, a, b


def test_update_renames_and_refuses_a_taken_name_and_picture(store):
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    store.learners.register("Beto", "sol.svg", "8-11", "learner")
    info = store.learner_admin.update(ana.id, display_name="  Anita ", avatar="sol.svg")
    assert (info.display_name, info.avatar) == ("Anita", "sol.svg")
    with pytest.raises(NameTaken):
        store.learner_admin.update(ana.id, display_name="beto")
    with pytest.raises(InputProblem) as caught:
        store.learner_admin.update(ana.id, display_name="   ")
    assert caught.value.code == Code.LEARNER_NAME_EMPTY
    with pytest.raises(InputProblem) as caught:
        store.learner_admin.update(ana.id, role="boss")
    assert caught.value.code == Code.CHOICE_UNKNOWN
    with pytest.raises(RecordNotFound):
        store.learner_admin.update("no-such-id", display_name="X")
    assert store.learners.get(ana.id).display_name == "Anita"


def test_a_new_role_or_age_band_moves_every_day_of_the_learner_in_the_counts(store, two_profiles):
    keep, other, _a, _b = two_profiles
    assert counts(store, "visits", role="learner", age_band="12-17") == 2
    store.learner_admin.update(other.id, age_band="adult", role="parent")
    assert counts(store, "visits", role="learner", age_band="12-17") == 0
    assert counts(store, "visits", role="parent", age_band="adult") == 2
    assert counts(store, "learners_reached", role="parent", age_band="adult") > 0
    assert_counts_exact(store)


def test_archive_hides_keeps_history_and_counts_and_restore_brings_back(store, two_profiles):
    keep, other, a, _b = two_profiles
    before = outbox_values(store)
    store.learner_admin.archive(other.id)
    assert other.id not in {i.id for i in store.learners.list_active()}
    assert other.id not in {m.id for m in store.classes.members(a.id)}
    assert outbox_values(store) == before
    assert rows(store, Visit, other.id) == 2
    listed = {m.id: m for m in store.learner_admin.list()}
    assert listed[other.id].archived and not listed[keep.id].archived
    assert listed[other.id].class_names == ("5º A", "Tarde")
    assert other.id not in {m.id for m in store.learner_admin.list(include_archived=False)}
    store.learner_admin.restore(other.id)
    assert other.id in {i.id for i in store.learners.list_active()}
    assert outbox_values(store) == before


def test_restore_refused_when_an_active_learner_took_the_name_and_picture(store):
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    store.learner_admin.archive(ana.id)
    store.learners.register("ANA", "tatu.svg", "8-11", "learner")
    with pytest.raises(InputProblem) as caught:
        store.learner_admin.restore(ana.id)
    assert caught.value.code == Code.LEARNER_RESTORE_TAKEN
    assert caught.value.params["name"] == "Ana"


def test_merge_moves_everything_once_and_keeps_the_counts_exact(store, two_profiles):
    keep, other, a, b = two_profiles
    reached_before = counts(store, "learners_reached")
    moved = store.learner_admin.merge(keep.id, other.id)
    # the other profile is gone, everything is the kept one's
    assert store.learners.get(other.id) is None
    for model in (LearnerSession, Visit, Attempt, LessonProgress, ModuleCompletion, ClassMember,
                  WorkshopParticipant, Assignment):
        assert rows(store, model, other.id) == 0, model
    assert moved.sessions == 2 and moved.visits == 4 and moved.answers == 4
    assert moved.classes == 2 and moved.workshops == 1
    assert rows(store, Assignment, keep.id) == 1  # the same module assigned to both: once
    # one summary per lesson: lesson 2 merged (completed by the other, yesterday)
    with store.db.reading() as s:
        summaries = {r.lesson_id: r for r in s.scalars(
            select(LessonProgress).where(LessonProgress.learner_id == keep.id))}
        assert sorted(summaries) == LESSONS
        merged = summaries[LESSONS[1]]
        assert merged.completed_at is not None and merged.completed_at < T0
        assert merged.progress == 1.0 and merged.best_score == 1.0
        assert s.scalar(select(func.count()).select_from(ModuleCompletion)) == 0
    # the child is reached once: on the other profile's first day, with the kept profile's
    # age band; the kept profile's own first day no longer counts a new learner
    assert reached_before == 4  # two profiles: each reached once, each reached in the module
    assert counts(store, "learners_reached") == 2  # one child: once, and once in the module
    assert counts(store, "learners_reached", role="learner", age_band="12-17") == 0
    assert counts(store, "sessions") == 2
    assert counts(store, "workshop_participants") == 1
    assert_counts_exact(store)
    assert {m.id for m in store.classes.members(a.id)} == {keep.id}
    assert {m.id for m in store.classes.members(b.id)} == {keep.id}


def test_merge_keeps_the_earlier_module_completion(store):
    keep = store.learners.register("Lucía", "tatu.svg", "8-11", "learner")
    other = store.learners.register("Lu", "sol.svg", "8-11", "learner")
    for i, lesson in enumerate(LESSONS):
        lesson_day(store, other.id, lesson, T0 - DAY + timedelta(hours=i))
        lesson_day(store, keep.id, lesson, T0 + timedelta(hours=i))
    store.learner_admin.merge(keep.id, other.id)
    with store.db.reading() as s:
        (done,) = s.scalars(select(ModuleCompletion)).all()
        assert done.learner_id == keep.id and done.completed_at < T0
    assert counts(store, "modules_completed") == 1
    assert counts(store, "lessons_completed") == 3
    assert_counts_exact(store)


def test_merge_refuses_the_same_profile_and_unknown_ids(store):
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    with pytest.raises(InputProblem) as caught:
        store.learner_admin.merge(ana.id, ana.id)
    assert caught.value.code == Code.LEARNER_MERGE_SAME
    with pytest.raises(RecordNotFound):
        store.learner_admin.merge(ana.id, "no-such-id")
    assert store.learners.get(ana.id) is not None


def test_delete_removes_every_row_and_the_counts_recomputed(store, two_profiles):
    keep, other, a, _b = two_profiles
    assert store.learner_admin.footprint(other.id).certificates == 0
    lost = store.learner_admin.delete(other.id)
    assert (lost.visits, lost.answers, lost.sessions, lost.lessons_completed) == (2, 2, 1, 2)
    assert store.learners.get(other.id) is None
    for model in (LearnerSession, Visit, Attempt, LessonProgress, ClassMember, WorkshopParticipant,
                  Assignment):
        assert rows(store, model, other.id) == 0, model
    assert counts(store, "visits", age_band="12-17") == 0
    assert counts(store, "learners_reached", age_band="12-17") == 0
    assert counts(store, "workshop_participants") == 1
    assert_counts_exact(store)
    assert {m.id for m in store.classes.members(a.id)} == {keep.id}
    with store.db.reading() as s:
        assert s.get(Learner, keep.id) is not None


def test_delete_of_a_learner_with_a_certificate_counts_it(store):
    ana = store.learners.register("Ana", "tatu.svg", "8-11", "learner")
    for i, lesson in enumerate(LESSONS):
        lesson_day(store, ana.id, lesson, T0 + timedelta(hours=i))
    assert store.learner_admin.footprint(ana.id).certificates == 1
    assert store.learner_admin.delete(ana.id).certificates == 1
    assert outbox_values(store) == {} == facts_cells(store)


def test_looks_like_surname():
    assert looks_like_surname("Ana Benítez")
    assert looks_like_surname("Ana  Ñandutí Pérez")
    assert not looks_like_surname("Ana")
    assert not looks_like_surname("Colo")
    assert not looks_like_surname("el colo")
    assert not looks_like_surname("Juan de")


def test_self_registration_refuses_a_surname_unless_the_site_allows_it(store):
    with pytest.raises(InputProblem) as caught:
        store.pictures.register_learner("Ana Benítez", "tatu.svg", "8-11", "learner")
    assert caught.value.code == Code.LEARNER_NAME_SURNAME
    assert store.learners.count_active() == 0
    assert store.pictures.register_learner("Ana bonita", "tatu.svg", "8-11", "learner")
    store.site.update(allow_full_names=True)
    assert store.site.allow_full_names is True
    info = store.pictures.register_learner("Ana Benítez", "sol.svg", "8-11", "learner")
    assert info.display_name == "Ana Benítez"
    # staff register a learner through the learners service: no surname rule there
    store.site.update(allow_full_names=False)
    assert store.learners.register("Lucía Benítez", "tatu.svg", "8-11", "learner").display_name


def test_workshop_day_counts_follow_a_merge(store):
    keep = store.learners.register("Lucía", "tatu.svg", "8-11", "learner")
    other = store.learners.register("Lu", "sol.svg", "8-11", "learner")
    w = store.attendance.create_workshop("Taller", date(2026, 3, 5))
    store.attendance.set_participants(w.id, [keep.id, other.id])
    assert counts(store, "workshop_participants") == 2
    store.learner_admin.merge(keep.id, other.id)
    assert counts(store, "workshop_participants") == 1  # the same child, in the register once
    assert_counts_exact(store)


def test_merge_keeps_a_picture_password_the_child_knows(store):
    keep = store.learners.register("Lucía", "tatu.svg", "8-11", "learner")
    other = store.pictures.register_learner("Lu", "sol.svg", "8-11", "learner",
                                            ("manzana", "barco", "llave", "perro"))
    store.learner_admin.merge(keep.id, other.id)
    assert store.pictures.state(keep.id).has_secret
