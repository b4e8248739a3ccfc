"""How the rows of ``order`` and ``sort`` look: a card per item, green once in place, orange
when misplaced (the same colours as the options and the feedback)."""

from __future__ import annotations

from kiosk.ui import theme

ITEMS_STYLESHEET = f"""
QFrame#orderItem, QFrame#sortItem {{ background: {theme.PAPER}; border: 2px solid {theme.LINE}; border-radius: 12px; }}
QFrame#orderItem[state="right"], QFrame#sortItem[state="right"] {{ background: {theme.OK_BG}; border: 3px solid {theme.GREEN}; }}
QFrame#sortItem[state="wrong"] {{ background: {theme.TRY_BG}; border: 3px solid #C75000; }}
QLabel#orderPlace {{ font-size: 20pt; font-weight: 700; color: {theme.MUTED}; }}
QLabel#orderText, QLabel#sortText {{ font-size: 17pt; font-weight: 600; }}
QLabel#sortFeedback {{ color: {theme.TRY_INK}; font-size: 15pt; }}
QFrame#quiz[band="child"] QLabel#orderText, QFrame#quiz[band="child"] QLabel#sortText {{ font-size: 20pt; }}
"""


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
