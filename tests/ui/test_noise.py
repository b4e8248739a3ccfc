"""The suite's noise guards really guard: an error logged by background work, and an error
banner left on screen, are caught (tests/conftest.py fails the test that leaves them)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_no_problem_banner


def test_an_error_raised_by_background_work_is_caught(qtbot, _fail_on_error_logs):
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        runner.run(lambda: 1 / 0)  # nobody handles it
        qtbot.waitUntil(lambda: bool(_fail_on_error_logs.records), timeout=5000)
    finally:
        runner.shutdown()
    [record] = _fail_on_error_logs.records
    assert record.getMessage() == "background task failed"
    assert isinstance(record.exc_info[1], ZeroDivisionError)
    _fail_on_error_logs.records.clear()  # seen: this test expected it


@pytest.mark.error_logs_expected
def test_an_error_banner_left_on_screen_is_caught(qtbot, make_window):
    window = make_window()
    assert_no_problem_banner(window)
    window.show_problem(RuntimeError("boom"))
    with pytest.raises(pytest.fail.Exception, match="error banner was left on screen"):
        assert_no_problem_banner(window)
    window.banner.hide()
