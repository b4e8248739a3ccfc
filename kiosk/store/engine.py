"""The SQLite engine: pragmas on every connection, SQLAlchemy-controlled transactions.

* ``journal_mode=WAL`` -- readers never block the writer.
* ``synchronous=FULL`` -- with NORMAL a committed answer can roll back on a power cut.
* ``foreign_keys=ON``, ``busy_timeout=5000``.

The file is created 0600 before SQLite opens it (SQLite gives its ``-wal`` and ``-shm`` the
database's mode); an existing one that other users could read is narrowed with a warning
(``kiosk.core.private_files``; ``kiosk.store.lite.prepare_file``, shared with the plain connection
the store opens with, which has the same pragmas and transactions).

Transactions: Python's ``sqlite3`` (3.11) does not BEGIN before a SELECT, so a read-then-write
is not isolated. We switch its own transaction handling off and emit BEGIN ourselves:
``BEGIN IMMEDIATE`` by default (take the write lock up front: a read-modify-write such as
"progress = max(old, new)" can never hit SQLITE_BUSY half-way), or a plain deferred ``BEGIN``
on an engine made with ``read_only_engine(engine)`` (reads that must not wait for a writer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from kiosk.core.errors import StorageProblem
from kiosk.store.lite import is_storage_text, prepare_file, problem_from_text, set_up

_READ_ONLY = "kiosk_read_only"


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    set_up(dbapi_connection)  # the pragmas, sqlite3's own BEGIN/COMMIT off (_on_begin does it)


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(_READ_ONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(db_path: Path) -> Engine:
    """An engine on the SQLite file ``db_path``; opens it once to fail early.

    The parent folder must exist (config creates it). Raises ``StorageProblem`` when SQLite
    cannot open or set up the file (missing or read-only folder, disk full, not a database),
    and ``DatabaseTooNew`` for a newer kiosk's file before anything touches it.
    """
    prepare_file(db_path)
    engine = create_engine(
        URL.create("sqlite", database=str(db_path)),  # no URL parsing of odd paths
        # One background worker plus, now and then, the main thread.
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except DatabaseError as exc:
        engine.dispose()
        raise storage_problem(exc, db_path) from exc
    return engine


def read_only_engine(engine: Engine) -> Engine:
    """The same pool, but transactions start with a deferred ``BEGIN`` (for reads only)."""
    return engine.execution_options(**{_READ_ONLY: True})


def storage_problem(exc: DatabaseError, db_path: Path | None = None) -> StorageProblem:
    """Turn an SQLite error caused by the environment into a ``StorageProblem``."""
    return problem_from_text(str(exc.orig) if exc.orig is not None else str(exc), db_path)


def is_storage_problem(exc: DatabaseError) -> bool:
    """True for SQLite errors that are the environment's fault (not a bug in our SQL)."""
    return is_storage_text(str(exc.orig if exc.orig is not None else exc))
