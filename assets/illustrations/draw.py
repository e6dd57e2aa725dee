"""Generate every exercise illustration and the app icons from one small pose model.

Drawing each picture by hand drifts in style; describing a figure by joint angles and rendering it
with one set of rules keeps all pictures consistent and makes a pose easy to adjust.

Run `python assets/illustrations/draw.py` to rewrite the SVGs in assets/illustrations/ and
assets/icons/. Pictures show the user's right side, as a mirror image: the figure's right hand is on
the viewer's right. Side views face right. Standard library only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

Point = tuple[float, float]
View = Literal["side", "front", "back"]
Layer = Literal["far", "body", "near"]

HERE = Path(__file__).resolve().parent
ICON_DIR = HERE.parent / "icons"

# Mid-tones that read on both a light (#f5f5f5) and a dark (#202124) background.
BODY = "#7088a6"
BODY_FAR = "#566c88"
OUTLINE = "#34455c"
ACCENT = "#f08a24"
ACCENT_DARK = "#a9560c"
PROP = "#8d939c"
OUTLINE_WIDTH = 2.5
HEAD_RADIUS = 14.0


def polar(origin: Point, angle: float, length: float) -> Point:
    """Point `length` away from `origin` at `angle` degrees (0 = right, 90 = up on screen)."""
    rad = math.radians(angle)
    return (origin[0] + length * math.cos(rad), origin[1] - length * math.sin(rad))


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def heading(a: Point, b: Point) -> float:
    """Screen angle in degrees of the direction from a to b, in the same convention as `polar`."""
    return math.degrees(math.atan2(a[1] - b[1], b[0] - a[0]))


def fmt(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def pts(points: Iterable[Point]) -> str:
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)


# --- the skeleton -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bone:
    """One segment: it starts where `parent` ends; width 0 means a hidden helper (e.g. a shoulder)."""

    name: str
    parent: str
    length: float
    width: float
    layer: Layer


def _limbs(suffix: str, arm_layer: Layer, leg_layer: Layer, shoulder: str, hip: str) -> list[Bone]:
    return [
        Bone("upper_arm" + suffix, shoulder, 36, 13, arm_layer),
        Bone("forearm" + suffix, "upper_arm" + suffix, 33, 11, arm_layer),
        Bone("thigh" + suffix, hip, 46, 16, leg_layer),
        Bone("shin" + suffix, "thigh" + suffix, 46, 13, leg_layer),
        Bone("foot" + suffix, "shin" + suffix, 15, 9, leg_layer),
    ]


_SPINE = [
    Bone("lumbar", "pelvis", 32, 0, "body"),
    Bone("thorax", "lumbar", 38, 0, "body"),
    Bone("neck", "thorax", 10, 12, "body"),
]

# Side view: "_n" is the limb nearer the viewer, "_f" the far one.
SIDE_BONES = [
    *_SPINE,
    Bone("shoulder", "thorax", 7, 0, "body"),
    *_limbs("_f", "far", "far", "shoulder", "pelvis"),
    *_limbs("_n", "near", "body", "shoulder", "pelvis"),
]

# Front and back views: "_r" is the figure's right, drawn on the viewer's right (mirror image).
FRONT_BONES = [
    *_SPINE,
    Bone("shoulder_r", "thorax", 25, 0, "body"),
    Bone("shoulder_l", "thorax", 25, 0, "body"),
    Bone("hip_r", "pelvis", 11, 0, "body"),
    Bone("hip_l", "pelvis", 11, 0, "body"),
    *_limbs("_r", "near", "body", "shoulder_r", "hip_r"),
    *_limbs("_l", "near", "body", "shoulder_l", "hip_l"),
]

SKELETONS: dict[View, list[Bone]] = {"side": SIDE_BONES, "front": FRONT_BONES, "back": FRONT_BONES}
TORSO_WIDTH = 27.0


@dataclass(frozen=True)
class Pose:
    """A figure: where its pelvis is and the screen angle of every bone (see `polar`).

    `face` is the gaze angle in a side view, or how far the head is turned (degrees, + = to the
    figure's right) in a front view. `lengths` shortens bones that point at the viewer.
    """

    view: View
    root: Point
    angles: Mapping[str, float]
    face: float = 0.0
    lengths: Mapping[str, float] = field(default_factory=dict)
    behind: frozenset[str] = frozenset()

    def but(self, face: float | None = None, **angles: float) -> Pose:
        return replace(
            self,
            angles={**self.angles, **angles},
            face=self.face if face is None else face,
        )

    def at(self, x: float, y: float) -> Pose:
        return replace(self, root=(x, y))

    def sized(self, **lengths: float) -> Pose:
        return replace(self, lengths={**self.lengths, **lengths})

    def joints(self) -> dict[str, Point]:
        """Forward kinematics: walk the skeleton from the pelvis and place each bone's end."""
        found: dict[str, Point] = {"pelvis": self.root}
        for bone in SKELETONS[self.view]:
            length = self.lengths.get(bone.name, bone.length)
            found[bone.name] = polar(found[bone.parent], self.angles[bone.name], length)
        head_centre = polar(found["neck"], self.angles["neck"], HEAD_RADIUS - 1)
        found["head"] = head_centre
        return found


# --- drawing the figure -------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """A stroked capsule path (or a filled circle when `radius` is set) belonging to one part."""

    part: str
    layer: Layer
    d: str = ""
    width: float = 0.0
    centre: Point = (0.0, 0.0)
    radius: float = 0.0

    def paint(self, colour: str, grow: float = 0.0) -> str:
        """The shape in one colour, grown by `grow` px all round (the outline pass grows it)."""
        if self.radius:
            return (
                f'<circle cx="{fmt(self.centre[0])}" cy="{fmt(self.centre[1])}" '
                f'r="{fmt(self.radius + grow)}" fill="{colour}"/>'
            )
        fill = colour if self.d.endswith("Z") else "none"
        return (
            f'<path d="{self.d}" fill="{fill}" stroke="{colour}" '
            f'stroke-width="{fmt(self.width + 2 * grow)}" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        )


def _path(points: Sequence[Point], closed: bool = False) -> str:
    d = "M" + "L".join(f"{fmt(x)} {fmt(y)}" for x, y in points)
    return d + "Z" if closed else d


def _line(a: Point, b: Point) -> str:
    return _path([a, b])


def _curve(a: Point, mid: Point, b: Point) -> str:
    """A quadratic curve from a to b that passes through mid."""
    cx = 2 * mid[0] - (a[0] + b[0]) / 2
    cy = 2 * mid[1] - (a[1] + b[1]) / 2
    return f"M{fmt(a[0])} {fmt(a[1])}Q{fmt(cx)} {fmt(cy)} {fmt(b[0])} {fmt(b[1])}"


def _torso_shapes(pose: Pose, j: Mapping[str, Point]) -> list[Shape]:
    if pose.view == "side":
        top = polar(j["thorax"], pose.angles["thorax"], -3)
        whole = Shape("torso", "body", _curve(j["pelvis"], j["lumbar"], top), TORSO_WIDTH)
        upper = Shape("thorax", "body", _curve(j["lumbar"], lerp(j["lumbar"], top, 0.5), top), 27)
        lower = Shape("lumbar", "body", _line(j["pelvis"], j["lumbar"]), TORSO_WIDTH)
        return [whole, upper, lower]
    # Front/back: an outline through hips, waist and shoulders, rounded by a thick stroke.
    waist_l = polar(j["lumbar"], pose.angles["lumbar"] + 90, 11)
    waist_r = polar(j["lumbar"], pose.angles["lumbar"] - 90, 11)
    hip_l = polar(j["hip_l"], pose.angles["lumbar"] + 90, 2)
    hip_r = polar(j["hip_r"], pose.angles["lumbar"] - 90, 2)
    sh_l = polar(j["shoulder_l"], pose.angles["thorax"] - 90, 3)
    sh_r = polar(j["shoulder_r"], pose.angles["thorax"] - 90, 3)
    outline = [hip_l, waist_l, sh_l, sh_r, waist_r, hip_r]
    chest = [lerp(waist_l, sh_l, 0.15), sh_l, sh_r, lerp(waist_r, sh_r, 0.15)]
    return [
        Shape("torso", "body", _path(outline, closed=True), 10),
        Shape("thorax", "body", _path(chest, closed=True), 10),
    ]


def figure_shapes(pose: Pose) -> list[Shape]:
    j = pose.joints()
    shapes: list[Shape] = []
    for bone in SKELETONS[pose.view]:
        if bone.width <= 0:
            continue
        layer: Layer = "far" if bone.name in pose.behind else bone.layer
        shapes.append(Shape(bone.name, layer, _line(j[bone.parent], j[bone.name]), bone.width))
    shapes.extend(_torso_shapes(pose, j))
    shapes.append(Shape("head", "body", centre=j["head"], radius=HEAD_RADIUS))
    return shapes


def _silhouette(shapes: Sequence[Shape], fill: str, edge: str) -> list[str]:
    """All outlines first, then all fills, so overlapping shapes read as one outlined body."""
    return [s.paint(edge, OUTLINE_WIDTH) for s in shapes] + [s.paint(fill) for s in shapes]


def _face_marks(pose: Pose, j: Mapping[str, Point], fill: str) -> list[str]:
    """A nose shows which way the head points; a hair cap marks a back view."""
    head = j["head"]
    if pose.view == "side":
        nose = polar(head, pose.face, HEAD_RADIUS + 0.5)
        return [f'<circle cx="{fmt(nose[0])}" cy="{fmt(nose[1])}" r="4" fill="{fill}"/>']
    if pose.view == "back":
        tilt = pose.angles["neck"] - 90
        left = polar(head, tilt + 200, HEAD_RADIUS)
        right = polar(head, tilt - 20, HEAD_RADIUS)
        d = (
            f"M{fmt(left[0])} {fmt(left[1])}A{fmt(HEAD_RADIUS)} {fmt(HEAD_RADIUS)} 0 1 1 "
            f"{fmt(right[0])} {fmt(right[1])}Z"
        )
        return [f'<path d="{d}" fill="{OUTLINE}" opacity="0.55"/>']
    if abs(pose.face) < 5:
        return []
    turn = math.radians(pose.face)
    nose = (head[0] + math.sin(turn) * (HEAD_RADIUS - 1), head[1] + 3)
    return [f'<circle cx="{fmt(nose[0])}" cy="{fmt(nose[1])}" r="4" fill="{fill}"/>']


def figure(pose: Pose, highlight: Iterable[str] = (), only: Iterable[str] | None = None) -> str:
    """SVG for a figure: far limbs, then body, then near limbs, each outlined as one silhouette.

    Highlighted parts are repainted in the accent colour with their own outline so the moving part
    stands out; `only` restricts drawing to some parts (used for faded "before" ghosts).
    """
    lit = set(highlight)
    keep = None if only is None else set(only)
    shapes = [s for s in figure_shapes(pose) if keep is None or s.part in keep]
    j = pose.joints()
    out: list[str] = []
    for layer in ("far", "body", "near"):
        group = [s for s in shapes if s.layer == layer and s.part not in ("thorax", "lumbar")]
        fill = BODY_FAR if layer == "far" else BODY
        out.extend(_silhouette(group, fill, OUTLINE))
        if layer == "body" and (keep is None or "head" in keep):
            out.extend(_face_marks(pose, j, BODY))
        accent = [s for s in shapes if s.layer == layer and s.part in lit]
        out.extend(_silhouette(accent, ACCENT, ACCENT_DARK))
        if layer == "body" and "head" in lit:
            out.extend(_face_marks(pose, j, ACCENT))
    return "\n".join(out)


def ghost(pose: Pose, parts: Iterable[str]) -> str:
    """A faded copy of some parts, to show where a movement starts from."""
    return f'<g opacity="0.3">{figure(pose, only=parts)}</g>'


# --- arrows and props ---------------------------------------------------------------------------


def _arrow_head(tip_base: Point, direction: float) -> str:
    tip = polar(tip_base, direction, 9)
    left = polar(tip_base, direction + 90, 7)
    right = polar(tip_base, direction - 90, 7)
    return (
        f'<polygon points="{pts([tip, left, right])}" fill="{ACCENT}" stroke="{ACCENT_DARK}" '
        'stroke-width="1.2" stroke-linejoin="round"/>'
    )


def arrow_along(path: Sequence[Point], heads: int = 1) -> str:
    """An accent arrow following a polyline; heads=2 puts a head on both ends."""
    d = _path(path)
    parts = [
        f'<path d="{d}" fill="none" stroke="{ACCENT_DARK}" stroke-width="7" '
        'stroke-linecap="round" stroke-linejoin="round"/>',
        f'<path d="{d}" fill="none" stroke="{ACCENT}" stroke-width="4.5" '
        'stroke-linecap="round" stroke-linejoin="round"/>',
        _arrow_head(path[-1], heading(path[-2], path[-1])),
    ]
    if heads == 2:
        parts.append(_arrow_head(path[0], heading(path[1], path[0])))
    return "\n".join(parts)


def arc_arrow(
    centre: Point,
    radius: float,
    start: float,
    end: float,
    squash: float = 1.0,
    heads: int = 1,
) -> str:
    """An arrow along an (optionally flattened) circular arc, from angle `start` to `end`."""
    steps = max(8, int(abs(end - start) / 6))
    path = [
        (
            centre[0] + radius * math.cos(math.radians(a)),
            centre[1] - radius * squash * math.sin(math.radians(a)),
        )
        for a in (start + (end - start) * i / steps for i in range(steps + 1))
    ]
    return arrow_along(path, heads)


def line_arrow(a: Point, b: Point, heads: int = 1) -> str:
    return arrow_along([a, b], heads)


def _prop_line(points: Sequence[Point], width: float = 5) -> str:
    return (
        f'<polyline points="{pts(points)}" fill="none" stroke="{PROP}" '
        f'stroke-width="{fmt(width)}" stroke-linecap="round" stroke-linejoin="round"/>'
    )


def floor(y: float, x0: float = 14, x1: float = 226) -> str:
    return _prop_line([(x0, y), (x1, y)], 4)


def chair_side(seat: Point, depth: float = 46) -> str:
    """A plain chair seen from the side; `seat` is the back end of the seat top."""
    x, y = seat
    return "\n".join(
        [
            _prop_line([(x - 4, y - 66), (x - 2, y), (x + depth, y)]),
            _prop_line([(x + 2, y), (x + 2, y + 50)]),
            _prop_line([(x + depth - 4, y), (x + depth - 4, y + 50)]),
        ]
    )


def chair_front(
    seat_y: float, backrest: bool = True, centre_x: float = 120, half: float = 42
) -> str:
    """A chair seen from the front (or from behind, without the backrest that would hide the back)."""
    left, right = centre_x - half, centre_x + half
    back = (
        f'<rect x="{fmt(left + 6)}" y="{fmt(seat_y - 96)}" width="{fmt(2 * half - 12)}" '
        f'height="96" rx="6" fill="{PROP}" fill-opacity="0.35" stroke="{PROP}" '
        'stroke-width="4"/>'
    )
    return "\n".join(
        [
            back if backrest else "",
            _prop_line([(left, seat_y), (right, seat_y)], 7),
            _prop_line([(left + 3, seat_y), (left + 3, seat_y + 52)]),
            _prop_line([(right - 3, seat_y), (right - 3, seat_y + 52)]),
        ]
    )


def wall_front() -> str:
    return (
        f'<rect x="38" y="-22" width="164" height="244" rx="6" fill="{PROP}" '
        f'fill-opacity="0.3" stroke="{PROP}" stroke-width="3"/>'
    )


def roller(centre: Point, radius: float = 13) -> str:
    cx, cy = centre
    return (
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(radius)}" fill="{PROP}" '
        f'stroke="{OUTLINE}" stroke-width="2"/>'
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(radius * 0.35)}" fill="none" '
        f'stroke="{OUTLINE}" stroke-width="1.5"/>'
    )


