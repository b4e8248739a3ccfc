"""The lesson's page flow (linear unless a kind branches) and which activities are scored."""

from __future__ import annotations

from lesson_tree import LESSON_ES, MODULE_ID

from kiosk.content.activities import KINDS, graded_questions
from kiosk.content.parser import parse_lesson


def lesson_of(tree):
    lesson, problems = parse_lesson(tree.lesson(LESSON_ES), MODULE_ID)
    assert problems == []
    return lesson


def test_the_flow_is_linear_by_default(tree):
    lesson = lesson_of(tree)
    assert [lesson.next_page(i, {}) for i in range(len(lesson.pages))] == [1, 2, None]
    solved = {a.id: KINDS[a.kind].solution(a) for a in lesson.activities}
    assert [lesson.next_page(i, solved) for i in range(len(lesson.pages))] == [1, 2, None]


def test_a_kind_may_branch_on_its_answer(tree, monkeypatch):
    lesson = lesson_of(tree)
    seen = []

    def branch(activity, answer, lesson_):
        seen.append((activity.id, answer))
        return {"b": 0, "a": 99}.get(min(answer))  # 99: no such page, ignored

    monkeypatch.setattr(KINDS["single"], "next_page", branch)
    assert lesson.next_page(1, {}) == 2  # not answered: the kind is not asked
    assert seen == []
    assert lesson.next_page(0, {"larga-o-corta": frozenset({"b"})}) == 1  # not on page 0
    assert lesson.next_page(1, {"larga-o-corta": frozenset({"b"})}) == 0  # back to the start
    assert seen == [("larga-o-corta", frozenset({"b"}))]
    assert lesson.next_page(1, {"larga-o-corta": frozenset({"a"})}) == 2  # out of range: linear


def test_only_graded_kinds_count_in_the_score(tree, monkeypatch):
    lesson = lesson_of(tree)
    everything = [lesson.question_key(a) for a in lesson.activities]
    assert graded_questions(lesson) == everything
    monkeypatch.setattr(KINDS["truefalse"], "graded", False)
    assert graded_questions(lesson) == everything[:2]
