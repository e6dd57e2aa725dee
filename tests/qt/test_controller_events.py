"""What the system does to a running app, against the real controller (issue 23): the clock set
back, a timed pause running out, a saved state that cannot be written or read, and a sleep in
the middle of a break."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, Outcome
from postureapp.platform.sleep import SleepWatcher


def minutes_until_next(controller, clock: FakeClock) -> float:  # type: ignore[no-untyped-def]
    planned = controller.next_break()
    assert planned is not None
    return (planned.at - clock.now()).total_seconds() / 60


def test_a_clock_set_back_keeps_the_countdown_as_it_stood(
    make_controller, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    sleep = SleepWatcher(clock)
    controller = make_controller(sleep=sleep)
    clock.advance(minutes=10)
    controller.sample()
    assert minutes_until_next(controller, clock) == pytest.approx(20)
    clock.jump_wall(-3600)  # someone sets the clock an hour back
    controller.sample()
    assert minutes_until_next(controller, clock) == pytest.approx(20), "not an hour more"
    clock.jump_wall(3 * 3600)  # ... and three hours forward: that reads as a sleep, a break
    controller.sample()
    assert minutes_until_next(controller, clock) == pytest.approx(30)


def test_a_timed_pause_that_runs_out_shows_as_over(  # type: ignore[no-untyped-def]
    controller, scheduler, clock: FakeClock
) -> None:
    clock.advance(minutes=10)
    controller.pause("30m")
    assert controller.status()["paused"] is True
    assert scheduler.plans[-1][2] == clock.now() + timedelta(minutes=30), "the timer knows the end"
    planned = controller.next_break()
    assert planned.reason == "after-pause"
    clock.advance(minutes=30)
    scheduler.pause_over.emit()
    status = controller.status()
    assert (status["paused"], status["paused_until"]) == (False, None)
    assert scheduler.plans[-1][2] is None
    after = controller.next_break()
    assert (after.at, after.reason) == (planned.at, "interval")


def test_a_schedule_that_cannot_be_saved_is_logged_and_breaks_go_on(  # type: ignore[no-untyped-def]
    make_controller, clock: FakeClock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "state").write_text("a file where the folder should be")
    with caplog.at_level(logging.ERROR, logger="postureapp.runtime.controller"):
        controller = make_controller()
    assert any("could not save the schedule" in r.getMessage() for r in caplog.records)
    assert minutes_until_next(controller, clock) == pytest.approx(30)
    controller.pause("1h")
    assert controller.status()["paused"] is True, "the app still answers"


def test_a_damaged_saved_schedule_is_set_aside_and_the_day_starts_afresh(  # type: ignore[no-untyped-def]
    make_controller, clock: FakeClock, tmp_path: Path
) -> None:
    state = tmp_path / "state" / "schedule.json"
    state.parent.mkdir()
    state.write_text('{"interval_start": "yesterday"}')
    controller = make_controller()
    assert minutes_until_next(controller, clock) == pytest.approx(30)
    kept = [p.name for p in state.parent.iterdir() if p.name.startswith("schedule.json.bad-")]
    assert len(kept) == 1, "the damaged file is kept aside"
    assert '"interval_start"' in state.read_text(), "and a good one written in its place"


def test_a_restart_keeps_an_indefinite_pause(make_controller, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    first = make_controller()
    first.pause("indefinitely")
    first.stop()
    clock.advance(hours=14)  # overnight: longer than a long break, which a pause survives
    again = make_controller()
    assert again.status()["paused_indefinitely"] is True
    assert again.next_break() is None


def test_a_short_sleep_mid_break_resumes_it_and_a_long_one_ends_it(  # type: ignore[no-untyped-def]
    make_controller, clock: FakeClock, breaks: BreakLog
) -> None:
    controller = make_controller()
    assert controller.start_now()
    session = controller.active.session
    controller.on_sleeping()
    assert session.paused
    controller.on_woke(60.0)
    assert controller.active is not None and not session.paused, "a minute asleep: it goes on"
    clock.advance(10)
    controller.on_sleeping()
    clock.advance(5)  # the monotonic clock runs on a little before the machine is asleep
    controller.on_woke(3600.0)
    assert controller.active is None, "an hour asleep: the break ends where it got to"
    [row] = [r for r in breaks.rows() if r.outcome != Outcome.NATURAL]
    assert (row.outcome, row.seconds_done) == (Outcome.PARTIAL, 10)


def test_settings_that_leave_no_exercise_say_so_and_start_no_break(
    make_controller, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from postureapp.core.settings import Settings

    # The pack of tests/qt/conftest.py works the upper back only.
    settings = dataclasses.replace(Settings.defaults(), areas=frozenset({"chest"}))
    controller = make_controller(settings=settings)
    told: list[str] = []
    controller.message.connect(told.append)
    assert controller.take_break(kind="short") is False
    assert controller.active is None, "no break window opens"
    assert told and told[0].startswith("No exercise fits your settings for a short break")
    assert controller.take_break(kind="long") is False
    assert told[-1].startswith("No exercise fits your settings for a long break")
    # When a break falls due, the same: no window, a word, and a plan still stands.
    due = controller.next_break()
    clock.advance((due.at - clock.now()).total_seconds() + 1)
    controller.on_sleeping()  # nothing on screen to stop
    controller.sample()
    assert controller.active is None and len(told) == 3
    assert controller.next_break() is not None


def test_postpone_from_the_notice_stops_at_the_snooze_cap(  # type: ignore[no-untyped-def]
    make_controller, clock: FakeClock, breaks: BreakLog
) -> None:
    controller = make_controller()
    for count in (1, 2):
        clock.advance(minutes=30)
        assert controller.postpone(), f"postpone {count} is allowed"
        assert controller.next_break().at == clock.now() + timedelta(minutes=5)
    clock.advance(minutes=5)
    due = controller.next_break().at
    assert not controller.postpone(), "a third postpone in a row is refused"
    assert controller.next_break().at == due, "the break stays where it was"
    assert [r.outcome for r in breaks.rows(newest_first=False)] == [Outcome.SNOOZED] * 2
    controller.take_break()
    assert not controller.postpone(), "nothing to postpone while a break is on screen"


class AskedIdle:
    """An idle source asked only when needed (as the D-Bus ones): it keeps its last answer."""

    name = "dbus-stand-in"

    def __init__(self) -> None:
        self.answer: tuple[float, float] | None = None
        self.asked = 0

    def idle_seconds(self) -> float | None:
        return None if self.answer is None else self.answer[0]

    def latest(self) -> tuple[float, float] | None:
        return self.answer

    def refresh(self, done=None) -> None:  # type: ignore[no-untyped-def]
        self.asked += 1

    def close(self) -> None:
        pass


def test_status_shows_the_last_idle_answer_and_its_age(make_controller) -> None:  # type: ignore[no-untyped-def]
    idle = AskedIdle()
    controller = make_controller(idle=idle)
    first = controller.status()
    assert first["idle_backend"] == "dbus-stand-in"
    assert first["idle_reading"] is None, "no answer yet: nothing to show"
    asked = idle.asked
    idle.answer = (42.26, 3.04)
    second = controller.status()
    assert second["idle_reading"] == {"seconds": 42.3, "age_seconds": 3.0}
    assert idle.asked == asked + 1, "each status asks again, for a fresh reading next time"
    # Unlocking a screen that was never seen locked changes nothing.
    controller.on_locked(False)
    assert controller.status()["waiting_for"] is None


def test_an_early_end_timer_leaves_the_break_on_and_a_late_one_ends_it_once(  # type: ignore[no-untyped-def]
    make_controller, clock: FakeClock, breaks: BreakLog
) -> None:
    controller = make_controller()
    assert controller.take_break()
    controller.check_break()  # the end timer fired early (a clock hiccup)
    assert controller.active is not None, "the break goes on"
    clock.advance(3600)
    controller.check_break()
    assert controller.active is None
    controller.check_break()  # nothing on screen any more: nothing to end
    controller.finish_break(Outcome.COMPLETED)
    assert [r.outcome for r in breaks.rows()] == [Outcome.COMPLETED], "logged once"
