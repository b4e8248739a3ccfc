"""The engine: pragmas on every connection, clear errors when SQLite cannot open the file."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from kiosk.core.errors import StorageProblem
from kiosk.store.engine import make_engine
from kiosk.store.models import Learner
from kiosk.store.store import Store


def _pragma(conn, name: str):
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()


def test_pragmas_are_set_on_every_connection(db_path: Path) -> None:
    engine = make_engine(db_path)
    try:
        # Two connections checked out at once: both must have been set up.
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                assert _pragma(conn, "journal_mode") == "wal"
                assert _pragma(conn, "synchronous") == 2  # FULL
                assert _pragma(conn, "foreign_keys") == 1
                assert _pragma(conn, "busy_timeout") == 5000
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(store: Store) -> None:
    from kiosk.store.models import LearnerSession

    with pytest.raises(Exception, match="FOREIGN KEY"):
        with store.transaction() as session:
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
        Store.open(db_path)
    assert "damaged" in caught.value.message


def test_engine_can_be_used_from_another_thread(store: Store, learner) -> None:
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


def test_times_are_stored_naive_utc_and_come_back_aware(store: Store) -> None:
    asuncion_evening = datetime(2026, 3, 2, 15, 0, tzinfo=timezone(timedelta(hours=-3)))
    info = store.learners.register("Beto", "tatu.svg", "12-17", "learner", now=asuncion_evening)
    with store.engine.connect() as conn:
        raw = conn.exec_driver_sql(
            "SELECT created_at FROM learners WHERE id = ?", (info.id,)
        ).scalar_one()
    assert raw.startswith("2026-03-02 18:00:00")  # converted to UTC, stored without zone
    with store.reading() as session:
        created = session.scalars(select(Learner.created_at)).one()
    assert created == datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    assert created.tzinfo is UTC


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(StatementError, match="naive datetime"):
        store.learners.register("Beto", "tatu.svg", "12-17", "learner", now=datetime(2026, 3, 2))
    assert store.learners.count_active() == 0
