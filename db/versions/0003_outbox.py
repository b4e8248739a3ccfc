"""The outbox of count cells and the sync bookkeeping (issue 4: counts leave the kiosk).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Also three indexes that let a local day's cells be recomputed inside an activity's
transaction without scanning whole tables (sessions, lesson_progress, module_completions by
time).  Written out column by column so this revision stays what it is when models move on.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_cells",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("metric", sa.String(length=32), nullable=False),
        sa.Column("dims", sa.Text(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("sent_rev", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('pending', 'accepted', 'rejected')", name=op.f("ck_outbox_cells_state")
        ),
        sa.CheckConstraint("value >= 0", name=op.f("ck_outbox_cells_value")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_cells")),
        sa.UniqueConstraint(
            "period", "metric", "dims", name=op.f("uq_outbox_cells_period_metric_dims")
        ),
    )
    with op.batch_alter_table("outbox_cells", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_cells_state_rev"), ["state", "rev"], unique=False
        )

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("counter", sa.Integer(), server_default="0", nullable=False),
        sa.Column("filled_at", sa.DateTime(), nullable=True),
        sa.Column("server_url", sa.Text(), nullable=True),
        sa.Column("token", sa.Text(), nullable=True),
        sa.Column("site", sa.Text(), nullable=True),
        sa.Column("enrolled_at", sa.DateTime(), nullable=True),
        sa.Column("needs_enrolment", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("offline_code", sa.String(length=64), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=32), nullable=True),
        sa.Column("last_error_detail", sa.Text(), nullable=True),
        sa.Column("last_error_at", sa.DateTime(), nullable=True),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("server_skew", sa.Integer(), nullable=True),
        sa.Column("clock_warning", sa.String(length=8), nullable=True),
        sa.Column("batch_key", sa.String(length=36), nullable=True),
        sa.Column("batch_body", sa.Text(), nullable=True),
        sa.Column("batch_limit", sa.Integer(), server_default="500", nullable=False),
        sa.Column("last_bundle_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_sync_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )

    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index("ix_sessions_started_at", ["started_at"], unique=False)
    with op.batch_alter_table("lesson_progress", schema=None) as batch_op:
        batch_op.create_index("ix_lesson_progress_completed_at", ["completed_at"], unique=False)
    with op.batch_alter_table("module_completions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_module_completions_completed_at", ["completed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("module_completions", schema=None) as batch_op:
        batch_op.drop_index("ix_module_completions_completed_at")
    with op.batch_alter_table("lesson_progress", schema=None) as batch_op:
        batch_op.drop_index("ix_lesson_progress_completed_at")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_sessions_started_at")
    op.drop_table("sync_state")
    with op.batch_alter_table("outbox_cells", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_cells_state_rev"))
    op.drop_table("outbox_cells")
