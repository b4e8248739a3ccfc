"""The contract every activity kind keeps, proved for each kind the registries hold.

For every kind: the example of its section in lessons/README.md parses; its answers round-trip
through JSON; its widget builds, answers through its real controls and emits that answer;
``restore`` shows an answer without emitting; staff can read every answer in words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lesson_tree import LESSON_ES, MODULE_ID

from kiosk.content.activities import KINDS, describe_stored, kind_of
from kiosk.content.model import Catalog, LessonEntry, Module, Track
from kiosk.content.parser import parse_lesson

SPEC = Path(__file__).resolve().parents[2] / "lessons" / "README.md"


def spec_example(kind: str) -> str:
    """The ```quiz block under the "#### `kind`" heading of the spec."""
    text = SPEC.read_text(encoding="utf-8")
    section = re.search(rf"^#### `{re.escape(kind)}`\n(.*?)(?=^#### |\Z)", text, re.M | re.S)
    assert section, f"lessons/README.md has no section “#### `{kind}`”"
    block = re.search(r"^Example:\n\n```quiz\n(.*?)^```$", section[1], re.M | re.S)
    assert block, f"the section of `{kind}` has no “Example:” quiz block"
    return block[1]


def example_activity(tree, kind: str):
    front_matter = LESSON_ES.split("\n---\n# Tu")[0]  # up to the end of the front matter
    text = f"{front_matter}\n---\n# Una página\n\n```quiz\n{spec_example(kind)}```\n"
    lesson, problems = parse_lesson(tree.lesson(text), MODULE_ID)
    assert problems == [], [p.format() for p in problems]
    [activity] = lesson.activities
    assert activity.kind == kind
    return lesson, activity


def catalog_of(lesson) -> Catalog:
    entry = LessonEntry(lesson.slug, lesson.id, {"es": lesson})
    module = Module(id=MODULE_ID, slug=MODULE_ID.split("/")[1], track_id=MODULE_ID.split("/")[0],
                    version="1.0.0", titles={"es": "M"}, descriptions={}, audience=("docentes",),
                    order=1, lessons=(entry,), path=lesson.path.parent)
    track = Track(id=module.track_id, titles={"es": "T"}, color="#000000", icon="x.svg", order=1,
                  modules=(module,), path=lesson.path.parent.parent)
    return Catalog(tracks=(track,))


KIND_NAMES = list(KINDS)


def test_the_registries_match():
    from kiosk.ui.activities import WIDGETS

    assert KIND_NAMES, "no activity kind found"
    assert set(WIDGETS) == set(KINDS), "every kind needs a widget and every widget a kind"


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_the_spec_example_parses(tree, kind):
    _lesson, activity = example_activity(tree, kind)
    assert activity.prompt


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_answers_round_trip_through_json(tree, kind):
    _lesson, activity = example_activity(tree, kind)
    rules = kind_of(activity)
    right = rules.solution(activity)
    wrong = rules.wrong_answers(activity)
    for answer in [right, *wrong]:
        stored = json.dumps(rules.encode(answer))
        assert isinstance(json.loads(stored), dict)
        assert rules.decode(activity, json.loads(stored)) == answer
    assert rules.evaluate(activity, right)
    if rules.graded:
        assert wrong, "a graded kind can be answered wrong"
        assert not any(rules.evaluate(activity, answer) for answer in wrong)


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_staff_can_read_every_answer(tree, kind):
    lesson, activity = example_activity(tree, kind)
    rules = kind_of(activity)
    catalog = catalog_of(lesson)
    for answer in [rules.solution(activity), *rules.wrong_answers(activity)]:
        stored = json.dumps(rules.encode(answer))
        for lang in ("es", "en"):
            said = rules.describe(activity, answer, lang)
            assert said.strip()
            assert describe_stored(catalog, lesson.question_key(activity), stored, lang) == said


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_the_widget_builds_answers_and_restores(qtbot, tree, kind):
    from kiosk.ui.activities import widget_for

    _lesson, activity = example_activity(tree, kind)
    rules = kind_of(activity)
    widget = widget_for(activity)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.done
    for answer in rules.wrong_answers(activity)[:1]:
        with qtbot.waitSignal(widget.answered) as blocker:
            widget.give(answer)
        assert blocker.args == [activity, answer, False]
        assert not widget.done and widget.feedback.isVisible()
    right = rules.solution(activity)
    with qtbot.waitSignal(widget.answered) as blocker:
        widget.give(right)
    assert blocker.args == [activity, right, True]
    assert widget.done and widget.feedback.property("state") == "right"

    again = widget_for(activity)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.take_focus()
    focused = again.focusWidget()
    assert focused is not None and again.isAncestorOf(focused)
    with qtbot.assertNotEmitted(again.answered):
        again.restore(right)
    assert again.done and again.feedback.property("state") == "right"


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_a_try_is_shown_only_once_it_is_recorded(qtbot, tree, kind):
    """A try is handed to the recorder first: while it is being committed nothing is marked or
    emitted; a failed commit says so (the child's words), praises nothing and the same answer
    can be given again; once committed, the result is shown and ``answered`` emitted."""
    from kiosk.core.errors import Code, StorageProblem
    from kiosk.ui.activities import widget_for
    from kiosk.ui.answer_commit import AnswerCommit
    from kiosk.ui.errors import answer_not_saved_text

    _lesson, activity = example_activity(tree, kind)
    rules = kind_of(activity)
    widget = widget_for(activity)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    commits: list[AnswerCommit] = []

    def record(activity, answer, correct) -> AnswerCommit:
        commit = AnswerCommit(activity, answer, correct)
        commit.taken = True
        commits.append(commit)
        return commit  # finished below, by hand: slower than the grace the widget waits

    widget.set_recorder(record)
    right = rules.solution(activity)
    with qtbot.assertNotEmitted(widget.answered):
        widget.give(right)
        qtbot.waitUntil(lambda: bool(commits), timeout=30_000)  # a coding challenge runs first
        assert widget.saving and not widget.done
        assert widget.feedback.property("state") == "saving" and not widget.isEnabled()
        assert commits[0].answer == right and commits[0].correct is True
        commits[0].finish(StorageProblem(Code.DISK_FULL))
        commits[0].deliver()
    assert not widget.saving and not widget.done and widget.isEnabled()
    assert widget.feedback.property("state") == "failed"
    assert widget.feedback_text.text() == answer_not_saved_text(StorageProblem(Code.DISK_FULL))[0]

    with qtbot.waitSignal(widget.answered, timeout=30_000) as blocker:
        widget.give(right)  # the learner tries again, and this time it is recorded
        qtbot.waitUntil(lambda: len(commits) == 2, timeout=30_000)
        commits[1].finish()
        commits[1].deliver()
    assert blocker.args == [activity, right, True]
    assert widget.done and widget.feedback.property("state") == "right"
