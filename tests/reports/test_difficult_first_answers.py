"""Difficult questions read first answers from ``first_answers`` (kept by the triggers of
revision 0011; the 0010 index stays for the learner's own lookups): the same questions, counts
and wrong answers as the definition (each learner's earliest answer to each question), written
here in plain Python over many answers given out of time order, and over the bulk inserts of
the large benchmark site's generator."""

from __future__ import annotations

import random
from collections import defaultdict

from kiosk import resources
from kiosk.content.catalog import load_catalog
from kiosk.demo_large import fill_large
from kiosk.learning.reports import stored_answer
from kiosk.store.models import Attempt
from tests.reports.conftest import LESSONS, OTHER_LESSON, T0, at, learner, make_class

INDEX = "ix_attempts_learner_id_question_id_created_at_correct_lesson_id"


def expected(rows, members=None, lessons=LESSONS):
    """(question -> (answered, missed, {wrong answer: count})) from the raw attempts."""
    first: dict[tuple[str, str], tuple] = {}
    for learner_id, question_id, lesson_id, answer, correct, created_at in rows:
        if lesson_id not in lessons or (members is not None and learner_id not in members):
            continue
        key = (learner_id, question_id)
        if key not in first or created_at < first[key][0]:
            first[key] = (created_at, answer, correct)
    out: dict[str, list] = {}
    for (_learner, question_id), (_at, answer, correct) in first.items():
        line = out.setdefault(question_id, [0, 0, defaultdict(int)])
        line[0] += 1
        if not correct:
            line[1] += 1
            line[2][stored_answer(answer)] += 1
    return {q: (a, m, dict(w)) for q, (a, m, w) in out.items()}


def got(found):
    return {d.question_id: (d.answered, d.missed, {w.answer: w.count for w in d.wrong_answers}) for d in found}


def test_first_answers_match_the_definition_whole_site_and_class(store) -> None:
    rnd = random.Random(14)
    people = [learner(store, f"Estudiante {i}") for i in range(12)]
    class_id = make_class(store, "5º A", people[:5])
    questions = [f"{lesson}#q{n}" for lesson in (*LESSONS, OTHER_LESSON) for n in range(3)]
    visits = {(person, lesson_id): store.progress.start_visit(person, None, lesson_id, "1.0", "es", 3, now=at(0))
              for person in people for lesson_id in (*LESSONS, OTHER_LESSON)}
    minutes = rnd.sample(range(100_000), 300)  # distinct moments, written in random order
    with store.db.transaction() as session:  # as record_attempt writes them, in one transaction
        for minute in minutes:
            person, question = rnd.choice(people), rnd.choice(questions)
            lesson_id = question.split("#")[0]
            session.add(Attempt(device_id=store.device_id, learner_id=person, visit_id=visits[person, lesson_id],
                                lesson_id=lesson_id, question_id=question, correct=rnd.random() < 0.4,
                                answer=f'{{"chosen":["{rnd.choice("abc")}"]}}', created_at=at(minute)))
    with store.db.reading() as session:
        rows = session.query(Attempt.learner_id, Attempt.question_id, Attempt.lesson_id, Attempt.answer,
                             Attempt.correct, Attempt.created_at).all()
    whole = got(store.reports.difficult_questions(None, LESSONS))
    assert whole == expected(rows)
    assert any(missed for _answered, missed, _wrong in whole.values())
    in_class = got(store.reports.difficult_questions(class_id, LESSONS))
    assert in_class == expected(rows, members=set(people[:5]))
    assert OTHER_LESSON not in {q.split("#")[0] for q in whole}


def test_the_migrated_schema_has_the_covering_index_only(store) -> None:
    with store.db.reading() as session:
        names = {row[1] for row in session.connection().exec_driver_sql("PRAGMA index_list(attempts)")}
        columns = [row[2] for row in session.connection().exec_driver_sql(f"PRAGMA index_info({INDEX})")]
    assert INDEX in names and "ix_attempts_learner_id_question_id" not in names
    assert columns == ["learner_id", "question_id", "created_at", "correct", "lesson_id"]


def test_the_large_generators_bulk_inserts_give_the_same_report_as_the_definition(store) -> None:
    """``kiosk demo --large`` writes attempts with executemany, not through the progress
    service: the triggers keep its first answers too (filled small: 50 learners)."""
    fill_large(store, load_catalog(resources.lessons_dir()), learners=50, facts=5_000, now=T0, quiet=True)
    with store.db.reading() as session:
        rows = session.query(Attempt.learner_id, Attempt.question_id, Attempt.lesson_id, Attempt.answer,
                             Attempt.correct, Attempt.created_at).all()
    lessons = sorted({row[2] for row in rows})
    found = got(store.reports.difficult_questions(None, lessons))
    assert len(found) > 20 and found == expected(rows, lessons=set(lessons))


def test_at_the_same_moment_the_wrong_answer_is_the_first_as_before(store) -> None:
    """Two answers of one moment: the report has always counted the wrong one (the order of
    the 0010 index: created_at, then correct); the older row among equals."""
    people = [learner(store, name) for name in ("Ana", "Beto")]
    question = f"{LESSONS[0]}#q1"
    for person, order in zip(people, ((True, False), (False, True)), strict=True):
        visit = store.progress.start_visit(person, None, LESSONS[0], "1.0", "es", 3, now=at(0))
        for right in order:
            store.progress.record_attempt(visit, question, {"chosen": ["a" if right else "b"]}, right, now=at(5))
    assert got(store.reports.difficult_questions(None, LESSONS)) == {question: (2, 2, {'{"chosen":["b"]}': 2})}
