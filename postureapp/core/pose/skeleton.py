"""One articulated figure: its joints, the angles each joint takes, and forward kinematics.

Every angle is in degrees from standing upright with the arms hanging and the feet forward:
  spine parts (lumbar, thoracic, neck, head): flex = bend forward, bend = lean to the figure's
    right, turn = rotate to the figure's right;
  shoulders (the shoulder girdle, in cm): shrug = up, reach = forward (negative squeezes the
    shoulder blades together);
  arms: raise = forward and up (180 is overhead), spread = out to the side, twist = turn the
    upper arm outward (so a bent elbow points the forearm up or out);
  elbows, knees: bend; wrists: bend the hand up toward the back of the forearm; ankles: point;
  hips: flex = thigh forward, spread = out to the side, twist = outward;
  pelvis: tilt = top forward (the legs keep their direction), turn, bend, and in cm: lift = up,
    slide = forward.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from postureapp.core.pose.geometry import (
    IDENTITY,
    Mat,
    Vec,
    add,
    apply,
    blend_frames,
    dot,
    length,
    matmul,
    mix,
    rot_x,
    rot_y,
    rot_z,
    scale,
    sub,
    unit,
)

SIDES = ("right", "left")


@dataclass(frozen=True)
class AngleSpec:
    """One number a joint takes, with the range the figure allows."""

    joint: str
    name: str
    low: float
    high: float

    @property
    def key(self) -> str:
        return f"{self.joint}.{self.name}"


_SPINE = (("flex", -45.0, 70.0), ("bend", -45.0, 45.0), ("turn", -60.0, 60.0))
#: Each joint's angles (name, lowest, highest), the joints of one side named without the side.
_TRUNK: tuple[tuple[str, tuple[tuple[str, float, float], ...]], ...] = (
    (
        "pelvis",
        (
            ("tilt", -40.0, 40.0),
            ("turn", -60.0, 60.0),
            ("bend", -30.0, 30.0),
            ("lift", -10.0, 40.0),
            ("slide", -40.0, 40.0),
        ),
    ),
    ("lumbar", _SPINE),
    ("thoracic", _SPINE),
    ("neck", (("flex", -50.0, 60.0), ("bend", -45.0, 45.0), ("turn", -80.0, 80.0))),
    ("head", (("flex", -40.0, 40.0), ("bend", -30.0, 30.0), ("turn", -30.0, 30.0))),
)
_SIDE: tuple[tuple[str, tuple[tuple[str, float, float], ...]], ...] = (
    ("shoulder", (("shrug", -4.0, 8.0), ("reach", -6.0, 8.0))),
    ("arm", (("raise", -60.0, 200.0), ("spread", -45.0, 200.0), ("twist", -100, 100))),
    ("elbow", (("bend", 0.0, 160.0),)),
    ("wrist", (("bend", -90.0, 100.0),)),
    ("hip", (("flex", -40.0, 150.0), ("spread", -30.0, 90.0), ("twist", -60, 60))),
    ("knee", (("bend", 0.0, 165.0),)),
    ("ankle", (("point", -40.0, 110.0),)),
)
ANGLES: tuple[AngleSpec, ...] = tuple(
    AngleSpec(joint, name, low, high)
    for joint, ranges in (
        *_TRUNK,
        *((f"{side}_{joint}", ranges) for side in SIDES for joint, ranges in _SIDE),
    )
    for name, low, high in ranges
)
ANGLE_SPECS: dict[str, AngleSpec] = {spec.key: spec for spec in ANGLES}
JOINT_NAMES: tuple[str, ...] = tuple(dict.fromkeys(spec.joint for spec in ANGLES))
#: Names that set a joint on both sides at once.
PAIRS = {
    "shoulders": "shoulder",
    "arms": "arm",
    "elbows": "elbow",
    "wrists": "wrist",
    "hips": "hip",
    "knees": "knee",
    "ankles": "ankle",
}

Angles = Mapping[str, float]

# --- body measurements (cm) --------------------------------------------------------------------

HIP_HALF_WIDTH = 9.0
LUMBAR_BASE = 8.0
LUMBAR = 18.0
THORACIC = 27.0
NECK = 9.0
HEAD_RADIUS = 10.5
CHIN_RADIUS = 6.8
SHOULDER_HALF_WIDTH = 17.0
UPPER_ARM = 28.0
FOREARM = 25.0
HAND = 8.0
THIGH = 43.0
SHIN = 42.0
#: Heel and toe of a foot, from the ankle, in the shin's frame.
HEEL: Vec = (-4.5, -5.5, 0.0)
TOE: Vec = (15.0, -6.0, 0.0)

LIMB_RADII = {
    "upper_arm": (5.0, 4.3),
    "forearm": (4.1, 3.3),
    "hand": (3.5, 3.3),
    "thigh": (7.6, 5.6),
    "shin": (5.3, 3.9),
    "foot": (3.4, 2.9),
    "neck": (5.3, 5.3),
}


@dataclass(frozen=True)
class Section:
    """A slice of the torso: an ellipse across the body (depth a, half width b) at a point."""

    centre: Vec
    frame: Mat
    depth: float
    width: float
    height: float


# (segment, local centre, half depth, half width); consecutive slices make the torso's pieces.
_SECTIONS: tuple[tuple[str, Vec, float, float, float], ...] = (
    ("pelvis", (-1.5, -2.0, 0.0), 10.5, 15.0, 6.0),
    ("pelvis", (-0.5, 6.0, 0.0), 9.6, 14.0, 4.0),
    ("lumbar", (0.0, 9.0, 0.0), 9.2, 13.0, 4.0),
    ("thoracic", (1.0, 4.0, 0.0), 10.6, 14.5, 4.0),
    ("thoracic", (2.0, 14.0, 0.0), 11.8, 16.0, 5.0),
    ("thoracic", (0.0, 22.0, 0.0), 9.0, 16.5, 5.0),
)
#: Which body part each piece between two consecutive slices belongs to.
TORSO_PIECES = ("pelvis", "lower-back", "lower-back", "upper-back", "shoulders")


#: Pairs of points, by their plural name.
PLURALS = {
    "hands": "hand",
    "feet": "ankle",
    "knees": "knee",
    "elbows": "elbow",
    "shoulders": "shoulder",
    "hips": "hip",
    "toes": "toe",
    "heels": "heel",
    "wrists": "wrist",
    "ankles": "ankle",
}


@dataclass(frozen=True)
class Body:
    """Where every joint of a posed figure is, in world coordinates."""

    points: dict[str, Vec]
    frames: dict[str, Mat]
    sections: tuple[Section, ...]

    def moved(self, offset: Vec) -> Body:
        return Body(
            {name: add(p, offset) for name, p in self.points.items()},
            self.frames,
            tuple(
                Section(add(s.centre, offset), s.frame, s.depth, s.width, s.height)
                for s in self.sections
            ),
        )

    def point(self, name: str) -> Vec:
        """A joint, or the midpoint of a pair ("hands", "feet", "knees", ...)."""
        if name in self.points:
            return self.points[name]
        single = PLURALS[name]
        return mix(self.points[f"right_{single}"], self.points[f"left_{single}"], 0.5)


def _spine(angles: Angles, joint: str) -> Mat:
    flex = angles.get(f"{joint}.flex", 0.0)
    bend = angles.get(f"{joint}.bend", 0.0)
    turn = angles.get(f"{joint}.turn", 0.0)
    return matmul(matmul(rot_z(-flex), rot_x(bend)), rot_y(-turn))


def root_frame(angles: Angles, recline: float) -> Mat:
    """The pelvis's orientation: the base posture's recline, then the pose's tilt, turn and bend."""
    return matmul(
        rot_z(recline), _spine({**angles, "pelvis.flex": angles.get("pelvis.tilt", 0)}, "pelvis")
    )


