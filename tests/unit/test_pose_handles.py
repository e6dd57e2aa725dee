"""Posing by hand: a dragged point follows the pointer in every view, angles stay in range, and a
pose edited this way is still one the pose table reads back."""

from __future__ import annotations

import math
import random

import pytest

from postureapp.core.pose import Pose, PoseSpec, parse_pose, pose_table
from postureapp.core.pose.handles import (
    HANDLES,
    JOINTS,
    angle_of,
    drag,
    handle_points,
    with_angles,
    without_angles,
)
from postureapp.core.pose.model import VIEWS, Motion
from postureapp.core.pose.scene import VIEW_CAMERAS, Camera
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
                (
                    start[0] + (target[0] - start[0]) * i / 10,
                    start[1] + (target[1] - start[1]) * i / 10,
                ),
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


def test_the_handles_are_the_points_a_person_drags_and_each_moves_its_own_angles() -> None:
    sided = {
        "{s}_elbow": ("{s}_elbow", ("{s}_arm.raise", "{s}_arm.spread")),
        "{s}_hand": ("{s}_hand", ("{s}_arm.raise", "{s}_arm.spread", "{s}_elbow.bend")),
        "{s}_knee": ("{s}_knee", ("{s}_hip.flex", "{s}_hip.spread")),
        "{s}_foot": ("{s}_ankle", ("{s}_hip.flex", "{s}_knee.bend")),
    }
    expected = {
        "head": ("head", ("neck.flex", "neck.bend")),
        "chest": ("chest", ("thoracic.flex", "thoracic.bend")),
        "waist": ("waist", ("lumbar.flex", "lumbar.bend")),
        **{
            name.format(s=side): (point.format(s=side), tuple(a.format(s=side) for a in angles))
            for side in ("right", "left")
            for name, (point, angles) in sided.items()
        },
    }
    assert {name: (h.point, h.angles) for name, h in HANDLES.items()} == expected
    assert all(h.name == name for name, h in HANDLES.items())


def test_the_joints_are_offered_from_the_pelvis_up_then_each_side_with_their_angles() -> None:
    spine = ("flex", "bend", "turn")
    side = [
        ("shoulder", ("shrug", "reach")),
        ("arm", ("raise", "spread", "twist")),
        ("elbow", ("bend",)),
        ("wrist", ("bend",)),
        ("hip", ("flex", "spread", "twist")),
        ("knee", ("bend",)),
        ("ankle", ("point",)),
    ]
    offered = JOINTS
    assert offered == (
        ("pelvis", ("tilt", "turn", "bend", "lift", "slide")),
        ("lumbar", spine),
        ("thoracic", spine),
        ("neck", spine),
        ("head", spine),
        *((f"right_{joint}", angles) for joint, angles in side),
        *((f"left_{joint}", angles) for joint, angles in side),
    )


def test_an_angle_set_by_hand_is_rounded_to_a_tenth_and_kept_within_its_range() -> None:
    pose = with_angles(SEATED, {"neck.flex": 12.345, "neck.bend": 100, "neck.turn": -200})
    assert dict(pose.angles) == {"neck.flex": 12.3, "neck.bend": 45.0, "neck.turn": -80.0}
    assert pose.base == "seated"


@pytest.mark.parametrize("view", VIEWS)
def test_each_handle_sits_on_its_point_of_the_figure_as_drawn(view: str) -> None:
    pose = Pose.of("seated", {"right_arm.raise": 40, "neck.flex": 15}, left_hand="thighs")
    body = Motion(PoseSpec(view, pose, pose)).body(0.0)
    camera = Camera(VIEW_CAMERAS[view])
    expected = {name: camera.flat(body.point(h.point)) for name, h in HANDLES.items()}
    points = handle_points(pose, view)
    assert points.keys() == expected.keys()
    for name, point in points.items():
        assert point == pytest.approx(expected[name], abs=1e-9), name
    # planted feet and a placed hand are drawn where they are held
    on_floor = Pose.of("standing", {"pelvis.lift": -10})
    body = Motion(PoseSpec(view, on_floor, on_floor)).body(0.0)
    assert handle_points(on_floor, view)["right_foot"] == pytest.approx(
        camera.flat(body.points["right_ankle"])
    )


