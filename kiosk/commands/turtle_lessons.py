"""The turtle challenges of a lesson tree, for ``kiosk lessons check`` and ``kiosk turtle check``.

``kiosk.content`` may not run programs (it stands alone: tests/test_architecture.py), so the
command line hands ``challenge_problems`` to ``kiosk.content.check.run_check``: for every turtle
activity of every lesson file (every language), the reference solution must run and pass its
own challenge, the near miss must fail it, and a translation's solution must draw what the
Spanish one draws (``kiosk.turtle.challenge.spec_problems``). Each problem is an error at the
activity's line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.content.model import DEFAULT_LANG, Problem, version_change

if TYPE_CHECKING:
    from kiosk.content.catalog import TreeScan
    from kiosk.content.model import Activity, Catalog, Lesson

KIND = "turtle"


def turtle_activities(catalog: Catalog):
    """``(lesson, activity, spanish activity or None)`` for every turtle activity of every lesson
    file, demo tracks included; the Spanish activity only for a translation to compare."""
    tracks = (*catalog.tracks, *catalog.demo_tracks)
    for module in (m for t in tracks for m in t.modules):
        for entry in module.lessons:
            original = entry.versions.get(DEFAULT_LANG)
            for lang, lesson in entry.versions.items():
                compare = (lang != DEFAULT_LANG and original is not None and lesson.translation_of is not None
                           and version_change(lesson.translation_of, original.version) != "major")
                for activity in lesson.activities:
                    if activity.kind != KIND:
                        continue
                    spanish = original.activity(activity.id) if compare and original is not None else None
                    if spanish is not None and spanish.kind != KIND:
                        spanish = None
                    yield lesson, activity, spanish


def activity_problems(lesson: Lesson, activity: Activity, spanish: Activity | None = None) -> list[Problem]:
    from kiosk.turtle.challenge import spec_problems

    said = spec_problems(activity.spec, lesson.lang, spanish.spec if spanish is not None else None, DEFAULT_LANG)
    return [Problem(lesson.path, activity.line, f"desafío «{activity.id}»: {text}") for text in said]


def challenge_problems(scan: TreeScan) -> list[Problem]:
    """Every turtle challenge of the tree, run and checked (``kiosk lessons check``)."""
    problems: list[Problem] = []
    for lesson, activity, spanish in turtle_activities(scan.catalog):
        problems.extend(activity_problems(lesson, activity, spanish))
    return problems
