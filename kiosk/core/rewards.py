"""Stars for a score: encouraging, never zero for finishing."""

from __future__ import annotations


def stars_for(score: float) -> int:
    """1 star for finishing, 2 from 60 % right at the first try, 3 from 90 %."""
    if score >= 0.9:
        return 3
    if score >= 0.6:
        return 2
    return 1
