"""The articulated figure: where each joint ends up for the angles a pose gives, which way each
angle moves the body (as skeleton.py's docstring promises exercise authors), and how a planted hand
or foot is reached by bending its limb.

Centimetres; x forward, y up, z to the figure's right. The figure stands upright with its pelvis
at the origin unless told otherwise.
"""

from __future__ import annotations

import math

import pytest

from postureapp.core.pose.skeleton import (
    ANGLE_SPECS,
    ANGLES,
    IDENTITY,
    Body,
    Plant,
    plant_of,
    reach,
    root_frame,
    solve,
)

Point = tuple[float, float, float]
ORIGIN: Point = (0.0, 0.0, 0.0)


def near(found: Point, expected: Point, tolerance: float = 0.01) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True))


def off(body: Body, expected: dict[str, Point], tolerance: float = 0.01) -> dict[str, Point]:
    """The joints not where expected, with where they are."""
    return {
        name: tuple(round(v, 2) for v in body.points[name])  # type: ignore[misc]
        for name, where in expected.items()
        if not near(body.points[name], where, tolerance)
    }


UPRIGHT = {
    "pelvis": (0.0, 0.0, 0.0),
    "waist": (0.0, 17.0, 0.0),
    "chest": (11.0, 40.0, 0.0),
    "upper_back": (-10.0, 38.0, 0.0),
    "neck_base": (0.0, 50.0, 0.0),
    "neck": (0.0, 62.0, 0.0),
    "head": (1.5, 70.5, 0.0),
    "chin": (5.5, 64.0, 0.0),
    "nose": (13.0, 69.5, 0.0),
    "right_shoulder": (-0.5, 48.5, 17.0),
    "right_elbow": (-0.5, 20.5, 17.0),
    "right_wrist": (-0.5, -4.5, 17.0),
    "right_hand": (-0.5, -12.5, 17.0),
    "right_hip": (0.0, 0.0, 9.0),
    "right_knee": (0.0, -43.0, 9.0),
    "right_ankle": (0.0, -85.0, 9.0),
    "right_heel": (-4.5, -90.5, 9.0),
    "right_toe": (15.0, -91.0, 9.0),
    "left_shoulder": (-0.5, 48.5, -17.0),
    "left_elbow": (-0.5, 20.5, -17.0),
    "left_wrist": (-0.5, -4.5, -17.0),
    "left_hand": (-0.5, -12.5, -17.0),
    "left_hip": (0.0, 0.0, -9.0),
    "left_knee": (0.0, -43.0, -9.0),
    "left_ankle": (0.0, -85.0, -9.0),
    "left_heel": (-4.5, -90.5, -9.0),
    "left_toe": (15.0, -91.0, -9.0),
}
#: The torso's slices, bottom to top: centre, half depth, half width, height.
UPRIGHT_SLICES = [
    ((-1.5, -2.0, 0.0), 10.5, 15.0, 6.0),
    ((-0.5, 6.0, 0.0), 9.6, 14.0, 4.0),
    ((0.0, 17.0, 0.0), 9.2, 13.0, 4.0),
    ((1.0, 30.0, 0.0), 10.6, 14.5, 4.0),
    ((2.0, 40.0, 0.0), 11.8, 16.0, 5.0),
    ((0.0, 48.0, 0.0), 9.0, 16.5, 5.0),
]


def test_a_figure_given_no_angles_stands_upright_with_arms_hanging_and_feet_forward() -> None:
    body = solve({}, ORIGIN, 0.0)
    assert set(body.points) == set(UPRIGHT)
    assert off(body, UPRIGHT) == {}
    found = [(s.centre, s.depth, s.width, s.height) for s in body.sections]
    assert len(found) == len(UPRIGHT_SLICES)
    for (centre, depth, width, height), expected in zip(found, UPRIGHT_SLICES, strict=True):
        assert near(centre, expected[0]) and (depth, width, height) == expected[1:]
    assert all(frame == IDENTITY for frame in body.frames.values())
    assert set(body.frames) == {"pelvis", "lumbar", "thoracic", "neck", "head"}


def test_angles_at_zero_are_the_upright_figure() -> None:
    zeros = {key: 0.0 for key in ANGLE_SPECS}
    assert off(solve(zeros, ORIGIN, 0.0), UPRIGHT) == {}


