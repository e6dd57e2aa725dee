"""A step's picture: the figure is framed in the middle of the picture with a margin, the motion
arrow runs beside the moving part on the side away from the body, at a readable length, and the
turning arrow goes round the part the way it turns."""

from __future__ import annotations

import math

import pytest

from postureapp.core.pose import Arrow, Frame, Picture, Pose, PoseSpec, ease
from postureapp.core.pose.geometry import Point, bounds, polyline_length
from postureapp.core.pose.picture import (
    SAMPLES,
    Outline,
    _ahead_arrow,
    _circle_through,
    _circling_arrow,
    _clear_arrow,
    _inside,
    _stretch,
    arrow_path,
)
from postureapp.core.pose.postures import neutral


def line(start: Point, end: Point, pieces: int) -> list[Point]:
    return [
        (start[0] + (end[0] - start[0]) * i / pieces, start[1] + (end[1] - start[1]) * i / pieces)
        for i in range(pieces + 1)
    ]


def arc(centre: Point, radius: float, first: float, last: float, pieces: int) -> list[Point]:
    return [
        (
            centre[0] + radius * math.cos(math.radians(first + (last - first) * i / pieces)),
            centre[1] + radius * math.sin(math.radians(first + (last - first) * i / pieces)),
        )
        for i in range(pieces + 1)
    ]


def close(points: tuple[Point, ...] | list[Point]) -> list[Point]:
    return [pytest.approx(p, abs=1e-6) for p in points]  # type: ignore[misc]


# --- mapping a scene into the picture --------------------------------------------------------


def test_a_frame_maps_centimetres_up_to_pixels_down_and_mirrors_on_request() -> None:
    frame = Frame(scale=2.0, left=10.0, top=300.0, width=400.0, height=320.0, mirrored=False)
    assert frame.map((0.0, 0.0)) == (10.0, 300.0)
    assert frame.map((5.0, 20.0)) == (20.0, 260.0)
    mirrored = Frame(2.0, 10.0, 300.0, 400.0, 320.0, mirrored=True)
    assert mirrored.map((5.0, 20.0)) == (380.0, 260.0)


STANDING_REACH = PoseSpec(
    "side",
    Pose.of("standing"),
    Pose.of("standing", {"right_arm.raise": 90}),
    highlight=("right-arm",),
    arrow=("right_hand",),
)


LYING_LIFT = PoseSpec(
    "side",
    Pose.of("lying-on-back"),
    Pose.of("lying-on-back", {"pelvis.lift": 12}),
    arrow=("pelvis",),
    props=("mat",),
)


@pytest.mark.parametrize("spec", [STANDING_REACH, LYING_LIFT], ids=["tall", "wide"])
@pytest.mark.parametrize(("width", "height"), [(472, 315), (200, 400), (300, 300)])
@pytest.mark.parametrize("mirrored", [False, True])
def test_everything_the_picture_shows_is_centred_with_a_margin_on_its_tighter_side(
    spec: PoseSpec, width: int, height: int, mirrored: bool
) -> None:
    picture = Picture(spec)
    left, bottom, right, top = picture.extent()
    frame = picture.frame(width, height, mirrored) if mirrored else picture.frame(width, height)
    assert frame.width == width and frame.height == height and frame.mirrored == mirrored
    (x0, y0), (x1, y1) = frame.map((left, top)), frame.map((right, bottom))
    xs, ys = sorted((x0, x1)), (y0, y1)
    margin = 0.06 * min(width, height)
    # centred both ways
    assert xs[0] == pytest.approx(width - xs[1]) and ys[0] == pytest.approx(height - ys[1])
    # the side that fills the picture keeps exactly the margin, the other at least that much
    assert min(xs[0], ys[0]) == pytest.approx(margin)
    assert xs[0] >= margin - 1e-9 and ys[0] >= margin - 1e-9
    # one scale for both directions: the figure is not stretched
    assert (xs[1] - xs[0]) / (right - left) == pytest.approx((ys[1] - ys[0]) / (top - bottom))


def test_the_extent_covers_the_figure_the_floor_and_the_arrow_with_room_for_its_head() -> None:
    picture = Picture(STANDING_REACH)
    left, bottom, right, top = picture.extent()
    assert picture.extent() is picture.extent()
    assert picture.floor == 0.0
    assert bottom == pytest.approx(-2.0)  # the floor line under the feet
    (arrow,) = picture.arrows
    xs = [p[0] for p in arrow.points]
    ys = [p[1] for p in arrow.points]
    assert left <= min(xs) - 4 and right >= max(xs) + 4 and top >= max(ys) + 4
    figure = [p for t in (0.0, 1.0) for p in picture.scene(t).points()]
    assert top == pytest.approx(max(max(y for _, y in figure), max(ys) + 4))
    assert left == pytest.approx(min(min(x for x, _ in figure), min(xs) - 4))
    assert right == pytest.approx(max(max(x for x, _ in figure), max(xs) + 4))


