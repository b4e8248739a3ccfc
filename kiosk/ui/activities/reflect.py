"""``reflect``: tap the preset answer that fits you; nothing is right or wrong, nothing is typed.
The chosen answer stays marked (not green: it is not "right"), then the option's feedback or a
thank-you."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.widgets.common import label, set_prop

from ._options import OptionsWidget


class ReflectWidget(OptionsWidget):
    kind = "reflect"

    def build(self, col: QVBoxLayout) -> None:
        col.addWidget(label(self.tr("There is no right or wrong answer: choose the one closest to you."), "hint"))
        super().build(col)

    def _reveal(self, chosen: frozenset[int], complete: bool) -> None:
        """Keep the chosen answer marked (not green) and say thank you (``OptionsWidget``:
        judged, recorded, then shown)."""
        self.tries += 1
        options = self.activity.options
        self.done = complete
        for i, btn in enumerate(self.options):
            btn.setChecked(i in chosen)
            set_prop(btn, "state", "")
            btn.setEnabled(False)
        texts = [options[i].feedback for i in sorted(chosen) if options[i].feedback]
        self.show_feedback(True, " ".join(texts) or self.tr("Thank you for thinking about it."),
                           self.activity.explanation)


WIDGET = ReflectWidget
