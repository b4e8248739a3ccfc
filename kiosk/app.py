"""Composition root: QApplication, translations, style, logging, crash hook, the window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from dataclasses import replace

from PySide6.QtCore import QLibraryInfo, QTimer, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from kiosk.ui.imports import plain_imports

# Our own modules are imported without PySide6's import hook, which would otherwise read the
# whole source of each one at start-up (see kiosk/ui/imports.py); we use no __feature__ switch.
with plain_imports():
    from kiosk import resources
    from kiosk.config import Config
    from kiosk.ui import theme
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner

log = logging.getLogger("kiosk")
I18N_DIR = os.path.join(os.path.dirname(__file__), "ui", "i18n")


def setup_logging(config: Config) -> None:
    """Rotating log in KIOSK_HOME/logs; never a secret, never a learner's name.  The files are
    readable by the kiosk's user only (created 0600; older, wider ones narrowed with a warning)."""
    from kiosk.core.private_files import PrivateRotatingFileHandler, narrow_existing

    root = logging.getLogger("kiosk")
    if any(isinstance(h, PrivateRotatingFileHandler) for h in root.handlers):
        return
    config.ensure_dirs()
    handler = PrivateRotatingFileHandler(
        config.log_dir / "kiosk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    narrow_existing(*sorted(config.log_dir.glob("kiosk.log*")))


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own catalog (standard dialogs) and ours for ``lang``, a code of the registry
    (kiosk.core.languages).  Ours is installed last, so Qt looks in it first: it translates a
    few of Qt's dialog strings that Qt's catalog lacks (kiosk/ui/i18n/qt_strings.py).  English
    is the source language; its catalog has only the plural forms.  The Qt-free catalog (the
    CLI, exports and PDFs made by this process) switches to the same language."""
    with plain_imports():
        from kiosk.core import i18n, languages

    for old in getattr(app, "_kiosk_translators", []):
        app.removeTranslator(old)
    language = languages.get(lang)
    i18n.set_language(language.code)
    if language.font:
        load_fonts(app, language.font)
    installed: list[QTranslator] = []
    if language.qt_catalog:
        qt = QTranslator(app)
        if qt.load(language.qt_catalog, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.warning("Qt's catalog %r not found: Qt's dialogs stay in English", language.qt_catalog)
    ours = QTranslator(app)
    if ours.load(language.catalog, I18N_DIR):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.error("translation catalog %r not found in %s", language.catalog, I18N_DIR)
    app._kiosk_translators = installed  # type: ignore[attr-defined]
    return installed


def excepthook(exc_type, exc, tb) -> None:
    log.critical("uncaught exception\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    sys.__excepthook__(exc_type, exc, tb)


_fonts: dict[str, int] = {}  # bundled font file -> QFontDatabase id, while loaded
_font_before: list[QFont] = []  # the app's font before a bundled one replaced it


def load_fonts(app: QApplication, family: str) -> bool:
    """Load the bundled fonts (assets/fonts: Noto Sans regular and bold, SIL Open Font
    License 1.1) and make ``family`` the app's font; True when it is loaded.  A language's
    registry line names the font its text needs (Guaraní: the puso U+02BC, and g + U+0303 with
    the tilde on the g, which a PC's own fonts may draw apart or as a box); the stylesheet
    lists "Noto Sans" first.  Loading costs about 1 ms and no measurable memory, but Noto
    Sans's lines are taller than DejaVu Sans's, so the other languages keep the layout they
    were measured with: the fonts are loaded when such a language is chosen."""
    from PySide6.QtGui import QFontDatabase

    for path in sorted((resources.assets_dir() / "fonts").glob("*.ttf")):
        if path.name not in _fonts:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("font %s could not be loaded: the system's fonts are used", path.name)
                continue
            _fonts[path.name] = font_id
    loaded = any(family in QFontDatabase.applicationFontFamilies(i) for i in _fonts.values())
    if loaded and app.font().family() != family:
        _font_before[:] = [QFont(app.font())]
        font = QFont(app.font())
        font.setFamilies([family, *font.families()])
        app.setFont(font)
    return loaded


def unload_fonts() -> None:
    """Forget the bundled fonts (the tests, so each starts with the system's fonts)."""
    from PySide6.QtGui import QFontDatabase

    for font_id in _fonts.values():
        QFontDatabase.removeApplicationFont(font_id)
    _fonts.clear()
    app = QApplication.instance()
    if _font_before and app is not None:
        app.setFont(_font_before.pop())


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Telecentro")
    app.setApplicationDisplayName("Telecentro")
    app.setWindowIcon(QIcon(str(resources.icon_path("app.svg"))))
    app.setStyleSheet(theme.application_sheet())
    return app


def open_kiosk_backend(config: Config):
    """The back end, opened on the worker thread at start-up (``kiosk.backend.open_backend``,
    the same function the CLI, the demo and the tests use), with the sessions a power cut left
    open closed."""
    from kiosk.ui.imports import preload

    preload()
    with plain_imports():  # what opening imports on first use, too (kiosk/ui/imports.py)
        from kiosk.backend import open_backend

        backend = open_backend(config)
        backend.progress.close_stale_sessions()
        if (config.home / "content" / "state.json").is_file():  # finish a reset a power cut interrupted
            from kiosk.learning.content_updates import reconcile_quiz_scores

            reconcile_quiz_scores(backend.db, config.home)
    return backend


def load_lessons(home=None):
    """The bundled lessons (or ``KIOSK_LESSONS``) with the lesson packs installed in ``home``
    (``kiosk.content.packs_install``), parsed on the worker thread."""
    with plain_imports():  # the parser's imports on first use, too (kiosk/ui/imports.py)
        from kiosk.content.packs_install import load_catalog_with_packs

        return load_catalog_with_packs(resources.lessons_dir(), home)


def build_window(config: Config, app: QApplication, *, locked: bool = False) -> MainWindow:
    """The window, given everything it needs: the composition root for the app and the tests."""
    install_translators(app, config.lang)
    return MainWindow(config, TaskRunner(), open_backend=open_kiosk_backend,
                      load_catalog=lambda: load_lessons(config.home),
                      translate=lambda lang: install_translators(app, lang), locked=locked)


def with_site_language(config: Config) -> Config:
    """The site's default language (a coordinator's setting) unless ``--lang`` chose another
    than the registry's default.  Read with sqlite3: SQLAlchemy is not imported yet here."""
    from kiosk.core import languages
    from kiosk.people.site import read_site_config

    site = read_site_config(config.db_path)
    if site is not None and config.lang == languages.DEFAULT and site.default_language != config.lang:
        return replace(config, lang=site.default_language)
    return config


def keep_database_healthy(window: MainWindow) -> None:
    """Issue 14: once the database is open, the daily backup (when due) on the ``io`` lane --
    SQLite's backup API reads a snapshot, learners keep working on the ``db`` lane; and the
    ``-wal`` cut back at the quiet moments, a learner's or staff member's sign-out
    (``kiosk.store.health.quiet_moment``: a generation token, then a checkpoint, on the ``db``
    lane)."""
    from kiosk.store.health import quiet_moment

    db = window.db

    def backup() -> None:
        if db.store is not None:
            db.store.backups.take_if_due()

    def quiet(_reason: str) -> None:
        window.run_store(lambda backend: quiet_moment(backend.db),
                         on_error=lambda exc: log.warning("checkpoint failed: %s", exc))

    window.store_opened.connect(lambda: window.tasks.run(
        backup, on_error=lambda exc: log.error("automatic backup failed: %s", exc), lane="io"))
    window.signed_out.connect(quiet)
    window.staff_signed_out.connect(quiet)


def smoke_report(window: MainWindow, app: QApplication) -> None:
    """``kiosk --smoke`` (tools/check_bundle.sh): say what the start-up showed and quit, exit 1
    unless the sign-in was painted, the database opened and no problem is on screen."""
    painted, opened, problem = window.signin.shown_once, window.store is not None, not window.banner.isHidden()
    print(f"smoke screen={type(window.current_screen()).__name__} signin-painted={painted} "
          f"store-open={opened} problem-shown={problem}", flush=True)
    app.exit(0 if painted and opened and not problem else 1)


def drop_import_hook() -> None:
    """Give the kiosk process Python's own importer back for good.  PySide6's hook reads the
    source of every module that runs an ``import`` statement (``inspect.getsource``, kept in
    ``linecache``: ~290 files, ~3.6 MB of the start-up's peak memory, issue 14.5); the kiosk
    uses no ``__feature__`` switch (kiosk/ui/imports.py).  Only the app's process: the tests keep
    the hook and ``plain_imports``."""
    import builtins
    import linecache

    original = getattr(builtins, "__orig_import__", None)
    if original is not None:
        builtins.__import__ = original
    linecache.clearcache()


def prepare_process() -> None:
    """What the kiosk's window process does first (``kiosk.cli`` before ``run``; the benchmarks
    that drive a window, so they measure the same process): Python's own importer back, and the modules the learners'
    kiosk never uses left unloaded until something does (``kiosk.core.deferred_modules``)."""
    drop_import_hook()
    from kiosk.core.deferred_modules import defer

    defer()


def run(config: Config, *, bench: bool = False, windowed: bool = False, smoke: bool = False) -> int:
    """The kiosk.  Locked (full screen, a staff PIN to close) unless ``windowed``,
    ``KIOSK_WINDOWED=1``, a benchmark or a ``smoke`` start (the benchmark's, then
    ``smoke_report`` once the start-up's database tasks are done)."""
    bench = bench or smoke  # the process was prepared by kiosk.cli (prepare_process), its one caller
    from kiosk.ui.lock import windowed_requested
    from kiosk.ui.single_instance import SingleInstance

    started = time.perf_counter()
    setup_logging(config)
    from kiosk.ui.crash_dialog import CrashHook

    sys.excepthook = CrashHook(config.home)  # a report in home/crash-reports and plain words
    config = with_site_language(config)
    app = create_app()
    guard = SingleInstance(config.home)
    if not guard.acquire():
        return 0  # the kiosk already runs on this home: it was asked to come to the front
    window = build_window(config, app, locked=not (bench or windowed_requested(windowed)))
    guard.raise_requested.connect(window.lock.bring_to_front)
    window.resize(1366, 768)
    window.lock.show_window()
    if bench:
        # Benchmark mode: print the time to a sign-in screen showing its learners, then quit.
        def report() -> None:
            print(f"signin-ready {time.perf_counter() - started:.4f}", flush=True)
            if not smoke:
                QTimer.singleShot(0, app.quit)

        window.ready.connect(report)
    keep_database_healthy(window)
    window.start(paint_first=True)
    if smoke:  # after the start-up's tasks (store, lessons, site settings: queued first, in order)
        window.run_store(lambda _backend: None,
                         lambda _done: window.signin.when_painted(lambda: smoke_report(window, app)))
    code = app.exec()
    if window.learner is not None:
        window.sign_out("exit")
    window.staff_sign_out("exit")
    window.sync_timer.stop()
    window.tasks.shutdown()
    if window.store is not None:
        window.store.close()
    guard.release()
    return code
