"""iCalendar data to busy times: recurrences, cancelled occurrences, time zones and DST,
floating times, all-day and free events, overlaps, broken data and a 5 MB file."""

from __future__ import annotations

import time as clock
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from coverage_gate import untraced

from postureapp.core.calendar.ics import CalendarUnreadable, busy_events, trimmed

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WEEK = (datetime(2026, 3, 23, tzinfo=BERLIN), datetime(2026, 3, 31, tzinfo=BERLIN))


def calendar(*events: str) -> str:
    body = "".join(
        "BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n"
        + e.strip().replace("\n", "\r\n")
        + "\r\nEND:VEVENT\r\n"
        for e in events
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//postureapp tests//EN\r\n{body}END:VCALENDAR\r\n"


def seen(texts: list[str], local: ZoneInfo = BERLIN) -> list[str]:
    return [
        f"{e.start.astimezone(BERLIN):%a %d %H:%M}-{e.end.astimezone(BERLIN):%H:%M} {e.title}"
        for e in busy_events(texts, "work", *WEEK, local)
    ]


STANDUP = """
UID:standup
SUMMARY:Standup
DTSTART;TZID=Europe/Berlin:20260302T100000
DTEND;TZID=Europe/Berlin:20260302T101500
RRULE:FREQ=WEEKLY;BYDAY=MO,TH,SU
EXDATE;TZID=Europe/Berlin:20260326T100000
"""
STANDUP_MOVED = """
UID:standup
SUMMARY:Standup (moved)
RECURRENCE-ID;TZID=Europe/Berlin:20260323T100000
DTSTART;TZID=Europe/Berlin:20260323T143000
DTEND;TZID=Europe/Berlin:20260323T144500
"""
STANDUP_CANCELLED = """
UID:standup
SUMMARY:Standup
RECURRENCE-ID;TZID=Europe/Berlin:20260330T100000
DTSTART;TZID=Europe/Berlin:20260330T100000
DTEND;TZID=Europe/Berlin:20260330T101500
STATUS:CANCELLED
"""


def test_a_weekly_meeting_with_an_excluded_a_moved_and_a_cancelled_occurrence() -> None:
    assert seen([calendar(STANDUP, STANDUP_MOVED, STANDUP_CANCELLED)]) == [
        "Mon 23 14:30-14:45 Standup (moved)",  # moved from 10:00
        # Thursday 26th excluded (EXDATE)
        "Sun 29 10:00-10:15 Standup",  # the day clocks go forward: still 10:00 on the wall
        # Monday 30th cancelled
    ]


def test_a_meeting_set_in_new_york_lands_at_the_right_berlin_time_across_both_dst_changes() -> None:
    """The US changed on 8 March, Europe changes on 29 March: the gap is 5 hours, then 6."""
    text = calendar(
        """
UID:ny
SUMMARY:NY sync
DTSTART;TZID=America/New_York:20260302T090000
DTEND;TZID=America/New_York:20260302T093000
RRULE:FREQ=DAILY
"""
    )
    days = seen([text])
    assert days[0] == "Mon 23 14:00-14:30 NY sync"
    assert "Mon 30 15:00-15:30 NY sync" in days


def test_floating_times_are_read_on_the_users_wall_clock() -> None:
    text = calendar("UID:f\nSUMMARY:Dentist\nDTSTART:20260330T080000\nDTEND:20260330T090000")
    assert seen([text], BERLIN) == ["Mon 30 08:00-09:00 Dentist"]
    assert seen([text], NEW_YORK) == ["Mon 30 14:00-15:00 Dentist"]


def test_all_day_free_transparent_cancelled_and_empty_events_do_not_make_anyone_busy() -> None:
    text = calendar(
        "UID:a\nSUMMARY:Holiday\nDTSTART;VALUE=DATE:20260324\nDTEND;VALUE=DATE:20260325",
        "UID:b\nSUMMARY:Focus\nDTSTART:20260324T090000Z\nDTEND:20260324T100000Z\nTRANSP:TRANSPARENT",
        "UID:c\nSUMMARY:Maybe\nDTSTART:20260324T110000Z\nDTEND:20260324T120000Z\nX-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "UID:d\nSUMMARY:Called off\nDTSTART:20260324T130000Z\nDTEND:20260324T140000Z\nSTATUS:CANCELLED",
        "UID:e\nSUMMARY:Reminder\nDTSTART:20260324T150000Z",
        "UID:f\nSUMMARY:Real\nDTSTART:20260324T150000Z\nDURATION:PT45M",
    )
    assert seen([text]) == ["Tue 24 16:00-16:45 Real"]


def test_overlapping_events_and_several_files_all_count() -> None:
    one = calendar("UID:x\nSUMMARY:Design\nDTSTART:20260325T090000Z\nDTEND:20260325T100000Z")
    two = calendar("UID:y\nSUMMARY:Hiring\nDTSTART:20260325T093000Z\nDTEND:20260325T103000Z")
    assert seen([one, two]) == ["Wed 25 10:00-11:00 Design", "Wed 25 10:30-11:30 Hiring"]
    assert seen([one + two]) == seen([one, two])  # two VCALENDARs in one text (a CalDAV account)


def test_an_event_running_into_the_window_counts_and_the_window_is_honoured() -> None:
    text = calendar(
        "UID:o\nSUMMARY:Overnight\nDTSTART:20260322T220000Z\nDTEND:20260323T080000Z",
        "UID:p\nSUMMARY:Past\nDTSTART:20260320T080000Z\nDTEND:20260320T090000Z",
        "UID:q\nSUMMARY:Later\nDTSTART:20260402T080000Z\nDTEND:20260402T090000Z",
    )
    assert seen([text]) == ["Sun 22 23:00-09:00 Overnight"]


@pytest.mark.parametrize(
    "broken",
    [
        "this is not a calendar",
        "BEGIN:VCALENDAR\r\nDTSTART 2026\r\n",
        calendar("UID:x\nSUMMARY:No start"),
    ],
)
def test_broken_data_is_refused_with_a_reason(broken: str) -> None:
    with pytest.raises(CalendarUnreadable, match="part 1"):
        busy_events([broken], "work", *WEEK, BERLIN)


def test_too_large_a_calendar_is_refused() -> None:
    with pytest.raises(CalendarUnreadable, match="larger than"):
        busy_events([b" " * (33 * 1024 * 1024)], "work", *WEEK, BERLIN)


def big_calendar(megabytes: float) -> str:
    """Years of past one-off meetings, a daily recurring one, and three meetings in the window."""
    events = [STANDUP, STANDUP_CANCELLED]
    start, size, n = datetime(2019, 1, 1, 9), 0, 0
    while size < megabytes * 1024 * 1024:
        begins = start + timedelta(hours=7 * n % 60000)
        event = (
            f"UID:old-{n}\nSUMMARY:Old meeting {n}\nDESCRIPTION:{'Notes. ' * 25}\n"
            f"DTSTART;TZID=Europe/Berlin:{begins:%Y%m%dT%H%M%S}\n"
            f"DTEND;TZID=Europe/Berlin:{begins + timedelta(minutes=30):%Y%m%dT%H%M%S}"
        )
        events.append(event)
        size += len(event) + 50
        n += 1
    for day in (24, 25, 26):
        events.append(
            f"UID:now-{day}\nSUMMARY:Review {day}\nDTSTART;TZID=Europe/Berlin:202603{day}T150000\n"
            f"DTEND;TZID=Europe/Berlin:202603{day}T160000"
        )
    return calendar(*events)


def test_a_5_mb_calendar_is_read_in_well_under_the_refresh_interval() -> None:
    text = big_calendar(5.1)
    assert len(text.encode()) > 5 * 1024 * 1024
    with untraced():
        began = clock.perf_counter()
        found = seen([text])
        took = clock.perf_counter() - began
    assert found == [
        "Mon 23 10:00-10:15 Standup",
        "Tue 24 15:00-16:00 Review 24",
        "Wed 25 15:00-16:00 Review 25",
        "Thu 26 15:00-16:00 Review 26",  # no standup: excluded that day
        "Sun 29 10:00-10:15 Standup",
        # Monday 30th: cancelled
    ]
    assert took < 5.0, f"reading 5 MB took {took:.2f} s"


def test_trimming_keeps_what_repeats_and_what_was_moved_into_the_window() -> None:
    text = calendar(
        STANDUP,
        STANDUP_MOVED,
        "UID:z\nSUMMARY:Ancient\nDTSTART:20100101T090000Z\nDTEND:20100101T100000Z",
    )
    kept = trimmed(text, *WEEK)
    assert "Standup (moved)" in kept and "RRULE" in kept
    assert "Ancient" not in kept
    assert "BEGIN:VCALENDAR" in kept and "END:VCALENDAR" in kept
