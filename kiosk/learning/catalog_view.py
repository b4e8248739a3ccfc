"""Which modules and lessons a learner sees: the domain rule, in one place (the home screen, the
lesson run, the staff reports and the tests ask here, never decide for themselves).

A learner sees a lesson when one of its ``audience`` tags serves their age band, and a module
when it serves their band and has at least one such lesson; the module they are given holds
only those lessons, so its progress ("2 of 3"), its completion and "Seguir donde quedé" count
what they can open.  Staff see every lesson (``band=None``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from kiosk.core.people import AUDIENCE_TAGS, AgeBand

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kiosk.content.model import Catalog, LessonEntry, Module, Track


def _serves(tags: Iterable[str], age_band: AgeBand | str) -> bool:
    band = AgeBand(age_band)
    return any(band in AUDIENCE_TAGS.get(tag, set()) for tag in tags)


def sees(module: Module, age_band: AgeBand | str) -> bool:
    """True when one of the module's audience tags serves ``age_band``."""
    return _serves(module.audience, age_band)


def sees_lesson(entry: LessonEntry, age_band: AgeBand | str) -> bool:
    """True when one of the lesson's audience tags (its Spanish file's) serves ``age_band``."""
    return _serves(entry.audience, age_band)


def for_band(module: Module, age_band: AgeBand | str | None) -> Module | None:
    """``module`` with only the lessons ``age_band`` sees (all of them for ``None``: staff), or
    None when that band sees none of it."""
    if age_band is None:
        return module
    if not sees(module, age_band):
        return None
    lessons = tuple(entry for entry in module.lessons if sees_lesson(entry, age_band))
    if not lessons:
        return None
    if len(lessons) == len(module.lessons):
        return module
    return dataclasses.replace(module, lessons=lessons)


def module_for(catalog: Catalog | None, module_id: str, age_band: AgeBand | str | None) -> Module | None:
    """The module ``module_id`` as a learner of ``age_band`` sees it (``for_band``)."""
    module = catalog.module(module_id) if catalog is not None else None
    return for_band(module, age_band) if module is not None else None


def modules_for(catalog: Catalog | None, age_band: AgeBand | str) -> list[tuple[Track, Module]]:
    """The (track, module) pairs a learner of ``age_band`` sees, in the catalog's order, each
    module holding only the lessons of that band."""
    if catalog is None:
        return []
    out = []
    for track in catalog.tracks:
        for module in track.modules:
            shown = for_band(module, age_band)
            if shown is not None:
                out.append((track, shown))
    return out


def sensitive_lessons(catalog: Catalog | None, lesson_ids: Iterable[str]) -> list[str]:
    """The lessons of ``lesson_ids`` marked ``sensitive: true``: the staff reports show their
    counts, never their scores or answers."""
    if catalog is None:
        return []
    out = []
    for lesson_id in lesson_ids:
        entry = catalog.lesson_entry(lesson_id)
        if entry is not None and entry.sensitive:
            out.append(lesson_id)
    return out


__all__ = ["for_band", "sensitive_lessons", "module_for", "modules_for", "sees", "sees_lesson"]
