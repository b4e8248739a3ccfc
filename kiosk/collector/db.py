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

from sqlalchemy import URL, Connection, Engine, case, create_engine, event, func, make_url, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.collector.models import Cell, Install, Site, metadata

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
    event.listen(engine, "checkin", _count_cell_changes)
    if create:
        create_schema(engine)
    return engine


# --- cells changed: what the public page's cache checks ----------------------------------------

_CHANGED = "collector_cells_changed"
_generation = 0


def _count_cell_changes(_dbapi_connection: Any, record: Any) -> None:
    """Pool check-in, i.e. after the transaction that wrote cells committed (or rolled back)."""
    global _generation
    if record is not None and record.info.pop(_CHANGED, False):
        _generation += 1


def cells_generation() -> int:
    """Grows after every transaction of this process that upserted cells (any engine)."""
    return _generation


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
    changed = len(conn.execute(stmt, list(rows)).all())
    if changed:
        conn.info[_CHANGED] = True
    return changed


def lock_install(conn: Connection, install_id: str) -> None:
    """PostgreSQL: lock the install's row until the transaction ends (SQLite: BEGIN IMMEDIATE did).

    ``FOR NO KEY UPDATE``: the foreign keys of the rows the batch writes take ``FOR KEY SHARE``
    on it, which this lock does not wait for (``FOR UPDATE`` deadlocked concurrent batches)."""
    if conn.dialect.name == "postgresql":
        query = select(Install.install_id).where(Install.install_id == install_id).with_for_update(key_share=True)
        conn.execute(query)


def stored_day_values(
    conn: Connection, install_id: str, metric: str, periods: Sequence[dt.date]
) -> dict[tuple[dt.date, str], tuple[int, int]]:
    """(period, dims) -> (value, rev) of one install's stored ``metric`` cells on those days."""
    query = select(Cell.period, Cell.dims, Cell.value, Cell.rev).where(
        Cell.install_id == install_id, Cell.metric == metric, Cell.period.in_(list(periods))
    )
    return {(p, d): (v, r) for p, d, v, r in conn.execute(query)}


# --- text the database refuses -----------------------------------------------------------------


def storable(text: str) -> bool:
    """False for text PostgreSQL refuses (NUL) or no driver can encode (lone surrogates)."""
    if text.isascii():
        return "\x00" not in text
    return not any(c == "\x00" or "\ud800" <= c <= "\udfff" for c in text)


def all_storable(doc: Any) -> bool:
    """Every string (and object key) in ``doc`` is text the database accepts (``storable``)."""
    stack = [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not storable(item):
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


# --- totals that cannot overflow -----------------------------------------------------------------


def within_bounds(bounds: dict[str, int]) -> Any:
    """SQL: the cell's value is within its metric's bound (kiosk/collector/counts.py MAX_VALUE).

    Cells outside (stored before the bounds existed, up to 2^63-1) are quarantined: every total
    leaves them out, so no sum can overflow SQLite's 64-bit integers or show absurd numbers on
    PostgreSQL (at most ~14,400 per cell: 6 * 10^14 cells before a sum could overflow).
    """
    return Cell.value <= case(bounds, value=Cell.metric, else_=-1)


def quarantined_cells(conn: Connection, bounds: dict[str, int]) -> int:
    """How many stored cells are over their bound (and left out of every total)."""
    return int(conn.execute(select(func.count()).select_from(Cell).where(~within_bounds(bounds))).scalar_one())


def month_of_period(conn: Connection) -> Any:
    if conn.dialect.name == "postgresql":
        return func.to_char(Cell.period, "YYYY-MM")
    return func.strftime("%Y-%m", Cell.period)


def monthly_sums(
    conn: Connection,
    bounds: dict[str, int],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    site: str | None = None,
    metric: str | None = None,
    after: tuple[str, str, str, str] | None = None,
    limit: int | None = None,
) -> list[tuple[str, str, str, str, int]]:
    """(month, site, metric, dims, value) summed over installs and days, cells within bounds only.

    Days in ``[start, end)``; ordered by (month, site, metric, dims), the rows after ``after``
    (a previous page's last key) and at most ``limit`` of them.  The values are Python ints.
    """
    month = month_of_period(conn).label("month")
    query = (
        select(month, Site.name, Cell.metric, Cell.dims, func.sum(Cell.value))
        .join(Site, Site.id == Cell.site_id)
        .where(within_bounds(bounds))
        .group_by(month, Site.name, Cell.metric, Cell.dims)
        .order_by(month, Site.name, Cell.metric, Cell.dims)
    )
    if start:
        query = query.where(Cell.period >= start)
    if end:
        query = query.where(Cell.period < end)
    if site:
        query = query.where(Site.name == site)
    if metric:
        query = query.where(Cell.metric == metric)
    if after:
        query = query.where(tuple_(month_of_period(conn), Site.name, Cell.metric, Cell.dims) > tuple_(*after))
    if limit:
        query = query.limit(limit)
    return [(m, s, mt, d, int(v)) for m, s, mt, d, v in conn.execute(query)]


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
