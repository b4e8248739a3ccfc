"""Standard-library modules the kiosk's window never uses, loaded only when something does.

SQLAlchemy 2 imports ``asyncio`` (and with it ``ssl``, ``socket``'s event loops, OpenSSL's
libssl) and ``importlib.metadata`` (``email``, ``zipfile``, ``csv``...) when it is imported,
for its async engines and plugin entry points -- neither of which the kiosk uses -- and the
log's ``logging.handlers`` imports ``socket`` for handlers the kiosk does not use (only sending
counts to the collector needs it, and loads it then); ``hashlib`` and ``hmac`` (which SQLAlchemy,
``secrets`` and the PIN code import) load OpenSSL's libcrypto, used only when a PIN or a picture
password is checked (scrypt) -- the one digest of every start is ``kiosk.core.digest``'s.  In
the kiosk's process that is ~15 MB of its peak memory (issue 14.5: budget 110 MB on a 2 GB PC).

``defer()`` puts a stand-in module in ``sys.modules`` for each name not imported yet.  An
``import asyncio`` statement gets the stand-in and costs nothing; the first attribute anybody
reads from it imports the real module, which then replaces the stand-in everywhere it matters
(``sys.modules``, the parent package's attribute) and the stand-in forwards to it from then on.
So nothing can break: at worst a module is loaded after all and the memory is spent as before.

One attribute is read while SQLAlchemy is being imported: ``iscoroutine = asyncio.iscoroutine``
(``sqlalchemy/util/concurrency.py``, used only on its greenlet path).  The stand-in answers it
with a function that imports asyncio when CALLED, so importing SQLAlchemy reads nothing else.
Likewise ``secrets`` reads ``hmac.compare_digest`` as it is imported: the stand-in has
``_operator._compare_digest``, the constant-time comparison hmac itself uses without OpenSSL.
``from X import y`` asks whether X is a package (``__path__``): a stand-in of a plain module
says no without loading it.
``tests/test_deferred_modules.py`` checks, in a fresh process, that opening the kiosk's back
end leaves each of them unloaded, and that using them still works.

Only the kiosk's window process calls ``defer()`` (``kiosk.cli`` before it imports the window's
modules); the command line, the collector and the tests import the real
modules as usual.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

DEFERRED = ("asyncio", "importlib.metadata", "socket", "hashlib", "hmac")
_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """A module not imported yet: the first attribute read imports it."""

    def __getattr__(self, attr: str) -> Any:  # only for what the stand-in lacks, __path__ too
        if attr == "__wrapped__":  # inspect.unwrap's probe (PySide6's import hook asks every
            raise AttributeError(attr)  # module): no module of the standard library has one
        if attr == "__path__" and self.__spec__.submodule_search_locations is None:
            raise AttributeError(attr)  # "from hmac import x" asks: only a package has one
        return getattr(_load(self), attr)


def _load(stand_in: _Deferred) -> types.ModuleType:
    name = stand_in.__name__
    with _lock:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
            real = importlib.import_module(name)  # also sets the parent package's attribute
        else:
            real = sys.modules[name]
        if type(stand_in) is _Deferred:
            stand_in.__dict__.update(real.__dict__)  # whoever kept the stand-in reads the real one
            stand_in.__class__ = types.ModuleType
    return real


def _stand_in(name: str) -> _Deferred | None:
    spec = importlib.util.find_spec(name)
    if spec is None:
        return None
    module = _Deferred(name)
    module.__spec__ = spec
    module.__file__ = spec.origin
    if name == "asyncio":
        def iscoroutine(obj: object) -> bool:
            return _load(module).iscoroutine(obj)

        module.iscoroutine = iscoroutine  # type: ignore[attr-defined]
    if name == "hmac":
        from _operator import _compare_digest

        module.compare_digest = _compare_digest  # type: ignore[attr-defined]
    return module


def defer(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Stand-ins for ``names`` not imported yet; returns the names deferred."""
    done = []
    with _lock:
        for name in names:
            if name in sys.modules:
                continue
            module = _stand_in(name)
            if module is None:
                continue
            sys.modules[name] = module
            parent, _, child = name.rpartition(".")
            if parent:
                setattr(sys.modules[parent], child, module)
            done.append(name)
    return done


def loaded(name: str) -> bool:
    """Whether the real module ``name`` has been imported (not only its stand-in)."""
    module = sys.modules.get(name)
    return module is not None and type(module) is not _Deferred
