"""Progress: append-only facts plus the summaries derived from them, in ONE transaction.

Facts (Kolibri's three levels, DESIGN.md "Data"):
* a session  -- sign-in to sign-out on this device (attendance);
* a visit    -- one learner on one lesson: start, end, seconds; its end moves forward with
  every page, so a power cut loses at most the current page;
* an attempt -- one answer to one question, never changed.

Summaries: one ``lesson_progress`` row per (learner, lesson) -- progress 0..1 that never goes
back, best score, ``completed_at`` set once -- and one ``module_completions`` row per
(learner, module). Every write method below commits its fact and its summary together --
and, through ``kiosk.sync.outbox_cells.touch``, the count cells of the days it changed (issue 4:
the outbox is written in the same transaction as the activity it counts).

``now=`` exists so demo data and tests can place facts in time; it defaults to ``utcnow()``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, literal_column, select, update
from sqlalchemy.orm import Session

from kiosk.core import scoring
from kiosk.core.clock import utcnow
from kiosk.core.errors import KioskBug
from kiosk.core.ids import AttemptId, SessionId, VisitId
from kiosk.learning.answer_text import answer_text, program_of
from kiosk.store.models import (
    Attempt,
    Learner,
    LearnerSession,
    LessonProgress,
    ModuleCompletion,
    Visit,
)
from kiosk.store.records import get_row

if TYPE_CHECKING:
    from kiosk.store.store import Store


class EndReason(StrEnum):
    EXIT = "exit"  # the learner signed out
    IDLE = "idle"  # signed out after a while without input
    CRASH = "crash"  # found open at start-up: closed at its last sign of life


@dataclass(frozen=True)
class LessonSummary:
    lesson_id: str
    progress: float  # 0..1, never decreases
    best_score: float | None  # 0..1; None until the lesson is completed once
    completed_at: datetime | None  # the first completion, never changed
    last_page: int  # where to resume
    updated_at: datetime


@dataclass(frozen=True)
class LastRun:
    """A learner's last run of a coding challenge (an attempt whose answer holds a program)."""

    program: str
    passed: bool
    rule: str | None  # the rule that failed ("drawing", "must_use:loop", ...); None when passed
    at: datetime


@dataclass(frozen=True)
class CompletionResult:
    score: float  # this visit: share of questions right at the first try
    best_score: float  # the best over all completions
    newly_completed: bool  # the first completion of this lesson
    module_completed_now: bool  # this completion finished the module (first time)


def _summary(row: LessonProgress) -> LessonSummary:
    return LessonSummary(
        lesson_id=row.lesson_id,
        progress=row.progress,
        best_score=row.best_score,
        completed_at=row.completed_at,
        last_page=row.last_page,
        updated_at=row.updated_at,
    )


