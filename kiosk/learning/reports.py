"""Reports for teachers (Kolibri's coach reports): what a class did, down to each attempt.

Every report is plain frozen data (no Qt) built from the progress facts and summaries with a
few aggregate queries -- a report never runs one query per learner:

* ``class_grid``          learners x lessons: not started / in progress / done, best score,
                          and the coding challenge a learner is stuck on (``Stuck``);
* ``learner_detail``      one learner: time spent, lessons, every attempt, modules completed;
* ``difficult_questions`` the questions most missed at the first try, with the wrong answers
                          chosen most (as stored: the activity kind says them in words,
                          ``kiosk.content.activities.describe_stored``);
* ``module_completion``   per module, how many learners of a class completed it.

Status of a lesson for a learner (the same rule as the learner's own home screen): *done* once
its summary has ``completed_at``; *in progress* when some of it was seen (progress > 0);
otherwise *not started*.  Archived learners are left out of class reports.

*Stuck* (issue 12, point 7): a learner is stuck on a coding challenge (a turtle question, whose
stored answer holds ``"program"``) after ``STUCK_RUNS`` runs or more with none passed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from kiosk.core.people import name_key
from kiosk.learning.reflections import ReflectionCounts, reflection_counts
from kiosk.learning.reports_stuck import STUCK_RUNS, Stuck, _stuck  # noqa: F401 - STUCK_RUNS re-exported
from kiosk.store.models import (
    Attempt,
    ClassMember,
    FirstAnswer,
    Learner,
    LessonProgress,
    ModuleCompletion,
    SchoolClass,
    Visit,
)
from kiosk.store.records import RecordNotFound

if TYPE_CHECKING:
    from kiosk.store.store import Store


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


def status_of(progress: float | None, completed: bool) -> Status:
    if completed:
        return Status.DONE
    if progress is not None and progress > 0:
        return Status.IN_PROGRESS
    return Status.NOT_STARTED


@dataclass(frozen=True)
class ClassChoice:
    id: str
    name: str
    members: int  # active learners


@dataclass(frozen=True)
class Cell:
    status: Status
    progress: float  # 0..1
    best_score: float | None  # 0..1, set once the lesson was completed
    stuck: Stuck | None = None  # never for a sensitive lesson


EMPTY_CELL = Cell(Status.NOT_STARTED, 0.0, None)


@dataclass(frozen=True)
class GridRow:
    learner_id: str
    display_name: str
    avatar: str
    cells: tuple[Cell, ...]  # one per ``ClassGrid.lesson_ids``

    @property
    def done(self) -> int:
        return sum(1 for cell in self.cells if cell.status is Status.DONE)


@dataclass(frozen=True)
class ClassGrid:
    class_id: str
    lesson_ids: tuple[str, ...]
    rows: tuple[GridRow, ...]  # learners sorted by name

    def cell(self, learner_id: str, lesson_id: str) -> Cell:
        column = self.lesson_ids.index(lesson_id)
        row = next(r for r in self.rows if r.learner_id == learner_id)
        return row.cells[column]


@dataclass(frozen=True)
class LessonLine:
    lesson_id: str
    status: Status
    progress: float
    best_score: float | None
    seconds: int  # time spent in this lesson (sum of its visits)
    visits: int
    last_visit: datetime | None  # end of the latest visit


@dataclass(frozen=True)
class AttemptLine:
    question_id: str
    lesson_id: str
    answer: str  # as stored (``stored_answer``): the kind's JSON, or 0.1's option indexes
    correct: bool
    at: datetime


@dataclass(frozen=True)
class ModuleDone:
    module_id: str
    completed_at: datetime


@dataclass(frozen=True)
class LearnerDetail:
    learner_id: str
    display_name: str
    avatar: str
    seconds: int  # time spent in lessons: the sum of every visit's seconds
    visits: int
    last_visit: datetime | None
    lessons: tuple[LessonLine, ...]  # most recently visited first
    attempts: tuple[AttemptLine, ...]  # oldest first
    modules_completed: tuple[ModuleDone, ...]  # oldest first

    def attempts_on(self, lesson_id: str) -> tuple[AttemptLine, ...]:
        return tuple(a for a in self.attempts if a.lesson_id == lesson_id)


@dataclass(frozen=True)
class WrongAnswer:
    answer: str  # as stored (``stored_answer``)
    count: int  # learners whose first attempt was this answer


@dataclass(frozen=True)
class DifficultQuestion:
    question_id: str
    lesson_id: str
    answered: int  # learners who answered it (at least once)
    missed: int  # ... whose FIRST answer was wrong
    wrong_answers: tuple[WrongAnswer, ...]  # most chosen first
    # A question of a sensitive lesson (lessons/README.md, "Sensitive lessons"): only how many
    # answered; ``missed`` is 0 and ``wrong_answers`` empty whatever they answered.
    counts_only: bool = False

    @property
    def share_missed(self) -> float:
        return self.missed / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class ModuleProgressLine:
    module_id: str
    completed: int  # learners of the class who completed the module
    total: int  # active learners in the class

    @property
    def share(self) -> float:
        return self.completed / self.total if self.total else 0.0


def stored_answer(raw: str) -> str:
    """An attempt's stored answer in one canonical spelling, so that equal answers group
    together: the kind's JSON object with sorted keys, or -- release 0.1 -- the option indexes
    sorted (``"[3,1]"`` -> ``"[1,3]"``); "" when unreadable."""
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return ""
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, list) and all(
        isinstance(i, int) and not isinstance(i, bool) for i in value
    ):
        return json.dumps(sorted(set(value)), separators=(",", ":"))
    return ""


class ReportService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- classes ----------------------------------------------------------------------------

    def class_choices(self) -> list[ClassChoice]:
        """Active classes with their number of active learners, sorted by name."""
        query = (
            select(SchoolClass.id, SchoolClass.name, func.count(Learner.id))
            .outerjoin(ClassMember, ClassMember.class_id == SchoolClass.id)
            .outerjoin(
                Learner,
                (Learner.id == ClassMember.learner_id) & Learner.archived_at.is_(None),
            )
            .where(SchoolClass.archived_at.is_(None))
            .group_by(SchoolClass.id, SchoolClass.name)
        )
        with self._store.reading() as session:
            rows = session.execute(query).all()
        choices = [ClassChoice(id=i, name=n, members=c) for i, n, c in rows]
        return sorted(choices, key=lambda c: (name_key(c.name), c.name, c.id))

    # -- the class grid ---------------------------------------------------------------------

    def class_grid(self, class_id: str, lesson_ids: Sequence[str],
                   hide_scores: Collection[str] = ()) -> ClassGrid:
        """Learners of the class (rows, by name) x ``lesson_ids`` (columns, in that order).
        The lessons of ``hide_scores`` (the sensitive ones) show status and progress, never a
        score (``best_score`` None) nor a stuck challenge.

        Three queries: the members, the summaries of those members on those lessons (the
        unique (learner_id, lesson_id) index answers it), and their stuck challenges
        (``_stuck``)."""
        columns = tuple(dict.fromkeys(lesson_ids))
        with self._store.reading() as session:
            members = session.execute(
                select(Learner.id, Learner.display_name, Learner.avatar)
                .join(ClassMember, ClassMember.learner_id == Learner.id)
                .where(ClassMember.class_id == class_id, Learner.archived_at.is_(None))
            ).all()
            found: dict[str, dict[str, Cell]] = defaultdict(dict)
            if columns and members:
                summaries = session.execute(
                    select(
                        LessonProgress.learner_id,
                        LessonProgress.lesson_id,
                        LessonProgress.progress,
                        LessonProgress.best_score,
                        LessonProgress.completed_at.is_not(None),
                    ).where(
                        LessonProgress.learner_id.in_(_active_members(class_id)),
                        LessonProgress.lesson_id.in_(columns),
                    )
                )
                hidden = set(hide_scores)
                for learner_id, lesson_id, progress, best, completed in summaries:
                    found[learner_id][lesson_id] = Cell(
                        status_of(progress, bool(completed)), progress,
                        None if lesson_id in hidden else best,
                    )
                open_lessons = [lid for lid in columns if lid not in hidden]
                for (learner_id, lesson_id), stuck in _stuck(session, class_id, open_lessons).items():
                    cell = found[learner_id].get(lesson_id, EMPTY_CELL)
                    found[learner_id][lesson_id] = replace(cell, stuck=stuck)
        rows = [
            GridRow(
                learner_id=learner_id,
                display_name=name,
                avatar=avatar,
                cells=tuple(found[learner_id].get(lid, EMPTY_CELL) for lid in columns)
                if learner_id in found
                else (EMPTY_CELL,) * len(columns),
            )
            for learner_id, name, avatar in members
        ]
        rows.sort(key=lambda r: (name_key(r.display_name), r.display_name, r.learner_id))
        return ClassGrid(class_id=class_id, lesson_ids=columns, rows=tuple(rows))

    # -- one learner ------------------------------------------------------------------------

    def learner_detail(self, learner_id: str) -> LearnerDetail:
        """Everything about one learner's learning (never their sign-in secrets).

        Four indexed queries: visits grouped by lesson, summaries, attempts, completions."""
        with self._store.reading() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise RecordNotFound(f"no Learner with id {learner_id!r}")
            visits = session.execute(
                select(
                    Visit.lesson_id,
                    func.sum(Visit.seconds),
                    func.count(),
                    func.max(Visit.ended_at),
                )
                .where(Visit.learner_id == learner_id)
                .group_by(Visit.lesson_id)
            ).all()
            summaries = session.execute(
                select(
                    LessonProgress.lesson_id,
                    LessonProgress.progress,
                    LessonProgress.best_score,
                    LessonProgress.completed_at.is_not(None),
                ).where(LessonProgress.learner_id == learner_id)
            ).all()
            attempts = session.execute(
                select(
                    Attempt.question_id,
                    Attempt.lesson_id,
                    Attempt.answer,
                    Attempt.correct,
                    Attempt.created_at,
                )
                .where(Attempt.learner_id == learner_id)
                .order_by(Attempt.created_at, literal_column("attempts.rowid"))
            ).all()
            completions = session.execute(
                select(ModuleCompletion.module_id, ModuleCompletion.completed_at)
                .where(ModuleCompletion.learner_id == learner_id)
                .order_by(ModuleCompletion.completed_at)
            ).all()
            name, avatar = learner.display_name, learner.avatar

        by_lesson = {lid: (int(secs or 0), count, last) for lid, secs, count, last in visits}
        states = {lid: (progress, best, bool(done)) for lid, progress, best, done in summaries}
        lessons = []
        for lesson_id in set(by_lesson) | set(states):
            secs, count, last = by_lesson.get(lesson_id, (0, 0, None))
            progress, best, done = states.get(lesson_id, (0.0, None, False))
            lessons.append(
                LessonLine(
                    lesson_id=lesson_id,
                    status=status_of(progress, done),
                    progress=progress,
                    best_score=best,
                    seconds=secs,
                    visits=count,
                    last_visit=last,
                )
            )
        never = datetime.min.replace(tzinfo=UTC)
        lessons.sort(key=lambda line: line.lesson_id)
        lessons.sort(key=lambda line: line.last_visit or never, reverse=True)  # stable
        last_visits = [last for _secs, _count, last in by_lesson.values() if last is not None]
        return LearnerDetail(
            learner_id=learner_id,
            display_name=name,
            avatar=avatar,
            seconds=sum(secs for secs, _count, _last in by_lesson.values()),
            visits=sum(count for _secs, count, _last in by_lesson.values()),
            last_visit=max(last_visits) if last_visits else None,
            lessons=tuple(lessons),
            attempts=tuple(
                AttemptLine(q, lid, stored_answer(answer), bool(correct), at)
                for q, lid, answer, correct, at in attempts
            ),
            modules_completed=tuple(ModuleDone(m, at) for m, at in completions),
        )

    # -- difficult questions ----------------------------------------------------------------

    def difficult_questions(
        self,
        class_id: str | None,
        lesson_ids: Sequence[str],
        same_answer: Callable[[str, str], str] | None = None,
        counts_only: Collection[str] = (),
    ) -> list[DifficultQuestion]:
        """Questions of ``lesson_ids`` ordered by the share of learners (of the class, or of the
        whole site when ``class_id`` is None) whose FIRST answer was wrong; ties by how many
        missed.  Each comes with its wrong first answers, most chosen first.

        ``same_answer(question_id, stored)`` spells equal answers alike (the catalog knows that
        0.1's ``[0]`` and ``{"chosen":["a"]}`` are one answer:
        ``kiosk.content.activities.normalise_stored``).

        One query over ``first_answers`` (revision 0011): each learner's first attempt at each
        question (earliest ``created_at``; at the same moment a wrong one first, then the older
        row), with the text of the wrong ones, kept by triggers as attempts are written.  On the
        large benchmark site that is ~35 thousand rows instead of 1.56 million attempts.

        The questions of ``counts_only`` lessons (the sensitive ones) come last, with how many
        answered only (``DifficultQuestion.counts_only``)."""
        lessons = sorted(set(lesson_ids))
        if not lessons:
            return []
        lesson = FirstAnswer.lesson_id
        if class_id is not None:
            # A class: its learners' rows through the primary key.  The unary "+" keeps SQLite
            # off the lesson index, which would visit every learner's rows (large site: 8 ms, not 50).
            lesson = UnaryExpression(lesson, operator=operators.custom_op("+"), type_=lesson.type)
        query = select(
            FirstAnswer.question_id, FirstAnswer.lesson_id, FirstAnswer.answer, FirstAnswer.correct, func.count()
        ).where(lesson.in_(lessons))
        if class_id is not None:
            query = query.where(FirstAnswer.learner_id.in_(_active_members(class_id)))
        # the order of the (lesson_id, question_id, correct, answer) index: read, never sorted
        query = query.group_by(FirstAnswer.lesson_id, FirstAnswer.question_id, FirstAnswer.correct,
                               FirstAnswer.answer)
        with self._store.reading() as session:
            rows = session.execute(query).all()

        answered: dict[str, int] = defaultdict(int)
        missed: dict[str, int] = defaultdict(int)
        lesson_of: dict[str, str] = {}
        wrong: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for question_id, lesson_id, answer, correct, count in rows:
            lesson_of[question_id] = lesson_id
            answered[question_id] += count
            if not correct:
                missed[question_id] += count
                key = stored_answer(answer)
                if same_answer is not None:
                    key = same_answer(question_id, key)
                wrong[question_id][key] += count
        result = [
            DifficultQuestion(
                question_id=q,
                lesson_id=lesson_of[q],
                answered=answered[q],
                missed=missed[q],
                wrong_answers=tuple(
                    WrongAnswer(answer, count)
                    for answer, count in sorted(wrong[q].items(), key=lambda kv: (-kv[1], kv[0]))
                ),
            )
            for q in answered
        ]
        private = set(counts_only)
        result = [
            DifficultQuestion(d.question_id, d.lesson_id, d.answered, 0, (), counts_only=True)
            if d.lesson_id in private else d
            for d in result
        ]
        result.sort(key=lambda d: (d.counts_only, -d.share_missed, -d.missed, d.question_id))
        return result

    def reflection_counts(self, class_id: str | None, question_ids: Sequence[str]) -> list[ReflectionCounts]:
        """How many learners of the class (None: the whole site) chose each answer of the
        ``reflect`` questions ``question_ids``; never who (``kiosk.learning.reflections``)."""
        members = None if class_id is None else _active_members(class_id)
        with self._store.reading() as session:
            return reflection_counts(session, members, question_ids)

    # -- modules ----------------------------------------------------------------------------

    def module_completion(
        self, class_id: str, module_ids: Iterable[str] | None = None
    ) -> list[ModuleProgressLine]:
        """Per module (``module_ids`` in that order; by default every module someone of the
        class completed, by id): learners of the class who completed it, out of all of them."""
        wanted = None if module_ids is None else list(dict.fromkeys(module_ids))
        query = (
            select(ModuleCompletion.module_id, func.count())
            .where(ModuleCompletion.learner_id.in_(_active_members(class_id)))
            .group_by(ModuleCompletion.module_id)
        )
        if wanted is not None:
            query = query.where(ModuleCompletion.module_id.in_(wanted))
        with self._store.reading() as session:
            counts: dict[str, int] = {m: n for m, n in session.execute(query)}
            total = session.scalar(
                select(func.count()).select_from(_active_members(class_id).subquery())
            ) or 0
        modules = wanted if wanted is not None else sorted(counts)
        return [ModuleProgressLine(m, counts.get(m, 0), total) for m in modules]


def _active_members(class_id: str) -> Select[tuple[str]]:
    """The ids of the class's learners who are not archived (a subquery)."""
    return (
        select(ClassMember.learner_id)
        .join(Learner, Learner.id == ClassMember.learner_id)
        .where(ClassMember.class_id == class_id, Learner.archived_at.is_(None))
    )
