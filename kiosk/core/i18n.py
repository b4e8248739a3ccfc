"""The Qt-free way into the one catalog per language (kiosk/ui/i18n/kiosk_<lang>.ts).

Qt code translates with ``self.tr()``; code without Qt (the CLI, the exports, the PDFs' HTML,
the sync messages, the domain's labels) uses a ``Context`` named like the catalog context::

    SyncMessages = Context("SyncMessages")       # the variable's name IS the context
    SyncMessages.tr("Not enrolled yet")
    SyncMessages.tr("The server refused %n figure(s)", "", count)   # a plural
    QT_TRANSLATE_NOOP("AttendanceExport", "Date")   # a string translated later, by value

``pyside6-lupdate`` extracts all three forms (``X.tr()`` takes its context from ``X``, so the
variable must be named exactly as its context), so the update tool keeps one catalog for Qt
and non-Qt strings alike.  The catalog is the .ts file itself, read with the standard library
the first time a language is asked for (a few milliseconds) and cached; nothing is read at
import.  Unfinished messages count as missing, as they do for Qt (lrelease drops them).
"""

from __future__ import annotations

import functools
from pathlib import Path

from kiosk.core import languages

CATALOG_DIR = Path(__file__).resolve().parents[1] / "ui" / "i18n"

_current = languages.DEFAULT


def set_language(code: str | None) -> str:
    """The language Qt-free text is shown in from now on (the app and the CLI set it);
    returns the code actually used (an unknown code falls back to the default)."""
    global _current
    _current = languages.resolve(code)
    return _current


def language() -> str:
    return _current


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:  # noqa: N802
    """Mark ``source`` for the catalog without translating it now (lupdate knows this name)."""
    return source


@functools.cache
def messages(code: str) -> dict[tuple[str, str, str], str | tuple[str, ...]]:
    """``{(context, source, disambiguation): translation or plural forms}`` of a language's
    catalog: only finished, non-empty translations."""
    import xml.etree.ElementTree as ET

    lang = next((lang for lang in languages.all_languages() if lang.code == code), None)
    path = CATALOG_DIR / f"{lang.catalog}.ts" if lang is not None else None
    if path is None or not path.is_file():
        return {}
    found: dict[tuple[str, str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    found[key] = forms
            elif translation.text:
                found[key] = translation.text
    return found


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1, *,
              lang: str | None = None) -> str:
    """``source`` in ``lang`` (default: the current language), like Qt's ``translate``:
    with ``n >= 0`` the plural form for ``n`` is chosen and ``%n`` becomes ``n``.  A message
    the catalog lacks comes back as its English source."""
    code = languages.resolve(lang or _current)
    found = messages(code).get((context, source, disambiguation or ""))
    if isinstance(found, tuple):
        text = found[min(languages.get(code).plural_index(max(n, 0)), len(found) - 1)]
    else:
        text = found or source
    return text.replace("%n", str(n)) if n >= 0 else text


class Context:
    """``tr()`` for one catalog context, without Qt (see the module's docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1, *, lang: str | None = None) -> str:
        return translate(self.name, source, disambiguation, n, lang=lang)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"


__all__ = ["CATALOG_DIR", "QT_TRANSLATE_NOOP", "Context", "language", "messages", "set_language", "translate"]
