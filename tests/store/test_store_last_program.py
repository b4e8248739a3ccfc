"""Coding challenges in progress: every run is an attempt; the learner's last program comes back."""

from __future__ import annotations

from kiosk.backend import Backend
from kiosk.content.activities.turtle import KIND, MAX_PROGRAM, make_answer

LESSON = "programacion/repetir/cuadrado"
Q = f"{LESSON}#cuadrado"
OTHER = f"{LESSON}#triangulo"


def _run(store: Backend, visit: str, question: str, program: str, passed: bool, rule, now) -> None:
    answer = make_answer(program, passed, rule)
    store.progress.record_attempt(visit, question, KIND.encode(answer), passed, now=now)


def test_the_last_program_comes_back_whatever_its_verdict(store: Backend, learner, at) -> None:
    assert store.progress.last_program(learner.id, Q) is None
    visit = store.progress.start_visit(learner.id, None, LESSON, "1.0.0", "es", 3, now=at(0))
    _run(store, visit, Q, "avanzar(100)", False, "drawing", at(1))
    _run(store, visit, Q, "repetir 4:\n    avanzar(100)\n    derecha(90)", True, None, at(2))
    _run(store, visit, OTHER, "avanzar(50)", False, "must_use:loop", at(2))
    # same moment: the later row wins
    _run(store, visit, Q, "repetir 4:\n    avanzar(100)\n    izquierda(90)", False, "drawing", at(2))
    store.progress.record_attempt(visit, f"{LESSON}#pregunta", {"chosen": ["b"]}, True, now=at(3))

    # another visit, another day: the program is still there
    store.progress.start_visit(learner.id, None, LESSON, "1.0.0", "es", 3, now=at(60 * 24))
    assert store.progress.last_program(learner.id, Q) == "repetir 4:\n    avanzar(100)\n    izquierda(90)"
    run = store.progress.last_run(learner.id, Q)
    assert (run.passed, run.rule, run.at) == (False, "drawing", at(2))
    assert store.progress.last_run(learner.id, OTHER).rule == "must_use:loop"
    assert store.progress.last_program(learner.id, f"{LESSON}#pregunta") is None  # not a program
    assert store.progress.last_programs(learner.id, LESSON) == {
        Q: "repetir 4:\n    avanzar(100)\n    izquierda(90)", OTHER: "avanzar(50)"}

    other = store.learners.register("Mateo", "tatu.svg", "8-11", "learner", now=at(0))
    assert store.progress.last_program(other.id, Q) is None


def test_a_passing_run_is_a_correct_attempt_and_a_long_program_is_capped(store: Backend, learner, at) -> None:
    visit = store.progress.start_visit(learner.id, None, LESSON, "1.0.0", "es", 3, now=at(0))
    _run(store, visit, Q, "avanzar(1)\n" * 4000, True, None, at(1))
    run = store.progress.last_run(learner.id, Q)
    assert run.passed and run.rule is None
    assert len(run.program) == MAX_PROGRAM
