"""What the figure's scene draws: each view looks from its own side, the near limbs cover the body
and the far ones are paler behind it, the face turns with the head, highlighted parts stand out,
and the props stand where the postures put them, at their real size."""

from __future__ import annotations

import math

import pytest

from postureapp.core.pose.geometry import Point, bounds
from postureapp.core.pose.handles import posed_body
from postureapp.core.pose.model import Pose
from postureapp.core.pose.scene import (
    ROLLER_RADIUS,
    ROLLER_X,
    TOWEL_RADIUS,
    VIEW_CAMERAS,
    Camera,
    Group,
    PropPlace,
    Scene,
    Shape,
    _cap,
    body_groups,
    prop_groups,
)
from postureapp.core.pose.skeleton import HEAD_RADIUS

NOTHING: frozenset[str] = frozenset()


def groups_of(pose: Pose, view: str, accent: frozenset[str] = NOTHING) -> list[Group]:
    return body_groups(Camera(VIEW_CAMERAS[view]), posed_body(pose), accent)


def named(groups: list[Group], name: str) -> Group:
    (group,) = [g for g in groups if g.name == name]
    return group


def centre_of(shape: Shape) -> Point:
    xs, ys = zip(*shape.points, strict=True)
    return (sum(xs) / len(xs), sum(ys) / len(ys))


def box(points: tuple[Point, ...]) -> tuple[float, float, float, float]:
    return tuple(round(v, 2) for v in bounds(points))  # type: ignore[return-value]


def area(points: tuple[Point, ...]) -> float:
    return abs(
        sum(
            ax * by - bx * ay
            for (ax, ay), (bx, by) in zip(points, (*points[1:], points[0]), strict=True)
        )
        / 2
    )


# --- the views ------------------------------------------------------------------------------


def rad(degrees: float) -> float:
    return math.radians(degrees)


#: Where each view puts the figure's forward (x), up (y) and right (z), as (across, up, toward
#: the viewer): worked out from the view's turn and height, not from the code.
VIEW_AXES = {
    "side": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "front": ((0, 0, 1), (0, 1, 0), (1, 0, 0)),
    "three-quarter": (
        (
            -math.sin(rad(38)),
            -math.sin(rad(14)) * math.cos(rad(38)),
            math.cos(rad(14)) * math.cos(rad(38)),
        ),
        (0, math.cos(rad(14)), math.sin(rad(14))),
        (
            math.cos(rad(38)),
            -math.sin(rad(14)) * math.sin(rad(38)),
            math.cos(rad(14)) * math.sin(rad(38)),
        ),
    ),
    "above": (
        (0, -math.sin(rad(55)), math.cos(rad(55))),
        (0, math.cos(rad(55)), math.sin(rad(55))),
        (1, 0, 0),
    ),
}


@pytest.mark.parametrize("view", sorted(VIEW_AXES))
def test_each_view_sees_the_figure_from_its_own_direction(view: str) -> None:
    camera = Camera(VIEW_CAMERAS[view])
    assert camera.view.name == view
    for direction, (across, up, toward) in zip(
        ((10.0, 0.0, 0.0), (0.0, 10.0, 0.0), (0.0, 0.0, 10.0)), VIEW_AXES[view], strict=True
    ):
        x, y = camera.flat(direction)
        assert (x, y) == pytest.approx((10 * across, 10 * up), abs=1e-9), direction
        assert camera.depth(direction) == pytest.approx(10 * toward, abs=1e-9), direction


def test_the_front_views_are_mirrors_and_the_side_view_is_not() -> None:
    # facing the viewer, the figure's right hand shows on the viewer's right, as in a mirror
    body = posed_body(Pose.of("standing", {"right_arm.spread": 80}))
    for view in ("front", "three-quarter", "above"):
        camera = Camera(VIEW_CAMERAS[view])
        assert camera.flat(body.points["right_hand"])[0] > camera.flat(body.points["left_hand"])[0]
    side = Camera(VIEW_CAMERAS["side"])
    assert side.flat(body.points["nose"])[0] > side.flat(body.points["head"])[0]
    assert side.flat(body.points["right_hand"])[0] == pytest.approx(
        side.flat(body.points["left_hand"])[0], abs=20
    )


# --- which part is drawn over which ------------------------------------------------------------


