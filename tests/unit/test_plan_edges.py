"""The planner at its edges: times exactly on a boundary, the night, the last minute of the day,
a week with one working day, and wall clocks read in a zone that is not the machine's.

Each test kills mutants of core/plan.py that the rest of the suite let through (issue 23): a `<`
made `<=`, a day added or taken away, a zone dropped.
"""

from __future__ import annotations

import time as time_module
from collections.abc import Iterator
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_plan import S

from postureapp.core import plan, schedule_file
from postureapp.core.plan import ScheduleState

# A zone far from the machine's (UTC here): a wall time read in the wrong zone shows.
ZONE = ZoneInfo("Pacific/Auckland")
DAY = ((time(9), time(17)),)
WEEKDAYS_ONLY = (DAY,) * 5 + ((), ())
MONDAYS_ONLY = (DAY,) + ((),) * 6


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """March 2026 in Auckland; the 2nd is a Monday."""
    return datetime(2026, 3, day, hour, minute, tzinfo=ZONE)


def working(week: tuple[plan.TimeRanges, ...] = WEEKDAYS_ONLY, **changes: object) -> S:
    return S(working_hours_enabled=True, week=week, **changes)  # type: ignore[arg-type]


def shown(moment: datetime | None) -> str:
    assert moment is not None
    assert moment.tzinfo is ZONE, "handed back in the zone it was asked in"
    return f"{moment:%a %d %H:%M}"


# --- pauses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "ends"),
    [
        (at(3, 1, 30), "Tue 03 08:00"),  # in the night: "tomorrow" is the coming morning
        (at(3, 3, 59), "Tue 03 08:00"),
        (at(3, 4, 0), "Wed 04 08:00"),  # the night is over at 04:00 sharp
        (at(3, 7, 0), "Wed 04 08:00"),  # before today's start: still tomorrow, not today
        (at(3, 23, 0), "Wed 04 08:00"),
    ],
)
def test_until_tomorrow_without_working_hours(asked: datetime, ends: str) -> None:
    assert shown(plan.pause_until("until-tomorrow", None, asked, S())) == ends


@pytest.mark.parametrize(
    ("asked", "ends"),
    [
        (at(3, 2, 0), "Tue 03 09:00"),  # Monday night: Tuesday is a working day
        (at(3, 7, 0), "Wed 04 09:00"),  # before today's work: tomorrow's, not today's
        (at(6, 18, 0), "Mon 09 09:00"),  # Friday evening: past the weekend
        (at(7, 2, 0), "Mon 09 09:00"),  # Friday night: the same
    ],
)
def test_until_tomorrow_with_working_hours(asked: datetime, ends: str) -> None:
    assert shown(plan.pause_until("until-tomorrow", None, asked, working())) == ends


def test_until_tomorrow_with_one_working_day_a_week_waits_a_week() -> None:
    monday_noon = at(2, 12)
    assert shown(plan.pause_until("until-tomorrow", None, monday_noon, working(MONDAYS_ONLY))) == (
        "Mon 09 09:00"
    )


def test_until_tomorrow_with_no_working_day_at_all_ends_tomorrow_morning() -> None:
    nothing = working(((),) * 7)
    assert shown(plan.pause_until("until-tomorrow", None, at(3, 15), nothing)) == "Wed 04 08:00"
    assert shown(plan.pause_until("until-tomorrow", None, at(3, 1), nothing)) == "Tue 03 08:00"


def test_pause_kinds_and_a_pause_in_minutes_without_minutes() -> None:
    now = at(3, 10)
    assert plan.pause_until("indefinitely", None, now, S()) is None
    assert plan.pause_until("minutes", 45, now, S()) == now + timedelta(minutes=45)
    with pytest.raises(ValueError, match=r"^a pause in minutes needs a number of minutes$"):
        plan.pause_until("minutes", None, now, S())


def test_a_pause_clears_a_pending_snooze_and_its_count() -> None:
    snoozed = plan.snooze(ScheduleState.fresh(at(3, 10)), S(), at(3, 10, 30))
    assert snoozed.snoozed_until is not None and snoozed.snoozes_in_row == 1
    paused = plan.pause(snoozed, at(3, 11))
    assert (paused.snoozed_until, paused.snoozes_in_row) == (None, 0)
    assert paused.paused_until == at(3, 11) and not paused.paused_indefinitely
    nxt = plan.next_break(paused, S())
    assert nxt is not None and (shown(nxt.at), nxt.reason) == ("Tue 03 11:30", "after-pause")
    forever = plan.pause(snoozed, None)
    assert forever.paused_indefinitely and forever.snoozed_until is None
    assert plan.next_break(forever, S()) is None


