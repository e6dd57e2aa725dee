"""The app's icons: PNGs rendered from the SVGs in assets/icons (assets/icons/render_png.py).

PNGs rather than the SVGs themselves: an SVG icon makes Qt load its SVG library and icon engine
into the idle app, about 1.3 MiB kept all day for a 24-pixel picture. The break window's
pictures still load them, at the first break. tests/qt/test_icons.py checks that the PNGs
match the SVGs and that showing the icons loads no SVG code.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from postureapp.paths import assets_dir

NAMES = {"normal": "postureapp", "paused": "postureapp-paused", "due": "postureapp-due"}
SIZES = (16, 22, 24, 32, 44, 48, 64, 128, 256)


@cache
def icon(state: str = "normal") -> QIcon:
    folder = assets_dir() / "icons"
    pngs = [folder / "png" / f"{NAMES[state]}-{size}.png" for size in SIZES]
    if not all(png.is_file() for png in pngs):  # a checkout without them: the SVG still works
        return QIcon(str(folder / f"{NAMES[state]}.svg"))
    result = QIcon()
    for png in pngs:
        result.addFile(str(png))
    return result