class ProgressService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- sessions -------------------------------------------------------------------------

    def sign_in(self, learner_id: str, *, now: datetime | None = None) -> SessionId:
        moment = now or utcnow()
        with self._store.transaction() as session:
            learner = get_row(session, Learner, learner_id)
            if learner.archived_at is not None:
                raise KioskBug(f"learner {learner_id!r} is archived and cannot sign in")
            row = LearnerSession(
                device_id=self._store.device_id,
                learner_id=learner_id,
                started_at=moment,
                last_seen_at=moment,
            )
            session.add(row)
            session.flush()
            # The day's count cells, in this same transaction (kiosk.sync.outbox).
            count_touch(session, [moment], learner_id=learner_id,
                        metrics=("sessions", "learners_reached"))
            return SessionId(row.id)

    def touch_session(self, session_id: str, *, now: datetime | None = None) -> None:
        """The learner is still here (an open session's last sign of life moves forward)."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            _touch(get_row(session, LearnerSession, session_id), moment)

    def sign_out(
        self, session_id: str, reason: EndReason | str = EndReason.EXIT, *,
        now: datetime | None = None,
    ) -> None:
        """End a session; a session that already ended keeps its first end."""
        why = EndReason(reason)
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, LearnerSession, session_id)
            if row.ended_at is not None:
                return
            _touch(row, moment)
            row.ended_at = row.last_seen_at
            row.end_reason = why.value

    def close_stale_sessions(self) -> int:
        """At start-up: sessions still open were cut off (crash, power): end them at their
        last sign of life with reason "crash". Returns how many."""
        with self._store.transaction() as session:
            result = session.execute(
                update(LearnerSession)
                .where(LearnerSession.ended_at.is_(None))
                .values(ended_at=LearnerSession.last_seen_at, end_reason=EndReason.CRASH.value)
                .execution_options(synchronize_session=False)
            )
            return result.rowcount  # type: ignore[attr-defined, no-any-return]

    # -- visits ---------------------------------------------------------------------------

    def start_visit(
        self,
        learner_id: str,
        session_id: str | None,
        lesson_id: str,
        lesson_version: str,
        lang: str,
        page_count: int,
        *,
        now: datetime | None = None,
    ) -> VisitId:
        """Open a lesson: a visit row, and the lesson's summary if it has none yet."""
        if page_count < 1:
            raise ValueError(f"page_count must be at least 1, got {page_count}")
        moment = now or utcnow()
        with self._store.transaction() as session:
            get_row(session, Learner, learner_id)
            if session_id is not None:
                signed_in = get_row(session, LearnerSession, session_id)
                if signed_in.learner_id != learner_id:
                    raise KioskBug(f"session {session_id!r} belongs to another learner")
                _touch(signed_in, moment)
            visit = Visit(
                device_id=self._store.device_id,
                learner_id=learner_id,
                session_id=session_id,
                lesson_id=lesson_id,
                lesson_version=lesson_version,
                lang=lang,
                started_at=moment,
                ended_at=moment,
                seconds=0,
            )
            session.add(visit)
            summary = self._summary_row(session, learner_id, lesson_id, moment)
            # The lesson may have lost pages since the learner's last visit.
            summary.last_page = min(summary.last_page, page_count - 1)
            summary.updated_at = moment
            session.flush()
            count_touch(session, [moment], learner_id=learner_id, lessons=[lesson_id],
                        metrics=("visits", "learners_reached"))
            return VisitId(visit.id)

    def record_page(
        self, visit_id: str, page_index: int, page_count: int, *, now: datetime | None = None
    ) -> None:
        """The learner is on page ``page_index`` (0-based) of ``page_count``."""
        seen = scoring.page_progress(page_index, page_count)  # validates the numbers
        moment = now or utcnow()
        with self._store.transaction() as session:
            visit = get_row(session, Visit, visit_id)
            self._advance(session, visit, moment)
            summary = self._summary_row(session, visit.learner_id, visit.lesson_id, moment)
            summary.last_page = page_index
            summary.progress = scoring.merged_progress(summary.progress, seen)
            summary.updated_at = moment
            # Minutes count on the day the visit started.
            count_touch(session, [visit.started_at], learner_id=visit.learner_id,
                        lessons=[visit.lesson_id], metrics=("minutes",))

    def record_attempt(
        self,
        visit_id: str,
        question_id: str,
        answer: Mapping[str, Any] | Sequence[int],
        correct: bool,
        *,
        now: datetime | None = None,
    ) -> AttemptId:
        """Append one answer. Returns the attempt's id.

        ``answer`` is the activity kind's JSON object (``kiosk.content.activities``), e.g.
        ``{"chosen": ["a", "c"]}``; a list of option indexes (``[0, 2]``) is what release 0.1
        stored, still accepted and still read by the reports."""
        stored = answer_text(answer)
        moment = now or utcnow()
        with self._store.transaction() as session:
            visit = get_row(session, Visit, visit_id)
            if not question_id.startswith(f"{visit.lesson_id}#"):
                raise ValueError(
                    f"question {question_id!r} is not in lesson {visit.lesson_id!r}"
                )
            attempt = Attempt(
                device_id=self._store.device_id,
                learner_id=visit.learner_id,
                visit_id=visit.id,
                lesson_id=visit.lesson_id,
                question_id=question_id,
                answer=stored,
                correct=bool(correct),
                created_at=moment,
            )
            session.add(attempt)
            self._advance(session, visit, moment)
            summary = self._summary_row(session, visit.learner_id, visit.lesson_id, moment)
            summary.updated_at = moment
            session.flush()
            count_touch(session, [visit.started_at], learner_id=visit.learner_id,
                        lessons=[visit.lesson_id], metrics=("minutes",))
            return AttemptId(attempt.id)

    def complete_lesson(
        self,
        visit_id: str,
        question_ids: Sequence[str],
        module_id: str,
        module_version: str,
        module_lesson_ids: Collection[str],
        *,
        now: datetime | None = None,
    ) -> CompletionResult:
        """The learner reached the end of the lesson.

        Score: share of ``question_ids`` right at the FIRST attempt in this visit (1.0 with no
        questions); the caller passes the GRADED questions only
        (``kiosk.content.activities.graded_questions``), so an ungraded activity never counts. The summary becomes complete (``completed_at`` only the first time), its
        best score the max. When every lesson of the module is now complete, the module is
        recorded complete, once.
        """
        moment = now or utcnow()
        with self._store.transaction() as session:
            visit = get_row(session, Visit, visit_id)
            lesson_ids = set(module_lesson_ids)
            if visit.lesson_id not in lesson_ids:
                raise ValueError(f"lesson {visit.lesson_id!r} is not in module {module_id!r}")
            attempts = session.execute(
                select(Attempt.question_id, Attempt.correct)
                .where(Attempt.visit_id == visit.id)
                # rowid: insertion order when two attempts share a timestamp
                .order_by(Attempt.created_at, literal_column("attempts.rowid"))
            ).all()
            score = scoring.first_attempt_score(question_ids, ((q, c) for q, c in attempts))

            self._advance(session, visit, moment)
            summary = self._summary_row(session, visit.learner_id, visit.lesson_id, moment)
            newly_completed = summary.completed_at is None
            summary.progress = 1.0
            summary.best_score = scoring.best_score(summary.best_score, score)
            if newly_completed:
                summary.completed_at = moment
                summary.device_id = self._store.device_id  # counted where it happened (identity.py)
            summary.last_page = 0
            summary.updated_at = moment
            session.flush()

            module_completed_now = False
            done = session.scalar(
                select(func.count())
                .select_from(LessonProgress)
                .where(
                    LessonProgress.learner_id == visit.learner_id,
                    LessonProgress.lesson_id.in_(sorted(lesson_ids)),
                    LessonProgress.completed_at.is_not(None),
                )
            )
            if done == len(lesson_ids):
                already = session.scalar(
                    select(ModuleCompletion.id).where(
                        ModuleCompletion.learner_id == visit.learner_id,
                        ModuleCompletion.module_id == module_id,
                    )
                )
                if already is None:
                    session.add(
                        ModuleCompletion(
                            device_id=self._store.device_id,
                            learner_id=visit.learner_id,
                            module_id=module_id,
                            module_version=module_version,
                            completed_at=moment,
                        )
                    )
                    module_completed_now = True
            count_touch(session, [visit.started_at, moment], learner_id=visit.learner_id,
                        lessons=[visit.lesson_id], modules=[module_id],
                        metrics=("minutes", "lessons_completed", "modules_completed"))
            return CompletionResult(
                score=score,
                best_score=summary.best_score,
                newly_completed=newly_completed,
                module_completed_now=module_completed_now,
            )

    def end_visit(self, visit_id: str, *, now: datetime | None = None) -> None:
        """The learner left the lesson (back home, signed out)."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            visit = get_row(session, Visit, visit_id)
            self._advance(session, visit, moment)
            count_touch(session, [visit.started_at], learner_id=visit.learner_id,
                        lessons=[visit.lesson_id], metrics=("minutes",))

    # -- reading --------------------------------------------------------------------------

    def summaries(self, learner_id: str) -> dict[str, LessonSummary]:
        with self._store.reading() as session:
            rows = session.scalars(
                select(LessonProgress).where(LessonProgress.learner_id == learner_id)
            )
            return {row.lesson_id: _summary(row) for row in rows}

    def resume_point(
        self, learner_id: str, lesson_ids: Collection[str] | None = None
    ) -> tuple[str, int] | None:
        """(lesson id, page) of the most recently used lesson not completed yet, if any."""
        query = (
            select(LessonProgress.lesson_id, LessonProgress.last_page)
            .where(
                LessonProgress.learner_id == learner_id,
                LessonProgress.completed_at.is_(None),
            )
            .order_by(
                LessonProgress.updated_at.desc(),
                LessonProgress.created_at.desc(),
                literal_column("lesson_progress.rowid").desc(),
            )
            .limit(1)
        )
        if lesson_ids is not None:
            if not lesson_ids:
                return None
            query = query.where(LessonProgress.lesson_id.in_(list(lesson_ids)))
        with self._store.reading() as session:
            row = session.execute(query).first()
        return (row.lesson_id, row.last_page) if row is not None else None

    def last_run(self, learner_id: str, question_id: str) -> LastRun | None:
        """The learner's last attempt at ``question_id`` that holds a program (a turtle
        challenge: ``{"program": ..., "passed": ..., "rule": ...}``), whatever its verdict."""
        with self._store.reading() as session:
            rows = session.execute(
                select(Attempt.answer, Attempt.correct, Attempt.created_at)
                .where(Attempt.learner_id == learner_id, Attempt.question_id == question_id)
                .order_by(Attempt.created_at.desc(), literal_column("attempts.rowid").desc())
                .limit(_LAST_RUN_LOOKBACK)
            ).all()
        for answer, correct, at in rows:
            run = program_of(answer)
            if run is not None:
                return LastRun(run[0], bool(correct), None if correct else run[1], at)
        return None

    def last_program(self, learner_id: str, question_id: str) -> str | None:
        """The program the learner last ran for ``question_id`` (their work when they come back);
        None when they never ran one."""
        run = self.last_run(learner_id, question_id)
        return run.program if run is not None else None

    def last_programs(self, learner_id: str, lesson_id: str) -> dict[str, str]:
        """Question id -> the last program run, for every coding challenge of ``lesson_id`` the
        learner ran (one read when the lesson opens)."""
        with self._store.reading() as session:
            rows = session.execute(
                select(Attempt.question_id, Attempt.answer)
                .where(Attempt.learner_id == learner_id, Attempt.lesson_id == lesson_id)
                .order_by(Attempt.created_at, literal_column("attempts.rowid"))
            ).all()
        found: dict[str, str] = {}
        for question_id, answer in rows:
            run = program_of(answer)
            if run is not None:
                found[question_id] = run[0]
        return found

    def completed_modules(self, learner_id: str) -> set[str]:
        with self._store.reading() as session:
            return set(
                session.scalars(
                    select(ModuleCompletion.module_id).where(
                        ModuleCompletion.learner_id == learner_id
                    )
                )
            )

    # -- helpers --------------------------------------------------------------------------

    def _summary_row(
        self, session: Session, learner_id: str, lesson_id: str, moment: datetime
    ) -> LessonProgress:
        row = session.scalars(
            select(LessonProgress).where(
                LessonProgress.learner_id == learner_id, LessonProgress.lesson_id == lesson_id
            )
        ).one_or_none()
        if row is None:
            row = LessonProgress(
                device_id=self._store.device_id,
                learner_id=learner_id,
                lesson_id=lesson_id,
                created_at=moment,
                updated_at=moment,
                progress=0.0,
                best_score=None,
                last_page=0,
                completed_at=None,
            )
            session.add(row)
        return row

    def _advance(self, session: Session, visit: Visit, moment: datetime) -> None:
        """Move a visit's end (and its session's last sign of life) forward to ``moment``."""
        visit.ended_at = max(visit.ended_at, moment)
        elapsed = scoring.elapsed_seconds(visit.started_at, visit.ended_at)
        visit.seconds = max(visit.seconds, elapsed)
        if visit.session_id is not None:
            _touch(get_row(session, LearnerSession, visit.session_id), moment)


def count_touch(session: Session, moments: Sequence[datetime], **scope: object) -> int:
    """Update the count cells these facts change, in the caller's transaction
    (``kiosk.sync.outbox_cells.touch``; imported on first use, off the start-up path)."""
    from kiosk.sync.outbox_cells import touch

    return touch(session, moments, **scope)  # type: ignore[arg-type]


_LAST_RUN_LOOKBACK = 50  # attempts read back to find one that holds a program


def _touch(row: LearnerSession, moment: datetime) -> None:
    if row.ended_at is None and moment > row.last_seen_at:
        row.last_seen_at = moment
