"""A step's figure in motion: where a pose puts the body on the floor or the chair, what stays
planted, how the body travels from the start pose to the end pose (through a pose half-way when
there is one), and which parts are drawn as moving."""

from __future__ import annotations

import math

import pytest

from postureapp.core.pose import Motion, Pose, PoseSpec, ease, highlighted, moving_parts, skeleton
from postureapp.core.pose.model import resolve, torso_bottom
from postureapp.core.pose.postures import neutral
from postureapp.core.pose.skeleton import ANGLE_SPECS

Point = tuple[float, float, float]


def near(found: Point | tuple[float, ...], expected: Point, tolerance: float = 0.01) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True))


def test_a_pose_is_its_base_and_its_angles_and_hands_in_order() -> None:
    pose = Pose.of(
        "seated", {"neck.flex": 10.0, "arms.raise": 5.0}, right_hand="knee", hands="belly"
    )
    assert pose == Pose(
        "seated",
        (("arms.raise", 5.0), ("neck.flex", 10.0)),
        (("hands", "belly"), ("right_hand", "knee")),
    )
    assert Pose.of("standing") == Pose("standing", (), ())


def test_the_torso_rests_on_its_lowest_slice() -> None:
    origin = (0.0, 0.0, 0.0)
    assert torso_bottom(skeleton.solve({}, origin, 0.0)) == pytest.approx(-8.0)
    assert torso_bottom(skeleton.solve({}, origin, 90.0)) == pytest.approx(-12.0)
    assert torso_bottom(skeleton.solve({"pelvis.bend": 20.0}, origin, 0.0)) == pytest.approx(
        -9.502, abs=0.001
    )


def test_a_seated_pose_keeps_its_seat_with_hands_on_the_thighs_and_feet_on_the_floor() -> None:
    resolved = resolve(Pose.of("seated"))
    assert resolved.recline == 0.0 and resolved.anchor == "pelvis"
    assert near(resolved.offset, (0.0, 53.63, 0.0))
    assert set(resolved.angles) == set(ANGLE_SPECS)
    assert resolved.angles["right_knee.bend"] == 88.0 and resolved.angles["neck.flex"] == 0.0
    ends = {limb: plant.end for limb, plant in resolved.plants.items()}
    assert set(ends) == {"right_foot", "left_foot", "right_hand", "left_hand"}
    assert near(ends["right_hand"], (29.17, 64.13, 11.04))
    assert near(ends["left_foot"], (44.36, 8.65, -12.1))


def test_a_pose_overrides_its_bases_angles_and_pairs_set_both_sides() -> None:
    resolved = resolve(Pose.of("seated", {"knees.bend": 60.0, "right_knee.bend": 70.0}))
    assert resolved.angles["left_knee.bend"] == 60.0
    assert resolved.angles["right_knee.bend"] == 70.0
    assert resolved.angles["right_hip.flex"] == 90.0  # from the base


def test_sliding_and_lifting_the_pelvis_moves_the_body_forward_and_up_in_cm() -> None:
    still = resolve(Pose.of("seated"))
    moved = resolve(Pose.of("seated", {"pelvis.slide": 10.0, "pelvis.lift": 5.0}))
    assert near(moved.offset, (still.offset[0] + 10.0, still.offset[1] + 5.0, 0.0))
    # planted feet and hands stay where they were
    assert moved.plants == still.plants


def test_a_standing_pose_keeps_its_feet_where_they_stand() -> None:
    resolved = resolve(Pose.of("standing", {"lumbar.flex": 30.0}))
    assert resolved.anchor == "feet"
    body = Motion(PoseSpec("side", Pose.of("standing"), Pose.of("standing", {"lumbar.flex": 30.0})))
    assert near(body.body(1.0).point("feet"), neutral("standing").anchor, 0.1)
    assert near(resolved.offset, (0.0, 96.92, 0.0))


def test_a_lying_pose_rests_its_torso_on_the_floor_whatever_it_changes() -> None:
    assert near(resolve(Pose.of("lying-on-back")).offset, (0.0, 16.0, 0.0))
    tilted = resolve(Pose.of("lying-on-back", {"pelvis.tilt": 20.0}))
    assert tilted.recline == 90.0
    assert near(tilted.offset, (0.0, 16.17, 0.0))
    body = Motion(PoseSpec("side", Pose.of("lying-on-back"), Pose.of("lying-on-back"))).body(0.0)
    assert torso_bottom(body) == pytest.approx(torso_bottom(neutral("lying-on-back").body))
    arched = resolve(Pose.of("lying-face-down", {"thoracic.flex": -30.0}))
    assert near(arched.offset, (0.0, 15.91, 0.0))


def test_moving_a_limb_unplants_it_and_naming_a_place_plants_the_hand_there() -> None:
    knee_bent = resolve(Pose.of("seated", {"right_knee.bend": 60.0}))
    assert set(knee_bent.plants) == {"left_foot", "right_hand", "left_hand"}
    on_knees = resolve(Pose.of("seated", hands="knee"))
    assert near(on_knees.plants["right_hand"].end, (40.9, 62.63, 12.0))
    assert near(on_knees.plants["left_hand"].end, (40.9, 62.63, -12.0))
    one = resolve(Pose.of("seated", left_hand="knee"))
    assert near(one.plants["left_hand"].end, (40.9, 62.63, -12.0))
    assert near(one.plants["right_hand"].end, (29.17, 64.13, 11.04))
    # fingers keep pointing the way they did
    (fingers,) = one.plants["left_hand"].distal
    assert near(fingers, resolve(Pose.of("seated")).plants["left_hand"].distal[0], 1e-9)


