"""The demo telecenter (``kiosk demo``): about 150 learners in 5 classes and a month of use.

Shape:

* 5 classes (``TELECENTER_CLASSES``) of 29 children or teens, and 5 adults (parents, a
  teacher who learns too) in no class: 150 learners, first names and nicknames only;
* pictures spread so that a picture appears at most twice in a class; a few learners share a
  name (``SAME_NAME``, different pictures) and a few share a name AND a picture
  (``TWINS``, in different classes): on the sign-in screen only the class tells them apart;
* a coordinator and two teachers (``kiosk.demo.DEMO_STAFF``), a module assigned to each class;
* a month (``DAYS_BACK`` days) of afternoons at the telecenter: about one learner in eight
  never came yet, most came once or twice a week, a few nearly every day; each visit reads one to
  three lessons fit for the learner's age, with right and wrong answers, and finishes them or
  not (the summaries, completions and module completions follow the same rules as
  ``ProgressService``: written by ``kiosk.demo_large``'s bulk writer);
* workshop registers: one per class and two family workshops, through the attendance service.
* nobody has a picture password (the site has them off).  Turned on in Ajustes, each learner's
  first pictures need a teacher's PIN on the picture screen, or the class's printed cards
  (``kiosk.people.picture_password``): no tile can be claimed by whoever taps it first.

The counts waiting to leave the PC are recomputed for every day written (``outbox.recompute``).
Reproducible: the same ``seed`` and ``now`` give the same telecenter.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from typing import TYPE_CHECKING, Any

from kiosk.content.model import Catalog
from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.core.people import AUDIENCE_TAGS, AgeBand
from kiosk.demo import create_demo_staff, demo_avatars, has_learners
from kiosk.demo_large import _lessons, _visit, _Writer  # the bulk writer and its fact rules
from kiosk.store.models import Learner, LearnerSession, LessonProgress, ModuleCompletion

if TYPE_CHECKING:
    from kiosk.backend import Backend

DAYS_BACK = 30
CLASS_SIZE = 29

# (class name, age band of its members, the module fit for them is chosen by audience)
TELECENTER_CLASSES = (
    ("3.º grado A", AgeBand.CHILD),
    ("4.º grado B", AgeBand.CHILD),
    ("5.º grado A", AgeBand.CHILD),
    ("6.º grado (tarde)", AgeBand.CHILD),
    ("Jóvenes 7.º a 9.º", AgeBand.TEEN),
)

# Paraguayan first names and nicknames, girls then boys (no surnames, ever).
GIRLS = (
    "Abigail", "Fátima", "Tatiana", "Lichi", "Lucía", "Rocío", "Sofía", "Camila", "Liz", "Araceli",
    "Belén", "Mirna", "Valentina", "Luján", "Tamara", "Noelia", "Romina", "Gisela", "Ruth",
    "Jazmín", "Yanina", "Celeste", "Perla", "Milagros", "Dahiana", "Arami", "Jasy", "Mainumby",
    "Yeruti", "Alma", "Florencia", "Lara", "Renata", "Tania", "Zoe", "Agustina", "Emilia",
    "Giuliana", "Karen", "Nicol", "Brisa", "Griselda", "Liliana", "Tati", "Lore", "Nati", "Vale",
    "Cami", "Lulú", "Meli", "Yessi", "Bianca", "Iara", "Mía", "Luana", "Sheila", "Larissa",
    "Marlene", "Fiorella", "Aylén", "Ninfa", "Rosalba", "Zuni", "Chiqui", "Mili", "Sol", "Dana",
    "Ale", "Paz", "Eli", "Anahí", "Porã",
)
BOYS = (
    "Derlis", "Nahuel", "Mateo", "Iván", "Junior", "Tobías", "Ethan", "Diego", "Hugo", "Osvaldo",
    "Thiago", "Rodrigo", "Emanuel", "Gabriel", "Fabián", "Sebastián", "Marcelo", "Joel", "Aníbal",
    "Cristian", "Blas", "Lautaro", "Ezequiel", "Víctor", "Guido", "Bruno", "Dylan", "Elías",
    "Gael", "Kevin", "Marcos", "Samuel", "Benjamín", "Dante", "Franco", "Leandro", "Alexis",
    "Rolando", "Edgar", "Hernán", "Maxi", "Fer", "Pato", "Rama", "Gusti", "Juanchi", "Pocho",
    "Kike", "Nico", "Santi", "Ariel", "Josías", "Enzo", "Axel", "Mathías", "Wilson", "Nelson",
    "Ever", "Arnaldo", "Ronaldo", "Tito", "Lalo", "Chelo", "Beto", "Toti", "Cacho", "Nandi",
    "Rubén", "Ramiro", "Teo", "Lucas", "Pablo",
)
ADULTS = (("Ña Carmen", "parent"), ("Don Blas", "parent"), ("Ña Ramona", "parent"),
          ("Profe Nilda", "teacher"), ("Ña Zuni", "parent"))
SAME_NAME = ("Fátima", "Nahuel", "Lucía")  # also in a second class, with another picture
TWINS = ("Abigail", "Derlis")  # also in a second class, with the SAME picture


def fill_telecenter(store: Backend, catalog: Catalog, *, seed: int = 7, now: datetime | None = None) -> int:
    """Fill an empty kiosk with the demo telecenter.  Returns how many learners were made;
    0 (and nothing written) when the database already has learners."""
    if has_learners(store):
        return 0
    rng = random.Random(seed)
    end = now or utcnow()
    start = end - timedelta(days=DAYS_BACK)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    store.site.update(site_name="Telecentro de demostración", site_code="DEMO-01", goals={
        "children": 120, "teens": 40, "teachers": 5, "parents": 20,
    })
    coordinator = create_demo_staff(store, start - timedelta(days=30))
    people = _people(rng)
    classes = [store.classes.create(name, now=start - timedelta(days=20)) for name, _band in TELECENTER_CLASSES]
    lessons = [lesson for lesson in _lessons(catalog, rng) if not lesson.id.startswith("bench/")]
    fit = _lessons_by_band(catalog)
    device = store.device_id
    ids_by_class: dict[int, list[str]] = {}
    days: set = set()
    with store.db.engine.connect() as conn:
        writer = _Writer(conn, lambda _written: None)
        for person in people:
            learner_id = new_id()
            joined = start - timedelta(days=rng.randint(0, 40)) if rng.random() > 0.12 else \
                end - timedelta(days=rng.randint(0, 3), hours=rng.randint(3, 8))
            writer.add(Learner, {
                "id": learner_id, "device_id": device, "created_at": joined, "updated_at": joined,
                "display_name": person["name"], "avatar": person["avatar"], "age_band": person["band"],
                "role": person["role"], "gender": person["gender"], "archived_at": None,
                "picture_secret": None, "picture_failed_tries": 0, "picture_locked_until": None,
            })
            if person["class"] is not None:
                ids_by_class.setdefault(person["class"], []).append(learner_id)
            own = [lesson for lesson in lessons if lesson.id in fit[person["band"]]] or lessons
            days |= _month(writer, device, learner_id, own, max(joined, start), end, rng, new_id)
        writer.flush()
    for index, info in enumerate(classes):
        store.classes.add_members(info.id, ids_by_class.get(index, []), now=start - timedelta(days=19))
    _assignments_and_workshops(store, catalog, classes, ids_by_class, coordinator.id, end, rng)
    store.outbox.recompute(sorted(days))
    return len(people)


def _people(rng: random.Random) -> list[dict[str, Any]]:
    """150 learners: 5 classes of 29 and 5 adults, with the planned shared names and pictures."""
    avatars = sorted(set(demo_avatars(25, rng))) or ["tatu.svg"]
    girls, boys = list(GIRLS), list(BOYS)
    rng.shuffle(girls)
    rng.shuffle(boys)
    for name in SAME_NAME + TWINS:  # the shared names are in the first two classes
        (girls if name in GIRLS else boys).remove(name)
    people: list[dict[str, Any]] = []
    twins_picture: dict[str, str] = {}
    first_picture: dict[str, str] = {}
    for index, (_class_name, band) in enumerate(TELECENTER_CLASSES):
        pictures = avatars[:]
        rng.shuffle(pictures)
        pictures = (pictures * 2)[:CLASS_SIZE]  # at most twice in a class
        names = list(SAME_NAME + TWINS) if index in (0, 1) else []
        while len(names) < CLASS_SIZE:
            source = girls if len(names) % 2 == 0 and girls else boys if boys else girls
            names.append(source.pop())
        for position, name in enumerate(names):
            picture = pictures[position]
            if name in TWINS:
                picture = twins_picture.setdefault(name, picture)
            elif name in SAME_NAME and first_picture.setdefault(name, picture) == picture and index:
                picture = next(p for p in avatars if p != picture)  # same name, another picture
            gender = "female" if name in GIRLS else "male"
            people.append({"name": name, "avatar": picture, "band": band.value, "role": "learner",
                           "gender": gender if rng.random() > 0.1 else "unsaid", "class": index})
    for name, role in ADULTS:
        people.append({"name": name, "avatar": rng.choice(avatars), "band": AgeBand.ADULT.value,
                       "role": role, "gender": None, "class": None})
    _no_pair_twice_in_a_class(people)
    return people


def _no_pair_twice_in_a_class(people: list[dict[str, Any]]) -> None:
    seen: set[tuple[Any, str, str]] = set()
    for person in people:
        key = (person["class"], person["name"], person["avatar"])
        if key in seen:
            raise AssertionError(f"demo: {person['name']} twice with one picture in one class")
        seen.add(key)


def _lessons_by_band(catalog: Catalog) -> dict[str, set[str]]:
    fit: dict[str, set[str]] = {}
    for band in AgeBand:
        modules = [m for m in catalog.modules() if m.lessons]
        chosen = [m for m in modules if any(band in AUDIENCE_TAGS.get(t, ()) for t in m.audience)] or modules
        fit[band.value] = {entry.id for m in chosen for entry in m.lessons}
    return fit


def _month(writer: _Writer, device: str, learner_id: str, lessons: list, since: datetime, end: datetime,
           rng: random.Random, new_id) -> set:
    """One learner's month: afternoons at the telecenter, lessons in order, then practice."""
    span = max(0, (end - since).days)
    habit = rng.choices((0, 2, 5, 9, 16), (12, 28, 35, 18, 7))[0]  # visits in a month
    count = min(span, habit)
    if not count or not lessons:
        return set()
    summaries: dict[str, dict[str, Any]] = {}
    days_used = set()
    skill = rng.uniform(0.5, 1.5)
    queue = list(lessons)
    for days_ago in sorted(rng.sample(range(1, span + 1), count), reverse=True):
        local_day = (end.astimezone(LOCAL_TZ) - timedelta(days=days_ago)).date()
        moment = datetime.combine(local_day, clock_time(14, 0), tzinfo=LOCAL_TZ).astimezone(UTC)
        moment += timedelta(minutes=rng.randint(0, 200))
        began = moment
        session_id = new_id()
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            if queue:
                lesson = queue[0]
                finish = rng.random() > 0.2
                seen = lesson.pages if finish else rng.randint(1, max(1, lesson.pages - 1))
                if finish:
                    queue.pop(0)
            else:  # every lesson done: practice one
                lesson = rng.choice(lessons)
                seen, finish = lesson.pages, True
            moment = _visit(writer, device, learner_id, session_id, lesson, seen, skill, moment, summaries,
                            rng, new_id)
            moment += timedelta(seconds=rng.randint(5, 60))
            if not finish and queue:
                break
        writer.add(LearnerSession, {
            "id": session_id, "device_id": device, "learner_id": learner_id, "started_at": began,
            "last_seen_at": moment, "ended_at": moment, "end_reason": "exit" if rng.random() > 0.15 else "idle",
        })
        days_used.add(local_day)
    for row in summaries.values():
        writer.add(LessonProgress, row)
    modules: dict[str, list[str]] = {}
    for lesson in lessons:
        modules.setdefault(lesson.module_id, []).append(lesson.id)
    for module_id, lesson_ids in modules.items():
        ends = [summaries[i]["completed_at"] for i in lesson_ids if i in summaries and summaries[i]["completed_at"]]
        if len(ends) == len(lesson_ids):
            writer.add(ModuleCompletion, {"id": new_id(), "device_id": device, "learner_id": learner_id,
                                          "module_id": module_id, "module_version": "1.0.0",
                                          "completed_at": max(ends)})
    return days_used