def test_from_the_side_the_far_limbs_are_pale_behind_the_body_and_the_near_ones_over_it() -> None:
    groups = groups_of(Pose.of("standing"), "side")
    assert [g.name for g in groups] == [
        "left-arm",
        "left-leg",
        "neck",
        "torso",
        "head",
        "right-leg",
        "right-arm",
    ]
    roles = {g.name: [s.role for s in g.shapes] for g in groups}
    assert roles["left-arm"] == roles["left-leg"] == ["far", "far", "far"]
    assert roles["right-arm"] == roles["right-leg"] == ["body", "body", "body"]
    assert roles["torso"] == ["body"] * 5 and roles["neck"] == ["body"]
    # the upper arm, forearm and hand; the thigh, shin and foot: one group each, so no seams
    assert [len(g.shapes) for g in groups] == [3, 3, 1, 5, 3, 3, 3]
    assert all(g.opacity == 1.0 for g in groups)


def test_seated_hands_on_the_thighs_are_drawn_over_them() -> None:
    groups = groups_of(Pose.of("seated"), "side")
    names = [g.name for g in groups]
    assert names.index("right-arm") > names.index("right-leg")
    assert names == [
        "left-arm",
        "left-leg",
        "left-arm",
        "neck",
        "torso",
        "head",
        "right-leg",
        "right-arm",
    ]


def test_from_the_front_no_limb_is_far_and_each_side_is_drawn_on_its_own() -> None:
    groups = groups_of(Pose.of("standing"), "front")
    assert {s.role for g in groups for s in g.shapes} == {"body", "hair", "skin"}
    assert {s.role for g in groups if g.name != "head" for s in g.shapes} == {"body"}
    # pieces of the two arms at the same depth are not joined into one shape
    assert [g.name for g in groups][:4] == ["neck", "torso", "right-leg", "left-leg"]
    assert [g.name for g in groups].count("right-arm") == 3


@pytest.mark.parametrize(("turn", "far"), [(13.0, False), (15.0, True)])
def test_an_arm_turned_away_by_more_than_a_hand_width_is_drawn_paler(
    turn: float, far: bool
) -> None:
    # turning the pelvis to the right puts the right shoulder about 7.6 cm (13 degrees) or 8.8 cm
    # (15 degrees) behind the left one, as seen from the front; the hips only half as far
    groups = groups_of(Pose.of("standing", {"pelvis.turn": turn}), "front")
    right_arm = {s.role for g in groups if g.name == "right-arm" for s in g.shapes}
    assert right_arm == ({"far"} if far else {"body"})
    assert {s.role for g in groups if g.name.startswith("left") for s in g.shapes} == {"body"}
    assert {s.role for g in groups if g.name == "right-leg" for s in g.shapes} == {"body"}


def test_the_left_side_turned_away_is_the_pale_one() -> None:
    groups = groups_of(Pose.of("standing", {"pelvis.turn": -40}), "front")
    assert {s.role for g in groups if g.name == "left-arm" for s in g.shapes} == {"far"}
    assert {s.role for g in groups if g.name == "left-leg" for s in g.shapes} == {"far"}
    assert {s.role for g in groups if g.name.startswith("right") for s in g.shapes} == {"body"}


# --- highlighted parts ---------------------------------------------------------------------------


def test_highlighted_parts_are_drawn_in_the_accent_and_the_rest_is_not() -> None:
    pose = Pose.of("standing")

    def roles(accent: set[str]) -> dict[str, list[str]]:
        return {
            g.name: [s.role for s in g.shapes] for g in groups_of(pose, "side", frozenset(accent))
        }

    plain = roles(set())
    assert roles({"neck"})["neck"] == ["accent"]
    assert roles({"neck"})["torso"] == plain["torso"] == ["body"] * 5
    assert roles({"head"})["head"] == ["accent", "hair", "skin"]
    assert plain["head"] == ["body", "hair", "skin"]
    assert roles({"pelvis"})["torso"] == ["accent", "body", "body", "body", "body"]
    assert roles({"lower-back"})["torso"] == ["body", "accent", "accent", "body", "body"]
    # the upper back takes the shoulders with it
    assert roles({"upper-back"})["torso"] == ["body", "body", "body", "accent", "accent"]
    assert roles({"shoulders"})["torso"] == ["body", "body", "body", "body", "accent"]
    # a far limb shows its highlight too
    assert roles({"left-arm"})["left-arm"] == ["accent"] * 3
    assert roles({"right-leg"})["right-leg"] == ["accent"] * 3
    assert roles({"right-leg"})["left-leg"] == ["far"] * 3


