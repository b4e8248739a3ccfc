"""The large benchmark site, filled SMALL (50 learners, 5,000 facts): shape, consistency,
idempotence.  The full 2 M-fact fill is for benchmarks/grid.py only."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from kiosk import resources
from kiosk.content.catalog import load_catalog
from kiosk.demo_large import BENCH_CLASS_NAME, BENCH_LESSON_IDS, BENCH_MODULE_IDS, fill_large
from kiosk.learning.reports import Status
from kiosk.store.models import (
    Attempt,
    ClassMember,
    Learner,
    LearnerSession,
    LessonProgress,
    ModuleCompletion,
    SchoolClass,
    Visit,
)
from tests.reports.conftest import T0


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(resources.lessons_dir())


def count(store, model) -> int:
    with store.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_small_fill_has_the_benchmark_shape(store, catalog, capsys):
    assert len(BENCH_LESSON_IDS) == 40 and len(set(BENCH_LESSON_IDS)) == 40
    assert BENCH_LESSON_IDS[0] == "bench/modulo-01/leccion-01"
    assert fill_large(store, catalog, learners=50, facts=5_000, now=T0) == 50
    assert "facts" in capsys.readouterr().out  # progress is printed

    assert count(store, Learner) == 50
    facts = count(store, Visit) + count(store, Attempt) + count(store, LessonProgress)
    assert 4_500 <= facts <= 5_600
    with store.db.reading() as session:
        classes = dict(session.execute(
            select(SchoolClass.name, func.count(ClassMember.id))
            .join(ClassMember, ClassMember.class_id == SchoolClass.id)
            .group_by(SchoolClass.name)
        ).all())
        per_learner = Counter(session.scalars(select(ClassMember.learner_id)))
        names = session.execute(select(Learner.display_name, Learner.avatar)).all()
        lessons = set(session.scalars(select(LessonProgress.lesson_id).distinct()))
        bench_names = session.scalars(
            select(Learner.display_name)
            .join(ClassMember, ClassMember.learner_id == Learner.id)
            .join(SchoolClass, SchoolClass.id == ClassMember.class_id)
            .where(SchoolClass.name == BENCH_CLASS_NAME)
        ).all()
    assert classes[BENCH_CLASS_NAME] == 40
    assert sum(classes.values()) == 50 and len(classes) == 2
    assert set(per_learner.values()) == {1}  # everybody in exactly one class
    assert len(set(names)) == 50  # name + picture tell every learner apart
    assert len(set(bench_names)) == 40  # the benchmark class: 40 different names
    assert set(BENCH_LESSON_IDS[:10]) <= lessons
    assert any(not lid.startswith("bench/") for lid in lessons)  # the real lessons too

    class_id = next(c.id for c in store.reports.class_choices() if c.name == BENCH_CLASS_NAME)
    grid = store.reports.class_grid(class_id, BENCH_LESSON_IDS)
    assert (len(grid.rows), len(grid.lesson_ids)) == (40, 40)
    statuses = Counter(cell.status for row in grid.rows for cell in row.cells)
    assert all(statuses[s] >= 20 for s in Status), statuses  # a mix of all three

    with store.db.engine.connect() as conn:  # the bulk fill's PRAGMA synchronous=OFF is undone
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_small_fill_is_consistent(store, catalog):
    fill_large(store, catalog, learners=45, facts=4_000, now=T0)
    with store.db.reading() as session:
        summaries = session.execute(
            select(LessonProgress.progress, LessonProgress.best_score, LessonProgress.completed_at)
        ).all()
        assert all(0 < p <= 1 for p, _b, _c in summaries)
        assert all((c is not None) == (b is not None) for _p, b, c in summaries)
        assert all(p == 1.0 for p, _b, c in summaries if c is not None)
        visits = session.execute(select(Visit.started_at, Visit.ended_at, Visit.seconds)).all()
        assert all(s == int((e - b).total_seconds()) and s > 0 for b, e, s in visits)
        assert max(e for _b, e, _s in visits) <= T0
        assert session.scalar(select(func.count()).select_from(LearnerSession).where(
            LearnerSession.ended_at.is_(None))) == 0
        wrong = session.scalar(select(func.count()).select_from(Attempt).where(Attempt.correct.is_(False)))
        assert 0 < wrong < count(store, Attempt)
        # a module is complete only when each of its lessons is
        for learner_id, module_id, done_at in session.execute(
            select(ModuleCompletion.learner_id, ModuleCompletion.module_id, ModuleCompletion.completed_at)
        ):
            wanted = ([lid for lid in BENCH_LESSON_IDS if lid.startswith(module_id + "/")]
                      if module_id in BENCH_MODULE_IDS else list(catalog.module(module_id).lesson_ids))
            ends = session.scalars(select(LessonProgress.completed_at).where(
                LessonProgress.learner_id == learner_id, LessonProgress.lesson_id.in_(wanted))).all()
            assert len(ends) == len(wanted) and None not in ends and max(ends) == done_at


def test_refuses_a_database_with_learners(store, catalog):
    assert fill_large(store, catalog, learners=40, facts=1_000, now=T0, quiet=True) == 40
    before = (count(store, Learner), count(store, Visit), count(store, Attempt))
    assert fill_large(store, catalog, learners=40, facts=1_000, now=T0, quiet=True) == 0
    assert (count(store, Learner), count(store, Visit), count(store, Attempt)) == before
    with pytest.raises(ValueError):
        fill_large(store, catalog, learners=39)