# --- the arrow beside a moving point ----------------------------------------------------------


def test_an_arrow_runs_beside_a_straight_movement_on_the_side_away_from_the_body() -> None:
    track = line((0.0, 0.0), (30.0, 0.0), 6)
    above = arrow_path(track, away_from=(15.0, -20.0))
    assert list(above) == close([(x, 11.0) for x, _ in track])
    below = arrow_path(track, away_from=(15.0, 20.0))
    assert list(below) == close([(x, -11.0) for x, _ in track])
    # flipped: on the body's side, as far from the path
    assert list(arrow_path(track, (15.0, -20.0), 8.0, flip=True)) == close(
        [(x, -8.0) for x, _ in track]
    )
    upward = arrow_path(line((0.0, 0.0), (0.0, 30.0), 6), away_from=(-20.0, 15.0))
    assert list(upward) == close([(11.0, y) for y in (0, 5, 10, 15, 20, 25, 30)])


def test_a_long_movement_gets_an_arrow_along_its_last_part_only() -> None:
    arrow = arrow_path(line((0.0, 0.0), (100.0, 0.0), 10), away_from=(50.0, -20.0))
    assert list(arrow) == close(
        [(52.0, 11.0), (60.0, 11.0), (70.0, 11.0), (80.0, 11.0), (90.0, 11.0), (100.0, 11.0)]
    )
    exact = arrow_path(line((0.0, 0.0), (96.0, 0.0), 8), away_from=(50.0, -20.0))
    assert list(exact) == close(
        [(48.0, 11.0), (60.0, 11.0), (72.0, 11.0), (84.0, 11.0), (96.0, 11.0)]
    )
    assert polyline_length(exact) == pytest.approx(48.0)


def test_a_small_movement_gets_an_arrow_long_enough_to_read() -> None:
    arrow = arrow_path(line((0.0, 0.0), (10.0, 0.0), 2), away_from=(5.0, -20.0))
    assert list(arrow) == close(
        [(-4.0, 11.0), (0.0, 11.0), (5.0, 11.0), (10.0, 11.0), (14.0, 11.0)]
    )
    slanted = arrow_path([(0.0, 0.0), (3.0, 4.0)], away_from=(10.0, -10.0))
    assert polyline_length(slanted) == pytest.approx(18.0)
    # lengthened along its own direction, both ways alike
    (ax, ay), (bx, by) = slanted[0], slanted[-1]
    assert (bx - ax, by - ay) == pytest.approx((18 * 0.6, 18 * 0.8))
    assert arrow_path([(0.0, 0.0), (1.0, 1.0), (1.5, 1.5)], away_from=(0.0, -10.0)) == ()


def test_an_arrow_follows_a_curving_movement_round_its_centre() -> None:
    track = arc((0.0, 0.0), 20.0, 0.0, 80.0, 8)
    outside = arrow_path(track, away_from=(0.0, 0.0))
    assert [math.hypot(*p) for p in outside] == pytest.approx([31.0] * 9)
    assert outside[0] == pytest.approx((31.0, 0.0)) and outside[-1] == pytest.approx(
        (31 * math.cos(math.radians(80)), 31 * math.sin(math.radians(80)))
    )
    inside = arrow_path(track, (0.0, 0.0), 9.0, flip=True)
    assert [math.hypot(*p) for p in inside[1:-1]] == pytest.approx([11.0] * 9)
    # a tighter curve leaves no room inside it for the arrow
    assert arrow_path(arc((0.0, 0.0), 15.0, 0.0, 80.0, 8), (0.0, 0.0), 11.0, flip=True) == ()
    assert arrow_path(arc((0.0, 0.0), 15.0, 0.0, 80.0, 8), (0.0, 0.0), 10.0, flip=True) != ()
    # up to seven tenths of the radius in, it fits
    half_circle = [(10.0, 0.0), (0.0, 10.0), (-10.0, 0.0)]
    assert [math.hypot(*p) for p in arrow_path(half_circle, (0.0, 0.0), 7.0, flip=True)][
        1:-1
    ] == pytest.approx([3.0] * 3)


