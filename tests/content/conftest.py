"""Fixtures for the content tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from lesson_tree import LESSON_ES, MODULE, MODULE_YAML, PNG, TRACK, TRACK_YAML, Tree


@pytest.fixture()
def tree(tmp_path: Path) -> Tree:
    tree = Tree(tmp_path / "lessons")
    tree.write(f"{TRACK}/track.yaml", TRACK_YAML)
    tree.write(f"{TRACK}/{MODULE}/module.yaml", MODULE_YAML)
    tree.write(f"{TRACK}/{MODULE}/img/candado.png", PNG)
    tree.lesson(LESSON_ES)
    return tree
