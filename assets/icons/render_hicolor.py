"""Render the app icon into the hicolor theme's fixed sizes: hicolor/NxN/apps/postureapp.png.

Desktops and software centres look up an application's icon in the hicolor theme; some take
only PNGs at fixed sizes, so these sit beside the scalable SVG. `postureapp
install-desktop-entry` installs them, and packagers copy the tree to /usr/share/icons/hicolor.
Run this after the SVG changes (assets/icons/draw_icons.py); tests/qt/test_hicolor_icons.py fails while a PNG differs from it.

    python assets/icons/render_hicolor.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "postureapp.svg"
OUT = HERE / "hicolor"
#: The sizes desktops ask the theme for: menus and panels (16 to 48), launchers and task
#: switchers (64 to 256); software centres cache 64 and 128.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png_path(size: int, root: Path = OUT) -> Path:
    return root / f"{size}x{size}" / "apps" / "postureapp.png"


def render(size: int, svg: Path = SVG):  # type: ignore[no-untyped-def]
    """The SVG drawn at size x size with antialiasing, as a QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs one)
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target)):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
    print(f"wrote {len(SIZES)} PNGs under {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