def solve(angles: Angles, root: Vec, recline: float, breath: float = 0.0) -> Body:
    """Forward kinematics: every joint from the pelvis outward. `breath` (0 to 1) fills the chest."""
    points: dict[str, Vec] = {}
    frames: dict[str, Mat] = {}
    pelvis = root_frame(angles, recline)
    # the legs keep their direction when the pelvis tilts (on all fours, lying, on a chair)
    legs = matmul(pelvis, rot_z(angles.get("pelvis.tilt", 0.0)))
    lumbar = matmul(pelvis, _spine(angles, "lumbar"))
    thoracic = matmul(lumbar, _spine(angles, "thoracic"))
    neck = matmul(thoracic, _spine(angles, "neck"))
    head = matmul(neck, _spine(angles, "head"))
    frames.update(pelvis=pelvis, lumbar=lumbar, thoracic=thoracic, neck=neck, head=head)

    points["pelvis"] = root
    lumbar_base = add(root, apply(pelvis, (0.0, LUMBAR_BASE, 0.0)))
    points["waist"] = add(lumbar_base, apply(lumbar, (0.0, LUMBAR * 0.5, 0.0)))
    thoracic_base = add(lumbar_base, apply(lumbar, (0.0, LUMBAR, 0.0)))
    points["chest"] = add(thoracic_base, apply(thoracic, (11.0, 14.0, 0.0)))
    points["upper_back"] = add(thoracic_base, apply(thoracic, (-10.0, 12.0, 0.0)))
    c7 = add(thoracic_base, apply(thoracic, (0.0, THORACIC, 0.0)))
    points["neck_base"] = add(c7, apply(thoracic, (0.0, -3.0, 0.0)))
    neck_top = add(c7, apply(neck, (0.0, NECK, 0.0)))
    points["neck"] = neck_top
    points["head"] = add(neck_top, apply(head, (1.5, 8.5, 0.0)))
    points["chin"] = add(points["head"], apply(head, (4.0, -6.5, 0.0)))
    points["nose"] = add(points["head"], apply(head, (HEAD_RADIUS + 1.0, -1.0, 0.0)))

    frame_of = {"pelvis": pelvis, "lumbar": lumbar, "thoracic": thoracic}
    base_of = {"pelvis": root, "lumbar": lumbar_base, "thoracic": thoracic_base}
    sections = []
    for index, (segment, centre, depth, width, height) in enumerate(_SECTIONS):
        frame = frame_of[segment]
        if index in (2, 3):  # slices at a bend take the frame halfway between the two segments
            frame = blend_frames(lumbar, pelvis if index == 2 else thoracic, 0.35)
        grow = 1.0 + 0.04 * breath if segment == "thoracic" else 1.0
        sections.append(
            Section(
                add(base_of[segment], apply(frame, centre)),
                frame,
                depth * grow,
                width * grow,
                height,
            )
        )

    for side, sign in (("right", 1.0), ("left", -1.0)):
        shrug = angles.get(f"{side}_shoulder.shrug", 0.0)
        reach = angles.get(f"{side}_shoulder.reach", 0.0)
        shoulder = add(c7, apply(thoracic, (reach - 0.5, -4.5 + shrug, sign * SHOULDER_HALF_WIDTH)))
        arm = matmul(
            thoracic,
            matmul(
                matmul(
                    rot_z(angles.get(f"{side}_arm.raise", 0.0)),
                    rot_x(-sign * angles.get(f"{side}_arm.spread", 0.0)),
                ),
                rot_y(-sign * angles.get(f"{side}_arm.twist", 0.0)),
            ),
        )
        elbow = add(shoulder, apply(arm, (0.0, -UPPER_ARM, 0.0)))
        fore = matmul(arm, rot_z(angles.get(f"{side}_elbow.bend", 0.0)))
        wrist = add(elbow, apply(fore, (0.0, -FOREARM, 0.0)))
        hand = matmul(fore, rot_z(-angles.get(f"{side}_wrist.bend", 0.0)))
        points[f"{side}_shoulder"] = shoulder
        points[f"{side}_elbow"] = elbow
        points[f"{side}_wrist"] = wrist
        points[f"{side}_hand"] = add(wrist, apply(hand, (0.0, -HAND, 0.0)))

        hip = add(root, apply(pelvis, (0.0, 0.0, sign * HIP_HALF_WIDTH)))
        thigh = matmul(
            legs,
            matmul(
                matmul(
                    rot_z(angles.get(f"{side}_hip.flex", 0.0)),
                    rot_x(-sign * angles.get(f"{side}_hip.spread", 0.0)),
                ),
                rot_y(-sign * angles.get(f"{side}_hip.twist", 0.0)),
            ),
        )
        knee = add(hip, apply(thigh, (0.0, -THIGH, 0.0)))
        shin = matmul(thigh, rot_z(-angles.get(f"{side}_knee.bend", 0.0)))
        ankle = add(knee, apply(shin, (0.0, -SHIN, 0.0)))
        foot = matmul(shin, rot_z(-angles.get(f"{side}_ankle.point", 0.0)))
        points[f"{side}_hip"] = hip
        points[f"{side}_knee"] = knee
        points[f"{side}_ankle"] = ankle
        points[f"{side}_heel"] = add(ankle, apply(foot, HEEL))
        points[f"{side}_toe"] = add(ankle, apply(foot, TOE))
    return Body(points, frames, tuple(sections))


