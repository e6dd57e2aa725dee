"""The figure's geometry: vectors, rotations about the body's axes, and the flat outlines the
limbs and the torso are drawn with (x forward, y up, z to the figure's right, in cm)."""

from __future__ import annotations

import math

import pytest

from postureapp.core.pose.geometry import (
    IDENTITY,
    add,
    apply,
    blend_frames,
    bounds,
    capsule,
    circle_points,
    column,
    convex_hull,
    cross,
    dot,
    length,
    matmul,
    mix,
    orthonormal,
    polyline_length,
    rot_x,
    rot_y,
    rot_z,
    scale,
    sub,
    unit,
)

Mat3 = tuple[tuple[float, float, float], ...]


def close(found: tuple[float, ...], expected: tuple[float, ...], tolerance: float = 1e-9) -> bool:
    return len(found) == len(expected) and all(
        abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True)
    )


def close_rows(found: Mat3, expected: Mat3) -> bool:
    return len(found) == len(expected) and all(
        close(a, b) for a, b in zip(found, expected, strict=True)
    )


def test_vectors_add_subtract_scale_and_multiply_component_by_component() -> None:
    assert add((1.0, 2.0, 3.0), (10.0, 20.0, 30.0)) == (11.0, 22.0, 33.0)
    assert sub((10.0, 20.0, 30.0), (1.0, 2.0, 3.0)) == (9.0, 18.0, 27.0)
    assert scale((1.0, -2.0, 3.0), 2.5) == (2.5, -5.0, 7.5)
    assert dot((1.0, 2.0, 3.0), (4.0, -5.0, 6.0)) == 12.0
    assert cross((1.0, 2.0, 3.0), (4.0, 5.0, 6.0)) == (-3.0, 6.0, -3.0)
    # forward cross up is the figure's right
    assert cross((1.0, 0.0, 0.0), (0.0, 1.0, 0.0)) == (0.0, 0.0, 1.0)


def test_length_direction_and_a_point_part_way_between_two_others() -> None:
    assert length((2.0, 3.0, 6.0)) == 7.0
    assert unit((0.0, 3.0, 4.0)) == pytest.approx((0.0, 0.6, 0.8))
    assert unit((0.0, 0.0, 0.5)) == (0.0, 0.0, 1.0)
    # a vector too short to have a direction has none
    assert unit((0.0, 0.0, 0.0)) == (0.0, 0.0, 0.0)
    assert unit((1e-9, 0.0, 0.0)) == (0.0, 0.0, 0.0)
    assert unit((2e-9, 0.0, 0.0)) == pytest.approx((1.0, 0.0, 0.0))
    assert mix((0.0, 10.0, -4.0), (8.0, 30.0, 4.0), 0.25) == (2.0, 15.0, -2.0)


def test_a_matrix_turns_a_vector_and_matrices_chain_in_order() -> None:
    m = ((1.0, 2.0, 3.0), (4.0, 5.0, 6.0), (7.0, 8.0, 10.0))
    n = ((2.0, 0.0, 1.0), (1.0, 3.0, 0.0), (0.0, 1.0, 4.0))
    assert apply(m, (1.0, -1.0, 2.0)) == (5.0, 11.0, 19.0)
    assert matmul(m, n) == ((4.0, 9.0, 13.0), (13.0, 21.0, 28.0), (22.0, 34.0, 47.0))
    assert matmul(n, m) == ((9.0, 12.0, 16.0), (13.0, 17.0, 21.0), (32.0, 37.0, 46.0))
    assert matmul(IDENTITY, m) == m
    assert column(m, 0) == (1.0, 4.0, 7.0)
    assert column(m, 2) == (3.0, 6.0, 10.0)


