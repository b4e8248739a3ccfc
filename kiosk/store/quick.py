"""The sign-in screen's learner list, read with the standard library's sqlite3.

Importing SQLAlchemy takes ~0.3 s on a low-spec PC, longer than the rest of start-up together,
so the first screen reads its tiles directly (read-only, one query) while the ``Store`` opens
in the background.  This is the only read outside the Store; it never writes, and a database
that is missing, not yet migrated or at an unknown revision gives ``None`` (the caller then
waits for the Store).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.core.people import AgeBand, Gender, LearnerInfo, Role, name_key
from kiosk.store.revision import HEAD_REVISION


def read_learners(db_path: Path) -> list[LearnerInfo] | None:
    if not db_path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchall()
        if [r[0] for r in revision] != [HEAD_REVISION]:
            return None
        rows = con.execute(
            "SELECT id, display_name, avatar, age_band, role, gender, lang FROM learners WHERE archived_at IS NULL"
        ).fetchall()
        learners = [
            LearnerInfo(r[0], r[1], r[2], AgeBand(r[3]), Role(r[4]), Gender(r[5]) if r[5] else None, r[6])
            for r in rows
        ]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        con.close()
    return sorted(learners, key=lambda i: (name_key(i.display_name), i.display_name, i.id))