def towel(centre: Point, radius: float = 10) -> str:
    cx, cy = centre
    spiral = [
        (cx + r * math.cos(math.radians(a)), cy - r * math.sin(math.radians(a)))
        for a, r in ((a, 1 + a / 720 * (radius - 2.5)) for a in range(0, 721, 30))
    ]
    return (
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(radius)}" fill="{PROP}" '
        f'stroke="{OUTLINE}" stroke-width="2"/>'
        f'<polyline points="{pts(spiral)}" fill="none" stroke="{OUTLINE}" stroke-width="1.3"/>'
    )


# --- base poses -------------------------------------------------------------------------------

_SIDE_LEGS_SEATED = {
    "thigh_n": 0.0,
    "shin_n": -90.0,
    "foot_n": 0.0,
    "thigh_f": 3.0,
    "shin_f": -86.0,
    "foot_f": 3.0,
}
_SIDE_ARMS_DOWN = {
    "shoulder": -95.0,
    "upper_arm_n": -84.0,
    "forearm_n": -30.0,
    "upper_arm_f": -80.0,
    "forearm_f": -26.0,
}
SEATED_SIDE = Pose(
    "side",
    (92, 160),
    {"lumbar": 90, "thorax": 90, "neck": 86, **_SIDE_ARMS_DOWN, **_SIDE_LEGS_SEATED},
)
STANDING_SIDE = Pose(
    "side",
    (112, 118),
    {
        "lumbar": 90,
        "thorax": 91,
        "neck": 86,
        **_SIDE_ARMS_DOWN,
        "forearm_n": -80.0,
        "forearm_f": -76.0,
        "thigh_n": -88.0,
        "shin_n": -92.0,
        "foot_n": 0.0,
        "thigh_f": -93.0,
        "shin_f": -95.0,
        "foot_f": -5.0,
    },
)
_FRONT_TOP = {
    "lumbar": 90.0,
    "thorax": 90.0,
    "neck": 90.0,
    "shoulder_r": -8.0,
    "shoulder_l": 188.0,
    "hip_r": 0.0,
    "hip_l": 180.0,
    "upper_arm_r": -80.0,
    "forearm_r": -88.0,
    "upper_arm_l": -100.0,
    "forearm_l": -92.0,
}
SEATED_FRONT = Pose(
    "front",
    (120, 150),
    {
        **_FRONT_TOP,
        "thigh_r": -28.0,
        "shin_r": -88.0,
        "foot_r": -30.0,
        "thigh_l": -152.0,
        "shin_l": -92.0,
        "foot_l": -150.0,
    },
    lengths={"thigh_r": 17, "thigh_l": 17, "foot_r": 6, "foot_l": 6},
)
STANDING_FRONT = Pose(
    "front",
    (120, 122),
    {
        **_FRONT_TOP,
        "thigh_r": -86.0,
        "shin_r": -90.0,
        "foot_r": -30.0,
        "thigh_l": -94.0,
        "shin_l": -90.0,
        "foot_l": -150.0,
    },
    lengths={"foot_r": 6, "foot_l": 6},
)
SUPINE = Pose(
    "side",
    (146, 187),
    {
        "lumbar": 180,
        "thorax": 180,
        "neck": 180,
        "shoulder": -90,
        "upper_arm_n": -14,
        "forearm_n": 0,
        "upper_arm_f": -10,
        "forearm_f": 2,
        "thigh_n": 52,
        "shin_n": -70,
        "foot_n": 0,
        "thigh_f": 56,
        "shin_f": -66,
        "foot_f": 4,
    },
    face=90,
)
QUADRUPED = Pose(
    "side",
    (80, 156),
    {
        "lumbar": 6,
        "thorax": 8,
        "neck": 20,
        "shoulder": -80,
        "upper_arm_n": -90,
        "forearm_n": -92,
        "upper_arm_f": -86,
        "forearm_f": -88,
        "thigh_n": -90,
        "shin_n": 180,
        "foot_n": 184,
        "thigh_f": -86,
        "shin_f": 180,
        "foot_f": 184,
    },
    face=-10,
    lengths={"upper_arm_n": 31, "upper_arm_f": 31, "forearm_n": 29, "forearm_f": 29},
)
SEATED_FLOOR_Y = 214.0
STANDING_FLOOR_Y = 222.0
STANDING_ZOOM = 0.84  # leaves room above a standing figure for raised arms


