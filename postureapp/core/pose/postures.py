"""Named base postures (seated, standing, on all fours, lying...) and where they put the body.

A base posture is a set of joint angles, the point that stays put when a pose changes (the seat
for sitting, the feet for standing, the knees on all fours) and the hands or feet that stay planted
on the floor or the thighs unless a pose moves that limb.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from postureapp.core.pose import skeleton
from postureapp.core.pose.geometry import Vec, add, apply, mix
from postureapp.core.pose.skeleton import (
    HEAD_RADIUS,
    Body,
    Plant,
    plant_of,
    reach,
)

Targets = Callable[[Body], Mapping[str, Vec]]


@dataclass(frozen=True)
class Posture:
    name: str
    recline: float
    angles: Mapping[str, float]
    anchor: str
    planted: tuple[str, ...] = ()
    #: Where the base posture puts its hands (or feet), worked out from the body.
    targets: Targets | None = None
    floor: bool = False
    #: Lying down: the body rests on the lowest point of its torso, wherever that is.
    lying: bool = False


def _hands_on_thighs(body: Body) -> dict[str, Vec]:
    out = {}
    for side in skeleton.SIDES:
        spot = mix(body.points[f"{side}_hip"], body.points[f"{side}_knee"], 0.68)
        out[f"{side}_hand"] = add(spot, (0.0, 10.5, 0.0))
    return out


def _hands_under_shoulders(body: Body) -> dict[str, Vec]:
    return {
        f"{side}_hand": (
            body.points[f"{side}_shoulder"][0] + 2.0,
            0.0,
            body.points[f"{side}_shoulder"][2],
        )
        for side in skeleton.SIDES
    }


def _hands_behind(body: Body) -> dict[str, Vec]:
    pelvis = body.points["pelvis"]
    return {
        "right_hand": (pelvis[0] - 24.0, 0.0, 21.0),
        "left_hand": (pelvis[0] - 24.0, 0.0, -21.0),
    }


_SEATED = {
    "hips.flex": 90.0,
    "hips.spread": 4.0,
    "knees.bend": 88.0,
    "arms.raise": 20.0,
    "arms.spread": 10.0,
    "elbows.bend": 50.0,
    "wrists.bend": -20.0,
}
_LYING = {"arms.spread": 12.0, "arms.raise": 4.0, "elbows.bend": 6.0}

POSTURES: dict[str, Posture] = {
    posture.name: posture
    for posture in (
        Posture(
            "standing",
            0.0,
            {"arms.spread": 7.0, "elbows.bend": 8.0, "hips.spread": 3.0},
            anchor="feet",
            planted=("right_foot", "left_foot"),
        ),
        Posture(
            "seated",
            0.0,
            _SEATED,
            anchor="pelvis",
            planted=("right_foot", "left_foot", "right_hand", "left_hand"),
            targets=_hands_on_thighs,
        ),
        Posture(
            "sitting-on-floor",
            10.0,
            {
                "hips.flex": 135.0,
                "hips.spread": 6.0,
                "knees.bend": 130.0,
                "arms.raise": -30.0,
                "arms.spread": 18.0,
                "elbows.bend": 5.0,
                "wrists.bend": 70.0,
            },
            anchor="pelvis",
            planted=("right_foot", "left_foot", "right_hand", "left_hand"),
            targets=_hands_behind,
            floor=True,
        ),
        Posture(
            "all-fours",
            -90.0,
            {
                "hips.flex": 90.0,
                "hips.spread": 3.0,
                "knees.bend": 90.0,
                "ankles.point": 80.0,
                "arms.raise": 90.0,
                "arms.spread": 3.0,
                "elbows.bend": 4.0,
                "wrists.bend": -80.0,
                "neck.flex": -8.0,
            },
            anchor="pelvis",
            planted=("right_hand", "left_hand"),
            targets=_hands_under_shoulders,
            floor=True,
        ),
        Posture(
            "lying-on-back",
            90.0,
            {**_LYING, "hips.flex": 50.0, "knees.bend": 100.0, "ankles.point": 0.0},
            anchor="pelvis",
            planted=("right_foot", "left_foot"),
            floor=True,
            lying=True,
        ),
        Posture(
            "lying-on-back-legs-long",
            90.0,
            {**_LYING, "ankles.point": 30.0},
            anchor="pelvis",
            floor=True,
            lying=True,
        ),
        Posture(
            "lying-face-down",
            -90.0,
            {**_LYING, "ankles.point": 80.0, "neck.turn": 0.0},
            anchor="pelvis",
            floor=True,
            lying=True,
        ),
    )
}


def lowest(body: Body) -> float:
    """Where the floor goes under a posture: 6 cm below its lowest joint (a limb's thickness).

    The pictures were reviewed with this rule (docs/screenshots/exercises*.png). An earlier
    version also went over every limb's and section's surface, but it kept the 6 cm as one of
    the candidates and took the larger of the two, so the surfaces never changed the result.
    """
    return min(p[1] for p in body.points.values()) - 6.0


@dataclass(frozen=True)
class Neutral:
    """A base posture, solved and standing (or lying) on the floor."""

    posture: Posture
    body: Body
    anchor: Vec
    plants: dict[str, Plant] = field(default_factory=dict)

    @property
    def root(self) -> Vec:
        return self.body.points["pelvis"]


def ground_limb(body: Body, limb: str) -> Body:
    """Lower (or raise) a hand or foot until its lowest point rests on the floor."""
    plant = plant_of(body, limb)
    points = [plant.end, *(add(plant.end, d) for d in plant.distal)]
    drop = min(p[1] for p in points) - 3.0
    return reach(body, limb, Plant(add(plant.end, (0.0, -drop, 0.0)), plant.distal))


@functools.cache
def neutral(name: str) -> Neutral:
    posture = POSTURES[name]
    angles = expand_pairs(posture.angles)
    body = skeleton.solve(angles, (0.0, 0.0, 0.0), posture.recline)
    for _ in range(2):
        if posture.targets is not None:
            for limb, target in posture.targets(body).items():
                plant = plant_of(body, limb)
                body = reach(body, limb, Plant(target, plant.distal))
        body = body.moved((0.0, -lowest(body), 0.0))
    for limb in posture.planted:
        if posture.floor or limb.endswith("foot"):
            body = ground_limb(body, limb)
    plants = {limb: plant_of(body, limb) for limb in posture.planted}
    return Neutral(posture, body, body.point(posture.anchor), plants)


def expand_pairs(angles: Mapping[str, float]) -> dict[str, float]:
    """Turn "arms.raise" into "right_arm.raise" and "left_arm.raise"; other keys pass through."""
    out: dict[str, float] = {}
    for key, value in angles.items():
        joint, _, name = key.partition(".")
        if joint in skeleton.PAIRS:
            for side in skeleton.SIDES:
                out[f"{side}_{skeleton.PAIRS[joint]}.{name}"] = value
        else:
            out[key] = value
    return out


def hand_target(body: Body, place: str, side: str, seat: Vec | None = None) -> Vec:
    """Where a hand goes when a pose names a place for it."""
    sign = 1.0 if side == "right" else -1.0
    other = "left" if side == "right" else "right"
    head, chest = body.frames["head"], body.frames["thoracic"]
    if place == "back-of-head":
        return add(body.points["head"], apply(head, (-HEAD_RADIUS - 3.0, 1.0, sign * 5.0)))
    if place == "belly":
        return add(body.points["waist"], apply(body.frames["lumbar"], (11.0, 2.0, sign * 5.0)))
    if place == "chest":
        return add(body.points["chest"], apply(chest, (4.0, -2.0, sign * 6.0)))
    if place == "shoulders":
        return add(body.points[f"{side}_shoulder"], apply(chest, (2.0, 6.0, 0.0)))
    if place == "opposite-shoulder":
        return add(body.points[f"{other}_shoulder"], apply(chest, (7.0, 1.0, sign * 2.0)))
    if place == "thighs":
        spot = mix(body.points[f"{side}_hip"], body.points[f"{side}_knee"], 0.68)
        return add(spot, (0.0, 10.5, 0.0))
    if place == "opposite-knee":
        return add(body.points[f"{other}_knee"], (-3.0, 9.0, sign * 3.0))
    if place == "knee":
        return add(body.points[f"{side}_knee"], (-2.0, 9.0, 0.0))
    if place == "chair-back":
        anchor = seat if seat is not None else body.points["pelvis"]
        return (anchor[0] - 22.0, anchor[1] + 38.0, sign * 16.0)
    if place == "forehead":
        return add(body.points["head"], apply(head, (6.0, -HEAD_RADIUS - 2.0, sign * 4.0)))
    raise KeyError(place)


HAND_PLACES = (
    "back-of-head",
    "belly",
    "chest",
    "shoulders",
    "opposite-shoulder",
    "thighs",
    "opposite-knee",
    "knee",
    "chair-back",
    "forehead",
)
