"""Poses, a step's picture (start and end pose, view, highlight, arrow, props) and the motion.

A `Pose` is a base posture plus the joints it changes. `Motion` resolves a start and an end pose
once and then gives the posed body at any moment in between, eased, with planted hands and feet
kept where they belong.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from postureapp.core.pose import skeleton
from postureapp.core.pose.geometry import Vec, add, mix, sub
from postureapp.core.pose.postures import (
    HAND_PLACES,
    POSTURES,
    expand_pairs,
    hand_target,
    neutral,
)
from postureapp.core.pose.skeleton import ANGLE_SPECS, LIMB_JOINTS, Body, Plant, plant_of, reach

VIEWS = ("side", "front", "three-quarter", "above")
PROPS = ("chair", "floor", "mat", "wall", "towel-roll", "foam-roller")
#: Parts that can be highlighted, and the joints whose movement makes each one "move".
PARTS: dict[str, tuple[str, ...]] = {
    "head": ("head",),
    "neck": ("neck",),
    "shoulders": ("right_shoulder", "left_shoulder"),
    "upper-back": ("thoracic",),
    "lower-back": ("lumbar",),
    "pelvis": ("pelvis",),
    "right-arm": ("right_arm", "right_elbow", "right_wrist"),
    "left-arm": ("left_arm", "left_elbow", "left_wrist"),
    "right-leg": ("right_hip", "right_knee", "right_ankle"),
    "left-leg": ("left_hip", "left_knee", "left_ankle"),
}
#: Names that stand for several parts.
PART_GROUPS = {"arms": ("right-arm", "left-arm"), "legs": ("right-leg", "left-leg")}
HIGHLIGHTS = (*PARTS, *PART_GROUPS)
#: Points a motion arrow can follow.
ARROW_POINTS = (
    "head",
    "nose",
    "chin",
    "chest",
    "upper_back",
    "waist",
    "pelvis",
    "shoulders",
    "right_shoulder",
    "left_shoulder",
    "hands",
    "right_hand",
    "left_hand",
    "elbows",
    "right_elbow",
    "left_elbow",
    "knees",
    "right_knee",
    "left_knee",
    "feet",
    "right_toe",
    "left_toe",
    "right_ankle",
    "left_ankle",
)
HAND_KEYS = ("hands", "right_hand", "left_hand")
TURN_PARTS = ("head", "chest")


@dataclass(frozen=True)
class Pose:
    """A base posture and the joints this pose sets differently (keys like "neck.flex")."""

    base: str
    #: (joint.angle, degrees or cm) pairs, such as ("neck.flex", 12.0).
    angles: tuple[tuple[str, float], ...] = ()
    #: Hands placed somewhere by name, such as ("right_hand", "chair-back").
    hands: tuple[tuple[str, str], ...] = ()
    #: Props for this pose alone, when they differ from the step's (a towel taken away).
    props: tuple[str, ...] | None = None

    @classmethod
    def of(cls, base: str, angles: Mapping[str, float] | None = None, **hands: str) -> Pose:
        return cls(base, tuple(sorted((angles or {}).items())), tuple(sorted(hands.items())))


@dataclass(frozen=True)
class PoseSpec:
    """Everything a step's picture needs: seen from `view`, moving from `start` to `end`."""

    view: str
    start: Pose
    end: Pose
    highlight: tuple[str, ...] = ()
    arrow: tuple[str, ...] = ()
    props: tuple[str, ...] = ()
    #: Parts (head, chest) that get a curved arrow around their own axis: a turn.
    turn: tuple[str, ...] = ()
    #: Move back and forth for as long as the step lasts (rolling), instead of once.
    repeat: bool = False
    #: Arrowheads at both ends (a movement that goes both ways).
    both_ways: bool = False
    #: Put the arrow just past the moving part (pointing the way it goes), not beside its path.
    arrow_ahead: bool = False
    #: A pose half-way through, for a movement that curves (a shoulder circling back).
    via: Pose | None = None
    #: Frame the upper body only, for small movements of the head, neck and shoulders.
    close_up: bool = False


@dataclass(frozen=True)
class Resolved:
    """A pose worked out: every angle, where the body sits, and what is held in place."""

    recline: float
    angles: dict[str, float]
    offset: Vec
    plants: dict[str, Plant]
    anchor: str


def _limb_hands(pose: Pose) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, place in pose.hands:
        for side in skeleton.SIDES:
            if key in ("hands", f"{side}_hand"):
                out[f"{side}_hand"] = place
    return out


def torso_bottom(body: Body) -> float:
    """The height of the lowest point of the torso."""
    return min(
        s.centre[1]
        - math.hypot(s.frame[1][0] * s.depth, s.frame[1][2] * s.width, s.frame[1][1] * s.height)
        for s in body.sections
    )


