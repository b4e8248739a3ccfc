"""``single``: one right option among 2 to 6 (lessons/README.md, "single")."""

from __future__ import annotations

from ._options import OptionsKind


class Single(OptionsKind):
    name = "single"
    order = 1
    keys = ("options", "mock")
    limits = (2, 6)

    def correct_count_problem(self, right: int) -> str | None:
        if right != 1:
            return (
                "una pregunta «single» necesita exactamente una opción con «correct: true» "
                f"(tiene {right})"
            )
        return None


KIND = Single()
