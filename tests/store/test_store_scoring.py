"""The pure progress rules in kiosk.core.scoring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core import scoring


@pytest.mark.parametrize(
    ("value", "expected"), [(-0.5, 0.0), (0.0, 0.0), (0.4, 0.4), (1.0, 1.0), (7.0, 1.0),
                            (float("nan"), 0.0)]
)
def test_clamp01(value: float, expected: float) -> None:
    assert scoring.clamp01(value) == expected


def test_page_progress() -> None:
    assert scoring.page_progress(0, 4) == 0.25
    assert scoring.page_progress(3, 4) == 1.0
    assert scoring.page_progress(0, 1) == 1.0
    for index, count in [(4, 4), (-1, 3), (0, 0)]:
        with pytest.raises(ValueError):
            scoring.page_progress(index, count)


def test_merged_progress_never_goes_back() -> None:
    assert scoring.merged_progress(0.75, 0.25) == 0.75
    assert scoring.merged_progress(0.25, 0.75) == 0.75
    assert scoring.merged_progress(0.5, 3.0) == 1.0


def test_best_score() -> None:
    assert scoring.best_score(None, 0.5) == 0.5
    assert scoring.best_score(0.8, 0.5) == 0.8
    assert scoring.best_score(0.2, 0.5) == 0.5


def test_first_attempt_score() -> None:
    attempts = [("q1", False), ("q1", True), ("q2", True), ("q2", False), ("other", True)]
    assert scoring.first_attempt_score(["q1", "q2", "q3"], attempts) == pytest.approx(1 / 3)
    assert scoring.first_attempt_score(["q2", "q2"], attempts) == 1.0  # duplicates count once
    assert scoring.first_attempt_score([], attempts) == 1.0


def test_elapsed_seconds_is_never_negative() -> None:
    start = datetime(2026, 3, 2, tzinfo=UTC)
    assert scoring.elapsed_seconds(start, start + timedelta(seconds=90.9)) == 90
    assert scoring.elapsed_seconds(start, start - timedelta(seconds=5)) == 0