def resolve(pose: Pose) -> Resolved:
    base = neutral(pose.base)
    overrides = expand_pairs(dict(pose.angles))
    angles = {key: 0.0 for key in ANGLE_SPECS}
    angles.update(expand_pairs(base.posture.angles))
    angles.update(overrides)
    raw = skeleton.solve(angles, (0.0, 0.0, 0.0), base.posture.recline)
    offset = sub(base.anchor, raw.point(base.posture.anchor))
    if base.posture.lying:
        offset = (offset[0], torso_bottom(base.body) - torso_bottom(raw), offset[2])
    offset = add(offset, (angles["pelvis.slide"], angles["pelvis.lift"], 0.0))
    body = raw.moved(offset)
    moved_joints = {key.partition(".")[0] for key in overrides}
    placed = _limb_hands(pose)
    plants: dict[str, Plant] = {}
    for limb, plant in base.plants.items():
        if limb not in placed and not moved_joints.intersection(LIMB_JOINTS[limb]):
            plants[limb] = plant
    seat = neutral("seated").root  # the chair a hand holds is where the seated figure sits
    for limb, place in placed.items():
        side = limb.partition("_")[0]
        plants[limb] = Plant(hand_target(body, place, side, seat), plant_of(body, limb).distal)
    return Resolved(base.posture.recline, angles, offset, plants, base.posture.anchor)


def ease(t: float) -> float:
    """Slow in, slow out."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def _curve(first: float, last: float, via: float | None, t: float) -> float:
    """From `first` to `last`; through `via` at the half-way point when there is one."""
    if via is None:
        return first + (last - first) * t
    control = 2 * via - (first + last) / 2
    return (1 - t) ** 2 * first + 2 * t * (1 - t) * control + t * t * last


class Motion:
    """The body at any moment of a step, from its start pose (t = 0) to its end pose (t = 1)."""

    def __init__(self, spec: PoseSpec) -> None:
        self.start = resolve(spec.start)
        self.end = resolve(spec.end)
        self.via = resolve(spec.via) if spec.via is not None else None

    def body(self, t: float, breath: float = 0.0) -> Body:
        """The posed body at `t` (already eased by the caller, 0 to 1)."""
        a, b, c = self.start, self.end, self.via
        angles = {
            key: _curve(value, b.angles[key], c.angles[key] if c else None, t)
            for key, value in a.angles.items()
        }
        recline = _curve(a.recline, b.recline, c.recline if c else None, t)
        offset = tuple(
            _curve(a.offset[i], b.offset[i], c.offset[i] if c else None, t) for i in range(3)
        )
        body = skeleton.solve(angles, (0.0, 0.0, 0.0), recline, breath)
        body = body.moved((offset[0], offset[1], offset[2]))
        for limb in sorted(set(a.plants) | set(b.plants)):
            first, last = a.plants.get(limb), b.plants.get(limb)
            if first is not None and last is not None:
                distal = tuple(mix(p, q, t) for p, q in zip(first.distal, last.distal, strict=True))
                body = reach(body, limb, Plant(mix(first.end, last.end, t), distal))
            elif first is not None:
                body = reach(body, limb, first, 1.0 - t)
            elif last is not None:
                body = reach(body, limb, last, t)
        return body


def moving_parts(spec: PoseSpec, threshold: float = 8.0) -> tuple[str, ...]:
    """The parts whose joints turn by at least `threshold` degrees (or cm) between the poses."""
    motion = Motion(spec)
    changed = {
        key.partition(".")[0]
        for key, value in motion.start.angles.items()
        if abs(motion.end.angles[key] - value) >= threshold
    }
    for limb in set(motion.start.plants) | set(motion.end.plants):
        first, last = motion.start.plants.get(limb), motion.end.plants.get(limb)
        if first is None or last is None or math.dist(first.end, last.end) >= 4.0:
            changed.update(LIMB_JOINTS[limb])
    return tuple(part for part, joints in PARTS.items() if changed.intersection(joints))


def highlighted(spec: PoseSpec) -> frozenset[str]:
    """The parts to draw in the accent colour: the spec's own list, or what moves."""
    names = spec.highlight or moving_parts(spec)
    out: set[str] = set()
    for name in names:
        out.update(PART_GROUPS.get(name, (name,)))
    return frozenset(out)


__all__ = [
    "ARROW_POINTS",
    "HAND_KEYS",
    "HAND_PLACES",
    "HIGHLIGHTS",
    "POSTURES",
    "PROPS",
    "VIEWS",
    "Motion",
    "Pose",
    "PoseSpec",
    "ease",
    "highlighted",
    "moving_parts",
    "resolve",
]
