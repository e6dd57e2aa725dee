"""Render the icons into the hicolor theme's fixed sizes.

hicolor/NxN/apps/postureapp.png is the app icon: desktops and software centres look it up in
the hicolor theme, some only as PNGs at fixed sizes. `postureapp install-desktop-entry`
installs those, and packagers copy them to /usr/share/icons/hicolor.

hicolor/NxN/status/postureapp-paused.png and postureapp-due.png are the tray's other two
states. postureapp-camera.png, postureapp-paused-camera.png and postureapp-due-camera.png are
the three with a red dot: posture sensing has the camera on. The running app shows these PNGs (the app icon's too) rather than the SVGs: an SVG
icon makes Qt load its SVG library and icon engine into the idle app, about 1.3 MiB kept all
day for a 24-pixel picture (benchmarks/README.md); postureapp/ui/icons.py.

Run this after an SVG changes (assets/icons/draw_icons.py); tests/qt/test_hicolor_icons.py
fails while a PNG differs from its SVG.

    python assets/icons/render_hicolor.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "postureapp.svg"
OUT = HERE / "hicolor"
#: The tray's other states, drawn from HERE / f"{name}.svg" into the theme's status context.
STATES = (
    "postureapp-paused",
    "postureapp-due",
    "postureapp-camera",
    "postureapp-paused-camera",
    "postureapp-due-camera",
)
#: The sizes desktops ask the theme for: menus and panels (16 to 48), launchers and task
#: switchers (64 to 256); software centres cache 64 and 128.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png_path(size: int, root: Path = OUT, name: str = "postureapp") -> Path:
    context = "apps" if name == "postureapp" else "status"
    return root / f"{size}x{size}" / context / f"{name}.png"


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
    names = ("postureapp", *STATES)
    for name in names:
        for size in SIZES:
            target = png_path(size, name=name)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not render(size, HERE / f"{name}.svg").save(str(target)):
                print(f"cannot write {target}", file=sys.stderr)
                return 1
    print(f"wrote {len(names) * len(SIZES)} PNGs under {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
