"""Each learner's first answer to each question, kept as answers are written (issue 14, performance).

Revision ID: 0011_first_answers
Revises: 0010_first_attempts_index
Create Date: 2026-11-30

``first_answers`` holds one row per (learner, question) that has an answer: the learner's FIRST
attempt at it -- the earliest ``created_at``; among attempts of the same moment a wrong one
before a right one, then the lower ``lesson_id``, then the older row (``rowid``), which is the
order of the 0010 index that "preguntas difíciles" read until now.  It keeps what that report
needs (lesson, right or wrong, and the text of a WRONG first answer; NULL when it was right),
plus which attempt it is (``attempt_id``, and its ``rowid`` for the tie order).  The report
reads the index ``(lesson_id, question_id, correct, answer)`` only, already grouped: ~35
thousand entries instead of 1.56 million on the large benchmark site.

Triggers on ``attempts`` keep it right whoever writes, in any order, in the same transaction:

* ``first_answers_insert``: an answer older than the kept one (an older ``created_at`` arriving
  later) takes its place; a newer one changes nothing (one index probe and no write);
* ``first_answers_delete``: when the kept attempt is removed (a learner deleted), the next one
  of that learner and question (if any) is found through the 0010 index and kept instead;
* ``first_answers_update``: an attempt whose learner, question, lesson, moment, correctness or
  text changes (two profiles merged move answers to the kept one) is removed from its old place
  as above and offered to its new one as an insert.  ``device_id`` changes (``kiosk.sync.identity``)
  do not fire it.

The table is derived, not synced: no ``device_id``, no foreign key (a learner's row goes with
its attempts, before the learner).  Caveats for later revisions: a batch-mode rebuild of
``attempts`` (``op.batch_alter_table("attempts")``) DROPS these triggers -- create them again
afterwards (``create_triggers`` here); ``INSERT OR REPLACE`` into attempts would remove rows
without firing the delete trigger (the kiosk never does either).

The backfill is one pass over the 0010 index (``INDEXED BY``: the tie order above is that
index's order) with SQLite's "bare column" rule for ``min(created_at)``, then the report index:
0.9 s + 0.1 s on the large benchmark site (1.56 M attempts; the runner's whole-database
``foreign_key_check`` after it takes 3 s more), milliseconds on a telecenter's database.
Bulk writers pay the insert trigger per row: ``kiosk demo --large`` takes ~50% more CPU.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_first_answers"
down_revision: str | Sequence[str] | None = "0010_first_attempts_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_attempts_learner_id_question_id_created_at_correct_lesson_id"  # 0010's
# The report's order: it reads the index only, grouped as it goes (no sort of 35 thousand rows).
BY_QUESTION = "ix_first_answers_lesson_id_question_id_correct_answer"
COLUMNS = "learner_id, question_id, lesson_id, attempt_id, attempt_rowid, created_at, correct, answer"
# The first attempt of OLD's learner and question still in ``attempts`` (none: no row).
_NEXT_OF_OLD = f"""
    INSERT INTO first_answers ({COLUMNS})
    SELECT learner_id, question_id, lesson_id, id, rowid, created_at, correct,
           CASE WHEN correct THEN NULL ELSE answer END
    FROM attempts INDEXED BY {INDEX}
    WHERE learner_id = OLD.learner_id AND question_id = OLD.question_id
    ORDER BY created_at, correct, lesson_id, rowid
    LIMIT 1;"""
# NEW takes the place of the kept first answer when it comes before it (or there is none).
_OFFER_NEW = f"""
    INSERT INTO first_answers ({COLUMNS})
    VALUES (NEW.learner_id, NEW.question_id, NEW.lesson_id, NEW.id, NEW.rowid, NEW.created_at,
            NEW.correct, CASE WHEN NEW.correct THEN NULL ELSE NEW.answer END)
    ON CONFLICT (learner_id, question_id) DO UPDATE SET
        lesson_id = excluded.lesson_id, attempt_id = excluded.attempt_id,
        attempt_rowid = excluded.attempt_rowid, created_at = excluded.created_at,
        correct = excluded.correct, answer = excluded.answer
    WHERE (excluded.created_at, excluded.correct, excluded.lesson_id, excluded.attempt_rowid)
        < (first_answers.created_at, first_answers.correct, first_answers.lesson_id,
           first_answers.attempt_rowid);"""
_OLD_IS_KEPT = ("first_answers.learner_id = OLD.learner_id AND first_answers.question_id = OLD.question_id"
                " AND first_answers.attempt_id = OLD.id")

TRIGGERS = {
    "first_answers_insert": f"""
CREATE TRIGGER first_answers_insert AFTER INSERT ON attempts
BEGIN{_OFFER_NEW}
END""",
    "first_answers_delete": f"""
CREATE TRIGGER first_answers_delete AFTER DELETE ON attempts
WHEN EXISTS (SELECT 1 FROM first_answers WHERE {_OLD_IS_KEPT})
BEGIN
    DELETE FROM first_answers WHERE {_OLD_IS_KEPT};{_NEXT_OF_OLD}
END""",
    "first_answers_update": f"""
CREATE TRIGGER first_answers_update
AFTER UPDATE OF id, learner_id, question_id, lesson_id, created_at, correct, answer ON attempts
BEGIN
    DELETE FROM first_answers WHERE {_OLD_IS_KEPT};{_NEXT_OF_OLD.replace("LIMIT 1;", "LIMIT 1")}
    ON CONFLICT (learner_id, question_id) DO NOTHING;{_OFFER_NEW}
END""",
}

# Every attempt's learner and question: its first attempt, in the 0010 index's order (the bare
# columns come from the first row holding the minimum).
BACKFILL = f"""
INSERT INTO first_answers ({COLUMNS})
SELECT learner_id, question_id, lesson_id, id, attempt_rowid, first_at, correct,
       CASE WHEN correct THEN NULL ELSE answer END
FROM (SELECT learner_id, question_id, lesson_id, id, rowid AS attempt_rowid, correct, answer,
             min(created_at) AS first_at
      FROM attempts INDEXED BY {INDEX}
      GROUP BY learner_id, question_id)"""


def create_triggers() -> None:
    for sql in TRIGGERS.values():
        op.execute(sql)


def upgrade() -> None:
    op.create_table(
        "first_answers",
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=250), nullable=False),
        sa.Column("lesson_id", sa.String(length=200), nullable=False),
        sa.Column("attempt_id", sa.String(length=36), nullable=False),
        sa.Column("attempt_rowid", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("learner_id", "question_id", name="pk_first_answers"),
    )
    op.execute(BACKFILL)
    op.create_index(BY_QUESTION, "first_answers", ["lesson_id", "question_id", "correct", "answer"])
    create_triggers()


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(BY_QUESTION, table_name="first_answers")
    op.drop_table("first_answers")
