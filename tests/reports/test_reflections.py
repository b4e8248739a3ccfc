"""Reflections in the reports: counts per preset for a group, each learner once (their latest
answer), nothing below 3 learners, never a learner's name or id (kiosk/learning/reflections.py)."""

from __future__ import annotations

from dataclasses import fields

from kiosk.learning.reflections import MIN_LEARNERS, ReflectionCounts
from tests.reports.conftest import L1, at, learner, make_class

QUESTION = f"{L1}#como-me-siento"
OTHER = f"{L1}#desde-hoy"


def reflect(store, learner_id: str, chosen: list[tuple[str, str]], minute: float) -> None:
    visit = store.progress.start_visit(learner_id, None, L1, "1.0.0", "es", 4, now=at(minute))
    for n, (question, preset) in enumerate(chosen):
        store.progress.record_attempt(visit, question, {"chosen": [preset]}, True, now=at(minute + n + 1))
    store.progress.end_visit(visit, now=at(minute + 5))


def test_counts_per_preset_for_the_class_only_from_three_learners(store):
    ana, beto, caro, dani = (learner(store, n) for n in ("Ana", "Beto", "Caro", "Dani"))
    klass = make_class(store, "5.º A", [ana, beto, caro])
    reflect(store, ana, [(QUESTION, "dudo"), (OTHER, "cerrar")], 0)
    reflect(store, beto, [(QUESTION, "tranquilo")], 10)
    reflect(store, dani, [(QUESTION, "preocupado")], 20)  # not in the class

    [few] = store.reports.reflection_counts(klass, [QUESTION])
    assert few == ReflectionCounts(QUESTION, L1, 2, ())  # too few: nothing shown
    assert few.hidden and MIN_LEARNERS == 3

    reflect(store, caro, [(QUESTION, "dudo")], 30)
    reflect(store, beto, [(QUESTION, "dudo")], 40)  # Beto changed his mind: his latest counts
    counts = store.reports.reflection_counts(klass, [OTHER, QUESTION, f"{L1}#nadie"])
    assert counts == [
        ReflectionCounts(OTHER, L1, 1, ()),
        ReflectionCounts(QUESTION, L1, 3, (('{"chosen":["dudo"]}', 3),)),
    ]
    [site] = store.reports.reflection_counts(None, [QUESTION])  # the whole telecenter
    assert site.counts == (('{"chosen":["dudo"]}', 3), ('{"chosen":["preocupado"]}', 1))
    assert {f.name for f in fields(ReflectionCounts)} == {"question_id", "lesson_id", "learners", "counts"}
    assert store.reports.reflection_counts(klass, []) == []
