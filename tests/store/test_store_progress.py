"""Progress: sessions, visits, attempts and the summaries derived from them."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import func, select
from sqlite3 import IntegrityError  # the progress service writes with plain sqlite3 (kiosk.store.lite)

from kiosk.core.errors import KioskBug
from kiosk.learning.progress import CompletionResult, EndReason
from kiosk.store.models import Attempt, LearnerSession, LessonProgress, ModuleCompletion, Visit
from kiosk.store.records import RecordNotFound
from kiosk.backend import Backend

MODULE = "internet-seguro/cuida-tus-secretos"
A, B, C = (f"{MODULE}/{slug}" for slug in ("contrasenas", "dos-pasos", "cerrar-sesion"))
LESSONS = [A, B, C]


def _count(store: Backend, model) -> int:
    with store.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _row(store: Backend, model, row_id: str):
    with store.db.reading() as session:
        return session.get(model, row_id)


def _visit(store: Backend, learner_id: str, lesson_id: str, now, pages: int = 4, session_id=None):
    return store.progress.start_visit(
        learner_id, session_id, lesson_id, "1.0.0", "es", pages, now=now
    )


# -- sessions ---------------------------------------------------------------------------------


def test_sign_in_touch_sign_out(store: Backend, learner, at) -> None:
    sid = store.progress.sign_in(learner.id, now=at(0))
    store.progress.touch_session(sid, now=at(3))
    row = _row(store, LearnerSession, sid)
    assert (row.started_at, row.last_seen_at, row.ended_at) == (at(0), at(3), None)

    store.progress.sign_out(sid, EndReason.IDLE, now=at(8))
    store.progress.sign_out(sid, "exit", now=at(9))  # already ended: keeps the first end
    row = _row(store, LearnerSession, sid)
    assert (row.ended_at, row.end_reason) == (at(8), "idle")


def test_sign_out_refuses_unknown_reason(store: Backend, learner, at) -> None:
    sid = store.progress.sign_in(learner.id, now=at(0))
    with pytest.raises(ValueError):
        store.progress.sign_out(sid, "lunch")


def test_close_stale_sessions_ends_them_at_last_sign_of_life(store: Backend, learner, at) -> None:
    other = store.learners.register("Mateo", "tatu.svg", "8-11", "learner", now=at(0))
    open_sid = store.progress.sign_in(learner.id, now=at(0))
    visit = _visit(store, learner.id, A, at(1), session_id=open_sid)
    store.progress.record_page(visit, 1, 4, now=at(6))  # a page is a sign of life too
    closed_sid = store.progress.sign_in(other.id, now=at(0))
    store.progress.sign_out(closed_sid, now=at(2))

    assert store.progress.close_stale_sessions() == 1
    assert store.progress.close_stale_sessions() == 0

    stale = _row(store, LearnerSession, open_sid)
    assert (stale.ended_at, stale.end_reason) == (at(6), "crash")
    closed = _row(store, LearnerSession, closed_sid)
    assert (closed.ended_at, closed.end_reason) == (at(2), "exit")


def test_a_visit_cannot_use_a_classmates_session(store: Backend, learner, at) -> None:
    other = store.learners.register("Mateo", "tatu.svg", "8-11", "learner", now=at(0))
    sid = store.progress.sign_in(other.id, now=at(0))
    with pytest.raises(KioskBug, match="another learner"):
        _visit(store, learner.id, A, at(1), session_id=sid)
    assert _count(store, Visit) == 0


# -- visits and page progress -----------------------------------------------------------------


def test_start_visit_creates_the_summary_once(store: Backend, learner, at) -> None:
    first = _visit(store, learner.id, A, at(0))
    store.progress.record_page(first, 1, 4, now=at(1))
    _visit(store, learner.id, A, at(5))
    summaries = store.progress.summaries(learner.id)
    assert list(summaries) == [A]
    assert summaries[A].progress == 0.5  # a new visit does not reset progress
    assert _count(store, Visit) == 2
    assert _count(store, LessonProgress) == 1


def test_progress_clamps_and_never_decreases(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    store.progress.record_page(visit, 2, 4, now=at(1))
    assert store.progress.summaries(learner.id)[A].progress == 0.75

    store.progress.record_page(visit, 0, 4, now=at(2))  # going back a page
    summary = store.progress.summaries(learner.id)[A]
    assert (summary.progress, summary.last_page) == (0.75, 0)

    store.progress.record_page(visit, 3, 4, now=at(3))
    summary = store.progress.summaries(learner.id)[A]
    assert summary.progress == 1.0
    assert summary.completed_at is None  # pages alone never complete a lesson

    for bad_index, bad_count in [(4, 4), (-1, 4), (0, 0)]:
        with pytest.raises(ValueError):
            store.progress.record_page(visit, bad_index, bad_count, now=at(4))


def test_last_page_is_clamped_when_the_lesson_shrinks(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0), pages=6)
    store.progress.record_page(visit, 5, 6, now=at(1))
    _visit(store, learner.id, A, at(10), pages=3)
    assert store.progress.summaries(learner.id)[A].last_page == 2


def test_visit_end_and_seconds_follow_the_pages(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    store.progress.record_page(visit, 1, 4, now=at(2))
    row = _row(store, Visit, visit)
    assert (row.ended_at, row.seconds) == (at(2), 120)
    store.progress.record_page(visit, 2, 4, now=at(1))  # the clock stepped back
    row = _row(store, Visit, visit)
    assert (row.ended_at, row.seconds) == (at(2), 120)
    store.progress.end_visit(visit, now=at(4.5))
    row = _row(store, Visit, visit)
    assert (row.ended_at, row.seconds) == (at(4.5), 270)


# -- attempts and scores ----------------------------------------------------------------------


def test_attempt_is_stored_as_a_fact(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    attempt_id = store.progress.record_attempt(visit, f"{A}#q1", [1, 3], False, now=at(1))
    row = _row(store, Attempt, attempt_id)
    assert (row.answer, row.correct, row.lesson_id, row.learner_id) == (
        "[1,3]", False, A, learner.id
    )
    assert row.device_id == store.device_id
    assert _row(store, Visit, visit).ended_at == at(1)
    assert store.progress.summaries(learner.id)[A].updated_at == at(1)


def test_attempt_stores_the_kinds_json(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    attempt_id = store.progress.record_attempt(visit, f"{A}#q1", {"chosen": ["a", "c"], "x": "ñ"}, True,
                                               now=at(1))
    assert _row(store, Attempt, attempt_id).answer == '{"chosen":["a","c"],"x":"ñ"}'
    for bad in ({"chosen": {"a"}}, "a", [0.5]):  # not JSON; not an object; not indexes
        with pytest.raises(ValueError):
            store.progress.record_attempt(visit, f"{A}#q1", bad, True, now=at(2))
    assert _count(store, Attempt) == 1


def test_attempt_for_a_question_of_another_lesson_is_refused(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    with pytest.raises(ValueError):
        store.progress.record_attempt(visit, f"{B}#q1", [0], True, now=at(1))
    with pytest.raises(ValueError):
        store.progress.record_attempt(visit, f"{A}#q1", [True], True, now=at(1))
    assert _count(store, Attempt) == 0


def test_score_counts_first_attempts_only(store: Backend, learner, at) -> None:
    earlier = _visit(store, learner.id, A, at(0))
    store.progress.record_attempt(earlier, f"{A}#q3", [0], True, now=at(1))  # other visit

    visit = _visit(store, learner.id, A, at(5))
    store.progress.record_attempt(visit, f"{A}#q1", [0], False, now=at(6))
    store.progress.record_attempt(visit, f"{A}#q1", [1], True, now=at(7))
    store.progress.record_attempt(visit, f"{A}#q2", [2], True, now=at(8))
    store.progress.record_attempt(visit, f"{A}#q2", [0], False, now=at(9))
    # q3 never answered in this visit
    result = store.progress.complete_lesson(
        visit, [f"{A}#q1", f"{A}#q2", f"{A}#q3"], MODULE, "1.0.0", LESSONS, now=at(10)
    )
    assert result.score == pytest.approx(1 / 3)
    assert result.best_score == pytest.approx(1 / 3)


def test_first_attempt_wins_even_with_the_same_timestamp(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    store.progress.record_attempt(visit, f"{A}#q1", [0], False, now=at(1))
    store.progress.record_attempt(visit, f"{A}#q1", [1], True, now=at(1))
    result = store.progress.complete_lesson(visit, [f"{A}#q1"], MODULE, "1", LESSONS, now=at(2))
    assert result.score == 0.0


def test_lesson_without_questions_scores_full(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    result = store.progress.complete_lesson(visit, [], MODULE, "1", LESSONS, now=at(1))
    assert result == CompletionResult(1.0, 1.0, True, False)


def test_completed_at_is_set_once_and_best_score_is_the_max(store: Backend, learner, at) -> None:
    questions = [f"{A}#q1", f"{A}#q2"]

    def play(start: float, right: int) -> CompletionResult:
        visit = _visit(store, learner.id, A, at(start))
        store.progress.record_page(visit, 2, 4, now=at(start + 1))
        for index, question in enumerate(questions):
            store.progress.record_attempt(visit, question, [1], index < right, now=at(start + 2))
        return store.progress.complete_lesson(
            visit, questions, MODULE, "1.0.0", LESSONS, now=at(start + 3)
        )

    first = play(0, right=1)
    assert (first.score, first.best_score, first.newly_completed) == (0.5, 0.5, True)
    second = play(10, right=2)
    assert (second.score, second.best_score, second.newly_completed) == (1.0, 1.0, False)
    third = play(20, right=0)
    assert (third.score, third.best_score, third.newly_completed) == (0.0, 1.0, False)

    summary = store.progress.summaries(learner.id)[A]
    assert summary.completed_at == at(3)  # the first completion
    assert summary.best_score == 1.0
    assert summary.progress == 1.0
    assert summary.last_page == 0  # a finished lesson starts again from the top
    assert summary.updated_at == at(23)


def test_module_completes_when_all_lessons_are_done_and_only_once(
    store: Backend, learner, at
) -> None:
    other = store.learners.register("Mateo", "tatu.svg", "8-11", "learner", now=at(0))

    def complete(who: str, lesson: str, when: float) -> CompletionResult:
        visit = _visit(store, who, lesson, at(when))
        return store.progress.complete_lesson(visit, [], MODULE, "1.2.0", LESSONS, now=at(when))

    assert not complete(learner.id, A, 1).module_completed_now
    assert not complete(other.id, C, 2).module_completed_now
    assert not complete(learner.id, B, 3).module_completed_now
    assert store.progress.completed_modules(learner.id) == set()
    assert complete(learner.id, C, 4).module_completed_now
    assert not complete(learner.id, C, 5).module_completed_now  # once
    assert not complete(learner.id, A, 6).module_completed_now

    assert store.progress.completed_modules(learner.id) == {MODULE}
    assert store.progress.completed_modules(other.id) == set()
    with store.db.reading() as session:
        rows = session.scalars(select(ModuleCompletion)).all()
    assert [(r.learner_id, r.module_version, r.completed_at) for r in rows] == [
        (learner.id, "1.2.0", at(4))
    ]


def test_complete_refuses_a_lesson_outside_the_module(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    with pytest.raises(ValueError):
        store.progress.complete_lesson(visit, [], MODULE, "1", [B, C], now=at(1))
    assert store.progress.summaries(learner.id)[A].completed_at is None


# -- resume point -----------------------------------------------------------------------------


def test_resume_point_is_the_latest_incomplete_lesson(store: Backend, learner, at) -> None:
    assert store.progress.resume_point(learner.id) is None

    a = _visit(store, learner.id, A, at(0))
    store.progress.record_page(a, 2, 4, now=at(1))
    b = _visit(store, learner.id, B, at(5))
    store.progress.record_page(b, 1, 4, now=at(6))
    c = _visit(store, learner.id, C, at(10))
    store.progress.complete_lesson(c, [], MODULE, "1", LESSONS, now=at(11))

    assert store.progress.resume_point(learner.id) == (B, 1)  # C is done
    assert store.progress.resume_point(learner.id, [A, C]) == (A, 2)
    assert store.progress.resume_point(learner.id, [C]) is None
    assert store.progress.resume_point(learner.id, []) is None

    store.progress.record_page(a, 3, 4, now=at(20))
    assert store.progress.resume_point(learner.id) == (A, 3)


# -- one transaction for fact and summary ----------------------------------------------------


def test_unknown_visit_raises_and_writes_nothing(store: Backend, learner, at) -> None:
    with pytest.raises(RecordNotFound):
        store.progress.record_attempt("no-such-visit", f"{A}#q1", [1], True, now=at(1))
    with pytest.raises(RecordNotFound):
        store.progress.record_page("no-such-visit", 0, 3, now=at(1))
    assert _count(store, Attempt) == 0
    assert _count(store, LessonProgress) == 0


@contextmanager
def failing_writes(store: Backend, table: str, event: str):
    """A trigger that makes SQLite abort every ``event`` (INSERT/UPDATE) on ``table``."""
    with store.db.engine.begin() as conn:
        conn.exec_driver_sql(
            f"CREATE TRIGGER fail_{table} BEFORE {event} ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"
        )
    try:
        yield
    finally:
        with store.db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TRIGGER fail_{table}")


def test_attempt_and_summary_commit_together(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    with failing_writes(store, "lesson_progress", "UPDATE"):
        with pytest.raises(IntegrityError, match="simulated write failure"):
            store.progress.record_attempt(visit, f"{A}#q1", [1], True, now=at(1))

    assert _count(store, Attempt) == 0
    assert _row(store, Visit, visit).ended_at == at(0)
    assert store.progress.summaries(learner.id)[A].updated_at == at(0)
    # and without the failure, the same call works
    store.progress.record_attempt(visit, f"{A}#q1", [1], True, now=at(1))
    assert _count(store, Attempt) == 1


def test_completion_is_all_or_nothing(store: Backend, learner, at) -> None:
    visit = _visit(store, learner.id, A, at(0))
    for lesson in (B, C):
        other = _visit(store, learner.id, lesson, at(1))
        store.progress.complete_lesson(other, [], MODULE, "1", LESSONS, now=at(2))

    with failing_writes(store, "module_completions", "INSERT"):
        with pytest.raises(IntegrityError, match="simulated write failure"):
            store.progress.complete_lesson(visit, [], MODULE, "1", LESSONS, now=at(5))

    summary = store.progress.summaries(learner.id)[A]
    assert summary.completed_at is None and summary.progress == 0.0
    assert _row(store, Visit, visit).ended_at == at(0)
    assert store.progress.completed_modules(learner.id) == set()

    result = store.progress.complete_lesson(visit, [], MODULE, "1", LESSONS, now=at(5))
    assert result.module_completed_now
