"""The tray and window icons: the hicolor PNGs, shown without loading any SVG code."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from postureapp.ui import icons

ROOT = Path(__file__).resolve().parents[2]
RENDER = ROOT / "assets" / "icons" / "render_hicolor.py"


def renderer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("render_hicolor", RENDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_app_shows_the_pngs_the_renderer_draws() -> None:
    render = renderer()
    names = (*icons.NAMES.values(), *icons.CAMERA_NAMES.values())
    assert names == ("postureapp", *render.STATES)
    assert icons.SIZES == render.SIZES
    for name in names:
        for size in icons.SIZES:
            png = render.png_path(size, name=name)
            assert png.is_file(), f"{png} is missing: run python {RENDER.relative_to(ROOT)}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_showing_the_icons_loads_no_svg_code(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import json
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon
        from postureapp.ui.icons import camera_icon, icon
        app = QApplication([])
        for state in ("normal", "paused", "due"):
            for size in (16, 24, 48, 256):
                assert not icon(state).pixmap(size, size).isNull()
                assert not camera_icon(state).pixmap(size, size).isNull()
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
