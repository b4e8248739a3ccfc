"""A lesson's page flow: which page comes after this one (``Lesson.next_page``).

Linear by default. A kind may branch: its ``next_page`` hook sees the answer given on the page
(none does yet: ``scenario`` keeps its whole story inside one widget)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Lesson


def next_page(lesson: Lesson, index: int, answers: Mapping[str, Any]) -> int | None:
    """The page after page ``index`` (0-based) given ``answers`` ({activity id: answer}); None
    when the lesson ends there."""
    from .activities import KINDS

    for activity in lesson.pages[index].activities:
        kind = KINDS.get(activity.kind)
        if kind is not None and activity.id in answers:
            target = kind.next_page(activity, answers[activity.id], lesson)
            if target is not None and 0 <= target < len(lesson.pages):
                return target
    return index + 1 if index + 1 < len(lesson.pages) else None