# --- planted hands and feet ----------------------------------------------------------------------

#: limb -> (root joint, middle joint, end joint, distal points that follow the end joint)
LIMBS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    f"{side}_{limb}": (
        (f"{side}_shoulder", f"{side}_elbow", f"{side}_wrist", (f"{side}_hand",))
        if limb == "hand"
        else (f"{side}_hip", f"{side}_knee", f"{side}_ankle", (f"{side}_heel", f"{side}_toe"))
    )
    for side in SIDES
    for limb in ("hand", "foot")
}
#: Which joints belong to each limb: overriding one of them frees a planted hand or foot.
LIMB_JOINTS = {
    f"{side}_hand": (f"{side}_arm", f"{side}_elbow", f"{side}_wrist") for side in SIDES
} | {f"{side}_foot": (f"{side}_hip", f"{side}_knee", f"{side}_ankle") for side in SIDES}


@dataclass(frozen=True)
class Plant:
    """Where a planted hand or foot must stay: its end joint, and its fingers or heel and toe."""

    end: Vec
    distal: tuple[Vec, ...]


def plant_of(body: Body, limb: str) -> Plant:
    _, _, end, distal = LIMBS[limb]
    tip = body.points[end]
    return Plant(tip, tuple(sub(body.points[name], tip) for name in distal))