# --- the pictures -------------------------------------------------------------------------------


def svg(*layers: str, zoom: float = 1.0, anchor: Point = (120, 222)) -> str:
    """Wrap layers in a 240 x 240 picture; `zoom` shrinks tall scenes around `anchor` to fit."""
    body = "\n".join(layer for layer in layers if layer)
    if zoom != 1.0:
        tx, ty = anchor[0] * (1 - zoom), anchor[1] * (1 - zoom)
        body = f'<g transform="matrix({zoom} 0 0 {zoom} {fmt(tx)} {fmt(ty)})">\n{body}\n</g>'
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240">\n'
        f"{body}\n</svg>\n"
    )


def seated_side(pose: Pose, *over: str, under: str = "", highlight: Iterable[str] = ()) -> str:
    """A side view on a chair; `under` is drawn beneath the figure (ghosts, props), `over` above."""
    chair = chair_side((pose.root[0] - 14, pose.root[1] + 10))
    return svg(floor(SEATED_FLOOR_Y), chair, under, figure(pose, highlight), *over)


def seated_front(pose: Pose, *over: str, under: str = "", highlight: Iterable[str] = ()) -> str:
    props = [floor(SEATED_FLOOR_Y), chair_front(pose.root[1] + 16)]
    return svg(*props, under, figure(pose, highlight), *over)


