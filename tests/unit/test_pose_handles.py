"""Posing by hand: a dragged point follows the pointer in every view, angles stay in range, and a
pose edited this way is still one the pose table reads back."""

from __future__ import annotations

import math
import random

import pytest

from postureapp.core.pose import Pose, PoseSpec, parse_pose, pose_table
from postureapp.core.pose.handles import (
    HANDLES,
    angle_of,
    drag,
    handle_points,
    with_angles,
    without_angles,
)
from postureapp.core.pose.model import VIEWS
from postureapp.core.pose.skeleton import ANGLE_SPECS

SEATED = Pose.of("seated")


@pytest.mark.parametrize("view", ["side", "front", "three-quarter"])
def test_a_dragged_point_follows_the_pointer_to_any_place_it_can_reach(view: str) -> None:
    rng = random.Random(11)
    for name, handle in HANDLES.items():
        goal = with_angles(
            SEATED, {key: angle_of(SEATED, key) + rng.uniform(-25, 25) for key in handle.angles}
        )
        target = handle_points(goal, view)[name]
        start = handle_points(SEATED, view)[name]
        pose = SEATED
        for i in range(1, 11):  # ten small moves of the mouse, as a hand drags
            pose = drag(
                pose,
                view,
                name,
                tuple(s + (t - s) * i / 10 for s, t in zip(start, target, strict=True)),
            )
        reached = handle_points(pose, view)[name]
        assert math.dist(reached, target) < 4.0, (name, math.dist(start, target))


def test_a_point_dragged_beyond_reach_stops_at_the_limit_of_its_angles() -> None:
    pose = SEATED
    head = handle_points(pose, "side")["head"]
    for _ in range(20):
        pose = drag(pose, "side", "head", (head[0] + 200, head[1]))
    spec = ANGLE_SPECS["neck.flex"]
    assert angle_of(pose, "neck.flex") == spec.high
    assert handle_points(pose, "side")["head"][0] > head[0] + 10, "the head went forward"


def test_setting_one_side_keeps_the_other_and_pairs_are_spelled_out() -> None:
    both = Pose.of("standing", {"arms.raise": 90})
    one = with_angles(both, {"right_arm.raise": 170})
    assert angle_of(one, "right_arm.raise") == 170 and angle_of(one, "left_arm.raise") == 90
    assert dict(one.angles) == {"left_arm.raise": 90, "right_arm.raise": 170}
    back = without_angles(one, ["right_arm.raise"])
    assert angle_of(back, "right_arm.raise") == angle_of(Pose.of("standing"), "right_arm.raise")


def test_moving_an_arm_by_hand_lets_go_of_a_named_hand_place() -> None:
    holding = Pose.of("seated", right_hand="chair-back", left_hand="thighs")
    moved = with_angles(holding, {"right_elbow.bend": 30})
    assert moved.hands == (("left_hand", "thighs"),)


@pytest.mark.parametrize("view", VIEWS)
def test_an_edited_pose_writes_and_reads_back(view: str) -> None:
    end = drag(SEATED, view, "right_hand", (40.0, 120.0))
    spec = PoseSpec(view, SEATED, end, props=("chair",))
    again, problems = parse_pose(pose_table(spec))
    assert problems == [] and again == spec
