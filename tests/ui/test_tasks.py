"""The task runner: order, callbacks on the main thread, and results for closed screens; its
lanes (database serial, I/O and compute alongside), hand-overs, progress, errors, cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.ui.tasks import Cancelled, Progress, TaskRunner, Then


def test_tasks_run_in_order_off_the_main_thread_and_call_back_on_it(qtbot):
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    main = threading.get_ident()
    for i in range(5):
        runner.run(lambda i=i: (i, threading.get_ident() != main), seen.append)
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen == [(i, True) for i in range(5)]
    runner.shutdown()


def test_a_result_for_a_closed_widget_is_dropped(qtbot):
    runner = TaskRunner()
    gate = threading.Event()
    target = QLabel()
    runner.run(lambda: gate.wait(5) and "hola", target.setText)
    runner.run(lambda: "ok", lambda v: None)
    target.deleteLater()
    qtbot.wait(10)  # the label's C++ object is gone before the result arrives
    gate.set()
    assert runner.wait_idle(5)
    qtbot.wait(50)  # no RuntimeError reaches Qt's event loop
    runner.shutdown()


# -- lanes -------------------------------------------------------------------------------------


@pytest.fixture
def runner(qtbot):
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(5)


def lane_of_this_thread() -> str:
    return threading.current_thread().name.split("-")[1]  # "kiosk-io-2" -> "io"


def test_run_is_the_database_lane_and_each_lane_runs_on_its_own_threads(qtbot, runner):
    seen: dict[str, str] = {}
    runner.run(lambda: lane_of_this_thread(), lambda v: seen.setdefault("run", v))
    for lane in ("db", "io", "compute"):
        runner.lane(lane).run(lambda: lane_of_this_thread(), lambda v, lane=lane: seen.setdefault(lane, v))
    qtbot.waitUntil(lambda: len(seen) == 4)
    assert seen == {"run": "db", "db": "db", "io": "io", "compute": "compute"}
    with pytest.raises(ValueError):
        runner.run(lambda: None, lane="gpu")


def test_the_database_lane_keeps_order_even_with_slow_tasks(qtbot, runner):
    seen: list[int] = []
    for i in range(30):
        runner.db.run(lambda i=i: (time.sleep(0.002 * (i % 3)), i)[1], seen.append)
    qtbot.waitUntil(lambda: len(seen) == 30)
    assert seen == list(range(30))


def test_lanes_run_concurrently(qtbot, runner):
    """The database lane held by a slow task does not hold the others, and the I/O lane runs
    several waits at once (each of these two only ends once the other has started)."""
    db_gate = threading.Event()
    first, second = threading.Event(), threading.Event()
    done: list[str] = []
    runner.db.run(lambda: db_gate.wait(10) and "db", done.append)
    runner.io.run(lambda: (first.set(), second.wait(5))[1] and "io-1", done.append)
    runner.io.run(lambda: (second.set(), first.wait(5))[1] and "io-2", done.append)
    runner.compute.run(lambda: sum(range(10_000)) and "compute", done.append)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5_000)
    assert sorted(done) == ["compute", "io-1", "io-2"]
    assert runner.pending == 1 and not runner.wait_idle(0.05)  # the database task still waits
    db_gate.set()
    assert runner.wait_idle(5)
    qtbot.waitUntil(lambda: len(done) == 4)


def test_progress_arrives_on_the_main_thread_throttled_latest_and_before_the_result(qtbot, runner):
    main = threading.get_ident()
    events: list[tuple] = []
    release = threading.Event()

    def work(progress):
        for n in range(1, 2001):
            progress(n, 2000, "rows")
            if n == 1000:
                release.wait(5)  # the UI gets to show the half-way report while we wait
        return "written"

    runner.db.run(work, lambda v: events.append(("done", v, threading.get_ident() == main)),
                  on_progress=lambda p: events.append(("progress", p, threading.get_ident() == main)))
    qtbot.waitUntil(lambda: any(e[0] == "progress" and e[1].done == 1000 for e in events), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: events and events[-1][0] == "done", timeout=5_000)
    progress = [e[1] for e in events if e[0] == "progress"]
    assert all(e[2] for e in events)  # every callback on the main thread
    assert events[-1] == ("done", "written", True)
    assert progress[-1] == Progress(2000, 2000, "rows") and progress[-1].fraction == 1.0
    assert len(progress) < 50  # 2000 reports, throttled to a few a second
    assert [p.done for p in progress] == sorted(p.done for p in progress)


@pytest.mark.error_logs_expected
def test_errors_are_delivered_and_unhandled_ones_logged(qtbot, runner, caplog):
    main = threading.get_ident()
    got: list = []
    runner.io.run(lambda: 1 / 0, None, lambda exc: got.append((type(exc), threading.get_ident() == main)))
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(ZeroDivisionError, True)]
    with qtbot.waitSignal(runner.error, timeout=5_000) as blocker:
        runner.compute.run(lambda: {}["missing"])
    assert isinstance(blocker.args[0], KeyError)
    assert any(r.name == "kiosk.tasks" and r.levelname == "ERROR" for r in caplog.records)


def test_a_hand_over_runs_on_the_next_lane_with_the_same_callbacks(qtbot, runner):
    trail: list[str] = []
    results: list = []
    failures: list = []

    def read():
        trail.append(lane_of_this_thread())
        return Then("io", lambda: (trail.append(lane_of_this_thread()), Then("db", write))[1])

    def write():
        trail.append(lane_of_this_thread())
        return len(trail)

    runner.db.run(read, results.append, failures.append)
    runner.db.run(lambda: Then("compute", lambda: 1 / 0), results.append, failures.append)
    qtbot.waitUntil(lambda: bool(results) and bool(failures))
    assert trail == ["db", "io", "db"] and results == [3]
    assert [type(e) for e in failures] == [ZeroDivisionError]


def test_wait_idle_covers_every_lane_and_every_hand_over(qtbot, runner):
    finished = threading.Event()

    def last():
        time.sleep(0.2)
        finished.set()

    runner.db.run(lambda: Then("io", lambda: (time.sleep(0.2), Then("compute", last))[1]))
    runner.io.run(lambda: time.sleep(0.3))
    assert not runner.wait_idle(0.05)
    assert runner.wait_idle(5) and finished.is_set()
    assert runner.pending == 0


def test_cancel_before_the_start_and_at_a_progress_report(qtbot, runner):
    gate = threading.Event()
    ran: list[str] = []
    errors: list = []
    runner.db.run(lambda: gate.wait(5))
    queued = runner.db.run(lambda: ran.append("queued"), None, errors.append)
    started = threading.Event()

    def long(progress):
        started.set()
        for n in range(1000):
            time.sleep(0.01)
            progress(n, 1000)
        ran.append("long finished")

    running = runner.io.run(long, None, errors.append, on_progress=lambda p: None)
    queued.cancel()
    assert started.wait(5)
    running.cancel()
    gate.set()
    assert runner.wait_idle(5) and running.wait(1) and queued.wait(1)
    qtbot.waitUntil(lambda: len(errors) == 2)
    assert ran == [] and all(isinstance(e, Cancelled) for e in errors)
    runner.db.run(lambda: None).cancel()  # without on_error a cancellation is silent
    assert runner.wait_idle(5)


def test_progress_for_a_closed_widget_is_dropped(qtbot, runner):
    label = QLabel()
    gate = threading.Event()

    def work(progress):
        progress(1, 2)
        gate.wait(5)
        progress(2, 2)

    runner.db.run(work, on_progress=lambda p, label=label: label.setText(str(p.done)))
    qtbot.waitUntil(lambda: label.text() == "1")
    runner.db.run(lambda progress: progress(5, 5), on_progress=label.setText)  # a bound method
    label.deleteLater()
    qtbot.wait(10)
    gate.set()
    assert runner.wait_idle(5)
    qtbot.wait(150)  # the late reports find no label: no RuntimeError reaches Qt


def test_shutdown_stops_every_lane_and_drops_later_tasks(qtbot):
    tasks = TaskRunner()
    for lane in ("db", "io", "compute"):
        tasks.lane(lane).run(lambda: time.sleep(0.05))
    threads = [t for lane in (tasks.db, tasks.io, tasks.compute) for t in lane._threads]
    assert {t.name.split("-")[1] for t in threads} == {"db", "io", "compute"}
    tasks.shutdown(5)
    assert tasks.pending == 0
    assert not any(t.is_alive() for t in threads)
    late = tasks.run(lambda: 1 / 0)
    assert late.cancelled and tasks.pending == 0


def test_held_tasks_wait_for_release_and_keep_their_order(qtbot):
    """``hold`` (the kiosk's start: paint the sign-in first) queues without starting."""
    runner = TaskRunner()
    ran: list[str] = []
    runner.hold(30.0)
    runner.run(lambda: ran.append("db 1"))
    runner.run(lambda: ran.append("db 2"))
    runner.run(lambda: ran.append("io"), lane="io")
    assert not runner.wait_idle(0.3)
    assert ran == []
    runner.release()
    assert runner.wait_idle(5)
    assert ran.index("db 1") < ran.index("db 2") and sorted(ran) == ["db 1", "db 2", "io"]
    runner.shutdown()


def test_a_hold_never_outlasts_its_limit_nor_the_shutdown(qtbot):
    runner = TaskRunner()
    ran: list[str] = []
    runner.hold(0.2)  # nobody releases: the tasks start anyway once the limit has passed
    runner.run(lambda: ran.append("late"))
    assert runner.wait_idle(5) and ran == ["late"]
    runner.hold(30.0)
    runner.run(lambda: ran.append("at shutdown"))
    runner.shutdown(timeout=5)  # shutdown lets the queued work run
    assert ran == ["late", "at shutdown"]
