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

Plain SQL on the store's ``sqlite3`` connection (``kiosk.store.lite``): the learner's path
never loads SQLAlchemy (issue 14.5).  The rows are the ORM's (``kiosk.store.models``): the
same columns, moments as ``lite.db_time`` writes them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.core import scoring
from kiosk.core.clock import utcnow
from kiosk.core.errors import KioskBug
from kiosk.core.ids import AttemptId, SessionId, VisitId, new_id
from kiosk.learning.answer_text import answer_text, program_of
from kiosk.store.lite import db_time, from_db_time
from kiosk.store.records import RecordNotFound

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


class _Visit(NamedTuple):
    id: str
    learner_id: str
    session_id: str | None
    lesson_id: str
    started_at: datetime
    ended_at: datetime
    seconds: int


class _Summary(NamedTuple):
    id: str
    progress: float
    best_score: float | None
    last_page: int
    completed_at: datetime | None


def _row(conn: sqlite3.Connection, table: str, columns: str, row_id: str, what: str) -> tuple:
    """The columns of the row with id ``row_id``, or ``RecordNotFound`` (a bug: ids come from
    the kiosk itself)."""
    row = conn.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,)).fetchone()  # noqa: S608 - our names
    if row is None:
        raise RecordNotFound(f"no {what} with id {row_id!r}")
    return row  # type: ignore[no-any-return]


def _visit(conn: sqlite3.Connection, visit_id: str) -> _Visit:
    r = _row(conn, "visits", "id, learner_id, session_id, lesson_id, started_at, ended_at, seconds",
             visit_id, "Visit")
    return _Visit(r[0], r[1], r[2], r[3], from_db_time(r[4]), from_db_time(r[5]), r[6])  # type: ignore[arg-type]


