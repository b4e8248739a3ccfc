"""``kiosk demo --activity N``: N learner visits of today through the real services, each counted
exactly once in the ``visits`` cells of the outbox (``kiosk.demo_activity``)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk import resources
from kiosk.backend import Backend
from kiosk.content.catalog import load_catalog
from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.demo_activity import NoLearners, add_activity
from kiosk.store.models import Attempt, LearnerSession, Visit

ROOT = Path(__file__).resolve().parents[1]

# A small home as tests and `kiosk demo` make it: learners of every age band and role.
PEOPLE = (("Lucía", "8-11", "learner"), ("Mateo", "8-11", "learner"), ("Fátima", "12-17", "learner"),
          ("Derlis", "12-17", "learner"), ("Ña Carmen", "adult", "parent"), ("Profe Nilda", "adult", "teacher"))


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(resources.lessons_dir())


def small_home(home: Path) -> Path:
    """A kiosk home with the learners of ``PEOPLE``, registered (a week ago) by the real service."""
    home.mkdir(parents=True, exist_ok=True)
    backend = Backend.open(home / "kiosk.sqlite3", home=home)
    try:
        for name, band, role in PEOPLE:
            backend.learners.register(name, "tatu.svg", band, role, now=utcnow() - timedelta(days=7))
    finally:
        backend.close()
    return home


def today_visit_cells(backend: Backend, now: datetime | None = None) -> int:
    """The sum of today's ``visits`` cells in the outbox (whatever their state)."""
    today = (now or utcnow()).astimezone(LOCAL_TZ).date().isoformat()
    return sum(row.value for row in backend.outbox.cells(states=None)
               if row.metric == "visits" and row.period == today)


def count(backend: Backend, table) -> int:
    with backend.db.reading() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_twenty_visits_are_twenty_in_the_outbox_and_twice_forty(tmp_path, catalog):
    backend = Backend.open(small_home(tmp_path / "home") / "kiosk.sqlite3")
    try:
        assert today_visit_cells(backend) == 0
        assert add_activity(backend, catalog, 20, seed=3) == 20
        assert today_visit_cells(backend) == 20
        assert count(backend, Visit) == 20
        assert count(backend, LearnerSession) == 20  # a sign-in each, all signed out
        with backend.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(LearnerSession)
                                  .where(LearnerSession.ended_at.is_(None))) == 0
            per_visit = session.execute(select(Attempt.visit_id, func.count()).group_by(Attempt.visit_id)).all()
        assert len(per_visit) == 20 and {n for _v, n in per_visit} <= {1, 2}  # one or two answers each

        assert add_activity(backend, catalog, 20, seed=4) == 20
        assert today_visit_cells(backend) == 40
        assert count(backend, Visit) == 40
    finally:
        backend.close()


def test_visits_fall_today_and_never_after_now(tmp_path, catalog):
    backend = Backend.open(small_home(tmp_path / "home") / "kiosk.sqlite3")
    now = datetime.combine(utcnow().astimezone(LOCAL_TZ).date(), datetime.min.time(),
                           tzinfo=LOCAL_TZ).astimezone(UTC) + timedelta(minutes=3)  # just after midnight
    try:
        add_activity(backend, catalog, 10, seed=1, now=now)
        with backend.db.reading() as session:
            moments = session.execute(select(LearnerSession.started_at, LearnerSession.ended_at)).all()
        day = now.astimezone(LOCAL_TZ).date()
        for started, ended in moments:
            for moment in (started, ended):
                assert moment.replace(tzinfo=UTC).astimezone(LOCAL_TZ).date() == day
                assert moment.replace(tzinfo=UTC) <= now
        assert today_visit_cells(backend, now) == 10
    finally:
        backend.close()


def test_the_same_seed_makes_the_same_choices(tmp_path, catalog):
    def played(home: Path) -> list[tuple[str, str]]:
        backend = Backend.open(small_home(home) / "kiosk.sqlite3")
        try:
            names = {info.id: info.display_name for info in backend.learners.list_active()}
            add_activity(backend, catalog, 8, seed=11, now=datetime(2026, 11, 30, 20, 0, tzinfo=UTC))
            with backend.db.reading() as session:
                rows = session.execute(select(Visit.learner_id, Visit.lesson_id).order_by(Visit.started_at)).all()
            return [(names[learner], lesson) for learner, lesson in rows]
        finally:
            backend.close()

    assert played(tmp_path / "a") == played(tmp_path / "b")


def test_a_home_without_learners_is_refused(tmp_path, catalog):
    backend = Backend.open(tmp_path / "kiosk.sqlite3")
    try:
        with pytest.raises(NoLearners):
            add_activity(backend, catalog, 3)
    finally:
        backend.close()


def test_the_command_line_adds_the_visits(tmp_path):
    home = small_home(tmp_path / "home")
    result = subprocess.run([sys.executable, "-m", "kiosk", "--lang", "en", "demo", "--activity", "5",
                             "--seed", "2", "--home", str(home)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Added 5 learner visit" in result.stdout  # "visit(s)" until the lead regenerates the catalogs
    backend = Backend.open(home / "kiosk.sqlite3")
    try:
        assert today_visit_cells(backend) == 5
        assert count(backend, Visit) == 5
    finally:
        backend.close()

    empty = subprocess.run([sys.executable, "-m", "kiosk", "--lang", "en", "demo", "--activity", "5",
                            "--home", str(tmp_path / "empty")],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert empty.returncode == 1
    assert "has no learners" in empty.stderr


def test_the_sample_track_is_never_visited(tmp_path):
    with_demo = load_catalog(resources.lessons_dir(), demo=True)
    sample = {entry.id for track in with_demo.tracks if track.demo for m in track.modules for entry in m.lessons}
    assert sample, "the bundled lessons have a sample track"
    backend = Backend.open(small_home(tmp_path / "home") / "kiosk.sqlite3")
    try:
        add_activity(backend, with_demo, 15, seed=5)
        with backend.db.reading() as session:
            visited = set(session.scalars(select(Visit.lesson_id)))
        assert visited and not visited & sample
        assert today_visit_cells(backend) == 15
    finally:
        backend.close()