def test_each_rotation_turns_one_axis_toward_the_next() -> None:
    c, s = math.sqrt(3) / 2, 0.5  # 30 degrees
    assert close_rows(rot_x(30.0), ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c)))
    assert close_rows(rot_y(30.0), ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c)))
    assert close_rows(rot_z(30.0), ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0)))
    # a quarter turn: up becomes right (x), right becomes forward (y), forward becomes up (z)
    assert close(apply(rot_x(90.0), (0.0, 1.0, 0.0)), (0.0, 0.0, 1.0))
    assert close(apply(rot_y(90.0), (0.0, 0.0, 1.0)), (1.0, 0.0, 0.0))
    assert close(apply(rot_z(90.0), (1.0, 0.0, 0.0)), (0.0, 1.0, 0.0))


def test_a_frame_is_made_square_from_two_directions() -> None:
    frame = orthonormal((2.0, 1.0, 0.0), (0.0, 3.0, 0.0))
    assert close_rows(frame, IDENTITY)
    tilted = orthonormal((1.0, 1.0, 0.0), (-1.0, 1.0, 0.0))
    r = math.sqrt(0.5)
    assert close_rows(tilted, ((r, -r, 0.0), (r, r, 0.0), (0.0, 0.0, 1.0)))


def test_a_frame_between_two_others_is_half_way_unless_told_otherwise() -> None:
    assert close_rows(blend_frames(rot_z(0.0), rot_z(60.0)), rot_z(30.0))
    assert close_rows(blend_frames(rot_x(0.0), rot_x(60.0)), rot_x(30.0))
    assert close_rows(blend_frames(rot_z(0.0), rot_z(90.0), 0.0), IDENTITY)
    assert close_rows(blend_frames(rot_z(0.0), rot_z(90.0), 1.0), rot_z(90.0))


def test_an_outline_goes_round_the_outermost_points_counter_clockwise() -> None:
    square = [(0.0, 0.0), (4.0, 4.0), (0.0, 4.0), (4.0, 0.0)]
    inside_and_on_edges = [(2.0, 2.0), (2.0, 0.0), (4.0, 2.0), (1.0, 3.0), (0.0, 0.0)]
    hull = convex_hull(square + inside_and_on_edges)
    assert hull == ((0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0))
    assert convex_hull([(3.0, 1.0), (1.0, 2.0), (2.0, 5.0)]) == ((1.0, 2.0), (3.0, 1.0), (2.0, 5.0))
    assert convex_hull([(1.0, 1.0), (1.0, 1.0)]) == ((1.0, 1.0),)
    assert convex_hull([(5.0, 1.0), (1.0, 1.0)]) == ((1.0, 1.0), (5.0, 1.0))
    assert convex_hull([]) == ()


