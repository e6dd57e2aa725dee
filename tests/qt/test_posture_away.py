"""Nobody in view counts as away, through the real controller, presence watch and posture watch on
a fake clock (a fake sensor hands back made-up landmarks): an empty chair holds a due break and,
long enough, is logged as a natural break; someone reading in front of the screen without
touching anything is not away."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_posture_flow import FakeSensor, library, person  # noqa: F401 (fixture)
from test_sensing import FakeIdle

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.runtime.posture_watch import PostureWatch


def with_camera(controller, clock: FakeClock, tmp_path: Path) -> tuple[PostureWatch, FakeSensor]:  # type: ignore[no-untyped-def]
    """Posture sensing attached as `postureapp.sensing` attaches it."""
    sensor = FakeSensor()
    watch = PostureWatch(clock, controller.settings, sensor, tmp_path / "posture.json", None)
    controller.posture = controller.watch.camera = watch
    return watch, sensor


def minutes_pass(clock: FakeClock, controller, watch: PostureWatch, minutes: int) -> None:  # type: ignore[no-untyped-def]
    """Three readings a minute (the default) and the presence sampled each minute."""
    for _ in range(minutes):
        for _ in range(3):
            clock.advance(20)
            watch.read_now()
        controller.sample()


@pytest.mark.parametrize("idle_source", [False, True], ids=["no idle source", "idle source"])
def test_an_empty_chair_holds_the_break_and_is_logged_as_a_natural_one(
    qtbot, make_controller, clock: FakeClock, breaks: BreakLog, tmp_path: Path, idle_source: bool
) -> None:  # type: ignore[no-untyped-def]
    idle = FakeIdle(clock) if idle_source else None
    controller = make_controller(idle=idle)
    watch, sensor = with_camera(controller, clock, tmp_path)
    started: list[object] = []
    controller.break_started.connect(started.append)
    for _ in range(20):  # at the desk, typing, in view
        minutes_pass(clock, controller, watch, 1)
        if idle is not None:
            idle.touch()
    sensor.seen = None  # gets up and leaves
    left = clock.now()
    minutes_pass(clock, controller, watch, 25)  # the break falls due meanwhile
    assert started == [], "nothing is shown to an empty chair"
    status = controller.status()
    assert status["waiting_for"] == "away"
    assert status["posture"]["nobody_in_view_since"] == (left + timedelta(seconds=20)).isoformat()  # type: ignore[index]
    sensor.seen = person()  # back, in view (and typing)
    if idle is not None:
        idle.touch()
    minutes_pass(clock, controller, watch, 1)
    assert started == [], "nothing pops up on return"
    rows = breaks.rows()
    assert [(r.outcome, r.trigger) for r in rows] == [(Outcome.NATURAL, Trigger.NATURAL)]
    assert abs((rows[0].started_at - left).total_seconds()) <= 20, "from the first empty reading"
    assert rows[0].seconds_done >= 24 * 60
    assert controller.status()["waiting_for"] is None


def test_reading_in_view_without_touching_anything_is_not_away(
    qtbot, make_controller, clock: FakeClock, breaks: BreakLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    idle = FakeIdle(clock)
    controller = make_controller(idle=idle)
    watch, _sensor = with_camera(controller, clock, tmp_path)
    started: list[object] = []
    controller.break_started.connect(started.append)
    planned = controller.next_break()
    assert planned is not None and planned.at == clock.now() + timedelta(minutes=30)
    minutes_pass(clock, controller, watch, 29)  # reads a long paper, no key pressed
    assert breaks.rows() == [] and started == [], "sitting still in view is not a natural break"
    minutes_pass(clock, controller, watch, 1)
    assert len(started) == 1, "the break comes as planned, to someone who is there"
    assert breaks.rows() == [] or breaks.rows()[0].trigger != Trigger.NATURAL


def test_without_the_camera_sitting_still_that_long_counts_as_a_break(
    qtbot, make_controller, clock: FakeClock, breaks: BreakLog
) -> None:  # type: ignore[no-untyped-def]
    """The same 20 minutes with sensing off: idle time alone calls it an absence (the contrast
    that shows the camera's reading is what changed the outcome above)."""
    idle = FakeIdle(clock)
    controller = make_controller(idle=idle)
    for _ in range(20):
        clock.advance(60)
        controller.sample()
    idle.touch()
    controller.sample()
    assert [r.trigger for r in breaks.rows()] == [Trigger.NATURAL]
