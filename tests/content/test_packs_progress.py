"""Learners' progress across pack updates (kiosk/learning/content_updates.py): a minor version
keeps everything; a major one resets only the quiz scores of that module, in one transaction."""

from __future__ import annotations

import pytest
from pack_helpers import LESSON_ID, MODULE_ID, OTHER_LESSON_ID, make_pack, write_tree
from sqlalchemy import func, select

from kiosk.backend import open_backend
from kiosk.config import Config
from kiosk.content.packs_install import install_pack, rollback_module
from kiosk.learning.content_updates import reconcile_quiz_scores
from kiosk.store.models import Attempt, LessonProgress, ModuleCompletion, Visit


@pytest.fixture()
def bundled(tmp_path, monkeypatch):
    root = write_tree(tmp_path / "bundled", "1.0.0", other=True)
    monkeypatch.setenv("KIOSK_LESSONS", str(root))
    return root


@pytest.fixture()
def backend(home):
    backend = open_backend(Config.load(home))
    yield backend
    backend.close()


def _complete(backend, learner_id: str, lesson_id: str, module_id: str, correct: bool) -> None:
    session = backend.progress.sign_in(learner_id)
    visit = backend.progress.start_visit(learner_id, session, lesson_id, "1.0.0", "es", 2)
    question = f"{lesson_id}#q1"
    backend.progress.record_attempt(visit, question, {"chosen": ["a"]}, correct)
    backend.progress.complete_lesson(visit, [question], module_id, "1.0.0", [lesson_id])
    backend.progress.end_visit(visit)


def _facts(backend):
    with backend.db.reading() as s:
        rows = {r.lesson_id: (r.best_score, r.completed_at is not None, r.progress)
                for r in s.scalars(select(LessonProgress))}
        counts = (s.scalar(select(func.count()).select_from(Attempt)),
                  s.scalar(select(func.count()).select_from(Visit)),
                  s.scalar(select(func.count()).select_from(ModuleCompletion)))
    return rows, counts


@pytest.fixture()
def learner(backend):
    ana = backend.learners.register("Ana", "tatu.svg", "8-11", "learner")
    _complete(backend, ana.id, LESSON_ID, MODULE_ID, True)
    _complete(backend, ana.id, OTHER_LESSON_ID, "internet-seguro/otro-modulo", True)
    return ana


def test_a_minor_version_keeps_progress(bundled, tmp_path, home, backend, learner):
    before = _facts(backend)
    assert before[0][LESSON_ID][0] == 1.0
    install_pack(make_pack(tmp_path, "1.1.0"), home)
    assert reconcile_quiz_scores(backend.db, home) == []
    assert _facts(backend) == before


def test_a_major_version_resets_only_that_modules_quiz_scores(bundled, tmp_path, home, backend, learner):
    rows, counts = _facts(backend)
    install_pack(make_pack(tmp_path, "2.0.0"), home)
    assert reconcile_quiz_scores(backend.db, home) == [MODULE_ID]
    after_rows, after_counts = _facts(backend)
    assert after_rows[LESSON_ID] == (None, True, rows[LESSON_ID][2])  # score gone; completion kept
    assert after_rows[OTHER_LESSON_ID] == rows[OTHER_LESSON_ID]  # another module: untouched
    assert after_counts == counts  # attempts, visits, module completions all kept
    assert reconcile_quiz_scores(backend.db, home) == []  # idempotent: done once

    _complete(backend, learner.id, LESSON_ID, MODULE_ID, True)  # a new score on the new version
    install_pack(make_pack(tmp_path / "m", "2.1.0"), home)
    assert reconcile_quiz_scores(backend.db, home) == []
    assert _facts(backend)[0][LESSON_ID][0] == 1.0

    rollback_module(MODULE_ID, home)  # 2.1.0 -> 2.0.0: same major, scores stay
    assert reconcile_quiz_scores(backend.db, home) == []


def test_rolling_back_across_a_major_version_resets_the_scores_again(bundled, tmp_path, home, backend, learner):
    install_pack(make_pack(tmp_path, "2.0.0"), home)
    reconcile_quiz_scores(backend.db, home)
    _complete(backend, learner.id, LESSON_ID, MODULE_ID, True)
    rollback_module(MODULE_ID, home)  # back to the bundled 1.0.0
    assert reconcile_quiz_scores(backend.db, home) == [MODULE_ID]
    assert _facts(backend)[0][LESSON_ID][0] is None


def test_a_reset_a_power_cut_interrupted_is_done_at_the_next_start(bundled, tmp_path, home, learner, backend):
    """The content switched, the process died before the database reset: opening the kiosk's
    back end the way the app does (kiosk.app.open_kiosk_backend) finishes it."""
    install_pack(make_pack(tmp_path, "2.0.0"), home)  # no reconcile: the "crash"
    backend.close()
    from kiosk.app import open_kiosk_backend

    reopened = open_kiosk_backend(Config.load(home))
    try:
        assert _facts(reopened)[0][LESSON_ID][0] is None
    finally:
        reopened.close()
