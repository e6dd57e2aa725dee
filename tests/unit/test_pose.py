"""The pose model: every built-in step moves visibly and stays in its picture; pose tables are
checked as precisely as the rest of an exercise file."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest

from postureapp.core.exercises import Exercise, load_exercise, load_library
from postureapp.core.exercises.model import CUSTOM
from postureapp.core.exercises.reader import ExerciseError
from postureapp.core.pose import (
    Motion,
    Picture,
    Pose,
    PoseSpec,
    ease,
    moving_parts,
    parse_pose,
    pose_table,
)
from postureapp.core.pose.model import resolve
from postureapp.core.pose.picture import Frame
from postureapp.core.pose.scene import Scene

ASSETS = Path(__file__).resolve().parents[2] / "assets"
LIBRARY = load_library(ASSETS / "exercises", ASSETS / "illustrations", None)
#: The picture's size in the break window on a 1366x768 screen, a wide one and a small one.
SIZES = ((337, 337), (472, 315), (200, 200))


def builtin_steps() -> list[tuple[str, PoseSpec]]:
    return [
        (f"{ex.id}[{n}]", step.pose)
        for ex in sorted(LIBRARY.exercises.values(), key=lambda e: e.id)
        for n, step in enumerate(ex.steps, start=1)
        if step.pose is not None
    ]


STEPS = builtin_steps()
IDS = [name for name, _ in STEPS]


def test_the_library_loads_and_every_built_in_step_is_posed() -> None:
    assert LIBRARY.problems == []
    assert len(LIBRARY.exercises) >= 21
    unposed = [
        f"{ex.id}[{n}]"
        for ex in LIBRARY.exercises.values()
        for n, step in enumerate(ex.steps, 1)
        if step.pose is None
    ]
    assert unposed == []


def _points(picture: Picture, t: float) -> dict[str, tuple[float, float]]:
    body = picture.motion.body(ease(t))
    return {name: picture.camera.flat(p) for name, p in body.points.items()}


@pytest.mark.parametrize(("name", "spec"), STEPS, ids=IDS)
def test_every_step_moves_visibly_from_its_start_to_its_end(name: str, spec: PoseSpec) -> None:
    picture = Picture(spec)
    left, bottom, right, top = picture.extent()
    size = max(right - left, top - bottom)
    first, last = _points(picture, 0.0), _points(picture, 1.0)
    moved = max(math.dist(first[k], last[k]) for k in first) / size
    motion = Motion(spec)
    turned = max(abs(motion.end.angles[key] - value) for key, value in motion.start.angles.items())
    assert moved >= 0.04 or turned >= 10, f"{name}: moves {moved:.1%} and turns {turned:.0f}°"


def _scene_points(scene: Scene, frame: Frame, cut: float | None) -> list[tuple[float, float]]:
    shown = [p for p in scene.points() if cut is None or p[1] >= cut]
    return [frame.map(p) for p in shown]


@pytest.mark.parametrize(("name", "spec"), STEPS, ids=IDS)
@pytest.mark.parametrize("mirrored", [False, True], ids=["right", "left"])
def test_figure_props_and_arrows_stay_inside_the_picture(
    name: str, spec: PoseSpec, mirrored: bool
) -> None:
    picture = Picture(spec)
    cut = picture.extent()[1] if spec.close_up else None
    for width, height in SIZES:
        frame = picture.frame(width, height, mirrored)
        for t in (0.0, 0.3, 0.7, 1.0):
            points = _scene_points(picture.scene(t), frame, cut)
            points += [frame.map(p) for arrow in picture.arrows for p in arrow.points]
            outside = [p for p in points if not (0 <= p[0] <= width and 0 <= p[1] <= height)]
            assert not outside, f"{name} at t={t}, {width}x{height}: {outside[:3]}"


@pytest.mark.parametrize(("name", "spec"), STEPS, ids=IDS)
def test_every_movement_has_an_arrow_or_a_highlight(name: str, spec: PoseSpec) -> None:
    picture = Picture(spec)
    assert picture.accent, name
    if "towel-roll" not in name:  # the towel roll lies still: no arrow that could read as rocking
        assert picture.arrows, name


def test_the_left_side_is_the_right_side_mirrored() -> None:
    spec = LIBRARY.exercises["seated-twist"].steps[1].pose
    assert spec is not None
    picture = Picture(spec)
    right, left = picture.frame(472, 315), picture.frame(472, 315, mirrored=True)
    for p in picture.scene(1.0).points()[::7]:
        (xr, yr), (xl, yl) = right.map(p), left.map(p)
        assert xl == pytest.approx(472 - xr) and yl == pytest.approx(yr)


def test_rotations_are_seen_from_the_front_with_a_turning_arrow_and_a_face() -> None:
    for ident in ("seated-twist", "crossed-arm-twist", "head-turn"):
        turning = [s.pose for s in LIBRARY.exercises[ident].steps if s.pose and s.pose.turn]
        assert turning, ident
        for spec in turning:
            picture = Picture(spec)
            assert spec.view in ("front", "three-quarter", "above")
            head = next(g for g in picture.scene(1.0).body if g.name == "head")
            roles = {shape.role for shape in (*head.shapes, *head.details)}
            assert {"skin", "hair", "eye", "nose"} <= roles


def test_side_bends_keep_the_arms_straight() -> None:
    for ident in ("standing-side-stretch", "overhead-arm-reach"):
        lean = LIBRARY.exercises[ident].steps[1].pose
        assert lean is not None and lean.view == "front"
        angles = resolve(lean.end).angles
        assert angles["right_elbow.bend"] == angles["left_elbow.bend"] == 0
        assert angles["thoracic.bend"] > 10


def test_the_posture_reset_lifts_the_chest_without_reclining() -> None:
    spec = LIBRARY.exercises["posture-reset"].steps[1].pose
    assert spec is not None
    motion = Motion(spec)
    start, end = motion.body(0.0), motion.body(1.0)
    # the head stays over the hips (no leaning back over the chair) and the chest rises
    assert end.points["head"][0] > start.points["head"][0] - 2
    assert end.points["chest"][1] >= start.points["chest"][1]
    assert -20 < motion.end.angles["thoracic.flex"] < 0


def test_the_foam_roller_rolls_with_the_hips_up_and_lowers_them_at_the_end() -> None:
    steps = LIBRARY.exercises["foam-roller-upper-back"].steps
    rolling, lowering = steps[2].pose, steps[3].pose
    assert rolling is not None and lowering is not None and rolling.repeat
    assert resolve(rolling.start).angles["pelvis.lift"] > 5
    assert (
        Motion(lowering).body(1.0).points["pelvis"][1]
        < Motion(lowering).body(0.0).points["pelvis"][1]
    )


def test_the_pelvic_tilt_changes_the_tilt_by_a_visible_amount() -> None:
    spec = LIBRARY.exercises["pelvic-tilt"].steps[0].pose
    assert spec is not None
    motion = Motion(spec)
    assert abs(motion.end.angles["pelvis.tilt"] - motion.start.angles["pelvis.tilt"]) >= 20


def test_floor_scenes_fill_the_width_of_the_picture() -> None:
    for ident in ("pelvic-tilt", "cat-cow", "towel-roll", "bird-dog"):
        spec = LIBRARY.exercises[ident].steps[0].pose
        assert spec is not None
        picture = Picture(spec)
        frame = picture.frame(472, 315)
        xs = [frame.map(p)[0] for p in picture.scene(1.0).points()]
        assert max(xs) - min(xs) > 0.75 * 472, ident


def test_planted_feet_stay_put_while_the_body_moves() -> None:
    spec = LIBRARY.exercises["posture-reset"].steps[0].pose
    assert spec is not None
    motion = Motion(spec)
    feet = [motion.body(t).points["right_ankle"] for t in (0.0, 0.5, 1.0)]
    assert max(math.dist(feet[0], f) for f in feet) < 0.5


def test_easing_starts_and_ends_slowly() -> None:
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0 and ease(0.5) == pytest.approx(0.5)
    assert ease(0.1) < 0.1 and ease(0.9) > 0.9
    assert all(ease(i / 20) <= ease((i + 1) / 20) for i in range(20))


def test_what_moves_is_found_from_the_poses() -> None:
    spec = PoseSpec(
        "side", Pose.of("seated"), Pose.of("seated", {"neck.flex": 20, "head.flex": -15})
    )
    assert moving_parts(spec) == ("head", "neck")


# --- reading pose tables -------------------------------------------------------------------


def problems_of(text: str) -> list[tuple[str, str, str]]:
    spec, problems = parse_pose(tomllib.loads(text)["pose"], "pose")
    assert spec is None
    return [(p.field, p.expected, p.found) for p in problems]


def test_a_good_pose_table_reads_and_writes_back_the_same() -> None:
    text = """
    [pose]
    view = "front"
    props = ["chair"]
    highlight = ["neck", "head"]
    turn = "head"
    close_up = true
    start = { base = "seated", arms = { raise = 20 } }
    via = { neck.turn = 30 }
    end = { neck.turn = 60, right_hand = "chair-back" }
    """
    spec, problems = parse_pose(tomllib.loads(text)["pose"])
    assert problems == [] and spec is not None
    assert spec.end.base == "seated" and spec.turn == ("head",) and spec.close_up
    assert dict(spec.end.angles) == {"neck.turn": 60.0}
    assert dict(spec.end.hands) == {"right_hand": "chair-back"}
    again, _ = parse_pose(pose_table(spec))
    assert again == spec


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'view = "top"\nstart = { base = "seated" }\nend = {}',
            ("pose.view", "one of side, front, three-quarter, above", "'top'"),
        ),
        (
            'view = "side"\nstart = { base = "sitting" }\nend = {}',
            ("pose.start.base", "one of standing, seated", "'sitting'"),
        ),
        (
            'view = "side"\nstart = { base = "seated", nek = { flex = 5 } }\nend = {}',
            ("pose.start.nek", "a known key (did you mean 'neck'?)", "unknown key 'nek'"),
        ),
        (
            'view = "side"\nstart = { base = "seated" }\nend = { neck.flex = 95 }',
            ("pose.end.neck.flex", "a number from -50 to 60", "95"),
        ),
        (
            'view = "side"\nstart = { base = "seated" }\nend = { neck.flex = "a bit" }',
            ("pose.end.neck.flex", "a number from -50 to 60", "'a bit'"),
        ),
        (
            'view = "side"\nstart = { base = "seated" }\nend = { neck.twist = 5 }',
            ("pose.end.neck.twist", "one of flex, bend, turn", "unknown key 'twist'"),
        ),
        (
            'view = "side"\nstart = { base = "seated" }\nend = { neck = 5 }',
            ("pose.end.neck", "a table of angles such as { flex = 10 }", "5"),
        ),
        (
            'view = "side"\nstart = { base = "seated" }\nend = { hands = "pockets" }',
            ("pose.end.hands", "one of back-of-head, belly", "'pockets'"),
        ),
        (
            'view = "side"\nprops = ["sofa"]\nstart = { base = "seated" }\nend = {}',
            ("pose.props", "a list of any of chair, floor, mat", "'sofa'"),
        ),
        (
            'view = "side"\narrow = "tail"\nstart = { base = "seated" }\nend = {}',
            ("pose.arrow", "a list of any of head, nose", "'tail'"),
        ),
        ('view = "side"\nstart = { base = "seated" }', ("pose.end", "a table such as", "nothing")),
        (
            'view = "side"\nrepeat = "yes"\nstart = { base = "seated" }\nend = {}',
            ("pose.repeat", "true or false", "'yes'"),
        ),
    ],
)
def test_every_mistake_in_a_pose_table_is_named_precisely(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = problems_of("[pose]\n" + text)
    field, start_of_expected, start_of_found = expected
    assert any(
        f == field and e.startswith(start_of_expected) and x.startswith(start_of_found)
        for f, e, x in found
    ), found


EXERCISE = """id = "posed"
title = "Posed"
summary = "A posed step."
areas = ["neck"]
movement = "neck"
position = "seated"
suits = ["short"]
sides = "none"
cautions = ["Stop if it hurts."]

