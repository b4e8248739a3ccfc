"""A reflection never leaves the PC (lessons/README.md, "reflect"): two kiosks where the same
learner lives the same afternoon and only the preset chosen differs send exactly the same cells
and USB bundle, and nothing sent names the question or the answer."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta
from pathlib import Path

from kiosk.backend import Backend
from kiosk.content.activities import graded_questions
from kiosk.content.catalog import load_catalog
from kiosk.resources import lessons_dir
from kiosk.sync.bundle import export_bundle
from tests.sync.conftest import T0, outbox_values

LESSON = "muestra/todas-las-actividades/reflect"
MODULE = "muestra/todas-las-actividades"


def afternoon(home: Path, preset: str) -> tuple[dict, bytes, float]:
    """A learner does the reflection lesson choosing ``preset`` (where it is offered, else the
    last preset); the outbox cells, the USB bundle's cells and the lesson's score."""
    catalog = load_catalog(lessons_dir())
    lesson = catalog.lesson(LESSON, "es")
    module = catalog.module(MODULE)
    with Backend.open(home / "kiosk.sqlite3") as store:
        learner = store.learners.register("Ramona", "tatu.svg", "8-11", "learner", now=T0).id
        p = store.progress
        session = p.sign_in(learner, now=T0)
        visit = p.start_visit(learner, session, LESSON, lesson.version, "es", len(lesson.pages),
                              now=T0 + timedelta(minutes=1))
        for index in range(len(lesson.pages)):
            p.record_page(visit, index, len(lesson.pages), now=T0 + timedelta(minutes=2 + index))
        for n, activity in enumerate(lesson.activities):
            assert activity.kind == "reflect"
            chosen = preset if preset in activity.option_ids else activity.option_ids[-1]
            p.record_attempt(visit, lesson.question_key(activity), {"chosen": [chosen]}, True,
                             now=T0 + timedelta(minutes=3, seconds=n))
        result = p.complete_lesson(visit, graded_questions(lesson), module.id, module.version,
                                   list(module.lesson_ids), now=T0 + timedelta(minutes=9))
        cells = outbox_values(store)
        usb = home / "usb"
        usb.mkdir()
        exported = export_bundle(store.db, home, usb, now=T0 + timedelta(hours=1))
        with zipfile.ZipFile(exported.path) as zf:  # the manifest and signature: no cell data
            return cells, zf.read("cells.jsonl"), result.score


def test_the_preset_chosen_changes_nothing_that_is_sent(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    cells_a, sent_a, score_a = afternoon(tmp_path / "a", "tranquilo")
    cells_b, sent_b, score_b = afternoon(tmp_path / "b", "preocupado")
    assert cells_a == cells_b and cells_a  # the visit and the completion are counted, alike
    assert {metric for _period, metric, _dims in cells_a} >= {"visits", "lessons_completed"}
    assert sent_a == sent_b and sent_a
    for text in (json.dumps(sorted(map(list, cells_a))), sent_a.decode()):
        for secret in ("como-me-siento", "desde-hoy", "tranquilo", "preocupado", "chosen", "reflect"):
            assert secret not in text
    assert score_a == score_b == 1.0  # nothing graded: a reflection is never a score
