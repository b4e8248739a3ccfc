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


def main() -> int:
    for lang in LANGS:
        ts_file = HERE / f"kiosk_{lang}.ts"
        lupdate(ts_file, lang)
        lrelease(ts_file, HERE / f"kiosk_{lang}.qm")
        print(f"updated {ts_file.relative_to(KIOSK.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
