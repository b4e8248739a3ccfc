"""Today's activity for an existing kiosk home (``kiosk demo --activity N``).

``add_activity`` plays N learner visits of TODAY by learners the home already has, through the
same service calls the kiosk's screens make (``kiosk.ui.learner_flow`` and ``kiosk.ui.lesson_run``):

* sign-in: ``progress.sign_in`` (the learner taps their tile);
* one lesson opened: ``progress.start_visit`` -- the ONE lesson visit of this visit, so each
  visit adds exactly 1 to the day's ``visits`` count cells;
* a page or more: ``progress.record_page``; one or two answers, right or wrong, with the
  activity kind's own encoding: ``progress.record_attempt``;
* the lesson finished (``progress.complete_lesson``) when the learner reached its last page,
  else left (``progress.end_visit``); then sign-out: ``progress.sign_out``.

Each of those services writes its facts and the day's count cells (``kiosk.sync.outbox_cells``)
in one transaction, as in real use: nothing here writes SQL.  The moments are spread over the
local day so far, each visit inside its own slot, none after ``now``.  Curriculum lessons only
(never the sample track).  The same ``seed`` makes the same choices (learners, lessons, pages,
answers); the moments follow ``now``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from kiosk.content.activities import graded_questions, kind_of
from kiosk.content.model import Catalog, Lesson, Module
from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.core.people import AgeBand
from kiosk.learning.catalog_view import modules_for
from kiosk.learning.progress import EndReason

if TYPE_CHECKING:
    from kiosk.backend import Backend

WINDOW = timedelta(hours=8)  # the visits fall in the last hours of today (never before midnight)


class NoLearners(Exception):
    """The home has no learner who can sign in (``kiosk demo`` first)."""


@dataclass(frozen=True)
class _Choice:
    module: Module
    lesson: Lesson


def add_activity(store: Backend, catalog: Catalog, visits: int, *, seed: int | None = None,
                 now: datetime | None = None) -> int:
    """Play ``visits`` learner visits of today (local day of ``now``) by existing learners.
    Returns how many were played (``visits``); raises ``NoLearners`` when nobody can sign in."""
    if visits < 0:
        raise ValueError(f"visits must be 0 or more, got {visits}")
    if visits == 0:
        return 0
    rng = random.Random(seed)
    end = now or utcnow()
    learners = store.learners.list_active()
    fit = {band: _lessons(catalog, band) for band in AgeBand}
    learners = [info for info in learners if fit[info.age_band]]
    if not learners:
        raise NoLearners
    local_midnight = datetime.combine(end.astimezone(LOCAL_TZ).date(), time(0, 0), tzinfo=LOCAL_TZ)
    start = max(local_midnight.astimezone(end.tzinfo), end - WINDOW)
    slot = (end - start) / visits
    for index in range(visits):
        learner = rng.choice(learners)
        choice = _next_lesson(store, learner.id, fit[learner.age_band], rng)
        _visit(store, learner.id, choice, start + slot * index, slot, rng)
    return visits


def _lessons(catalog: Catalog, band: AgeBand) -> list[_Choice]:
    """The curriculum lessons a learner of ``band`` sees on their home screen (each module as
    that band sees it) that have a question, in the catalog's order."""
    found: list[_Choice] = []
    for track, module in modules_for(catalog, band):
        if track.demo:  # the sample track is never counted
            continue
        for entry in module.lessons:
            lesson = entry.in_lang("es")
            if lesson.pages and any(_answerable(a) for page in lesson.pages for a in page.activities):
                found.append(_Choice(module, lesson))
    return found


def _answerable(activity) -> bool:
    return kind_of(activity).solution(activity) is not None


def _next_lesson(store: Backend, learner_id: str, lessons: list[_Choice], rng: random.Random) -> _Choice:
    """Mostly the learner's next lesson not completed yet (as the home screen offers it),
    sometimes any lesson again."""
    done = {lesson_id for lesson_id, s in store.progress.summaries(learner_id).items() if s.completed_at}
    pending = [c for c in lessons if c.lesson.id not in done]
    if pending and rng.random() < 0.75:
        return pending[0]
    return rng.choice(lessons)


def _visit(store: Backend, learner_id: str, choice: _Choice, begin: datetime, slot: timedelta,
           rng: random.Random) -> None:
    """One visit inside [begin, begin + slot]: sign-in, one lesson, pages, answers, sign-out."""
    lesson, module = choice.lesson, choice.module
    page_count = len(lesson.pages)
    wanted = rng.choice((1, 2))
    last = _last_page(lesson, wanted, rng)
    steps = 4 + 2 * (last + 1) + 2 * wanted  # an upper bound of the moments used below
    step = min(timedelta(seconds=rng.randint(20, 60)), slot / steps)
    moment = begin
    progress = store.progress
    session_id = progress.sign_in(learner_id, now=moment)
    moment += step
    visit_id = progress.start_visit(learner_id, session_id, lesson.id, lesson.version, lesson.lang,
                                    page_count, now=moment)
    answered = 0
    for index, page in enumerate(lesson.pages[:last + 1]):
        moment += step
        progress.record_page(visit_id, index, page_count, now=moment)
        for activity in page.activities:
            if answered >= wanted or not _answerable(activity):
                continue
            kind = kind_of(activity)
            wrong = kind.wrong_answers(activity)
            answer = rng.choice(wrong) if wrong and rng.random() < 0.3 else kind.solution(activity)
            moment += step
            progress.record_attempt(visit_id, lesson.question_key(activity), kind.encode(answer),
                                    kind.evaluate(activity, answer), now=moment)
            answered += 1
    moment += step
    if last == page_count - 1:
        progress.complete_lesson(visit_id, graded_questions(lesson), module.id, module.version,
                                 module.lesson_ids, now=moment)
    else:
        progress.end_visit(visit_id, now=moment)
    moment += step
    progress.sign_out(session_id, EndReason.IDLE if rng.random() < 0.15 else EndReason.EXIT, now=moment)


def _last_page(lesson: Lesson, wanted: int, rng: random.Random) -> int:
    """The last page (0-based) the learner reaches: at least up to the ``wanted``-th question
    (or the last one there is), sometimes a page or two more, sometimes the end."""
    seen = 0
    reach = len(lesson.pages) - 1
    for index, page in enumerate(lesson.pages):
        seen += sum(1 for a in page.activities if _answerable(a))
        if seen >= wanted:
            reach = index
            break
    if rng.random() < 0.4:
        return len(lesson.pages) - 1  # read to the end: the lesson is completed
    return min(len(lesson.pages) - 1, reach + rng.choice((0, 0, 1, 2)))
