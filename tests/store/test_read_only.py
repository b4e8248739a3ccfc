"""``Store.open_read_only``: never creates, never migrates, never writes, never the write lock."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.core.errors import Code, StorageProblem
from kiosk.store.revision import HEAD_REVISION
from kiosk.store.store import Store

RELEASES = Path(__file__).parent / "fixtures" / "releases"


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(StorageProblem):
        Store.open_read_only(tmp_path / "kiosk.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_an_old_revision_is_not_migrated(tmp_path: Path) -> None:
    db_path = tmp_path / "kiosk.sqlite3"
    shutil.copy(RELEASES / "0005.sqlite3", db_path)
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(StorageProblem) as caught:
        Store.open_read_only(db_path)
    assert caught.value.code == Code.STORAGE and "behind" in (caught.value.detail or "")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest


def test_reads_beside_a_held_write_transaction_and_cannot_write(tmp_path: Path) -> None:
    db_path = tmp_path / "kiosk.sqlite3"
    shutil.copy(RELEASES / f"{HEAD_REVISION[:4]}.sqlite3", db_path)
    Store.open(db_path).close()  # WAL, as the kiosk leaves it
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE settings SET value = value")
    try:
        store = Store.open_read_only(db_path)
        try:
            assert store.device_id
            assert store.path == db_path.resolve()
            with store.reading() as session:
                assert session.execute(text("SELECT count(*) FROM learners")).scalar_one() == 14
            with pytest.raises(StorageProblem) as caught:
                store.set_setting("x", "y")
            assert caught.value.code == Code.DATABASE_READ_ONLY
        finally:
            store.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
