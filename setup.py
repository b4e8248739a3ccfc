"""The one build step pyproject.toml cannot say: put the top-level lessons/, assets/ and db/ into
the wheel as package data, under ``kiosk/_bundled/`` (kiosk/resources.py reads them from there
through importlib.resources).  Everything else is declared in pyproject.toml.

An editable install copies nothing: it reads the folders of the checkout, as a checkout does.
tests/test_resources.py imports ``copy_bundled_folders`` (hence the ``__main__`` guard: setuptools
runs this file as ``__main__``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# folder -> what of it the kiosk never reads at run time (the README's screenshots)
BUNDLED = {"lessons": (), "assets": ("screenshots",), "db": ()}


def copy_bundled_folders(build_lib: str | Path) -> Path:
    """Copy the folders into ``build_lib/kiosk/_bundled``; returns that folder."""
    target = Path(build_lib, "kiosk", "_bundled")
    shutil.rmtree(target, ignore_errors=True)  # a stale build/ must not keep deleted files
    for name, skipped in BUNDLED.items():
        ignore = shutil.ignore_patterns("__pycache__", "*.py[co]", *skipped)
        shutil.copytree(HERE / name, target / name, ignore=ignore)
    return target


class BuildPyWithBundledFolders(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            copy_bundled_folders(self.build_lib)


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithBundledFolders})