class ProgressService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- sessions -------------------------------------------------------------------------

    def sign_in(self, learner_id: str, *, now: datetime | None = None) -> SessionId:
        moment = now or utcnow()
        at = db_time(moment)
        with self._store.lite.transaction() as conn:
            (archived_at,) = _row(conn, "learners", "archived_at", learner_id, "Learner")
            if archived_at is not None:
                raise KioskBug(f"learner {learner_id!r} is archived and cannot sign in")
            session_id = new_id()
            conn.execute(
                "INSERT INTO sessions (id, device_id, learner_id, started_at, last_seen_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (session_id, self._store.device_id, learner_id, at, at))
            # The day's count cells, in this same transaction (kiosk.sync.outbox).
            count_touch(conn, [moment], learner_id=learner_id,
                        metrics=("sessions", "learners_reached"))
            return SessionId(session_id)

    def touch_session(self, session_id: str, *, now: datetime | None = None) -> None:
        """The learner is still here (an open session's last sign of life moves forward)."""
        moment = now or utcnow()
        with self._store.lite.transaction() as conn:
            _touch(conn, session_id, moment)

    def sign_out(
        self, session_id: str, reason: EndReason | str = EndReason.EXIT, *,
        now: datetime | None = None,
    ) -> None:
        """End a session; a session that already ended keeps its first end."""
        why = EndReason(reason)
        moment = now or utcnow()
        with self._store.lite.transaction() as conn:
            ended_at, last_seen = _row(conn, "sessions", "ended_at, last_seen_at", session_id,
                                       "LearnerSession")
            if ended_at is not None:
                return
            end = db_time(max(moment, from_db_time(last_seen)))  # type: ignore[type-var]
            conn.execute("UPDATE sessions SET last_seen_at = ?, ended_at = ?, end_reason = ? WHERE id = ?",
                         (end, end, why.value, session_id))

    def close_stale_sessions(self) -> int:
        """At start-up: sessions still open were cut off (crash, power): end them at their
        last sign of life with reason "crash". Returns how many."""
        with self._store.lite.transaction() as conn:
            return conn.execute(
                "UPDATE sessions SET ended_at = last_seen_at, end_reason = ? WHERE ended_at IS NULL",
                (EndReason.CRASH.value,)).rowcount

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
        at = db_time(moment)
        with self._store.lite.transaction() as conn:
            _row(conn, "learners", "id", learner_id, "Learner")
            if session_id is not None:
                (owner,) = _row(conn, "sessions", "learner_id", session_id, "LearnerSession")
                if owner != learner_id:
                    raise KioskBug(f"session {session_id!r} belongs to another learner")
                _touch(conn, session_id, moment)
            visit_id = new_id()
            conn.execute(
                "INSERT INTO visits (id, device_id, learner_id, session_id, lesson_id, lesson_version,"
                " lang, started_at, ended_at, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (visit_id, self._store.device_id, learner_id, session_id, lesson_id, lesson_version,
                 lang, at, at))
            summary = self._summary_row(conn, learner_id, lesson_id, moment)
            # The lesson may have lost pages since the learner's last visit.
            conn.execute("UPDATE lesson_progress SET last_page = ?, updated_at = ? WHERE id = ?",
                         (min(summary.last_page, page_count - 1), at, summary.id))
            count_touch(conn, [moment], learner_id=learner_id, lessons=[lesson_id],
                        metrics=("visits", "learners_reached"))
            return VisitId(visit_id)

    def record_page(
        self, visit_id: str, page_index: int, page_count: int, *, now: datetime | None = None
    ) -> None:
        """The learner is on page ``page_index`` (0-based) of ``page_count``."""
        seen = scoring.page_progress(page_index, page_count)  # validates the numbers
        moment = now or utcnow()
        with self._store.lite.transaction() as conn:
            visit = _visit(conn, visit_id)
            self._advance(conn, visit, moment)
            summary = self._summary_row(conn, visit.learner_id, visit.lesson_id, moment)
            conn.execute(
                "UPDATE lesson_progress SET last_page = ?, progress = ?, updated_at = ? WHERE id = ?",
                (page_index, scoring.merged_progress(summary.progress, seen), db_time(moment),
                 summary.id))
            # Minutes count on the day the visit started.
            count_touch(conn, [visit.started_at], learner_id=visit.learner_id,
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
        at = db_time(moment)
        with self._store.lite.transaction() as conn:
            visit = _visit(conn, visit_id)
            if not question_id.startswith(f"{visit.lesson_id}#"):
                raise ValueError(
                    f"question {question_id!r} is not in lesson {visit.lesson_id!r}"
                )
            attempt_id = new_id()
            conn.execute(
                "INSERT INTO attempts (id, device_id, learner_id, visit_id, lesson_id, question_id,"
                " answer, correct, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (attempt_id, self._store.device_id, visit.learner_id, visit.id, visit.lesson_id,
                 question_id, stored, 1 if correct else 0, at))
            self._advance(conn, visit, moment)
            summary = self._summary_row(conn, visit.learner_id, visit.lesson_id, moment)
            conn.execute("UPDATE lesson_progress SET updated_at = ? WHERE id = ?", (at, summary.id))
            count_touch(conn, [visit.started_at], learner_id=visit.learner_id,
                        lessons=[visit.lesson_id], metrics=("minutes",))
            return AttemptId(attempt_id)

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
        at = db_time(moment)
        device = self._store.device_id
        with self._store.lite.transaction() as conn:
            visit = _visit(conn, visit_id)
            lesson_ids = set(module_lesson_ids)
            if visit.lesson_id not in lesson_ids:
                raise ValueError(f"lesson {visit.lesson_id!r} is not in module {module_id!r}")
            attempts = conn.execute(
                # rowid: insertion order when two attempts share a timestamp
                "SELECT question_id, correct FROM attempts WHERE visit_id = ? ORDER BY created_at, rowid",
                (visit.id,)).fetchall()
            score = scoring.first_attempt_score(question_ids, ((q, bool(c)) for q, c in attempts))

            self._advance(conn, visit, moment)
            summary = self._summary_row(conn, visit.learner_id, visit.lesson_id, moment)
            newly_completed = summary.completed_at is None
            best = scoring.best_score(summary.best_score, score)
            if newly_completed:  # counted where it happened (identity.py)
                conn.execute(
                    "UPDATE lesson_progress SET progress = 1.0, best_score = ?, completed_at = ?,"
                    " device_id = ?, last_page = 0, updated_at = ? WHERE id = ?",
                    (best, at, device, at, summary.id))
            else:
                conn.execute(
                    "UPDATE lesson_progress SET progress = 1.0, best_score = ?, last_page = 0,"
                    " updated_at = ? WHERE id = ?", (best, at, summary.id))

            module_completed_now = False
            ordered = sorted(lesson_ids)
            (done,) = conn.execute(
                "SELECT count(*) FROM lesson_progress WHERE learner_id = ? AND completed_at IS NOT NULL"
                f" AND lesson_id IN ({', '.join('?' * len(ordered))})",  # noqa: S608 - placeholders
                (visit.learner_id, *ordered)).fetchone()
            if done == len(lesson_ids):
                already = conn.execute(
                    "SELECT id FROM module_completions WHERE learner_id = ? AND module_id = ?",
                    (visit.learner_id, module_id)).fetchone()
                if already is None:
                    conn.execute(
                        "INSERT INTO module_completions (id, device_id, learner_id, module_id,"
                        " module_version, completed_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (new_id(), device, visit.learner_id, module_id, module_version, at))
                    module_completed_now = True
            count_touch(conn, [visit.started_at, moment], learner_id=visit.learner_id,
                        lessons=[visit.lesson_id], modules=[module_id],
                        metrics=("minutes", "lessons_completed", "modules_completed"))
            return CompletionResult(
                score=score,
                best_score=best,
                newly_completed=newly_completed,
                module_completed_now=module_completed_now,
            )

    def end_visit(self, visit_id: str, *, now: datetime | None = None) -> None:
        """The learner left the lesson (back home, signed out)."""
        moment = now or utcnow()
        with self._store.lite.transaction() as conn:
            visit = _visit(conn, visit_id)
            self._advance(conn, visit, moment)
            count_touch(conn, [visit.started_at], learner_id=visit.learner_id,
                        lessons=[visit.lesson_id], metrics=("minutes",))

    # -- reading --------------------------------------------------------------------------

    def summaries(self, learner_id: str) -> dict[str, LessonSummary]:
        with self._store.lite.reading() as conn:
            rows = conn.execute(
                "SELECT lesson_id, progress, best_score, completed_at, last_page, updated_at"
                " FROM lesson_progress WHERE learner_id = ?", (learner_id,)).fetchall()
        return {
            lesson_id: LessonSummary(lesson_id, progress, best, from_db_time(completed),
                                     last_page, from_db_time(updated))  # type: ignore[arg-type]
            for lesson_id, progress, best, completed, last_page, updated in rows
        }

    def resume_point(
        self, learner_id: str, lesson_ids: Collection[str] | None = None
    ) -> tuple[str, int] | None:
        """(lesson id, page) of the most recently used lesson not completed yet, if any."""
        where, params = "", [learner_id]
        if lesson_ids is not None:
            if not lesson_ids:
                return None
            listed = list(lesson_ids)
            where = f" AND lesson_id IN ({', '.join('?' * len(listed))})"
            params += listed
        with self._store.lite.reading() as conn:
            row = conn.execute(
                "SELECT lesson_id, last_page FROM lesson_progress"
                f" WHERE learner_id = ? AND completed_at IS NULL{where}"  # noqa: S608 - placeholders
                " ORDER BY updated_at DESC, created_at DESC, rowid DESC LIMIT 1", params).fetchone()
        return (row[0], row[1]) if row is not None else None

    def last_run(self, learner_id: str, question_id: str) -> LastRun | None:
        """The learner's last attempt at ``question_id`` that holds a program (a turtle
        challenge: ``{"program": ..., "passed": ..., "rule": ...}``), whatever its verdict."""
        with self._store.lite.reading() as conn:
            rows = conn.execute(
                "SELECT answer, correct, created_at FROM attempts WHERE learner_id = ? AND question_id = ?"
                " ORDER BY created_at DESC, rowid DESC LIMIT ?",
                (learner_id, question_id, _LAST_RUN_LOOKBACK)).fetchall()
        for answer, correct, at in rows:
            run = program_of(answer)
            if run is not None:
                return LastRun(run[0], bool(correct), None if correct else run[1], from_db_time(at))  # type: ignore[arg-type]
        return None

    def last_program(self, learner_id: str, question_id: str) -> str | None:
        """The program the learner last ran for ``question_id`` (their work when they come back);
        None when they never ran one."""
        run = self.last_run(learner_id, question_id)
        return run.program if run is not None else None

    def last_programs(self, learner_id: str, lesson_id: str) -> dict[str, str]:
        """Question id -> the last program run, for every coding challenge of ``lesson_id`` the
        learner ran (one read when the lesson opens)."""
        with self._store.lite.reading() as conn:
            rows = conn.execute(
                "SELECT question_id, answer FROM attempts WHERE learner_id = ? AND lesson_id = ?"
                " ORDER BY created_at, rowid", (learner_id, lesson_id)).fetchall()
        found: dict[str, str] = {}
        for question_id, answer in rows:
            run = program_of(answer)
            if run is not None:
                found[question_id] = run[0]
        return found

    def completed_modules(self, learner_id: str) -> set[str]:
        with self._store.lite.reading() as conn:
            return {row[0] for row in conn.execute(
                "SELECT module_id FROM module_completions WHERE learner_id = ?", (learner_id,))}

    # -- helpers --------------------------------------------------------------------------

    def _summary_row(
        self, conn: sqlite3.Connection, learner_id: str, lesson_id: str, moment: datetime
    ) -> _Summary:
        """The (learner, lesson) summary, made (at 0) when there is none yet."""
        row = conn.execute(
            "SELECT id, progress, best_score, last_page, completed_at FROM lesson_progress"
            " WHERE learner_id = ? AND lesson_id = ?", (learner_id, lesson_id)).fetchone()
        if row is not None:
            return _Summary(row[0], row[1], row[2], row[3], from_db_time(row[4]))
        summary_id, at = new_id(), db_time(moment)
        conn.execute(
            "INSERT INTO lesson_progress (id, device_id, learner_id, lesson_id, created_at, updated_at,"
            " progress, best_score, last_page, completed_at) VALUES (?, ?, ?, ?, ?, ?, 0.0, NULL, 0, NULL)",
            (summary_id, self._store.device_id, learner_id, lesson_id, at, at))
        return _Summary(summary_id, 0.0, None, 0, None)

    def _advance(self, conn: sqlite3.Connection, visit: _Visit, moment: datetime) -> None:
        """Move a visit's end (and its session's last sign of life) forward to ``moment``."""
        ended = max(visit.ended_at, moment)
        seconds = max(visit.seconds, scoring.elapsed_seconds(visit.started_at, ended))
        conn.execute("UPDATE visits SET ended_at = ?, seconds = ? WHERE id = ?",
                     (db_time(ended), seconds, visit.id))
        if visit.session_id is not None:
            _touch(conn, visit.session_id, moment)


def count_touch(conn: Any, moments: Sequence[datetime], **scope: object) -> int:
    """Update the count cells these facts change, in the caller's transaction (``conn``: the
    plain connection or an ORM session; ``kiosk.sync.outbox_cells.touch``, imported on first
    use, off the start-up path)."""
    from kiosk.sync.outbox_cells import touch

    return touch(conn, moments, **scope)  # type: ignore[arg-type]


_LAST_RUN_LOOKBACK = 50  # attempts read back to find one that holds a program


def _touch(conn: sqlite3.Connection, session_id: str, moment: datetime) -> None:
    """An open session's last sign of life moves forward to ``moment`` (never back)."""
    ended_at, last_seen = _row(conn, "sessions", "ended_at, last_seen_at", session_id, "LearnerSession")
    if ended_at is None and moment > from_db_time(last_seen):  # type: ignore[operator]
        conn.execute("UPDATE sessions SET last_seen_at = ? WHERE id = ?", (db_time(moment), session_id))
