"""Generate the app and tray icons (assets/icons/*.svg): a figure standing tall, arms raised.

Run `python assets/icons/draw_icons.py` to rewrite them. Standard library only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

HERE = Path(__file__).resolve().parent
ACCENT = "#f08a24"
Point = tuple[float, float]


def fmt(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _line(a: Point, b: Point) -> str:
    return f"M{fmt(a[0])} {fmt(a[1])}L{fmt(b[0])} {fmt(b[1])}"


ICON_BLUE = "#3b6c99"
ICON_GREY = "#7a8089"


def _icon_figure(colour: str) -> str:
    """A person standing tall with arms raised: the app's mark, legible down to 16 px."""
    limbs = [
        ((32, 25), (32, 43), 10),  # trunk
        ((32, 28), (18, 14), 6.5),  # arms
        ((32, 28), (46, 14), 6.5),
        ((32, 42), (24, 56), 7.5),  # legs
        ((32, 42), (40, 56), 7.5),
    ]
    parts = [
        f'<path d="{_line(a, b)}" stroke="{colour}" stroke-width="{w}" stroke-linecap="round"/>'
        for a, b, w in limbs
    ]
    parts.append(f'<circle cx="32" cy="14" r="6.5" fill="{colour}"/>')
    return "\n".join(parts)


def _icon_badge(centre: Point, fill: str, mark: str) -> str:
    cx, cy = centre
    return (
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="15" fill="{fill}" stroke="#ffffff" '
        f'stroke-width="3"/>\n{mark}'
    )


#: The camera-in-use dot (posture sensing has the camera on), in the corner no badge takes.
CAMERA_RED = "#dc2828"


def icon(variant: Literal["normal", "paused", "due"], camera: bool = False) -> str:
    """The tray/app icon: a rounded tile with the figure, plus a pause or "due" badge, and a
    red dot in the lower left corner while the camera is on."""
    tile = ICON_GREY if variant == "paused" else ICON_BLUE
    person = "#e3e6ea" if variant == "paused" else "#ffffff"
    layers = [
        f'<rect x="2" y="2" width="60" height="60" rx="14" fill="{tile}"/>',
        _icon_figure(person),
    ]
    if variant == "paused":
        bars = "".join(
            f'<rect x="{x}" y="40" width="5" height="14" rx="1.4" fill="#ffffff"/>'
            for x in (41.5, 48.5)
        )
        layers.append(_icon_badge((47.5, 47), "#50555d", bars))
    elif variant == "due":
        bang = (
            '<rect x="44.6" y="7" width="6.8" height="12" rx="3.4" fill="#ffffff"/>'
            '<circle cx="48" cy="23.4" r="3.3" fill="#ffffff"/>'
        )
        layers.append(_icon_badge((48, 17), ACCENT, bang))
    if camera:
        layers.append(
            f'<circle cx="15" cy="49" r="11.5" fill="{CAMERA_RED}" stroke="#ffffff" '
            'stroke-width="3"/>'
        )
    body = "\n".join(layers)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="256" height="256">\n'
        f"{body}\n</svg>\n"
    )


ICONS: dict[str, Literal["normal", "paused", "due"]] = {
    "postureapp": "normal",
    "postureapp-paused": "paused",
    "postureapp-due": "due",
}


def write_all() -> list[Path]:
    """Each icon, and each with the camera dot ("-camera"), as NAME.svg."""
    written: list[Path] = []
    for name, variant in ICONS.items():
        for camera in (False, True):
            path = HERE / (f"{name}-camera.svg" if camera else f"{name}.svg")
            path.write_text(icon(variant, camera), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.name)
