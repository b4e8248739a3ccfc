"""The registry of activity widgets: one module per kind in this package, next to the content
kinds of ``kiosk.content.activities`` (lessons/README.md, "Adding a kind").

A module whose name does not start with ``_`` and that defines ``WIDGET`` (a subclass of
``ActivityWidget``, ``_base.py``) is the widget of the kind it names in ``WIDGET.kind``.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk.content.model import Activity

from ._base import ActivityWidget

__all__ = ["ActivityWidget", "WIDGETS", "widget_for"]


def _discover() -> dict[str, type[ActivityWidget]]:
    found: dict[str, type[ActivityWidget]] = {}
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name.startswith("_"):
            continue
        widget = getattr(importlib.import_module(f"{__package__}.{info.name}"), "WIDGET", None)
        if isinstance(widget, type) and issubclass(widget, ActivityWidget):
            found[widget.kind] = widget
    return found


WIDGETS: dict[str, type[ActivityWidget]] = _discover()


def widget_for(activity: Activity, parent: QWidget | None = None) -> ActivityWidget:
    """The widget showing ``activity``; KeyError when its kind has no widget."""
    return WIDGETS[activity.kind](activity, parent)
