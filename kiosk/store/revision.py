"""The schema revision this code expects (kept apart so reading it imports nothing heavy).

When you add a revision in ``db/versions``, bump this (tests/store compares it with Alembic's head).
"""

HEAD_REVISION = "0011_first_answers"
