"""``scenario``: a branching story (lessons/README.md, "scenario").

Nodes with text; each node that is not an end offers 1-4 choices, each leading (``next``) to
another node with its ``feedback``; an end node has an ``outcome`` (good, ok, bad) and an
obligatory ``next_step``. The story lives in one widget (the lesson's pages stay 3-6 and Back
inside the story is "choose again"). The graph checks are in ``_scenario_graph``.

An answer is the path taken (``ScenarioPath``): ``{"steps": [["inicio", "a"], ...], "end":
"final-bueno"}``; right when the end reached has ``outcome: good``.
"""

from __future__ import annotations

from typing import Any


from kiosk.content.model import Activity, Lesson, option_letter
from kiosk.content.yaml_fields import ACTIVITY_ID_RE, Fields, SequenceNode

from ._base import ActivityKind, Body, word
from ._scenario_graph import (
    GOOD,
    OUTCOMES,
    Choice,
    Node,
    Scenario,
    ScenarioPath,
    depth_limit,
    graph_problems,
    longest_path,
    path_to,
)

NODE_KEYS = ("id", "text", "choices", "outcome", "next_step", "mock")
CHOICE_KEYS = ("id", "text", "next", "feedback", "loop")
MAX_NODES = 30
MAX_CHOICES = 4  # the widget's buttons (and the number keys 1-4)

_WORDS = {
    "es": {"chose": "Eligió", "ending": "final", "good": "bueno", "ok": "regular", "bad": "malo",
           "none": "(no eligió nada)"},
    "en": {"chose": "Chose", "ending": "ending", "good": "good", "ok": "fair", "bad": "bad",
           "none": "(nothing chosen)"},
}


def _word(key: str, lang: str) -> str:
    return _WORDS.get(lang, _WORDS["es"])[key]


