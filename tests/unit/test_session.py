"""One break as it runs, without a window: which step is on, what is left, what comes next,
and a sleep left out of it. Only the Qt tests ran this before (issue 23: no unit test reached
core/session.py or the exercise model's sides and rounds)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from postureapp.core.exercises.model import (
    REMINDER_ID,
    STAND_UP,
    BreakPlan,
    Exercise,
    Step,
    movement_reminder,
    plan_break,
)
from postureapp.core.session import (
    ANNOUNCE_SECONDS,
    ActiveBreak,
    BreakSession,
    Countdown,
    Notice,
    format_seconds,
)
from postureapp.core.terms import BreakKind, Cue, Position, Side, Sides

PICTURE = Path("step.svg")


def exercise(
    ident: str, *seconds: int, sides: Sides = Sides.NONE, rounds: int = 1, first: Side = Side.RIGHT
) -> Exercise:
    steps = tuple(
        Step(f"{ident} step {n}", s, PICTURE, Cue.BREATHE if n == 1 else None, mirror=n != 2)
        for n, s in enumerate(seconds, start=1)
    )
    return replace(
        movement_reminder("x", "x", 5),
        id=ident,
        title=ident.title(),
        sides=sides,
        first_side=first,
        rounds=rounds,
        steps=steps,
        position=Position.SEATED,
    )


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (-3, "0:00"), (0.2, "0:01"), (9, "0:09"), (59.01, "1:00"), (90, "1:30"),
     (600, "10:00"), (1.0 + 1e-12, "0:01")],
)  # fmt: skip
def test_countdowns_read_in_whole_seconds_rounded_up(seconds: float, shown: str) -> None:
    assert format_seconds(seconds) == shown


def test_a_countdown_never_goes_below_zero() -> None:
    notice = Notice(BreakKind.SHORT, Countdown(100.0))
    assert notice.countdown.left(70.0) == 30.0
    assert notice.countdown.left(130.0) == 0.0


def test_sides_and_rounds_unroll_in_order_and_the_left_side_is_mirrored() -> None:
    twist = exercise("twist", 4, 6, sides=Sides.BOTH, rounds=2, first=Side.LEFT)
    assert twist.side_order == (Side.LEFT, Side.RIGHT)
    steps = twist.expand()
    assert [(s.side, s.round_number, s.text) for s in steps] == [
        (Side.LEFT, 1, "twist step 1"),
        (Side.LEFT, 1, "twist step 2"),
        (Side.LEFT, 2, "twist step 1"),
        (Side.LEFT, 2, "twist step 2"),
        (Side.RIGHT, 1, "twist step 1"),
        (Side.RIGHT, 1, "twist step 2"),
        (Side.RIGHT, 2, "twist step 1"),
        (Side.RIGHT, 2, "twist step 2"),
    ]
    assert [s.mirrored for s in steps] == [True, False, True, False, False, False, False, False]
    assert [s.step_number for s in steps] == list(range(1, 9))
    assert {s.step_count for s in steps} == {8}
    assert (twist.round_seconds, twist.duration_seconds) == (20, 40)
    assert steps[0].illustration == PICTURE and steps[0].pose is None
    assert steps[0].cue == Cue.BREATHE and steps[1].cue is None
    right_first = exercise("turn", 3, sides=Sides.BOTH, first=Side.RIGHT)
    assert right_first.side_order == (Side.RIGHT, Side.LEFT)
    assert exercise("roll", 3).side_order == (None,)


def test_the_movement_reminder_is_one_standing_step_with_the_stand_up_figure() -> None:
    reminder = movement_reminder("Stand up", "Walk about.", 45)
    assert (reminder.id, reminder.position, reminder.rounds) == (REMINDER_ID, "standing", 1)
    [step] = reminder.steps
    assert (step.text, step.seconds, step.pose, step.illustration) == (
        "Walk about.",
        45,
        STAND_UP,
        None,
    )
    assert reminder.suits == tuple(BreakKind) and reminder.at_desk
    pictured = movement_reminder("Stand up", "Walk about.", 45, PICTURE)
    assert pictured.steps[0].illustration == PICTURE and pictured.steps[0].pose is None
    assert pictured.steps[0].picture == PICTURE


def test_a_session_needs_a_step() -> None:
    with pytest.raises(ValueError) as caught:
        BreakSession(BreakPlan(BreakKind.SHORT, (), ()), 0.0)
    assert str(caught.value) == "a break needs at least one step"


def test_the_view_follows_the_clock_step_by_step() -> None:
    plan = plan_break("long", [exercise("roll", 10, 20), exercise("twist", 15)])
    assert plan.total_seconds == 45 and plan.exercise_ids == ("roll", "twist")
    session = BreakSession(plan, started=100.0)
    assert (session.total_seconds, session.exercise_count) == (45, 2)

    first = session.view(100.0)
    assert (first.index, first.step_left, first.step_fraction) == (0, 10.0, 0.0)
    assert (first.total_left, first.exercise_number, first.exercise_count) == (45.0, 1, 2)
    assert first.upcoming is None and not first.last_step and not first.finished

    announced = session.view(100.0 + 10 - ANNOUNCE_SECONDS)
    assert announced.upcoming is plan.steps[1] and not announced.upcoming_starts_exercise
    assert announced.step_fraction == pytest.approx(0.5)
    not_yet = session.view(100.0 + 10 - ANNOUNCE_SECONDS - 0.1)
    assert not_yet.upcoming is None

    second = session.view(110.0)
    assert (second.index, second.step_left, second.exercise_number) == (1, 20.0, 1)
    before_twist = session.view(126.0)
    assert before_twist.upcoming is plan.steps[2] and before_twist.upcoming_starts_exercise

    last = session.view(131.0)
    assert (last.index, last.exercise_number, last.last_step, last.upcoming) == (2, 2, True, None)
    done = session.view(145.0)
    assert done.finished and done.index == 2 and done.total_left == 0.0 and done.step_left == 0.0
    assert session.view(900.0) == done, "over is over"
    assert session.view(50.0) == first, "a clock before the start reads as the start"


def test_time_done_and_left_are_measured_from_the_start() -> None:
    session = BreakSession(plan_break("short", [exercise("roll", 10, 20)]), started=50.0)
    assert session.elapsed(40.0) == 0.0
    assert (session.seconds_done(62.7), session.left(62.7)) == (12, pytest.approx(17.3))
    assert not session.finished(79.9)
    assert session.finished(80.0) and session.seconds_done(500.0) == 30


def test_a_sleep_is_left_out_and_the_break_runs_on_where_it_was() -> None:
    session = BreakSession(plan_break("short", [exercise("roll", 10, 20)]), started=0.0)
    session.pause(8.0)
    session.pause(9.0)  # a second "sleeping" changes nothing
    assert session.paused and session.elapsed(500.0) == 8.0
    session.resume(600.0)
    assert not session.paused and session.elapsed(600.0) == 8.0
    session.resume(700.0)  # not paused: nothing to take away
    assert session.elapsed(602.0) == 10.0 and session.view(602.0).index == 1
    session.pause(602.0)
    session.resume(601.0)  # a clock that went back takes nothing away either
    assert session.elapsed(604.0) == 12.0


def test_views_at_the_edges_of_a_step() -> None:
    session = BreakSession(plan_break("short", [exercise("roll", 10, 20, 4)]), started=0.0)
    assert session.index_at(0.0) == 0 and session.index_at(9.99) == 0
    assert session.index_at(10.0) == 1 and session.index_at(34.0) == 2
    assert session.index_at(1000.0) == 2
    assert session.view_at_step(0).step_left == 10.0
    assert session.view_at_step(1).index == 1 and session.view_at_step(1).step_left == 20.0
    assert session.view_at_step(2).step_left == 4.0
    before = session.view_before(2)
    assert before.index == 1 and before.step_left == 0.5 and before.upcoming is not None


def test_a_plan_of_steps_without_its_exercises_is_one_exercise() -> None:
    roll, twist = exercise("roll", 5), exercise("twist", 5)
    steps = roll.expand() + twist.expand()
    session = BreakSession(BreakPlan(BreakKind.LONG, (), steps), started=0.0)
    assert session.exercise_count == 1
    assert not session.view(2.0).upcoming_starts_exercise


def test_an_active_break_hands_on_its_plan() -> None:
    plan = plan_break("short", [exercise("roll", 5)])
    active = ActiveBreak(
        BreakSession(plan, 0.0), 7, datetime(2026, 3, 2, 9).astimezone(), True, False, 0.0
    )
    assert active.plan is plan


def test_each_view_shows_the_step_that_is_on() -> None:
    plan = plan_break("short", [exercise("roll", 1, 0, 3)])
    session = BreakSession(plan, started=0.0)
    assert [session.view(t).step for t in (0.0, 0.9, 1.0, 2.0)] == [
        plan.steps[0],
        plan.steps[0],
        plan.steps[2],
        plan.steps[2],
    ]
    no_time = session.view_after(1.0)
    assert no_time.index == 2 and no_time.step_fraction == 0.0
    ends_at_once = BreakSession(BreakPlan(BreakKind.SHORT, (), (plan.steps[2], plan.steps[1])), 0)
    last = ends_at_once.view(3.0)
    assert (last.index, last.step, last.step_fraction) == (1, plan.steps[1], 1.0), "no time: done"


def test_a_step_of_one_second_is_announced_half_a_second_before_it_ends() -> None:
    session = BreakSession(plan_break("short", [exercise("roll", 1, 5)]), started=0.0)
    before = session.view_before(1)
    assert (before.index, before.step_left) == (0, 0.5)
    assert before.upcoming is session.plan.steps[1]
