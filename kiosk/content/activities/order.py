"""``order``: put 3 to 8 items in order (lessons/README.md, "order").

The items are written in the right order; ``also_accept`` lists other right orders (each every
item id once). An answer is the tuple of item ids in the learner's order, stored as
``{"order": ["a", "c", "b"]}``. It is right when it is one of the accepted orders; the learner
is told how many items from the start are already in place ("Los dos primeros están bien"),
and so are staff. The widget starts from a mixed order that is the same on every visit
(``start_order``)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from itertools import permutations
from typing import Any

from kiosk.content.model import Activity
from kiosk.content.yaml_fields import Fields, SequenceNode, scalar_text

from ._base import ActivityKind, Body, word
from ._items import Item, item_label, parse_items

LIMITS = (3, 8)


@dataclass(frozen=True)
class OrderSpec:
    items: tuple[Item, ...]  # in the right order
    also: tuple[tuple[str, ...], ...] = ()  # other right orders

    @property
    def right(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    @property
    def accepted(self) -> tuple[tuple[str, ...], ...]:
        return (self.right, *self.also)


_WORDS = {
    "es": "{order} (bien desde el principio: {n} de {total})",
    "en": "{order} (right from the start: {n} of {total})",
}


class Order(ActivityKind):
    name = "order"
    order = 4
    keys = ("items", "also_accept")

    # -- the lesson file ----------------------------------------------------------------------
    def parse(self, fields: Fields) -> Body | None:
        fields.check_required(("items",))
        read = parse_items(fields, "items", kind=self.name, limits=LIMITS, noun="el elemento")
        if read is None:
            return None
        items = tuple(item for item, _ in read)
        if not LIMITS[0] <= len(items) <= LIMITS[1]:
            return None  # reported by parse_items
        also = _also_accept(fields, tuple(item.id for item in items))
        if also is None:
            return None
        return Body(spec=OrderSpec(items, also))

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        mine, theirs = original.spec, translation.spec
        if theirs.right != mine.right:
            return (
                "los elementos no son los mismos o no están en el mismo orden (en español: "
                f"{', '.join(mine.right)}; aquí: {', '.join(theirs.right)}): el orden en que se "
                "escriben es la respuesta, y los «id» son los del español"
            )
        if set(theirs.also) != set(mine.also):
            return "los otros órdenes aceptados («also_accept») no son los mismos que en español"
        return None

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        return tuple(answer) in activity.spec.accepted

    def encode(self, answer: Any) -> dict[str, Any]:
        return {"order": list(answer)}

    def decode(self, activity: Activity, value: Any) -> Any | None:
        if isinstance(value, dict):
            order = value.get("order")
            if isinstance(order, list) and all(isinstance(i, str) for i in order):
                return tuple(order)
        return None

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        if not answer:
            return word("nothing", lang)
        items = activity.spec.items
        said = " → ".join(item_label(items, item_id, lang) for item_id in answer)
        if self.evaluate(activity, answer):
            return said
        return _WORDS.get(lang, _WORDS["es"]).format(
            order=said, n=self.right_from_start(activity, answer), total=len(items)
        )

    def solution(self, activity: Activity) -> Any:
        return activity.spec.right

    def wrong_answers(self, activity: Activity) -> list[Any]:
        spec = activity.spec
        wrong = [self.start_order(activity)]
        last_two = (*spec.right[:-2], spec.right[-1], spec.right[-2])
        if last_two not in spec.accepted and last_two not in wrong:
            wrong.append(last_two)
        return wrong

    # -- what the widget asks -----------------------------------------------------------------
    def right_from_start(self, activity: Activity, answer: Any) -> int:
        """How many items from the start are where an accepted order has them."""
        answer = tuple(answer)
        best = 0
        for accepted in activity.spec.accepted:
            count = 0
            for mine, right in zip(answer, accepted):
                if mine != right:
                    break
                count += 1
            best = max(best, count)
        return best

    def start_order(self, activity: Activity) -> tuple[str, ...]:
        """The mixed order the widget starts from: never a right one, the same on every visit
        (from the activity's id), and if it can be, with no item in place from the start."""
        spec = activity.spec
        ids = list(spec.right)
        shuffler = random.Random(f"{activity.id}:{'/'.join(ids)}")
        fallback: tuple[str, ...] | None = None
        for _ in range(200):
            shuffler.shuffle(ids)
            candidate = tuple(ids)
            if candidate in spec.accepted:
                continue
            if self.right_from_start(activity, candidate) == 0:
                return candidate
            fallback = fallback or candidate
        if fallback is not None:
            return fallback
        return next(  # every order tried above was accepted: the checker refuses that much
            p for p in permutations(spec.right) if p not in spec.accepted
        )


def _also_accept(fields: Fields, right: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    """``also_accept``: a list of orders, each a list with every item id once; () when absent."""
    if "also_accept" not in fields:
        return ()
    doc = fields.doc
    node = fields.items["also_accept"][1]
    example = f"[{', '.join(reversed(right))}]"
    if not isinstance(node, SequenceNode) or not node.value:
        doc.at(node, f"«also_accept» debe ser una lista de órdenes, por ejemplo «- {example}»")
        return None
    orders: list[tuple[str, ...]] = []
    ok = True
    for entry in node.value:
        if not isinstance(entry, SequenceNode):
            doc.at(entry, f"cada orden de «also_accept» es una lista de ids, como {example}")
            ok = False
            continue
        ids = tuple(scalar_text(i) or "" for i in entry.value)
        problem = _order_problem(ids, right, orders)
        if problem:
            doc.at(entry, problem)
            ok = False
            continue
        orders.append(ids)
    if ok and len(orders) + 1 >= math.factorial(len(right)):
        doc.at(node, "con «also_accept» toda forma de ordenar sería correcta: no queda nada que ordenar")
        ok = False
    return tuple(orders) if ok else None


def _order_problem(ids: tuple[str, ...], right: tuple[str, ...], seen: list[tuple[str, ...]]) -> str | None:
    unknown = [i for i in ids if i not in right]
    if unknown:
        return f"«also_accept» nombra un id que no está en «items»: «{unknown[0]}»"
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        return f"en un orden de «also_accept» el id «{repeated[0]}» está repetido"
    missing = [i for i in right if i not in ids]
    if missing:
        return f"a un orden de «also_accept» le falta el id «{missing[0]}»: cada orden lleva todos los elementos"
    if ids == right:
        return "ese orden de «also_accept» es el de «items»: ya es el correcto"
    if ids in seen:
        return "ese orden de «also_accept» está repetido"
    return None


KIND = Order()
