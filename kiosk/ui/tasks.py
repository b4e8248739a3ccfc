"""Background work, in lanes, with results, errors and progress back on the main thread.

Modelled on Anki's ``taskman``/``CollectionOp``: a widget hands a plain function to a lane; it
runs on that lane's worker thread(s) and ``on_done(result)`` or ``on_error(exc)`` is called back
on the main thread.  The function must not touch widgets (nor create Qt objects: they would
belong to the worker thread).

Three lanes, one runner::

    tasks.db.run(fn, on_done, on_error)        # the database: ONE thread, in order
    tasks.io.run(fn, on_done, on_error)        # files and network: a few threads, any order
    tasks.compute.run(fn, on_done, on_error)   # rendering and computation (PDF layout, ...)
    tasks.run(fn, on_done, on_error)           # = tasks.db.run (what every caller knew)
    tasks.run(fn, on_done, on_error, lane="io")

* ``db`` is serial, exactly as the single worker always was: a task may rely on the ones
  queued before it (the store is opened by the first task, later ones use it), and SQLite
  writes never wait for each other.
* ``io`` waits: network requests, slow disks.  Up to ``io_workers`` tasks run at once, so a
  dead server never holds up a file copy, and nothing there holds up the database.
* ``compute`` works the processor: one task at a time (a 2-core PC keeps a core for the UI).
  PySide6 keeps the GIL during long Qt calls (``QTextDocument`` layout), so a compute task that
  drives Qt for seconds runs it in a child process and waits for it (``kiosk.ui.pdf``).

**Hand-over.**  A task may return ``Then(lane, fn)``: ``fn`` then runs on that lane with the
same callbacks -- read on ``db``, lay out on ``compute``; or ``db`` -> ``io`` (network) ->
``db`` -- and ``on_done`` gets the last result.  Nothing waits on the main thread in between,
and ``wait_idle`` covers the whole chain.

**Progress.**  Pass ``on_progress=callback`` and the function is called with one argument,
``progress``, to call as often as it likes::

    def work(progress):
        for n, row in enumerate(rows, 1):
            ...
            progress(n, total)            # or progress(n, total, "rows"); progress(0.5, 1)
        return Then("compute", layout)    # layout(progress) gets the same progress

    tasks.db.run(work, done, failed, on_progress=lambda p: bar.setValue(p.done))

``callback(Progress(done, total, stage))`` is called on the main thread at most every
``progress_interval`` seconds (0.1 s) with the LATEST report (none is queued up behind a
slow UI), the last report always arrives, and always before ``on_done``/``on_error``.
``Progress.fraction`` is done/total (None when the total is unknown: a busy bar).

**Cancel.**  ``run`` returns a ``Task``; ``task.cancel()`` drops it if it has not started, and
otherwise makes its next ``progress(...)`` call raise ``Cancelled`` (a task holding a lock or
a file releases it in ``finally``).  ``on_error`` receives the ``Cancelled``; without an
``on_error`` a cancellation is silent.  ``task.wait(timeout)`` blocks until it finished.

**Safety kept from the single worker.**  A result for a widget whose C++ side was deleted
meanwhile is dropped (a person moved on); Python's cyclic GC runs only on the main thread
(``MainThreadGC``); a failed task's traceback frames are cleared on its own thread, so the
objects it made die there; an error nobody handles is logged and emitted as ``error``.
Signals carry one Python object each (PySide6 6.12.0 leaked on every emit; the pin excludes it).
"""

from __future__ import annotations

import gc
import logging
import queue
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger("kiosk.tasks")

Callback = Callable[[Any], None]
LANES = ("db", "io", "compute")
IO_WORKERS = 4
COMPUTE_WORKERS = 1
PROGRESS_INTERVAL_S = 0.1


class Cancelled(Exception):  # noqa: N818 - reads as what happened: the task was cancelled
    """The task was cancelled (``Task.cancel``) before it started or at a progress report."""


@dataclass(frozen=True)
class Progress:
    """One progress report: ``done`` of ``total`` (None: unknown), ``stage`` a free label."""

    done: float
    total: float | None = None
    stage: str | None = None

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return max(0.0, min(1.0, self.done / self.total))


@dataclass(frozen=True)
class Then:
    """Returned by a task: go on with ``fn`` on ``lane`` (same callbacks, same Task)."""

    lane: str
    fn: Callable[..., Any]


class _Bridge(QObject):
    finished = Signal(object)  # (task, value, is_error)
    progress = Signal(object)  # task


