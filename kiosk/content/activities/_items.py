"""The lists of ``order`` and ``sort``: items (and sort's buckets), each with a written ``id``,
its ``text`` and/or a picture (``_pictures.py``), and the fields the kind adds.

Ids are what answers store, so they are always written (never derived from the position: the
position is the answer of ``order``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.yaml_fields import ACTIVITY_ID_RE, Fields, SequenceNode

from ._pictures import PICTURE_KEYS, parse_labelled

__all__ = ["Item", "parse_items", "item_label", "unknown_label"]


@dataclass(frozen=True)
class Item:
    """One thing to put in order or to sort (or one of sort's buckets)."""

    id: str
    text: str
    image: Path | None = None
    alt: str = ""
    feedback: str = ""  # sort: what the learner reads when this item is in the wrong bucket
    bucket: str = ""  # sort: the id of its right bucket

    @property
    def label(self) -> str:
        """The item in words: its text, else its picture's alt text."""
        return self.text or self.alt


def parse_items(
    fields: Fields,
    key: str,
    *,
    kind: str,
    limits: tuple[int, int],
    noun: str,
    extra_keys: Sequence[str] = (),
) -> list[tuple[Item, Fields]] | None:
    """The list under ``key``: each ``id`` (required), ``text`` and/or ``image`` + ``alt``, and
    ``extra_keys`` (read by the caller from the returned ``Fields``). ``noun``: "el elemento".
    None unless every entry could be read."""
    doc = fields.doc
    node = fields.items.get(key, (None, None))[1]
    if node is None:
        return None
    line = fields.key_line(key)
    if not isinstance(node, SequenceNode):
        doc.report.add(line, f"«{key}» debe ser una lista («- id: ...»)")
        return None
    low, high = limits
    count = len(node.value)
    if not low <= count <= high:
        doc.report.add(
            line, f"una actividad «{kind}» necesita entre {low} y {high} en «{key}» (tiene {count})"
        )
    found: list[tuple[Item, Fields]] = []
    ids: dict[str, int] = {}
    said: dict[str, int] = {}
    for number, entry in enumerate(node.value, start=1):
        what = f"{noun} {number}"
        entry_fields = Fields.of(doc, entry, doc.line(entry), what, f" en {what}")
        if entry_fields is None:
            continue
        entry_fields.check_unknown(("id", "text", *PICTURE_KEYS, *extra_keys))
        entry_fields.check_required(("id",))
        item_id = checked_id(entry_fields, number, ids, noun) if "id" in entry_fields else None
        shown = parse_labelled(entry_fields, what)
        if item_id is None or shown is None:
            continue
        words = shown.text or shown.alt
        if words in said:
            doc.report.add(
                entry_fields.key_line("text" if shown.text else "alt"),
                f"«{words}» está repetido (ya lo dice {noun} {said[words]})",
            )
            continue
        said[words] = number
        found.append((Item(item_id, shown.text, shown.image, shown.alt), entry_fields))
    return found if len(found) == count else None


def checked_id(fields: Fields, number: int, seen: dict[str, int], owner: str, *, what: str = "id") -> str | None:
    """The ``id`` of entry ``number`` when it is well formed and not taken (``seen``: id -> the
    entry that has it), else None with the problem reported. ``owner`` names an entry in the
    message ("la opción", "el elemento"); ``what`` names the id ("id de opción")."""
    value = fields.text("id")
    if value is None:
        return None
    line = fields.key_line("id")
    if not ACTIVITY_ID_RE.match(value):
        fields.doc.report.add(
            line, f"{what} «{value}» no válido: usá letras sin acentos, números y guiones"
        )
        return None
    if value in seen:
        fields.doc.report.add(line, f"el {what} «{value}» ya lo tiene {owner} {seen[value]}")
        return None
    seen[value] = number
    return value


_UNKNOWN = {"es": "elemento «{id}»", "en": "item “{id}”"}


def unknown_label(item_id: str, lang: str) -> str:
    """An id a stored answer names that the lesson no longer has."""
    return _UNKNOWN.get(lang, _UNKNOWN["es"]).format(id=item_id)


def item_label(items: Sequence[Item], item_id: str, lang: str) -> str:
    """The words of the item ``item_id`` of ``items`` (or of an unknown one)."""
    item = next((i for i in items if i.id == item_id), None)
    return item.label if item is not None else unknown_label(item_id, lang)
