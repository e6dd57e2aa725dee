"""The planner over whole days: working hours, fixed times, DST, clock changes, sleep, restarts.

Times are Europe/Berlin wall times, so the tests mean the same on any machine.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from postureapp.core import plan, schedule_file
from postureapp.core.plan import PlannedBreak, ScheduleState
from postureapp.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
BREAK = timedelta(seconds=40)
LUNCH_DAY = ((time(9, 0), time(12, 30)), (time(13, 30), time(18, 0)))


def berlin(day: int, hour: int, minute: int = 0, *, month: int = 3, fold: int = 0) -> datetime:
    """A wall time in Berlin in 2026; 2026-03-02 is a Monday."""
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def settings(**changes: Any) -> Settings:
    return Settings.defaults().replace(**changes)


def working(**changes: Any) -> Settings:
    """Working hours on: weekdays 09:00-17:00 unless changed."""
    return settings(working_hours_enabled=True, **changes)


def take_every_break(state: ScheduleState, cfg: Settings, until: datetime) -> list[PlannedBreak]:
    """Take each break as it falls due (40 s each) until `until`; the breaks, in order."""
    taken: list[PlannedBreak] = []
    while (nxt := plan.next_break(state, cfg)) is not None and utc(nxt.at) < utc(until):
        taken.append(nxt)
        state = plan.after_break(state, nxt.kind, later(nxt.at, BREAK))
    return taken


def utc(moment: datetime) -> datetime:
    """Compare in UTC: two Berlin times compare by wall clock, which the repeated hour fools."""
    return moment.astimezone(UTC)


def later(moment: datetime, delta: timedelta) -> datetime:
    """Real time later, in Berlin (a Berlin time plus a timedelta is a wall-clock sum)."""
    return (utc(moment) + delta).astimezone(BERLIN)


def wall(moment: datetime) -> str:
    """How the user reads a time: weekday, wall clock and UTC offset, in Berlin."""
    return moment.astimezone(BERLIN).strftime("%a %H:%M %z")


# --- working hours -----------------------------------------------------------------------------


def test_no_break_over_lunch_and_the_first_after_lunch_comes_at_two() -> None:
    cfg = working(mon=LUNCH_DAY)
    day = take_every_break(ScheduleState.fresh(berlin(2, 9)), cfg, berlin(2, 18))

    times = [wall(b.at) for b in day]
    assert times[0] == "Mon 09:30 +0100"
    assert not [b for b in day if berlin(2, 12, 30) <= b.at < berlin(2, 13, 30)]
    after_lunch = next(b for b in day if b.at >= berlin(2, 13, 30))
    assert (wall(after_lunch.at), after_lunch.reason) == ("Mon 14:00 +0100", "working-hours-start")
    assert all(
        berlin(2, 9) <= b.at < berlin(2, 12, 30) or berlin(2, 13, 30) <= b.at < berlin(2, 18)
        for b in day
    )


def test_the_first_break_comes_one_interval_after_work_starts_not_at_once() -> None:
    early = plan.next_break(ScheduleState.fresh(berlin(2, 7)), working())
    assert early is not None
    assert (wall(early.at), early.reason) == ("Mon 09:30 +0100", "working-hours-start")


def test_friday_evening_leads_to_monday_morning_skipping_the_weekend() -> None:
    state = ScheduleState(interval_start=berlin(6, 16, 50), breaks_towards_long=1)
    nxt = plan.next_break(state, working())
    assert nxt is not None
    assert (wall(nxt.at), nxt.reason, nxt.kind) == (
        "Mon 09:30 +0100",
        "working-hours-start",
        "short",
    )


def test_ranges_that_touch_are_one_stretch_of_work() -> None:
    cfg = working(mon=((time(9, 0), time(12, 30)), (time(12, 30), time(17, 0))))
    nxt = plan.next_break(ScheduleState.fresh(berlin(2, 12, 10)), cfg)
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Mon 12:40 +0100", "interval")


def test_work_until_23_59_runs_on_past_midnight() -> None:
    late = ((time(20, 0), time(23, 59)),)
    early = ((time(0, 0), time(2, 0)),)
    cfg = working(mon=late, tue=early)
    nxt = plan.next_break(ScheduleState.fresh(berlin(2, 23, 45)), cfg)
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Tue 00:15 +0100", "interval")


def test_a_snooze_into_lunch_waits_for_the_afternoon() -> None:
    state = plan.snooze(
        ScheduleState.fresh(berlin(2, 11, 57)), working(mon=LUNCH_DAY), berlin(2, 12, 27)
    )
    nxt = plan.next_break(state, working(mon=LUNCH_DAY))
    assert nxt is not None and (wall(nxt.at), nxt.reason) == (
        "Mon 14:00 +0100",
        "working-hours-start",
    )


def test_status_knows_whether_it_is_working_time_and_when_that_changes() -> None:
    cfg = working(mon=LUNCH_DAY)

    def change(now: datetime) -> str:
        moment = plan.next_working_change(now, cfg)
        assert moment is not None
        return wall(moment)

    assert plan.in_working_hours(berlin(2, 10), cfg)
    assert change(berlin(2, 10)) == "Mon 12:30 +0100"
    assert not plan.in_working_hours(berlin(2, 12, 45), cfg)
    assert change(berlin(2, 12, 45)) == "Mon 13:30 +0100"
    saturday = berlin(7, 11)
    assert not plan.in_working_hours(saturday, cfg)
    assert change(saturday) == "Mon 09:00 +0100"


def test_without_working_hours_every_moment_is_working_time() -> None:
    assert plan.in_working_hours(berlin(7, 3), settings())
    assert plan.next_working_change(berlin(7, 3), settings()) is None


def test_working_hours_on_with_no_working_day_plan_no_break_at_all() -> None:
    days = dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), ())
    cfg = working(**days)
    assert plan.next_break(ScheduleState.fresh(berlin(2, 10)), cfg) is None
    assert plan.next_working_change(berlin(2, 10), cfg) is None


# --- fixed times -------------------------------------------------------------------------------


def test_fixed_times_come_once_each_on_weekdays_and_never_at_the_weekend() -> None:
    cfg = working(fixed_times=(time(11, 0), time(15, 30)))
    week = take_every_break(ScheduleState.fresh(berlin(2, 8)), cfg, berlin(9, 8))

    fixed = [wall(b.at) for b in week if b.reason == "fixed-time"]
    assert fixed == [
        f"{day} {hhmm} +0100"
        for day in ("Mon", "Tue", "Wed", "Thu", "Fri")
        for hhmm in ("11:00", "15:30")
    ]
    assert not [b for b in week if b.at.astimezone(BERLIN).weekday() >= 5]


def test_an_interval_break_just_before_a_fixed_time_gives_way_to_it() -> None:
    cfg = settings(fixed_times=(time(11, 0),))
    close = plan.next_break(ScheduleState.fresh(berlin(2, 10, 22)), cfg)
    assert close is not None and (wall(close.at), close.reason) == ("Mon 11:00 +0100", "fixed-time")
    far = plan.next_break(ScheduleState.fresh(berlin(2, 10, 15)), cfg)
    assert far is not None and (wall(far.at), far.reason) == ("Mon 10:45 +0100", "interval")


def test_a_fixed_time_resets_the_interval_and_a_break_just_before_it_absorbs_it() -> None:
    cfg = settings(fixed_times=(time(11, 0),))
    after_fixed = plan.after_break(
        ScheduleState.fresh(berlin(2, 10, 40)), "short", berlin(2, 11, 1)
    )
    nxt = plan.next_break(after_fixed, cfg)
    assert nxt is not None and wall(nxt.at) == "Mon 11:31 +0100"
    manual = plan.after_break(ScheduleState.fresh(berlin(2, 10, 40)), "short", berlin(2, 10, 55))
    nxt = plan.next_break(manual, cfg)
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Mon 11:25 +0100", "interval")


def test_a_snoozed_fixed_break_comes_back_once_as_a_snooze() -> None:
    cfg = settings(fixed_times=(time(11, 0), time(15, 30)))
    state = plan.snooze(ScheduleState.fresh(berlin(2, 10, 45)), cfg, berlin(2, 11))
    nxt = plan.next_break(state, cfg)
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Mon 11:05 +0100", "snooze")
    day = take_every_break(state, cfg, berlin(2, 18))
    assert [wall(b.at) for b in day if b.reason == "fixed-time"] == ["Mon 15:30 +0100"]


def test_a_fixed_time_before_working_hours_still_comes() -> None:
    cfg = working(fixed_times=(time(8, 0),))
    nxt = plan.next_break(ScheduleState.fresh(berlin(2, 7)), cfg)
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Mon 08:00 +0100", "fixed-time")
    after = plan.next_break(
        plan.after_break(ScheduleState.fresh(berlin(2, 7)), "short", berlin(2, 8, 1)), cfg
    )
    assert after is not None and (wall(after.at), after.reason) == (
        "Mon 09:30 +0100",
        "working-hours-start",
    )


def test_fixed_days_limit_the_fixed_times() -> None:
    cfg = settings(
        fixed_times=(time(11, 0),), fixed_days=frozenset({"wed"}), short_interval_minutes=180
    )
    fixed = [
        b
        for b in take_every_break(ScheduleState.fresh(berlin(2, 9)), cfg, berlin(9, 9))
        if b.reason == "fixed-time"
    ]
    assert [wall(b.at) for b in fixed] == ["Wed 11:00 +0100"]


# --- daylight saving time ----------------------------------------------------------------------


def test_spring_forward_gives_one_break_thirty_real_minutes_later() -> None:
    start = berlin(29, 1, 50)  # CET; at 02:00 the clocks jump to 03:00 CEST
    nxt = plan.next_break(ScheduleState.fresh(start), settings())
    assert nxt is not None
    assert wall(nxt.at) == "Sun 03:20 +0200"
    assert utc(nxt.at) - utc(start) == timedelta(minutes=30)
    night = take_every_break(ScheduleState.fresh(start), settings(), berlin(29, 4))
    assert [wall(b.at) for b in night] == ["Sun 03:20 +0200", "Sun 03:50 +0200"]


def test_fall_back_gives_one_break_in_the_repeated_hour_not_two_or_none() -> None:
    start = berlin(25, 2, 50, month=10)  # CEST; at 03:00 the clocks go back to 02:00 CET
    nxt = plan.next_break(ScheduleState.fresh(start), settings())
    assert nxt is not None
    assert wall(nxt.at) == "Sun 02:20 +0100"
    assert utc(nxt.at) - utc(start) == timedelta(minutes=30)
    night = take_every_break(ScheduleState.fresh(start), settings(), berlin(25, 4, month=10))
    gaps = [utc(b.at) - utc(a.at) for a, b in itertools.pairwise(night)]
    assert len(night) == 4 and all(gap == timedelta(minutes=30) + BREAK for gap in gaps)


def test_a_snooze_and_a_short_pause_at_the_fall_back_last_real_minutes() -> None:
    due = berlin(25, 2, 58, month=10)  # CEST, two minutes before the clocks go back
    snoozed = plan.snooze(ScheduleState.fresh(berlin(25, 2, 28, month=10)), settings(), due)
    nxt = plan.next_break(snoozed, settings())
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Sun 02:03 +0100", "snooze")
    until = plan.pause_until("minutes", 30, due, settings())
    assert until is not None and utc(until) - utc(due) == timedelta(minutes=30)


def test_a_fixed_time_in_the_repeated_hour_comes_once() -> None:
    cfg = settings(
        fixed_times=(time(2, 30),), fixed_days=frozenset({"sun"}), short_interval_minutes=180
    )
    night = take_every_break(
        ScheduleState.fresh(berlin(24, 23, month=10)), cfg, berlin(25, 6, month=10)
    )
    assert [wall(b.at) for b in night if b.reason == "fixed-time"] == ["Sun 02:30 +0200"]


def test_working_hours_after_the_spring_change_start_at_the_new_wall_time() -> None:
    cfg = working(
        sun=((time(9, 0), time(17, 0)),), fixed_times=(time(2, 30),), fixed_days=frozenset({"sun"})
    )
    state = ScheduleState.fresh(berlin(28, 18))  # Saturday evening, CET
    first = plan.next_break(state, cfg)
    # 02:30 does not exist that night: the fixed break moves on by the hour the clocks skip.
    assert first is not None and (wall(first.at), first.reason) == ("Sun 03:30 +0200", "fixed-time")
    state = plan.after_break(state, "short", later(first.at, BREAK))
    second = plan.next_break(state, cfg)
    assert second is not None and (wall(second.at), second.reason) == (
        "Sun 09:30 +0200",
        "working-hours-start",
    )


def test_a_dst_change_is_no_jump_of_the_clock() -> None:
    before = berlin(29, 1, 59)
    after = before.astimezone(UTC) + timedelta(minutes=2)
    assert wall(after) == "Sun 03:01 +0200"
    assert plan.detect_gap(before, 100.0, after.astimezone(BERLIN), 220.0) == 0.0


# --- clock changes and sleep -------------------------------------------------------------------


def clock_set(
    state: ScheduleState, *, reading: datetime, by_hours: int
) -> tuple[ScheduleState, datetime]:
    """The clock read `reading` at monotonic 500; 30 s later it was set by `by_hours`."""
    new_now = reading + timedelta(seconds=30, hours=by_hours)
    jump = plan.detect_gap(reading, 500.0, new_now, 530.0)
    assert jump == by_hours * 3600
    old_now = new_now - timedelta(seconds=jump)
    return plan.on_clock_change(state, old_now, new_now), new_now


def test_a_clock_set_back_an_hour_gives_one_break_on_time() -> None:
    state = ScheduleState.fresh(berlin(2, 10))
    state, now = clock_set(state, reading=berlin(2, 10, 10), by_hours=-1)
    window = take_every_break(state, settings(), now + timedelta(minutes=30))
    assert [wall(b.at) for b in window] == ["Mon 09:30 +0100"]


def test_a_clock_set_forward_an_hour_makes_no_break_overdue() -> None:
    state = ScheduleState.fresh(berlin(2, 10))
    state, now = clock_set(state, reading=berlin(2, 10, 10), by_hours=1)
    window = take_every_break(state, settings(), now + timedelta(minutes=30))
    assert [wall(b.at) for b in window] == ["Mon 11:30 +0100"]


def test_a_clock_change_keeps_a_snooze_and_the_shown_pause_end() -> None:
    snoozed = plan.snooze(ScheduleState.fresh(berlin(2, 9)), settings(), berlin(2, 9, 30))
    moved = plan.on_clock_change(snoozed, berlin(2, 9, 31), berlin(2, 8, 31))
    assert moved.snoozed_until is not None and wall(moved.snoozed_until) == "Mon 08:35 +0100"
    paused = plan.pause(ScheduleState.fresh(berlin(2, 9)), berlin(2, 11))
    assert plan.on_clock_change(paused, berlin(2, 9, 31), berlin(2, 8, 31)).paused_until == berlin(
        2, 11
    )


def test_a_suspend_shows_as_wall_time_the_monotonic_clock_did_not_see() -> None:
    gap = plan.detect_gap(berlin(2, 10), 100.0, berlin(2, 10, 45), 102.0)
    assert gap == 45 * 60 - 2
    assert plan.detect_gap(berlin(2, 10), 100.0, berlin(2, 10, 45), 100.0 + 45 * 60 - 3) == 0.0


def test_detecting_a_gap_needs_aware_times() -> None:
    with pytest.raises(ValueError) as caught:
        plan.detect_gap(datetime(2026, 3, 2, 10), 0.0, berlin(2, 11), 1.0)
    assert str(caught.value) == "detect_gap needs timezone-aware wall-clock times"


LONG_20_MIN = settings(long_break_seconds=1200)


def test_a_45_minute_suspend_is_a_natural_long_break() -> None:
    state = ScheduleState(interval_start=berlin(2, 10), breaks_towards_long=2, snoozes_in_row=1)
    after, natural = plan.after_gap(state, LONG_20_MIN, berlin(2, 10, 5), berlin(2, 10, 50))
    assert natural
    assert (after.breaks_towards_long, after.snoozes_in_row) == (0, 0)
    nxt = plan.next_break(after, LONG_20_MIN)
    assert nxt is not None and wall(nxt.at) == "Mon 11:20 +0100"


def test_a_10_minute_suspend_is_not_a_break_and_the_countdown_waits_for_it() -> None:
    state = ScheduleState(interval_start=berlin(2, 10), breaks_towards_long=2)
    after, natural = plan.after_gap(state, LONG_20_MIN, berlin(2, 10, 5), berlin(2, 10, 15))
    assert not natural and after.breaks_towards_long == 2
    nxt = plan.next_break(after, LONG_20_MIN)
    assert nxt is not None and wall(nxt.at) == "Mon 10:40 +0100"


def test_a_long_suspend_keeps_a_pause() -> None:
    paused = plan.pause(ScheduleState.fresh(berlin(2, 10)), None)
    after, natural = plan.after_gap(paused, LONG_20_MIN, berlin(2, 10, 5), berlin(2, 11))
    assert natural and after.paused_indefinitely and plan.next_break(after, LONG_20_MIN) is None


# --- restarts ----------------------------------------------------------------------------------


def test_a_restart_keeps_snoozes_and_the_pause(tmp_path: Path) -> None:
    path = tmp_path / "schedule.json"
    snoozed = plan.snooze(ScheduleState.fresh(berlin(2, 9)), settings(), berlin(2, 9, 30))
    schedule_file.save_state(path, snoozed, berlin(2, 9, 31))
    loaded = schedule_file.load_state(path)
    assert loaded is not None
    back = plan.restore(loaded, settings(), berlin(2, 9, 32))
    assert back.snoozes_in_row == 1
    nxt = plan.next_break(back, settings())
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Mon 09:35 +0100", "snooze")

    paused = plan.pause(ScheduleState.fresh(berlin(2, 17)), berlin(3, 9))
    schedule_file.save_state(path, paused, berlin(2, 17, 5))
    loaded = schedule_file.load_state(path)
    assert loaded is not None
    overnight = plan.restore(loaded, settings(), berlin(3, 7, 30))
    assert overnight.paused_until is not None and utc(overnight.paused_until) == utc(berlin(3, 9))


def test_a_restart_after_the_pause_ended_counts_from_the_restart() -> None:
    paused = plan.pause(
        ScheduleState(interval_start=berlin(2, 17), saved_at=berlin(2, 17, 5)), berlin(3, 9)
    )
    back = plan.restore(paused, settings(), berlin(3, 9, 20))
    assert not back.paused
    nxt = plan.next_break(back, settings())
    assert nxt is not None and wall(nxt.at) == "Tue 09:50 +0100"


def test_a_restart_outside_working_hours_waits_for_work() -> None:
    state = ScheduleState(interval_start=berlin(6, 16, 40), saved_at=berlin(6, 16, 55))
    back = plan.restore(state, working(), berlin(9, 7, 45))
    nxt = plan.next_break(back, working())
    assert nxt is not None and (wall(nxt.at), nxt.reason) == (
        "Mon 09:30 +0100",
        "working-hours-start",
    )


# --- pause until tomorrow ----------------------------------------------------------------------


def test_pause_until_tomorrow_on_friday_ends_on_monday_at_work() -> None:
    until = plan.pause_until(
        "until-tomorrow", None, berlin(6, 17, 30), working(mon=((time(8, 30), time(17, 0)),))
    )
    assert until is not None and wall(until) == "Mon 08:30 +0100"


def test_pause_until_tomorrow_over_the_dst_weekend_uses_the_summer_offset() -> None:
    until = plan.pause_until("until-tomorrow", None, berlin(27, 18), working())
    assert until is not None and wall(until) == "Mon 09:00 +0200"
    state = plan.pause(ScheduleState.fresh(berlin(27, 18)), until)
    nxt = plan.next_break(state, working())
    assert nxt is not None and (wall(nxt.at), nxt.reason) == ("Mon 09:30 +0200", "after-pause")


def test_pause_until_tomorrow_after_midnight_ends_this_morning() -> None:
    until = plan.pause_until("until-tomorrow", None, berlin(3, 1, 15), working())
    assert until is not None and wall(until) == "Tue 09:00 +0100"
    without_hours = plan.pause_until("until-tomorrow", None, berlin(3, 1, 15), settings())
    assert without_hours is not None and wall(without_hours) == "Tue 08:00 +0100"
