"""A coordinator's one-time recovery code (issue 8: a forgotten PIN has a way back).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

One nullable column on ``staff``: the scrypt hash of the recovery code shown once at setup
(and again after each use); NULL when none was issued (teachers, and kiosks set up before).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recovery_hash", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("recovery_hash")