def test_a_gently_curving_movement_gets_a_straight_arrow() -> None:
    # a flat arc (its bulge under an eighth of its chord) is drawn as if straight: shifted as a
    # whole, straight out from its middle (the arc is turned 30 degrees, its bulge up-left)
    flat = arc((105.0, -3.0), 40.0, 98.0, 142.0, 8)
    bulge = 40.0 * (1 - math.cos(math.radians(22)))
    assert 0.09 < bulge / math.dist(flat[0], flat[-1]) < 0.12
    shifted = arrow_path(flat, away_from=(105.0, -3.0))
    out = (11 * math.cos(math.radians(120)), 11 * math.sin(math.radians(120)))
    moves = [(a[0] - b[0], a[1] - b[1]) for a, b in zip(shifted, flat, strict=True)]
    assert moves == [pytest.approx(out)] * 9
    # a bulge of just 12 % of the chord is still straight
    assert arrow_path([(0.0, 0.0), (5.0, -1.2), (10.0, 0.0)], (5.0, 10.0))[1:-1] == (
        (0.0, -11.0),
        (5.0, -12.2),
        (10.0, -11.0),
    )
    # a rounder one (its bulge over an eighth) is followed round its centre
    rounder = arc((5.0, -3.0), 25.0, 85.0, 155.0, 8)
    circled = arrow_path(rounder, away_from=(5.0, -3.0))
    assert [math.dist(p, (5.0, -3.0)) for p in circled] == pytest.approx([36.0] * 9)


def test_a_movement_round_a_corner_is_drawn_round_the_circle_through_its_ends_and_middle() -> None:
    track = [(0.0, 0.0), (10.0, 0.0), (20.0, 0.0), (20.0, 10.0), (20.0, 20.0)]
    centre = (10.0, 10.0)  # of the circle through the first, middle (the corner) and last points

    def out(p: Point) -> Point:
        size = math.dist(p, centre)
        return (p[0] + (p[0] - centre[0]) / size * 11, p[1] + (p[1] - centre[1]) / size * 11)

    arrow = arrow_path(track, away_from=centre)
    # the last 48 cm of it
    assert list(arrow[1:]) == close([out(p) for p in track[2:]])
    assert polyline_length(arrow) == pytest.approx(48.0)


def test_a_movement_of_two_and_a_half_centimetres_gets_an_arrow() -> None:
    assert len(arrow_path([(0.0, 0.0), (2.5, 0.0)], (1.0, -5.0))) == 4
    assert arrow_path([(0.0, 0.0), (2.4, 0.0)], (1.0, -5.0)) == ()


# --- arrows of whole steps -----------------------------------------------------------------------


def track_of(spec: PoseSpec, point: str) -> list[Point]:
    picture = Picture(spec)
    return [picture.camera.flat(picture.motion.body(i / 10).point(point)) for i in range(11)]


def test_an_arrow_ahead_starts_where_the_movement_ends_and_points_on() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("standing"),
        Pose.of("standing", {"right_arm.raise": 90}),
        arrow=("right_hand",),
        arrow_ahead=True,
    )
    (arrow,) = Picture(spec).arrows
    track = track_of(spec, "right_hand")
    (x0, y0), (x1, y1) = track[0], track[-1]
    size = math.dist(track[0], track[-1])
    way = ((x1 - x0) / size, (y1 - y0) / size)
    assert size > 48
    # 48 cm long at most, in four equal pieces, along the way the hand went
    assert polyline_length(arrow.points) == pytest.approx(48.0)
    assert [
        math.dist(a, b) for a, b in zip(arrow.points[:-1], arrow.points[1:], strict=True)
    ] == pytest.approx([12.0] * 4)
    (ax, ay), (bx, by) = arrow.points[0], arrow.points[-1]
    assert ((bx - ax) / 48, (by - ay) / 48) == pytest.approx(way)
    # starting past the end of the movement, on its line
    lead = (ax - x1) * way[0] + (ay - y1) * way[1]
    assert 0 <= lead <= 24 and lead % 3 == pytest.approx(0, abs=1e-6)
    assert (ax - x1) * way[1] - (ay - y1) * way[0] == pytest.approx(0, abs=1e-6)
    assert not arrow.both_ways


def test_a_small_movement_ahead_still_gets_a_readable_arrow() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("standing"),
        Pose.of("standing", {"right_arm.raise": 1.5}),
        arrow=("right_hand",),
        arrow_ahead=True,
    )
    track = track_of(spec, "right_hand")
    assert 1.0 < math.dist(track[0], track[-1]) < 2.0
    (arrow,) = Picture(spec).arrows
    (ax, ay), (bx, by) = arrow.points[0], arrow.points[-1]
    assert math.dist((ax, ay), (bx, by)) == pytest.approx(18.0)
    assert bx - ax > 17  # forward, as the hand goes


def test_a_point_that_does_not_move_gets_no_arrow() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("standing"),
        Pose.of("standing", {"right_arm.raise": 90}),
        arrow=("left_ankle",),
    )
    assert Picture(spec).arrows == ()
    assert Picture(PoseSpec(**{**spec.__dict__, "arrow_ahead": True})).arrows == ()


