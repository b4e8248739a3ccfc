"""Refresh the translation catalogs from the code, then compile them.

    python -m kiosk.ui.i18n.update                   # lupdate -> kiosk_<lang>.ts, lrelease -> .qm
    python -m kiosk.ui.i18n.update --merge es FILE.json   # also fill translations from a file

One catalog per language of the registry (``kiosk.core.languages``), shipped or still in
translation, holds every visible string: Qt code's ``self.tr()`` and the Qt-free code's
``Context.tr()`` / ``QT_TRANSLATE_NOOP`` (the CLI, the exports, the PDFs, the sync messages),
plus the few strings of Qt's own dialogs we translate better than Qt does (qt_strings.py).
English is the source language: its catalog holds only the plural forms ("%n learner(s)" ->
"1 learner" / "2 learners").

A language whose catalog is machine-made (``reviewed=False`` in the registry) gets
``REVIEW_NOTE`` at the head of its .ts on every run, until a native speaker has read it.

Source strings are English; every shipped catalog must be complete (tests/test_languages.py
fails on an unfinished or missing message, a lost placeholder or an empty plural form).
Placeholders are Python's ``{name}``, Qt's ``%n`` in plurals and ``%1`` in Qt's own strings.
Edit the .ts files with Qt Linguist (``pyside6-linguist``) or by hand; ``--merge`` takes
``{"English source": "translation"}``, for a plural ``{"%n source(s)": ["one", "many"]}``, and
``"Context::source"`` as a key for one context only.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KIOSK = HERE.parents[1]
NOT_SCANNED = {"collector"}  # the collector is a separate server with its own pages


def languages():
    from kiosk.core import languages as registry

    return registry.all_languages()


def qt_tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", Path(sys.executable).parent / f"pyside6-{name}"):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"Qt's {name} was not found next to PySide6")


def sources() -> list[str]:
    """Every module of the kiosk except the collector and this tool (qt_strings.py is in)."""
    return sorted(
        str(p) for p in KIOSK.rglob("*.py")
        if not NOT_SCANNED.intersection(p.relative_to(KIOSK).parts) and p != Path(__file__).resolve()
    )


def lupdate(ts_file: Path, lang: str, *, plural_only: bool = False) -> None:
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "en",
         "-target-language", lang, *(["-pluralonly"] if plural_only else []), *sources(), "-ts", str(ts_file)],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


# The header of a catalog whose language is not ``reviewed`` (kiosk.core.languages): lupdate and
# Qt Linguist drop comments, so the tool writes it again on every run, from the registry line.
REVIEW_NOTE = (" REVIEW PENDING - revisión pendiente: a machine translation that awaits a native "
               "speaker's review. Once reviewed, set reviewed=True on this language's line in "
               "kiosk/core/languages.py (this note is written by python -m kiosk.ui.i18n.update). ")


def merge(ts_file: Path, translations: dict[str, str | list[str]], *, awaiting_review: bool = False) -> list[str]:
    """Fill ``ts_file``'s messages from ``{source: translation or [plural forms]}`` and head
    it with ``REVIEW_NOTE`` when ``awaiting_review``; return the sources still missing."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file)  # comments are not kept: the note is written from the registry
    if awaiting_review:
        tree.getroot().insert(0, ET.Comment(REVIEW_NOTE))
    missing = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            if _fill(context.findtext("name"), message, translations):
                missing.append(message.findtext("source"))
    ET.indent(tree, "    ")
    with open(ts_file, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return missing


def _fill(context: str | None, message, translations: dict[str, str | list[str]]) -> bool:
    """Fill one message from ``translations`` (key "Context::source" first, then "source");
    True when it is still untranslated."""
    source = message.findtext("source")
    translation = message.find("translation")
    forms = list(translation.iter("numerusform"))
    given = translations.get(f"{context}::{source}", translations.get(source))
    if given is not None:
        if forms:
            given = [given] * len(forms) if isinstance(given, str) else given
            if len(given) != len(forms):
                raise ValueError(f"{source!r} needs {len(forms)} plural forms, got {len(given)}")
            for form, text in zip(forms, given, strict=True):
                form.text = text
        else:
            translation.text = given
        translation.attrib.pop("type", None)
        return False
    if forms:
        done = all((f.text or "").strip() for f in forms)
    else:
        done = bool((translation.text or "").strip())
    return translation.get("type") == "unfinished" or not done


def update(lang, merges: dict[str, str | list[str]] | None = None, folder: Path = HERE) -> list[str]:
    """lupdate + merge + lrelease for one registered language; the sources still missing."""
    ts_file = folder / f"{lang.catalog}.ts"
    lupdate(ts_file, lang.code, plural_only=lang.is_source)
    missing = merge(ts_file, merges or {}, awaiting_review=not lang.reviewed)
    lrelease(ts_file, folder / f"{lang.catalog}.qm")
    return missing


def main(argv: list[str] | None = None) -> int:
    """``python -m kiosk.ui.i18n.update [--merge es FILE.json ...]``"""
    import json

    args = list(sys.argv[1:] if argv is None else argv)
    merges: dict[str, dict[str, str | list[str]]] = {}
    while args[:1] == ["--merge"]:
        lang, path = args[1], Path(args[2])
        merges.setdefault(lang, {}).update(json.loads(path.read_text(encoding="utf-8")))
        args = args[3:]
    for lang in languages():
        missing = update(lang, merges.get(lang.code))
        print(f"updated {(HERE / lang.catalog).relative_to(KIOSK.parent)}.ts")
        for source in missing:
            print(f"  untranslated ({lang.code}): {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
