"""The kinds made of options (single, multi, truefalse): the option list and the answer rules.

An option is its ``text``, or a picture of the module's folder with its ``alt`` text, or both
(``_pictures.py``; lessons/README.md, "Picture options").

An answer is the ``frozenset`` of the chosen option ids, stored as ``{"chosen": ["a", "c"]}``
(ids sorted). Releases up to 0.1 stored the chosen option *indexes* (``[0, 2]``); ``decode``
reads those by position in the Spanish lesson, which is what they meant then (no option had a
written id, and the derived ids are the positions).
"""

from __future__ import annotations

from typing import Any, ClassVar

from kiosk.content.mock import Mock, parse_mock_field
from kiosk.content.model import Activity, Option, option_letter
from kiosk.content.yaml_fields import Fields, SequenceNode

from ._base import ActivityKind, Body, word
from ._items import checked_id
from ._pictures import PICTURE_KEYS, parse_labelled

OPTION_KEYS = ("id", "text", *PICTURE_KEYS, "correct", "feedback")

Answer = frozenset  # of option ids


def parse_options(
    fields: Fields, kind: str, limits: tuple[int, int]
) -> tuple[Option, ...] | None:
    """The ``options`` list: each ``text`` (required unless ``image`` with ``alt``), ``correct``,
    ``feedback`` and ``id``; None unless every option could be read.

    Ids are all written or all derived (a, b, c... by position)."""
    doc = fields.doc
    node = fields.items.get("options", (None, None))[1]
    if node is None:
        return None
    line = fields.key_line("options")
    if not isinstance(node, SequenceNode):
        doc.report.add(line, "«options» debe ser una lista de opciones («- text: ...»)")
        return None
    low, high = limits
    count = len(node.value)
    if not low <= count <= high:
        doc.report.add(
            line,
            f"una pregunta «{kind}» necesita entre {low} y {high} opciones (tiene {count})",
        )
    options: list[Option] = []
    texts: dict[str, int] = {}
    ids: dict[str, int] = {}
    without_id: list[tuple[int, int]] = []  # (option number, line)
    for number, item in enumerate(node.value, start=1):
        where = f" en la opción {number}"
        option = Fields.of(doc, item, doc.line(item), f"la opción {number}", where)
        if option is None:
            continue
        option.check_unknown(OPTION_KEYS)
        shown = parse_labelled(option, f"la opción {number}")
        correct = option.boolean("correct") if "correct" in option else False
        feedback = option.text("feedback", required=False) or ""
        option_id = _option_id(option, number, ids) if "id" in option else ""
        if "id" not in option:
            without_id.append((number, doc.line(item)))
        if shown is None or correct is None or option_id is None:
            continue
        said = shown.text or shown.alt  # two options that say the same are one too many
        if said in texts:
            key = "text" if shown.text else "alt"
            doc.report.add(option.key_line(key), f"la opción «{said}» está repetida")
        texts.setdefault(said, number)
        options.append(Option(shown.text, correct, feedback, option_id, shown.image, shown.alt))
    if ids and without_id:
        number, item_line = without_id[0]
        doc.report.add(
            item_line,
            f"falta el «id» de la opción {number}: si una opción lleva «id», todas lo llevan",
        )
    return tuple(options) if len(options) == count else None


def _option_id(option: Fields, number: int, seen: dict[str, int]) -> str | None:
    return checked_id(option, number, seen, "la opción", what="id de opción")


class OptionsKind(ActivityKind):
    """Choose among options; right when exactly the correct options are chosen."""

    keys: ClassVar[tuple[str, ...]] = ("options",)
    limits: ClassVar[tuple[int, int]] = (2, 6)

    def parse(self, fields: Fields) -> Body | None:
        fields.check_required(("options",))
        options = parse_options(fields, self.name, self.limits)
        if options is not None:  # every option was readable: the count is meaningful
            message = self.correct_count_problem(sum(1 for o in options if o.correct))
            if message:
                fields.doc.report.add(fields.key_line("options"), message)
                return None
        return Body(options=options or (), spec=self.parse_mock(fields))

    def parse_mock(self, fields: Fields) -> Mock | None:
        """The ``mock:`` shown with the question ("¿real o falso?"), for kinds that list it in
        ``keys`` (lessons/README.md, "Mock messages"); the activity's ``spec``."""
        return parse_mock_field(fields) if "mock" in self.keys else None

    def correct_count_problem(self, right: int) -> str | None:
        """Why ``right`` correct options are not allowed for this kind, or None."""
        return None

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        if set(translation.option_ids) != set(original.option_ids):
            return (
                f"las opciones no son las mismas (en español: {', '.join(original.option_ids)}; "
                f"aquí: {', '.join(translation.option_ids)})"
            )
        if translation.correct_ids != original.correct_ids:
            return (
                "las opciones correctas no son las mismas (en español: "
                f"{', '.join(sorted(original.correct_ids))}; aquí: "
                f"{', '.join(sorted(translation.correct_ids))}); si cambiaste el orden de las "
                "opciones, escribí en cada una el «id» de la opción en español"
            )
        return None

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        return frozenset(answer) == activity.correct_ids

    def encode(self, answer: Any) -> dict[str, Any]:
        return {"chosen": sorted(answer)}

    def decode(self, activity: Activity, value: Any) -> Any | None:
        if isinstance(value, dict):
            chosen = value.get("chosen")
            if isinstance(chosen, list) and all(isinstance(i, str) for i in chosen):
                return Answer(chosen)
            return None
        if isinstance(value, list) and all(
            isinstance(i, int) and not isinstance(i, bool) for i in value
        ):  # 0.1: option indexes, the position in the Spanish lesson of 0.1
            ids = activity.option_ids
            # An option moved since keeps its 0.1 letter as its written id (README, "Option ids").
            return Answer(
                option_letter(i) if option_letter(i) in ids
                else ids[i] if 0 <= i < len(ids) else option_letter(i)
                for i in value
            )
        return None

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        if not answer:
            return word("nothing", lang)
        known = [o for o in activity.options if o.id in answer]
        texts = [self.option_label(o, lang) for o in known]
        texts += [word("option", lang).format(id=i) for i in sorted(set(answer) - {o.id for o in known})]
        return " + ".join(texts)

    def option_label(self, option: Option, lang: str) -> str:
        return option.label

    def solution(self, activity: Activity) -> Any:
        return activity.correct_ids

    def wrong_answers(self, activity: Activity) -> list[Any]:
        return [Answer({o.id}) for o in activity.options if not o.correct]
