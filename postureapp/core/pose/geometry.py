"""Small 3D and 2D geometry for the figure: vectors, rotations, convex outlines.

World axes (centimetres): x points where the figure faces in its base posture, y up, z to the
figure's right. Angles are in degrees. Plain tuples keep this fast enough to pose a figure thirty
times a second in pure Python.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows
Point = tuple[float, float]

IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    size = length(a)
    return scale(a, 1.0 / size) if size > 1e-9 else (0.0, 0.0, 0.0)


def mix(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def apply(m: Mat, v: Vec) -> Vec:
    x, y, z = v
    (a, b, c), (d, e, f), (g, h, i) = m
    return (a * x + b * y + c * z, d * x + e * y + f * z, g * x + h * y + i * z)


def matmul(m: Mat, n: Mat) -> Mat:
    """m times n, written out: posing a figure multiplies thousands of these."""
    (a, b, c), (d, e, f), (g, h, i) = m
    (p, q, r), (s, t, u), (v, w, x) = n
    return (
        (a * p + b * s + c * v, a * q + b * t + c * w, a * r + b * u + c * x),
        (d * p + e * s + f * v, d * q + e * t + f * w, d * r + e * u + f * x),
        (g * p + h * s + i * v, g * q + h * t + i * w, g * r + h * u + i * x),
    )


def rot_x(degrees: float) -> Mat:
    """Turns y toward z."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(degrees: float) -> Mat:
    """Turns z toward x."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(degrees: float) -> Mat:
    """Turns x toward y."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def column(m: Mat, index: int) -> Vec:
    return (m[0][index], m[1][index], m[2][index])


def orthonormal(x: Vec, y: Vec) -> Mat:
    """The rotation whose columns are x, y (made perpendicular to x's partner) and x cross y."""
    y = unit(y)
    x = unit(sub(x, scale(y, dot(x, y))))
    z = cross(x, y)
    return ((x[0], y[0], z[0]), (x[1], y[1], z[1]), (x[2], y[2], z[2]))


def blend_frames(a: Mat, b: Mat, t: float = 0.5) -> Mat:
    """A frame between two rotations (good enough for the small angles between body segments)."""
    return orthonormal(mix(column(a, 0), column(b, 0), t), mix(column(a, 1), column(b, 1), t))


# --- 2D outlines -------------------------------------------------------------------------------


def convex_hull(points: Iterable[Point]) -> tuple[Point, ...]:
    """Andrew's monotone chain; counter-clockwise, without repeating the first point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return tuple(pts)

    def turn(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


_CIRCLE = tuple((math.cos(2 * math.pi * i / 14), math.sin(2 * math.pi * i / 14)) for i in range(14))


def circle_points(centre: Point, radius: float) -> list[Point]:
    return [(centre[0] + radius * c, centre[1] + radius * s) for c, s in _CIRCLE]


def capsule(a: Point, ra: float, b: Point, rb: float, steps: int = 6) -> tuple[Point, ...]:
    """The outline of two circles and the band between them (a tapered, rounded limb), counter-
    clockwise: an arc round each end joined by the two tangents."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d <= abs(ra - rb) + 1e-6:
        big, r = (a, ra) if ra >= rb else (b, rb)
        return tuple(circle_points(big, r))
    base = math.atan2(dy, dx)
    phi = math.acos((ra - rb) / d)  # within -1 to 1: d is past the difference of the radii
    out = []
    for i in range(steps + 1):
        t = base - phi + 2 * phi * i / steps
        out.append((b[0] + rb * math.cos(t), b[1] + rb * math.sin(t)))
    for i in range(steps + 1):
        t = base + phi + (2 * math.pi - 2 * phi) * i / steps
        out.append((a[0] + ra * math.cos(t), a[1] + ra * math.sin(t)))
    return tuple(out)


def bounds(points: Iterable[Point]) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of some points; y grows upward."""
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys))


def polyline_length(points: Sequence[Point]) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(points))