def test_resume_ends_either_pause_and_starts_a_full_interval() -> None:
    for until in (at(3, 12), None):
        resumed = plan.resume(plan.pause(ScheduleState.fresh(at(3, 9)), until), at(3, 10))
        assert resumed.paused_until is None and resumed.paused_indefinitely is False
        assert not resumed.paused
        nxt = plan.next_break(resumed, S())
        assert nxt is not None and (shown(nxt.at), nxt.reason) == ("Tue 03 10:30", "interval")


def test_a_timed_pause_ends_exactly_at_its_end() -> None:
    paused = plan.pause(ScheduleState.fresh(at(3, 9)), at(3, 10))
    assert plan.expire_pause(paused, at(3, 9, 59)) == paused
    ended = plan.expire_pause(paused, at(3, 10))
    assert ended.paused_until is None and ended.interval_start == at(3, 10)


def test_an_expired_pause_counts_from_the_later_of_its_end_and_a_restart() -> None:
    # The interval restarted after the pause ended (a natural break): that start stands.
    state = ScheduleState(interval_start=at(3, 10, 20), paused_until=at(3, 10))
    assert plan.expire_pause(state, at(3, 11)).interval_start == at(3, 10, 20)
    # Compared as instants: 10:05 in Auckland is long before 10:00 the same day in UTC.
    utc_end = datetime(2026, 3, 2, 21, 30, tzinfo=ZoneInfo("UTC"))  # = Tue 03 10:30 Auckland
    state = ScheduleState(interval_start=at(3, 10, 5), paused_until=utc_end)
    assert plan.expire_pause(state, at(3, 11)).interval_start == utc_end


# --- boundaries --------------------------------------------------------------------------------


def test_long_every_one_makes_every_break_long() -> None:
    state = ScheduleState.fresh(at(3, 9))
    for _ in range(3):
        assert plan.kind_of_next(state, S(long_every=1)) == "long"
        state = plan.after_break(state, "long", at(3, 10))
    assert plan.kind_of_next(ScheduleState.fresh(at(3, 9)), S(long_every=2)) == "short"


def test_working_hours_begin_and_end_on_the_minute() -> None:
    cfg = working()
    assert plan.in_working_hours(at(3, 9), cfg)
    assert not plan.in_working_hours(at(3, 8, 59), cfg)
    assert not plan.in_working_hours(at(3, 17), cfg)
    assert plan.in_working_hours(at(3, 16, 59), cfg)
    assert shown(plan.next_working_change(at(3, 9), cfg)) == "Tue 03 17:00"
    assert shown(plan.next_working_change(at(3, 17), cfg)) == "Wed 04 09:00"


def test_with_no_working_day_at_all_nothing_is_working_time() -> None:
    nothing = working(((),) * 7)
    assert not plan.in_working_hours(at(3, 10), nothing)
    assert plan.next_working_change(at(3, 10), nothing) is None
    assert plan.next_break(ScheduleState.fresh(at(3, 10)), nothing) is None


def test_a_period_exactly_one_interval_long_gets_no_interval_break() -> None:
    half_hour = working((((time(9), time(9, 30)), (time(14), time(15))),) + ((),) * 6)
    nxt = plan.next_break(ScheduleState.fresh(at(2, 8)), half_hour)
    assert nxt is not None and shown(nxt.at) == "Mon 02 14:30"


def test_one_working_day_a_week_is_found_six_days_ahead() -> None:
    nxt = plan.next_break(ScheduleState.fresh(at(3, 10)), working(MONDAYS_ONLY))
    assert nxt is not None
    assert (shown(nxt.at), nxt.reason) == ("Mon 09 09:30", "working-hours-start")


def test_three_ranges_on_a_day_two_of_which_touch() -> None:
    split = ((time(9), time(12)), (time(12), time(13)), (time(14), time(18)))
    cfg = working((split,) * 7)
    assert shown(plan.next_working_change(at(3, 10), cfg)) == "Tue 03 13:00"
    assert plan.in_working_hours(at(3, 15), cfg)
    assert shown(plan.next_working_change(at(3, 15), cfg)) == "Tue 03 18:00"


