"""Teacher reports on a hand-built database whose every fact is known."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.learning.reports import (
    EMPTY_CELL,
    AttemptLine,
    Cell,
    Status,
    WrongAnswer,
    stored_answer,
    status_of,
)
from kiosk.store.models import Visit
from kiosk.store.records import RecordNotFound
from tests.reports.conftest import L1, L2, L3, LESSONS, MODULE, OTHER_MODULE, at, learner, make_class

def test_status_rule():
    assert status_of(None, False) is Status.NOT_STARTED
    assert status_of(0.0, False) is Status.NOT_STARTED
    assert status_of(0.25, False) is Status.IN_PROGRESS
    assert status_of(1.0, True) is Status.DONE


def test_stored_answer():
    assert stored_answer("[3,1]") == "[1,3]"  # release 0.1: option indexes
    assert stored_answer("[]") == "[]"
    assert stored_answer("nonsense") == ""
    assert stored_answer('["a"]') == ""
    assert stored_answer('{"chosen": ["c", "a"], "x": 1}') == '{"chosen":["c","a"],"x":1}'
    assert stored_answer('{"x": 1, "chosen": []}') == stored_answer('{"chosen":[],"x":1}')


def test_class_choices_count_active_learners(store, site):
    choices = store.reports.class_choices()
    assert [(c.name, c.members) for c in choices] == [("5.º A", 3), ("Vacía", 0)]


def test_grid_statuses_and_scores(store, site):
    grid = store.reports.class_grid(site["class"], [L1, L2, L3, f"{MODULE}/nueva"])
    assert grid.lesson_ids == (L1, L2, L3, f"{MODULE}/nueva")
    # archived Eva and outsider Dani are not rows; sorted by name ignoring case
    assert [r.display_name for r in grid.rows] == ["Ana", "beto", "Caro"]
    ana, beto, caro = grid.rows
    assert [c.status for c in ana.cells] == [Status.DONE, Status.IN_PROGRESS, Status.DONE,
                                              Status.NOT_STARTED]
    assert ana.cells[0].best_score == pytest.approx(0.5)
    assert ana.cells[1] == Cell(Status.IN_PROGRESS, 0.25, None)
    assert ana.cells[2].best_score == pytest.approx(1.0)
    assert [c.status for c in beto.cells] == [Status.DONE] * 3 + [Status.NOT_STARTED]
    assert beto.done == 3
    assert caro.cells == (EMPTY_CELL,) * 4
    assert grid.cell(site["ana"], L2).status is Status.IN_PROGRESS


def test_grid_matches_the_learners_own_summaries(store, site):
    grid = store.reports.class_grid(site["class"], LESSONS)
    for row in grid.rows:
        summaries = store.progress.summaries(row.learner_id)
        for lesson_id, cell in zip(grid.lesson_ids, row.cells, strict=True):
            summary = summaries.get(lesson_id)
            if summary is None:
                assert cell == EMPTY_CELL
            else:
                assert cell.status is status_of(summary.progress, summary.completed_at is not None)
                assert (cell.progress, cell.best_score) == (summary.progress, summary.best_score)


def test_grid_of_an_empty_class_or_no_lessons(store, site):
    empty = next(c.id for c in store.reports.class_choices() if c.name == "Vacía")
    assert store.reports.class_grid(empty, LESSONS).rows == ()
    grid = store.reports.class_grid(site["class"], [])
    assert [r.cells for r in grid.rows] == [(), (), ()]


def test_learner_detail(store, site):
    detail = store.reports.learner_detail(site["ana"])
    assert detail.display_name == "Ana"
    with store.db.reading() as session:
        seconds, visits = session.execute(
            select(func.sum(Visit.seconds), func.count()).where(Visit.learner_id == site["ana"])
        ).one()
    # one minute per step: L1 4 pages + 3 answers + completion = 8; again 2 pages + 1 answer
    # + leaving = 4; L2 1 page + leaving = 2; L3 4 pages + completion = 5
    assert detail.seconds == seconds == (8 + 4 + 2 + 5) * 60
    assert detail.visits == visits == 4
    lines = {line.lesson_id: line for line in detail.lessons}
    assert lines[L1].status is Status.DONE and lines[L1].visits == 2
    assert lines[L1].seconds == (8 + 4) * 60
    assert lines[L2].status is Status.IN_PROGRESS and lines[L2].progress == 0.25
    assert [line.lesson_id for line in detail.lessons] == [L3, L2, L1]  # latest visit first
    assert detail.last_visit == lines[L3].last_visit
    assert [(a.question_id, a.answer, a.correct) for a in detail.attempts] == [
        (f"{L1}#q1", "[0]", False),
        (f"{L1}#q1", "[1]", True),
        (f"{L1}#q2", "[1]", True),
        (f"{L1}#q2", "[2]", False),
    ]
    assert isinstance(detail.attempts[0], AttemptLine)
    assert detail.attempts_on(L2) == ()
    assert detail.modules_completed == ()

    beto = store.reports.learner_detail(site["beto"])
    assert [m.module_id for m in beto.modules_completed] == [MODULE]
    assert beto.modules_completed[0].completed_at == beto.lessons[0].last_visit

    caro = store.reports.learner_detail(site["caro"])
    assert (caro.seconds, caro.visits, caro.lessons, caro.attempts, caro.last_visit) == (0, 0, (), (), None)
    with pytest.raises(RecordNotFound):
        store.reports.learner_detail("nobody")


def test_difficult_questions_in_a_class(store, site):
    found = store.reports.difficult_questions(site["class"], LESSONS)
    assert [(d.question_id, d.answered, d.missed) for d in found] == [
        (f"{L1}#q1", 2, 2),
        (f"{L1}#q2", 2, 0),  # Ana's later wrong answer is not her first
    ]
    q1 = found[0]
    assert q1.lesson_id == L1
    assert q1.share_missed == 1.0
    assert q1.wrong_answers == (WrongAnswer("[0]", 1), WrongAnswer("[2]", 1))
    assert found[1].wrong_answers == ()


def test_difficult_questions_for_the_whole_site(store, site):
    found = store.reports.difficult_questions(None, [L1])
    q1 = found[0]
    assert (q1.answered, q1.missed) == (3, 3)  # Dani counts on the site, not in the class
    assert q1.wrong_answers == (WrongAnswer("[0]", 2), WrongAnswer("[2]", 1))
    assert store.reports.difficult_questions(None, []) == []
    assert store.reports.difficult_questions(site["class"], [L2]) == []


def test_module_completion_per_class(store, site):
    lines = store.reports.module_completion(site["class"], [MODULE, OTHER_MODULE])
    assert [(m.module_id, m.completed, m.total) for m in lines] == [
        (MODULE, 1, 3),  # Beto of Ana, Beto, Caro (Eva is archived)
        (OTHER_MODULE, 0, 3),
    ]
    assert lines[0].share == pytest.approx(1 / 3)
    assert [(m.module_id, m.completed) for m in store.reports.module_completion(site["class"])] == [
        (MODULE, 1)
    ]


def test_the_first_answer_is_the_earliest_in_time_not_the_first_written(store):
    """Kiosks merge data later: an earlier answer can arrive after a later one."""
    ana = learner(store, "Ana")
    klass = make_class(store, "5.º A", [ana])
    visit = store.progress.start_visit(ana, None, L1, "1.0.0", "es", 4, now=at(0))
    store.progress.record_attempt(visit, f"{L1}#q1", [1], True, now=at(5))
    store.progress.record_attempt(visit, f"{L1}#q1", [2], False, now=at(2))  # written later, happened first
    [q1] = store.reports.difficult_questions(klass, [L1])
    assert (q1.answered, q1.missed, q1.wrong_answers) == (1, 1, (WrongAnswer("[2]", 1),))


# -- sensitive lessons (issue 10): counts only ------------------------------------------------

def test_the_grid_hides_the_scores_of_sensitive_lessons(store, site):
    grid = store.reports.class_grid(site["class"], LESSONS, hide_scores=[L1])
    beto = grid.cell(site["beto"], L1)
    assert (beto.status, beto.progress, beto.best_score) == (Status.DONE, 1.0, None)  # done, no score
    assert grid.cell(site["beto"], L3).best_score == 1.0  # other lessons keep theirs
    assert store.reports.class_grid(site["class"], LESSONS).cell(site["beto"], L1).best_score == 0.5


def test_difficult_questions_of_sensitive_lessons_are_counts_only(store, site):
    found = store.reports.difficult_questions(site["class"], LESSONS, counts_only=[L1])
    assert [(d.question_id, d.answered, d.missed, d.wrong_answers, d.counts_only) for d in found] == [
        (f"{L1}#q1", 2, 0, (), True),  # two answered; how is not told
        (f"{L1}#q2", 2, 0, (), True),
    ]