def test_where_the_floor_blocks_the_way_ahead_the_arrow_pushes_from_the_other_side() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("lying-on-back", {"pelvis.lift": 12}),
        Pose.of("lying-on-back"),
        arrow=("pelvis",),
        arrow_ahead=True,
    )
    track = track_of(spec, "pelvis")
    picture = Picture(spec)
    (arrow,) = picture.arrows
    assert track[0][1] > track[-1][1]  # the pelvis goes down to the floor
    # an arrow 18 cm long, straight down at the pelvis from above it, clear of the body
    assert list(arrow.points) == close(
        [(track[0][0], track[0][1] + 30.0 - 4.5 * i) for i in range(5)]
    )


def test_a_movement_beside_the_body_gets_an_arrow_that_keeps_off_it() -> None:
    (arrow,) = Picture(STANDING_REACH).arrows
    assert [tuple(round(c, 2) for c in p) for p in arrow.points] == [
        (54.75, 105.44),
        (57.73, 109.54),
        (62.63, 119.09),
        (65.97, 129.29),
        (67.68, 139.89),
        (67.7, 150.62),
    ]


def test_a_curving_movement_shows_its_own_path_enlarged_round_its_middle() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("seated"),
        Pose.of("seated", {"shoulders.shrug": 7}),
        via=Pose.of("seated", {"shoulders.reach": 6, "shoulders.shrug": 4}),
        arrow=("right_shoulder",),
        repeat=True,
    )
    track = track_of(spec, "right_shoulder")
    (arrow,) = Picture(spec).arrows
    assert arrow.both_ways
    k = 30.0 / polyline_length(track)
    assert k > 1
    cx, cy = sum(x for x, _ in track) / 11, sum(y for _, y in track) / 11
    assert list(arrow.points) == close([(cx + (x - cx) * k, cy + (y - cy) * k) for x, y in track])
    assert polyline_length(arrow.points) == pytest.approx(30.0)


def test_a_long_curving_movement_is_shown_at_its_own_size() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("standing"),
        Pose.of("standing", {"right_arm.raise": 170}),
        via=Pose.of("standing", {"right_arm.raise": 90, "right_arm.spread": 40}),
        arrow=("right_hand",),
        both_ways=True,
    )
    (arrow,) = Picture(spec).arrows
    assert arrow.both_ways
    assert list(arrow.points) == close(track_of(spec, "right_hand"))


@pytest.mark.parametrize("turn", [65.0, -65.0])
def test_a_head_turn_gets_an_arrow_round_the_head_the_way_it_turns(turn: float) -> None:
    spec = PoseSpec(
        "front", Pose.of("seated"), Pose.of("seated", {"neck.turn": turn}), turn=("head",)
    )
    picture = Picture(spec)
    (arrow,) = picture.arrows
    body = picture.motion.body(0.0)
    neck, chin = body.points["neck"], body.points["chin"]
    cy = neck[1] + (chin[1] - neck[1]) * 0.3
    cz = neck[2] + (chin[2] - neck[2]) * 0.3
    # from a quarter of the way back to the full turn and a third more, 17 cm round the neck;
    # seen from the front its near part (in front of the face) lies lower
    sweep = 1.3 * turn
    expected = []
    for i in range(13):
        a = math.radians(-0.25 * sweep + 1.25 * sweep * i / 12)
        expected.append((cz + 17 * math.sin(a), cy - 0.35 * 17 * math.cos(a)))
    assert list(arrow.points) == close(expected)
    assert not arrow.both_ways


def test_a_small_head_turn_gets_a_readable_arrow_and_a_tiny_one_none() -> None:
    small = PoseSpec(
        "front", Pose.of("seated"), Pose.of("seated", {"neck.turn": 20}), turn=("head",)
    )
    (arrow,) = Picture(small).arrows
    body = Picture(small).motion.body(0.0)
    cz = body.points["neck"][2] + (body.points["chin"][2] - body.points["neck"][2]) * 0.3
    # at least 70 degrees of arc, whatever the turn
    xs = [p[0] - cz for p in arrow.points]
    assert xs[0] == pytest.approx(17 * math.sin(math.radians(-17.5)))
    assert xs[-1] == pytest.approx(17 * math.sin(math.radians(70)))
    tiny = PoseSpec("front", Pose.of("seated"), Pose.of("seated", {"neck.turn": 4}), turn=("head",))
    assert Picture(tiny).arrows == ()
    # from a turn of 5 degrees on, it shows
    five = PoseSpec("front", Pose.of("seated"), Pose.of("seated", {"neck.turn": 5}), turn=("head",))
    assert len(Picture(five).arrows) == 1


