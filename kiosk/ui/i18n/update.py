"""Refresh the translation catalogs from the code, then compile them.

    python -m kiosk.ui.i18n.update          # lupdate kiosk/ui + kiosk/app.py -> kiosk_<lang>.ts, then lrelease -> .qm

Source strings are English (``self.tr("...")``); every catalog must be complete before a release
(tests/test_i18n.py fails on an unfinished or missing message).  Placeholders are Python's
``{name}`` and must stay the same in every translation.  Edit the .ts files with Qt Linguist
(``pyside6-linguist``) or by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

HERE = Path(__file__).resolve().parent
KIOSK = HERE.parents[1]
LANGS = ("es",)


def qt_tool(name: str) -> str:
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", Path(sys.executable).parent / f"pyside6-{name}"):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"Qt's {name} was not found next to PySide6")


def sources() -> list[str]:
    files = sorted(str(p) for p in (KIOSK / "ui").rglob("*.py") if "i18n" not in p.parts)
    return [*files, str(KIOSK / "app.py")]


def lupdate(ts_file: Path, lang: str) -> None:
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "en",
         "-target-language", lang, *sources(), "-ts", str(ts_file)],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def merge(ts_file: Path, translations: dict[str, str]) -> list[str]:
    """Fill ``ts_file``'s messages from ``{source: translation}``; return sources still missing."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in translations:
            translation.text = translations[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(source)
    ET.indent(tree, "    ")
    with open(ts_file, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    return missing


def main(argv: list[str] | None = None) -> int:
    """``python -m kiosk.ui.i18n.update [--merge es FILE.json ...]``"""
    import json

    args = list(sys.argv[1:] if argv is None else argv)
    merges: dict[str, dict[str, str]] = {}
    while args[:1] == ["--merge"]:
        lang, path = args[1], Path(args[2])
        merges.setdefault(lang, {}).update(json.loads(path.read_text(encoding="utf-8")))
        args = args[3:]
    for lang in LANGS:
        ts_file = HERE / f"kiosk_{lang}.ts"
        lupdate(ts_file, lang)
        missing = merge(ts_file, merges.get(lang, {}))
        lrelease(ts_file, HERE / f"kiosk_{lang}.qm")
        print(f"updated {ts_file.relative_to(KIOSK.parent)}")
        for source in missing:
            print(f"  untranslated ({lang}): {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
