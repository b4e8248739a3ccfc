"""The engine: pragmas on every connection, clear errors when SQLite cannot open the file."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from kiosk.core.errors import StorageProblem
from kiosk.store.engine import make_engine
from kiosk.store.models import Learner
from kiosk.backend import Backend


def _pragma(raw_connection, name: str):
    cursor = raw_connection.cursor()
    try:
        return cursor.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        cursor.close()


def test_pragmas_are_set_on_every_connection(db_path: Path) -> None:
    engine = make_engine(db_path)
    try:
        # Two pooled connections checked out at once: both must have been set up.
        first, second = engine.raw_connection(), engine.raw_connection()
        try:
            for raw in (first, second):
                assert _pragma(raw, "journal_mode") == "wal"
                assert _pragma(raw, "synchronous") == 2  # FULL
                assert _pragma(raw, "foreign_keys") == 1
                assert _pragma(raw, "busy_timeout") == 5000
        finally:
            first.close()
            second.close()
    finally:
        engine.dispose()


def test_transactions_take_the_write_lock_up_front(store: Backend) -> None:
    """A read-modify-write cannot be overtaken: a second writer waits (here: times out)."""
    with store.db.transaction() as session:
        session.connection()  # the session's transaction has begun
        other = store.db.engine.raw_connection()
        try:
            cursor = other.cursor()
            cursor.execute("PRAGMA busy_timeout=50")
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                cursor.execute("BEGIN IMMEDIATE")
        finally:
            other.invalidate()  # its busy_timeout was changed: do not return it to the pool
        # Reads do not wait for the writer.
        assert store.learners.list_active() == []


def test_foreign_keys_are_enforced(store: Backend) -> None:
    from kiosk.store.models import LearnerSession

    with pytest.raises(Exception, match="FOREIGN KEY"):
        with store.db.transaction() as session:
            now = datetime.now(UTC)
            session.add(LearnerSession(device_id=store.device_id, learner_id="nobody",
                                       started_at=now, last_seen_at=now))


def test_missing_folder_is_a_storage_problem(tmp_path: Path) -> None:
    with pytest.raises(StorageProblem) as caught:
        make_engine(tmp_path / "no-such-folder" / "kiosk.db")
    assert "cannot open" in caught.value.message
    assert "no-such-folder" in (caught.value.detail or "")


def test_garbage_file_is_a_storage_problem(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database, it is a school essay\n" * 200)
    with pytest.raises(StorageProblem) as caught:
        Backend.open(db_path)
    assert "damaged" in caught.value.message


def test_engine_can_be_used_from_another_thread(store: Backend, learner) -> None:
    found: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            found.extend(info.display_name for info in store.learners.list_active())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert not errors
    assert found == ["Lucía"]


def test_times_are_stored_naive_utc_and_come_back_aware(store: Backend) -> None:
    asuncion_evening = datetime(2026, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=-3)))
    info = store.learners.register("Beto", "tatu.svg", "12-17", "learner", now=asuncion_evening)
    with store.db.engine.connect() as conn:
        raw = conn.exec_driver_sql(
            "SELECT created_at FROM learners WHERE id = ?", (info.id,)
        ).scalar_one()
    assert raw.startswith("2026-03-02 18:00:00")  # converted to UTC, stored without zone
    with store.db.reading() as session:
        created = session.scalars(select(Learner.created_at)).one()
    assert created == datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    assert created.tzinfo is UTC


def test_naive_datetimes_are_refused(store: Backend) -> None:
    with pytest.raises(ValueError, match="naive datetime"):  # the plain path (kiosk.store.lite.db_time)
        store.learners.register("Beto", "tatu.svg", "12-17", "learner", now=datetime(2026, 3, 2))
    with pytest.raises(StatementError, match="naive datetime"):  # the ORM's UTCDateTime
        store.classes.create("5º A", now=datetime(2026, 3, 2))
    assert store.learners.count_active() == 0 and store.classes.list() == []