def test_a_chest_turn_gets_a_wide_arrow_round_the_middle_of_the_back() -> None:
    spec = PoseSpec(
        "front", Pose.of("seated"), Pose.of("seated", {"thoracic.turn": 40}), turn=("chest",)
    )
    picture = Picture(spec)
    (arrow,) = picture.arrows
    body = picture.motion.body(0.0)
    waist, chest, back = body.points["waist"], body.points["chest"], body.points["upper_back"]
    middle = [(w + (c + b) / 2) / 2 for w, c, b in zip(waist, chest, back, strict=True)]
    sweep = 70.0
    expected = []
    for i in range(13):
        a = math.radians(-0.25 * sweep + 1.25 * sweep * i / 12)
        expected.append((middle[2] + 29 * math.sin(a), middle[1] - 0.35 * 29 * math.cos(a)))
    assert list(arrow.points) == close(expected)


# --- props, the floor and close-ups ---------------------------------------------------------------


def test_the_props_stand_where_the_postures_put_them() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("standing"),
        Pose.of("standing", {"right_arm.raise": 90}),
        props=("wall", "mat", "chair"),
    )
    picture = Picture(spec)
    props = {g.name: g for g in picture.scene(0.0).props}
    standing = neutral("standing").body
    back = min(s.centre[0] - s.depth for s in standing.sections)
    # the wall 1 cm behind the standing figure's back
    assert bounds(props["wall"].shapes[0].points)[2] == pytest.approx(back - 1.0)
    # the mat 14 cm beyond every joint the figure reaches while it moves
    xs = [p[0] for t in SAMPLES for p in picture.motion.body(t).points.values()]
    left, _, right, _ = bounds(props["mat"].shapes[0].points)
    assert (left, right) == pytest.approx((min(xs) - 14, max(xs) + 14))
    # the chair's seat 7.6 cm under where the seated figure's pelvis sits
    seat = neutral("seated").root
    assert bounds(props["chair"].shapes[-1].points)[3] == pytest.approx(seat[1] - 7.6)
    assert bounds(props["chair"].shapes[-1].points)[2] == pytest.approx(seat[0] + 19.0)


def test_a_prop_taken_away_fades_out_and_one_brought_in_fades_in() -> None:
    spec = PoseSpec(
        "side",
        Pose("lying-on-back", props=("towel-roll", "mat")),
        Pose("lying-on-back", (("pelvis.lift", 8.0),), props=("mat", "foam-roller")),
        props=("mat",),
    )
    picture = Picture(spec)

    def opacities(t: float) -> dict[str, float]:
        return {g.name: g.opacity for g in picture.scene(t).props}

    assert opacities(0.0) == {"towel-roll": 1.0, "mat": 1.0, "foam-roller": 0.0}
    assert opacities(1.0) == {"towel-roll": 0.0, "mat": 1.0, "foam-roller": 1.0}
    quarter = opacities(0.25)
    assert quarter["towel-roll"] == pytest.approx(1 - ease(0.25))
    assert quarter["foam-roller"] == pytest.approx(ease(0.25))
    assert quarter["mat"] == 1.0
    # the step's own props stand when the poses name none of their own
    kept = Picture(PoseSpec("side", Pose.of("seated"), Pose.of("seated"), props=("chair",)))
    assert [(g.name, g.opacity) for g in kept.scene(0.5).props] == [("chair", 1.0)]


def test_the_floor_is_a_line_only_when_seen_from_level() -> None:
    def floor(view: str) -> float | None:
        return Picture(PoseSpec(view, Pose.of("standing"), Pose.of("standing"))).floor

    assert floor("side") == 0.0 and floor("front") == 0.0
    assert floor("three-quarter") is None and floor("above") is None
    side = Picture(PoseSpec("side", Pose.of("standing"), Pose.of("standing")))
    assert side.scene(0.0).floor == 0.0 and side.scene(1.0).floor == 0.0
    picture = Picture(PoseSpec("above", Pose.of("standing"), Pose.of("standing")))
    assert picture.scene(0.0).floor is None
    # no room kept under the feet for a floor that is not drawn
    figure = picture.scene(0.0).points()
    assert picture.extent()[1] == pytest.approx(min(y for _, y in figure))


