"""Initial schema: settings, learners, sessions, visits, attempts, summaries.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Written out column by column (not metadata.create_all) so that this revision stays what it is
when kiosk/store/models.py moves on.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key_columns() -> list[sa.Column]:
    """Every synced row: a UUID key and the device that created it."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
    ]


def _fk_learner(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["learner_id"], ["learners.id"], name=f"fk_{table}_learner_id_learners"
    )


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )

    op.create_table(
        "learners",
        *_key_columns(),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("display_name", sa.String(length=64), nullable=False),
        sa.Column("avatar", sa.String(length=64), nullable=False),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("age_band IN ('8-11', '12-17', 'adult')", name="ck_learners_age_band"),
        sa.CheckConstraint("role IN ('learner', 'teacher', 'parent')", name="ck_learners_role"),
        sa.CheckConstraint(
            "gender IS NULL OR gender IN ('female', 'male', 'other', 'unsaid')",
            name="ck_learners_gender",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_learners"),
    )

    op.create_table(
        "sessions",
        *_key_columns(),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("end_reason", sa.String(length=8), nullable=True),
        sa.CheckConstraint(
            "end_reason IS NULL OR end_reason IN ('exit', 'idle', 'crash')",
            name="ck_sessions_end_reason",
        ),
        _fk_learner("sessions"),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
    )
    op.create_index(
        "ix_sessions_learner_id_started_at", "sessions", ["learner_id", "started_at"]
    )

    op.create_table(
        "visits",
        *_key_columns(),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("lesson_id", sa.String(length=200), nullable=False),
        sa.Column("lesson_version", sa.String(length=32), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.CheckConstraint("seconds >= 0", name="ck_visits_seconds"),
        _fk_learner("visits"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name="fk_visits_session_id_sessions"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
    )
    op.create_index("ix_visits_learner_id_lesson_id", "visits", ["learner_id", "lesson_id"])
    op.create_index("ix_visits_session_id", "visits", ["session_id"])
    op.create_index("ix_visits_started_at", "visits", ["started_at"])

    op.create_table(
        "attempts",
        *_key_columns(),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("lesson_id", sa.String(length=200), nullable=False),
        sa.Column("question_id", sa.String(length=250), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk_learner("attempts"),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], name="fk_attempts_visit_id_visits"),
        sa.PrimaryKeyConstraint("id", name="pk_attempts"),
    )
    op.create_index("ix_attempts_visit_id_created_at", "attempts", ["visit_id", "created_at"])
    op.create_index(
        "ix_attempts_learner_id_question_id", "attempts", ["learner_id", "question_id"]
    )

    op.create_table(
        "lesson_progress",
        *_key_columns(),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("lesson_id", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("best_score", sa.Float(), nullable=True),
        sa.Column("last_page", sa.Integer(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("progress >= 0 AND progress <= 1", name="ck_lesson_progress_progress"),
        sa.CheckConstraint(
            "best_score IS NULL OR (best_score >= 0 AND best_score <= 1)",
            name="ck_lesson_progress_best_score",
        ),
        sa.CheckConstraint("last_page >= 0", name="ck_lesson_progress_last_page"),
        _fk_learner("lesson_progress"),
        sa.PrimaryKeyConstraint("id", name="pk_lesson_progress"),
        # Its leftmost column also serves "all summaries of a learner".
        sa.UniqueConstraint(
            "learner_id", "lesson_id", name="uq_lesson_progress_learner_id_lesson_id"
        ),
    )

    op.create_table(
        "module_completions",
        *_key_columns(),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("module_id", sa.String(length=200), nullable=False),
        sa.Column("module_version", sa.String(length=32), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=False),
        _fk_learner("module_completions"),
        sa.PrimaryKeyConstraint("id", name="pk_module_completions"),
        sa.UniqueConstraint(
            "learner_id", "module_id", name="uq_module_completions_learner_id_module_id"
        ),
    )


def downgrade() -> None:
    for table in (
        "module_completions",
        "lesson_progress",
        "attempts",
        "visits",
        "sessions",
        "learners",
        "settings",
    ):
        op.drop_table(table)  # its indexes go with it
