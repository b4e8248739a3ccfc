"""The collector's database: an engine for SQLite or PostgreSQL, the schema, the cell upsert.

URLs: ``sqlite:////abs/path/collector.sqlite3`` (or a plain file path), or
``postgresql+psycopg://user:password@host/dbname`` (psycopg 3; ``postgresql://`` and
``postgres://`` are read as psycopg 3 too).

SQLite: ``journal_mode=WAL``, ``synchronous=FULL``, ``foreign_keys=ON``, ``busy_timeout``, and
every transaction starts with ``BEGIN IMMEDIATE`` (writers queue up front instead of failing with
SQLITE_BUSY half-way through a read-then-write such as the enrol code check).

PostgreSQL: READ COMMITTED; the upsert and ``ON CONFLICT DO NOTHING`` are safe there under
concurrency, and rows that must not change under us are read ``FOR UPDATE``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.collector.models import Cell, metadata

# How long an SQLite writer waits for the lock before the request gets 503 "busy".
BUSY_TIMEOUT_MS = int(os.environ.get("KIOSK_COLLECTOR_SQLITE_BUSY_MS", "10000"))


def normalize_url(db: str) -> URL:
    """A SQLAlchemy URL from what the operator typed (a URL or a plain SQLite file path)."""
    if "://" not in db:
        return URL.create("sqlite", database=str(Path(db).expanduser().resolve()))
    url = make_url(db)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported database URL (SQLite or PostgreSQL only): {url.drivername}")
    return url


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _sqlite_on_begin)
    cursor = dbapi_connection.cursor()
    try:
        for pragma in (
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
        ):
            cursor.execute(pragma)
    finally:
        cursor.close()


READ_ONLY = "collector_read_only"


def _sqlite_on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def reader(engine: Engine) -> Engine:
    """The same pool; on SQLite, transactions start with a deferred BEGIN (reads only)."""
    return engine.execution_options(**{READ_ONLY: True})


def make_engine(db: str, *, create: bool = True) -> Engine:
    """An engine on ``db``; creates the tables (``create_all``, idempotent) unless told not to."""
    url = normalize_url(db)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False}, pool_size=8, max_overflow=8)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    else:
        engine = create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True)
    if create:
        create_schema(engine)
    return engine


def create_schema(engine: Engine) -> None:
    metadata.create_all(engine)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(value: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes: they were stored as UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _insert(conn: Connection):  # noqa: ANN202 - dialect-specific Insert
    name = conn.dialect.name
    if name == "sqlite":
        return sqlite.insert
    if name == "postgresql":
        return postgresql.insert
    raise RuntimeError(f"unsupported dialect {name}")


def upsert_cells(conn: Connection, rows: Sequence[dict[str, Any]]) -> int:
    """Insert or update cells, keeping a stored cell unless the incoming ``rev`` is higher.

    ``rows`` must not repeat a key (PostgreSQL refuses to touch one row twice in a statement).
    Returns how many rows were inserted or updated (RETURNING gives a row only for those); the
    others were unchanged.  One statement compiled once and executed with SQLAlchemy's
    "insertmanyvalues" (multi-row VALUES pages under the hood): compiling a fresh 500-row
    VALUES statement per batch cost more than the database work.
    """
    if not rows:
        return 0
    table = Cell.__table__
    stmt = _insert(conn)(table)
    stmt = stmt.on_conflict_do_update(
        index_elements=["site_id", "install_id", "period", "metric", "dims"],
        set_={
            "value": stmt.excluded.value,
            "rev": stmt.excluded.rev,
            "updated_at": stmt.excluded.updated_at,
        },
        where=stmt.excluded.rev > table.c.rev,
    ).returning(table.c.id)
    return len(conn.execute(stmt, list(rows)).all())


def insert_ignore(conn: Connection, table: Any, values: dict[str, Any], keys: Iterable[str]) -> bool:
    """INSERT ... ON CONFLICT (keys) DO NOTHING; True when the row was inserted."""
    keys = list(keys)
    stmt = (
        _insert(conn)(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=keys)
        .returning(table.c[keys[0]])  # not rowcount: SQLAlchemy + psycopg may report -1 for it
    )
    return conn.execute(stmt).first() is not None
