"""An index that answers "preguntas difíciles" from the index alone (issue 14, performance).

Revision ID: 0010_first_attempts_index
Revises: 0009_sync_identity
Create Date: 2026-11-30

``ix_attempts_learner_id_question_id`` becomes
``ix_attempts_learner_id_question_id_created_at_correct_lesson_id``: the same leading columns
(every lookup of a learner's answers to a question still uses it), plus what
``ReportService.difficult_questions`` reads to find each learner's FIRST answer to a question
and whether it was right: that part of the query now scans the index only, and reads an
answer's text from the table only for the first answers that were wrong.  One index replaces
the other, so an answer costs no more to write.  On the large benchmark site (1.56 M attempts)
building it takes ~15 s; a telecenter's database has far fewer.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010_first_attempts_index"
down_revision: str | Sequence[str] | None = "0009_sync_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = "ix_attempts_learner_id_question_id"
NEW = "ix_attempts_learner_id_question_id_created_at_correct_lesson_id"


def upgrade() -> None:
    op.create_index(NEW, "attempts", ["learner_id", "question_id", "created_at", "correct", "lesson_id"])
    op.drop_index(OLD, table_name="attempts")


def downgrade() -> None:
    op.create_index(OLD, "attempts", ["learner_id", "question_id"])
    op.drop_index(NEW, table_name="attempts")
