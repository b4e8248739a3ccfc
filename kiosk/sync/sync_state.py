"""The one ``sync_state`` row (``kiosk.store.models.SyncState``) on the store's plain sqlite3
connection (``kiosk.store.lite``), for ``kiosk.sync.outbox``: the sender's every step and the sync
timer's minute look run without SQLAlchemy (issue 14.5).  ``State`` reads the row (moments
tz-aware, booleans as bool) and writes back only the attributes set, in the caller's transaction,
as the ORM's row did."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kiosk.store.lite import db_time, from_db_time

_STATE_TIMES = frozenset({"filled_at", "enrolled_at", "last_attempt_at", "last_success_at",
                          "last_error_at", "next_attempt_at", "last_bundle_at"})
_STATE_BOOLS = frozenset({"needs_enrolment"})


class State:
    """The ``sync_state`` row as attributes (moments tz-aware, booleans as bool); inside a
    write transaction, the attributes set are written back by ``save()``."""

    def __init__(self, names: Sequence[str], values: Sequence[Any]) -> None:
        loaded = {}
        for name, value in zip(names, values, strict=True):
            if name in _STATE_TIMES:
                value = from_db_time(value)
            elif name in _STATE_BOOLS:
                value = bool(value)
            loaded[name] = value
        self.__dict__["_values"] = loaded
        self.__dict__["_changed"] = set()

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_values"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self._values:
            raise AttributeError(f"sync_state has no column {name!r}")
        self._values[name] = value
        self._changed.add(name)

    def save(self, conn: Any) -> None:
        if not self._changed:
            return
        names = sorted(self._changed)
        values = []
        for name in names:
            value = self._values[name]
            if name in _STATE_TIMES and value is not None:
                value = db_time(value)
            elif name in _STATE_BOOLS:
                value = int(bool(value))
            values.append(value)
        conn.execute(f"UPDATE sync_state SET {', '.join(f'{n} = ?' for n in names)} WHERE id = 1",  # noqa: S608
                     values)
        self._changed.clear()


def read_state(conn: Any) -> State | None:
    cursor = conn.execute("SELECT * FROM sync_state WHERE id = 1")
    values = cursor.fetchone()
    return State([d[0] for d in cursor.description], values) if values is not None else None
