"""Pictures of activities (lessons/README.md, "Picture options"): an option's or an item's
picture drawn big on its button or beside its text, ``alt`` as the accessible name and, when
there is no text, as the tooltip. A picture that cannot be drawn shows its ``alt`` instead."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.ui import theme
from kiosk.ui.widgets.common import plain_tooltip

PICTURE_PX = 96


def picture_pixmap(image: Path | None, px: int = PICTURE_PX) -> QPixmap | None:
    """The picture at ``image`` drawn ``px`` square (SVGs sharp at any size); None when absent
    or unreadable.  Drawn once per file version and size (``_drawn``): a page opened again, or
    the same picture on many buttons, does not decode it again."""
    if image is None:
        return None
    try:
        stamp = image.stat().st_mtime_ns
    except OSError:
        return None
    drawn = _drawn(str(image), stamp, px)
    return None if drawn is None else QPixmap.fromImage(drawn)


@functools.lru_cache(maxsize=256)
def _drawn(path: str, stamp: int, px: int) -> QImage | None:
    """``stamp``: the file's modification time, so a lesson pack installed over it is drawn
    anew.  Kept as a QImage (a QPixmap must not outlive the application)."""
    drawn = QIcon(path).pixmap(QSize(px, px))
    return None if drawn.isNull() else drawn.toImage()


def dress_button(btn: QAbstractButton, text: str, image: Path | None, alt: str,
                 px: int = PICTURE_PX) -> None:
    """Put the picture (if any) on ``btn``, whose text is ``text``."""
    if image is None:
        return
    drawn = picture_pixmap(image, px)
    if drawn is None:
        if not text:
            btn.setText(alt)  # the words, rather than an empty button
        return
    shown = QIcon(drawn)
    shown.addPixmap(drawn, QIcon.Mode.Disabled)  # an answered option keeps its colours
    btn.setIcon(shown)
    btn.setIconSize(QSize(px, px))
    # the theme's min-height would win over setMinimumHeight: a rule of the theme's own for the
    # usual sizes (a property: cheaper to style than a style sheet of the button's own)
    if px in theme.PICTURE_BUTTON_PX:
        btn.setProperty("pictureSize", str(px))
    else:
        btn.setStyleSheet(f"min-height: {px + 8}px;")
    name_it(btn, text, alt)


def picture_label(image: Path | None, text: str, alt: str, px: int = PICTURE_PX) -> QLabel | None:
    """A label showing the picture, or None when there is none (or it cannot be drawn)."""
    drawn = picture_pixmap(image, px)
    if drawn is None:
        return None
    shown = QLabel()
    shown.setPixmap(drawn)
    shown.setFixedSize(px, px)
    name_it(shown, text, alt)
    return shown


def name_it(widget, text: str, alt: str) -> None:
    """``alt`` is what the picture is called; alone, it is the tooltip too."""
    if text:
        widget.setAccessibleName(text)
        widget.setAccessibleDescription(alt)
    else:
        widget.setAccessibleName(alt)
        widget.setToolTip(plain_tooltip(alt))
