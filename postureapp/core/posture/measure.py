"""From a few landmarks of the upper body to three numbers that describe how someone sits.

A webcam on a desk sees the head and the shoulders, seldom the hips, so the measures use only
the ears and the shoulders, and only ratios of distances in the picture: sitting nearer to the
screen or farther away changes none of them.

* `head_height`: how far the ears sit above the line of the shoulders, in shoulder widths. A
  head carried forward and down, and a back that sinks into the chair, bring it down.
* `span`: the shoulder width in ear distances. Shoulders that round forward look narrower
  beside a head that stays the same width.
* `tilt`: the angle of the shoulder line from level, in degrees (leaning to one side).

Coordinates are in pixels of one picture (x to the right, y down); which side is "left" does
not matter. A landmark the model is unsure of counts as not seen, and an upper body that is
not fully seen (nobody there, someone half out of the picture) has no measurement: the caller
counts that as away.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Below this the model's own confidence that a landmark is in view is too low to use it.
MIN_VISIBILITY = 0.5
#: Shoulders narrower than this share of the picture's width are too far off (or not a person).
MIN_SHOULDER_SHARE = 0.08


@dataclass(frozen=True)
class Point:
    """One landmark in picture pixels, with the model's confidence (0 to 1) that it is in view."""

    x: float
    y: float
    visibility: float = 1.0


@dataclass(frozen=True)
class Landmarks:
    """The five landmarks the measures need, and the size of the picture they were found in."""

    nose: Point
    left_ear: Point
    right_ear: Point
    left_shoulder: Point
    right_shoulder: Point
    width: int
    height: int

    def seen(self, minimum: float = MIN_VISIBILITY) -> bool:
        points = (self.left_ear, self.right_ear, self.left_shoulder, self.right_shoulder)
        return all(point.visibility >= minimum for point in points)


@dataclass(frozen=True)
class Measurement:
    """How someone sits in one picture (see the module's docstring for each number)."""

    head_height: float
    span: float
    tilt: float


def _distance(a: Point, b: Point) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def measure(landmarks: Landmarks | None) -> Measurement | None:
    """The three measures, or None when the upper body is not clearly in view."""
    if landmarks is None or not landmarks.seen():
        return None
    shoulders = sorted((landmarks.left_shoulder, landmarks.right_shoulder), key=lambda p: p.x)
    first, second = shoulders
    sx, sy = second.x - first.x, second.y - first.y
    width = math.hypot(sx, sy)
    ears = _distance(landmarks.left_ear, landmarks.right_ear)
    if width < MIN_SHOULDER_SHARE * landmarks.width or ears <= 0.0:
        return None
    ear_x = (landmarks.left_ear.x + landmarks.right_ear.x) / 2
    ear_y = (landmarks.left_ear.y + landmarks.right_ear.y) / 2
    vx, vy = ear_x - (first.x + second.x) / 2, ear_y - (first.y + second.y) / 2
    # The ears' distance from the shoulder line, upwards positive (y grows downwards).
    above = -(sx * vy - sy * vx) / width
    return Measurement(
        head_height=above / width,
        span=width / ears,
        tilt=math.degrees(math.atan2(sy, sx)),
    )


@dataclass(frozen=True)
class Sight:
    """What one read of the camera gave: the landmarks of each picture taken (None where nobody
    was found), or why the camera was not read (`skipped`: "call" while another program uses
    the camera or the microphone, or a problem in words)."""

    landmarks: tuple[Landmarks | None, ...] = ()
    skipped: str | None = None
