"""Render the app's SVG icons to PNGs at the sizes desktops ask a tray or a window for.

The running app shows PNGs: an SVG icon makes Qt load its SVG library and icon engine into the
idle app (about 1.3 MiB kept all day, benchmarks/README.md). Run this after
`python assets/icons/draw_icons.py` changes an icon; tests/qt/test_icons.py fails while a PNG
differs from its SVG.

    python assets/icons/render_png.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "png"
NAMES = ("postureapp", "postureapp-paused", "postureapp-due")
#: Trays ask for 16 to 24 px (twice that on a high-density screen); window lists and task
#: switchers for 32 to 256.
SIZES = (16, 22, 24, 32, 44, 48, 64, 128, 256)


def render(svg: Path, size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn at size x size, as a QImage (what QIcon's SVG engine would draw)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage and fonts need one)
    OUT.mkdir(exist_ok=True)
    for name in NAMES:
        for size in SIZES:
            render(HERE / f"{name}.svg", size).save(str(OUT / f"{name}-{size}.png"))
    print(f"wrote {len(NAMES) * len(SIZES)} PNGs to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