# --- the head -------------------------------------------------------------------------------------


def test_from_the_front_the_face_shows_two_eyes_above_the_nose() -> None:
    body = posed_body(Pose.of("standing"))
    camera = Camera(VIEW_CAMERAS["front"])
    head = named(body_groups(camera, body, NOTHING), "head")
    eyes = [s for s in head.details if s.role == "eye"]
    (nose,) = [s for s in head.details if s.role == "nose"]
    hx, hy = camera.flat(body.points["head"])
    # the eyes look out 0.86 forward, 0.2 up and 0.42 to each side, on the head's surface
    size = math.sqrt(0.86**2 + 0.2**2 + 0.42**2)
    reach = HEAD_RADIUS * 0.98 / size
    assert sorted(centre_of(e) for e in eyes) == [
        pytest.approx((hx - 0.42 * reach, hy + 0.2 * reach)),
        pytest.approx((hx + 0.42 * reach, hy + 0.2 * reach)),
    ]
    for eye in eyes:
        x, y = centre_of(eye)
        assert box(eye.points)[2] - box(eye.points)[0] == pytest.approx(3.0, abs=0.02)
        assert max(math.dist((x, y), p) for p in eye.points) == pytest.approx(1.5)
    assert centre_of(nose) == pytest.approx(camera.flat(body.points["nose"]))
    assert max(math.dist(centre_of(nose), p) for p in nose.points) == pytest.approx(2.4)
    assert head.depth == pytest.approx(camera.depth(body.points["head"]) + 0.01)


def test_from_the_side_one_eye_shows() -> None:
    head = named(groups_of(Pose.of("standing"), "side"), "head")
    assert [s.role for s in head.details] == ["eye", "nose"]
    (eye,) = head.details[:1]
    body = posed_body(Pose.of("standing"))
    # the near (right) eye, in front of the head's centre and above it
    assert centre_of(eye)[0] > body.points["head"][0] + 5
    assert centre_of(eye)[1] > body.points["head"][1]


@pytest.mark.parametrize(
    ("turn", "shapes", "details"),
    [
        (15.0, ["body", "hair", "skin"], ["nose"]),
        (25.0, ["body", "hair", "skin"], []),
        (90.0, ["body", "hair"], []),
    ],
)
def test_a_face_turned_away_loses_its_eyes_then_its_nose_then_itself(
    turn: float, shapes: list[str], details: list[str]
) -> None:
    # turned toward the figure's left, away from the side view (which looks at its right)
    head = named(groups_of(Pose.of("standing", {"lumbar.turn": -turn}), "side"), "head")
    assert [s.role for s in head.shapes] == shapes
    assert [s.role for s in head.details] == details


def test_the_hair_covers_the_back_and_top_of_the_head_and_the_face_its_front() -> None:
    body = posed_body(Pose.of("standing"))
    hx, hy = body.points["head"][:2]
    head = named(groups_of(Pose.of("standing"), "side"), "head")
    skull, hair, face = head.shapes
    left, bottom, right, top = bounds(skull.points)
    assert right > hx + HEAD_RADIUS
    assert top == pytest.approx(hy + HEAD_RADIUS, abs=0.15)
    assert left == pytest.approx(hx - HEAD_RADIUS, abs=0.15)
    chin = body.points["chin"]
    assert bottom == pytest.approx(chin[1] - 6.8, abs=0.2)
    hl, hb, hr, ht = bounds(hair.points)
    assert hl == pytest.approx(hx - HEAD_RADIUS) and ht == pytest.approx(hy + HEAD_RADIUS)
    assert hr < hx + 5 and hb < hy
    fl, fb, fr, ft = bounds(face.points)
    assert fr == pytest.approx(hx + HEAD_RADIUS) and fl > hx - 3
    assert fb < hy < ft < hy + HEAD_RADIUS
    assert all(math.dist((hx, hy), p) <= HEAD_RADIUS + 1e-9 for p in (*hair.points, *face.points))


