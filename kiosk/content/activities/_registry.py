"""Finding the kinds: every module of this package not starting with ``_`` that defines ``KIND``."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ._base import ActivityKind

if TYPE_CHECKING:
    from kiosk.content.model import Activity, Lesson

# Named by the spec, filled in by later releases; the checker reports them as not yet supported.
_SPEC_KINDS = ("order", "match", "scenario", "reflect", "turtle")


def _discover() -> dict[str, ActivityKind]:
    found: list[ActivityKind] = []
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name.startswith("_"):
            continue
        kind = getattr(importlib.import_module(f"{__package__}.{info.name}"), "KIND", None)
        if isinstance(kind, ActivityKind):
            found.append(kind)
    found.sort(key=lambda k: (k.order, k.name))
    return {kind.name: kind for kind in found}


KINDS: dict[str, ActivityKind] = _discover()
PLANNED: tuple[str, ...] = tuple(k for k in _SPEC_KINDS if k not in KINDS)


def kind_of(activity: Activity | str) -> ActivityKind:
    """The kind of ``activity`` (or the kind named so); KeyError for an unknown one."""
    return KINDS[activity if isinstance(activity, str) else activity.kind]


def graded_questions(lesson: Lesson) -> list[str]:
    """The question keys that count in ``lesson``'s score (graded kinds only)."""
    return [lesson.question_key(a) for a in lesson.activities if kind_of(a).graded]


def names(kinds: Iterable[str] | None = None) -> str:
    """The kinds for a message to authors: ``single, multi o truefalse``."""
    listed = list(KINDS if kinds is None else kinds)
    return listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} o {listed[-1]}"
