"""``single``: tap the one right option; feedback at once."""

from __future__ import annotations

from ._options import OptionsWidget


class SingleWidget(OptionsWidget):
    kind = "single"


WIDGET = SingleWidget
