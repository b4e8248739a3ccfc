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

from sqlalchemy import delete, func, literal_column, select

from kiosk.core.clock import to_local, utcnow
from kiosk.core.errors import KioskBug
from kiosk.core.names import clean_name
from kiosk.core.text import fold_for_search
from kiosk.store.models import DRAWING_TITLE_LEN, DRAWINGS_PER_LEARNER, Drawing, Learner
from kiosk.store.records import get_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.store.store import Store

MAX_DRAWINGS = DRAWINGS_PER_LEARNER  # 50 per learner; saving the 51st drops the oldest
MAX_PROGRAM_CHARS = 20_000  # a program longer than this is not kept (the editor never makes one)
FILE_STEM_CHARS = 40


@dataclass(frozen=True)
class DrawingInfo:
    id: str
    learner_id: str
    title: str
    program: str
    lang: str
    created_at: datetime


def _info(row: Drawing) -> DrawingInfo:
    return DrawingInfo(row.id, row.learner_id, row.title, row.program, row.lang, row.created_at)


def _newest_first():
    return (Drawing.created_at.desc(), literal_column("drawings.rowid").desc())


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
        with self._store.transaction() as session:
            get_row(session, Learner, learner_id)
            row = Drawing(
                device_id=self._store.device_id,
                learner_id=learner_id,
                created_at=moment,
                title=clean_name(title)[:DRAWING_TITLE_LEN],
                program=program,
                lang=lang[:8],
            )
            session.add(row)
            session.flush()
            _trim(session, learner_id, self.max_drawings)
            return _info(row)

    def list_for(self, learner_id: str) -> list[DrawingInfo]:
        """The learner's drawings, newest first (only theirs)."""
        with self._store.reading() as session:
            rows = session.scalars(
                select(Drawing).where(Drawing.learner_id == learner_id).order_by(*_newest_first())
            )
            return [_info(row) for row in rows]

    def count_for(self, learner_id: str) -> int:
        with self._store.reading() as session:
            return session.scalar(
                select(func.count()).select_from(Drawing).where(Drawing.learner_id == learner_id)
            ) or 0

    def delete(self, learner_id: str, drawing_id: str) -> bool:
        """Remove one drawing of ``learner_id``'s (a drawing of someone else is left alone:
        False).  True when it was removed."""
        with self._store.transaction() as session:
            gone = session.execute(
                delete(Drawing).where(Drawing.id == drawing_id, Drawing.learner_id == learner_id)
            )
            return bool(gone.rowcount)


def _trim(session: Session, learner_id: str, keep: int) -> int:
    """Drop the learner's drawings beyond the newest ``keep`` (inside the caller's transaction)."""
    extra = session.scalars(
        select(Drawing.id).where(Drawing.learner_id == learner_id)
        .order_by(*_newest_first()).offset(keep)
    ).all()
    if extra:
        session.execute(delete(Drawing).where(Drawing.id.in_(extra)))
    return len(extra)


def png_file_name(title: str, created_at: datetime | None = None) -> str:
    """A safe file name for a drawing's PNG: the title folded to ``a-z0-9-`` (no path, no
    dots, never empty), then the local date and time: ``mi-casa-2026-11-30-1405.png``."""
    stem = re.sub(r"[^a-z0-9]+", "-", fold_for_search(clean_name(title))).strip("-")
    stem = stem[:FILE_STEM_CHARS].strip("-") or "dibujo"
    if created_at is not None:
        stem += "-" + to_local(created_at).strftime("%Y-%m-%d-%H%M")
    return stem + ".png"


__all__ = ["MAX_DRAWINGS", "DrawingInfo", "GalleryService", "png_file_name"]