def standing(
    pose: Pose, *over: str, under: str = "", highlight: Iterable[str] = (), backdrop: str = ""
) -> str:
    scene = [backdrop, floor(STANDING_FLOOR_Y), under, figure(pose, highlight), *over]
    return svg(*scene, zoom=STANDING_ZOOM)


def on_floor(
    pose: Pose, *over: str, under: str = "", highlight: Iterable[str] = (), y: float = 204
) -> str:
    return svg(floor(y), under, figure(pose, highlight), *over)


NECK_HEAD = ("neck", "head")
ARMS_R = ("upper_arm_r", "forearm_r")
ARMS_L = ("upper_arm_l", "forearm_l")
SHOULDER_N = ("upper_arm_n",)


def _chin_tuck() -> dict[str, str]:
    forward = SEATED_SIDE.but(neck=70)
    tucked = SEATED_SIDE.but(neck=102)
    head = tucked.joints()["head"]
    return {
        "chin-tuck-1.svg": seated_side(
            tucked,
            line_arrow((head[0] + 50, head[1]), (head[0] + 24, head[1])),
            under=ghost(forward, NECK_HEAD),
            highlight=NECK_HEAD,
        ),
    }


def _twist() -> dict[str, str]:
    tall = SEATED_FRONT
    turned = replace(
        tall.but(
            face=60,
            shoulder_r=-2,
            shoulder_l=182,
            upper_arm_r=-50,
            forearm_r=-95,
            upper_arm_l=-55,
            forearm_l=-20,
        ).sized(shoulder_r=14, shoulder_l=20, upper_arm_r=22, forearm_r=24),
        behind=frozenset(ARMS_R),
    )
    chest = turned.joints()["thorax"]
    return {
        "seated-twist-1.svg": seated_front(tall, line_arrow((168, 130), (168, 74))),
        "seated-twist-2.svg": seated_front(
            turned,
            arc_arrow((chest[0], chest[1] + 18), 42, 196, 376, squash=0.3),
            highlight=("thorax",),
        ),
    }


