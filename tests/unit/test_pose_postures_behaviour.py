"""The base postures as the pictures show them: where the seated, standing, floor and lying
figures put their head, hands, knees and feet, where a hand goes when a pose names a place for
it, and that what should rest on the floor (a planted hand or foot, a lying body) does.

The coordinates are those of the pictures reviewed by eye in docs/screenshots/exercises*.png
(centimetres, x forward, y up, z to the figure's right); a change that moves a joint by half a
centimetre or more shows in them and must be looked at again.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from postureapp.core.pose.postures import (
    HAND_PLACES,
    POSTURES,
    expand_pairs,
    ground_limb,
    hand_target,
    lowest,
    neutral,
)
from postureapp.core.pose.skeleton import plant_of

Point = tuple[float, float, float]


@pytest.fixture(autouse=True)
def fresh_postures() -> Iterator[None]:
    """Solve each posture afresh: `neutral` keeps what an earlier test solved."""
    neutral.cache_clear()
    yield
    neutral.cache_clear()


def near(found: Point, expected: Point, tolerance: float = 0.25) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True))


NEUTRAL = {
    "standing": {
        "pelvis": (0.0, 96.9, 0.0),
        "head": (1.5, 167.4, 0.0),
        "right_hand": (4.1, 85.1, 24.4),
        "left_hand": (4.1, 85.1, -24.4),
        "right_heel": (-4.5, 6.5, 13.6),
        "left_toe": (15.0, 6.0, -13.6),
        "right_knee": (0.0, 54.0, 12.6),
        "left_elbow": (-0.5, 117.6, -20.4),
    },
    "seated": {
        "pelvis": (0.0, 53.6, 0.0),
        "head": (1.5, 124.1, 0.0),
        "right_hand": (37.2, 64.2, 11.5),
        "left_hand": (37.2, 64.2, -11.5),
        "right_heel": (40.1, 3.0, 11.8),
        "left_toe": (59.5, 3.2, -13.2),
        "right_knee": (42.8, 50.6, 12.0),
        "left_elbow": (9.8, 76.4, -21.0),
    },
    "sitting-on-floor": {
        "pelvis": (0.0, 17.9, 0.0),
        "head": (-10.8, 87.6, 0.0),
        "right_hand": (-26.8, 13.1, 20.7),
        "left_hand": (-26.8, 13.1, -20.7),
        "right_heel": (32.6, 3.0, 9.9),
        "left_toe": (51.5, 7.5, -11.5),
        "right_knee": (27.5, 50.6, 13.5),
        "left_elbow": (-15.0, 38.3, -19.2),
    },
    "all-fours": {
        "pelvis": (0.0, 55.8, 0.0),
        "head": (70.5, 56.7, 0.0),
        "right_hand": (58.5, 3.0, 17.0),
        "left_hand": (58.5, 3.0, -17.0),
        "right_heel": (-38.5, 19.0, 10.9),
        "left_toe": (-57.8, 16.1, -11.1),
        "right_knee": (0.0, 12.8, 11.3),
        "left_elbow": (53.3, 28.7, -17.1),
    },
    "lying-on-back": {
        "pelvis": (0.0, 16.0, 0.0),
        "head": (-70.5, 17.5, 0.0),
        "right_hand": (10.6, 23.1, 29.6),
        "left_hand": (10.6, 23.1, -29.6),
        "right_heel": (54.7, 3.0, 9.0),
        "left_toe": (70.0, 15.2, -9.0),
        "right_knee": (31.6, 45.2, 9.0),
        "left_elbow": (-21.2, 17.4, -22.8),
    },
    "lying-on-back-legs-long": {
        "pelvis": (0.0, 16.0, 0.0),
        "head": (-70.5, 17.5, 0.0),
        "right_hand": (10.6, 23.1, 29.6),
        "left_hand": (10.6, 23.1, -29.6),
        "right_heel": (87.5, 9.4, 9.0),
        "left_toe": (97.7, 26.0, -9.0),
        "right_knee": (43.0, 16.0, 9.0),
        "left_elbow": (-21.2, 17.4, -22.8),
    },
    "lying-face-down": {
        "pelvis": (0.0, 19.0, 0.0),
        "head": (70.5, 17.5, 0.0),
        "right_hand": (-10.6, 11.9, 29.6),
        "left_hand": (-10.6, 11.9, -29.6),
        "right_heel": (-81.5, 25.2, 9.0),
        "left_toe": (-100.8, 22.3, -9.0),
        "right_knee": (-43.0, 19.0, 9.0),
        "left_elbow": (21.2, 17.6, -22.8),
    },
}


@pytest.mark.parametrize("name", sorted(NEUTRAL))
def test_each_base_posture_puts_the_body_where_the_reviewed_pictures_show_it(name: str) -> None:
    body = neutral(name).body
    moved = {
        joint: tuple(round(v, 1) for v in body.points[joint])
        for joint, where in NEUTRAL[name].items()
        if not near(body.points[joint], where)
    }
    assert moved == {}, f"{name}: joints moved from the reviewed picture"


def test_the_named_postures_are_the_ones_the_exercise_files_may_use() -> None:
    assert sorted(POSTURES) == sorted(NEUTRAL)
    assert all(POSTURES[name].name == name for name in POSTURES)


ANCHORS = {
    "standing": (0.0, 12.0, 0.0),
    "seated": (0.0, 53.6, 0.0),
    "sitting-on-floor": (0.0, 17.9, 0.0),
    "all-fours": (0.0, 55.8, 0.0),
    "lying-on-back": (0.0, 16.0, 0.0),
    "lying-on-back-legs-long": (0.0, 16.0, 0.0),
    "lying-face-down": (0.0, 19.0, 0.0),
}


def test_each_posture_stays_put_at_its_anchor() -> None:
    for name, anchor in ANCHORS.items():
        solved = neutral(name)
        assert near(solved.anchor, anchor), name
        assert solved.anchor == solved.body.point(solved.posture.anchor)
        assert solved.root == solved.body.points["pelvis"]


GROUNDED = [
    ("seated", "right_foot"),
    ("seated", "left_foot"),
    ("sitting-on-floor", "right_foot"),
    ("lying-on-back", "left_foot"),
    ("all-fours", "right_hand"),
    ("all-fours", "left_hand"),
]


@pytest.mark.parametrize(("name", "limb"), GROUNDED)
def test_planted_hands_and_feet_rest_on_the_floor(name: str, limb: str) -> None:
    plant = neutral(name).plants[limb]
    heights = [plant.end[1], *(plant.end[1] + d[1] for d in plant.distal)]
    # The joint's centre sits its own radius (3 cm) above the floor.
    assert min(heights) == pytest.approx(3.0), (name, limb)


def test_seated_hands_are_planted_on_the_thighs_not_on_the_floor() -> None:
    solved = neutral("seated")
    assert set(solved.plants) == set(solved.posture.planted)
    assert all(solved.plants[f"{side}_hand"].end[1] > 40.0 for side in ("right", "left"))


def test_on_all_fours_the_hands_are_under_the_shoulders() -> None:
    body = neutral("all-fours").body
    for side in ("right", "left"):
        hand, shoulder = body.points[f"{side}_hand"], body.points[f"{side}_shoulder"]
        assert abs(hand[0] - shoulder[0]) < 12.0 and abs(hand[2] - shoulder[2]) < 4.0


def test_seated_hands_rest_on_the_thighs_and_floor_sitting_hands_behind_the_hips() -> None:
    seated = neutral("seated").body
    for side in ("right", "left"):
        hip, knee = seated.points[f"{side}_hip"], seated.points[f"{side}_knee"]
        hand = seated.points[f"{side}_hand"]
        assert hip[0] < hand[0] < knee[0] + 10.0 and hand[1] > hip[1]
    floor = neutral("sitting-on-floor").body
    for side in ("right", "left"):
        assert floor.points[f"{side}_hand"][0] < floor.points["pelvis"][0] - 10.0


@pytest.mark.parametrize("name", ["lying-on-back-legs-long", "lying-face-down"])
def test_a_lying_body_rests_on_the_floor_not_above_or_below_it(name: str) -> None:
    assert lowest(neutral(name).body) == pytest.approx(0.0, abs=0.01)


def test_sitting_on_the_floor_the_hands_reach_back_and_down_as_far_as_the_arms_go() -> None:
    """The arms cannot reach the floor from this posture; the hands stop where the reach ends."""
    body = neutral("sitting-on-floor").body
    assert near(body.points["right_hand"], (-26.76, 13.05, 20.68), tolerance=0.02)
    assert near(body.points["left_hand"], (-26.76, 13.05, -20.68), tolerance=0.02)


def test_the_floor_lies_a_limbs_thickness_below_the_lowest_joint() -> None:
    body = neutral("lying-on-back-legs-long").body
    lifted = body.moved((0.0, 25.0, 0.0))
    assert lowest(lifted) == pytest.approx(lowest(body) + 25.0)
    joints = min(p[1] for p in body.points.values())
    assert lowest(body) == pytest.approx(joints - 6.0)


def test_a_limb_lowered_to_the_floor_rests_its_lowest_point_there() -> None:
    body = neutral("seated").body.moved((0.0, 20.0, 0.0))
    grounded = ground_limb(body, "right_foot")
    plant = plant_of(grounded, "right_foot")
    heights = [plant.end[1], *(plant.end[1] + d[1] for d in plant.distal)]
    assert min(heights) == pytest.approx(3.0, abs=0.05)
    assert grounded.points["left_heel"] == body.points["left_heel"]  # the other foot stays


def test_pairs_name_both_sides_and_other_joints_pass_through() -> None:
    assert expand_pairs({"arms.raise": 30.0, "neck.flex": -8.0, "knees.bend": 90.0}) == {
        "right_arm.raise": 30.0,
        "left_arm.raise": 30.0,
        "neck.flex": -8.0,
        "right_knee.bend": 90.0,
        "left_knee.bend": 90.0,
    }


TARGETS = {
    ("back-of-head", "right"): (-12.0, 168.4, 5.0),
    ("back-of-head", "left"): (-12.0, 168.4, -5.0),
    ("belly", "right"): (11.0, 115.9, 5.0),
    ("belly", "left"): (11.0, 115.9, -5.0),
    ("chest", "right"): (15.0, 134.9, 6.0),
    ("chest", "left"): (15.0, 134.9, -6.0),
    ("shoulders", "right"): (1.5, 151.4, 17.0),
    ("shoulders", "left"): (1.5, 151.4, -17.0),
    ("opposite-shoulder", "right"): (6.5, 146.4, -15.0),
    ("opposite-shoulder", "left"): (6.5, 146.4, 15.0),
    ("thighs", "right"): (0.0, 78.2, 11.5),
    ("thighs", "left"): (0.0, 78.2, -11.5),
    ("opposite-knee", "right"): (-3.0, 63.0, -9.6),
    ("opposite-knee", "left"): (-3.0, 63.0, 9.6),
    ("knee", "right"): (-2.0, 63.0, 12.6),
    ("knee", "left"): (-2.0, 63.0, -12.6),
    ("chair-back", "right"): (-22.0, 134.9, 16.0),
    ("chair-back", "left"): (-22.0, 134.9, -16.0),
    ("forehead", "right"): (7.5, 154.9, 4.0),
    ("forehead", "left"): (7.5, 154.9, -4.0),
}


@pytest.mark.parametrize(("place", "side"), sorted(TARGETS))
def test_a_hand_goes_where_the_pose_names_it(place: str, side: str) -> None:
    found = hand_target(neutral("standing").body, place, side)
    assert near(found, TARGETS[place, side]), tuple(round(v, 1) for v in found)


ON_ALL_FOURS = {
    "back-of-head": (69.6, 70.2, 5.0),
    "belly": (19.0, 44.8, 5.0),
    "chest": (38.0, 40.8, 6.0),
    "shoulders": (54.5, 54.3, 17.0),
    "opposite-shoulder": (49.5, 49.3, -15.0),
    "thighs": (0.0, 37.1, 10.5),
    "opposite-knee": (-3.0, 21.8, -8.3),
    "knee": (-2.0, 21.8, 11.3),
    "chair-back": (-22.0, 93.8, 16.0),
    "forehead": (59.0, 49.0, 4.0),
}


@pytest.mark.parametrize("place", sorted(ON_ALL_FOURS))
def test_hand_places_follow_a_body_that_is_not_upright(place: str) -> None:
    found = hand_target(neutral("all-fours").body, place, "right")
    assert near(found, ON_ALL_FOURS[place]), tuple(round(v, 1) for v in found)


def test_every_hand_place_is_one_a_pose_may_name_and_no_other() -> None:
    assert sorted(HAND_PLACES) == sorted(place for place, _ in TARGETS if _ == "right")
    with pytest.raises(KeyError, match="pocket"):
        hand_target(neutral("standing").body, "pocket", "right")


def test_the_chair_back_is_behind_the_seat_the_figure_sat_on() -> None:
    body = neutral("standing").body
    assert near(hand_target(body, "chair-back", "left", (10.0, 50.0, 0.0)), (-12.0, 88.0, -16.0))
