"""A large site for benchmarks (``kiosk demo --large``): 2,000 learners, ~2 million facts.

Shape (DESIGN.md, "Performance budget": the class grid of 40 learners x 40 lessons on a
database of 2,000 learners and 2 M facts):

* learners (first names and nicknames only) in ~60 classes of ~33, plus ONE class of exactly
  40, ``BENCH_CLASS_NAME``, the class the grid benchmark measures;
* sessions, visits, attempts and lesson summaries (``lesson_progress``) over the last
  ``DAYS_BACK`` days; visits + attempts + summaries total about ``facts`` rows;
* module completions where a learner finished every lesson of a module.

The bundled catalog has only six lessons, so 40 SYNTHETIC lessons are added for the benchmark:
``bench/modulo-01/leccion-01`` ... ``bench/modulo-08/leccion-05`` (8 modules of 5 lessons, four
questions each, ``...#p1`` ... ``#p4``).  They exist only as facts in the database, not in
``lessons/``: the kiosk's screens never show them; ``BENCH_LESSON_IDS`` lists them so that a
40-lesson grid is measured honestly.

Facts are made up here (not played through ``ProgressService`` like ``kiosk.demo``: that would
take hours) but follow the same rules: a summary's progress never exceeds what its visits saw,
``completed_at`` is the first completing visit's end, the best score is the best share of
questions right at the first try in a completing visit.  Rows are written with SQLAlchemy Core
``insert`` executemany in batches of ``BATCH`` rows, one transaction per batch, with
``PRAGMA synchronous=OFF`` only during this bulk fill (restored to FULL afterwards).
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select

from kiosk.content.activities import kind_of
from kiosk.content.model import Catalog, option_letter
from kiosk.core.clock import LOCAL_TZ, utcnow
from kiosk.demo import demo_avatars
from kiosk.store.models import (
    Attempt,
    ClassMember,
    Learner,
    LearnerSession,
    LessonProgress,
    ModuleCompletion,
    SchoolClass,
    Visit,
)

if TYPE_CHECKING:
    from kiosk.backend import Backend

BENCH_CLASS_NAME = "Grupo de prueba (40)"
BENCH_CLASS_SIZE = 40
CLASS_SIZE = 33
BENCH_MODULES = 8
BENCH_LESSONS_PER_MODULE = 5
BENCH_QUESTIONS = 4
BENCH_OPTIONS = 4
BENCH_PAGES = 5
BENCH_MODULE_IDS = tuple(f"bench/modulo-{m:02d}" for m in range(1, BENCH_MODULES + 1))
BENCH_LESSON_IDS = tuple(
    f"{module}/leccion-{n:02d}" for module in BENCH_MODULE_IDS
    for n in range(1, BENCH_LESSONS_PER_MODULE + 1)
)
DAYS_BACK = 120
BATCH = 100_000

FIRST_NAMES = (
    "Lucía", "Mateo", "Fátima", "Derlis", "Rocío", "Iván", "Sofía", "Junior", "Abigail",
    "Tobías", "Camila", "Ethan", "Liz", "Nahuel", "Araceli", "Diego", "Belén", "Hugo",
    "Mirna", "Osvaldo", "Valentina", "Thiago", "Paz", "Rodrigo", "Luján", "Emanuel", "Tamara",
    "Gabriel", "Noelia", "Fabián", "Romina", "Sebastián", "Gisela", "Marcelo", "Ruth",
    "Joel", "Jazmín", "Aníbal", "Yanina", "Cristian", "Celeste", "Blas", "Perla", "Lautaro",
    "Milagros", "Ezequiel", "Patricia", "Ramón", "Dahiana", "Víctor", "Ñeca", "Nilda",
    "Arami", "Tupã", "Jasy", "Ara", "Mainumby", "Yeruti", "Guido", "Carmen", "Raquel", "Tito",
    "Ignacio", "Alma", "Bruno", "Clara", "Dylan", "Elías", "Florencia", "Gael", "Helena",
    "Isaac", "Juana", "Kevin", "Lara", "Marcos", "Nora", "Oscar", "Pilar", "Renata", "Samuel",
    "Tania", "Uriel", "Vera", "Walter", "Ximena", "Yago", "Zoe", "Agustina", "Benjamín",
    "Cecilia", "Dante", "Emilia", "Franco", "Giuliana", "Héctor", "Irene", "Jonás", "Karen",
    "Leandro",
)


@dataclass(frozen=True)
class _Question:
    key: str  # "<lesson id>#<activity id>"
    page: int  # 0-based page the question is on
    right: str  # a right answer, as stored (the activity kind's JSON)
    wrong: tuple[str, ...]  # wrong answers, as stored
    slip: float  # chance of a wrong first answer for an average learner


def _stored(value: dict) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class _Lesson:
    id: str
    module_id: str
    pages: int
    questions: tuple[_Question, ...]


def _lessons(catalog: Catalog, rng: random.Random) -> list[_Lesson]:
    """The catalog's Spanish lessons (real question ids and options), then the 40 synthetic
    benchmark lessons, in the order a learner takes them."""
    found: list[_Lesson] = []
    for module in catalog.modules():
        if module.track_id == "muestra":
            continue  # the demo of every kind (lessons/muestra) is not curriculum
        for entry in module.lessons:
            lesson = entry.in_lang("es")
            questions = []
            for page_index, page in enumerate(lesson.pages):
                for activity in page.activities:
                    kind = kind_of(activity)
                    if not kind.graded:
                        continue  # the benchmark site answers the scored activities only
                    questions.append(_Question(
                        lesson.question_key(activity), page_index,
                        _stored(kind.encode(kind.solution(activity))),
                        tuple(_stored(kind.encode(a)) for a in kind.wrong_answers(activity)),
                        rng.uniform(0.05, 0.6)))
            found.append(_Lesson(lesson.id, module.id, max(1, len(lesson.pages)),
                                 tuple(questions)))
    for lesson_id in BENCH_LESSON_IDS:
        module_id = lesson_id.rsplit("/", 1)[0]
        questions = tuple(
            _bench_question(f"{lesson_id}#p{q}", q, (0, 2) if q == BENCH_QUESTIONS else (1,),
                            rng.uniform(0.05, 0.6))
            for q in range(1, BENCH_QUESTIONS + 1)
        )
        found.append(_Lesson(lesson_id, module_id, BENCH_PAGES, questions))
    return found


def _bench_question(key: str, page: int, right: tuple[int, ...], slip: float) -> _Question:
    """A synthetic multiple-choice question of BENCH_OPTIONS options (ids a, b, c...)."""
    ids = [option_letter(i) for i in range(BENCH_OPTIONS)]
    wrong = tuple(_stored({"chosen": [ids[i]]}) for i in range(BENCH_OPTIONS) if i not in right)
    return _Question(key, page, _stored({"chosen": [ids[i] for i in right]}), wrong, slip)


class _Writer:
    """Buffers rows per table and writes them in big executemany batches, one transaction
    per batch, tables in foreign-key order (a session before its visits, a visit before its
    attempts, whatever order they were added in)."""

    ORDER = (Learner, SchoolClass, ClassMember, LearnerSession, Visit, Attempt, LessonProgress,
             ModuleCompletion)

    def __init__(self, conn: Connection, on_flush: Callable[[dict[str, int]], None]) -> None:
        self.conn = conn
        self.buffers: dict[type, list[dict[str, Any]]] = {model: [] for model in self.ORDER}
        self.pending = 0
        self.written: dict[str, int] = {model.__tablename__: 0 for model in self.ORDER}
        self.on_flush = on_flush

    def add(self, model: type, row: dict[str, Any]) -> None:
        self.buffers[model].append(row)
        self.pending += 1

    def maybe_flush(self) -> None:
        """Write once a batch is full.  Called only between learners, so every row a batch
        refers to (session, visit) is in that batch or an earlier one."""
        if self.pending >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        with self.conn.begin():
            for model in self.ORDER:
                rows = self.buffers[model]
                if rows:
                    self.conn.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
                    self.written[model.__tablename__] += len(rows)
                    self.buffers[model] = []
        self.pending = 0
        self.on_flush(self.written)


def fill_large(
    store: Backend,
    catalog: Catalog,
    learners: int = 2000,
    facts: int = 2_000_000,
    seed: int = 11,
    *,
    now: datetime | None = None,
    quiet: bool = False,
) -> int:
    """Fill an EMPTY kiosk database with a large site (see the module docstring).

    Returns how many learners were created: 0 (and nothing written) when the database already
    has learners.  ``learners`` must be at least 40 (the benchmark class)."""
    if learners < BENCH_CLASS_SIZE:
        raise ValueError(f"learners must be at least {BENCH_CLASS_SIZE}, got {learners}")
    with store.db.reading() as session:
        if session.scalar(select(func.count()).select_from(Learner)):
            return 0
    rng = random.Random(seed)
    end = now or utcnow()
    started = time.perf_counter()

    def report(written: dict[str, int]) -> None:
        if quiet:
            return
        made = written["visits"] + written["attempts"] + written["lesson_progress"]
        print(f"  {made:>10,} / {facts:,} facts  ({time.perf_counter() - started:5.1f} s)",
              flush=True)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    with store.db.engine.connect() as conn:
        raw = conn.connection.driver_connection  # the sqlite3 connection, in autocommit
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA cache_size=-65536")  # 64 MB while filling
        try:
            writer = _Writer(conn, report)
            _fill(writer, store.device_id, catalog, learners, facts, rng, end, new_id)
            writer.flush()
        finally:
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA cache_size=-2000")  # SQLite's default
    if not quiet:
        print(f"  done in {time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{n:,} {table}" for table, n in writer.written.items()), flush=True)
    return learners


def _fill(
    writer: _Writer,
    device: str,
    catalog: Catalog,
    count: int,
    facts: int,
    rng: random.Random,
    end: datetime,
    new_id: Callable[[], str],
) -> None:
    lessons = _lessons(catalog, rng)
    modules: dict[str, list[str]] = {}
    for lesson in lessons:
        modules.setdefault(lesson.module_id, []).append(lesson.id)
    start = end - timedelta(days=DAYS_BACK)

    # -- learners: the benchmark class gets 40 different names ----------------------------
    avatars = demo_avatars(25, rng)
    avatars = sorted(set(avatars)) or ["tatu.svg"]
    pairs = [(n, a) for n in FIRST_NAMES for a in avatars]
    rng.shuffle(pairs)
    bench_names = rng.sample(FIRST_NAMES, BENCH_CLASS_SIZE)
    chosen = [(name, rng.choice(avatars)) for name in bench_names]
    taken = set(chosen)
    chosen += [p for p in pairs if p not in taken][: count - BENCH_CLASS_SIZE]
    while len(chosen) < count:  # more learners than name x picture pairs: number them
        chosen.append((f"{rng.choice(FIRST_NAMES)} {len(chosen)}", rng.choice(avatars)))
    people = []
    for name, avatar in chosen:
        band = rng.choices(("8-11", "12-17", "adult"), (60, 35, 5))[0]
        role = rng.choice(("teacher", "parent")) if band == "adult" else "learner"
        joined = start - timedelta(days=rng.randint(0, 60))
        learner_id = new_id()
        people.append(learner_id)
        writer.add(Learner, {
            "id": learner_id, "device_id": device, "created_at": joined, "updated_at": joined,
            "display_name": name, "avatar": avatar, "age_band": band, "role": role,
            "gender": rng.choice(("female", "male", "unsaid", None)), "archived_at": None,
            "picture_secret": None, "picture_failed_tries": 0, "picture_locked_until": None,
        })

    # -- classes: one of exactly 40, the rest in classes of ~33 ---------------------------
    rest = count - BENCH_CLASS_SIZE
    n_classes = max(1, round(rest / CLASS_SIZE)) if rest else 0
    names = [f"{g}.º {s} ({t})" for t in ("mañana", "tarde") for g in range(1, 10) for s in "ABCD"]
    groups = [(BENCH_CLASS_NAME, people[:BENCH_CLASS_SIZE])]
    for index in range(n_classes):
        label = names[index] if index < len(names) else f"Grupo {index + 1}"
        groups.append((label, people[BENCH_CLASS_SIZE + index::n_classes]))
    for name, members in groups:
        class_id = new_id()
        created = start - timedelta(days=30)
        writer.add(SchoolClass, {"id": class_id, "device_id": device, "created_at": created,
                                 "updated_at": created, "name": name, "archived_at": None})
        for learner_id in members:
            writer.add(ClassMember, {"id": new_id(), "device_id": device, "class_id": class_id,
                                     "learner_id": learner_id, "created_at": created})
    writer.flush()

    # -- each learner's facts, to a per-learner budget -------------------------------------
    base, extra = divmod(facts, count)
    # The benchmark class takes the benchmark lessons first (its grid's shape must not depend on
    # how many real lessons there are); everybody else the real lessons only.
    synthetic = [lesson for lesson in lessons if lesson.id.startswith("bench/")]
    real = [lesson for lesson in lessons if not lesson.id.startswith("bench/")]
    for index, learner_id in enumerate(people):
        bench = index < BENCH_CLASS_SIZE
        _learner_facts(writer, device, learner_id, synthetic + real if bench else real, modules, bench,
                       base + (1 if index < extra else 0), rng, start, end, new_id)
        writer.maybe_flush()


def _learner_facts(
    writer: _Writer,
    device: str,
    learner_id: str,
    lessons: list[_Lesson],
    modules: dict[str, list[str]],
    bench: bool,
    budget: int,
    rng: random.Random,
    start: datetime,
    end: datetime,
    new_id: Callable[[], str],
) -> None:
    # How far this learner got, in catalog order; now and then a lesson is skipped.
    if bench:
        reach = rng.randint(8, len(lessons))
    else:
        reach = min(len(lessons), max(1, int(rng.triangular(1, 14, 4))))  # a few lessons in
    touched = [lesson for lesson in lessons[:reach] if rng.random() > 0.06]
    # A small budget (tests) cannot pay for every first visit: the learner got less far.
    while len(touched) > 3 and sum(2 + 1.3 * len(x.questions) for x in touched) > budget:
        touched.pop()
    if not touched:
        touched = lessons[:1]
    open_count = min(len(touched) - 1, rng.choice((0, 1, 1, 2, 3)))
    finished = touched[: len(touched) - open_count]
    unfinished = touched[len(touched) - open_count:]
    skill = rng.uniform(0.5, 1.5)  # > 1: slips more often

    # The plan: one first visit per lesson (completing or partial), then practice visits on
    # finished lessons until the budget is spent.
    plan: list[tuple[_Lesson, int]] = []  # (lesson, pages seen; lesson.pages = completed)
    spent = len(touched)  # one summary row each
    for lesson in finished:
        plan.append((lesson, lesson.pages))
        spent += 1 + len(lesson.questions) * 1.3
    for lesson in unfinished:
        plan.append((lesson, rng.randint(1, max(1, lesson.pages - 1))))
        spent += 1 + len(lesson.questions) * 0.6
    practice: list[tuple[_Lesson, int]] = []
    while spent < budget and finished:
        lesson = rng.choice(finished)
        practice.append((lesson, lesson.pages))
        spent += 1 + len(lesson.questions) * 1.15
    # Practice comes after the first visit of the same lesson: shuffle it into the later part.
    visits = plan + practice
    order = list(range(len(plan))) + sorted(
        range(len(plan), len(visits)), key=lambda _i: rng.random()
    )

    # Sessions: afternoons on distinct days, ~6 visits each, in time order.
    n_sessions = max(1, len(visits) // 6)
    days = sorted(rng.sample(range(DAYS_BACK), min(n_sessions, DAYS_BACK)))
    per_session = -(-len(visits) // len(days))
    summaries: dict[str, dict[str, Any]] = {}
    position = 0
    for day in days:
        chunk = order[position: position + per_session]
        position += per_session
        if not chunk:
            break
        local_day = (start.astimezone(LOCAL_TZ) + timedelta(days=day)).date()
        moment = datetime.combine(local_day, clock_time(14, 0), tzinfo=LOCAL_TZ).astimezone(UTC)
        moment += timedelta(minutes=rng.randint(0, 180))
        moment = min(moment, end - timedelta(hours=3))
        session_id = new_id()
        session_start = moment
        for i in chunk:
            lesson, seen = visits[i]
            moment = _visit(writer, device, learner_id, session_id, lesson, seen, skill,
                            moment, summaries, rng, new_id)
            moment += timedelta(seconds=rng.randint(5, 60))
        writer.add(LearnerSession, {
            "id": session_id, "device_id": device, "learner_id": learner_id,
            "started_at": session_start, "last_seen_at": moment, "ended_at": moment,
            "end_reason": "exit" if rng.random() > 0.15 else "idle",
        })
    done_modules: dict[str, datetime] = {}
    for lesson_id, row in summaries.items():
        writer.add(LessonProgress, row)
    for module_id, lesson_ids in modules.items():
        ends = [summaries[l]["completed_at"] for l in lesson_ids
                if l in summaries and summaries[l]["completed_at"] is not None]
        if len(ends) == len(lesson_ids):
            done_modules[module_id] = max(ends)
    for module_id, moment in done_modules.items():
        writer.add(ModuleCompletion, {"id": new_id(), "device_id": device,
                                      "learner_id": learner_id, "module_id": module_id,
                                      "module_version": "1.0.0", "completed_at": moment})


def _visit(
    writer: _Writer,
    device: str,
    learner_id: str,
    session_id: str,
    lesson: _Lesson,
    seen: int,
    skill: float,
    moment: datetime,
    summaries: dict[str, dict[str, Any]],
    rng: random.Random,
    new_id: Callable[[], str],
) -> datetime:
    visit_id = new_id()
    began = moment
    complete = seen >= lesson.pages
    practice = lesson.id in summaries and summaries[lesson.id]["completed_at"] is not None
    first_right = 0
    for question in lesson.questions:
        if question.page >= seen:
            continue
        moment += timedelta(seconds=rng.randint(20, 70))
        slip = question.slip * skill * (0.5 if practice else 1.0)
        if question.wrong and rng.random() < slip:
            writer.add(Attempt, {
                "id": new_id(), "device_id": device, "learner_id": learner_id,
                "visit_id": visit_id, "lesson_id": lesson.id, "question_id": question.key,
                "answer": rng.choice(question.wrong), "correct": False,
                "created_at": moment,
            })
            moment += timedelta(seconds=rng.randint(8, 30))
        else:
            first_right += 1
        writer.add(Attempt, {
            "id": new_id(), "device_id": device, "learner_id": learner_id, "visit_id": visit_id,
            "lesson_id": lesson.id, "question_id": question.key,
            "answer": question.right, "correct": True,
            "created_at": moment,
        })
    moment += timedelta(seconds=rng.randint(30, 90) * seen)
    writer.add(Visit, {
        "id": visit_id, "device_id": device, "learner_id": learner_id, "session_id": session_id,
        "lesson_id": lesson.id, "lesson_version": "1.0.0", "lang": "es", "started_at": began,
        "ended_at": moment, "seconds": int((moment - began).total_seconds()),
    })
    row = summaries.get(lesson.id)
    if row is None:
        row = summaries[lesson.id] = {
            "id": new_id(), "device_id": device, "learner_id": learner_id,
            "lesson_id": lesson.id, "created_at": began, "updated_at": moment,
            "progress": 0.0, "best_score": None, "last_page": 0, "completed_at": None,
        }
    row["updated_at"] = moment
    row["progress"] = max(row["progress"], seen / lesson.pages)
    if complete:
        score = first_right / len(lesson.questions) if lesson.questions else 1.0
        row["best_score"] = score if row["best_score"] is None else max(row["best_score"], score)
        if row["completed_at"] is None:
            row["completed_at"] = moment
        row["last_page"] = 0
    elif row["completed_at"] is None:
        row["last_page"] = seen - 1
    return moment