def _head_turn() -> dict[str, str]:
    turned = SEATED_FRONT.but(face=60)
    head = turned.joints()["head"]
    return {
        "head-turn-1.svg": seated_front(
            turned,
            arc_arrow((head[0], head[1] - 8), 30, 160, 15, squash=0.55),
            highlight=NECK_HEAD,
        ),
    }


def _shoulder_rolls() -> dict[str, str]:
    up = SEATED_SIDE.but(shoulder=90).sized(shoulder=3)
    back = SEATED_SIDE.but(shoulder=-150).sized(shoulder=9)
    forward = SEATED_SIDE.but(shoulder=-40).sized(shoulder=9)
    sh_up = up.joints()["shoulder"]
    sh = SEATED_SIDE.joints()["shoulder"]
    return {
        "shoulder-shrug.svg": seated_side(
            up,
            line_arrow((sh_up[0] + 26, sh_up[1] + 16), (sh_up[0] + 26, sh_up[1] - 14)),
            under=ghost(SEATED_SIDE, SHOULDER_N),
            highlight=SHOULDER_N,
        ),
        "shoulder-roll-back.svg": seated_side(
            back,
            arc_arrow((sh[0], sh[1] + 4), 26, -40, 205, squash=0.9),
            highlight=SHOULDER_N,
        ),
        "shoulder-roll-forward.svg": seated_side(
            forward,
            arc_arrow((sh[0], sh[1] + 4), 26, 220, -25, squash=0.9),
            highlight=SHOULDER_N,
        ),
    }


