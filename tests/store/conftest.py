"""Fixtures for the store tests: real SQLite files in tmp_path, no Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.content.model import (
    Activity,
    Catalog,
    Lesson,
    LessonEntry,
    MarkdownBlock,
    Module,
    Option,
    Page,
    Track,
)
from kiosk.people.learners import LearnerInfo
from kiosk.backend import Backend
from tests.conftest import fresh_database

T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def at() -> Callable[[float], datetime]:
    """``at(m)``: the moment ``m`` minutes after T0 (tests place facts in time explicitly)."""
    return _at


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Backend]:
    """A new database (a copy of one migrated once: tests.conftest.fresh_database)."""
    opened = Backend.open(fresh_database(db_path))
    yield opened
    opened.close()


@pytest.fixture
def learner(store: Backend) -> LearnerInfo:
    return store.learners.register("Lucía", "tatu.svg", "8-11", "learner", now=T0)


def _make_lesson(
    module_id: str, slug: str, pages: int = 3, questions_on: tuple[int, ...] = (1,)
) -> Lesson:
    """A Spanish lesson with ``pages`` pages and a single-choice question on each page index in
    ``questions_on`` (option 1 is right)."""
    built = []
    for index in range(pages):
        blocks: list = [MarkdownBlock(source=f"# Página {index + 1}", line=1)]
        if index in questions_on:
            blocks.append(
                Activity(
                    id=f"q{index}",
                    kind="single",
                    prompt="¿Cuál?",
                    options=(
                        Option("no", False, ""),
                        Option("sí", True, ""),
                        Option("tampoco", False, ""),
                    ),
                    explanation="",
                    line=2,
                )
            )
        built.append(Page(blocks=tuple(blocks), line=1))
    return Lesson(
        id=f"{module_id}/{slug}",
        slug=slug,
        module_id=module_id,
        version="1.0.0",
        lang="es",
        title=slug,
        audience=("ninos-8-11",),
        duration_min=10,
        objectives=("algo",),
        license="CC-BY-SA-4.0",
        authors=("Equipo",),
        translation_of=None,
        pages=tuple(built),
        path=Path(f"/lessons/{module_id}/{slug}.es.md"),
    )


def _make_catalog() -> Catalog:
    """Two tracks, three modules, for the demo test."""
    tracks = []
    for t_index, (track_id, modules) in enumerate(
        (
            ("internet-seguro", (("cuida-tus-secretos", ("ninos-8-11", "adolescentes-12-17"), 3),
                                 ("acompanar", ("docentes", "familias"), 2))),
            ("programar", (("tortuga", ("ninos-8-11", "adolescentes-12-17"), 2),)),
        )
    ):
        built_modules = []
        for m_index, (slug, audience, n_lessons) in enumerate(modules):
            module_id = f"{track_id}/{slug}"
            entries = []
            for l_index in range(n_lessons):
                lesson = _make_lesson(
                    module_id, f"leccion-{l_index + 1}", pages=3, questions_on=(1, 2)
                )
                entries.append(LessonEntry(slug=lesson.slug, id=lesson.id, versions={"es": lesson}))
            built_modules.append(
                Module(
                    id=module_id,
                    slug=slug,
                    track_id=track_id,
                    version="1.0.0",
                    titles={"es": slug},
                    descriptions={"es": ""},
                    audience=audience,
                    order=m_index,
                    lessons=tuple(entries),
                    path=Path(f"/lessons/{module_id}"),
                )
            )
        tracks.append(
            Track(
                id=track_id,
                titles={"es": track_id},
                color="#1F6FB2",
                icon="escudo.svg",
                order=t_index,
                modules=tuple(built_modules),
                path=Path(f"/lessons/{track_id}"),
            )
        )
    return Catalog(tracks=tuple(tracks))


@pytest.fixture
def make_lesson() -> Callable[..., Lesson]:
    return _make_lesson


@pytest.fixture
def catalog() -> Catalog:
    return _make_catalog()
