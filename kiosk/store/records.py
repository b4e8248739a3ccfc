"""Small helpers shared by the services that sit on the Store."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from kiosk.core.errors import Code, KioskBug

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class RecordNotFound(KioskBug, LookupError):
    """The code asked for a row by an id that does not exist (a bug, not the user's fault)."""

    code = Code.RECORD_NOT_FOUND


def get_row(session: Session, model: type[T], row_id: str) -> T:
    """The row with primary key ``row_id``, or ``RecordNotFound``."""
    row = session.get(model, row_id)
    if row is None:
        raise RecordNotFound(f"no {model.__name__} with id {row_id!r}")
    return row
