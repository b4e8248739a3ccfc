"""One background worker for everything that touches the database or the disk.

Modelled on Anki's ``taskman``/``CollectionOp``: widgets hand a plain function to ``run``; it
runs on a single worker thread, in order (so a task may rely on the ones queued before it), and
``on_done(result)`` or ``on_error(exc)`` is called back on the main thread.  The function must
not touch widgets.  One worker keeps SQLite writes serialised and the UI thread free.
"""

from __future__ import annotations

import gc
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger("kiosk.tasks")

Callback = Callable[[Any], None]


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, value, is_error


def _receiver_alive(callback: Callback) -> bool:
    """False when ``callback`` is a method of a Qt object whose C++ side was deleted."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return shiboken6.isValid(owner)
    return True


class MainThreadGC(QObject):
    """Python's cyclic garbage collector, run only on the main thread.

    With a worker thread, an automatic collection may start on the worker and destroy Qt
    wrappers there, which crashes PySide.  So automatic collection is off while a worker runs
    and this timer collects on the main thread instead (the PyQt/Anki pattern)."""

    _users = 0

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        MainThreadGC._users += 1
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        l0, l1, l2 = gc.get_count()
        if l0 > self.threshold[0]:
            gc.collect(0)
            if l1 > self.threshold[1]:
                gc.collect(1)
                if l2 > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            MainThreadGC._users -= 1
            if MainThreadGC._users == 0:
                gc.enable()


class TaskRunner(QObject):
    """Run functions off the UI thread, one at a time, results back by signal."""

    error = Signal(object)  # an exception no on_error handled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gc = MainThreadGC(self)
        self._queue: queue.Queue[tuple[Callable[[], Any], Callback | None, Callback | None] | None] = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._work, name="kiosk-tasks", daemon=True)
        self._thread.start()

    def run(self, fn: Callable[[], Any], on_done: Callback | None = None, on_error: Callback | None = None) -> None:
        with self._lock:
            self._pending += 1
            self._idle.clear()
        self._queue.put((fn, on_done, on_error))

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            fn, on_done, on_error = item
            try:
                value = fn()
            except BaseException as exc:  # noqa: BLE001 - delivered to the main thread
                self._bridge.finished.emit(on_error, exc, True)
            else:
                self._bridge.finished.emit(on_done, value, False)
            finally:
                with self._lock:
                    self._pending -= 1
                    if self._pending == 0:
                        self._idle.set()

    def _deliver(self, callback: Callback | None, value: Any, is_error: bool) -> None:
        if callback is not None and not _receiver_alive(callback):
            return  # the screen that asked is gone (the person moved on): nothing to show
        try:
            if is_error:
                if callback is not None:
                    callback(value)
                else:
                    log.error("background task failed", exc_info=value)
                    self.error.emit(value)
            elif callback is not None:
                callback(value)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.info("a result arrived for a widget that was closed meanwhile; dropped")

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every queued task has run (callbacks may still be queued in Qt)."""
        return self._idle.wait(timeout)

    def shutdown(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        self.wait_idle(timeout)
        self._queue.put(None)
        self._thread.join(max(0.0, deadline - time.monotonic()))
        self._gc.stop()
