"""Answers stored by release 0.1 (option positions) are still read and said right, and count
together with the same answers stored today (option ids)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.backend import Backend
from kiosk.content.activities import describe_stored, normalise_stored
from kiosk.content.catalog import load_catalog
from kiosk.content.model import option_letter

FIXTURE = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "release-0.1.0.sqlite3"
WORDS = {"es": {"true": "Verdadero", "false": "Falso"}, "en": {"true": "True", "false": "False"}}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(resources.lessons_dir())


@pytest.fixture
def old_site(tmp_path):
    db_path = tmp_path / "kiosk.sqlite3"
    shutil.copy(FIXTURE, db_path)
    backend = Backend.open(db_path)  # upgraded to today's schema
    yield backend
    backend.close()


def expected(catalog, question_id: str, indexes: list[int], lang: str) -> str:
    """What 0.1's staff page showed for these indexes (the options by position, in the version
    of the lesson shown in ``lang``: option ids are the same in every translation)."""
    lesson_id, _, activity_id = question_id.partition("#")
    activity = catalog.lesson(lesson_id, lang).activity(activity_id)
    texts = []
    for index in sorted(set(indexes)):
        # by 0.1's position: an option moved since carries its 0.1 letter as its id
        text = (activity.option(option_letter(index)) or activity.options[index]).text
        texts.append(WORDS[lang][text] if activity.kind == "truefalse" else text)
    return " + ".join(texts)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_answer_of_release_0_1_is_said_as_it_was(catalog, old_site, lang):
    import json

    con = sqlite3.connect(FIXTURE)
    rows = con.execute("SELECT DISTINCT question_id, answer FROM attempts").fetchall()
    con.close()
    assert rows and all(answer.startswith("[") for _q, answer in rows)  # option positions
    kinds = set()
    for question_id, answer in rows:
        lesson_id, _, activity_id = question_id.partition("#")
        kinds.add(catalog.lesson(lesson_id, "es").activity(activity_id).kind)
        said = describe_stored(catalog, question_id, answer, lang)
        assert said == expected(catalog, question_id, json.loads(answer), lang), question_id
    assert kinds == {"single", "multi", "truefalse"}


def test_the_reports_read_old_rows_through_the_kinds(catalog, old_site):
    learner = old_site.learners.list_active()[0]
    detail = old_site.reports.learner_detail(learner.id)
    assert detail.attempts
    for attempt in detail.attempts:
        assert describe_stored(catalog, attempt.question_id, attempt.answer, "es").strip()


def test_old_and_new_spellings_of_one_answer_count_together(catalog, old_site):
    con = sqlite3.connect(FIXTURE)
    question_id, lesson_id = con.execute(
        "SELECT question_id, lesson_id FROM attempts WHERE question_id LIKE '%#cual-es-mas-fuerte' LIMIT 1"
    ).fetchone()
    con.close()
    activity = catalog.lesson(lesson_id, "es").activity(question_id.partition("#")[2])
    wrong = next(i for i, o in enumerate(activity.options) if not o.correct)
    learners = [old_site.learners.register(f"Nueva {n}", "tatu.svg", "8-11", "learner").id for n in range(3)]
    for n, learner_id in enumerate(learners):
        visit = old_site.progress.start_visit(learner_id, None, lesson_id, "1.0.0", "es", 3)
        answer = [wrong] if n == 0 else {"chosen": [activity.options[wrong].id]}  # 0.1, then today
        old_site.progress.record_attempt(visit, question_id, answer, False)

    def same(q: str, stored: str) -> str:
        return normalise_stored(catalog, q, stored)

    found = {d.question_id: d for d in old_site.reports.difficult_questions(None, [lesson_id], same)}
    by_text = {describe_stored(catalog, question_id, w.answer, "es"): w.count
               for w in found[question_id].wrong_answers}
    apart = {d.question_id: d for d in old_site.reports.difficult_questions(None, [lesson_id])}
    assert by_text[activity.options[wrong].text] == sum(
        w.count for w in apart[question_id].wrong_answers
        if describe_stored(catalog, question_id, w.answer, "es") == activity.options[wrong].text
    )
    assert len(found[question_id].wrong_answers) < len(apart[question_id].wrong_answers)
