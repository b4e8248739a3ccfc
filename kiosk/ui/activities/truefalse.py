"""``truefalse``: two buttons, True and False, in the learner's language."""

from __future__ import annotations

from kiosk.content.model import Option
from kiosk.ui.read_aloud import phrase

from ._options import OptionsWidget


class TrueFalseWidget(OptionsWidget):
    kind = "truefalse"

    def option_text(self, option: Option) -> str:
        return self.tr("True") if option.id == "true" else self.tr("False")

    def spoken_option(self, option: Option, lang: str) -> str:  # in the lesson's language
        return phrase(lang, "TrueFalseWidget", "True" if option.id == "true" else "False")


WIDGET = TrueFalseWidget
