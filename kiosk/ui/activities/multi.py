"""``multi``: tap every right option, then "Check"."""

from __future__ import annotations

from ._options import OptionsWidget


class MultiWidget(OptionsWidget):
    kind = "multi"
    multiple = True


WIDGET = MultiWidget
