"""``Store``: the kiosk's database and nothing above it (like Anki's ``DBProxy``).

It owns the engine, migrates at open, knows this device's id and hands out sessions and
transactions.  The domain services are built on it by ``kiosk.backend`` (the facade the app,
the CLI, the demo and the tests open); widgets never see either directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.ids import DeviceId, new_id
from kiosk.store.engine import is_storage_problem, make_engine, read_only_engine, storage_problem
from kiosk.store.migrate import upgrade
from kiosk.store.models import Setting

DEVICE_ID_KEY = "device_id"


class Store:
    """Open with ``Store.open(path)``; close with ``close()`` (or use it as a context manager)."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose database is already at head (``Store.open`` does that)."""
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=read_only_engine(engine), expire_on_commit=False)
        self._device_id = DeviceId(self._ensure_device_id())

    @classmethod
    def open(cls, db_path: Path) -> Store:
        """Open (creating if needed) and migrate the database at ``db_path``.

        Raises ``StorageProblem`` (the environment) or ``DatabaseTooNew`` (a newer kiosk wrote
        this file).
        """
        engine = make_engine(db_path)
        try:
            upgrade(engine)
            return cls(engine)
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def open_read_only(cls, db_path: Path) -> Store:
        """Open the existing database at ``db_path`` for reading only (exports, reports, sync
        status, doctor): SQLite's ``mode=ro`` and ``query_only``, deferred BEGIN, never created,
        never migrated, never the write lock (``kiosk.store.read_only``).  ``device_id`` is the
        stored one (empty when none was stored); ``transaction()`` fails: nothing can be written.

        Raises ``StorageProblem`` (missing, damaged, behind head) or ``DatabaseTooNew``."""
        from kiosk.store.read_only import make_read_only_engine

        engine = make_read_only_engine(Path(db_path))
        store = cls.__new__(cls)
        store.engine = engine
        store._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        store._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        try:
            store._device_id = DeviceId(store.get_setting(DEVICE_ID_KEY) or "")
        except BaseException:
            engine.dispose()
            raise
        return store

    @property
    def path(self) -> Path:
        """The database file."""
        return Path(str(self.engine.url.database)).resolve()

    @property
    def device_id(self) -> DeviceId:
        """The id of this install, stamped on every row it creates."""
        return self._device_id

    def session(self) -> Session:
        """A new ORM session (``with store.session() as s: ...``); commit it yourself.

        Its transaction starts with BEGIN IMMEDIATE (it may write). Prefer ``transaction()``.
        """
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: commits at the end, rolls back on any error.

        SQLite errors caused by the environment (disk full, read-only) become StorageProblem.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except DatabaseError as exc:
            if is_storage_problem(exc):
                raise storage_problem(exc) from exc
            raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only snapshot (deferred BEGIN): never waits for a writer. Do not write in it."""
        try:
            with self._read_sessions() as session:
                yield session
        except DatabaseError as exc:
            if is_storage_problem(exc):
                raise storage_problem(exc) from exc
            raise

    def get_setting(self, key: str) -> str | None:
        with self.reading() as session:
            row = session.get(Setting, key)
            return row.value if row is not None else None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(Setting(key=key, value=value))

    def close(self) -> None:
        """Return every connection; the Store is unusable afterwards."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _adopt_device_id(self, device_id: DeviceId) -> None:
        """This install became another (``kiosk.sync.identity``, inside the transaction that
        wrote ``settings.device_id``): the rows written from now on carry the new id."""
        self._device_id = device_id

    def _ensure_device_id(self) -> str:
        with self.transaction() as session:
            row = session.get(Setting, DEVICE_ID_KEY)
            if row is None:
                row = Setting(key=DEVICE_ID_KEY, value=new_id())
                session.add(row)
            return row.value