class ScenarioKind(ActivityKind):
    name = "scenario"
    order = 40
    keys = ("start", "nodes")

    # -- the lesson file ----------------------------------------------------------------------
    def parse(self, fields: Fields) -> Body | None:
        doc = fields.doc
        fields.check_required(("nodes",))
        node = fields.items.get("nodes", (None, None))[1]
        if node is None:
            return None
        if not isinstance(node, SequenceNode) or not node.value:
            doc.report.add(fields.key_line("nodes"), "«nodes» debe ser una lista de nodos («- id: ...»)")
            return None
        before = len(doc.report.problems)
        if not 2 <= len(node.value) <= MAX_NODES:
            doc.report.add(fields.key_line("nodes"),
                           f"un escenario necesita entre 2 y {MAX_NODES} nodos (tiene {len(node.value)})")
        nodes: list[Node] = []
        lines: dict[str, int] = {}
        for number, item in enumerate(node.value, start=1):
            parsed = self._node(fields, item, number, lines)
            if parsed is not None:
                nodes.append(parsed)
        if len(doc.report.problems) != before or len(nodes) != len(node.value):
            return None
        start = fields.text("start") if "start" in fields else nodes[0].id
        if start is None:
            return None
        ids = {n.id for n in nodes}
        if start not in ids:
            doc.report.add(fields.key_line("start"), f"«start» es «{start}», pero no hay ningún nodo con ese id")
        elif next(n for n in nodes if n.id == start).is_end:
            doc.report.add(fields.key_line("start"), f"la historia no puede empezar en un final («{start}»)")
        for each in nodes:
            for choice in each.choices:
                if choice.next not in ids:
                    doc.report.add(choice.line, f"«next: {choice.next}» en el nodo «{each.id}»: no hay "
                                                "ningún nodo con ese id")
        if not any(n.outcome == GOOD for n in nodes):
            doc.report.add(fields.key_line("nodes"), "el escenario necesita al menos un final con «outcome: good»")
        if len(doc.report.problems) != before:
            return None
        scenario = Scenario(start, tuple(nodes))
        for line, message in graph_problems(scenario):
            doc.report.add(line, message)
        return Body(spec=scenario) if len(doc.report.problems) == before else None

    def _node(self, fields: Fields, item: Any, number: int, lines: dict[str, int]) -> Node | None:
        doc = fields.doc
        add = doc.report.add
        node = Fields.of(doc, item, doc.line(item), f"el nodo {number}", f" en el nodo {number}")
        if node is None:
            return None
        node.check_unknown(NODE_KEYS)
        node.check_required(("id", "text"))
        node_id = node.text("id")
        text = node.text("text")
        if node_id is not None:
            here = node.key_line("id")
            if not ACTIVITY_ID_RE.match(node_id):
                add(here, f"id de nodo «{node_id}» no válido: usá letras sin acentos, números y guiones")
            elif node_id in lines:
                add(here, f"el id de nodo «{node_id}» ya lo tiene el nodo de la línea {lines[node_id]}")
            else:
                lines[node_id] = here
        outcome = node.text("outcome") if "outcome" in node else None
        next_step = node.text("next_step") if "next_step" in node else None
        choices: tuple[Choice, ...] | None = ()
        name = f"«{node_id}»" if node_id else str(number)
        if "outcome" in node:
            if outcome is not None and outcome not in OUTCOMES:
                add(node.key_line("outcome"),
                    f"«outcome» debe ser {', '.join(OUTCOMES[:-1])} o {OUTCOMES[-1]} (tiene «{outcome}»)")
            if "next_step" not in node:
                add(node.missing_line, f"falta «next_step» en el final {name}: todo final dice qué hacer "
                                       "desde ahora")
            if "choices" in node:
                add(node.key_line("choices"), f"el nodo {name} es un final (tiene «outcome»): no lleva «choices»")
        else:
            if "next_step" in node:
                add(node.key_line("next_step"), "«next_step» va solo en un final (un nodo con «outcome»)")
            if "choices" not in node:
                add(node.missing_line, f"el nodo {name} no tiene «choices» ni «outcome»: la historia se corta ahí")
            else:
                choices = self._choices(node, name)
        mock, mock_node = self._mock(node)
        if node_id is None or text is None or choices is None or (outcome is None) != ("outcome" not in node):
            return None
        return Node(node_id, text, choices, outcome, next_step or "", doc.line(item), mock, mock_node)

    def _choices(self, node: Fields, name: str) -> tuple[Choice, ...] | None:
        doc = node.doc
        value = node.items["choices"][1]
        if not isinstance(value, SequenceNode) or not value.value:
            doc.report.add(node.key_line("choices"), "«choices» debe ser una lista de opciones («- text: ...»)")
            return None
        if len(value.value) > MAX_CHOICES:
            doc.report.add(node.key_line("choices"),
                           f"el nodo {name} tiene {len(value.value)} opciones: como mucho {MAX_CHOICES}")
        out: list[Choice] = []
        ids: set[str] = set()
        texts: set[str] = set()
        for number, item in enumerate(value.value, start=1):
            where = f" en la opción {number} del nodo {name}"
            choice = Fields.of(doc, item, doc.line(item), f"la opción {number} del nodo {name}", where)
            if choice is None:
                continue
            choice.check_unknown(CHOICE_KEYS)
            choice.check_required(("text", "next"))
            text, target = choice.text("text"), choice.text("next")
            feedback = choice.text("feedback", required=False) or ""
            loop = choice.boolean("loop") if "loop" in choice else False
            choice_id = choice.text("id") if "id" in choice else option_letter(number - 1)
            if choice_id is not None and not ACTIVITY_ID_RE.match(choice_id):
                doc.report.add(choice.key_line("id"), f"id de opción «{choice_id}» no válido: usá letras sin "
                                                      "acentos, números y guiones")
                choice_id = None
            elif choice_id is not None and choice_id in ids:
                doc.report.add(choice.key_line("id"), f"el id de opción «{choice_id}» está repetido en el nodo {name}")
                choice_id = None
            if text is not None and text in texts:
                doc.report.add(choice.key_line("text"), f"la opción «{text}» está repetida en el nodo {name}")
            if None in (text, target, loop, choice_id):
                continue
            ids.add(choice_id)  # type: ignore[arg-type]
            texts.add(text)  # type: ignore[arg-type]
            out.append(Choice(choice_id, text, target, feedback, bool(loop), choice.key_line("next")))  # type: ignore[arg-type]
        return tuple(out) if len(out) == len(value.value) else None

    def _mock(self, node: Fields) -> tuple[Any, Any]:
        """A node's ``mock:`` (a chat, an SMS, an e-mail... ``kiosk.content.mock``), checked at
        path:line like a ```` ```mock ```` block; None when there is none or it cannot be drawn."""
        if "mock" not in node:
            return None, None
        from kiosk.content.mock import parse_mock_field

        return parse_mock_field(node), node.items["mock"][1]

    def lesson_problems(self, activity: Activity, lesson: Lesson) -> list[tuple[int, str]]:
        """The longest path must stay within the decisions allowed for the lesson's youngest band."""
        scenario: Scenario = activity.spec
        path = longest_path(scenario)
        limit, band = depth_limit(lesson.audience)
        if len(path) - 1 <= limit:
            return []
        return [(activity.line, (
            f"el escenario «{activity.id}» tiene un camino de {len(path) - 1} decisiones "
            f"({' → '.join(path)}); para «{band}» el máximo es {limit}: acortalo"))]

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        mine: Scenario = original.spec
        theirs: Scenario = translation.spec
        if [n.id for n in mine.nodes] != [n.id for n in theirs.nodes]:
            return (f"los nodos no son los mismos (en español: {', '.join(n.id for n in mine.nodes)}; "
                    f"aquí: {', '.join(n.id for n in theirs.nodes)})")
        if mine.start != theirs.start:
            return f"el inicio no es el mismo (en español: «{mine.start}»; aquí: «{theirs.start}»)"
        for node in mine.nodes:
            other = theirs.node(node.id)
            assert other is not None
            if node.outcome != other.outcome:
                return (f"el nodo «{node.id}» no tiene el mismo «outcome» (en español: {node.outcome or 'ninguno'}; "
                        f"aquí: {other.outcome or 'ninguno'})")
            ours = [(c.id, c.next, c.loop) for c in node.choices]
            if ours != [(c.id, c.next, c.loop) for c in other.choices]:
                return (f"las opciones del nodo «{node.id}» no llevan a los mismos nodos (en español: "
                        f"{', '.join(f'{c.id} → {c.next}' for c in node.choices)}; aquí: "
                        f"{', '.join(f'{c.id} → {c.next}' for c in other.choices)}); mantené el orden "
                        "del español o escribí el «id» de cada opción")
        return None

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        end = activity.spec.node(answer.end)
        return end is not None and end.outcome == GOOD

    def encode(self, answer: Any) -> dict[str, Any]:
        return {"steps": [list(step) for step in answer.steps], "end": answer.end}

    def decode(self, activity: Activity, value: Any) -> Any | None:
        if not isinstance(value, dict):
            return None
        steps, end = value.get("steps"), value.get("end")
        if not isinstance(steps, list) or not isinstance(end, str):
            return None
        if not all(isinstance(s, list) and len(s) == 2 and all(isinstance(p, str) for p in s) for s in steps):
            return None
        return ScenarioPath(tuple((s[0], s[1]) for s in steps), end)

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        scenario: Scenario = activity.spec
        said = []
        for node_id, choice_id in answer.steps:
            node = scenario.node(node_id)
            choice = node.choice(choice_id) if node is not None else None
            said.append(choice.text if choice is not None else word("option", lang).format(id=choice_id))
        end = scenario.node(answer.end)
        outcome = _word(end.outcome, lang) if end is not None and end.outcome else answer.end
        chosen = " → ".join(said) if said else _word("none", lang)
        return f"{_word('chose', lang)}: {chosen}; {_word('ending', lang)}: {outcome}"

    def solution(self, activity: Activity) -> Any:
        return path_to(activity.spec, lambda node: node.outcome == GOOD)

    def wrong_answers(self, activity: Activity) -> list[Any]:
        scenario: Scenario = activity.spec
        found = [path_to(scenario, lambda node, end=end: node.id == end.id)
                 for end in scenario.ends if end.outcome != GOOD]
        return [path for path in found if path is not None]


KIND = ScenarioKind()
