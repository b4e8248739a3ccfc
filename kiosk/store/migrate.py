"""Bring the database to the schema this code expects (Alembic, configured in code).

Start-up is on a budget and importing Alembic costs time, so the common case -- a database
already at ``HEAD_REVISION`` -- is answered with one plain query; Alembic is imported only when
the database is new or behind. A database at a revision this code does not know was written by
a newer kiosk: ``DatabaseTooNew``.

When you add a revision in ``db/versions``, bump ``HEAD_REVISION`` (a test compares the two).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError

from kiosk import resources
from kiosk.core.errors import Code, DatabaseTooNew, KioskBug, StorageProblem
from kiosk.store.engine import is_storage_problem, storage_problem

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

from kiosk.store.revision import HEAD_REVISION  # noqa: E402  (re-exported)


def db_dir() -> Path:
    """The folder with Alembic's env.py and versions/: the wheel's package data, a checkout's or
    a frozen bundle's db/ (kiosk.resources)."""
    return resources.db_dir()


def current_revisions(conn: Connection) -> set[str] | None:
    """The revisions stamped in the database; None for a database Alembic never touched."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's Config built in code: no alembic.ini, no environment variable.

    For development: ``command.revision(alembic_config(conn), autogenerate=True, message=...)``.
    """
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolation: a '%' in the path must be doubled.
    config.set_main_option("script_location", str(db_dir()).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Migrate the database to ``HEAD_REVISION``; fast when it is there already."""
    try:
        with engine.connect() as conn:
            revisions = current_revisions(conn)
            if revisions == {HEAD_REVISION}:
                return
            if revisions is None and _has_tables(conn):
                raise StorageProblem(
                    Code.DATABASE_FOREIGN,
                    detail=f"{engine.url.database}: tables but no alembic_version",
                )
        _upgrade_with_alembic(engine, revisions or set())
    except DatabaseError as exc:
        if is_storage_problem(exc):
            raise storage_problem(exc) from exc
        raise


def _has_tables(conn: Connection) -> bool:
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).first()
        is not None
    )


def _upgrade_with_alembic(engine: Engine, revisions: set[str]) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    for revision in revisions:
        try:
            known = script.get_revision(revision)
        except (CommandError, RevisionError):
            known = None
        if known is None:
            raise DatabaseTooNew(
                detail=f"database revision {revision!r} is unknown; this kiosk knows up to "
                f"{script.get_current_head()!r}",
            )
    log.info(
        "Migrating database %s from %s to %s",
        engine.url.database,
        ", ".join(sorted(revisions)) or "empty",
        HEAD_REVISION,
    )

    with engine.connect() as conn:
        # SQLite's recipe for schema changes (batch mode rebuilds tables): foreign keys off
        # OUTSIDE the transaction, check them before commit, switch them back on.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise KioskBug(f"migration broke foreign keys: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
