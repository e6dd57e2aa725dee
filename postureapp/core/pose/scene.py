"""A posed body seen from a view: flat shapes (in cm, y up), ordered back to front.

Each `Group` is drawn as one: its outline around the whole group, then its fills, so a limb or
the torso has no seams. Fill roles (body, far, accent, skin, hair, eye, prop, ...) are named, not
coloured: the renderer picks colours from the widget's palette.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from postureapp.core.pose.geometry import (
    Mat,
    Point,
    Vec,
    add,
    capsule,
    circle_points,
    column,
    convex_hull,
    cross,
    dot,
    scale,
    unit,
)
from postureapp.core.pose.skeleton import CHIN_RADIUS, HEAD_RADIUS, LIMB_RADII, TORSO_PIECES, Body


@dataclass(frozen=True)
class View:
    """An orthographic camera: turned `azimuth` degrees from the front toward the figure's
    right, raised `elevation` degrees. `mirror` shows the figure's right on the viewer's right,
    as a mirror does, so following along feels natural."""

    name: str
    azimuth: float
    elevation: float
    mirror: bool

    def axes(self) -> tuple[Vec, Vec, Vec]:
        az, el = math.radians(self.azimuth), math.radians(self.elevation)
        toward = (math.cos(el) * math.cos(az), math.sin(el), math.cos(el) * math.sin(az))
        right = (math.sin(az), 0.0, -math.cos(az))
        up = cross(toward, right)
        if self.mirror:
            right = scale(right, -1.0)
        return right, up, toward


VIEW_CAMERAS = {
    "side": View("side", 90.0, 0.0, False),
    "front": View("front", 0.0, 0.0, True),
    "three-quarter": View("three-quarter", 38.0, 14.0, True),
    "above": View("above", 0.0, 55.0, True),
}


@dataclass(frozen=True)
class Shape:
    points: tuple[Point, ...]
    role: str


@dataclass(frozen=True)
class Group:
    name: str
    depth: float
    shapes: tuple[Shape, ...]
    #: Extra details drawn over the group without the shared outline (eyes, nose, ear).
    details: tuple[Shape, ...] = ()
    #: Props that come or go during a step fade in or out.
    opacity: float = 1.0


@dataclass(frozen=True)
class Scene:
    props: tuple[Group, ...]
    body: tuple[Group, ...]
    #: Height of the floor line in the view, or None when the floor is not a line (from above).
    floor: float | None

    def points(self) -> list[Point]:
        return [p for g in (*self.props, *self.body) for s in g.shapes for p in s.points]


class Camera:
    def __init__(self, view: View) -> None:
        self.view = view
        self.right, self.up, self.toward = view.axes()

    def flat(self, p: Vec) -> Point:
        return (dot(p, self.right), dot(p, self.up))

    def depth(self, p: Vec) -> float:
        return dot(p, self.toward)


def _ellipse(camera: Camera, centre: Vec, a_axis: Vec, b_axis: Vec, steps: int) -> list[Point]:
    out = []
    for i in range(steps):
        angle = 2 * math.pi * i / steps
        p = add(centre, add(scale(a_axis, math.cos(angle)), scale(b_axis, math.sin(angle))))
        out.append(camera.flat(p))
    return out


def _slice(
    camera: Camera, centre: Vec, frame: Mat, depth: float, width: float, height: float
) -> list[Point]:
    """The outline of a flattened ellipsoid (a slice of the torso) seen by the camera."""
    a, b, c = (
        scale(column(frame, 0), depth),
        scale(column(frame, 2), width),
        scale(column(frame, 1), height),
    )
    return (
        _ellipse(camera, centre, a, b, 12)
        + _ellipse(camera, centre, a, c, 8)
        + _ellipse(camera, centre, b, c, 8)
    )


def _cap(camera: Camera, centre: Vec, radius: float, axis: Vec, spread: float) -> tuple[Point, ...]:
    """The visible part of a spherical cap (around `axis`, `spread` degrees wide), as an outline."""
    helper = (0.0, 1.0, 0.0) if abs(axis[1]) < 0.9 else (1.0, 0.0, 0.0)
    u = unit(cross(axis, helper))
    v = cross(axis, u)
    pts: list[Point] = []
    limit = math.cos(math.radians(spread))
    for ring in (0.0, 0.35, 0.7, 1.0):
        alpha = math.radians(spread) * ring
        for k in range(1 if ring == 0 else 10):
            beta = 2 * math.pi * k / 10
            n = add(
                scale(axis, math.cos(alpha)),
                scale(add(scale(u, math.cos(beta)), scale(v, math.sin(beta))), math.sin(alpha)),
            )
            if dot(n, camera.toward) >= 0:
                pts.append(camera.flat(add(centre, scale(n, radius))))
    for k in range(24):  # the rim of the head as seen, where it lies within the cap
        gamma = 2 * math.pi * k / 24
        n = add(scale(camera.right, math.cos(gamma)), scale(camera.up, math.sin(gamma)))
        if dot(n, axis) >= limit:
            pts.append(camera.flat(add(centre, scale(n, radius))))
    return convex_hull(pts) if len(pts) >= 3 else ()


def _limb(
    camera: Camera, body: Body, names: Sequence[str], radii: Sequence[tuple[float, float]]
) -> list[tuple[Point, ...]]:
    out = []
    for (a, b), (ra, rb) in zip(itertools.pairwise(names), radii, strict=False):
        out.append(capsule(camera.flat(body.points[a]), ra, camera.flat(body.points[b]), rb))
    return out


def body_groups(camera: Camera, body: Body, accent: frozenset[str]) -> list[Group]:
    groups: list[Group] = []
    centre_depth = camera.depth(body.points["waist"])

    # torso: the hull of each pair of consecutive slices
    rings = [_slice(camera, s.centre, s.frame, s.depth, s.width, s.height) for s in body.sections]
    torso: list[Shape] = []
    for index, part in enumerate(TORSO_PIECES):
        role = (
            "accent"
            if part in accent or (part == "shoulders" and "upper-back" in accent)
            else "body"
        )
        torso.append(Shape(convex_hull(rings[index] + rings[index + 1]), role))
    neck_role = "accent" if "neck" in accent else "body"
    neck = capsule(
        camera.flat(body.points["neck_base"]),
        LIMB_RADII["neck"][0],
        camera.flat(body.points["neck"]),
        LIMB_RADII["neck"][1],
    )
    groups.append(Group("neck", centre_depth - 0.01, (Shape(neck, neck_role),)))
    groups.append(Group("torso", centre_depth, tuple(torso)))
    groups.append(_head(camera, body, accent))

    pieces: list[tuple[str, float, Shape]] = []

    def is_far(side: str, joint: str) -> bool:
        """A limb on the side turned away from the viewer is drawn in a paler tone."""
        other = "left" if side == "right" else "right"
        mine = camera.depth(body.points[f"{side}_{joint}"])
        return mine < camera.depth(body.points[f"{other}_{joint}"]) - 8.0

    for side in ("right", "left"):
        chains = (
            (
                f"{side}-arm",
                (f"{side}_shoulder", f"{side}_elbow", f"{side}_wrist", f"{side}_hand"),
                (LIMB_RADII["upper_arm"], LIMB_RADII["forearm"], LIMB_RADII["hand"]),
            ),
            (
                f"{side}-leg",
                (f"{side}_hip", f"{side}_knee", f"{side}_ankle"),
                (LIMB_RADII["thigh"], LIMB_RADII["shin"]),
            ),
        )
        for part, names, radii in chains:
            far = is_far(side, "shoulder" if part.endswith("arm") else "hip")
            role = "accent" if part in accent else ("far" if far else "body")
            # hands resting on the thighs lie on top of them
            bias = 3.0 if part.endswith("arm") else 0.0
            segments = list(itertools.pairwise(names))
            for (a, b), outline in zip(segments, _limb(camera, body, names, radii), strict=True):
                depth = (camera.depth(body.points[a]) + camera.depth(body.points[b])) / 2
                pieces.append((part, depth + bias, Shape(outline, role)))
            if part.endswith("leg"):
                heel, toe = body.points[f"{side}_heel"], body.points[f"{side}_toe"]
                foot = capsule(
                    camera.flat(heel),
                    LIMB_RADII["foot"][0],
                    camera.flat(toe),
                    LIMB_RADII["foot"][1],
                )
                depth = (camera.depth(heel) + camera.depth(toe)) / 2
                pieces.append((part, depth, Shape(foot, role)))
    for part, depth, shape in sorted(pieces, key=lambda item: item[1]):
        # neighbouring pieces of one limb share a group, so the limb has no seams
        groups.append(Group(part, depth, (shape,)))
    groups.sort(key=lambda g: g.depth)
    merged: list[Group] = []
    for group in groups:
        last = merged[-1] if merged else None
        if last is not None and last.name == group.name:  # only a limb has several pieces
            merged[-1] = Group(last.name, last.depth, last.shapes + group.shapes)
        else:
            merged.append(group)
    return merged


def _head(camera: Camera, body: Body, accent: frozenset[str]) -> Group:
    frame: Mat = body.frames["head"]
    forward, up, side = column(frame, 0), column(frame, 1), column(frame, 2)
    centre = body.points["head"]
    flat_centre = camera.flat(centre)
    skull = capsule(flat_centre, HEAD_RADIUS, camera.flat(body.points["chin"]), CHIN_RADIUS, 9)
    role = "accent" if "head" in accent else "body"
    shapes = [Shape(skull, role)]
    hair = _cap(camera, centre, HEAD_RADIUS, unit(add(scale(forward, -0.7), scale(up, 0.72))), 74.0)
    if hair:
        shapes.append(Shape(hair, "hair"))
    face = _cap(camera, centre, HEAD_RADIUS, unit(add(forward, scale(up, -0.1))), 66.0)
    if face:
        shapes.append(Shape(face, "skin"))
    details: list[Shape] = []
    facing = dot(forward, camera.toward)
    for sign in (1.0, -1.0):  # eyes
        direction = unit(add(add(scale(forward, 0.86), scale(up, 0.2)), scale(side, 0.42 * sign)))
        if dot(direction, camera.toward) > 0.2:
            eye = add(centre, scale(direction, HEAD_RADIUS * 0.98))
            details.append(Shape(tuple(circle_points(camera.flat(eye), 1.5)), "eye"))
    if facing > -0.35:
        details.append(Shape(tuple(circle_points(camera.flat(body.points["nose"]), 2.4)), "nose"))
    depth = camera.depth(centre) + 0.01
    return Group("head", depth, tuple(shapes), tuple(details))


# --- props ---------------------------------------------------------------------------------------


def _box(camera: Camera, low: Vec, high: Vec) -> tuple[Point, ...]:
    corners = [
        (x, y, z) for x in (low[0], high[0]) for y in (low[1], high[1]) for z in (low[2], high[2])
    ]
    return convex_hull(camera.flat(c) for c in corners)


def _cylinder(camera: Camera, centre: Vec, radius: float, half: float) -> tuple[Point, ...]:
    pts: list[Point] = []
    for z in (-half, half):
        for k in range(18):
            a = 2 * math.pi * k / 18
            pts.append(
                camera.flat(
                    (
                        centre[0] + radius * math.cos(a),
                        centre[1] + radius * math.sin(a),
                        centre[2] + z,
                    )
                )
            )
    return convex_hull(pts)


@dataclass(frozen=True)
class PropPlace:
    """Where props go, taken from the neutral base postures the step uses."""

    seat: Vec
    wall_x: float
    floor_span: tuple[float, float]


ROLLER_X = -40.0
ROLLER_RADIUS = 7.5
TOWEL_RADIUS = 4.5


def prop_groups(camera: Camera, names: Iterable[str], place: PropPlace) -> list[Group]:
    groups: list[Group] = []
    for name in names:
        shapes: list[Shape] = []
        if name == "chair":
            sx, sy, _ = place.seat
            seat_top = sy - 7.6
            back_x = sx - 21.0
            for z in (-19.0, 19.0):  # far legs first is fine: props are muted and flat
                for x in (back_x, sx + 17.0):
                    shapes.append(
                        Shape(
                            _box(camera, (x - 1.6, 0.0, z - 1.6), (x + 1.6, seat_top, z + 1.6)),
                            "prop",
                        )
                    )
            shapes.append(
                Shape(
                    _box(
                        camera,
                        (back_x - 2.0, seat_top, -21.0),
                        (back_x + 1.5, seat_top + 44.0, 21.0),
                    ),
                    "prop",
                )
            )
            shapes.append(
                Shape(
                    _box(
                        camera, (back_x - 2.0, seat_top - 4.0, -21.0), (sx + 19.0, seat_top, 21.0)
                    ),
                    "prop",
                )
            )
        elif name == "wall":
            x = place.wall_x
            shapes.append(Shape(_box(camera, (x - 6.0, 0.0, -45.0), (x, 205.0, 45.0)), "prop"))
        elif name == "mat":
            low, high = place.floor_span
            shapes.append(Shape(_box(camera, (low, -1.5, -32.0), (high, 0.0, 32.0)), "mat"))
        elif name == "foam-roller":
            shapes.append(
                Shape(
                    _cylinder(camera, (ROLLER_X, ROLLER_RADIUS, 0.0), ROLLER_RADIUS, 38.0), "prop"
                )
            )
        elif name == "towel-roll":
            shapes.append(
                Shape(_cylinder(camera, (ROLLER_X, TOWEL_RADIUS, 0.0), TOWEL_RADIUS, 26.0), "towel")
            )
        if shapes:
            groups.append(Group(name, 0.0, tuple(shapes)))
    return groups
