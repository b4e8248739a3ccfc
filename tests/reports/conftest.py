"""Fixtures for the teacher reports: a real Store in tmp, classes made as plain rows (so these
tests do not depend on the classes page), facts written through the real ProgressService."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.content.model import Activity, Catalog, Lesson, LessonEntry, MarkdownBlock, Module, Option, Page, Track
from kiosk.store.models import ClassMember, SchoolClass, Staff
from kiosk.backend import Backend
from tests.conftest import fresh_database

T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # 15:00 in Asunción, Monday 2 March 2026
MODULE = "internet-seguro/cuida-tus-secretos"
L1, L2, L3 = (f"{MODULE}/{slug}" for slug in ("contrasenas", "dos-pasos", "cerrar-sesion"))
LESSONS = (L1, L2, L3)
OTHER_MODULE = "programacion/algoritmos-sin-compu"
OTHER_LESSON = f"{OTHER_MODULE}/instrucciones"
# L1's questions: option 1 is right
Q1_OPTIONS = ("Derlis2013", "loro-chipa-escalera-violeta", "123456")
Q2_OPTIONS = ("A todos mis amigos", "A mi mamá o a quien me cuida", "A nadie nunca")


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Backend]:
    """A new database (a copy of one migrated once: tests.conftest.fresh_database)."""
    opened = Backend.open(fresh_database(tmp_path / "kiosk.sqlite3"))
    yield opened
    opened.close()


def make_class(store: Backend, name: str, learner_ids: Sequence[str] = (), *, archived: bool = False) -> str:
    with store.db.transaction() as session:
        row = SchoolClass(device_id=store.device_id, created_at=T0, updated_at=T0, name=name,
                          archived_at=T0 if archived else None)
        session.add(row)
        session.flush()
        for learner_id in learner_ids:
            session.add(ClassMember(device_id=store.device_id, class_id=row.id,
                                    learner_id=learner_id, created_at=T0))
        return row.id


def make_staff(store: Backend, name: str = "Profe Nilda") -> str:
    with store.db.transaction() as session:
        row = Staff(device_id=store.device_id, created_at=T0, updated_at=T0, display_name=name,
                    role="teacher", secret_hash="x")
        session.add(row)
        session.flush()
        return row.id


def learner(store: Backend, name: str, avatar: str = "tatu.svg", band: str = "8-11") -> str:
    return store.learners.register(name, avatar, band, "learner", now=T0).id


class Play:
    """Write one learner's facts through the real progress service, minute by minute."""

    def __init__(self, store: Backend, learner_id: str, start: float = 0) -> None:
        self.store = store
        self.learner_id = learner_id
        self.minute = start

    def tick(self, minutes: float = 1) -> datetime:
        self.minute += minutes
        return at(self.minute)

    def visit(self, lesson_id: str, *, pages_seen: int = 1, pages: int = 4,
              answers: Sequence[tuple[str, Sequence[int], bool]] = (),
              complete: bool = False, minutes: float = 1) -> str:
        progress = self.store.progress
        visit_id = progress.start_visit(self.learner_id, None, lesson_id, "1.0.0", "es", pages,
                                        now=self.tick(0))
        for index in range(pages_seen):
            progress.record_page(visit_id, index, pages, now=self.tick(minutes))
        for question, answer, correct in answers:
            progress.record_attempt(visit_id, f"{lesson_id}#{question}", list(answer), correct,
                                    now=self.tick(minutes))
        questions = sorted({f"{lesson_id}#{q}" for q, _a, _c in answers})
        if complete:
            progress.complete_lesson(visit_id, questions, MODULE, "1.0.0", LESSONS,
                                     now=self.tick(minutes))
        else:
            progress.end_visit(visit_id, now=self.tick(minutes))
        self.tick(5)
        return visit_id


