"""Pictures in activities: an option of ``single``/``multi`` or an item of ``order``/``sort`` may
be a picture of the module's folder (``image``) with its ``alt`` text, instead of or besides
its ``text`` (lessons/README.md, "Picture options").

The picture is found like a Markdown image of the lesson (``kiosk.content.blocks.resolve_image``:
inside the module's folder, PNG, JPEG or SVG, the exact name); ``alt`` is required with it (it is
what a screen reader says, the tooltip, and the words in the staff reports).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.yaml_fields import Fields

__all__ = ["PICTURE_KEYS", "Picture", "parse_labelled"]

PICTURE_KEYS = ("image", "alt")


@dataclass(frozen=True)
class Picture:
    """What a thing shown to the learner says: ``text`` and/or a picture with its ``alt``."""

    text: str
    image: Path | None = None
    alt: str = ""


def parse_labelled(fields: Fields, what: str) -> Picture | None:
    """Read ``text``, ``image`` and ``alt`` of an option or item (``what``: "la opción 2");
    ``text`` is required unless there is an ``image``. None (reported) when unusable."""
    from kiosk.content.blocks import resolve_image  # blocks imports the kinds: not at the top

    doc = fields.doc
    has_image = "image" in fields
    if "text" not in fields and not has_image:
        fields.check_required(("text",))  # the picture is the other way, said in the spec
        return None
    text = fields.text("text") if "text" in fields else ""
    image: Path | None = None
    alt = ""
    ok = text is not None
    if has_image:
        src = fields.text("image")
        if src is None:
            ok = False
        else:
            image, reason = resolve_image(src, doc.report.path.parent)
            if reason:
                doc.report.add(fields.key_line("image"), reason)
                ok = False
        if "alt" not in fields:
            doc.report.add(
                fields.key_line("image"),
                f"falta «alt» en {what}: con «image» va «alt», la imagen dicha con palabras "
                "(la leen quienes no ven bien y aparece en los informes)",
            )
            ok = False
        else:
            alt = fields.text("alt") or ""
            ok = ok and bool(alt)
    elif "alt" in fields:
        doc.report.add(fields.key_line("alt"), f"«alt» va solo con «image» (en {what})")
        ok = False
    return Picture(text or "", image, alt) if ok else None
