"""Breaks placed around calendar events: never inside one, not just before one, long ones in a
gap of their length. The planner on a fake day in Berlin, with the events given as data."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from postureapp.core import plan
from postureapp.core.calendar.model import Busy, BusyEvent
from postureapp.core.calendar.rules import GRACE, place, stretches
from postureapp.core.plan import ScheduleState
from postureapp.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
WORK = ((time(9, 0), time(17, 0)),)


def at(hour: int, minute: int = 0, day: int = 23) -> datetime:
    """Monday 23 March 2026 (clocks go forward on Sunday the 29th)."""
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


def meeting(start: datetime, end: datetime, title: str = "Team sync") -> BusyEvent:
    return BusyEvent(start, end, title, "work")


def busy(*events: BusyEvent, lead: int = 5, now: datetime | None = None) -> Busy:
    return Busy.of(list(events), lead, now or at(8))


SETTINGS = Settings.defaults().replace(short_break_seconds=40, long_break_seconds=240)


def shown(planned: plan.PlannedBreak | None) -> str:
    assert planned is not None
    moved = f" {planned.side} {planned.event.title}" if planned.event else ""
    return f"{planned.at.astimezone(BERLIN):%a %H:%M} {planned.kind} {planned.reason}{moved}"


def test_without_calendars_the_plan_is_what_it_always_was() -> None:
    state = ScheduleState.fresh(at(9, 0))
    alone = plan.next_break(state, SETTINGS)
    assert plan.next_break(state, SETTINGS, None) == alone
    assert plan.next_break(state, SETTINGS, busy()) == alone
    assert shown(alone) == "Mon 09:30 short interval"


def test_a_break_due_during_a_meeting_waits_for_its_end() -> None:
    state = ScheduleState.fresh(at(10, 0))  # due 10:30, inside 10:00-11:00
    planned = plan.next_break(state, SETTINGS, busy(meeting(at(10), at(11))))
    assert shown(planned) == "Mon 11:00 short interval after Team sync"


def test_a_break_due_just_before_a_meeting_comes_early_when_that_is_closer() -> None:
    state = ScheduleState.fresh(at(9, 28))  # due 09:58, two minutes before a 10:00 meeting
    planned = plan.next_break(state, SETTINGS, busy(meeting(at(10), at(11))))
    assert shown(planned) == "Mon 09:55 short interval before Team sync"


def test_it_comes_after_a_short_meeting_when_that_is_closer() -> None:
    state = ScheduleState.fresh(at(9, 28))  # due 09:58; early 09:55 is 3 min off, after 1 min
    planned = plan.next_break(
        state, SETTINGS, busy(meeting(at(9, 59), at(9, 59) + timedelta(seconds=1), "Ping"))
    )
    # the stretch 09:54-09:59:01: early is 4 min away, after only about 1 min
    assert planned is not None and planned.side == "after"
    assert planned.at == at(9, 59) + timedelta(seconds=1)


def test_the_lead_is_a_setting() -> None:
    state = ScheduleState.fresh(at(9, 28))
    planned = plan.next_break(state, SETTINGS, busy(meeting(at(10), at(11)), lead=0))
    assert shown(planned) == "Mon 09:58 short interval"  # 40 s break ends before 10:00
    planned = plan.next_break(state, SETTINGS, busy(meeting(at(10), at(11)), lead=15))
    assert shown(planned) == "Mon 09:45 short interval before Team sync"


def test_never_early_into_the_past_a_meeting_learned_late_pushes_the_break_after_it() -> None:
    state = ScheduleState.fresh(at(9, 28))
    late = busy(meeting(at(10), at(11)), now=at(9, 57))
    assert (
        shown(plan.next_break(state, SETTINGS, late)) == "Mon 11:00 short interval after Team sync"
    )
    # a timer firing a few seconds late at 09:55 keeps the early break
    firing = busy(meeting(at(10), at(11)), now=at(9, 55) + GRACE - timedelta(seconds=1))
    assert (
        shown(plan.next_break(state, SETTINGS, firing))
        == "Mon 09:55 short interval before Team sync"
    )


def test_never_early_right_after_the_last_break() -> None:
    """Early would be 09:55, only 10 minutes after the last break: too soon; after, then."""
    state = ScheduleState.fresh(at(9, 45))  # due 10:15 inside 10:00-11:00
    planned = plan.next_break(state, SETTINGS, busy(meeting(at(10), at(11))))
    assert shown(planned) == "Mon 11:00 short interval after Team sync"


def test_back_to_back_and_overlapping_meetings_are_one_obstacle() -> None:
    state = ScheduleState.fresh(at(10, 15))  # due 10:45
    events = (
        meeting(at(10), at(11), "Planning"),
        meeting(at(10, 30), at(11, 30), "Review"),  # overlaps
        meeting(at(11, 33), at(12), "Lunch talk"),  # 3 minutes later: inside the lead
    )
    planned = plan.next_break(state, SETTINGS, busy(*events))
    assert shown(planned) == "Mon 12:00 short interval after Lunch talk"


def test_a_long_break_prefers_a_gap_of_its_length_where_a_short_one_would_squeeze_in() -> None:
    long_settings = SETTINGS.replace(long_break_seconds=600)
    events = (meeting(at(10), at(10, 30), "Standup"), meeting(at(10, 38), at(11), "Review"))
    short_state = ScheduleState.fresh(at(10, 10))  # due 10:40, inside Review
    assert shown(plan.next_break(short_state, long_settings, busy(*events))) == (
        "Mon 10:33 short interval before Review"
    )
    long_state = ScheduleState(interval_start=at(10, 10), breaks_towards_long=3)
    assert shown(plan.next_break(long_state, long_settings, busy(*events))) == (
        "Mon 11:00 long long after Review"
    )


def test_a_long_break_with_no_gap_near_takes_what_a_short_one_would() -> None:
    long_settings = SETTINGS.replace(long_break_seconds=600)
    # 10-minute gaps never come within an interval: 09:00-12:00 is all meetings 8 min apart
    events = [
        meeting(at(9) + timedelta(minutes=m), at(9) + timedelta(minutes=m + 22), f"M{m}")
        for m in range(0, 180, 30)
    ]
    state = ScheduleState(interval_start=at(9, 45), breaks_towards_long=3)  # due 10:15
    planned = plan.next_break(state, long_settings, busy(*events))
    assert shown(planned) == "Mon 10:22 long long after M60"


def test_a_fixed_time_in_a_meeting_still_comes_and_keeps_its_reason() -> None:
    fixed = SETTINGS.replace(fixed_times=(time(10, 30),))
    state = ScheduleState.fresh(at(10, 15))
    planned = plan.next_break(state, fixed, busy(meeting(at(10), at(11))))
    assert shown(planned) == "Mon 11:00 short fixed-time after Team sync"


def test_a_snoozed_break_never_comes_back_early() -> None:
    state = ScheduleState(interval_start=at(9, 20), snoozes_in_row=1, snoozed_until=at(9, 58))
    planned = plan.next_break(state, SETTINGS, busy(meeting(at(10), at(11))))
    assert shown(planned) == "Mon 11:00 short snooze after Team sync"


def test_a_meeting_running_past_working_hours_moves_the_break_to_the_next_morning() -> None:
    working = SETTINGS.replace(working_hours_enabled=True, mon=WORK, tue=WORK)
    state = ScheduleState.fresh(at(16, 15))  # due 16:45; early 16:25 is too soon
    planned = plan.next_break(state, working, busy(meeting(at(16, 30), at(17, 30))))
    assert shown(planned) == "Tue 09:30 short working-hours-start"


def test_early_is_taken_when_after_would_be_outside_working_hours() -> None:
    working = SETTINGS.replace(working_hours_enabled=True, mon=WORK, tue=WORK)
    state = ScheduleState.fresh(at(16, 0))  # due 16:30 inside 16:20-18:00; early 16:15
    planned = plan.next_break(state, working, busy(meeting(at(16, 20), at(18), "Offsite")))
    assert shown(planned) == "Mon 16:15 short interval before Offsite"


def test_across_the_spring_dst_change_the_break_follows_the_wall_clock_of_the_meeting() -> None:
    """Sunday 29 March: 02:00 becomes 03:00. A 10:00-11:00 meeting is 08:00-09:00 UTC."""
    state = ScheduleState.fresh(at(9, 45, day=29))
    planned = plan.next_break(state, SETTINGS, busy(meeting(at(10, day=29), at(11, day=29))))
    assert planned is not None
    assert planned.at.isoformat() == "2026-03-29T11:00:00+02:00"
    assert planned.side == "after"


def test_stretches_join_events_whose_guards_touch() -> None:
    found = stretches(
        busy(meeting(at(10), at(11)), meeting(at(11, 5), at(11, 30)), meeting(at(13), at(14))),
        timedelta(seconds=40),
    )
    assert [
        (s.start.astimezone(BERLIN).strftime("%H:%M"), s.end.astimezone(BERLIN).strftime("%H:%M"))
        for s in found
    ] == [
        ("09:55", "11:30"),
        ("12:55", "14:00"),
    ]


def test_a_free_moment_is_left_alone_and_an_empty_event_is_no_obstacle() -> None:
    events = busy(meeting(at(10), at(10)), meeting(at(12), at(13)))
    spot = place(at(10), timedelta(seconds=40), events, at(9))
    assert spot.at == at(10) and spot.event is None
