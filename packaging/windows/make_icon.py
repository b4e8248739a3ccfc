"""Make packaging/windows/telecentro.ico from the kiosk's own icon (assets/icons/app.svg).

The .ico holds the icon drawn at 16, 24, 32, 48, 64 and 256 pixels, each as a PNG (Windows
Vista and later read PNG entries); Qt draws the SVG, so no Pillow is needed.  The .ico is kept
in the repository: run this again only when app.svg changes:

    python packaging/windows/make_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parent.parent / "assets" / "icons" / "app.svg"
ICO = HERE / "telecentro.ico"
SIZES = (16, 24, 32, 48, 64, 256)


def png_of(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file (ICONDIR, one ICONDIRENTRY per image, then the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def main() -> int:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icon: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    ICO.write_bytes(ico_bytes({size: png_of(renderer, size) for size in SIZES}))
    print(f"make_icon: wrote {ICO} ({ICO.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
