"""Find the bundled folders (lessons/, assets/, db/) in a checkout and in a frozen bundle.

A checkout (and an editable install) has them beside the ``kiosk`` package; a PyInstaller
bundle has them under ``sys._MEIPASS``.  ``KIOSK_LESSONS`` overrides the lessons folder (for
content authors trying a tree of their own).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def lessons_dir() -> Path:
    override = os.environ.get("KIOSK_LESSONS")
    return Path(override) if override else root() / "lessons"


def assets_dir() -> Path:
    return root() / "assets"


def db_dir() -> Path:
    return root() / "db"


def avatar_path(name: str) -> Path:
    return assets_dir() / "avatars" / name


def icon_path(name: str) -> Path:
    return assets_dir() / "icons" / name
