"""``sort``: put each of 3 to 10 items into one of 2 to 4 buckets, such as "Compartir" and "No
compartir" (lessons/README.md, "sort").

An answer says where each item went: a tuple of ``(item id, bucket id)`` pairs sorted by item
id, stored as ``{"placed": {"color": "compartir", ...}}``. It is right when every item is in its
bucket; each misplaced item's own ``feedback`` tells the learner why, and staff read how many
were in place."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kiosk.content.model import Activity
from kiosk.content.yaml_fields import Fields

from ._base import ActivityKind, Body, word
from ._items import Item, item_label, parse_items

BUCKET_LIMITS = (2, 4)
ITEM_LIMITS = (3, 10)


@dataclass(frozen=True)
class SortSpec:
    buckets: tuple[Item, ...]
    items: tuple[Item, ...]  # each with its right ``bucket`` and its ``feedback``

    @property
    def right(self) -> dict[str, str]:
        return {item.id: item.bucket for item in self.items}


def placed(answer: Any) -> dict[str, str]:
    """An answer as {item id: bucket id}."""
    return dict(answer)


def answer_of(mapping: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """{item id: bucket id} as an answer."""
    return tuple(sorted(mapping.items()))


_PARTIAL = {"es": "{said} (bien: {n} de {total})", "en": "{said} (right: {n} of {total})"}


class Sort(ActivityKind):
    name = "sort"
    order = 6
    keys = ("buckets", "items")

    # -- the lesson file ----------------------------------------------------------------------
    def parse(self, fields: Fields) -> Body | None:
        fields.check_required(("buckets", "items"))
        buckets = parse_items(fields, "buckets", kind=self.name, limits=BUCKET_LIMITS,
                              noun="el lugar")
        read = parse_items(fields, "items", kind=self.name, limits=ITEM_LIMITS,
                           noun="el elemento", extra_keys=("bucket", "feedback"))
        if buckets is None or read is None:
            return None
        bucket_ids = [bucket.id for bucket, _ in buckets]
        items: list[Item] = []
        for item, item_fields in read:
            item_fields.check_required(("bucket",))
            bucket = item_fields.text("bucket")
            feedback = item_fields.text("feedback", required=False) or ""
            if bucket is not None and bucket not in bucket_ids:
                fields.doc.report.add(
                    item_fields.key_line("bucket"),
                    f"«bucket: {bucket}» no es el id de uno de los lugares de «buckets» "
                    f"(se esperaba {' o '.join(bucket_ids)})",
                )
                bucket = None
            if bucket is not None:
                items.append(replace(item, bucket=bucket, feedback=feedback))
        if len(items) != len(read):
            return None
        if not (BUCKET_LIMITS[0] <= len(buckets) <= BUCKET_LIMITS[1]
                and ITEM_LIMITS[0] <= len(items) <= ITEM_LIMITS[1]):
            return None  # reported by parse_items
        if len({item.bucket for item in items}) == 1:
            fields.doc.report.add(
                fields.key_line("items"),
                "todos los elementos van al mismo lugar: así no hay nada que separar",
            )
            return None
        return Body(spec=SortSpec(tuple(b for b, _ in buckets), tuple(items)))

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        mine, theirs = original.spec, translation.spec
        mine_buckets = [b.id for b in mine.buckets]
        their_buckets = [b.id for b in theirs.buckets]
        if their_buckets != mine_buckets:
            return (
                f"los lugares («buckets») no son los mismos (en español: {', '.join(mine_buckets)}; "
                f"aquí: {', '.join(their_buckets)})"
            )
        if set(theirs.right) != set(mine.right):
            return (
                "los elementos no son los mismos (en español: "
                f"{', '.join(sorted(mine.right))}; aquí: {', '.join(sorted(theirs.right))})"
            )
        moved = sorted(i for i, bucket in theirs.right.items() if mine.right[i] != bucket)
        if moved:
            return (
                f"el elemento «{moved[0]}» va a otro lugar que en español "
                f"(en español: «bucket: {mine.right[moved[0]]}»)"
            )
        return None

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        return placed(answer) == activity.spec.right

    def encode(self, answer: Any) -> dict[str, Any]:
        return {"placed": dict(sorted(placed(answer).items()))}

    def decode(self, activity: Activity, value: Any) -> Any | None:
        if isinstance(value, dict):
            where = value.get("placed")
            if isinstance(where, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in where.items()
            ):
                return answer_of(where)
        return None

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        where = placed(answer)
        if not where:
            return word("nothing", lang)
        spec = activity.spec
        order = [item.id for item in spec.items]
        order += sorted(set(where) - set(order))
        groups: list[str] = []
        for bucket in [b.id for b in spec.buckets] + sorted(set(where.values()) - {b.id for b in spec.buckets}):
            inside = [item_label(spec.items, i, lang) for i in order if where.get(i) == bucket]
            if inside:
                groups.append(f"{item_label(spec.buckets, bucket, lang)}: {', '.join(inside)}")
        said = " · ".join(groups)
        if self.evaluate(activity, answer):
            return said
        right = sum(1 for item in spec.items if where.get(item.id) == item.bucket)
        return _PARTIAL.get(lang, _PARTIAL["es"]).format(said=said, n=right, total=len(spec.items))

    def solution(self, activity: Activity) -> Any:
        return answer_of(activity.spec.right)

    def wrong_answers(self, activity: Activity) -> list[Any]:
        spec = activity.spec
        ids = [b.id for b in spec.buckets]
        shifted = {i: ids[(ids.index(b) + 1) % len(ids)] for i, b in spec.right.items()}
        first = dict(spec.right)
        first[spec.items[0].id] = shifted[spec.items[0].id]
        return [answer_of(shifted), answer_of(first)]

    # -- what the widget asks -----------------------------------------------------------------
    def misplaced(self, activity: Activity, answer: Any) -> list[Item]:
        """The items of ``answer`` that are not in their bucket (in the lesson's order)."""
        where = placed(answer)
        return [item for item in activity.spec.items if where.get(item.id) != item.bucket]


KIND = Sort()
