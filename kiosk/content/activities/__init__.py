"""The registry of activity kinds: one module per kind in this package (lessons/README.md,
"Adding a kind").

A module whose name does not start with ``_`` and that defines ``KIND`` (an ``ActivityKind``,
``_base.py``) is a kind; nothing else needs to be told about it. Kinds named by the spec but not
built yet are ``PLANNED``: the checker says they need a newer kiosk.
"""

from __future__ import annotations

from ._base import ActivityKind, Body, word
from ._registry import KINDS, PLANNED, graded_questions, kind_of, names
from ._stored import decode_answer, describe_stored, encode_answer, normalise_stored

__all__ = [
    "ActivityKind",
    "Body",
    "KINDS",
    "PLANNED",
    "kind_of",
    "names",
    "word",
    "graded_questions",
    "decode_answer",
    "encode_answer",
    "describe_stored",
    "normalise_stored",
]