def test_a_close_up_shows_the_figure_from_just_under_the_waist() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("seated", {"neck.flex": 30}),
        Pose.of("seated"),
        close_up=True,
        props=("chair",),
    )
    picture = Picture(spec)
    left, bottom, right, top = picture.extent()
    waists = [picture.camera.flat(picture.motion.body(t).points["waist"])[1] for t in SAMPLES]
    assert bottom == pytest.approx(min(waists) - 4.0)
    shown = [p for t in SAMPLES for p in picture.scene(t).points() if p[1] >= bottom]
    assert (left, right, top) == pytest.approx(
        (min(x for x, _ in shown), max(x for x, _ in shown), max(y for _, y in shown))
    )
    whole = Picture(PoseSpec(**{**spec.__dict__, "close_up": False})).extent()
    assert whole[1] == pytest.approx(-2.0) and whole[3] == pytest.approx(top)


def test_a_lifted_pelvis_gets_an_upward_arrow_just_clear_of_the_lying_body() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("lying-on-back"),
        Pose.of("lying-on-back", {"pelvis.lift": 12}),
        arrow=("pelvis",),
    )
    track = track_of(spec, "pelvis")
    assert track[0] == pytest.approx((0.0, 16.0)) and track[-1] == pytest.approx((0.0, 28.0))
    (arrow,) = Picture(spec).arrows
    # 12 cm of lift, drawn 18 cm long: 3 cm more at each end, 29 cm out toward the thighs
    assert list(arrow.points) == close(
        [(29.0, 13.0), *((29.0, 16.0 + 1.2 * i) for i in range(11)), (29.0, 31.0)]
    )


def test_a_tiny_circling_movement_still_gets_its_arrow() -> None:
    spec = PoseSpec(
        "side",
        Pose.of("seated"),
        Pose.of("seated", {"shoulders.shrug": 0.8}),
        via=Pose.of("seated", {"shoulders.reach": 0.8, "shoulders.shrug": 0.4}),
        arrow=("right_shoulder",),
    )
    assert 1.0 < polyline_length(track_of(spec, "right_shoulder")) < 2.0
    (arrow,) = Picture(spec).arrows
    assert polyline_length(arrow.points) == pytest.approx(30.0)
    still = PoseSpec(**{**spec.__dict__, "arrow": ("left_ankle",)})
    assert Picture(still).arrows == ()


def test_a_breath_fills_the_chest_in_the_picture() -> None:
    picture = Picture(PoseSpec("side", Pose.of("seated"), Pose.of("seated")))
    calm, deep = picture.scene(0.5), picture.scene(0.5, breath=1.0)
    calm_torso = next(g for g in calm.body if g.name == "torso")
    deep_torso = next(g for g in deep.body if g.name == "torso")
    # the upper back and shoulders fill out forward and back; the pelvis stays as it is
    for piece in (-1, -2):
        calm_left, _, calm_right, _ = bounds(calm_torso.shapes[piece].points)
        deep_left, _, deep_right, _ = bounds(deep_torso.shapes[piece].points)
        assert deep_right > calm_right + 0.3 and deep_left < calm_left - 0.3
    assert deep_torso.shapes[0] == calm_torso.shapes[0]


def test_a_short_movement_is_enough_for_an_arrow_and_a_tightly_curving_one_too() -> None:
    assert polyline_length(arrow_path(line((0.0, 0.0), (3.0, 0.0), 3), (1.5, -5.0))) == (
        pytest.approx(18.0)
    )
    # inside a small curve, the arrow left there is shorter than a centimetre: still lengthened
    small = arc((0.0, 0.0), 3.0, 0.0, 55.0, 8)
    inside = arrow_path(small, (0.0, 0.0), 2.05, flip=True)
    assert polyline_length(inside) == pytest.approx(18.0)


def test_a_movement_that_goes_out_and_nearly_back_is_drawn_round_its_bend() -> None:
    # up 1.25 cm and back down beside where it began: the arrow goes round the circle through
    # its ends and its middle, 11 cm outside it
    track = [(0.0, 0.0), (0.0, 1.25), (0.3, 0.0)]
    centre = (0.15, 0.625)
    radius = math.dist(centre, track[0])
    arrow = arrow_path(track, away_from=(0.15, -20.0))
    assert [math.dist(centre, p) for p in arrow] == pytest.approx([radius + 11.0] * 3)


def test_a_circling_movement_of_one_centimetre_is_enough_for_an_arrow() -> None:
    # the smallest path that gets one, enlarged to 30 cm round its middle
    assert _circling_arrow([(0.0, 0.0), (1.0, 0.0)]) == ((-14.5, 0.0), (15.5, 0.0))
    assert _circling_arrow([(0.0, 0.0), (0.5, 0.0), (0.75, 0.0)]) == ()


def square(left: float, bottom: float, right: float, top: float) -> Outline:
    """A counter-clockwise box, standing for a part of the body in the arrow's way."""
    return Outline([(left, bottom), (right, bottom), (right, top), (left, top)])


