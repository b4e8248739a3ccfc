"""Text helpers shared by the content engine and the UI: the Guarani puso and search folding.

The spec (lessons/README.md, "Text and the Guarani puso") stores the puso as U+02BC and treats
``'``, ``’`` and ``ʼ`` as equal when comparing answers and searching.  We also accept the other
two look-alikes people type by accident (``‘`` and the spacing acute ``´`` of Spanish keyboards).
"""

from __future__ import annotations

import re
import unicodedata

PUSO = "\u02bc"  # ʼ MODIFIER LETTER APOSTROPHE
_PUSO_LOOKALIKES = "'\u2019\u2018\u00b4"  # ' ’ ‘ ´
_PUSO_TABLE = str.maketrans({ch: PUSO for ch in _PUSO_LOOKALIKES})
_SPACES = re.compile(r"\s+")


def normalize_puso(text: str) -> str:
    """``text`` in NFC with every apostrophe look-alike turned into the puso (U+02BC)."""
    return unicodedata.normalize("NFC", text).translate(_PUSO_TABLE)


def normalize_answer(text: str) -> str:
    """For comparing typed answers: puso unified, case folded, spaces collapsed; accents kept."""
    return _SPACES.sub(" ", normalize_puso(text).casefold()).strip()


def same_answer(a: str, b: str) -> bool:
    return normalize_answer(a) == normalize_answer(b)


def fold_for_search(text: str) -> str:
    """For search: puso unified, accents (and the g̃ tilde) dropped, case folded, spaces collapsed.

    ``fold_for_search("Ñandeʼs Pyhareve")`` == ``fold_for_search("nande's pyhareve")``.
    """
    # Puso first: NFKD would turn the spacing acute ´ into " " + U+0301.
    text = unicodedata.normalize("NFKD", text.translate(_PUSO_TABLE).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()