def _receiver_alive(callback: Callable | None) -> bool:
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


class Task:
    """A handle on one piece of background work (and the lanes it hands over to)."""

    def __init__(self, runner: TaskRunner, on_done: Callback | None, on_error: Callback | None,
                 on_progress: Callback | None) -> None:
        self._runner = runner
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self._cancel = threading.Event()
        self._started = False  # set on the worker when the first step begins
        self._ended = threading.Event()  # set on the worker when the last step returned
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._armed = False  # a progress signal is on its way to the main thread
        self._shown_at = 0.0  # main thread: when progress was last shown
        self._delivered = False  # main thread: on_done/on_error called (no progress after)

    def cancel(self) -> None:
        """Drop the task if it has not started; else its next progress report raises."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the task (and its hand-overs) ran; False on timeout."""
        return self._ended.wait(timeout)

    def report(self, done: float, total: float | None = None, stage: str | None = None) -> None:
        """The ``progress`` a task is given (called on the worker)."""
        if self._cancel.is_set():
            raise Cancelled
        if self.on_progress is None:
            return
        with self._lock:
            self._latest = Progress(done, total, stage)
            if self._armed:
                return  # the main thread will read the latest when the pending signal lands
            self._armed = True
        self._runner._emit(self._runner._bridge.progress, self)

    __call__ = report

    def _call(self, fn: Callable[..., Any]) -> Any:
        return fn(self) if self.on_progress is not None else fn()