def test_a_day_that_ends_at_23_59_ends_at_midnight() -> None:
    late = ((time(23, 29), time(23, 59)),)
    cfg = working((late,) * 7)
    assert shown(plan.next_working_change(at(3, 23, 45), cfg)) == "Wed 04 00:00"
    nxt = plan.next_break(ScheduleState.fresh(at(3, 23, 29)), cfg)
    assert nxt is not None and shown(nxt.at) == "Tue 03 23:59", "a full interval fits"
    # Into the next morning when the next day starts at midnight: one stretch of work.
    night = working((((time(22), time(23, 59)),), ((time(0), time(2)),)) + ((),) * 5)
    assert shown(plan.next_working_change(at(2, 23), night)) == "Tue 03 02:00"


def test_a_fixed_time_exactly_the_merge_window_after_a_due_break_takes_its_place() -> None:
    cfg = S(fixed_times=(time(9, 40),), fixed_days=frozenset({"tue"}))
    nxt = plan.next_break(ScheduleState.fresh(at(3, 9)), cfg)  # due 09:30; fixed 09:40
    assert nxt is not None and (shown(nxt.at), nxt.reason) == ("Tue 03 09:40", "fixed-time")
    later = S(fixed_times=(time(9, 41),), fixed_days=frozenset({"tue"}))
    nxt = plan.next_break(ScheduleState.fresh(at(3, 9)), later)
    assert nxt is not None and (shown(nxt.at), nxt.reason) == ("Tue 03 09:30", "interval")


def test_a_fixed_time_is_strictly_after_the_snooze_it_follows() -> None:
    cfg = S(fixed_times=(time(10, 5), time(10, 30)), fixed_days=frozenset({"tue"}))
    state = ScheduleState(interval_start=at(3, 9, 40), snoozed_until=at(3, 10, 5))
    nxt = plan.next_break(state, cfg)
    assert nxt is not None and (shown(nxt.at), nxt.reason) == ("Tue 03 10:05", "snooze")


def test_fixed_times_are_read_on_the_wall_clock_of_the_zone() -> None:
    cfg = S(fixed_times=(time(10),), fixed_days=frozenset({"tue"}))
    nxt = plan.next_break(ScheduleState.fresh(at(3, 9, 40)), cfg)
    assert nxt is not None and (shown(nxt.at), nxt.reason) == ("Tue 03 10:00", "fixed-time")


def test_an_absence_exactly_as_long_as_a_long_break_is_not_one() -> None:
    state = ScheduleState.fresh(at(3, 9))
    exact = at(3, 9, 10) + timedelta(seconds=240)
    shifted, was_break = plan.after_gap(state, S(), at(3, 9, 10), exact)
    assert not was_break and shifted.interval_start == at(3, 9, 4)
    _, was_break = plan.after_gap(state, S(), at(3, 9, 10), exact + timedelta(seconds=1))
    assert was_break


def test_a_drift_exactly_at_the_tolerance_is_no_jump() -> None:
    wall = at(3, 9)
    assert plan.detect_gap(wall, 100.0, wall + timedelta(seconds=15), 110.0) == 0.0
    assert plan.detect_gap(wall, 100.0, wall + timedelta(seconds=15.5), 110.0) == 5.5
    with pytest.raises(ValueError, match="timezone-aware"):
        plan.detect_gap(wall.replace(tzinfo=None), 0.0, wall, 0.0)


def test_a_restart_at_the_very_moment_of_the_save_keeps_the_count() -> None:
    state = ScheduleState(interval_start=at(3, 9), breaks_towards_long=2, saved_at=at(3, 9, 10))
    kept = plan.restore(state, S(), at(3, 9, 10))
    assert kept.breaks_towards_long == 2 and kept.interval_start == at(3, 9)
    earlier = plan.restore(state, S(), at(3, 9, 9))
    assert earlier.breaks_towards_long == 0 and earlier.interval_start == at(3, 9, 9)


def test_snooze_refusals_say_why() -> None:
    state = ScheduleState.fresh(at(3, 9))
    with pytest.raises(plan.SnoozeRefused, match=r"^strict mode is on: breaks cannot be snoozed$"):
        plan.snooze(state, S(strict=True), at(3, 9, 30))
    capped = ScheduleState(interval_start=at(3, 9), snoozes_in_row=2)
    with pytest.raises(plan.SnoozeRefused, match=r"^already snoozed 2 times in a row \(the limit"):
        plan.snooze(capped, S(), at(3, 9, 30))


# --- the state on disk -------------------------------------------------------------------------