def test_a_cap_whose_edge_just_meets_the_head_outline_reaches_that_outline() -> None:
    # seen from the front, the rim point on the viewer's right is (0, 0, 1); a cap of 74 degrees
    # round an axis whose z is cos(74 degrees) has its edge right there, so it reaches the rim
    camera = Camera(VIEW_CAMERAS["front"])
    edge = math.cos(math.radians(74.0))
    axis = (math.sqrt(1 - edge**2 - 0.2**2), 0.2, edge)
    outline = _cap(camera, (0.0, 0.0, 0.0), HEAD_RADIUS, axis, 74.0)
    assert (HEAD_RADIUS, 0.0) in [pytest.approx(p, abs=1e-9) for p in outline]
    assert max(x for x, _ in outline) == pytest.approx(HEAD_RADIUS)
    assert all(math.hypot(*p) <= HEAD_RADIUS + 1e-9 for p in outline)


# --- props -----------------------------------------------------------------------------------------

PLACE = PropPlace(seat=(10.0, 50.0, 0.0), wall_x=-30.0, floor_span=(-80.0, 90.0))


def prop_boxes(name: str, view: str) -> list[tuple[float, float, float, float]]:
    (group,) = prop_groups(Camera(VIEW_CAMERAS[view]), [name], PLACE)
    assert group.name == name and group.depth == 0.0 and group.opacity == 1.0
    return [box(shape.points) for shape in group.shapes]


def test_the_chair_stands_under_the_seat_with_its_back_behind_it() -> None:
    # the seat's top is 7.6 cm under the sitting pelvis; the back rises 44 cm from there
    legs_side = [(-12.6, 0.0, -9.4, 42.4), (25.4, 0.0, 28.6, 42.4)]
    assert prop_boxes("chair", "side") == [
        *legs_side,
        *legs_side,
        (-13.0, 42.4, -9.5, 86.4),
        (-13.0, 38.4, 29.0, 42.4),
    ]
    # from the front: two legs at each side, 38 cm apart, under a seat and back 42 cm wide
    assert prop_boxes("chair", "front") == [
        (-20.6, 0.0, -17.4, 42.4),
        (-20.6, 0.0, -17.4, 42.4),
        (17.4, 0.0, 20.6, 42.4),
        (17.4, 0.0, 20.6, 42.4),
        (-21.0, 42.4, 21.0, 86.4),
        (-21.0, 38.4, 21.0, 42.4),
    ]
    (group,) = prop_groups(Camera(VIEW_CAMERAS["side"]), ["chair"], PLACE)
    assert {shape.role for shape in group.shapes} == {"prop"}


def test_the_wall_and_the_mat_are_where_the_postures_put_them() -> None:
    assert prop_boxes("wall", "side") == [(-36.0, 0.0, -30.0, 205.0)]
    assert prop_boxes("wall", "front") == [(-45.0, 0.0, 45.0, 205.0)]
    assert prop_boxes("mat", "side") == [(-80.0, -1.5, 90.0, 0.0)]
    assert prop_boxes("mat", "front") == [(-32.0, -1.5, 32.0, 0.0)]
    camera = Camera(VIEW_CAMERAS["side"])
    roles = {
        g.name: [s.role for s in g.shapes] for g in prop_groups(camera, ["wall", "mat"], PLACE)
    }
    assert roles == {"wall": ["prop"], "mat": ["mat"]}


def test_the_foam_roller_and_the_towel_roll_lie_across_the_body_on_the_floor() -> None:
    top = math.sin(math.radians(80))  # the highest of 18 points round the roll
    roller = (
        ROLLER_X - ROLLER_RADIUS,
        round(ROLLER_RADIUS * (1 - top), 2),
        ROLLER_X + ROLLER_RADIUS,
    )
    assert ROLLER_X == -40.0 and ROLLER_RADIUS == 7.5 and TOWEL_RADIUS == 4.5
    assert prop_boxes("foam-roller", "side") == [(*roller, round(ROLLER_RADIUS * (1 + top), 2))]
    assert prop_boxes("foam-roller", "front") == [
        (-38.0, round(7.5 * (1 - top), 2), 38.0, round(7.5 * (1 + top), 2))
    ]
    assert prop_boxes("towel-roll", "side") == [
        (-44.5, round(4.5 * (1 - top), 2), -35.5, round(4.5 * (1 + top), 2))
    ]
    assert prop_boxes("towel-roll", "front") == [
        (-26.0, round(4.5 * (1 - top), 2), 26.0, round(4.5 * (1 + top), 2))
    ]
    camera = Camera(VIEW_CAMERAS["side"])
    groups = prop_groups(camera, ["towel-roll", "foam-roller"], PLACE)
    assert [(g.name, [s.role for s in g.shapes]) for g in groups] == [
        ("towel-roll", ["towel"]),
        ("foam-roller", ["prop"]),
    ]
    # a round roll: all 18 points of its end show from the side
    assert len(groups[1].shapes[0].points) == 18


