"""Migrations: from empty to head, the fast path on reopen, refusing a newer database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, inspect, text

from kiosk.core.errors import DatabaseTooNew, StorageProblem
from kiosk.store import migrate
from kiosk.store.engine import make_engine
from kiosk.store.models import Base
from kiosk.backend import Backend

REPO = Path(__file__).resolve().parents[2]
TABLES = {
    "settings",
    "learners",
    "sessions",
    "visits",
    "attempts",
    "lesson_progress",
    "module_completions",
}


def _diffs(engine, metadata: MetaData) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        return compare_metadata(context, metadata)


def test_head_revision_constant_is_alembic_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.HEAD_REVISION]


def test_migrates_an_empty_database_to_head(db_path: Path) -> None:
    Backend.open(db_path).close()
    engine = make_engine(db_path)
    try:
        assert TABLES <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            assert migrate.current_revisions(conn) == {migrate.HEAD_REVISION}
            # Foreign keys are back on after the migration switched them off.
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    finally:
        engine.dispose()


def test_model_metadata_matches_the_migrated_schema(db_path: Path) -> None:
    Backend.open(db_path).close()
    engine = make_engine(db_path)
    try:
        assert _diffs(engine, Base.metadata) == []
        # ... and the comparison does notice a difference (so the line above can fail).
        changed = MetaData()
        for table in Base.metadata.tables.values():
            copy = table.to_metadata(changed)
            if table.name == "learners":
                copy.append_column(Column("surname_never", Integer))
        assert _diffs(engine, changed) != []
    finally:
        engine.dispose()


def test_reopen_at_head_does_not_import_alembic(db_path: Path) -> None:
    Backend.open(db_path).close()
    code = (
        "import sys; from pathlib import Path; from kiosk.backend import Backend; "
        f"s = Backend.open(Path({str(db_path)!r})); s.close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_reopen_keeps_the_device_id_and_data(db_path: Path) -> None:
    with Backend.open(db_path) as first:
        device_id = first.device_id
        first.learners.register("Lucía", "tatu.svg", "8-11", "learner")
    assert len(device_id) == 36
    with Backend.open(db_path) as second:
        assert second.device_id == device_id
        assert second.db.get_setting("device_id") == device_id
        assert [i.display_name for i in second.learners.list_active()] == ["Lucía"]
    other = db_path.with_name("other.db")
    with Backend.open(other) as third:
        assert third.device_id != device_id


def test_database_from_a_newer_kiosk_is_refused(db_path: Path) -> None:
    Backend.open(db_path).close()
    engine = make_engine(db_path)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(DatabaseTooNew) as caught:
        Backend.open(db_path)
    assert "newer version" in caught.value.message
    assert "9999" in (caught.value.detail or "")


def test_a_foreign_database_is_refused(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE recipes (name TEXT)")
    engine.dispose()
    with pytest.raises(StorageProblem, match="not made by the kiosk"):
        Backend.open(db_path)


def test_downgrade_to_base_and_upgrade_again(db_path: Path) -> None:
    Backend.open(db_path).close()
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        migrate.upgrade(engine)
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


RELEASE_FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("release-*.sqlite3"))


@pytest.mark.parametrize("fixture", RELEASE_FIXTURES, ids=lambda p: p.stem)
def test_every_released_database_upgrades_and_keeps_its_data(fixture: Path, tmp_path: Path) -> None:
    """Each release keeps the database it wrote (made by `kiosk demo`); today's code must open
    it, bring it to head and find every learner, attempt and summary it had."""
    import shutil
    import sqlite3

    db_path = tmp_path / "kiosk.sqlite3"
    shutil.copy(fixture, db_path)
    before = sqlite3.connect(fixture)
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("learners", "attempts", "lesson_progress", "visits")}
    before.close()
    assert all(counts.values())
    store = Backend.open(db_path)
    try:
        with store.db.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == migrate.HEAD_REVISION
            for table, count in counts.items():
                assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == count
        assert len(store.learners.list_active()) == counts["learners"]
    finally:
        store.close()
