"""The app's icons: the hicolor PNGs in assets/icons/hicolor (assets/icons/render_hicolor.py).

PNGs rather than the SVGs themselves: an SVG icon makes Qt load its SVG library and icon engine
into the idle app, about 1.3 MiB kept all day for a 24-pixel picture. The app icon's PNGs are
the ones installed into the desktop's hicolor theme; the paused and due states sit beside them
in the theme's status context, as do the three with the camera-in-use dot. The break window's
pictures still load SVG, at the first break. tests/qt/test_hicolor_icons.py checks that the
PNGs match the SVGs, tests/qt/test_icons.py that showing the icons loads no SVG code.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon

from postureapp.paths import assets_dir

NAMES = {"normal": "postureapp", "paused": "postureapp-paused", "due": "postureapp-due"}
#: Each state with a red dot in its lower left corner: posture sensing has the camera on.
CAMERA_NAMES = {state: f"{name}-camera" for state, name in NAMES.items()}
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
#: The camera-in-use dot's colour (assets/icons/draw_icons.py CAMERA_RED).
CAMERA_DOT = QColor(220, 40, 40)


def _load(name: str, context: str) -> QIcon:
    folder = assets_dir() / "icons"
    pngs = [folder / "hicolor" / f"{size}x{size}" / context / f"{name}.png" for size in SIZES]
    if not all(png.is_file() for png in pngs):  # a checkout without them: the SVG still works
        return QIcon(str(folder / f"{name}.svg"))
    result = QIcon()
    for png in pngs:
        result.addFile(str(png))
    return result


@cache
def icon(state: str = "normal") -> QIcon:
    return _load(NAMES[state], "apps" if state == "normal" else "status")


@cache
def camera_icon(state: str = "normal") -> QIcon:
    """`icon(state)` with a red dot in its lower left corner: the camera is on."""
    return _load(CAMERA_NAMES[state], "status")
