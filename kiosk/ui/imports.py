"""Import pure-Python libraries without PySide6's import hook.

Once PySide6 is imported it replaces ``builtins.__import__`` with a hook that, for every module
imported afterwards, reads the module's whole source through ``inspect.getsource`` (to see
whether it mentions PySide6; see shibokensupport/feature.py ``_mod_uses_pyside``).  For
SQLAlchemy that is ~18 MB of source lines kept in ``linecache`` and a slower import.  The kiosk
uses no ``__feature__`` switches, so its non-Qt dependencies are imported with Python's
original importer (``builtins.__orig_import__``, which PySide6 keeps).
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_hooked = None


@contextmanager
def plain_imports() -> Iterator[None]:
    global _depth, _hooked
    original = getattr(builtins, "__orig_import__", None)
    if original is None:
        yield
        return
    with _lock:
        if _depth == 0:
            _hooked = builtins.__import__
            builtins.__import__ = original
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _hooked is not None:
                builtins.__import__ = _hooked
                _hooked = None


def preload() -> None:
    """Import what opening the database and loading the lessons need (on the worker thread)."""
    with plain_imports():
        import kiosk.content.catalog  # noqa: F401
        import kiosk.backend  # noqa: F401


def preload_lessons() -> None:
    """Import what a lesson's pages need (Python-Markdown, nh3): on the worker thread when a
    learner signs in, not before the sign-in screen (~8 MB less at start-up, issue 14.5)."""
    with plain_imports():
        import kiosk.content.render  # noqa: F401
