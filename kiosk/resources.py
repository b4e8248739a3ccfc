"""Find the bundled folders (lessons/, assets/, db/) wherever the kiosk runs.

The repository keeps them at its top level.  Looked for, in this order:

* a PyInstaller bundle: under ``sys._MEIPASS``;
* an installed wheel: package data ``kiosk/_bundled/`` (setup.py copies the folders there at build
  time), found through ``importlib.resources``;
* a checkout or an editable install: beside the ``kiosk`` package.

``KIOSK_LESSONS`` overrides the lessons folder (for content authors trying a tree of their own).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import resources
from importlib.resources import readers as _readers  # noqa: F401 - what files() imports on first use, imported
# now: kiosk.app imports this module without PySide6's import hook (kiosk/ui/imports.py)
from pathlib import Path

BUNDLED = ("lessons", "assets", "db")


def candidates() -> list[Path]:
    """Where the bundled folders may be, most specific first."""
    found = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen))
    packaged = resources.files("kiosk").joinpath("_bundled")
    if isinstance(packaged, Path):  # a zip import has no folder Alembic could read
        found.append(packaged)
    found.append(Path(__file__).resolve().parent.parent)
    return found


@cache
def root() -> Path:
    """The folder holding lessons/, assets/ and db/."""
    places = candidates()
    for place in places:
        if all((place / name).is_dir() for name in BUNDLED):
            return place
    from kiosk.core.errors import KioskBug

    raise KioskBug(
        "the kiosk's bundled folders (lessons, assets, db) are missing: a broken install; "
        f"looked in {', '.join(map(str, places))}"
    )


def lessons_dir() -> Path:
    override = os.environ.get("KIOSK_LESSONS")
    return Path(override) if override else root() / "lessons"


def assets_dir() -> Path:
    return root() / "assets"


def db_dir() -> Path:
    """Alembic's env.py and versions/."""
    return root() / "db"


def avatar_path(name: str) -> Path:
    return assets_dir() / "avatars" / name


def icon_path(name: str) -> Path:
    return assets_dir() / "icons" / name
