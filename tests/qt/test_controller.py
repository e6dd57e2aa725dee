"""The break cycle end to end inside one process: due -> window -> outcome -> log -> next plan."""

from __future__ import annotations

from datetime import timedelta

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, Outcome, Trigger
from postureapp.core.schedule_file import load_state
from postureapp.core.session import ActiveBreak
from postureapp.runtime.controller import Controller


def test_a_scheduled_break_is_logged_and_the_next_one_planned(
    qtbot, controller: Controller, clock: FakeClock, breaks: BreakLog, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    planned = controller.next_break()
    assert planned is not None and planned.at == clock.now() + timedelta(minutes=30)
    clock.advance(minutes=30)
    with qtbot.waitSignal(controller.break_started) as started:
        controller.on_due("short", "interval")
    active: ActiveBreak = started.args[0]
    row = breaks.rows()[0]
    assert row.outcome is Outcome.RUNNING, "the row is written as soon as the break starts"
    assert row.trigger is Trigger.SCHEDULE and len(active.plan.exercises) == 1
    clock.advance(40)
    controller.finish_break("completed", 40)
    row = breaks.rows()[0]
    assert row.outcome is Outcome.COMPLETED and row.seconds_done == 40
    nxt = controller.next_break()
    assert nxt is not None and nxt.at == clock.now() + timedelta(minutes=30)
    saved = load_state(tmp_path / "state" / "schedule.json")
    assert saved is not None and saved.breaks_towards_long == 1


def test_skip_is_logged_as_skipped(controller: Controller, breaks: BreakLog) -> None:
    assert controller.take_break(Trigger.MANUAL)
    controller.finish_break("skipped", 3)
    assert breaks.rows()[0].outcome is Outcome.SKIPPED


def test_snooze_postpones_and_the_cap_is_passed_to_the_window(
    controller: Controller, clock: FakeClock, breaks: BreakLog
) -> None:
    for count in (1, 2):
        assert controller.take_break(Trigger.SCHEDULE)
        assert controller.active is not None and controller.active.can_snooze
        controller.finish_break("snoozed", 1)
        assert controller.status()["snoozes_in_row"] == count
        assert controller.next_break().at == clock.now() + timedelta(minutes=5)  # type: ignore[union-attr]
        clock.advance(minutes=5)
    assert controller.take_break(Trigger.SCHEDULE)
    assert controller.active is not None and not controller.active.can_snooze
    # the window offers no snooze now; should one arrive anyway, it counts as a skip
    controller.finish_break("snoozed", 1)
    outcomes = [row.outcome for row in breaks.rows(newest_first=False)]
    assert outcomes == [Outcome.SNOOZED, Outcome.SNOOZED, Outcome.SKIPPED]
    assert controller.status()["snoozes_in_row"] == 0


def test_only_one_break_at_a_time(controller: Controller) -> None:
    assert controller.take_break(Trigger.MANUAL)
    assert not controller.take_break(Trigger.MANUAL)


def test_pause_and_resume_move_the_next_break(controller: Controller, clock: FakeClock) -> None:
    until = controller.pause("1h")
    assert until == clock.now() + timedelta(hours=1)
    status = controller.status()
    assert status["paused"] is True and status["paused_until"] == until.isoformat()
    assert status["next_break_at"] == (until + timedelta(minutes=30)).isoformat()
    clock.advance(minutes=10)
    controller.resume()
    status = controller.status()
    assert status["paused_until"] is None
    assert status["next_break_at"] == (clock.now() + timedelta(minutes=30)).isoformat()
    controller.pause("indefinitely")
    assert controller.status()["next_break_at"] is None


def test_a_named_exercise_can_be_asked_for(controller: Controller) -> None:
    assert controller.take_break(Trigger.MANUAL, exercise_id="tuck")
    assert controller.active is not None and controller.active.plan.exercise_ids == ("tuck",)


def test_a_restart_keeps_the_countdown_the_long_break_count_and_the_pause(
    make_controller, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    first = make_controller()
    for _ in range(2):
        assert first.take_break(Trigger.SCHEDULE)
        clock.advance(40)
        first.finish_break("completed", 40)
    clock.advance(minutes=10)
    first.pause("1h")
    planned = first.next_break()
    first.stop()
    clock.advance(60)  # the app is off for a minute
    second = make_controller()
    assert second.next_break() == planned
    assert second.state.breaks_towards_long == 2 and second.state.paused_until is not None


def test_after_a_long_time_off_the_schedule_starts_afresh(
    make_controller, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    first = make_controller()
    assert first.take_break(Trigger.SCHEDULE)
    first.finish_break("completed", 40)
    first.stop()
    clock.advance(hours=3)
    second = make_controller()
    assert second.state.breaks_towards_long == 0
    assert second.next_break().at == clock.now() + timedelta(minutes=30)  # type: ignore[union-attr]
