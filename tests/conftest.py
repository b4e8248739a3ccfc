"""Shared fixtures.  Qt runs offscreen; every test gets its own KIOSK_HOME in tmp."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KIOSK_HOME", None)

import pytest  # noqa: E402


@pytest.fixture()
def home(tmp_path, monkeypatch):
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(path))
    return path