def test_the_whole_figure_follows_where_its_pelvis_is_put() -> None:
    body = solve({}, (10.0, 20.0, -5.0), 0.0)
    shifted = {k: (x + 10.0, y + 20.0, z - 5.0) for k, (x, y, z) in UPRIGHT.items()}
    assert off(body, shifted) == {}
    assert near(body.sections[0].centre, (8.5, 18.0, -5.0))


def test_a_breath_fills_the_chest_and_not_the_belly() -> None:
    still, full = solve({}, ORIGIN, 0.0), solve({}, ORIGIN, 0.0, breath=1.0)
    assert [(s.depth, s.width) for s in full.sections[:3]] == [
        (s.depth, s.width) for s in still.sections[:3]
    ]
    for a, b in zip(still.sections[3:], full.sections[3:], strict=True):
        assert b.depth == pytest.approx(a.depth * 1.04) and b.width == pytest.approx(a.width * 1.04)
        assert b.height == a.height and b.centre == a.centre
    assert full.points == still.points


#: angle, value, joint, and where that joint goes (the axis and its sign) from upright.
DIRECTIONS = [
    ("lumbar.flex", 30.0, "head", 0, +1),  # bend forward
    ("lumbar.flex", -30.0, "head", 0, -1),
    ("lumbar.bend", 20.0, "head", 2, +1),  # lean to the figure's right
    ("thoracic.flex", 30.0, "head", 0, +1),
    ("thoracic.bend", 20.0, "head", 2, +1),
    ("neck.flex", 30.0, "nose", 1, -1),  # nose goes down
    ("neck.bend", 20.0, "head", 2, +1),
    ("head.flex", 30.0, "nose", 1, -1),
    ("head.bend", 20.0, "head", 2, +1),
    ("neck.turn", 30.0, "nose", 2, +1),  # turn to the right: the nose points right
    ("head.turn", 30.0, "nose", 2, +1),
    ("lumbar.turn", 30.0, "right_shoulder", 0, -1),  # the right shoulder goes back
    ("thoracic.turn", 30.0, "left_shoulder", 0, +1),
    ("pelvis.turn", 30.0, "right_hip", 0, -1),
    ("pelvis.bend", 20.0, "head", 2, +1),
    ("pelvis.tilt", 20.0, "head", 0, +1),  # the top of the pelvis forward
    ("right_shoulder.shrug", 5.0, "right_shoulder", 1, +1),
    ("right_shoulder.reach", 5.0, "right_shoulder", 0, +1),
    ("left_shoulder.shrug", 5.0, "left_shoulder", 1, +1),
    ("left_shoulder.reach", -5.0, "left_shoulder", 0, -1),
    ("right_arm.raise", 90.0, "right_hand", 0, +1),  # forward and up
    ("right_arm.raise", 90.0, "right_hand", 1, +1),
    ("left_arm.raise", 90.0, "left_hand", 0, +1),
    ("right_arm.spread", 90.0, "right_hand", 2, +1),  # out to the right
    ("left_arm.spread", 90.0, "left_hand", 2, -1),  # out to the left
    ("right_elbow.bend", 90.0, "right_wrist", 0, +1),  # the forearm comes forward
    ("left_elbow.bend", 90.0, "left_wrist", 0, +1),
    ("right_wrist.bend", 60.0, "right_hand", 0, -1),  # toward the back of the forearm
    ("left_wrist.bend", 60.0, "left_hand", 0, -1),
    ("right_hip.flex", 90.0, "right_ankle", 0, +1),  # the thigh forward
    ("left_hip.flex", 90.0, "left_ankle", 0, +1),
    ("right_hip.spread", 30.0, "right_ankle", 2, +1),
    ("left_hip.spread", 30.0, "left_ankle", 2, -1),
    ("right_knee.bend", 90.0, "right_ankle", 0, -1),  # the shin goes back
    ("left_knee.bend", 90.0, "left_ankle", 0, -1),
    ("right_ankle.point", 40.0, "right_toe", 1, -1),  # the toes go down
    ("left_ankle.point", 40.0, "left_toe", 1, -1),
]


