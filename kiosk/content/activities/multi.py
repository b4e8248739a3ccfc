"""``multi``: every right option among 2 to 8, then "Check" (lessons/README.md, "multi")."""

from __future__ import annotations

from ._options import OptionsKind


class Multi(OptionsKind):
    name = "multi"
    order = 2
    limits = (2, 8)

    def correct_count_problem(self, right: int) -> str | None:
        if right == 0:
            return "una pregunta «multi» necesita al menos una opción con «correct: true»"
        return None


KIND = Multi()
