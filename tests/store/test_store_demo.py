"""Demo data: realistic, through the real services, idempotent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from kiosk.content.model import Catalog
from kiosk.core.people import AgeBand, Role
from kiosk.demo import DEMO_PEOPLE, fill_demo
from kiosk.store.models import Attempt, LearnerSession, LessonProgress, Visit
from kiosk.backend import Backend

NOW = datetime(2026, 3, 23, 21, 0, tzinfo=UTC)


def _progress_by_name(store: Backend) -> dict[str, dict[str, float]]:
    return {
        info.display_name: {k: s.progress for k, s in store.progress.summaries(info.id).items()}
        for info in store.learners.list_active()
    }


def test_fill_demo_creates_fourteen_learners_with_progress(store: Backend, catalog: Catalog) -> None:
    assert fill_demo(store, catalog, now=NOW) == 14
    learners = {info.display_name: info for info in store.learners.list_active()}
    assert set(learners) == {person.name for person in DEMO_PEOPLE}
    assert learners["Profe Nilda"].role is Role.TEACHER
    assert learners["Ña Carmen"].role is Role.PARENT
    assert learners["Ña Carmen"].age_band is AgeBand.ADULT
    assert {info.age_band for info in learners.values()} == set(AgeBand)
    assert len({(i.display_name, i.avatar) for i in learners.values()}) == 14

    with store.db.reading() as session:
        attempts = session.scalar(select(func.count()).select_from(Attempt))
        wrong = session.scalar(
            select(func.count()).select_from(Attempt).where(Attempt.correct.is_(False))
        )
        completed = session.scalar(
            select(func.count())
            .select_from(LessonProgress)
            .where(LessonProgress.completed_at.is_not(None))
        )
        open_sessions = session.scalar(
            select(func.count())
            .select_from(LearnerSession)
            .where(LearnerSession.ended_at.is_(None))
        )
        oldest = session.scalar(select(func.min(Visit.started_at)))
        newest = session.scalar(select(func.max(Visit.ended_at)))
    assert attempts > 0 and 0 < wrong < attempts
    assert completed > 0
    assert open_sessions == 0
    assert NOW - timedelta(days=22) <= oldest < newest <= NOW  # spread over three weeks
    assert newest - oldest > timedelta(days=7)

    assert store.progress.summaries(learners["Tobías"].id) == {}  # just registered
    adult_lessons = store.progress.summaries(learners["Profe Nilda"].id)
    assert adult_lessons and all("/acompanar/" in lesson for lesson in adult_lessons)
    assert any(store.progress.completed_modules(i.id) for i in learners.values())
    assert any(store.progress.resume_point(i.id) for i in learners.values())


def test_fill_demo_is_idempotent(store: Backend, catalog: Catalog) -> None:
    assert fill_demo(store, catalog, now=NOW) == 14
    before = _progress_by_name(store)
    assert fill_demo(store, catalog, now=NOW) == 0
    assert store.learners.count_active() == 14
    assert _progress_by_name(store) == before


def test_fill_demo_is_reproducible(tmp_path: Path, catalog: Catalog) -> None:
    results = []
    for name in ("one.db", "two.db"):
        with Backend.open(tmp_path / name) as store:
            fill_demo(store, catalog, seed=3, now=NOW)
            results.append(_progress_by_name(store))
    assert results[0] == results[1]


def test_fill_demo_with_an_empty_catalog_still_creates_learners(store: Backend) -> None:
    assert fill_demo(store, Catalog(), now=NOW) == 14
    assert store.progress.resume_point(store.learners.list_active()[0].id) is None