def _lesson(lesson_id: str, title: str, questions: dict[str, tuple[str, tuple[str, ...]]]) -> Lesson:
    module_id, slug = lesson_id.rsplit("/", 1)
    pages = [Page(blocks=(MarkdownBlock(source="# Hola", line=1),), line=1)]
    for question_id, (prompt, options) in questions.items():
        activity = Activity(id=question_id, kind="single", prompt=prompt,
                            options=tuple(Option(text, i == 1, "") for i, text in enumerate(options)),
                            explanation="", line=1)
        pages.append(Page(blocks=(activity,), line=1))
    pages += [Page(blocks=(MarkdownBlock(source="# Fin", line=1),), line=1)] * (4 - len(pages))
    return Lesson(id=lesson_id, slug=slug, module_id=module_id, version="1.0.0", lang="es", title=title,
                  audience=("ninos-8-11",), duration_min=10, objectives=("algo",), license="CC-BY-SA-4.0",
                  authors=("Equipo",), translation_of=None, pages=tuple(pages), path=Path(f"/l/{lesson_id}.es.md"))


def _module(module_id: str, title: str, lessons: list[Lesson]) -> Module:
    return Module(id=module_id, slug=module_id.rsplit("/", 1)[1], track_id=module_id.split("/")[0],
                  version="1.0.0", titles={"es": title}, descriptions={"es": ""},
                  audience=("ninos-8-11", "adolescentes-12-17"), order=1,
                  lessons=tuple(LessonEntry(slug=x.slug, id=x.id, versions={"es": x}) for x in lessons),
                  path=Path(f"/l/{module_id}"))


@pytest.fixture
def catalog() -> Catalog:
    """The lessons the ``site`` facts are about, with real prompts and option texts."""
    secrets = _module(MODULE, "Cuidá tus secretos", [
        _lesson(L1, "Contraseñas fuertes", {
            "q1": ("¿Cuál es más difícil de adivinar?", Q1_OPTIONS),
            "q2": ("¿A quién le podés decir tu contraseña?", Q2_OPTIONS),
        }),
        _lesson(L2, "Verificación en dos pasos", {}),
        _lesson(L3, "Cerrar sesión en una compu compartida", {}),
    ])
    coding = _module(OTHER_MODULE, "Algoritmos sin compu", [_lesson(OTHER_LESSON, "Instrucciones precisas", {})])
    return Catalog(tracks=(
        Track(id="internet-seguro", titles={"es": "Internet seguro"}, color="#1F6FB2", icon="escudo.svg",
              order=1, modules=(secrets,), path=Path("/l/internet-seguro")),
        Track(id="programacion", titles={"es": "Programación"}, color="#2E7D3A", icon="codigo.svg",
              order=2, modules=(coding,), path=Path("/l/programacion")),
    ))


@pytest.fixture
def site(store):
    """Ana, Beto, Caro and (archived) Eva in "5.º A"; Dani outside it.

    Ana:  L1 done (q1 wrong [0] then right, q2 right: 0.5), later L1 again (q2 wrong [2]:
          not her FIRST answer), L2 one page of 4, L3 done (no questions) -> not the module.
    Beto: L1 done (q1 wrong [2] then right, q2 right: 0.5); L2 done; L3 done -> module done.
    Caro: nothing.   Dani (not in the class): L1 q1 wrong [0].   Eva (archived): L1 seen.
    """
    ana, beto, caro, dani, eva = (
        learner(store, name) for name in ("Ana", "beto", "Caro", "Dani", "Eva")
    )
    klass = make_class(store, "5.º A", [caro, eva, beto, ana])
    make_class(store, "Vacía")

    p = Play(store, ana)
    p.visit(L1, pages_seen=4, answers=[("q1", [0], False), ("q1", [1], True), ("q2", [1], True)],
            complete=True)
    p.visit(L1, pages_seen=2, answers=[("q2", [2], False)])
    p.visit(L2, pages_seen=1)
    p.visit(L3, pages_seen=4, complete=True)

    p = Play(store, beto, start=100)
    p.visit(L1, pages_seen=4, answers=[("q1", [2], False), ("q1", [1], True), ("q2", [1], True)],
            complete=True)
    p.visit(L2, pages_seen=4, complete=True)
    p.visit(L3, pages_seen=4, complete=True, minutes=3)

    Play(store, dani, start=200).visit(L1, answers=[("q1", [0], False)])
    Play(store, eva, start=300).visit(L1, pages_seen=2)
    store.learners.archive(eva, now=at(400))
    return {"class": klass, "ana": ana, "beto": beto, "caro": caro, "dani": dani, "eva": eva}