def test_the_floor_is_no_prop_of_its_own() -> None:
    camera = Camera(VIEW_CAMERAS["side"])
    assert prop_groups(camera, ["floor"], PLACE) == []
    assert [g.name for g in prop_groups(camera, ["mat", "floor", "wall"], PLACE)] == ["mat", "wall"]


def test_a_scene_lists_the_props_before_the_body() -> None:
    camera = Camera(VIEW_CAMERAS["side"])
    props = tuple(prop_groups(camera, ["wall"], PLACE))
    body = tuple(body_groups(camera, posed_body(Pose.of("standing")), NOTHING))
    points = Scene(props, body, 0.0).points()
    wall = list(props[0].shapes[0].points)
    assert points[: len(wall)] == wall
    assert points[len(wall) :] == [p for g in body for s in g.shapes for p in s.points]


# --- the whole figure, as reviewed --------------------------------------------------------------


def drawn(pose: Pose, view: str) -> list[tuple[str, list[tuple[str, float, tuple[float, ...]]]]]:
    """Each group back to front, with each shape's role, area (cm²) and extent (cm)."""
    return [
        (g.name, [(s.role, round(area(s.points), 1), box(s.points)) for s in g.shapes])
        for g in groups_of(pose, view)
    ]


#: The standing figure seen from three-quarter front, as drawn when the pictures were reviewed
#: (docs/screenshots/): torso slices, limbs, the head with its hair and face.
STANDING_THREE_QUARTER = [
    (
        "left-leg",
        [
            ("far", 110.2, (-22.81, 2.24, -4.6, 12.62)),
            ("far", 439.1, (-15.25, 9.8, -4.66, 59.64)),
            ("far", 677.1, (-15.55, 48.76, 0.45, 102.96)),
        ],
    ),
    ("left-arm", [("far", 88.0, (-25.0, 82.27, -16.87, 96.65))]),
    (
        "right-leg",
        [("body", 110.0, (-1.37, -1.82, 16.8, 8.58)), ("body", 440.9, (4.66, 5.84, 15.25, 55.88))],
    ),
    (
        "left-arm",
        [
            ("far", 222.7, (-23.56, 89.97, -11.77, 121.3)),
            ("far", 312.6, (-20.07, 112.99, -8.13, 148.7)),
        ],
    ),
    ("right-leg", [("body", 691.3, (-0.46, 45.0, 15.55, 100.28))]),
    ("neck", [("body", 207.7, (-5.3, 137.25, 5.3, 159.5))]),
    (
        "torso",
        [
            ("body", 383.9, (-12.55, 86.56, 14.39, 104.17)),
            ("body", 402.0, (-12.2, 95.74, 12.82, 114.65)),
            ("body", 461.1, (-13.77, 106.42, 12.54, 127.23)),
            ("body", 455.3, (-15.78, 118.69, 13.32, 137.58)),
            ("body", 444.0, (-15.78, 127.35, 14.03, 145.78)),
        ],
    ),
    ("right-arm", [("body", 89.0, (13.13, 74.95, 20.13, 89.73))]),
    (
        "head",
        [
            ("body", 382.9, (-11.25, 148.29, 9.55, 172.6)),
            ("hair", 89.5, (-8.35, 162.16, 9.58, 172.66)),
            ("skin", 208.9, (-11.42, 151.86, 4.02, 170.01)),
        ],
    ),
    (
        "right-arm",
        [
            ("body", 226.3, (12.3, 82.93, 20.49, 115.29)),
            ("body", 322.0, (8.74, 106.91, 20.68, 143.64)),
        ],
    ),
]

