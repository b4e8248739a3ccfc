"""How the rows of ``order`` and ``sort`` look: a card per item, green once in place, orange
when misplaced (the same colours as the options and the feedback)."""

from __future__ import annotations

from kiosk.ui import theme

# The rules live in the window's one style sheet (``theme.ITEMS_STYLESHEET``): a style sheet of
# the activity's own made every widget of it slower to style on every page.
ITEMS_STYLESHEET = theme.ITEMS_STYLESHEET


def focus_in_view(widget) -> None:
    """Give ``widget`` the focus and scroll the page so that the learner sees where it is (a
    tall ``order`` or ``sort`` may start below the fold; ``setFocus`` alone does not scroll)."""
    from PySide6.QtWidgets import QScrollArea

    widget.setFocus()
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 24)