[[steps]]
text = "Tuck your chin."
seconds = 5

[steps.pose]
view = "side"
start = { base = "seated" }
end = { neck.flex = 120 }
"""


def test_the_exercise_reader_reports_pose_problems_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "posed.toml"
    path.write_text(EXERCISE)
    with pytest.raises(ExerciseError) as caught:
        load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    problem = caught.value.problem
    assert problem.field == "steps[1].pose.end.neck.flex"
    assert problem.expected == "a number from -50 to 60" and problem.found == "120"
    assert problem.line == 18


def test_a_step_needs_a_pose_or_a_picture(tmp_path: Path) -> None:
    path = tmp_path / "posed.toml"
    head, _, _ = EXERCISE.partition("[steps.pose]")
    path.write_text(head)
    with pytest.raises(ExerciseError) as caught:
        load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    assert caught.value.problem.field == "steps[1].illustration"


def test_a_posed_step_shows_its_pose_and_a_picture_step_its_file(tmp_path: Path) -> None:
    path = tmp_path / "posed.toml"
    path.write_text(EXERCISE.replace("120", "20"))
    exercise: Exercise = load_exercise(path, illustration_dirs=[tmp_path], origin=CUSTOM)
    planned = exercise.expand()[0]
    assert planned.pose is not None and planned.illustration is None
    assert planned.picture == exercise.steps[0].pose
