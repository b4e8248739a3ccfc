"""``match``: join each item on the left with its partner on the right (lessons/README.md,
"match").

The left items (2 to 6) each name the right item they go with (``match``) and may carry the
pair's own ``feedback``, shown when the learner joins that left item wrongly; right items (2 to
8) that no left item names are distractors. Two left items may share a right item. Every item
has a written ``id``: the pairs refer to them, and the answers store them.

An answer is a tuple of ``(left id, right id)`` pairs sorted by left id, stored as
``{"pairs": {"codigo": "no-dar", ...}}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.content.model import Activity
from kiosk.content.yaml_fields import ACTIVITY_ID_RE, Fields, SequenceNode

from ._base import ActivityKind, Body, word

LEFT_LIMITS = (2, 6)
RIGHT_LIMITS = (2, 8)
LEFT_KEYS = ("id", "text", "match", "feedback")
RIGHT_KEYS = ("id", "text")

Answer = tuple  # of (left id, right id), sorted


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    match: str = ""  # left items: the id of the right item it goes with
    feedback: str = ""  # left items: shown when this item is joined wrongly


@dataclass(frozen=True)
class MatchSpec:
    left: tuple[Item, ...]
    right: tuple[Item, ...]
    feedback_wrong: str = ""  # for a wrong pair without its own feedback; "" = the kiosk's

    @property
    def pairs(self) -> dict[str, str]:
        return {item.id: item.match for item in self.left}

    def left_item(self, item_id: str) -> Item | None:
        return next((i for i in self.left if i.id == item_id), None)

    def right_item(self, item_id: str) -> Item | None:
        return next((i for i in self.right if i.id == item_id), None)

    @property
    def distractors(self) -> tuple[Item, ...]:
        used = set(self.pairs.values())
        return tuple(i for i in self.right if i.id not in used)


def pairs_of(answer: Any) -> dict[str, str]:
    return dict(answer)


def _items(fields: Fields, key: str, limits: tuple[int, int], allowed: tuple[str, ...],
           match_lines: dict[str, int]) -> tuple[Item, ...] | None:
    """The ``left`` or ``right`` list; None unless every item could be read. ``match_lines``
    gets the line of each left item's ``match``."""
    doc = fields.doc
    node = fields.items.get(key, (None, None))[1]
    if node is None:
        return None
    line = fields.key_line(key)
    if not isinstance(node, SequenceNode):
        doc.report.add(line, f"«{key}» debe ser una lista («- id: ...» y «text: ...»)")
        return None
    low, high = limits
    if not low <= len(node.value) <= high:
        doc.report.add(line, f"«{key}» necesita entre {low} y {high} elementos (tiene {len(node.value)})")
    items: list[Item] = []
    ids: dict[str, int] = {}
    texts: set[str] = set()
    for number, item_node in enumerate(node.value, start=1):
        item = Fields.of(doc, item_node, doc.line(item_node), f"el elemento {number} de «{key}»",
                         f" en el elemento {number} de «{key}»")
        if item is None:
            continue
        item.check_unknown(allowed)
        item.check_required(("id", "text") + (("match",) if "match" in allowed else ()))
        item_id, text = item.text("id"), item.text("text")
        match = item.text("match") if "match" in allowed else ""
        feedback = (item.text("feedback", required=False) or "") if "feedback" in allowed else ""
        if item_id is not None:
            if not ACTIVITY_ID_RE.match(item_id):
                doc.report.add(item.key_line("id"), f"id «{item_id}» no válido en «{key}»: "
                               "usá letras sin acentos, números y guiones")
                item_id = None
            elif item_id in ids:
                doc.report.add(item.key_line("id"),
                               f"el id «{item_id}» ya lo tiene el elemento {ids[item_id]} de «{key}»")
                item_id = None
            else:
                ids[item_id] = number
        if text is not None:
            if text in texts:
                doc.report.add(item.key_line("text"), f"el texto «{text}» está repetido en «{key}»")
            texts.add(text)
        if item_id is None or text is None or match is None:
            continue
        items.append(Item(item_id, text, match, feedback))
        match_lines[item_id] = item.key_line("match")
    return tuple(items) if len(items) == len(node.value) else None


class Match(ActivityKind):
    name = "match"
    order = 5
    keys = ("left", "right", "feedback_wrong")

    # -- the lesson file ------------------------------------------------------------------------
    def parse(self, fields: Fields) -> Body | None:
        fields.check_required(("left", "right"))
        lines: dict[str, int] = {}
        left = _items(fields, "left", LEFT_LIMITS, LEFT_KEYS, lines)
        right = _items(fields, "right", RIGHT_LIMITS, RIGHT_KEYS, {})
        feedback_wrong = fields.text("feedback_wrong", required=False) or ""
        if left is None or right is None:
            return None
        right_ids = {i.id for i in right}
        ok = True
        for item in left:
            if item.match not in right_ids:
                fields.doc.report.add(
                    lines[item.id], f"«match: {item.match}» no es el id de ningún elemento de «right» "
                    f"(se esperaba {', '.join(sorted(right_ids))})")
                ok = False
        return Body(spec=MatchSpec(left, right, feedback_wrong)) if ok else None

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        es, here = original.spec, translation.spec
        for side in ("left", "right"):
            es_ids = [i.id for i in getattr(es, side)]
            ids = [i.id for i in getattr(here, side)]
            if set(es_ids) != set(ids):
                return (f"los elementos de «{side}» no son los mismos (en español: "
                        f"{', '.join(es_ids)}; aquí: {', '.join(ids)})")
        if here.pairs != es.pairs:
            wrong = sorted(k for k in es.pairs if here.pairs.get(k) != es.pairs[k])
            return ("las parejas no son las mismas (en español: "
                    + ", ".join(f"{k} → {es.pairs[k]}" for k in wrong) + "; aquí: "
                    + ", ".join(f"{k} → {here.pairs.get(k)}" for k in wrong) + ")")
        return None

    # -- answers --------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        return pairs_of(answer) == activity.spec.pairs

    def encode(self, answer: Any) -> dict[str, Any]:
        return {"pairs": dict(sorted(pairs_of(answer).items()))}

    def decode(self, activity: Activity, value: Any) -> Any | None:
        pairs = value.get("pairs") if isinstance(value, dict) else None
        if not isinstance(pairs, dict):
            return None
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in pairs.items()):
            return None
        return Answer(sorted(pairs.items()))

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        pairs = pairs_of(answer)
        if not pairs:
            return word("nothing", lang)
        spec: MatchSpec = activity.spec
        order = {item.id: n for n, item in enumerate(spec.left)}
        said = []
        for left_id in sorted(pairs, key=lambda k: (order.get(k, len(order)), k)):
            left, right = spec.left_item(left_id), spec.right_item(pairs[left_id])
            left_text = left.text if left else word("option", lang).format(id=left_id)
            right_text = right.text if right else word("option", lang).format(id=pairs[left_id])
            said.append(f"{left_text} → {right_text}")
        return "; ".join(said)

    def solution(self, activity: Activity) -> Any:
        return Answer(sorted(activity.spec.pairs.items()))

    def wrong_answers(self, activity: Activity) -> list[Any]:
        """For each left item, the right answer with that item joined to something else (a
        distractor first)."""
        spec: MatchSpec = activity.spec
        wrong = []
        for item in spec.left:
            others = [*spec.distractors, *(r for r in spec.right if r.id != item.match)]
            if others:
                pairs = spec.pairs
                pairs[item.id] = others[0].id
                wrong.append(Answer(sorted(pairs.items())))
        return wrong


KIND = Match()
