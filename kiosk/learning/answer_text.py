"""How an attempt's answer is stored, and what is read back from it: canonical JSON text (the
``attempts.answer`` column), and the program a coding challenge's answer holds (a turtle run:
``{"program": ..., "passed": ..., "rule": ...}``).  Used by ``kiosk.learning.progress``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any


def answer_text(answer: Mapping[str, Any] | Sequence[int]) -> str:
    """The stored text of an answer: canonical JSON (sorted keys, no spaces)."""
    if isinstance(answer, Mapping):
        try:
            return json.dumps(dict(answer), sort_keys=True, separators=(",", ":"),
                              ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"answer must be a JSON object, got {answer!r}") from exc
    if isinstance(answer, (str, bytes)) or any(
        isinstance(i, bool) or not isinstance(i, int) for i in answer
    ):
        raise ValueError(f"answer must be a JSON object or option indexes, got {answer!r}")
    return json.dumps(list(answer), separators=(",", ":"))


def program_of(answer: str) -> tuple[str, str | None] | None:
    """(program, failed rule) of a stored answer that holds a program, else None. Cheap first
    test: most answers are option ids."""
    if '"program"' not in answer:
        return None
    try:
        value = json.loads(answer)
    except ValueError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("program"), str):
        return None
    rule = value.get("rule")
    return value["program"], rule if isinstance(rule, str) else None