def test_a_small_outline_keeps_every_corner_and_drops_points_along_its_edges() -> None:
    corners = [(-1, 2), (0, 0), (2, -1), (4, 0), (5, 2), (4, 4), (2, 5), (0, 4)]
    on_edges = [(1, -0.5), (3, 4.5), (-0.5, 3), (4.5, 1)]
    inside = [(2, 2), (1, 3), (3, 1)]

    def placed(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        # half size, away from the origin: every corner turns by less than one unit
        return [(10.0 + x / 2, 20.0 + y / 2) for x, y in points]

    hull = convex_hull(placed(inside + on_edges + corners))
    assert hull == tuple(placed(corners))


def test_a_joint_is_drawn_as_a_circle_of_fourteen_points() -> None:
    points = circle_points((10.0, -5.0), 2.0)
    assert len(points) == 14
    assert points[0] == (12.0, -5.0)
    assert close(points[7], (8.0, -5.0))
    assert close(
        points[1], (10.0 + 2.0 * math.cos(math.pi / 7), -5.0 + 2.0 * math.sin(math.pi / 7))
    )
    assert all(math.dist(p, (10.0, -5.0)) == pytest.approx(2.0) for p in points)


def test_a_limb_is_an_arc_round_each_end_joined_by_two_tangents() -> None:
    outline = capsule((0.0, 0.0), 2.0, (10.0, 0.0), 2.0)
    assert len(outline) == 14  # seven points round each end
    # equal ends: the far end's arc runs from below it, round the far side, to above it
    assert close(outline[0], (10.0, -2.0))
    assert close(outline[3], (12.0, 0.0))
    assert close(outline[6], (10.0, 2.0))
    assert close(outline[7], (0.0, 2.0))
    assert close(outline[10], (-2.0, 0.0))
    assert close(outline[13], (0.0, -2.0))
    finer = capsule((0.0, 0.0), 2.0, (10.0, 0.0), 2.0, steps=2)
    assert len(finer) == 6 and close(finer[1], (12.0, 0.0)) and close(finer[4], (-2.0, 0.0))


def test_a_tapered_limb_touches_both_circles_where_its_sides_run() -> None:
    a, ra, b, rb = (0.0, 0.0), 5.0, (0.0, 20.0), 3.0
    outline = capsule(a, ra, b, rb)
    near_end, far_end = outline[:7], outline[7:]
    assert all(math.dist(p, b) == pytest.approx(rb) for p in near_end)
    assert all(math.dist(p, a) == pytest.approx(ra) for p in far_end)
    # the sides are tangent: each side's direction is at right angles to both radii
    for start, stop, centre in ((near_end[-1], far_end[0], b), (far_end[-1], near_end[0], a)):
        side = (stop[0] - start[0], stop[1] - start[1])
        radius = (start[0] - centre[0], start[1] - centre[1])
        assert side[0] * radius[0] + side[1] * radius[1] == pytest.approx(0.0, abs=1e-9)
    # each arc's middle point lies straight beyond its end
    assert min(p[1] for p in outline) == pytest.approx(-5.0)
    assert max(p[1] for p in outline) == pytest.approx(23.0)


def test_a_limb_away_from_the_origin_runs_between_its_own_ends() -> None:
    outline = capsule((3.0, 1.0), 1.0, (3.0, 11.0), 1.0, steps=2)
    assert close(outline[1], (3.0, 12.0)) and close(outline[4], (3.0, 0.0))
    slanted = capsule((3.0, 1.0), 1.0, (7.0, 4.0), 1.0, steps=2)
    assert close(slanted[1], (7.8, 4.6)) and close(slanted[4], (2.2, 0.4))


def test_a_limb_whose_ends_overlap_is_drawn_as_the_bigger_circle() -> None:
    small_in_big = capsule((0.0, 0.0), 1.0, (2.0, 0.0), 3.0)
    assert small_in_big == tuple(circle_points((2.0, 0.0), 3.0))
    big_first = capsule((0.0, 0.0), 3.0, (2.0, 0.0), 1.0)
    assert big_first == tuple(circle_points((0.0, 0.0), 3.0))
    # touching from inside counts as inside, and of two equal circles the first is drawn
    touching = capsule((0.0, 0.0), 3.0, (2.0, 0.0), 1.0 - 1e-7)
    assert touching == tuple(circle_points((0.0, 0.0), 3.0))
    same = capsule((0.0, 0.0), 2.0, (5e-7, 0.0), 2.0)
    assert same == tuple(circle_points((0.0, 0.0), 2.0))
    assert capsule((0.0, 0.0), 2.0, (1e-6, 0.0), 2.0) == tuple(circle_points((0.0, 0.0), 2.0))


def test_a_small_end_just_out_of_the_big_one_is_drawn_as_a_limb() -> None:
    outline = capsule((0.0, 0.0), 3.0, (2.5, 0.0), 1.0)
    assert len(outline) == 14
    assert close(outline[3], (3.5, 0.0)) and close(outline[10], (-3.0, 0.0))
    assert len(capsule((0.0, 0.0), 2.0, (2e-6, 0.0), 2.0)) == 14


def test_the_extent_of_some_points_and_the_length_of_a_path() -> None:
    assert bounds([(1.0, 5.0), (-2.0, 7.0), (4.0, -3.0)]) == (-2.0, -3.0, 4.0, 7.0)
    assert polyline_length([(0.0, 0.0), (3.0, 4.0), (3.0, 10.0)]) == 11.0
    assert polyline_length([(1.0, 1.0)]) == 0.0
