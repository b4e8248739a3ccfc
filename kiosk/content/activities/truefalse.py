"""``truefalse``: a statement, true or false (lessons/README.md, "truefalse").

Its two options have the fixed ids ``true`` and ``false`` (their text is the same word; the
widget and the reports say it in the learner's or the staff member's language)."""

from __future__ import annotations

from kiosk.content.model import Activity, Option
from kiosk.content.yaml_fields import Fields

from ._base import Body, word
from ._options import OptionsKind


class TrueFalse(OptionsKind):
    name = "truefalse"
    order = 3
    keys = ("answer", "feedback_true", "feedback_false", "mock")

    def parse(self, fields: Fields) -> Body | None:
        fields.check_required(("answer",))
        answer = fields.boolean("answer")
        feedback_true = fields.text("feedback_true", required=False) or ""
        feedback_false = fields.text("feedback_false", required=False) or ""
        mock = self.parse_mock(fields)
        if answer is None:
            return None
        return Body(spec=mock, options=(
            Option("true", answer is True, feedback_true, "true"),
            Option("false", answer is False, feedback_false, "false"),
        ))

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        if translation.correct_ids != original.correct_ids:
            return (
                f"la respuesta no es la misma (en español: «answer: {min(original.correct_ids)}»; "
                f"aquí: «answer: {min(translation.correct_ids)}»)"
            )
        return None

    def option_label(self, option: Option, lang: str) -> str:
        return word(option.id, lang)


KIND = TrueFalse()
