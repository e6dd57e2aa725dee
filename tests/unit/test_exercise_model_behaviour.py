"""How an exercise becomes the steps a break shows: which side comes first, how many rounds, which
pictures are mirrored, what the counter says ("step 3 of 8, round 2"), and the plain "stand up
and move" break used while exercises are paused for safety."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from postureapp.core.exercises.model import (
    BUILTIN,
    REMINDER_ID,
    STAND_UP,
    Exercise,
    PlannedStep,
    Step,
    movement_reminder,
    plan_break,
)
from postureapp.core.pose import Pose, PoseSpec
from postureapp.core.terms import Area, BreakKind, Cue, Movement, Position, Side, Sides

TURN = PoseSpec("side", Pose.of("seated"), Pose.of("seated", {"spine.turn": 30.0}))


def step(text: str, seconds: int, mirror: bool = True, picture: Path | None = None) -> Step:
    return Step(
        text=text,
        seconds=seconds,
        illustration=picture,
        cue=Cue.EXHALE,
        mirror=mirror,
        pose=None if picture is not None else TURN,
    )


def exercise(**changes: object) -> Exercise:
    base = Exercise(
        id="twist",
        title="Seated twist",
        summary="Turn the upper back.",
        areas=(Area.UPPER_BACK,),
        movement=Movement.ROTATION,
        position=Position.SEATED,
        equipment=(),
        suits=(BreakKind.SHORT,),
        sides=Sides.BOTH,
        first_side=Side.RIGHT,
        rounds=2,
        cautions=("Stop if it hurts.",),
        sources=("ref",),
        steps=(step("Sit tall.", 5, mirror=False), step("Turn.", 10)),
        path=Path("twist.toml"),
        origin=BUILTIN,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def counter(planned: PlannedStep) -> tuple[object, ...]:
    return (
        planned.step_number,
        planned.step_count,
        planned.round_number,
        planned.side,
        planned.text,
        planned.mirrored,
    )


def test_both_sides_start_with_the_first_side_and_then_the_other() -> None:
    assert exercise().side_order == (Side.RIGHT, Side.LEFT)
    assert exercise(first_side=Side.LEFT).side_order == (Side.LEFT, Side.RIGHT)
    assert exercise(sides=Sides.NONE).side_order == (None,)


def test_a_two_sided_exercise_runs_every_round_on_one_side_then_on_the_other() -> None:
    steps = exercise().expand()
    assert [counter(s) for s in steps] == [
        (1, 8, 1, Side.RIGHT, "Sit tall.", False),
        (2, 8, 1, Side.RIGHT, "Turn.", False),
        (3, 8, 2, Side.RIGHT, "Sit tall.", False),
        (4, 8, 2, Side.RIGHT, "Turn.", False),
        (5, 8, 1, Side.LEFT, "Sit tall.", False),
        (6, 8, 1, Side.LEFT, "Turn.", True),
        (7, 8, 2, Side.LEFT, "Sit tall.", False),
        (8, 8, 2, Side.LEFT, "Turn.", True),
    ]
    first = steps[0]
    assert (first.exercise_id, first.title, first.seconds, first.cue) == (
        "twist",
        "Seated twist",
        5,
        Cue.EXHALE,
    )
    assert first.pose == TURN and first.illustration is None


def test_starting_on_the_left_mirrors_the_first_sides_pictures() -> None:
    steps = exercise(first_side=Side.LEFT, rounds=1).expand()
    assert [counter(s) for s in steps] == [
        (1, 4, 1, Side.LEFT, "Sit tall.", False),
        (2, 4, 1, Side.LEFT, "Turn.", True),
        (3, 4, 1, Side.RIGHT, "Sit tall.", False),
        (4, 4, 1, Side.RIGHT, "Turn.", False),
    ]


def test_an_exercise_without_sides_is_never_mirrored() -> None:
    steps = exercise(sides=Sides.NONE, rounds=3).expand()
    assert [(s.step_number, s.round_number, s.side, s.mirrored) for s in steps] == [
        (1, 1, None, False),
        (2, 1, None, False),
        (3, 2, None, False),
        (4, 2, None, False),
        (5, 3, None, False),
        (6, 3, None, False),
    ]


def test_durations_count_every_side_and_every_round() -> None:
    assert exercise().round_seconds == 30  # (5 + 10) on each of two sides
    assert exercise().duration_seconds == 60
    one_sided = exercise(sides=Sides.NONE, rounds=3)
    assert (one_sided.round_seconds, one_sided.duration_seconds) == (15, 45)


def test_only_a_seated_or_standing_exercise_with_nothing_to_fetch_is_done_at_the_desk() -> None:
    assert exercise().at_desk
    assert exercise(position=Position.STANDING).at_desk
    assert not exercise(position=Position.FLOOR).at_desk
    assert not exercise(equipment=("towel",)).at_desk


def test_a_step_with_a_picture_file_shows_the_file(tmp_path: Path) -> None:
    file = tmp_path / "turn.svg"
    with_file = step("Turn.", 10, picture=file)
    assert with_file.picture == file
    both = replace(with_file, pose=TURN)
    assert both.picture == TURN  # a pose, when there is one, moves
    planned = exercise(steps=(with_file,), sides=Sides.NONE, rounds=1).expand()
    assert planned[0].illustration == file and planned[0].pose is None


def test_a_break_plan_runs_its_exercises_one_after_the_other() -> None:
    neck = exercise(id="neck", title="Neck", sides=Sides.NONE, rounds=1)
    plan = plan_break("long", [exercise(), neck])
    assert plan.kind is BreakKind.LONG
    assert plan.exercise_ids == ("twist", "neck")
    assert plan.total_seconds == 60 + 15
    assert [s.exercise_id for s in plan.steps] == ["twist"] * 8 + ["neck"] * 2
    assert plan.steps[-1].step_count == 2  # each exercise counts its own steps
    with pytest.raises(ValueError):
        plan_break("medium", [neck])


def test_the_movement_reminder_is_one_plain_step_of_standing_up() -> None:
    reminder = movement_reminder("Stand up and move", "Walk for a minute.", 60)
    assert reminder.id == REMINDER_ID == "stand-and-move"
    assert (reminder.title, reminder.summary) == ("Stand up and move", "Walk for a minute.")
    assert reminder.duration_seconds == 60
    assert reminder.side_order == (None,)
    assert reminder.at_desk and reminder.position is Position.STANDING
    assert (reminder.areas, reminder.cautions, reminder.sources, reminder.equipment) == (
        (),
        (),
        (),
        (),
    )
    assert reminder.movement == "none"
    assert reminder.suits == (BreakKind.SHORT, BreakKind.LONG)
    assert reminder.origin == BUILTIN
    assert reminder.path == Path("stand-and-move")
    assert reminder.first_side == Side.RIGHT
    (only,) = reminder.expand()
    assert (only.text, only.seconds, only.cue, only.mirrored) == (
        "Walk for a minute.",
        60,
        Cue.BREATHE,
        False,
    )
    assert (only.step_number, only.step_count, only.round_number) == (1, 1, 1)
    assert only.pose == STAND_UP and only.illustration is None


def test_the_stand_up_picture_rises_from_the_chair() -> None:
    assert STAND_UP.start.base == "seated" and STAND_UP.end.base == "standing"
    assert "chair" in STAND_UP.props and "legs" in STAND_UP.highlight


def test_the_movement_reminder_can_show_a_packs_picture_or_another_pose(tmp_path: Path) -> None:
    file = tmp_path / "walk.png"
    (only,) = movement_reminder("Move", "Walk.", 30, file).expand()
    assert only.illustration == file and only.pose is None
    (posed,) = movement_reminder("Move", "Walk.", 30, TURN).expand()
    assert posed.pose == TURN and posed.illustration is None


def test_the_stand_up_figure_is_never_flipped_even_on_the_left_side() -> None:
    reminder = movement_reminder("Stand up and move", "Walk for a minute.", 60)
    both_sides = replace(reminder, sides=Sides.BOTH, first_side=Side.LEFT)
    assert [(s.side, s.mirrored) for s in both_sides.expand()] == [
        (Side.LEFT, False),
        (Side.RIGHT, False),
    ]