def blades(pose: Pose, gap: float) -> str:
    """The two shoulder blades on a back view, `gap` px either side of the spine."""
    j = pose.joints()
    out: list[str] = []
    for side in (-1, 1):
        centre = polar(j["thorax"], pose.angles["thorax"] + 180, 17)
        cx, cy = centre[0] + side * gap, centre[1]
        blade = [
            (cx - side * 4, cy - 9),
            (cx + side * 9, cy - 8),
            (cx + side * 1, cy + 12),
        ]
        out.append(
            f'<polygon points="{pts(blade)}" fill="{ACCENT}" stroke="{ACCENT_DARK}" '
            'stroke-width="5" stroke-linejoin="round"/>'
            f'<polygon points="{pts(blade)}" fill="{ACCENT}" stroke="{ACCENT}" '
            'stroke-width="2" stroke-linejoin="round"/>'
        )
    return "\n".join(out)


def _shoulder_squeeze() -> dict[str, str]:
    relaxed = replace(SEATED_FRONT, view="back")
    squeezed = relaxed.but(upper_arm_r=-62, forearm_r=-100, upper_arm_l=-118, forearm_l=-80)
    chest = squeezed.joints()["thorax"]
    y = chest[1] + 18
    props = [floor(SEATED_FLOOR_Y), chair_front(relaxed.root[1] + 16, backrest=False)]
    return {
        "shoulder-squeeze-1.svg": svg(
            *props,
            figure(squeezed),
            blades(squeezed, 8),
            line_arrow((chest[0] - 46, y), (chest[0] - 26, y)),
            line_arrow((chest[0] + 46, y), (chest[0] + 26, y)),
        ),
        "shoulder-squeeze-2.svg": svg(*props, figure(relaxed), blades(relaxed, 13)),
    }


OVERHEAD = {"upper_arm_r": 82.0, "forearm_r": 100.0, "upper_arm_l": 98.0, "forearm_l": 80.0}
LEAN_R = {
    "lumbar": 84.0,
    "thorax": 70.0,
    "neck": 62.0,
    "upper_arm_r": 62.0,
    "forearm_r": 60.0,
    "upper_arm_l": 76.0,
    "forearm_l": 40.0,
    "shoulder_r": -28.0,
    "shoulder_l": 152.0,
}