def test_an_arrow_ahead_starts_just_past_what_is_in_its_way() -> None:
    track = [(0.0, 0.0), (5.0, 0.0), (10.0, 0.0)]
    # free ahead: it starts where the movement ends
    assert _ahead_arrow(track, [], None) == tuple((10.0 + 4.5 * i, 0.0) for i in range(5))
    # a part up to 4.2 cm past the end: the arrow keeps 2.5 cm from it, in steps of 3 cm
    (start, *_) = _ahead_arrow(track, [square(10.0, -5.0, 14.2, 5.0)], None)
    assert start == pytest.approx((19.0, 0.0))
    # blocked for more than 24 cm ahead: it pushes from behind instead, ending at the start
    blocked = _ahead_arrow(track, [square(10.0, -5.0, 34.4, 5.0)], None)
    assert blocked == tuple((-18.0 + 4.5 * i, 0.0) for i in range(5))
    # the floor blocks the way down: the arrow pushes down onto where the movement starts
    down = [(0.0, 10.0), (0.0, 5.0)]
    assert _ahead_arrow(down, [], 0.0) == tuple((0.0, 28.0 - 4.5 * i) for i in range(5))
    # along the floor, an arrow 3 cm above it is fine and one lower is not
    assert len(_ahead_arrow([(0.0, 3.0), (10.0, 3.0)], [], 0.0)) == 5
    assert _ahead_arrow([(0.0, 2.9), (10.0, 2.9)], [], 0.0) == ()


def test_an_arrow_ahead_needs_a_movement_of_a_centimetre() -> None:
    assert _ahead_arrow([(0.0, 0.0), (1.0, 0.0)], [], None) == tuple(
        (1.0 + 4.5 * i, 0.0) for i in range(5)
    )
    assert _ahead_arrow([(0.0, 0.0), (0.9, 0.0)], [], None) == ()


def test_an_arrow_of_just_the_readable_length_is_kept_as_it_is() -> None:
    track = [(0.0, 0.0), (9.0, 0.0), (18.0, 0.0)]
    assert arrow_path(track, away_from=(9.0, -10.0)) == ((0.0, 11.0), (9.0, 11.0), (18.0, 11.0))
    # only a path of no length at all is left unlengthened (it has no direction)
    assert _stretch([(0.0, 0.0), (0.0, 0.0)], 18.0) == [(0.0, 0.0), (0.0, 0.0)]
    assert polyline_length(_stretch([(0.0, 0.0), (1e-6, 0.0)], 18.0)) == pytest.approx(18.0)


def test_three_points_make_a_circle_unless_they_lie_on_a_line() -> None:
    assert _circle_through((0.0, 0.0), (2.0, 0.0), (4.0, 0.0)) is None
    assert _circle_through((0.0, 0.0), (2.0, 2.0), (4.0, 0.0)) == pytest.approx((2.0, 0.0))
    # however flat, a bend that is there gives its (far) centre
    assert _circle_through((0.0, 0.0), (0.5, 0.0), (0.0, 1e-9)) is not None


def test_an_arrow_beside_takes_the_nearest_place_clear_of_the_body() -> None:
    track = line((0.0, 0.0), (30.0, 0.0), 6)
    below = (15.0, -30.0)
    # a part round the path, from 9 cm under it to 12 cm over it: the arrow goes out in steps
    # of 3 cm, trying the outer side (away from the body) first, until it keeps 2.5 cm off it
    assert {round(y, 6) for _, y in _clear_arrow(track, below, [square(-5, -30, 35, 0)], None)} == {
        8.0
    }
    assert {round(y, 6) for _, y in _clear_arrow(track, below, [square(-5, -3, 35, 12)], None)} == {
        -8.0
    }
    assert {round(y, 6) for _, y in _clear_arrow(track, below, [square(-5, -9, 35, 12)], None)} == {
        -14.0
    }
    # no place clear within 41 cm: the nearest arrow, 8 cm out, however it meets the body
    wall = square(-5.0, -100.0, 35.0, 41.4)
    assert {round(y, 6) for _, y in _clear_arrow(track, below, [wall], None)} == {8.0}
    # the floor counts too: an arrow under the path would be 3 cm above it at least
    low = line((0.0, 10.0), (30.0, 10.0), 6)
    assert {round(y, 6) for _, y in _clear_arrow(low, (15.0, 40.0), [], 0.0)} == {18.0}
    assert {round(y, 6) for _, y in _clear_arrow(low, (15.0, 40.0), [], None)} == {2.0}
    # a path too short for an arrow: none
    assert _clear_arrow([(0.0, 0.0), (1.0, 0.0)], below, [], None) == ()