@pytest.mark.parametrize(("key", "value", "joint", "axis", "sign"), DIRECTIONS)
def test_each_angle_moves_the_body_the_way_its_name_says(
    key: str, value: float, joint: str, axis: int, sign: int
) -> None:
    body = solve({key: value}, ORIGIN, 0.0)
    moved = body.points[joint][axis] - UPRIGHT[joint][axis]
    assert moved * sign > 1.0, (key, joint, round(moved, 2))


@pytest.mark.parametrize("side", ["right", "left"])
def test_twisting_the_upper_arm_outward_turns_a_bent_forearm_out(side: str) -> None:
    sign = 1.0 if side == "right" else -1.0
    bent = {f"{side}_elbow.bend": 90.0}
    straight_ahead = solve(bent, ORIGIN, 0.0).points[f"{side}_wrist"]
    twisted = solve({**bent, f"{side}_arm.twist": 60.0}, ORIGIN, 0.0).points[f"{side}_wrist"]
    assert near(straight_ahead, (24.5, 20.5, sign * 17.0))
    assert near(twisted, (12.0, 20.5, sign * (17.0 + 25.0 * math.sin(math.radians(60)))))


@pytest.mark.parametrize("side", ["right", "left"])
def test_twisting_a_bent_leg_outward_at_the_hip_brings_the_foot_in(side: str) -> None:
    sign = 1.0 if side == "right" else -1.0
    flexed = {f"{side}_hip.flex": 90.0, f"{side}_knee.bend": 90.0}
    ankle = solve({**flexed, f"{side}_hip.twist": 30.0}, ORIGIN, 0.0).points[f"{side}_ankle"]
    assert near(ankle, (43.0, -42.0 * math.cos(math.radians(30)), sign * (9.0 - 21.0)))


def test_a_tilted_pelvis_leaves_the_legs_where_they_point() -> None:
    tilted = solve({"pelvis.tilt": 30.0}, ORIGIN, 0.0)
    for side in ("right", "left"):
        assert near(tilted.points[f"{side}_ankle"], UPRIGHT[f"{side}_ankle"])
    assert tilted.frames["pelvis"] == root_frame({"pelvis.tilt": 30.0}, 0.0)
    assert near(
        tilted.points["waist"], (17.0 * math.sin(math.radians(30)), 17.0 * 0.866, 0.0), 0.01
    )


def test_a_reclined_figure_lies_back_as_a_whole() -> None:
    body = solve({}, ORIGIN, 90.0)
    assert near(body.points["head"], (-70.5, 1.5, 0.0))
    assert near(body.points["right_ankle"], (85.0, 0.0, 9.0))
    assert near(body.points["right_toe"], (91.0, 15.0, 9.0))


def test_the_pelvis_turns_and_bends_before_the_recline_of_the_posture() -> None:
    frame = root_frame({"pelvis.turn": 30.0, "pelvis.bend": 10.0, "pelvis.tilt": 20.0}, 40.0)
    body = solve({"pelvis.turn": 30.0, "pelvis.bend": 10.0, "pelvis.tilt": 20.0}, ORIGIN, 40.0)
    assert body.frames["pelvis"] == frame
    assert near(body.points["waist"], (-5.73, 15.73, 2.95))
    assert near(body.points["right_hip"], (-3.77, -2.81, 7.68))
    # the legs follow the recline and the turn and bend, not the tilt
    assert near(body.points["right_ankle"], (47.66, -70.49, 8.12))


def test_the_left_side_mirrors_the_right_for_the_same_angles() -> None:
    angles = {
        f"{side}_{joint}": value
        for side in ("right", "left")
        for joint, value in (
            ("shoulder.shrug", 4.0),
            ("shoulder.reach", 3.0),
            ("arm.raise", 70.0),
            ("arm.spread", 30.0),
            ("arm.twist", 40.0),
            ("elbow.bend", 80.0),
            ("wrist.bend", 30.0),
            ("hip.flex", 60.0),
            ("hip.spread", 20.0),
            ("hip.twist", 25.0),
            ("knee.bend", 70.0),
            ("ankle.point", 30.0),
        )
    }
    body = solve(angles, ORIGIN, 0.0)
    for name, (x, y, z) in body.points.items():
        if name.startswith("right_"):
            assert near(body.points["left_" + name.removeprefix("right_")], (x, y, -z)), name