def reach(body: Body, limb: str, plant: Plant, weight: float = 1.0) -> Body:
    """Bend the limb (keeping its plane) so its end joint lands on `plant`; `weight` blends."""
    root_name, middle_name, end_name, distal = LIMBS[limb]
    points = dict(body.points)
    root, middle, end = points[root_name], points[middle_name], points[end_name]
    upper, lower = length(sub(middle, root)), length(sub(end, middle))
    to_target = sub(plant.end, root)
    distance = min(max(length(to_target), abs(upper - lower) + 0.5), upper + lower - 0.05)
    along = unit(to_target)
    pole = sub(middle, root)
    bend_dir = unit(sub(pole, scale(along, dot(pole, along))))
    if length(bend_dir) < 0.5:
        bend_dir = unit(sub(end, root))
    # within -1 to 1: the distance is kept between the difference and the sum of the bones
    cos_a = (upper * upper + distance * distance - lower * lower) / (2 * upper * distance)
    sin_a = (1 - cos_a * cos_a) ** 0.5
    ik_middle = add(root, add(scale(along, upper * cos_a), scale(bend_dir, upper * sin_a)))
    ik_end = add(root, scale(along, distance))
    new_middle = add(root, scale(unit(sub(mix(middle, ik_middle, weight), root)), upper))
    new_end = add(new_middle, scale(unit(sub(mix(end, ik_end, weight), new_middle)), lower))
    points[middle_name] = new_middle
    points[end_name] = new_end
    for name, offset in zip(distal, plant.distal, strict=True):
        points[name] = add(new_end, mix(sub(body.points[name], end), offset, weight))
    return Body(points, body.frames, body.sections)


__all__ = ["IDENTITY", "Body", "Plant", "reach", "solve"]
