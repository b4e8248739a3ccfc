"""A learner's gallery (issue 12, P6 "Un proyecto libre"): the drawings they chose to keep.

A drawing is stored as its PROGRAM (plus a title and the language it is written in), never as
pixels: the gallery runs it again in the sandbox (``kiosk.turtle.sandbox.run_program``) when it
is shown -- a few hundred bytes a drawing, and a stored program gets no more power than a typed
one.  Each learner keeps at most ``MAX_DRAWINGS``: saving one more drops their oldest.

Privacy: drawings belong to the learner on this PC.  They are never counted, synced or exported
(``kiosk.sync`` knows nothing of this table); deleting a learner deletes them, merging two
profiles moves them (``kiosk.people.learner_admin``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.core.clock import to_local, utcnow
from kiosk.core.errors import KioskBug
from kiosk.core.ids import new_id
from kiosk.core.names import clean_name
from kiosk.core.text import fold_for_search
from kiosk.store.lite import db_time, from_db_time
from kiosk.store.records import RecordNotFound

if TYPE_CHECKING:
    from kiosk.store.store import Store

# The table's own limits (``kiosk.store.models``: DRAWINGS_PER_LEARNER, DRAWING_TITLE_LEN; a test
# checks they agree).  Plain sqlite3 here: the coding lessons are the learner's path (issue 14.5).
MAX_DRAWINGS = 50  # per learner; saving the 51st drops the oldest
TITLE_CHARS = 120
MAX_PROGRAM_CHARS = 20_000  # a program longer than this is not kept (the editor never makes one)
FILE_STEM_CHARS = 40
_NEWEST_FIRST = "ORDER BY created_at DESC, rowid DESC"


@dataclass(frozen=True)
class DrawingInfo:
    id: str
    learner_id: str
    title: str
    program: str
    lang: str
    created_at: datetime


class GalleryService:
    def __init__(self, store: Store, *, max_drawings: int = MAX_DRAWINGS) -> None:
        self._store = store
        self.max_drawings = max_drawings

    def save(self, learner_id: str, title: str, program: str, lang: str, *,
             now: datetime | None = None) -> DrawingInfo:
        """Keep ``program`` in the learner's gallery under ``title`` (cleaned, shortened);
        past ``max_drawings`` the oldest drawings are dropped, in the same transaction."""
        if not program.strip():
            raise KioskBug("an empty program has no drawing to keep")
        if len(program) > MAX_PROGRAM_CHARS:
            raise KioskBug(f"a program of {len(program)} characters is too long to keep")
        moment = now or utcnow()
        info = DrawingInfo(new_id(), learner_id, clean_name(title)[:TITLE_CHARS], program, lang[:8], moment)
        with self._store.lite.transaction() as conn:
            if conn.execute("SELECT 1 FROM learners WHERE id = ?", (learner_id,)).fetchone() is None:
                raise RecordNotFound(f"no Learner with id {learner_id!r}")
            conn.execute(
                "INSERT INTO drawings (id, device_id, learner_id, created_at, title, program, lang)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (info.id, self._store.device_id, learner_id, db_time(moment), info.title, program, info.lang))
            conn.execute(
                "DELETE FROM drawings WHERE id IN (SELECT id FROM drawings WHERE learner_id = ?"
                f" {_NEWEST_FIRST} LIMIT -1 OFFSET ?)", (learner_id, self.max_drawings))
        return info

    def list_for(self, learner_id: str) -> list[DrawingInfo]:
        """The learner's drawings, newest first (only theirs)."""
        with self._store.lite.reading() as conn:
            rows = conn.execute(
                "SELECT id, learner_id, title, program, lang, created_at FROM drawings"
                f" WHERE learner_id = ? {_NEWEST_FIRST}", (learner_id,)).fetchall()  # noqa: S608
        return [DrawingInfo(r[0], r[1], r[2], r[3], r[4], from_db_time(r[5])) for r in rows]  # type: ignore[arg-type]

    def count_for(self, learner_id: str) -> int:
        with self._store.lite.reading() as conn:
            (count,) = conn.execute("SELECT count(*) FROM drawings WHERE learner_id = ?", (learner_id,)).fetchone()
        return int(count)

    def delete(self, learner_id: str, drawing_id: str) -> bool:
        """Remove one drawing of ``learner_id``'s (a drawing of someone else is left alone:
        False).  True when it was removed."""
        with self._store.lite.transaction() as conn:
            gone = conn.execute("DELETE FROM drawings WHERE id = ? AND learner_id = ?", (drawing_id, learner_id))
            return bool(gone.rowcount)


def png_file_name(title: str, created_at: datetime | None = None) -> str:
    """A safe file name for a drawing's PNG: the title folded to ``a-z0-9-`` (no path, no
    dots, never empty), then the local date and time: ``mi-casa-2026-11-30-1405.png``."""
    stem = re.sub(r"[^a-z0-9]+", "-", fold_for_search(clean_name(title))).strip("-")
    stem = stem[:FILE_STEM_CHARS].strip("-") or "dibujo"
    if created_at is not None:
        stem += "-" + to_local(created_at).strftime("%Y-%m-%d-%H%M")
    return stem + ".png"


__all__ = ["MAX_DRAWINGS", "DrawingInfo", "GalleryService", "png_file_name"]
