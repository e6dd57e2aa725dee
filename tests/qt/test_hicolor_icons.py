"""The hicolor PNGs are the SVG icons drawn at each size (assets/icons/render_hicolor.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
RENDER = ROOT / "assets" / "icons" / "render_hicolor.py"


def renderer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("render_hicolor", RENDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["postureapp", *renderer().STATES])
@pytest.mark.parametrize("size", renderer().SIZES)
def test_each_png_is_the_svg_drawn_at_its_size(qapp, size: int, name: str) -> None:  # type: ignore[no-untyped-def]
    render = renderer()
    png = render.png_path(size, name=name)
    assert png.is_file(), f"{png} is missing: run python {RENDER.relative_to(ROOT)}"
    stored = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
    drawn = render.render(size, render.HERE / f"{name}.svg").convertToFormat(
        QImage.Format.Format_ARGB32
    )
    assert (stored.width(), stored.height()) == (size, size)
    # Compare the raw pixels; a tolerance of 3 per channel absorbs rounding between Qt versions.
    a, b = bytes(stored.constBits()), bytes(drawn.constBits())
    worst = max(abs(x - y) for x, y in zip(a, b, strict=True))
    assert worst <= 3, f"{png.name} at {size} px differs from the SVG: run python {RENDER.name}"
    # Not blank: the icon's blue square fills most of it.
    opaque = sum(1 for i in range(3, len(a), 4) if a[i] > 200)
    assert opaque > 0.6 * size * size
