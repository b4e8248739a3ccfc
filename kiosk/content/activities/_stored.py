"""Stored answers: encode, decode (release 0.1's option indexes too), describe for staff."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from kiosk.content.model import DEFAULT_LANG

from ._base import word
from ._registry import KINDS, kind_of

if TYPE_CHECKING:
    from kiosk.content.model import Activity, Catalog


def encode_answer(activity: Activity, answer: Any) -> dict[str, Any]:
    """``answer`` as the JSON object stored for it."""
    return kind_of(activity).encode(answer)


def decode_answer(activity: Activity, stored: str | Any) -> Any | None:
    """A stored answer (the text of ``attempts.answer``, or its ``json.loads``) as an answer of
    ``activity``'s kind; None when unreadable. ``activity`` should be the Spanish one: the answers
    of release 0.1 are option positions in it."""
    if isinstance(stored, str):
        try:
            stored = json.loads(stored)
        except ValueError:
            return None
    try:
        return kind_of(activity).decode(activity, stored)
    except KeyError:
        return None


def _spanish_activity(catalog: Catalog | None, question_id: str) -> Activity | None:
    lesson_id, _, activity_id = question_id.partition("#")
    entry = catalog.lesson_entry(lesson_id) if catalog is not None else None
    return entry.in_lang(DEFAULT_LANG).activity(activity_id) if entry is not None else None


def normalise_stored(catalog: Catalog | None, question_id: str, stored: str) -> str:
    """``stored`` re-spelt as its kind writes it today, so that an answer of release 0.1 (option
    indexes) and the same answer stored later count as one (and as the kind counts answers:
    ``ActivityKind.counted_as``); unchanged when not readable."""
    original = _spanish_activity(catalog, question_id)
    if original is None or original.kind not in KINDS:
        return stored
    answer = decode_answer(original, stored)
    if answer is None:
        return stored
    kind = kind_of(original)
    encoded = kind.encode(kind.counted_as(original, answer))
    return json.dumps(encoded, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def describe_stored(catalog: Catalog | None, question_id: str, stored: str, lang: str) -> str:
    """A stored answer to the question ``question_id`` ("<lesson id>#<activity id>") in words
    for staff, in ``lang``. Read against the Spanish lesson; said with the ``lang`` one."""
    original = _spanish_activity(catalog, question_id)
    shown = None
    if original is not None:
        lesson_id, _, activity_id = question_id.partition("#")
        shown = catalog.lesson(lesson_id, lang).activity(activity_id)  # type: ignore[union-attr]
    if original is None or original.kind not in KINDS:
        return _describe_unknown(stored, lang)
    if shown is None or shown.kind != original.kind:
        shown = original
    answer = decode_answer(original, stored)
    if answer is None:
        return word("nothing", lang) if _empty(stored) else word("unreadable", lang)
    return kind_of(original).describe(shown, answer, lang)


def _describe_unknown(stored: str, lang: str) -> str:
    """An answer to a question the catalog no longer has: its options by id or number."""
    try:
        value = json.loads(stored)
    except ValueError:
        return word("unreadable", lang)
    if isinstance(value, dict) and isinstance(value.get("chosen"), list):
        chosen = [str(i) for i in value["chosen"]]
    elif isinstance(value, list) and all(isinstance(i, int) for i in value):
        chosen = [str(i + 1) for i in value]  # 0.1: option indexes
    else:
        return word("unreadable", lang)
    if not chosen:
        return word("nothing", lang)
    return " + ".join(word("option", lang).format(id=i) for i in chosen)


def _empty(stored: str) -> bool:
    try:
        return json.loads(stored) in ([], {}, None, "")
    except ValueError:
        return not stored.strip()
