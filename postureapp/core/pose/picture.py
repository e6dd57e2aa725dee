"""A step's picture as a whole: its scenes over time, the motion arrow, and the framing.

The framing is worked out once over the whole movement (start, end and the way between, with the
arrow), so the figure does not jump while it moves and nothing leaves the picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from postureapp.core.pose.geometry import (
    Point,
    Vec,
    add,
    bounds,
    column,
    cross,
    dot,
    mix,
    polyline_length,
    scale,
)
from postureapp.core.pose.model import Motion, PoseSpec, ease, highlighted
from postureapp.core.pose.postures import neutral
from postureapp.core.pose.scene import (
    VIEW_CAMERAS,
    Camera,
    PropPlace,
    Scene,
    body_groups,
    prop_groups,
)
from postureapp.core.pose.skeleton import Body

#: The arrow keeps this far (cm) from the path of the point it follows.
ARROW_GAP = 11.0
#: An arrow is never shorter than this (cm), so a small movement still gets a readable one.
ARROW_MIN = 18.0
#: A longer path gets an arrow along its last part only: where the movement is heading.
ARROW_MAX = 48.0
#: Room around everything, as a fraction of the picture's smaller side.
MARGIN = 0.06
#: Samples of the way between the poses used for the framing and the arrows.
SAMPLES = (0.0, 0.25, 0.5, 0.75, 1.0)


#: Parts a turning arrow can go around: the segment whose turn it shows, and the ring's radius.
TURN_RINGS = {"head": ("head", 17.0), "chest": ("thoracic", 29.0)}


def turn_centre(body: Body, name: str) -> Vec:
    if name == "head":
        return mix(body.points["neck"], body.points["chin"], 0.3)
    return mix(body.points["waist"], mix(body.points["chest"], body.points["upper_back"], 0.5), 0.5)


@dataclass(frozen=True)
class Arrow:
    points: tuple[Point, ...]
    both_ways: bool


@dataclass(frozen=True)
class Frame:
    """Maps a scene's cm (y up) to pixels of a `width` x `height` picture (y down)."""

    scale: float
    left: float
    top: float
    width: float
    height: float
    mirrored: bool

    def map(self, p: Point) -> Point:
        x = self.left + p[0] * self.scale
        return (self.width - x if self.mirrored else x, self.top - p[1] * self.scale)


def _circle_through(a: Point, b: Point, c: Point) -> Point | None:
    d = 2 * (a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]))
    if abs(d) < 1e-9:
        return None
    sa, sb, sc = a[0] ** 2 + a[1] ** 2, b[0] ** 2 + b[1] ** 2, c[0] ** 2 + c[1] ** 2
    x = (sa * (b[1] - c[1]) + sb * (c[1] - a[1]) + sc * (a[1] - b[1])) / d
    y = (sa * (c[0] - b[0]) + sb * (a[0] - c[0]) + sc * (b[0] - a[0])) / d
    return (x, y)


def _last_part(path: list[Point], maximum: float) -> list[Point]:
    """The end of a long path, `maximum` long."""
    kept = [path[-1]]
    total = 0.0
    for p, q in zip(reversed(path[:-1]), reversed(path[1:]), strict=True):
        step = math.dist(p, q)
        if total + step >= maximum:
            t = (maximum - total) / step
            kept.append((q[0] + (p[0] - q[0]) * t, q[1] + (p[1] - q[1]) * t))
            break
        kept.append(p)
        total += step
    return kept[::-1]


def _stretch(path: list[Point], minimum: float) -> list[Point]:
    """Lengthen a short path at both ends along its own direction."""
    total = polyline_length(path)
    if total >= minimum or total < 1e-6:
        return path
    extra = (minimum - total) / 2

    def extend(p: Point, q: Point) -> Point:
        dx, dy = p[0] - q[0], p[1] - q[1]
        size = math.hypot(dx, dy) or 1.0
        return (p[0] + dx / size * extra, p[1] + dy / size * extra)

    return [extend(path[0], path[1]), *path, extend(path[-1], path[-2])]


