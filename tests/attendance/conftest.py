"""Fixtures for attendance: a real Store in the test's KIOSK_HOME and helpers that place
visits at local (America/Asuncion) times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.core.clock import LOCAL_TZ
from kiosk.store.models import Staff, StaffSession
from kiosk.backend import Backend
from tests.conftest import fresh_database


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    """A local wall-clock time in Asunción, as the aware UTC moment the kiosk stores."""
    return datetime(y, m, d, hh, mm, tzinfo=LOCAL_TZ).astimezone(UTC)


def visit(store: Backend, learner_id: str, start: datetime, minutes: int = 30, reason: str = "exit") -> str:
    session_id = store.progress.sign_in(learner_id, now=start)
    store.progress.sign_out(session_id, reason, now=start + timedelta(minutes=minutes))
    return session_id


def staff_visit(store: Backend, start: datetime, minutes: int = 45) -> None:
    with store.db.transaction() as s:
        staff = Staff(device_id=store.device_id, created_at=start, updated_at=start, display_name="Profe Nilda",
                      role="teacher", secret_hash="x")
        s.add(staff)
        s.flush()
        s.add(StaffSession(device_id=store.device_id, staff_id=staff.id, started_at=start,
                           ended_at=start + timedelta(minutes=minutes)))


@pytest.fixture()
def store(home):
    """A new database in ``home`` (a copy of one migrated once: tests.conftest.fresh_database)."""
    opened = Backend.open(fresh_database(home / "kiosk.sqlite3"))
    yield opened
    opened.close()


@pytest.fixture()
def people(store):
    """Five learners: two children, a teen, a parent, a teacher."""
    reg = store.learners.register
    return {
        "lucia": reg("Lucía", "a1.svg", "8-11", "learner"),
        "nandu": reg("Ñandutí", "a2.svg", "8-11", "learner"),
        "teo": reg("Teo", "a3.svg", "12-17", "learner"),
        "rosa": reg("Rosa", "a4.svg", "adult", "parent"),
        "nilda": reg("Nilda", "a5.svg", "adult", "teacher"),
    }


MARCH = (date(2025, 3, 1), date(2025, 3, 31))
APRIL = (date(2025, 4, 1), date(2025, 4, 30))


# -- staff pages on a real store and a real task runner ----------------------------------------


def make_staff(store: Backend, name: str = "Nilda", role: str = "coordinator") -> str:
    now = datetime.now(UTC)
    with store.db.transaction() as s:
        row = Staff(device_id=store.device_id, created_at=now, updated_at=now, display_name=name, role=role,
                    secret_hash="x")
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture()
def staff_ctx(qtbot, store):
    """A StaffContext as the staff area builds it: the Store reached from the worker thread."""
    from kiosk.app import create_app, install_translators
    from kiosk.ui.main_window import BackendRef
    from kiosk.ui.staff.context import StaffContext, StaffMember
    from kiosk.ui.tasks import TaskRunner

    app = create_app()
    install_translators(app, "es")
    tasks = TaskRunner()
    ref = BackendRef()
    ref.store = store
    problems: list[BaseException] = []
    ctx = StaffContext(StaffMember(make_staff(store), "Nilda", "coordinator"), tasks, ref, lambda: None, "es",
                       problems.append)
    ctx.problems = problems  # type: ignore[attr-defined]
    yield ctx
    tasks.shutdown()
    assert problems == []


def settle(qtbot, ctx) -> None:
    """Every queued task has run and its callback arrived (twice: callbacks may queue more)."""
    for _ in range(3):
        assert ctx.tasks.wait_idle(10)
        qtbot.wait(10)


def bulk_visits(store: Backend, learner_ids: list[str], start: datetime, n: int, minutes: int = 30) -> None:
    """``n`` finished visits, one a minute from ``start``, cycling through ``learner_ids``."""
    from kiosk.store.models import LearnerSession

    with store.db.transaction() as s:
        for i in range(n):
            began = start + timedelta(minutes=i)
            s.add(LearnerSession(device_id=store.device_id, learner_id=learner_ids[i % len(learner_ids)],
                                 started_at=began, last_seen_at=began + timedelta(minutes=minutes),
                                 ended_at=began + timedelta(minutes=minutes), end_reason="exit"))