@pytest.mark.parametrize(
    ("away_from", "side"),
    [
        ((26.0, 34.0), 1),  # just right of the middle of the way: the arrow goes on its left
        ((25.3536, 34.6464), 1),  # half a centimetre right of it
        ((24.0, 36.0), -1),  # just left of it: the arrow goes on its right
        ((0.0, 10.0), 1),  # on the line of the way itself: on its left
    ],
)
def test_a_slanting_movement_gets_its_arrow_on_the_side_away_from_the_body(
    away_from: Point, side: int
) -> None:
    track = line((10.0, 20.0), (40.0, 50.0), 3)
    left = (-math.sqrt(0.5), math.sqrt(0.5))  # of the way from (10, 20) to (40, 50)
    arrow = arrow_path(track, away_from)
    assert list(arrow) == close(
        [(x + side * 11 * left[0], y + side * 11 * left[1]) for x, y in track]
    )


def test_a_point_counts_as_on_a_part_within_two_and_a_half_centimetres_of_it() -> None:
    # a thin part with a sharp tip at (20, 0), like a forearm seen end on
    tip = Outline([(0.0, -1.0), (20.0, 0.0), (0.0, 1.0)])
    assert _inside((10.0, 0.0), tip, 2.5)
    # 2.5 cm off its back edge, its bottom and its top, and in front of its tip: just on it
    assert _inside((-2.5, 0.0), tip, 2.5)
    assert _inside((-1.0, 0.0), tip, 2.5)
    assert _inside((0.0, -3.5), tip, 2.5) and _inside((0.0, 3.5), tip, 2.5)
    assert _inside((22.5, 0.0), tip, 2.5)
    # further out: off it, even straight past the sharp tip, where the sides' margins still meet
    assert not _inside((-2.6, 0.0), tip, 2.5)
    assert not _inside((23.0, 0.0), tip, 2.5)
    assert not _inside((0.0, -3.6), tip, 2.5) and not _inside((0.0, 3.6), tip, 2.5)
    assert not _inside((10.0, 4.0), tip, 2.5)


def test_the_picture_keeps_room_for_an_arrow_head_round_every_point_of_an_arrow() -> None:
    picture = Picture(PoseSpec("above", Pose.of("standing"), Pose.of("standing")))
    picture.arrows = (Arrow(((-300.0, -250.0), (310.0, 320.0)), both_ways=False),)
    assert picture.extent() == (-304.0, -254.0, 314.0, 324.0)


def test_the_body_is_avoided_from_the_middle_of_its_outline() -> None:
    picture = Picture(STANDING_REACH)
    assert picture._centre([(0.0, 0.0, 5.0), (10.0, 40.0, -5.0), (4.0, 2.0, 0.0)]) == (5.0, 20.0)


def test_a_turn_done_again_and_again_gets_arrowheads_at_both_ends() -> None:
    spec = PoseSpec(
        "front",
        Pose.of("seated"),
        Pose.of("seated", {"neck.turn": 40}),
        turn=("head",),
        repeat=True,
    )
    (arrow,) = Picture(spec).arrows
    assert arrow.both_ways


def test_a_hand_lifted_low_over_the_floor_gets_its_arrow_above_the_floor() -> None:
    # the bird dog's reaching hand, seen from the side: its arrow bends clear of the floor line
    spec = PoseSpec(
        "side",
        Pose.of(
            "all-fours",
            {
                "right_arm.raise": 172,
                "right_elbow.bend": 0,
                "right_wrist.bend": 0,
                "neck.flex": -18,
            },
        ),
        Pose.of("all-fours"),
        highlight=("right-arm",),
        arrow=("right_hand",),
        props=("mat",),
    )
    picture = Picture(spec)
    assert picture.floor == 0.0
    (arrow,) = picture.arrows
    assert min(y for _, y in arrow.points) >= picture.floor + 3.0


def test_a_straight_arrow_goes_on_the_side_away_from_where_the_body_ends_up() -> None:
    # tilting the lying pelvis lifts it straight up while the figure's middle moves from the
    # head's side of it to the knees' side: the arrow goes on the head's side, clear of the end
    spec = PoseSpec(
        "side",
        Pose.of("lying-on-back"),
        Pose.of("lying-on-back", {"pelvis.tilt": -40}),
        arrow=("pelvis",),
    )
    picture = Picture(spec)
    track = track_of(spec, "pelvis")
    assert all(x == pytest.approx(0.0, abs=1e-6) for x, _ in track)
    start_left, _, start_right, _ = bounds(picture.scene(0.0).points())
    end_left, _, end_right, _ = bounds(picture.scene(1.0).points())
    assert (start_left + start_right) / 2 < 0.0 < (end_left + end_right) / 2
    (arrow,) = picture.arrows
    assert all(x == pytest.approx(-8.0) for x, _ in arrow.points)
