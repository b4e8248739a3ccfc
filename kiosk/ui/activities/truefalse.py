"""``truefalse``: two buttons, True and False, in the learner's language."""

from __future__ import annotations

from kiosk.content.model import Option

from ._options import OptionsWidget


class TrueFalseWidget(OptionsWidget):
    kind = "truefalse"

    def option_text(self, option: Option) -> str:
        return self.tr("True") if option.id == "true" else self.tr("False")


WIDGET = TrueFalseWidget
