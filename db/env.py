"""Alembic environment of the kiosk.

Configured in code by ``kiosk.store.migrate`` (no alembic.ini): the caller passes an open
SQLAlchemy ``Connection`` in ``config.attributes["connection"]``, usually already inside a
transaction, so the whole upgrade commits or rolls back as one.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import context

from kiosk.store.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    # Revisions stay independent of our Python types: UTCDateTime is a DATETIME column.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def run_migrations_online() -> None:
    connection: sa.Connection | None = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "kiosk migrations need a Connection in config.attributes['connection'];"
            " use kiosk.store.migrate.alembic_config(connection)"
        )
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER much: rebuild tables in batches
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (--sql) migrations are not supported for the kiosk")
run_migrations_online()