#: Every angle set at once, to values inside its range (a figure twisting as it reaches).
POSED = {
    "pelvis.tilt": -16.0,
    "pelvis.turn": 6.0,
    "pelvis.bend": 12.0,
    "lumbar.flex": -10.0,
    "lumbar.bend": 5.0,
    "lumbar.turn": 24.0,
    "thoracic.flex": 1.0,
    "thoracic.bend": 11.0,
    "thoracic.turn": -24.0,
    "neck.flex": 11.0,
    "neck.bend": 18.0,
    "neck.turn": -16.0,
    "head.flex": 10.0,
    "head.bend": -12.0,
    "head.turn": 3.0,
    "right_shoulder.shrug": 4.0,
    "right_shoulder.reach": 3.0,
    "right_arm.raise": 101.0,
    "right_arm.spread": 28.0,
    "right_arm.twist": 10.0,
    "right_elbow.bend": 112.0,
    "right_wrist.bend": -14.0,
    "right_hip.flex": 78.0,
    "right_hip.spread": 6.0,
    "right_hip.twist": 6.0,
    "right_knee.bend": 115.0,
    "right_ankle.point": 20.0,
    "left_shoulder.shrug": 3.0,
    "left_shoulder.reach": -2.0,
    "left_arm.raise": 83.0,
    "left_arm.spread": 126.0,
    "left_arm.twist": -20.0,
    "left_elbow.bend": 99.0,
    "left_wrist.bend": -33.0,
    "left_hip.flex": 65.0,
    "left_hip.spread": 54.0,
    "left_hip.twist": -12.0,
    "left_knee.bend": 102.0,
    "left_ankle.point": 5.0,
}
POSED_JOINTS = {
    "pelvis": (5.00, 40.00, -2.00),
    "waist": (-4.81, 53.16, 2.10),
    "chest": (-11.94, 75.57, 12.33),
    "upper_back": (-25.79, 60.22, 8.10),
    "neck_base": (-26.53, 74.28, 14.87),
    "neck": (-32.39, 81.19, 22.51),
    "head": (-34.68, 88.45, 26.57),
    "chin": (-28.83, 85.83, 22.44),
    "nose": (-25.10, 94.24, 23.77),
    "right_shoulder": (-23.13, 70.40, 31.45),
    "right_elbow": (-6.21, 84.12, 49.04),
    "right_wrist": (-30.33, 87.34, 54.81),
    "right_hand": (-38.32, 87.22, 55.11),
    "right_hip": (5.15, 37.92, 6.76),
    "right_knee": (47.95, 38.69, 10.81),
    "right_ankle": (32.12, 2.50, -3.48),
    "right_heel": (25.12, 1.71, -4.38),
    "right_toe": (39.18, -11.37, -7.80),
    "left_shoulder": (-32.59, 80.61, 0.01),
    "left_elbow": (-50.06, 80.31, -21.87),
    "left_wrist": (-56.37, 102.45, -12.13),
    "left_hand": (-55.14, 107.83, -6.34),
    "left_hip": (4.85, 42.08, -10.76),
    "left_knee": (29.09, 45.63, -46.09),
    "left_ankle": (9.80, 8.86, -52.39),
    "left_heel": (5.09, 4.91, -48.83),
    "left_toe": (13.36, 1.01, -66.06),
}
#: The torso's slices of that figure half-way through a breath: centre, half depth, half width.
POSED_SLICES = [
    ((4.71, 37.58, -2.57), 10.5, 15.0),
    ((1.55, 44.78, -0.80), 9.6, 14.0),
    ((-4.40, 53.57, 1.91), 9.2, 13.0),
    ((-12.45, 62.88, 6.25), 10.812, 14.79),
    ((-18.44, 69.52, 10.89), 12.036, 16.32),
    ((-25.20, 73.06, 14.01), 9.18, 16.83),
]


