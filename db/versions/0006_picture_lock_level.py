"""Picture passwords that protect (issue 9): the pause after wrong tries grows.

Revision ID: 0006_picture_lock_level
Revises: 0005
Create Date: 2026-11-30

One column on ``learners``: how many pauses in a row the learner's picture password has had
(0: none).  Each new pause is longer (1, 5, 15, then 60 minutes); a right sign-in or a teacher
sets it back to 0.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_picture_lock_level"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("learners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("picture_lock_level", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("learners", schema=None) as batch_op:
        batch_op.drop_column("picture_lock_level")
