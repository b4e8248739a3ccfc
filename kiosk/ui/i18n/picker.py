"""The language pickers (sign-in screen, settings, first run) and the note a machine-made
interface shows, in one place: every picker marks a language awaiting review the same way.

A language whose catalog is machine-made (``reviewed=False`` in ``kiosk.core.languages``) is
offered like the others, with "(in review)" after its name, and while it is the interface
language the sign-in screen says, calmly, that the translation awaits review: in that language
and in the registry's default one (Spanish), so a facilitator reads it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from kiosk.core import i18n, languages
from kiosk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LanguagePicker"
IN_REVIEW = QT_TRANSLATE_NOOP("LanguagePicker", "{language} (in review)")
NOTE = QT_TRANSLATE_NOOP("LanguagePicker", "Translation in review")


def item_text(code: str, native_name: str) -> str:
    """What a picker shows for a language: its own name, marked when its catalog awaits review."""
    if not languages.awaiting_review(code):
        return native_name
    return QCoreApplication.translate(CONTEXT, IN_REVIEW).format(language=native_name)


def fill(combo: QComboBox, choices: list[tuple[str, str]] | None = None) -> None:
    """Add ``choices`` (default: every language people can choose) to ``combo``: the marked
    name shown, the code as the item's data."""
    for code, name in languages.choices() if choices is None else choices:
        combo.addItem(item_text(code, name), code)


def review_note(code: str | None) -> str:
    """The note while ``code`` is the interface language: "" for a reviewed catalog, else
    "Translation in review" in the interface language (Qt's installed catalog) and, when it
    says something else, in the registry's default language too."""
    if not languages.awaiting_review(code):
        return ""
    here = QCoreApplication.translate(CONTEXT, NOTE)
    default = i18n.translate(CONTEXT, NOTE, lang=languages.DEFAULT)
    return here if default == here else f"{here} · {default}"


__all__ = ["fill", "item_text", "review_note"]
