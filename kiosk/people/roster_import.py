"""Import learners from a CSV roster: name, age band, role, class.

Three steps, so the staff page and ``kiosk learners import`` share every rule:

* ``parse_roster(source, existing=...)`` (``kiosk.people.roster_parse``) -- a PURE function:
  bytes or a binary file in, a ``RosterPreview`` out, with one ``RosterRow`` per data row (its number as a spreadsheet shows it, the header being
  row 1), the picture each new learner will get, and every problem in Spanish
  ("fila 7: la franja de edad «9» no es válida; usá 8-11, 12-17 o adulto").
* ``preview_roster(store, data)`` -- the same against the learners and classes on this kiosk.
* ``import_roster(store, data)`` -- parses again INSIDE one write transaction (so nothing that
  changed since the preview slips through) and writes every row with bulk Core inserts, or
  nothing: a file with any problem is refused whole (``RosterRefused``) unless the caller
  explicitly asks for ``only_valid=True`` ("import only the good rows" in the preview).

What is accepted: headers in Spanish or English (nombre/name, edad|franja/age band, rol/role,
clase/class), ',' ';' or tab as separator, UTF-8 with or without BOM, and Windows-1252 (what
Excel in Spanish often saves) with a warning.  Unknown columns are ignored and named; a column
that looks like a surname, an ID number, a birth date, a photo or contact details refuses the
file: the kiosk keeps no such data about children (DESIGN.md "Data").

The file's size is checked before anything of it is read (``MAX_BYTES``, 2 MB), it is read
line by line (never whole), and at most ``MAX_ROWS`` rows; names are cleaned like every name
(``kiosk.core.names``).  ``RosterService.preview_file(path)`` refuses a file too big from its
size alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.core.ids import new_id
from kiosk.core.people import name_key
from kiosk.people.roster_parse import (
    MAX_BYTES,
    MAX_ROWS,
    Existing,
    RosterPreview,
    RosterRow,
    Source,
    bundled_avatar_files,
    decode,
    parse_roster,
    sniff_delimiter,
    too_large,
)
from kiosk.people.roster_words import COLUMN_TITLES, COLUMNS, parse_age_band, parse_role
from kiosk.store.models import ClassMember, Learner, SchoolClass

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.store.store import Store


class RosterRefused(InputProblem):
    """The roster was not imported (nothing was written); ``preview`` says why, row by row."""

    code = Code.ROSTER_REFUSED

    def __init__(self, preview: RosterPreview) -> None:
        super().__init__(summary=preview.summary())
        self.preview = preview


@dataclass(frozen=True)
class ImportResult:
    added: int
    classes_created: tuple[str, ...]
    skipped: int  # bad rows left out (only with only_valid=True)
    learner_ids: tuple[str, ...]
    preview: RosterPreview


# -- against the database --------------------------------------------------------------


def read_existing(session: Session) -> Existing:
    learners = session.execute(
        select(Learner.id, Learner.display_name, Learner.avatar).where(Learner.archived_at.is_(None))
    ).all()
    keys = {learner_id: name_key(name) for learner_id, name, _a in learners}
    classes = session.execute(select(SchoolClass.id, SchoolClass.name).where(SchoolClass.archived_at.is_(None))).all()
    class_key = {class_id: name_key(name) for class_id, name in classes}
    members: dict[str, set[str]] = {key: set() for key in class_key.values()}
    for class_id, learner_id in session.execute(select(ClassMember.class_id, ClassMember.learner_id)):
        if class_id in class_key and learner_id in keys:
            members[class_key[class_id]].add(keys[learner_id])
    return Existing(
        taken=frozenset((keys[i], avatar) for i, _n, avatar in learners),
        names=frozenset(keys.values()),
        classes={class_key[i]: name for i, name in classes},
        members={k: frozenset(v) for k, v in members.items()},
    )


class RosterService:
    """Preview and import a list of learners (``backend.roster``)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def preview(self, data: Source, *, default_class: str | None = None) -> RosterPreview:
        return preview_roster(self._store, data, default_class=default_class)

    def preview_file(self, path: str | os.PathLike[str], *,
                     default_class: str | None = None) -> tuple[bytes | None, RosterPreview]:
        """``(the file's bytes, its preview)`` to show and later import the very rows shown.
        A file over ``MAX_BYTES`` is refused from its size alone, without reading any of it:
        ``(None, preview)`` with the problem.  ``OSError`` when the file cannot be read."""
        path = Path(path)
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, too_large(size)
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)  # a file that grew since: still refused by its size
        return data, self.preview(data, default_class=default_class)

    def run_import(self, data: Source, *, default_class: str | None = None, only_valid: bool = False,
                   now: datetime | None = None) -> ImportResult:
        return import_roster(self._store, data, default_class=default_class, only_valid=only_valid, now=now)


def preview_roster(store: Store, data: Source, *, default_class: str | None = None) -> RosterPreview:
    """What importing ``data`` would do on this kiosk now (nothing is written)."""
    with store.reading() as session:
        existing = read_existing(session)
    return parse_roster(data, existing=existing, default_class=default_class)


def import_roster(
    store: Store,
    data: Source,
    *,
    default_class: str | None = None,
    only_valid: bool = False,
    now: datetime | None = None,
) -> ImportResult:
    """Import every row in ONE transaction, or nothing (``data``: bytes, or a binary file open
    for reading: it is read line by line).

    ``RosterRefused`` (nothing written) when the file has a problem, a bad row (unless
    ``only_valid``: then the good rows are imported and the bad ones counted as skipped), or
    no row at all.  Learners, new classes and memberships go in with bulk Core inserts."""
    moment = now or utcnow()
    device = store.device_id
    with store.transaction() as session:
        preview = parse_roster(data, existing=read_existing(session), default_class=default_class)
        if preview.problems or not preview.rows or (preview.bad_rows and not only_valid) or not preview.good_rows:
            raise RosterRefused(preview)
        class_ids = dict(
            session.execute(select(SchoolClass.name, SchoolClass.id).where(SchoolClass.archived_at.is_(None))).all()
        )
        new_classes = [
            {"id": new_id(), "device_id": device, "created_at": moment, "updated_at": moment, "name": name}
            for name in preview.new_classes
        ]
        if new_classes:
            session.execute(insert(SchoolClass.__table__), new_classes)
            class_ids.update({c["name"]: c["id"] for c in new_classes})
        learners = []
        memberships = []
        for row in preview.good_rows:
            learner_id = new_id()
            learners.append({
                "id": learner_id, "device_id": device, "created_at": moment, "updated_at": moment,
                "display_name": row.name, "avatar": row.avatar, "age_band": row.age_band.value,  # type: ignore[union-attr]
                "role": row.role.value, "gender": None, "picture_failed_tries": 0,  # type: ignore[union-attr]
            })
            if row.class_name:
                memberships.append({"id": new_id(), "device_id": device, "class_id": class_ids[row.class_name],
                                    "learner_id": learner_id, "created_at": moment})
        session.execute(insert(Learner.__table__), learners)
        if memberships:
            session.execute(insert(ClassMember.__table__), memberships)
    return ImportResult(len(learners), preview.new_classes, len(preview.bad_rows),
                        tuple(r["id"] for r in learners), preview)


__all__ = [
    "COLUMNS", "COLUMN_TITLES", "MAX_BYTES", "MAX_ROWS", "Existing", "ImportResult", "RosterPreview",
    "RosterRefused", "RosterRow", "RosterService", "bundled_avatar_files", "decode", "import_roster",
    "parse_age_band", "parse_role", "parse_roster", "preview_roster", "read_existing", "sniff_delimiter",
]
