"""The icons: PNGs that match their SVGs, shown without loading any SVG code."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from postureapp.ui import icons

ROOT = Path(__file__).resolve().parents[2]
RENDER = ROOT / "assets" / "icons" / "render_png.py"


def renderer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("render_png", RENDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_app_and_the_renderer_agree_on_names_and_sizes() -> None:
    render_png = renderer()
    assert tuple(icons.NAMES.values()) == render_png.NAMES
    assert icons.SIZES == render_png.SIZES


@pytest.mark.parametrize("name", icons.NAMES.values())
def test_every_png_is_its_svg_drawn_at_that_size(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    render_png = renderer()
    for size in icons.SIZES:
        png = ROOT / "assets" / "icons" / "png" / f"{name}-{size}.png"
        assert png.is_file(), f"{png} is missing: run python {RENDER.relative_to(ROOT)}"
        drawn = render_png.render(ROOT / "assets" / "icons" / f"{name}.svg", size)
        stored = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
        drawn = drawn.convertToFormat(QImage.Format.Format_ARGB32)
        assert (stored.width(), stored.height()) == (size, size)
        worst = max(
            abs(a - b)
            for x in range(size)
            for y in range(size)
            for a, b in zip(
                stored.pixelColor(x, y).getRgb(), drawn.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 3, f"{png.name} differs from its SVG: run python {RENDER.relative_to(ROOT)}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_showing_the_icons_loads_no_svg_code(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import json
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon
        from postureapp.ui.icons import icon
        app = QApplication([])
        for state in ("normal", "paused", "due"):
            for size in (16, 24, 48, 256):
                assert not icon(state).pixmap(size, size).isNull()
        tray = QSystemTrayIcon(icon("normal"))
        maps = open("/proc/self/maps").read()
        print(json.dumps({"svg": [line.split()[-1] for line in maps.splitlines()
                                  if "Svg" in line or "svgicon" in line]}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"svg": []}
