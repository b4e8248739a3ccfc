"""``reflect``: an ungraded prompt answered by choosing one of 2 to 6 preset answers
(lessons/README.md, "reflect").

Never free text: a shared PC must not keep what a child typed about themselves, so the checker
refuses any field that would ask for it, and no option may be ``correct``. Ungraded: it never
counts in a score (``graded = False``; ``graded_questions`` leaves it out) and, like every
answer, it never leaves the PC (the sync sends counts of visits and completions only,
``kiosk/sync/counts.py``). Staff see how many learners of a class chose each preset, never one
learner's choice (``kiosk/ui/staff/report_learner.py``).

An answer is the ``frozenset`` of the one chosen option id, stored ``{"chosen": ["b"]}`` like
``single``.
"""

from __future__ import annotations

from typing import Any

from kiosk.content.model import Activity
from kiosk.content.yaml_fields import Fields

from ._base import Body
from ._options import OptionsKind, parse_options

# Fields an author might write to ask for typed answers: named so that the message says why.
FREE_TEXT_KEYS = ("free_text", "texto_libre", "allow_text", "other", "otro", "write", "escribir")


class Reflect(OptionsKind):
    name = "reflect"
    order = 8
    graded = False
    private = True  # staff see its answers only as class counts (kiosk/ui/staff/report_*.py)
    keys = ("options", *FREE_TEXT_KEYS)
    limits = (2, 6)

    def parse(self, fields: Fields) -> Body | None:
        refused = False
        for key in FREE_TEXT_KEYS:
            if key in fields:
                fields.doc.report.add(
                    fields.key_line(key),
                    f"«{key}»: una reflexión no guarda texto escrito (la compu es compartida); "
                    "ofrecé respuestas para elegir en «options»",
                )
                refused = True
        fields.check_required(("options",))
        options = parse_options(fields, self.name, self.limits)
        if options is None or refused:
            return None
        graded = [o for o in options if o.correct]
        if graded:
            fields.doc.report.add(
                fields.key_line("options"),
                "una reflexión no tiene respuestas correctas: sacá «correct» de "
                f"«{graded[0].text}»",
            )
            return None
        return Body(options=options)

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        if set(translation.option_ids) != set(original.option_ids):
            return (
                f"las opciones no son las mismas (en español: {', '.join(original.option_ids)}; "
                f"aquí: {', '.join(translation.option_ids)})"
            )
        return None

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        """Complete (there is no right or wrong): one of its options was chosen."""
        chosen = frozenset(answer)
        return len(chosen) == 1 and chosen <= set(activity.option_ids)

    def solution(self, activity: Activity) -> Any:
        return frozenset({activity.option_ids[0]})

    def wrong_answers(self, activity: Activity) -> list[Any]:
        return []


KIND = Reflect()