def test_one_round_of_dragging_turns_each_angle_at_most_45_degrees() -> None:
    hand = handle_points(SEATED, "side")["right_hand"]
    far = (hand[0] + 60, hand[1] + 80)
    once = drag(SEATED, "side", "right_hand", far, rounds=1)
    assert dict(once.angles) == {
        "right_arm.raise": 65.0,
        "right_arm.spread": 13.8,
        "right_elbow.bend": 78.9,
    }
    twice = drag(SEATED, "side", "right_hand", far, rounds=2)
    assert dict(twice.angles) == {
        "right_arm.raise": 76.1,
        "right_arm.spread": 5.7,
        "right_elbow.bend": 50.9,
    }


def test_each_round_of_a_drag_brings_the_point_nearer() -> None:
    foot = handle_points(SEATED, "side")["right_foot"]
    target = (foot[0] + 5, foot[1] + 5)
    gaps = [
        math.dist(
            handle_points(drag(SEATED, "side", "right_foot", target, rounds=r), "side")[
                "right_foot"
            ],
            target,
        )
        for r in (1, 2, 3, 4)
    ]
    assert [round(g, 2) for g in gaps] == [1.61, 0.79, 0.53, 0.39]
    assert dict(drag(SEATED, "side", "right_foot", target).angles) == {
        "right_hip.flex": 92.5,
        "right_knee.bend": 83.9,
    }


def test_a_point_dropped_where_it_is_keeps_the_pose_as_drawn() -> None:
    # the seated hand rests on the thigh: grabbing it writes out the angles it is drawn with
    hand = handle_points(SEATED, "side")["right_hand"]
    held = drag(SEATED, "side", "right_hand", hand)
    assert dict(held.angles) == {
        "right_arm.raise": 15.9,
        "right_arm.spread": 9.9,
        "right_elbow.bend": 48.1,
    }
    here = handle_points(held, "side")["right_hand"]
    assert drag(held, "side", "right_hand", here) == held
    # within a few millimetres of the pointer nothing moves
    assert drag(held, "side", "right_hand", (here[0] + 0.2, here[1] + 0.1)) == held
    assert drag(held, "side", "right_hand", (here[0] + 0.5, here[1])) != held


def test_one_round_of_dragging_lowers_an_angle_at_most_45_degrees_too() -> None:
    raised = Pose.of("standing", {"right_arm.raise": 150, "right_elbow.bend": 0})
    elbow = handle_points(raised, "side")["right_elbow"]
    lowered = drag(raised, "side", "right_elbow", (elbow[0] + 80, elbow[1] - 100), rounds=1)
    assert angle_of(lowered, "right_arm.raise") == 105.0


def test_moving_one_arm_lets_go_of_hands_placed_together() -> None:
    together = Pose.of("seated", hands="thighs")
    assert with_angles(together, {"right_elbow.bend": 30}).hands == ()
    assert with_angles(together, {"left_arm.raise": 30}).hands == ()
    assert with_angles(together, {"neck.flex": 30}).hands == (("hands", "thighs"),)


def test_a_head_three_millimetres_from_the_pointer_still_follows_it() -> None:
    head = handle_points(SEATED, "front")["head"]
    assert head[0] == 0.0  # seen from the front, the head is on the middle line
    moved = drag(SEATED, "front", "head", (0.3, head[1]))
    assert angle_of(moved, "neck.bend") > 0  # leaning toward the figure's right
    kept = drag(SEATED, "front", "head", (0.29, head[1]))
    assert angle_of(kept, "neck.bend") == 0.0