#: Seen from above with the head bowed: the hair on top, little of the face.
BOWED_FROM_ABOVE = [
    ("right-leg", [("body", 132.4, (10.18, -11.7, 16.98, 10.86))]),
    ("left-leg", [("body", 132.4, (-16.98, -11.7, -10.18, 10.86))]),
    ("right-leg", [("body", 286.9, (7.35, 3.03, 17.92, 36.31))]),
    ("left-leg", [("body", 286.9, (-17.92, 3.03, -7.35, 36.31))]),
    ("right-leg", [("body", 462.3, (1.6, 25.47, 18.21, 63.11))]),
    ("left-leg", [("body", 462.3, (-18.21, 25.47, -1.6, 63.11))]),
    ("right-arm", [("body", 72.2, (20.01, 42.26, 27.66, 54.38))]),
    ("left-arm", [("body", 72.2, (-27.66, 42.26, -20.01, 54.38))]),
    ("right-arm", [("body", 169.0, (16.41, 47.68, 26.7, 71.91))]),
    ("left-arm", [("body", 169.0, (-26.7, 47.68, -16.41, 71.91))]),
    ("neck", [("body", 94.2, (-5.3, 78.97, 5.3, 90.5))]),
    (
        "torso",
        [
            ("body", 468.0, (-15.0, 47.07, 15.0, 67.3)),
            ("body", 471.4, (-14.0, 51.58, 14.0, 72.88)),
            ("body", 518.3, (-14.5, 57.8, 14.5, 80.66)),
            ("body", 570.8, (-16.0, 63.29, 16.0, 86.56)),
            ("body", 616.8, (-16.5, 67.23, 16.5, 90.49)),
        ],
    ),
    ("right-arm", [("body", 216.9, (12.16, 63.67, 24.65, 88.71))]),
    ("left-arm", [("body", 216.9, (-24.65, 63.67, -12.16, 88.71))]),
    (
        "head",
        [
            ("body", 334.8, (-10.5, 68.86, 10.5, 89.34)),
            ("hair", 295.6, (-10.09, 70.09, 10.09, 89.04)),
            ("skin", 38.3, (-7.76, 68.6, 7.76, 72.19)),
        ],
    ),
]


def test_the_standing_figure_is_drawn_as_reviewed_from_three_quarter_front() -> None:
    assert drawn(Pose.of("standing"), "three-quarter") == STANDING_THREE_QUARTER


def test_a_bowed_head_seen_from_above_shows_its_hair() -> None:
    assert (
        drawn(Pose.of("standing", {"neck.flex": 40, "head.flex": 30}), "above") == BOWED_FROM_ABOVE
    )


def test_the_head_is_drawn_as_reviewed_in_profile_and_turned() -> None:
    profile = named(groups_of(Pose.of("standing"), "side"), "head")
    assert [(s.role, round(area(s.points), 1), box(s.points)) for s in profile.shapes] == [
        ("body", 385.2, (-8.9, 154.12, 12.29, 177.81)),
        ("hair", 110.4, (-9.0, 162.8, 6.37, 177.92)),
        ("skin", 84.3, (4.84, 157.91, 12.0, 176.51)),
    ]
    turned = named(groups_of(Pose.of("seated", {"neck.turn": 50}), "front"), "head")
    assert [(s.role, round(area(s.points), 1), box(s.points)) for s in turned.shapes] == [
        ("body", 378.1, (-9.34, 110.86, 11.6, 134.41)),
        ("hair", 94.8, (-9.35, 121.41, 6.88, 134.63)),
        ("skin", 188.2, (-1.76, 114.63, 11.65, 132.78)),
    ]


def test_a_head_bowed_until_the_hair_faces_up_is_drawn_as_reviewed() -> None:
    # bowed by 46 degrees and leaning 20 to the side, the hair's middle points nearly straight up
    bowed = Pose.of("standing", {"neck.flex": 26, "head.flex": 20, "neck.bend": 20})
    side = named(groups_of(bowed, "side"), "head")
    assert [(s.role, round(area(s.points), 2), box(s.points)) for s in side.shapes] == [
        ("body", 378.22, (0.31, 148.19, 21.03, 172.44)),
        ("hair", 159.35, (1.09, 161.54, 20.29, 172.44)),
        ("skin", 77.07, (7.28, 151.44, 21.17, 164.66)),
    ]
    turned = named(groups_of(bowed, "three-quarter"), "head")
    assert [(s.role, round(area(s.points), 2), box(s.points)) for s in turned.shapes] == [
        ("body", 362.09, (-12.63, 141.39, 8.2, 164.72)),
        ("hair", 180.03, (-11.2, 151.99, 8.35, 164.76)),
        ("skin", 114.38, (-12.63, 143.76, 3.92, 155.93)),
    ]
