"""``Store``: the kiosk's database and nothing above it (like Anki's ``DBProxy``).

It owns the connections, migrates at open, knows this device's id and hands out sessions and
transactions: ``lite`` (plain ``sqlite3``, ``kiosk.store.lite``) for the learner's path, and the
SQLAlchemy engine and ORM sessions for everything else, made on first use (a learner's day never
loads SQLAlchemy: issue 14.5).  The domain services are built on it by ``kiosk.backend`` (the facade the app,
the CLI, the demo and the tests open); widgets never see either directly.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kiosk.core.ids import DeviceId, new_id
from kiosk.store.lite import Lite, prepare_file
from kiosk.store.revision import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

DEVICE_ID_KEY = "device_id"


class Store:
    """Open with ``Store.open(path)``; close with ``close()`` (or use it as a context manager)."""

    def __init__(self, lite: Lite, engine: Engine | None = None, *, read_only: bool = False) -> None:
        """Wrap a connection whose database is already at head (``Store.open`` does that);
        ``engine``: an SQLAlchemy engine already made (a migration needed one), else it is made
        on first use."""
        self.lite = lite
        self.read_only = read_only
        self._engines: list[Engine] = []  # 0 or 1; a list the close-at-exit finalizer can hold
        self._engine_lock = threading.Lock()
        if engine is not None:
            self._adopt_engine(engine)
        self._device_id = DeviceId(self._ensure_device_id())

    @classmethod
    def open(cls, db_path: Path) -> Store:
        """Open (creating if needed) and migrate the database at ``db_path``.

        Raises ``StorageProblem`` (the environment) or ``DatabaseTooNew`` (a newer kiosk wrote
        this file).  A database at head is opened without SQLAlchemy; Alembic (and SQLAlchemy)
        only when a migration is due.
        """
        from kiosk.store.read_only import stamped_revisions

        db_path = Path(db_path)
        prepare_file(db_path)
        lite = Lite.connect(db_path)
        engine = None
        try:
            with lite.reading() as conn:
                revisions = stamped_revisions(conn)
            if revisions != {HEAD_REVISION}:
                from kiosk.store.engine import make_engine
                from kiosk.store.migrate import upgrade

                engine = make_engine(db_path)
                upgrade(engine)
            return cls(lite, engine)
        except BaseException:
            if engine is not None:
                engine.dispose()
            lite.close()
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
        try:
            lite = Lite.connect_read_only(Path(db_path))
        except BaseException:
            engine.dispose()
            raise
        try:
            return cls(lite, engine, read_only=True)
        except BaseException:
            engine.dispose()
            lite.close()
            raise

    @property
    def path(self) -> Path:
        """The database file."""
        return self.lite.path.resolve()

    @property
    def device_id(self) -> DeviceId:
        """The id of this install, stamped on every row it creates."""
        return self._device_id

    # -- SQLAlchemy, on first use --------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, and SQLAlchemy imported, the first time it is asked for)."""
        if not self._engines:
            with self._engine_lock:
                if not self._engines:
                    if self.read_only:
                        from kiosk.store.read_only import make_read_only_engine

                        self._adopt_engine(make_read_only_engine(self.lite.path))
                    else:
                        from kiosk.store.engine import make_engine

                        self._adopt_engine(make_engine(self.lite.path))
        return self._engines[0]

    @property
    def engine_made(self) -> bool:
        """Whether SQLAlchemy's engine exists (for tests and the memory benchmark)."""
        return bool(self._engines)

    def _adopt_engine(self, engine: Engine) -> None:
        from sqlalchemy import event

        hooks = self.lite.before_write

        def on_begin(conn: Any) -> None:  # the ORM's writes call the same hooks as lite's
            if not conn.get_execution_options().get("kiosk_read_only"):
                for hook in hooks:
                    hook()

        if not self.read_only:
            event.listen(engine, "begin", on_begin)
        self._engines.append(engine)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(bind=self.engine, expire_on_commit=False)

    @cached_property
    def _read_sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        from kiosk.store.engine import read_only_engine

        engine = self.engine if self.read_only else read_only_engine(self.engine)
        return sessionmaker(bind=engine, expire_on_commit=False)

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
        from sqlalchemy.exc import DatabaseError

        from kiosk.store.engine import is_storage_problem, storage_problem

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
        from sqlalchemy.exc import DatabaseError

        from kiosk.store.engine import is_storage_problem, storage_problem

        try:
            with self._read_sessions() as session:
                yield session
        except DatabaseError as exc:
            if is_storage_problem(exc):
                raise storage_problem(exc) from exc
            raise

    # -- settings (plain sqlite3) ----------------------------------------------------------------
    def get_setting(self, key: str) -> str | None:
        with self.lite.reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row is not None else None

    def set_setting(self, key: str, value: str) -> None:
        with self.lite.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def close(self) -> None:
        """Return every connection; the Store is unusable afterwards."""
        for engine in self._engines:
            engine.dispose()
        self.lite.close()

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
        if self.read_only:
            return self.get_setting(DEVICE_ID_KEY) or ""
        found = self.get_setting(DEVICE_ID_KEY)
        if found is not None:
            return found
        with self.lite.transaction() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (DEVICE_ID_KEY,)).fetchone()
            if row is not None:
                return str(row[0])
            value = new_id()
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (DEVICE_ID_KEY, value))
            return value