@pytest.mark.parametrize("indefinitely", [True, False])
def test_every_field_of_the_state_survives_the_file(tmp_path: Path, indefinitely: bool) -> None:
    state = ScheduleState(
        interval_start=at(3, 9),
        breaks_towards_long=3,
        snoozes_in_row=1,
        snoozed_until=at(3, 9, 35),
        paused_until=None if indefinitely else at(3, 12),
        paused_indefinitely=indefinitely,
    )
    path = tmp_path / "schedule.json"
    schedule_file.save_state(path, state, at(3, 9, 31))
    loaded = schedule_file.load_state(path)
    assert loaded is not None
    assert loaded == ScheduleState(
        interval_start=at(3, 9),
        breaks_towards_long=3,
        snoozes_in_row=1,
        snoozed_until=at(3, 9, 35),
        paused_until=None if indefinitely else at(3, 12),
        paused_indefinitely=indefinitely,
        saved_at=at(3, 9, 31),
    )


def test_an_indefinite_pause_survives_a_restart_even_after_a_long_night(tmp_path: Path) -> None:
    path = tmp_path / "schedule.json"
    paused = plan.pause(ScheduleState.fresh(at(2, 17)), None)
    schedule_file.save_state(path, paused, at(2, 17, 5))
    loaded = schedule_file.load_state(path)
    assert loaded is not None
    for restarted in (at(2, 17, 6), at(3, 9)):
        state = plan.restore(loaded, S(), restarted)
        assert state.paused_indefinitely and plan.next_break(state, S()) is None


def test_a_slouch_brings_the_break_forward_by_working_hours_of_the_zone() -> None:
    from postureapp.core.posture import Held, Slouch
    from postureapp.core.settings import Settings

    office = Settings.defaults().replace(working_hours_enabled=True)  # 09:00-17:00 weekdays
    held = Held(Slouch.FORWARD_HEAD, at(2, 9, 18), at(2, 9, 20))
    planned = plan.next_break(ScheduleState.fresh(at(2, 9)), office, held=held)
    assert planned is not None and planned.reason == "posture"
    assert shown(planned.at) == "Mon 02 09:20"
    assert planned.at == at(2, 9, 20) + timedelta(seconds=office.notice_seconds)


def test_until_tomorrow_in_the_night_when_work_starts_at_that_very_minute() -> None:
    early = working((((time(3), time(12)),),) * 5 + ((), ()))
    # Tuesday 03:00 is still Monday night; work starts at 03:00 today: not a pause of no time.
    assert shown(plan.pause_until("until-tomorrow", None, at(3, 3), early)) == "Wed 04 03:00"


ONLY_MONDAY_MORNING = (((time(9), time(11)),),) + ((),) * 6


def test_working_hours_a_whole_week_ahead_are_found_in_a_zone_a_day_ahead_of_utc() -> None:
    # Monday noon in Auckland is still Sunday in UTC: the week is counted on Auckland's days.
    assert shown(plan.next_working_change(at(2, 12), working(ONLY_MONDAY_MORNING))) == (
        "Mon 09 09:00"
    )
    nxt = plan.next_break(ScheduleState.fresh(at(2, 12)), working(ONLY_MONDAY_MORNING))
    assert nxt is not None and (shown(nxt.at), nxt.reason) == (
        "Mon 09 09:30",
        "working-hours-start",
    )


def test_a_fixed_time_a_whole_week_ahead_is_found_in_a_zone_a_day_ahead_of_utc() -> None:
    mondays_at_eight = working(((),) * 7, fixed_times=(time(8),), fixed_days=frozenset({"mon"}))
    nxt = plan.next_break(ScheduleState.fresh(at(2, 9)), mondays_at_eight)
    assert nxt is not None and (shown(nxt.at), nxt.reason) == ("Mon 09 08:00", "fixed-time")


@pytest.fixture
def machine_in_berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system's zone is Berlin: a bare offset (what the system clock gives) stands for it."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


def test_a_bare_offset_reads_working_hours_by_the_systems_rules_across_dst(
    machine_in_berlin: None,
) -> None:
    winter = timezone(timedelta(hours=1))
    friday_evening = datetime(2026, 3, 27, 16, 50, tzinfo=winter)  # Berlin goes to +02:00 on Sunday
    monday_nine = datetime(2026, 3, 30, 7, 0, tzinfo=ZoneInfo("UTC"))
    office = working()
    ends = plan.pause_until("until-tomorrow", None, friday_evening, office)
    assert ends == monday_nine and ends.utcoffset() == timedelta(hours=2)
    nxt = plan.next_break(ScheduleState.fresh(friday_evening), office)
    assert nxt is not None and nxt.at == monday_nine + timedelta(minutes=30)
    assert nxt.at.utcoffset() == timedelta(hours=2), "shown in the system's summer time"