def test_a_hand_on_the_chair_back_finds_the_chair_the_figure_would_sit_on() -> None:
    for base in ("seated", "standing"):
        resolved = resolve(Pose.of(base, right_hand="chair-back"))
        assert near(resolved.plants["right_hand"].end, (-22.0, 91.63, 16.0)), base


def test_easing_holds_still_before_the_start_and_after_the_end() -> None:
    assert ease(-0.5) == 0.0 and ease(1.5) == 1.0
    assert ease(0.25) == pytest.approx(0.5 - 0.5 * math.cos(math.pi / 4))


def test_half_way_without_a_via_pose_the_body_is_half_way() -> None:
    motion = Motion(PoseSpec("side", Pose.of("standing"), Pose.of("sitting-on-floor")))
    start, end = motion.start.offset, motion.end.offset
    assert near(motion.body(0.5).points["pelvis"], (0.0, (start[1] + end[1]) / 2, 0.0))
    nods = Motion(PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"neck.flex": 40.0})))
    quarter = Motion(PoseSpec("side", Pose.of("seated", {"neck.flex": 10.0}), Pose.of("seated")))
    assert near(nods.body(0.25).points["nose"], quarter.body(0.0).points["nose"])
    assert nods.via is None


def test_a_movement_with_a_via_pose_passes_through_it_half_way() -> None:
    via = Pose.of("seated", {"neck.flex": -10.0})
    spec = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"neck.flex": 40.0}), via=via)
    motion = Motion(spec)
    held = Motion(PoseSpec("side", via, via)).body(0.0)
    assert near(motion.body(0.5).points["nose"], held.points["nose"])
    # a quarter of the way it has gone past the start, toward the via pose and beyond
    early = Motion(PoseSpec("side", Pose.of("seated", {"neck.flex": -12.5}), via)).body(0.0)
    assert near(motion.body(0.25).points["nose"], early.points["nose"])
    assert near(motion.body(1.0).points["nose"], (20.56, 110.91, 0.0))


def test_a_via_pose_in_another_posture_sets_where_the_body_is_half_way() -> None:
    spec = PoseSpec(
        "side", Pose.of("standing"), Pose.of("all-fours"), via=Pose.of("sitting-on-floor")
    )
    halfway = Motion(spec).body(0.5)
    sitting = Motion(PoseSpec("side", Pose.of("sitting-on-floor"), Pose.of("sitting-on-floor")))
    assert near(halfway.points["pelvis"], sitting.body(0.0).points["pelvis"])
    assert near(halfway.points["head"], sitting.body(0.0).points["head"])


def test_a_hand_lifted_off_its_thigh_leaves_it_gradually() -> None:
    raise_arms = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"arms.raise": 150.0}))
    lower_arms = PoseSpec("side", Pose.of("seated", {"arms.raise": 150.0}), Pose.of("seated"))
    rising, lowering = Motion(raise_arms), Motion(lower_arms)
    assert near(rising.body(0.0).points["right_wrist"], (29.17, 64.13, 11.04))
    assert near(rising.body(0.5).points["right_wrist"], (49.94, 87.54, 15.63))
    assert near(rising.body(1.0).points["right_wrist"], (4.61, 149.29, 24.65))
    for t in (0.0, 0.3, 0.5, 1.0):
        for joint in ("right_wrist", "right_hand", "left_elbow"):
            assert near(lowering.body(1.0 - t).points[joint], rising.body(t).points[joint])


def test_a_hand_moving_from_thigh_to_knee_goes_straight_between_them() -> None:
    motion = Motion(PoseSpec("side", Pose.of("seated"), Pose.of("seated", hands="knee")))
    assert near(motion.body(0.5).points["right_wrist"], (35.03, 63.38, 11.52))
    assert near(motion.body(0.5).points["right_hand"], (43.02, 63.42, 11.99))
    # the knee is a little out of the arm's reach: the wrist stops as close as it gets
    assert near(motion.body(1.0).points["left_wrist"], (37.66, 65.71, -12.39))


def test_a_breath_reaches_the_posed_body() -> None:
    motion = Motion(PoseSpec("side", Pose.of("seated"), Pose.of("seated")))
    still, full = motion.body(0.5), motion.body(0.5, breath=1.0)
    assert full.sections[4].depth == pytest.approx(still.sections[4].depth * 1.04)


def test_what_turns_by_the_threshold_or_more_counts_as_moving() -> None:
    nod = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"neck.flex": 8.0}))
    assert moving_parts(nod) == ("neck",)
    assert moving_parts(nod, 8.5) == ()
    wrist = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"right_wrist.bend": -15.0}))
    assert moving_parts(wrist) == ("right-arm",)  # only 5 degrees, but the hand is lifted


def test_a_planted_hand_that_moves_4_cm_or_more_makes_its_arm_move() -> None:
    def lifted(cm: float) -> PoseSpec:
        return PoseSpec(
            "side",
            Pose.of("seated", hands="thighs"),
            Pose.of("seated", {"pelvis.lift": cm}, hands="thighs"),
        )

    assert moving_parts(lifted(3.5)) == ()
    assert moving_parts(lifted(4.0)) == ("right-arm", "left-arm")


def test_the_parts_drawn_in_the_accent_colour() -> None:
    own = PoseSpec("side", Pose.of("seated"), Pose.of("seated"), highlight=("arms", "neck"))
    assert highlighted(own) == frozenset({"right-arm", "left-arm", "neck"})
    legs = PoseSpec("side", Pose.of("seated"), Pose.of("seated"), highlight=("legs",))
    assert highlighted(legs) == frozenset({"right-leg", "left-leg"})
    found = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"lumbar.flex": 20.0}))
    assert highlighted(found) == frozenset({"lower-back"})
