"""A learner's gallery of drawings (issue 12, P6: "Un proyecto libre").

Revision ID: 0008_drawings
Revises: 0007_staff_lock_level
Create Date: 2026-11-30

A new table ``drawings``: one row per drawing a learner kept (``kiosk.learning.gallery``), with
the program that draws it (not pixels: it is run again in the sandbox when shown), its title and
the language the program is written in.  At most ``gallery.MAX_DRAWINGS`` per learner (the
oldest goes).  Nothing here is counted or synced: drawings never leave the PC.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_drawings"
down_revision: str | Sequence[str] | None = "0007_staff_lock_level"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "drawings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("program", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(["learner_id"], ["learners.id"], name="fk_drawings_learner_id_learners"),
        sa.PrimaryKeyConstraint("id", name="pk_drawings"),
    )
    op.create_index("ix_drawings_learner_id_created_at", "drawings", ["learner_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_drawings_learner_id_created_at", table_name="drawings")
    op.drop_table("drawings")