def _side_bends() -> dict[str, str]:
    out: dict[str, str] = {}
    for prefix, base, frame in (
        ("side-stretch", STANDING_FRONT, standing),
        ("arm-reach", SEATED_FRONT, seated_front),
    ):
        up = base.but(**OVERHEAD)
        lean = base.but(**LEAN_R)
        top = up.joints()["forearm_r"]
        pivot = base.joints()["pelvis"]
        reach = math.dist(pivot, top) + 14
        out[f"{prefix}-1.svg"] = frame(
            up, line_arrow((top[0] + 30, top[1] + 50), (top[0] + 30, top[1] + 6))
        )
        out[f"{prefix}-2.svg"] = frame(
            lean,
            arc_arrow(pivot, reach, 94, 62),
            under=ghost(up, (*ARMS_R, *ARMS_L, "head", "neck")),
            highlight=("thorax",),
        )
    return out


def _rounded_reach() -> dict[str, str]:
    arms = {
        "shoulder": -30.0,
        "upper_arm_n": -4.0,
        "forearm_n": 2.0,
        "upper_arm_f": 0.0,
        "forearm_f": 6.0,
    }
    rounded = {"lumbar": 94.0, "thorax": 74.0, "neck": 66.0}
    seated = SEATED_SIDE.but(**arms, **rounded)
    bowed = seated.but(neck=34, face=-40)
    hands = seated.joints()["forearm_n"]
    standing_tall = STANDING_SIDE.but(**{**arms, "shoulder": -90.0})
    standing_round = STANDING_SIDE.but(**arms, **rounded)
    back = standing_round.joints()["thorax"]
    return {
        "rhomboid-1.svg": seated_side(
            seated,
            line_arrow((hands[0] + 8, hands[1] - 16), (hands[0] + 32, hands[1] - 16)),
            highlight=("thorax",),
        ),
        "rhomboid-2.svg": seated_side(
            bowed,
            arc_arrow(bowed.joints()["neck"], 32, 80, 28),
            under=ghost(seated, NECK_HEAD),
            highlight=("thorax", *NECK_HEAD),
        ),
        "mid-back-1.svg": standing(
            standing_tall,
            line_arrow((hands[0] + 26, 96), (hands[0] + 50, 96)),
            highlight=("upper_arm_n", "forearm_n"),
        ),
        "mid-back-2.svg": standing(
            standing_round,
            line_arrow((back[0] - 16, back[1] + 14), (back[0] - 40, back[1] + 8)),
            under=ghost(standing_tall, ("torso", "neck", "head")),
            highlight=("thorax",),
        ),
    }


def _posture_reset() -> dict[str, str]:
    arched = SEATED_SIDE.but(lumbar=88, thorax=101, neck=88, face=6, shoulder=-140)
    mid = arched.joints()["lumbar"]
    pelvis = SEATED_SIDE.root
    return {
        "posture-reset-1.svg": seated_side(
            SEATED_SIDE,
            line_arrow((pelvis[0] - 34, pelvis[1] - 30), (pelvis[0] - 34, pelvis[1] - 92)),
            highlight=("torso",),
        ),
        "posture-reset-2.svg": seated_side(
            arched,
            arc_arrow(mid, 52, 96, 128),
            under=ghost(SEATED_SIDE, ("torso", "neck", "head")),
            highlight=("thorax",),
        ),
    }


def _wall_angels() -> dict[str, str]:
    up = STANDING_FRONT.but(upper_arm_r=52, forearm_r=82, upper_arm_l=128, forearm_l=98)
    down = STANDING_FRONT.but(upper_arm_r=-4, forearm_r=86, upper_arm_l=184, forearm_l=94)
    arms = (*ARMS_R, *ARMS_L)
    el_r, el_l = down.joints()["upper_arm_r"], down.joints()["upper_arm_l"]

    def pair(y0: float, y1: float) -> list[str]:
        return [
            line_arrow((el_r[0] + 20, y0), (el_r[0] + 20, y1)),
            line_arrow((el_l[0] - 20, y0), (el_l[0] - 20, y1)),
        ]

    return {
        "wall-angels-1.svg": standing(up, *pair(92, 56), highlight=arms, backdrop=wall_front()),
        "wall-angels-2.svg": standing(
            down, *pair(44, 82), under=ghost(up, arms), highlight=arms, backdrop=wall_front()
        ),
    }