class Lane:
    """A queue and up to ``workers`` threads, started when first needed."""

    def __init__(self, runner: TaskRunner, name: str, workers: int) -> None:
        self.runner = runner
        self.name = name
        self.workers = workers
        self._queue: queue.SimpleQueue[tuple[Task, Callable[..., Any]] | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._outstanding = 0  # queued + running
        self._lock = threading.Lock()

    def run(self, fn: Callable[..., Any], on_done: Callback | None = None,
            on_error: Callback | None = None, *, on_progress: Callback | None = None) -> Task:
        """Run ``fn()`` (``fn(progress)`` with ``on_progress``) on this lane; see the module."""
        task = Task(self.runner, on_done, on_error, on_progress)
        if not self.runner._accept():
            log.info("task runner stopped: a %s task was dropped", self.name)
            task._cancel.set()
            task._ended.set()
            return task
        self._put(task, fn)
        return task

    def _put(self, task: Task, fn: Callable[..., Any]) -> None:
        with self._lock:
            self._outstanding += 1
            if self._outstanding > len(self._threads) and len(self._threads) < self.workers:
                thread = threading.Thread(target=self._work, daemon=True,
                                          name=f"kiosk-{self.name}-{len(self._threads) + 1}")
                self._threads.append(thread)
                thread.start()
        self._queue.put((task, fn))

    def _work(self) -> None:
        runner = self.runner
        while True:
            item = self._queue.get()
            if item is None:
                return
            task, fn = item
            runner._wait_for_gate()
            try:
                if task.cancelled and not task._started:
                    raise Cancelled
                task._started = True
                value = task._call(fn)
                if isinstance(value, Then):
                    after = runner.lane(value.lane)
                    runner._hand_over()  # counted before this step ends: never idle between
                    after._put(task, value.fn)
                    continue
            except BaseException as exc:  # noqa: BLE001 - delivered to the main thread
                traceback.clear_frames(exc.__traceback__)  # its locals die here, on their thread
                task._ended.set()
                runner._emit(runner._bridge.finished, (task, exc, True))
            else:
                task._ended.set()
                runner._emit(runner._bridge.finished, (task, value, False))
            finally:
                with self._lock:
                    self._outstanding -= 1
                runner._task_left()
                item = task = fn = value = None  # nothing of the task outlives it here

    def _stop(self) -> list[threading.Thread]:
        with self._lock:
            threads = list(self._threads)
        for _ in threads:
            self._queue.put(None)
        return threads


class TaskRunner(QObject):
    """The lanes ``db``, ``io`` and ``compute``; results back by signal (see the module)."""

    error = Signal(object)  # an exception no on_error handled

    def __init__(self, parent: QObject | None = None, *, io_workers: int = IO_WORKERS,
                 compute_workers: int = COMPUTE_WORKERS,
                 progress_interval: float = PROGRESS_INTERVAL_S) -> None:
        super().__init__(parent)
        self._gc = MainThreadGC(self)
        self._pending = 0
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._closed = False
        self._gate = threading.Event()  # cleared by hold(): the lanes queue but do not start
        self._gate.set()
        self._held_until = 0.0
        self.progress_interval = progress_interval
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._bridge.progress.connect(self._progress_arrived)
        self.db = Lane(self, "db", 1)
        self.io = Lane(self, "io", max(1, io_workers))
        self.compute = Lane(self, "compute", max(1, compute_workers))

    def hold(self, at_most: float) -> None:
        """Queue tasks but start none until ``release()`` (or ``at_most`` seconds): the start-up
        paints the sign-in before the worker threads take the interpreter's lock to import
        SQLAlchemy and parse the lessons (on 2 cores they slowed the first paint by half).
        Order is kept: the tasks run as queued once released."""
        self._held_until = time.monotonic() + at_most
        self._gate.clear()

    def release(self) -> None:
        """Let held tasks start (see ``hold``); harmless when nothing is held."""
        self._gate.set()

    def _wait_for_gate(self) -> None:
        if not self._gate.is_set():
            self._gate.wait(max(0.0, self._held_until - time.monotonic()))

    def lane(self, name: str) -> Lane:
        if name not in LANES:
            raise ValueError(f"no lane {name!r} (lanes: {', '.join(LANES)})")
        return getattr(self, name)

    def run(self, fn: Callable[..., Any], on_done: Callback | None = None,
            on_error: Callback | None = None, *, lane: str = "db",
            on_progress: Callback | None = None) -> Task:
        """``fn`` on ``lane`` (the database lane unless said otherwise)."""
        return self.lane(lane).run(fn, on_done, on_error, on_progress=on_progress)

    # -- bookkeeping (any thread) -----------------------------------------------------------

    def _accept(self) -> bool:
        with self._lock:
            if self._closed:
                return False
            self._pending += 1
            self._idle.clear()
            return True

    def _hand_over(self) -> None:
        with self._lock:
            self._pending += 1

    def _task_left(self) -> None:
        with self._lock:
            self._pending -= 1
            if self._pending == 0:
                self._idle.set()

    def _emit(self, signal: Any, payload: object) -> None:
        try:
            signal.emit(payload)
        except RuntimeError:  # the runner was deleted (the app is closing): nobody to tell
            log.debug("a result arrived after the task runner was deleted; dropped")

    # -- the main thread --------------------------------------------------------------------

    def _progress_arrived(self, task: Task) -> None:
        if task._delivered:
            return
        wait = task._shown_at + self.progress_interval - time.monotonic()
        if wait > 0:
            QTimer.singleShot(int(wait * 1000) + 1, self, partial(self._show_progress, task))
        else:
            self._show_progress(task)

    def _show_progress(self, task: Task) -> None:
        with task._lock:
            if not task._armed or task._delivered:
                return
            task._armed = False
            latest = task._latest
        task._shown_at = time.monotonic()
        callback = task.on_progress
        if callback is None or latest is None or not _receiver_alive(callback):
            return
        self._call(callback, latest)

    def _deliver(self, payload: tuple[Task, Any, bool]) -> None:
        task, value, is_error = payload
        if task._armed:
            self._show_progress(task)  # the last report comes before the result
        task._delivered = True
        callback = task.on_error if is_error else task.on_done
        if callback is not None and not _receiver_alive(callback):
            return  # the screen that asked is gone (the person moved on): nothing to show
        if is_error and callback is None:
            if not isinstance(value, Cancelled):
                log.error("background task failed", exc_info=value)
                self.error.emit(value)
            return
        if callback is not None:
            self._call(callback, value)

    def _call(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.info("a result arrived for a widget that was closed meanwhile; dropped")

    # -- waiting and stopping ---------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Tasks queued or running, on every lane."""
        return self._pending

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every queued task on every lane has run, hand-overs included
        (callbacks may still be queued in Qt)."""
        return self._idle.wait(timeout)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Take no new task, let the queued ones (and their hand-overs) finish, stop the
        threads.  Past ``timeout`` the threads are left to finish on their own (daemons)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self._closed = True
        self.release()
        if self.wait_idle(timeout):
            self._stop_lanes(deadline)
        else:
            log.warning("task runner: %d task(s) still running at shutdown", self._pending)

            def stop_when_idle() -> None:
                self._idle.wait()
                self._stop_lanes(time.monotonic())

            threading.Thread(target=stop_when_idle, name="kiosk-tasks-stop", daemon=True).start()
        self._gc.stop()

    def _stop_lanes(self, deadline: float) -> None:
        threads = [t for lane in (self.db, self.io, self.compute) for t in lane._stop()]
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))
