"""The gallery (issue 12, P6): save, list (only the learner's own, newest first), the cap,
delete; a learner deleted or merged takes their drawings along; the table never syncs; the
0008 migration upgrades a 0007 database."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from kiosk.backend import Backend
from kiosk.core.errors import KioskBug
from kiosk.learning.gallery import MAX_DRAWINGS, GalleryService, png_file_name
from kiosk.store import migrate
from kiosk.store.engine import make_engine
from kiosk.store.revision import HEAD_REVISION

SQUARE = "repetir 4:\n    avanzar(100)\n    derecha(90)\n"


def test_save_and_list_newest_first(store: Backend, learner, at) -> None:
    first = store.gallery.save(learner.id, "Cuadrado", SQUARE, "es", now=at(0))
    second = store.gallery.save(learner.id, "  Mi\u200b casa  ", "avanzar(10)\n", "es", now=at(5))
    shown = store.gallery.list_for(learner.id)
    assert [d.id for d in shown] == [second.id, first.id]
    assert shown[0].title == "Mi casa"  # cleaned like a name
    assert shown[1].program == SQUARE and shown[1].lang == "es"
    assert shown[1].created_at == at(0)
    assert store.gallery.count_for(learner.id) == 2


def test_a_learner_sees_only_their_drawings(store: Backend, learner, at) -> None:
    other = store.learners.register("Tobías", "tatu.svg", "8-11", "learner")
    mine = store.gallery.save(learner.id, "Mío", SQUARE, "es", now=at(0))
    theirs = store.gallery.save(other.id, "Suyo", "avanzar(5)\n", "es", now=at(1))
    assert [d.id for d in store.gallery.list_for(learner.id)] == [mine.id]
    assert [d.id for d in store.gallery.list_for(other.id)] == [theirs.id]
    # nobody deletes someone else's drawing, even with its id
    assert store.gallery.delete(learner.id, theirs.id) is False
    assert [d.id for d in store.gallery.list_for(other.id)] == [theirs.id]


def test_the_cap_drops_the_oldest(store: Backend, learner, at) -> None:
    assert MAX_DRAWINGS == 50
    small = GalleryService(store.db, max_drawings=3)
    ids = [small.save(learner.id, f"D{n}", f"avanzar({n + 1})\n", "es", now=at(n)).id for n in range(5)]
    kept = small.list_for(learner.id)
    assert [d.id for d in kept] == ids[:1:-1]  # the newest three
    assert [d.title for d in kept] == ["D4", "D3", "D2"]


def test_the_default_cap_is_fifty(store: Backend, learner, at) -> None:
    for n in range(MAX_DRAWINGS + 2):
        store.gallery.save(learner.id, f"D{n}", "avanzar(1)\n", "es", now=at(n))
    titles = [d.title for d in store.gallery.list_for(learner.id)]
    assert len(titles) == MAX_DRAWINGS
    assert titles[0] == f"D{MAX_DRAWINGS + 1}" and "D0" not in titles and "D1" not in titles


def test_delete(store: Backend, learner, at) -> None:
    kept = store.gallery.save(learner.id, "Uno", SQUARE, "es", now=at(0))
    gone = store.gallery.save(learner.id, "Dos", SQUARE, "es", now=at(1))
    assert store.gallery.delete(learner.id, gone.id) is True
    assert store.gallery.delete(learner.id, gone.id) is False
    assert [d.id for d in store.gallery.list_for(learner.id)] == [kept.id]


def test_empty_or_huge_programs_are_not_kept(store: Backend, learner) -> None:
    with pytest.raises(KioskBug):
        store.gallery.save(learner.id, "Nada", "  \n", "es")
    with pytest.raises(KioskBug):
        store.gallery.save(learner.id, "Enorme", "avanzar(1)\n" * 5000, "es")


def test_deleting_a_learner_deletes_their_drawings(store: Backend, learner, at) -> None:
    other = store.learners.register("Tobías", "tatu.svg", "8-11", "learner")
    store.gallery.save(learner.id, "Mío", SQUARE, "es", now=at(0))
    store.gallery.save(other.id, "Suyo", SQUARE, "es", now=at(0))
    store.learner_admin.delete(learner.id)
    assert store.gallery.list_for(learner.id) == []
    assert len(store.gallery.list_for(other.id)) == 1


def test_merging_moves_the_drawings(store: Backend, learner, at) -> None:
    other = store.learners.register("Tobías", "tatu.svg", "8-11", "learner")
    store.gallery.save(learner.id, "Mío", SQUARE, "es", now=at(0))
    store.gallery.save(other.id, "Suyo", SQUARE, "es", now=at(1))
    store.learner_admin.merge(learner.id, other.id)
    assert [d.title for d in store.gallery.list_for(learner.id)] == ["Suyo", "Mío"]


def test_drawings_never_leave_the_pc(store: Backend, learner, at) -> None:
    """The sync code (counts, outbox, bundles) never names the drawings table."""
    store.gallery.save(learner.id, "Mío", SQUARE, "es", now=at(0))
    sync_dir = Path(__file__).resolve().parents[2] / "kiosk" / "sync"
    for source in sync_dir.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "Drawing" not in text and "drawings" not in text, source


def test_png_file_names_are_safe() -> None:
    assert png_file_name("Mi casa") == "mi-casa.png"
    assert png_file_name("../../etc/passwd") == "etc-passwd.png"
    assert png_file_name("C:\\Windows\\ñandutí") == "c-windows-nanduti.png"
    assert png_file_name("...") == "dibujo.png"
    assert png_file_name("x" * 200).startswith("x" * 40 + ".")


def test_migration_0008_upgrades_a_0007_database(db_path: Path) -> None:
    """A kiosk at 0007 with a learner: opening it adds ``drawings`` and keeps the learner."""
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "0007_staff_lock_level")
        assert "drawings" not in inspect(engine).get_table_names()
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO learners (id, device_id, created_at, updated_at, display_name, avatar,"
                " age_band, role, picture_failed_tries, picture_lock_level)"
                " VALUES ('00000000-0000-4000-8000-000000000001', 'd', '2026-01-01 10:00:00',"
                " '2026-01-01 10:00:00', 'Lucía', 'tatu.svg', '8-11', 'learner', 0, 0)")
    finally:
        engine.dispose()
    with Backend.open(db_path) as backend:
        (lucia,) = backend.learners.list_active()
        saved = backend.gallery.save(lucia.id, "Cuadrado", SQUARE, "es")
        assert [d.id for d in backend.gallery.list_for(lucia.id)] == [saved.id]
    engine = make_engine(db_path)
    try:
        assert "drawings" in inspect(engine).get_table_names()
        with engine.connect() as conn:
            assert migrate.current_revisions(conn) == {HEAD_REVISION}
    finally:
        engine.dispose()
