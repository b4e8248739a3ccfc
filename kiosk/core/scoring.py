"""Pure progress rules (no database): clamping, page progress, first-attempt scores."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime


def clamp01(value: float) -> float:
    """``value`` forced into [0, 1]; NaN counts as 0."""
    if math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, float(value)))


def page_progress(page_index: int, page_count: int) -> float:
    """Share of a lesson seen once page ``page_index`` (0-based) of ``page_count`` is shown."""
    if page_count < 1:
        raise ValueError(f"page_count must be at least 1, got {page_count}")
    if not 0 <= page_index < page_count:
        raise ValueError(f"page_index {page_index} is outside 0..{page_count - 1}")
    return clamp01((page_index + 1) / page_count)


def merged_progress(old: float, new: float) -> float:
    """Progress never goes back: the larger of the two, clamped."""
    return max(clamp01(old), clamp01(new))


def best_score(old: float | None, new: float) -> float:
    return clamp01(new) if old is None else max(clamp01(old), clamp01(new))


def first_attempt_score(question_ids: Iterable[str], attempts: Iterable[tuple[str, bool]]) -> float:
    """Share of ``question_ids`` whose FIRST attempt (in ``attempts``' order) was correct.

    ``question_ids`` are the graded questions only: attempts at anything else (an ungraded
    activity kind) are ignored.

    A question never attempted counts as not correct; no questions at all scores 1.0
    (a lesson with nothing to answer is simply done).
    """
    wanted = list(dict.fromkeys(question_ids))  # unique, keep order
    if not wanted:
        return 1.0
    first: dict[str, bool] = {}
    for question_id, correct in attempts:
        first.setdefault(question_id, bool(correct))
    right = sum(1 for question_id in wanted if first.get(question_id, False))
    return right / len(wanted)


def elapsed_seconds(start: datetime, end: datetime) -> int:
    """Whole seconds from ``start`` to ``end``, never negative (clocks can step back)."""
    return max(0, int((end - start).total_seconds()))