def _cat_cow() -> dict[str, str]:
    cat = QUADRUPED.but(lumbar=24, thorax=-14, neck=-52, face=-80)
    cow = QUADRUPED.but(lumbar=-12, thorax=20, neck=48, face=25)
    top = cat.joints()["lumbar"]
    dip = cow.joints()["lumbar"]
    return {
        "cat-cow-1.svg": on_floor(
            cat,
            line_arrow((top[0], top[1] - 26), (top[0], top[1] - 54)),
            highlight=("torso",),
            y=214,
        ),
        "cat-cow-2.svg": on_floor(
            cow,
            line_arrow((dip[0], dip[1] - 56), (dip[0], dip[1] - 26)),
            highlight=("torso",),
            y=214,
        ),
    }


ROLLER_AT = (96.0, 191.0)
TOWEL_AT = (92.0, 194.0)
HANDS_BEHIND_HEAD = {
    "upper_arm_n": 104.0,
    "forearm_n": -134.0,
    "upper_arm_f": 110.0,
    "forearm_f": -128.0,
}


def _lying() -> dict[str, str]:
    on_roller = replace(
        SUPINE.but(lumbar=160, thorax=156, neck=172, face=70, **HANDS_BEHIND_HEAD),
        behind=frozenset(("upper_arm_n", "forearm_n")),
    )
    on_towel = SUPINE.but(
        lumbar=175,
        thorax=156,
        neck=196,
        face=105,
        upper_arm_n=38,
        forearm_n=-12,
        upper_arm_f=42,
        forearm_f=-8,
    )
    tilted = SUPINE.but(lumbar=178, thorax=180)
    sitting = SUPINE.at(134, 189).but(
        lumbar=104,
        thorax=100,
        neck=96,
        face=0,
        thigh_n=38,
        shin_n=-62,
        thigh_f=42,
        shin_f=-58,
        upper_arm_n=-118,
        forearm_n=-104,
        upper_arm_f=-114,
        forearm_f=-100,
    )
    chest = on_roller.joints()["lumbar"]
    pelvis = SUPINE.root
    towel_chest = on_towel.joints()["thorax"]
    return {
        "foam-roller-1.svg": on_floor(sitting, under=roller((78, 191))),
        "foam-roller-2.svg": on_floor(on_roller, under=roller(ROLLER_AT)),
        "foam-roller-3.svg": on_floor(
            on_roller,
            line_arrow(
                polar(polar(chest, 70, 36), 160, 34), polar(polar(chest, 70, 36), -20, 30), 2
            ),
            under=roller(ROLLER_AT),
            highlight=("thorax",),
        ),
        "towel-roll-1.svg": on_floor(on_towel, under=towel(TOWEL_AT), highlight=("thorax",)),
        "towel-roll-2.svg": on_floor(
            on_towel,
            line_arrow((towel_chest[0] + 34, towel_chest[1] - 34), (towel_chest[0] + 34, 106), 2),
            under=towel(TOWEL_AT),
            highlight=("thorax",),
        ),
        "pelvic-tilt-1.svg": on_floor(
            tilted,
            line_arrow((pelvis[0] - 22, pelvis[1] - 52), (pelvis[0] - 22, pelvis[1] - 22)),
            highlight=("lumbar",),
        ),
        "supine-rest.svg": on_floor(SUPINE),
    }


def _rest_poses() -> dict[str, str]:
    return {
        "seated-side-rest.svg": seated_side(SEATED_SIDE),
        "seated-front-rest.svg": seated_front(SEATED_FRONT),
        "standing-front-rest.svg": standing(STANDING_FRONT),
        "standing-side-rest.svg": standing(STANDING_SIDE),
    }


BUILDERS: list[Callable[[], dict[str, str]]] = [
    _chin_tuck,
    _twist,
    _head_turn,
    _shoulder_rolls,
    _shoulder_squeeze,
    _side_bends,
    _rounded_reach,
    _posture_reset,
    _wall_angels,
    _cat_cow,
    _lying,
    _rest_poses,
]


def pictures() -> dict[str, str]:
    """Every illustration, by file name."""
    out: dict[str, str] = {}
    for build in BUILDERS:
        out.update(build())
    return out


# --- icons --------------------------------------------------------------------------------------

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


def icon(variant: Literal["normal", "paused", "due"]) -> str:
    """The tray/app icon: a rounded tile with the figure, plus a pause or "due" badge."""
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
    body = "\n".join(layers)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="256" height="256">\n'
        f"{body}\n</svg>\n"
    )


ICONS: dict[str, Literal["normal", "paused", "due"]] = {
    "postureapp.svg": "normal",
    "postureapp-paused.svg": "paused",
    "postureapp-due.svg": "due",
}


def write_all() -> list[Path]:
    written: list[Path] = []
    files = {HERE / name: text for name, text in pictures().items()}
    files.update({ICON_DIR / name: icon(variant) for name, variant in ICONS.items()})
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.name)
