"""The story of a ``scenario`` as data, and what the checker proves about its graph.

A scenario is nodes joined by choices (``choice.next``). The checker proves, with ``path:line``
messages: every ``next`` names a node, every node is reachable from the start, every node that
is not an end has choices and leads to some end, the story has no cycle except through a choice
marked ``loop: true`` ("volver a pensar"), and -- once the lesson's audience is known -- that
its longest path stays within the band's number of decisions (``MAX_DEPTH``).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = [
    "Choice",
    "Node",
    "Scenario",
    "ScenarioPath",
    "OUTCOMES",
    "GOOD",
    "MAX_DEPTH",
    "graph_problems",
    "longest_path",
    "path_to",
    "depth_limit",
]

OUTCOMES = ("good", "ok", "bad")
GOOD = "good"

# The most decisions on one path from the start to an end, by band (lessons/README.md).
MAX_DEPTH = {"ninos-8-11": 4, "adolescentes-12-17": 6, "docentes": 8, "familias": 8}


@dataclass(frozen=True)
class Choice:
    id: str  # written, else a, b, c, d by position; stored in answers
    text: str
    next: str  # a node id
    feedback: str = ""
    loop: bool = False  # it goes back on purpose ("volver a pensar"): a cycle through it is fine
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Node:
    id: str
    text: str
    choices: tuple[Choice, ...] = ()
    outcome: str | None = None  # good | ok | bad on an end node; None otherwise
    next_step: str = ""  # what to do from now on; obligatory on an end node
    line: int = field(default=0, compare=False)
    # ``mock:`` as written (plain YAML values), not validated here: the ``mock`` kind reads it.
    mock: Any = field(default=None, compare=False, hash=False)
    mock_node: Any = field(default=None, compare=False, hash=False, repr=False)  # its YAML node

    @property
    def is_end(self) -> bool:
        return self.outcome is not None

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True)
class Scenario:
    start: str
    nodes: tuple[Node, ...]

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    @property
    def ends(self) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes if n.is_end)


class ScenarioPath(NamedTuple):
    """An answer: the choices taken, ``((node id, choice id), ...)``, and the end reached."""

    steps: tuple[tuple[str, str], ...]
    end: str


def graph_problems(scenario: Scenario) -> list[tuple[int, str]]:
    """What is wrong with the story's graph, as ``(line, message)``; every ``next`` is known to
    name a node and the start to be one (the parser checks those first)."""
    problems: list[tuple[int, str]] = []
    by_id = {n.id: n for n in scenario.nodes}
    reached = _reachable(scenario.start, by_id)
    for node in scenario.nodes:
        if node.id not in reached:
            problems.append((node.line, f"al nodo «{node.id}» no se llega desde el inicio "
                                        f"«{scenario.start}»: ninguna opción lo tiene en «next»"))
    problems += _cycles(scenario, by_id)
    ending = _reaching_an_end(by_id)
    for node in scenario.nodes:
        if node.id in reached and node.id not in ending:
            problems.append((node.line, f"desde el nodo «{node.id}» no se llega a ningún final "
                                        "(con «outcome»): la historia no termina"))
    return problems


def _reachable(start: str, by_id: dict[str, Node]) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for choice in by_id[queue.popleft()].choices:
            if choice.next in by_id and choice.next not in seen:
                seen.add(choice.next)
                queue.append(choice.next)
    return seen


def _reaching_an_end(by_id: dict[str, Node]) -> set[str]:
    ending = {n.id for n in by_id.values() if n.is_end}
    changed = True
    while changed:
        changed = False
        for node in by_id.values():
            if node.id not in ending and any(c.next in ending for c in node.choices):
                ending.add(node.id)
                changed = True
    return ending


def _cycles(scenario: Scenario, by_id: dict[str, Node]) -> list[tuple[int, str]]:
    """Each choice (not ``loop: true``) that closes a cycle, found by a depth-first walk."""
    problems: list[tuple[int, str]] = []
    state: dict[str, int] = {}  # 1: on the current walk, 2: finished
    for root in [scenario.start, *by_id]:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(by_id[root].choices))]
        while stack:
            node_id, choices = stack[-1]
            choice = next(choices, None)
            if choice is None:
                state[node_id] = 2
                stack.pop()
                continue
            if choice.loop or choice.next not in by_id:
                continue
            if state.get(choice.next) == 1:
                problems.append((choice.line, (
                    f"la opción «{choice.text}» del nodo «{node_id}» vuelve a «{choice.next}» y la "
                    "historia da vueltas sin fin; si es a propósito (volver a pensar), marcala "
                    "con «loop: true»")))
            elif choice.next not in state:
                state[choice.next] = 1
                stack.append((choice.next, iter(by_id[choice.next].choices)))
    return problems


def longest_path(scenario: Scenario) -> list[str]:
    """The node ids of the longest path from the start to an end, not counting ``loop: true``
    choices (the graph without them has no cycle once ``graph_problems`` is empty)."""
    by_id = {n.id: n for n in scenario.nodes}
    memo: dict[str, list[str]] = {}

    def walk(node_id: str, on_path: frozenset[str]) -> list[str]:
        if node_id in memo:
            return memo[node_id]
        best: list[str] = []
        for choice in by_id[node_id].choices:
            if choice.loop or choice.next not in by_id or choice.next in on_path:
                continue
            tail = walk(choice.next, on_path | {choice.next})
            if len(tail) > len(best):
                best = tail
        memo[node_id] = [node_id, *best]
        return memo[node_id]

    return walk(scenario.start, frozenset({scenario.start}))


def path_to(scenario: Scenario, wanted) -> ScenarioPath | None:
    """The shortest path from the start to an end node for which ``wanted(node)`` holds."""
    by_id = {n.id: n for n in scenario.nodes}
    came: dict[str, tuple[str, str] | None] = {scenario.start: None}
    queue = deque([scenario.start])
    while queue:
        node = by_id[queue.popleft()]
        if node.is_end and wanted(node):
            steps: list[tuple[str, str]] = []
            here = node.id
            while came[here] is not None:
                parent, choice_id = came[here]  # type: ignore[misc]
                steps.append((parent, choice_id))
                here = parent
            return ScenarioPath(tuple(reversed(steps)), node.id)
        for choice in node.choices:
            if choice.next in by_id and choice.next not in came:
                came[choice.next] = (node.id, choice.id)
                queue.append(choice.next)
    return None


def depth_limit(audience: tuple[str, ...]) -> tuple[int, str]:
    """The most decisions allowed for a lesson for ``audience`` (its youngest band's) and that
    band."""
    bands = [(MAX_DEPTH[tag], tag) for tag in audience if tag in MAX_DEPTH]
    return min(bands) if bands else (max(MAX_DEPTH.values()), "")
