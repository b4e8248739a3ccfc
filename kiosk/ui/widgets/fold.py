"""Parts side by side when there is room, one above the other when not (a 1024x600 screen).

``Folding`` is for a widget whose top layout is a ``QBoxLayout`` of a few parts (panels, a
card and its buttons, a row of buttons): it is as narrow as its widest part, and its
``resizeEvent`` turns the box from left-to-right to top-to-bottom when the parts do not fit
side by side at their smallest.  Nothing shrinks or is cut: the parts keep their words and
fonts and the page grows taller instead (the staff pages scroll up and down, never sideways).

Stacking only ever makes the widget narrower, so a scroll bar appearing because it grew taller
cannot make it flip back and forth.  ``FoldRow`` is a plain container that folds.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QSpacerItem, QWidget

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom
NO_ALIGNMENT = Qt.AlignmentFlag(0)  # the whole cell, as QBoxLayout.addWidget's default


def _least_width(part: QWidget | QLayout) -> int:
    if isinstance(part, QLayout):
        return part.minimumSize().width()
    if part.isHidden():  # hidden on purpose: takes no room
        return 0
    return part.minimumSizeHint().expandedTo(part.minimumSize()).width()


def tall_enough(widget: QWidget, least: QSize) -> QSize:
    """``least`` (a widget's minimum size) made as tall as its wrapped words need at the
    widget's width now.  A wrapped label's own minimum counts one line, so a page taller than
    the screen (the staff area sizes a page by its minimum) was squeezed and its words cut.
    For a widget whose layout holds its tables and lists directly (they count at their
    minimum; one inside a wrapped child would count at its preferred height)."""
    layout = widget.layout()
    if widget.width() > 0 and layout is not None and layout.hasHeightForWidth():
        least.setHeight(max(least.height(), layout.totalMinimumHeightForWidth(widget.width())))
    return least


class Folding:
    """A mixin for a ``QWidget``: ``fold_box`` (its top ``QBoxLayout``) shows ``fold_parts``
    side by side when the widget is wide enough for all of them, else one above the other.
    Set both in ``__init__`` before the widget is first shown."""

    fold_box: QBoxLayout
    fold_parts: list[QWidget | QLayout]

    def _outer_width(self) -> int:
        margins = self.fold_box.contentsMargins()
        return margins.left() + margins.right()

    def side_by_side_width(self) -> int:
        """How wide the widget must be to show its parts side by side."""
        widths = [_least_width(part) for part in self.fold_parts]
        shown = [w for w in widths if w > 0]
        return sum(shown) + self.fold_box.spacing() * max(0, len(shown) - 1) + self._outer_width()

    def stacked(self) -> bool:
        """True while the parts stand one above the other."""
        return self.fold_box.direction() == STACKED

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the widest part: ``resizeEvent`` puts the parts side by side when the
        widget is wide enough."""
        narrow = max((_least_width(part) for part in self.fold_parts), default=0) + self._outer_width()
        return QSize(narrow, super().minimumSizeHint().height())  # type: ignore[misc]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        wide = event.size().width() >= self.side_by_side_width()
        direction = SIDE_BY_SIDE if wide else STACKED
        if self.fold_box.direction() != direction:
            self.fold_box.setDirection(direction)
            self.fold_changed(direction == STACKED)
        super().resizeEvent(event)  # type: ignore[misc]

    def fold_changed(self, stacked: bool) -> None:
        """The parts were just put one above the other (``stacked``) or side by side."""


class FoldRow(Folding, QWidget):
    """A row of parts (buttons, a card and its buttons) that stacks them when narrow.  Stacked,
    the parts' stretch factors are set aside (they share the row's width, not the page's
    height); ``folded`` says when the row stacks (True) or unstacks."""

    folded = Signal(bool)

    def __init__(self, spacing: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fold_box = QBoxLayout(SIDE_BY_SIDE, self)
        self.fold_box.setContentsMargins(0, 0, 0, 0)
        self.fold_box.setSpacing(spacing)
        self.fold_parts = []
        self._stretches: dict[int, int] = {}  # the box's item index -> its stretch side by side

    def add(self, part: QWidget | QLayout, stretch: int = 0,
            alignment: Qt.AlignmentFlag = NO_ALIGNMENT) -> None:
        """Add a widget or a layout; ``alignment`` as ``QBoxLayout.addWidget``'s."""
        self._stretches[self.fold_box.count()] = stretch
        if isinstance(part, QLayout):
            self.fold_box.addLayout(part, stretch)
        else:
            self.fold_box.addWidget(part, stretch, alignment)
        self.fold_parts.append(part)

    def add_stretch(self) -> None:
        """Room after the parts side by side (they stay on the left); none when stacked (a
        spacer that grows only sideways, not one that ``setDirection`` turns to grow down)."""
        self.fold_box.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return tall_enough(self, super().minimumSizeHint())

    def fold_changed(self, stacked: bool) -> None:
        for index, stretch in self._stretches.items():
            self.fold_box.setStretch(index, 0 if stacked else stretch)
        self.folded.emit(stacked)