def test_every_joint_of_a_figure_posed_in_every_angle_lands_where_the_pictures_show_it() -> None:
    body = solve(POSED, (5.0, 40.0, -2.0), 15.0, 0.5)
    assert off(body, POSED_JOINTS) == {}
    for section, (centre, depth, width) in zip(body.sections, POSED_SLICES, strict=True):
        assert near(section.centre, centre), section.centre
        assert section.depth == pytest.approx(depth) and section.width == pytest.approx(width)
    # the slices at the waist lean part of the way between the segments they join
    waist = body.sections[2].frame
    assert waist not in (body.frames["pelvis"], body.frames["lumbar"], body.frames["thoracic"])


def test_the_ranges_of_the_angles_are_named_by_joint_and_angle() -> None:
    assert ANGLE_SPECS["neck.flex"].key == "neck.flex"
    assert (ANGLE_SPECS["neck.flex"].low, ANGLE_SPECS["neck.flex"].high) == (-50.0, 60.0)
    assert (ANGLE_SPECS["left_knee.bend"].low, ANGLE_SPECS["left_knee.bend"].high) == (0.0, 165.0)
    assert len(ANGLE_SPECS) == len(ANGLES) == 41


def test_a_moved_figure_keeps_its_shape() -> None:
    body = solve(POSED, ORIGIN, 0.0)
    moved = body.moved((1.0, -2.0, 3.0))
    for name, (x, y, z) in body.points.items():
        assert moved.points[name] == pytest.approx((x + 1.0, y - 2.0, z + 3.0))
    for before, after in zip(body.sections, moved.sections, strict=True):
        assert after.centre == pytest.approx(
            (before.centre[0] + 1.0, before.centre[1] - 2.0, before.centre[2] + 3.0)
        )
        assert (after.frame, after.depth, after.width, after.height) == (
            before.frame,
            before.depth,
            before.width,
            before.height,
        )
    assert moved.frames == body.frames


def test_a_pair_of_joints_is_found_half_way_between_them() -> None:
    body = solve({"right_arm.raise": 90.0}, ORIGIN, 0.0)
    assert body.point("head") == body.points["head"]
    assert near(body.point("hands"), (30.0, 18.0, 0.0))
    assert near(body.point("feet"), (0.0, -85.0, 0.0))
    assert near(body.point("toes"), (15.0, -91.0, 0.0))
    assert near(body.point("heels"), (-4.5, -90.5, 0.0))
    assert near(body.point("knees"), (0.0, -43.0, 0.0))
    assert near(body.point("shoulders"), (-0.5, 48.5, 0.0))


# --- planted hands and feet ----------------------------------------------------------------------

BENT_ARM = {"right_arm.raise": 40.0, "right_elbow.bend": 60.0, "right_wrist.bend": 20.0}
ARM = ("right_shoulder", "right_elbow", "right_wrist", "right_hand")


def arm_of(body: Body) -> dict[str, Point]:
    return {name: body.points[name] for name in ARM}


def test_a_planted_hand_is_its_wrist_and_where_its_fingers_point() -> None:
    body = solve(BENT_ARM, ORIGIN, 0.0)
    plant = plant_of(body, "right_hand")
    assert near(plant.end, (42.12, 31.39, 17.0))
    assert len(plant.distal) == 1 and near(plant.distal[0], (7.88, -1.39, 0.0))
    foot = plant_of(solve({}, ORIGIN, 0.0), "left_foot")
    assert foot == Plant((0.0, -85.0, -9.0), ((-4.5, -5.5, 0.0), (15.0, -6.0, 0.0)))


def test_a_hand_reaches_a_target_within_reach_and_the_arm_keeps_its_length() -> None:
    body = solve(BENT_ARM, ORIGIN, 0.0)
    reached = reach(body, "right_hand", Plant((30.0, 30.0, 25.0), ((2.0, -7.0, 1.0),)))
    assert not off(
        reached,
        {
            "right_shoulder": (-0.50, 48.50, 17.00),
            "right_elbow": (10.17, 23.23, 11.37),
            "right_wrist": (30.00, 30.00, 25.00),
            "right_hand": (32.00, 23.00, 26.00),
        },
    )
    points = reached.points
    assert math.dist(points["right_shoulder"], points["right_elbow"]) == pytest.approx(28.0)
    assert math.dist(points["right_elbow"], points["right_wrist"]) == pytest.approx(25.0)
    # nothing else moves
    assert {k: v for k, v in points.items() if k not in ARM} == {
        k: v for k, v in body.points.items() if k not in ARM
    }
    assert reached.frames == body.frames and reached.sections == body.sections


