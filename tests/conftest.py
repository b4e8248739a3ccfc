"""Shared fixtures.  Qt runs offscreen; every test gets its own KIOSK_HOME in tmp."""

from __future__ import annotations

import atexit
import functools
import logging
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KIOSK_HOME", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# No time limit per generated example: Hypothesis's default 200 ms deadline is a timed assertion
# that fails on a loaded 2-core machine (speed is measured by benchmarks, never by tests).
settings.register_profile("kiosk", deadline=None)
settings.load_profile("kiosk")


def fresh_database(path: Path) -> Path:
    """A new kiosk database at ``path``, as ``Backend.open`` would create it, copied from one
    migrated once per test process (creating and migrating one costs ~0.3 s; a copy ~1 ms).

    The copy is the empty database at the head revision and nothing else: no device id yet
    (``Store`` writes a new random one when it first opens the copy), no rows.  Tests of
    creating or migrating a database open a path of their own instead."""
    if path.exists():
        raise FileExistsError(path)
    shutil.copyfile(_migrated_template(), path)
    return path


@functools.cache
def _migrated_template() -> Path:
    from kiosk.store.engine import make_engine
    from kiosk.store.migrate import HEAD_REVISION, current_revisions, upgrade

    folder = Path(tempfile.mkdtemp(prefix="kiosk-migrated-"))
    atexit.register(shutil.rmtree, folder, True)
    db = folder / "kiosk.sqlite3"
    engine = make_engine(db)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            assert current_revisions(conn) == {HEAD_REVISION}
            tables = [name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
                      if name != "alembic_version" and not name.startswith("sqlite_")]
            assert not any(conn.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() for name in tables), \
                "the template must hold no rows (a copy would share them)"
    finally:
        engine.dispose()
    assert not db.with_name(db.name + "-wal").exists(), "the template is not one whole file"
    return db


BUNDLED_LESSONS = Path(__file__).resolve().parents[1] / "lessons"
_bundled_scans: dict[tuple[str, str], object] = {}


@pytest.fixture()
def bundled_lessons_read_once(monkeypatch):
    """While the test runs, ``kiosk.content.catalog.scan_tree`` reads the bundled lesson tree
    (lessons/) once per test process: ~0.4 s of CPU a window (each MainWindow loads the catalog).

    A scan is a pure function of the files and the day (help lines go stale), so it is kept
    under their digest: a changed file is read again.  Every call gets a copy whose lists are
    its own (``load_catalog`` reassigns and appends to them); the frozen tracks, modules and
    lessons are shared.  Other roots (tmp trees, content packs) are always read.  Used by the
    window fixtures; a test that patches the parser must not use them on the bundled tree."""
    import dataclasses
    import datetime as dt
    import hashlib

    from kiosk.content import catalog as catalog_module

    real = catalog_module.scan_tree

    def scan_tree(root, *, today=None):
        if Path(root).resolve() != BUNDLED_LESSONS:
            return real(root, today=today)
        digest = hashlib.sha256()
        for file in sorted(BUNDLED_LESSONS.rglob("*")):
            if file.is_file():
                digest.update(str(file.relative_to(BUNDLED_LESSONS)).encode() + b"\0" + file.read_bytes() + b"\0")
        key = (digest.hexdigest(), (today or dt.date.today()).isoformat())
        scan = _bundled_scans.get(key)
        if scan is None:
            scan = _bundled_scans[key] = real(root, today=today)
        found = scan.catalog
        catalog = dataclasses.replace(found, problems=list(found.problems), skipped_modules=list(found.skipped_modules),
                                      warnings=list(found.warnings), skipped_lessons=list(found.skipped_lessons))
        return dataclasses.replace(scan, catalog=catalog,
                                   per_module={k: list(v) for k, v in scan.per_module.items()})

    monkeypatch.setattr(catalog_module, "scan_tree", scan_tree)


def screenshot_path(name: str, tmp_path: Path) -> Path:
    """Where a test saves a screenshot the README shows (``assets/screenshots/<name>``): that
    committed file only when KIOSK_SCREENSHOTS is set (refreshing them is a choice), else
    ``tmp_path`` (the suite never writes into the checkout: parallel runs, clean clones)."""
    if os.environ.get("KIOSK_SCREENSHOTS"):
        folder = Path(__file__).resolve().parents[1] / "assets" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / name
    return tmp_path / name


@pytest.fixture()
def home(tmp_path, monkeypatch):
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(path))
    return path


@pytest.fixture(autouse=True)
def _no_translator_leaks():
    """A test that installs a catalog must not change the language of the next one."""
    yield
    import sys

    from kiosk.core import i18n, languages

    i18n.set_language(languages.DEFAULT)  # the Qt-free catalog too (the CLI, exports, PDFs)
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for translator in getattr(app, "_kiosk_translators", []):
            app.removeTranslator(translator)
        app._kiosk_translators = []


class _ErrorRecords(logging.Handler):
    """Collects every ERROR (or worse) the kiosk logs during a test (qutebrowser's logfail)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_log_file_leaks():
    """A command run in-process (``kiosk.cli.main``) installs the rotating log of ITS home on
    the ``kiosk`` logger, as a process does once; a test must not leave it to the next test."""
    import logging.handlers

    root = logging.getLogger("kiosk")
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in before]:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _fail_on_error_logs(request):
    """A test fails when the kiosk logs an error it did not expect -- also one logged by
    background work (a task that raised, a failed send).  A test that provokes an error on
    purpose says so with ``@pytest.mark.error_logs_expected``."""
    handler = _ErrorRecords()
    logger = logging.getLogger("kiosk")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    if request.node.get_closest_marker("error_logs_expected") is None and handler.records:
        lines = [f"{r.name}: {r.getMessage()}" + (f" ({r.exc_info[1]!r})" if r.exc_info else "")
                 for r in handler.records]
        pytest.fail("the kiosk logged errors this test did not expect:\n  " + "\n  ".join(lines), pytrace=False)


def assert_no_problem_banner(window) -> None:
    """No error banner may be left on a window at the end of a test (unless it expects one)."""
    banner = getattr(window, "banner", None)
    if banner is not None and banner.isVisible():
        pytest.fail(f"an error banner was left on screen: {banner.text()!r}", pytrace=False)