def _assignments_and_workshops(store: Backend, catalog: Catalog, classes: list, ids_by_class: dict[int, list[str]],
                               coordinator_id: str, end: datetime, rng: random.Random) -> None:
    """A module assigned to every class; a workshop register per class, and two for families."""
    local_end = end.astimezone(LOCAL_TZ)
    modules = [m for m in catalog.modules() if m.lessons]
    for index, info in enumerate(classes):
        if modules:
            due = (local_end + timedelta(days=5 + 2 * index)).date()
            store.assignments.assign(modules[index % len(modules)].id, class_id=info.id, due_on=due,
                                     staff_id=coordinator_id, now=end - timedelta(days=10))
        members = ids_by_class.get(index, [])
        present = [m for m in members if rng.random() > 0.15]  # a few absent
        held = (local_end - timedelta(days=4 + 5 * index)).date()
        store.attendance.save_register(None, "Taller: buscar información con cuidado", held, info.id, present,
                                       staff_id=coordinator_id, now=end - timedelta(days=4 + 5 * index))
    for days_ago, title in ((3, "Taller para familias: acompañar en internet"), (17, "Taller para familias: WhatsApp seguro")):
        held = (local_end - timedelta(days=days_ago)).date()
        store.attendance.save_register(None, title, held, None, [],
                                       {("parent", "adult"): rng.randint(5, 12), ("learner", "8-11"): rng.randint(2, 6)},
                                       staff_id=coordinator_id, now=end - timedelta(days=days_ago))
