"""Demo data of a Paraguayan telecenter.  First names and nicknames only, never surnames.

``fill_demo`` (``kiosk demo --small``) is the quick look: the 14 learners of ``DEMO_PEOPLE``
with three weeks of progress played through the real services (sign-in, visits, pages, right
and wrong answers, completions), so the demo exercises the same rules as real use.  The real
telecenter of ``kiosk demo`` (150 learners, 5 classes, a month) is ``kiosk.demo_telecenter``;
both share the staff (``DEMO_STAFF``) and the pictures (``demo_avatars``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from kiosk import resources
from kiosk.content.activities import graded_questions, kind_of
from kiosk.content.model import Catalog, Lesson, Module
from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.core.people import AUDIENCE_TAGS, AgeBand, Gender, Role
from kiosk.learning.progress import EndReason
from kiosk.store.models import Learner

if TYPE_CHECKING:
    from kiosk.backend import Backend

DAYS_BACK = 21


@dataclass(frozen=True)
class DemoPerson:
    name: str
    age_band: AgeBand
    role: Role
    gender: Gender | None
    sessions: int  # visits to the telecenter in the last three weeks
    lessons_per_session: int
    slip: float  # chance of a wrong first answer


DEMO_PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson("Lucía", AgeBand.CHILD, Role.LEARNER, Gender.GIRL, 5, 2, 0.2),
    DemoPerson("Mateo", AgeBand.CHILD, Role.LEARNER, Gender.BOY, 3, 2, 0.4),
    DemoPerson("Fátima", AgeBand.TEEN, Role.LEARNER, Gender.GIRL, 6, 2, 0.1),
    DemoPerson("Derlis", AgeBand.TEEN, Role.LEARNER, Gender.BOY, 2, 1, 0.5),
    DemoPerson("Rocío", AgeBand.TEEN, Role.LEARNER, Gender.GIRL, 4, 2, 0.3),
    DemoPerson("Iván", AgeBand.CHILD, Role.LEARNER, Gender.BOY, 1, 1, 0.5),
    DemoPerson("Sofía", AgeBand.CHILD, Role.LEARNER, Gender.GIRL, 4, 3, 0.15),
    DemoPerson("Junior", AgeBand.TEEN, Role.LEARNER, Gender.BOY, 3, 1, 0.35),
    DemoPerson("Abigail", AgeBand.TEEN, Role.LEARNER, Gender.UNSAID, 5, 2, 0.2),
    DemoPerson("Tobías", AgeBand.CHILD, Role.LEARNER, None, 0, 0, 0.0),  # just registered
    DemoPerson("Ña Carmen", AgeBand.ADULT, Role.PARENT, Gender.GIRL, 2, 2, 0.3),
    DemoPerson("Profe Nilda", AgeBand.ADULT, Role.TEACHER, Gender.GIRL, 4, 3, 0.05),
    DemoPerson("Camila", AgeBand.CHILD, Role.LEARNER, Gender.GIRL, 2, 2, 0.3),
    DemoPerson("Ethan", AgeBand.CHILD, Role.LEARNER, Gender.BOY, 1, 2, 0.4),
)


def has_learners(store: Backend) -> bool:
    with store.db.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(Learner)))


def demo_avatars(count: int, rng: random.Random) -> list[str]:
    """``count`` avatar file names: the bundled ones shuffled, else "avatar-01.svg"..."""
    folder = resources.assets_dir() / "avatars"
    names = sorted(p.name for p in folder.glob("*.svg")) if folder.is_dir() else []
    if not names:
        return [f"avatar-{i + 1:02d}.svg" for i in range(count)]
    rng.shuffle(names)
    return [names[i % len(names)] for i in range(count)]


def _modules_for(catalog: Catalog, band: AgeBand) -> list[Module]:
    modules = [m for m in catalog.modules() if m.lessons and m.track_id != "muestra"]  # not curriculum
    fitting = [
        m for m in modules if any(band in AUDIENCE_TAGS.get(tag, ()) for tag in m.audience)
    ]
    return fitting or modules


def fill_demo(
    store: Backend, catalog: Catalog, *, seed: int = 7, now: datetime | None = None
) -> int:
    """The quick look (``kiosk demo --small``): register the 14 demo learners and play their
    last three weeks.  Returns how many learners were created; 0 (and nothing written) when the
    database already has learners."""
    if has_learners(store):
        return 0
    rng = random.Random(seed)
    end = now or utcnow()
    avatars = demo_avatars(len(DEMO_PEOPLE), rng)
    infos = []
    for person, avatar in zip(DEMO_PEOPLE, avatars, strict=True):
        joined = _moment(end, rng.randint(DAYS_BACK - 3, DAYS_BACK), rng)
        info = store.learners.register(
            person.name, avatar, person.age_band, person.role, person.gender, now=joined
        )
        infos.append(info)
        _play(store, catalog, info.id, person, joined, end, rng)
    _staff_and_classes(store, catalog, infos, end)
    return len(DEMO_PEOPLE)


# Staff of the demo site: PINs printed by `kiosk demo` (never use these on a real kiosk).
DEMO_STAFF = (("Coordinación", "coordinator", "258036"), ("Profe Nilda", "teacher", "1357"),
              ("Profe Ramón", "teacher", "8642"))


def create_demo_staff(store: Backend, end: datetime):
    """The coordinator and the two teachers of ``DEMO_STAFF``; returns the coordinator."""
    (name, role, pin), *teachers = DEMO_STAFF
    coordinator = store.staff.create(name, role, pin, now=end)
    for name, role, pin in teachers:
        store.staff.create(name, role, pin, by=coordinator.id, now=end)
    return coordinator


def _staff_and_classes(store: Backend, catalog: Catalog, learners: list, end: datetime) -> None:
    """A coordinator and a teacher, a class of the children and teens, a module assigned to it
    and one workshop, so every staff screen has something to show."""
    store.site.update(site_name="Telecentro de demostración", site_code="DEMO-01", goals={
        "children": 40, "teens": 30, "teachers": 5, "parents": 20,
    })
    coordinator = create_demo_staff(store, end)
    young = [l.id for l in learners if l.age_band != "adult"]
    school_class = store.classes.create("5.º grado A", now=end)
    store.classes.add_members(school_class.id, young, now=end)
    modules = catalog.modules()
    if modules:
        due = (end.astimezone(LOCAL_TZ) + timedelta(days=7)).date()
        store.assignments.assign(modules[0].id, class_id=school_class.id, due_on=due, staff_id=coordinator.id, now=end)
    day = (end.astimezone(LOCAL_TZ) - timedelta(days=3)).date()
    adults = [l.id for l in learners if l.age_band == "adult"]
    store.attendance.save_register(
        None, "Taller para familias: acompañar en internet", day, None, adults,
        {("parent", "adult"): 6, ("learner", "8-11"): 3}, staff_id=coordinator.id, now=end,
    )


def _moment(end: datetime, days_ago: int, rng: random.Random) -> datetime:
    """An afternoon at the telecenter (14:00-17:30 in Asunción), ``days_ago`` days before."""
    day = (end.astimezone(LOCAL_TZ) - timedelta(days=days_ago)).date()
    local = datetime.combine(day, time(14, 0), tzinfo=LOCAL_TZ) + timedelta(
        minutes=rng.randint(0, 210)
    )
    return min(local.astimezone(end.tzinfo), end - timedelta(hours=2))


def _play(
    store: Backend,
    catalog: Catalog,
    learner_id: str,
    person: DemoPerson,
    joined: datetime,
    end: datetime,
    rng: random.Random,
) -> None:
    queue: list[tuple[Module, Lesson]] = []
    for module in _modules_for(catalog, person.age_band):
        for entry in module.lessons:
            lesson = entry.in_lang("es")
            if lesson.pages:
                queue.append((module, lesson))
    if not queue or person.sessions == 0:
        return
    joined_days = max(1, (end - joined).days)
    days = sorted(rng.sample(range(joined_days), min(person.sessions, joined_days)), reverse=True)
    for days_ago in days:
        moment = max(_moment(end, days_ago, rng), joined + timedelta(minutes=5))
        session_id = store.progress.sign_in(learner_id, now=moment)
        for _ in range(person.lessons_per_session):
            if not queue:
                break
            module, lesson = queue[0]
            # Now and then the learner's time runs out half-way through the last lesson.
            finish = not (days_ago == days[-1] and rng.random() < 0.5)
            moment = _visit(store, learner_id, session_id, module, lesson, moment, finish,
                            person.slip, rng)
            if finish:
                queue.pop(0)
            else:
                break
        moment += timedelta(seconds=rng.randint(20, 90))
        reason = EndReason.IDLE if rng.random() < 0.15 else EndReason.EXIT
        store.progress.sign_out(session_id, reason, now=moment)


def _visit(
    store: Backend,
    learner_id: str,
    session_id: str,
    module: Module,
    lesson: Lesson,
    moment: datetime,
    finish: bool,
    slip: float,
    rng: random.Random,
) -> datetime:
    progress = store.progress
    page_count = len(lesson.pages)
    visit_id = progress.start_visit(
        learner_id, session_id, lesson.id, lesson.version, lesson.lang, page_count, now=moment
    )
    last_page = page_count if finish else rng.randint(1, page_count)
    for index, page in enumerate(lesson.pages[:last_page]):
        moment += timedelta(seconds=rng.randint(30, 120))
        progress.record_page(visit_id, index, page_count, now=moment)
        for activity in page.activities:
            kind = kind_of(activity)
            wrong_answers = kind.wrong_answers(activity)
            if wrong_answers and rng.random() < slip:
                moment += timedelta(seconds=rng.randint(8, 40))
                answer = rng.choice(wrong_answers)
                progress.record_attempt(
                    visit_id, lesson.question_key(activity), kind.encode(answer),
                    kind.evaluate(activity, answer), now=moment,
                )
            moment += timedelta(seconds=rng.randint(8, 40))
            right = kind.solution(activity)
            progress.record_attempt(
                visit_id, lesson.question_key(activity), kind.encode(right),
                kind.evaluate(activity, right), now=moment,
            )
    if finish:
        moment += timedelta(seconds=rng.randint(5, 20))
        progress.complete_lesson(
            visit_id,
            graded_questions(lesson),
            module.id,
            module.version,
            module.lesson_ids,
            now=moment,
        )
    else:
        progress.end_visit(visit_id, now=moment)
    return moment