def arrow_path(
    track: Sequence[Point], away_from: Point, gap: float = ARROW_GAP, flip: bool = False
) -> tuple[Point, ...]:
    """The arrow for a point moving along `track`: beside it, on the side away from the body
    (or, with `flip`, on the other side)."""
    if polyline_length(track) < 2.5:
        return ()
    first, last, middle = track[0], track[-1], track[len(track) // 2]
    chord = math.dist(first, last)
    sagitta = abs(
        (last[0] - first[0]) * (first[1] - middle[1])
        - (first[0] - middle[0]) * (last[1] - first[1])
    ) / (chord or 1.0)
    centre = _circle_through(first, middle, last) if sagitta > 0.12 * chord else None
    out: list[Point] = []
    if flip:
        if centre is not None and gap > 0.7 * math.dist(first, centre):
            return ()  # inside the curve: any further and the arrow would turn inside out
        gap = -gap
    if centre is not None:
        for p in track:
            dx, dy = p[0] - centre[0], p[1] - centre[1]
            size = math.hypot(dx, dy) or 1.0
            out.append((p[0] + dx / size * gap, p[1] + dy / size * gap))
    else:
        nx, ny = -(last[1] - first[1]) / chord, (last[0] - first[0]) / chord
        mid = ((first[0] + last[0]) / 2, (first[1] + last[1]) / 2)
        if nx * (mid[0] - away_from[0]) + ny * (mid[1] - away_from[1]) < 0:
            nx, ny = -nx, -ny
        out = [(p[0] + nx * gap, p[1] + ny * gap) for p in track]
    return tuple(_stretch(_last_part(out, ARROW_MAX), ARROW_MIN))


class Outline:
    """A convex outline with its bounding box, for quick "is this point near it" tests."""

    def __init__(self, points: Sequence[Point]) -> None:
        self.points = tuple(points)
        self.box = bounds(points)


def _inside(p: Point, outline: Outline, margin: float) -> bool:
    """Whether `p` lies within `margin` of a convex, counter-clockwise outline."""
    left, bottom, right, top = outline.box
    if not (left - margin <= p[0] <= right + margin and bottom - margin <= p[1] <= top + margin):
        return False
    points = outline.points
    for (ax, ay), (bx, by) in zip(points, (*points[1:], points[0]), strict=True):
        edge = math.hypot(bx - ax, by - ay) or 1.0
        if ((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)) / edge < -margin:
            return False
    return True


def _clear(path: Sequence[Point], outlines: Sequence[Outline], floor: float | None = None) -> bool:
    """Whether an arrow keeps off the body (and above the floor)."""
    if floor is not None and any(p[1] < floor + 3.0 for p in path):
        return False
    return not any(_inside(p, o, 2.5) for p in path for o in outlines)


def _ahead_arrow(
    track: Sequence[Point], outlines: Sequence[Outline], floor: float | None
) -> tuple[Point, ...]:
    """A straight arrow just past the moving part, pointing the way it goes; where that is
    blocked (by the floor), one just before it, pointing at it: push this way."""
    (x0, y0), (x1, y1) = track[0], track[-1]
    size = math.hypot(x1 - x0, y1 - y0)
    if size < 1.0:
        return ()
    ux, uy = (x1 - x0) / size, (y1 - y0) / size
    length = max(ARROW_MIN, min(size, ARROW_MAX))
    for ahead in (True, False):
        for lead in range(0, 27, 3):
            if ahead:
                start = (x1 + ux * lead, y1 + uy * lead)
            else:
                start = (x0 - ux * (lead + length), y0 - uy * (lead + length))
            path = tuple(
                (start[0] + ux * length * i / 4, start[1] + uy * length * i / 4) for i in range(5)
            )
            if _clear(path, outlines, floor):
                return path
    return ()


def _circling_arrow(track: Sequence[Point], size: float = 30.0) -> tuple[Point, ...]:
    """A curving movement's own path, drawn around the part at a readable size."""
    total = polyline_length(track)
    if total < 1.0:
        return ()
    cx = sum(p[0] for p in track) / len(track)
    cy = sum(p[1] for p in track) / len(track)
    k = max(1.0, size / total)
    return tuple((cx + (x - cx) * k, cy + (y - cy) * k) for x, y in track)


def _clear_arrow(
    track: Sequence[Point],
    away_from: Point,
    outlines: Sequence[Outline],
    floor: float | None,
) -> tuple[Point, ...]:
    """The nearest arrow beside `track` that keeps off the body, trying the outer side first."""
    first: tuple[Point, ...] = ()
    for gap in range(8, 44, 3):
        for flip in (False, True):
            path = arrow_path(track, away_from, float(gap), flip)
            if not path:
                continue
            first = first or path
            if _clear(path, outlines, floor):
                return path
    return first


class Picture:
    """Scenes of one step's motion seen from its view, with its props, highlight and arrows."""

    def __init__(self, spec: PoseSpec) -> None:
        self.spec = spec
        self._extent: tuple[float, float, float, float] | None = None
        self.motion = Motion(spec)
        self.camera = Camera(VIEW_CAMERAS[spec.view])
        self.accent = highlighted(spec)
        moving = [self.motion.body(i / 10) for i in range(11)]
        bodies = [moving[round(t * 10)] for t in SAMPLES]
        xs = [p[0] for b in bodies for p in b.points.values()]
        standing = neutral("standing").body
        wall_x = min(s.centre[0] - s.depth for s in standing.sections) - 1.0
        self.place = PropPlace(
            seat=neutral("seated").root, wall_x=wall_x, floor_span=(min(xs) - 14, max(xs) + 14)
        )
        first = spec.props if spec.start.props is None else spec.start.props
        last = spec.props if spec.end.props is None else spec.end.props
        self._props = tuple(prop_groups(self.camera, dict.fromkeys((*first, *last)), self.place))
        self._fading = {name: (name in first, name in last) for name in (*first, *last)}
        self.floor = 0.0 if self.camera.view.elevation < 10 else None
        away = self._centre(bodies[-1].points.values())
        arrows = []
        outlines = [
            Outline(shape.points)
            for body in (bodies[0], bodies[-1])
            for group in body_groups(self.camera, body, self.accent)
            for shape in group.shapes
            if len(shape.points) >= 3
        ]
        for name in spec.arrow:
            track = [self.camera.flat(b.point(name)) for b in moving]
            if spec.via is not None:
                path = _circling_arrow(track)
            else:
                path = _ahead_arrow(track, outlines, self.floor) if spec.arrow_ahead else ()
                path = path or _clear_arrow(track, away, outlines, self.floor)
            if path:
                arrows.append(Arrow(path, spec.both_ways or spec.repeat))
        for name in spec.turn:
            path = self._turn_arrow(name, bodies[0], bodies[-1])
            if path:
                arrows.append(Arrow(path, spec.both_ways or spec.repeat))
        self.arrows: tuple[Arrow, ...] = tuple(arrows)
        self._bodies = bodies

    def _turn_arrow(self, name: str, first: Body, last: Body) -> tuple[Point, ...]:
        """A curved arrow around the part's own axis, the way it turns (at least 60 degrees)."""
        segment, radius = TURN_RINGS[name]
        centre = turn_centre(first, name)
        axis = column(first.frames[segment], 1)
        f0, f1 = column(first.frames[segment], 0), column(last.frames[segment], 0)
        side = cross(f0, axis)
        turned = math.degrees(math.atan2(dot(f1, side), dot(f1, f0)))
        if abs(turned) < 5:
            return ()
        sweep = math.copysign(max(abs(turned) * 1.3, 70.0), turned)
        camera = self.camera
        base_depth = camera.depth(centre)
        out = []
        for i in range(13):
            angle = math.radians(-0.25 * sweep + 1.25 * sweep * i / 12)
            p = add(
                centre,
                add(scale(f0, radius * math.cos(angle)), scale(side, radius * math.sin(angle))),
            )
            x, y = camera.flat(p)
            out.append((x, y - 0.35 * (camera.depth(p) - base_depth)))
        return tuple(out)

    def _centre(self, points: object) -> Point:
        flat = [self.camera.flat(p) for p in points]  # type: ignore[attr-defined]
        left, bottom, right, top = bounds(flat)
        return ((left + right) / 2, (bottom + top) / 2)

    def scene(self, t: float, breath: float = 0.0) -> Scene:
        """The picture at linear progress `t` (0 start, 1 end); easing is applied here."""
        body = self.motion.body(ease(t), breath)
        eased = ease(t)
        props = []
        for group in self._props:
            there_first, there_last = self._fading[group.name]
            if there_first and there_last:
                props.append(group)
            else:
                opacity = 1.0 - eased if there_first else eased
                props.append(replace(group, opacity=opacity))
        return Scene(tuple(props), tuple(body_groups(self.camera, body, self.accent)), self.floor)

    def extent(self) -> tuple[float, float, float, float]:
        """Everything the picture ever shows, in cm: (left, bottom, right, top).

        A close-up shows the figure from the waist up.
        """
        if self._extent is not None:
            return self._extent
        cut = -math.inf
        if self.spec.close_up:
            cut = min(self.camera.flat(b.points["waist"])[1] for b in self._bodies) - 4.0
        pts: list[Point] = []
        for body in self._bodies:
            for group in body_groups(self.camera, body, self.accent):
                for shape in group.shapes:
                    pts.extend(p for p in shape.points if p[1] >= cut)
        for group in self._props:
            for shape in group.shapes:
                pts.extend(p for p in shape.points if p[1] >= cut)
        for arrow in self.arrows:
            for x, y in arrow.points:
                pts.extend([(x - 4, y - 4), (x + 4, y + 4)])
        if self.floor is not None and not self.spec.close_up:
            pts.append((pts[0][0], self.floor - 2.0))
        left, bottom, right, top = bounds(pts)
        self._extent = (left, max(bottom, cut), right, top)
        return self._extent

    def frame(self, width: float, height: float, mirrored: bool = False) -> Frame:
        left, bottom, right, top = self.extent()
        margin = MARGIN * min(width, height)
        scale = min((width - 2 * margin) / (right - left), (height - 2 * margin) / (top - bottom))
        x0 = (width - (right - left) * scale) / 2 - left * scale
        y0 = (height + (top - bottom) * scale) / 2 + bottom * scale
        return Frame(scale, x0, y0, width, height, mirrored)