def test_a_hand_half_way_to_its_plant_is_between_where_it_was_and_the_target() -> None:
    body = solve(BENT_ARM, ORIGIN, 0.0)
    half = reach(body, "right_hand", Plant((30.0, 30.0, 25.0), ((2.0, -7.0, 1.0),)), 0.5)
    assert not off(
        half,
        {
            "right_elbow": (14.07, 24.76, 14.14),
            "right_wrist": (37.18, 31.00, 21.35),
            "right_hand": (42.12, 26.80, 21.85),
        },
    )
    unmoved = reach(body, "right_hand", Plant((30.0, 30.0, 25.0), ((2.0, -7.0, 1.0),)), 0.0)
    assert off(unmoved, arm_of(body)) == {}


def test_a_target_out_of_reach_stretches_the_arm_almost_straight_toward_it() -> None:
    body = solve(BENT_ARM, ORIGIN, 0.0)
    far = reach(body, "right_hand", Plant((200.0, 48.5, 17.0), ((0.0, -8.0, 0.0),)))
    assert not off(
        far,
        {
            "right_elbow": (27.48, 47.35, 17.00),
            "right_wrist": (52.45, 48.50, 17.00),
            "right_hand": (52.45, 40.50, 17.00),
        },
    )
    wrist = far.points["right_wrist"]
    assert math.dist(wrist, far.points["right_shoulder"]) == pytest.approx(52.95)


def test_a_target_too_close_folds_the_arm_as_far_as_it_goes() -> None:
    body = solve(BENT_ARM, ORIGIN, 0.0)
    close = reach(body, "right_hand", Plant((1.5, 48.5, 17.0), ((0.0, -8.0, 0.0),)))
    assert not off(
        close,
        {
            "right_elbow": (23.96, 34.88, 17.00),
            "right_wrist": (3.00, 48.50, 17.00),
            "right_hand": (3.00, 40.50, 17.00),
        },
    )


def test_a_limb_aimed_along_its_upper_bone_still_bends_in_its_own_plane() -> None:
    body = solve({"right_arm.raise": 40.0, "right_elbow.bend": 60.0}, ORIGIN, 0.0)
    shoulder, elbow = body.points["right_shoulder"], body.points["right_elbow"]
    along = [(e - s) / 28.0 for s, e in zip(shoulder, elbow, strict=True)]
    target = (shoulder[0] + 40.0 * along[0], shoulder[1] + 40.0 * along[1], 17.0)
    reached = reach(body, "right_hand", Plant(target, ((0.0, -8.0, 0.0),)))
    assert not off(
        reached,
        {
            "right_elbow": (21.67, 31.40, 17.00),
            "right_wrist": (27.99, 7.21, 17.00),
            "right_hand": (27.99, -0.79, 17.00),
        },
    )


def test_a_foot_reaches_its_plant_with_heel_and_toe_set_as_planted() -> None:
    body = solve({"right_hip.flex": 30.0, "right_knee.bend": 40.0}, ORIGIN, 0.0)
    plant = Plant((20.0, -70.0, 12.0), ((-5.0, -5.0, 0.0), (14.0, -7.0, 1.0)))
    reached = reach(body, "right_foot", plant)
    ankle = reached.points["right_ankle"]
    assert near(ankle, (20.0, -70.0, 12.0))
    assert near(reached.points["right_heel"], (15.0, -75.0, 12.0))
    assert near(reached.points["right_toe"], (34.0, -77.0, 13.0))
    assert reached.points["right_hip"] == body.points["right_hip"]
    assert math.dist(reached.points["right_hip"], reached.points["right_knee"]) == pytest.approx(
        43.0
    )
    assert reached.points["left_toe"] == body.points["left_toe"]


def test_a_plant_must_say_where_each_point_beyond_the_wrist_or_ankle_goes() -> None:
    body = solve({}, ORIGIN, 0.0)
    heel_only = Plant((0.0, -80.0, 9.0), ((-4.5, -5.5, 0.0),))
    with pytest.raises(ValueError, match="shorter"):
        reach(body, "right_foot", heel_only)
