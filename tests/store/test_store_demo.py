"""Demo data: realistic, idempotent.  ``fill_demo`` is the quick look (``kiosk demo --small``,
through the real services); ``fill_telecenter`` the real telecenter of ``kiosk demo``."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from kiosk.content.model import Catalog
from kiosk.core.people import AgeBand, Role
from kiosk.demo import DEMO_PEOPLE, fill_demo
from kiosk.store.models import (
    Attempt,
    ClassMember,
    Learner,
    LearnerSession,
    LessonProgress,
    SchoolClass,
    Visit,
    Workshop,
)
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

    # idempotent: a second fill writes nothing (on this same fill: one fill of the demo, not two)
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


# -- the demo telecenter (`kiosk demo`): 150 learners, 5 classes, a month ---------------------


def _telecenter(store: Backend, catalog: Catalog) -> dict:
    from kiosk.demo_telecenter import fill_telecenter

    assert fill_telecenter(store, catalog, now=NOW) == 150
    with store.db.reading() as session:
        rows = session.execute(
            select(Learner.display_name, Learner.avatar, Learner.age_band, SchoolClass.name)
            .outerjoin(ClassMember, ClassMember.learner_id == Learner.id)
            .outerjoin(SchoolClass, SchoolClass.id == ClassMember.class_id)
        ).all()
        first = session.scalar(select(func.min(LearnerSession.started_at)))
        last = session.scalar(select(func.max(LearnerSession.ended_at)))
        came = session.scalar(select(func.count(func.distinct(LearnerSession.learner_id))))
        wrong = session.scalar(select(func.count()).select_from(Attempt).where(Attempt.correct.is_(False)))
        right = session.scalar(select(func.count()).select_from(Attempt).where(Attempt.correct.is_(True)))
        completed = session.scalar(select(func.count()).select_from(LessonProgress)
                                   .where(LessonProgress.completed_at.is_not(None)))
        workshops = session.scalar(select(func.count()).select_from(Workshop))
    return {"rows": rows, "first": first, "last": last, "came": came, "wrong": wrong, "right": right,
            "completed": completed, "workshops": workshops}


def test_the_demo_is_a_real_telecenter(store: Backend, catalog: Catalog) -> None:
    from kiosk.demo import DEMO_STAFF

    made = _telecenter(store, catalog)
    rows = made["rows"]
    assert len(rows) == 150 and store.learners.count_active() == 150
    by_class = Counter(r.name for r in rows)
    assert len([c for c in by_class if c is not None]) == 5
    assert all(25 <= n <= 35 for c, n in by_class.items() if c is not None)
    young = [r for r in rows if r.age_band != "adult"]
    assert all(len(r.display_name.split()) == 1 for r in young)  # first names and nicknames only
    assert {"Abigail", "Derlis", "Fátima", "Tatiana", "Nahuel", "Lichi"} <= {r.display_name for r in rows}
    # a few share a name, a few a name AND a picture: only the class tells them apart
    same_name = {n for n, k in Counter(r.display_name for r in rows).items() if k > 1}
    same_pair = {(r.display_name, r.avatar) for r in rows
                 if Counter((x.display_name, x.avatar) for x in rows)[(r.display_name, r.avatar)] > 1}
    assert 3 <= len(same_name) <= 8 and 1 <= len(same_pair) <= 4
    for name, avatar in same_pair:
        assert len({r.name for r in rows if (r.display_name, r.avatar) == (name, avatar)}) == 2
    assert len(Counter((r.name, r.display_name, r.avatar) for r in rows)) == 150  # unique within a class
    assert max(Counter((r.name, r.avatar) for r in young).values()) <= 3  # pictures spread in a class
    staff = store.staff.list_active()
    assert sorted(str(s.role) for s in staff) == ["coordinator", "teacher", "teacher"]
    assert {s.display_name for s in staff} == {name for name, _role, _pin in DEMO_STAFF}
    # a month of visits: most came, some never yet; right and wrong answers; registers
    assert NOW - timedelta(days=31) <= made["first"] and made["last"] <= NOW
    assert made["last"] - made["first"] > timedelta(days=21)
    assert 100 <= made["came"] < 150
    assert made["right"] > made["wrong"] > 0 and made["completed"] > 100
    assert made["workshops"] >= 5
    assert store.outbox.pending_count() > 0  # the month's counts wait to be sent
    assert store.site.site_name == "Telecentro de demostración"


def test_the_demo_telecenter_is_written_once_and_reproducible(tmp_path: Path, catalog: Catalog) -> None:
    from kiosk.demo_telecenter import fill_telecenter

    results = []
    for name in ("one.db", "two.db"):
        with Backend.open(tmp_path / name) as store:
            fill_telecenter(store, catalog, seed=3, now=NOW)
            results.append(_progress_by_name_and_class(store))
            assert fill_telecenter(store, catalog, seed=3, now=NOW) == 0
            assert store.learners.count_active() == 150
    assert results[0] == results[1]


def _progress_by_name_and_class(store: Backend) -> list:
    return sorted((info.display_name, info.avatar, sorted(s.progress for s in store.progress.summaries(info.id).values()))
                  for info in store.learners.list_active())


def test_kiosk_demo_small_keeps_the_quick_look(tmp_path: Path, capsys) -> None:
    from kiosk.cli import main

    assert main(["demo", "--small", "--home", str(tmp_path / "small")]) == 0
    with Backend.open(tmp_path / "small" / "kiosk.sqlite3") as store:
        assert {i.display_name for i in store.learners.list_active()} == {p.name for p in DEMO_PEOPLE}
