"""The task runner: order, callbacks on the main thread, and results for closed screens."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from kiosk.ui.tasks import TaskRunner


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
