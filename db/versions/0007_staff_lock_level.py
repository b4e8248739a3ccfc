"""Staff lock-outs that grow (issue 9: staff PINs that cannot be worn down).

Revision ID: 0007_staff_lock_level
Revises: 0006_picture_lock_level
Create Date: 2026-11-30

On ``staff``:

* ``lock_level``: how many PIN lock-outs in a row this account has had; the next one lasts
  ``1 min * 2**lock_level`` (capped at 60 min).  0 again after a right PIN.
* ``recovery_failed_tries``, ``recovery_locked_until``, ``recovery_lock_level``: the recovery
  code's own throttle (it works while the PIN is locked, so it cannot share the PIN's lock).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_staff_lock_level"
down_revision: str | Sequence[str] | None = "0006_picture_lock_level"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lock_level", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("recovery_failed_tries", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("recovery_locked_until", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("recovery_lock_level", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("recovery_lock_level")
        batch_op.drop_column("recovery_locked_until")
        batch_op.drop_column("recovery_failed_tries")
        batch_op.drop_column("lock_level")
