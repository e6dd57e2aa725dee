"""iCalendar data at its edges: a calendar that names its own time zone, floating times on the
system's clock, a broken series among good events, empty and broken parts, titles as the status
line shows them, lower-case values, meetings that touch the window, too many meetings, and the
quick pass that leaves out events far from the window before anything is parsed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from postureapp.core.calendar import ics
from postureapp.core.calendar.ics import CalendarUnreadable, busy_events, trimmed

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
WEEK = (datetime(2026, 3, 23, tzinfo=BERLIN), datetime(2026, 3, 31, tzinfo=BERLIN))


def calendar(*events: str, head: str = "") -> str:
    body = "".join(
        "BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n"
        + e.strip().replace("\n", "\r\n")
        + "\r\nEND:VEVENT\r\n"
        for e in events
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{head}{body}END:VCALENDAR\r\n"


def event(title: str, start: str, end: str = "", extra: str = "") -> str:
    ends = f"\nDTEND:{end}" if end else ""
    return f"UID:{title}\nSUMMARY:{title}\nDTSTART:{start}{ends}{extra}"


def seen(texts: list[str | bytes], local: ZoneInfo | None = BERLIN) -> list[str]:
    return [
        f"{e.start.astimezone(BERLIN):%a %d %H:%M}-{e.end.astimezone(BERLIN):%H:%M} {e.title}"
        for e in busy_events(texts, "work", *WEEK, local)
    ]


# --- time zones ------------------------------------------------------------------------------


def test_a_calendar_that_names_its_own_zone_places_its_floating_times_there() -> None:
    text = calendar(
        event("Call", "20260324T100000", "20260324T110000"),
        head="X-WR-TIMEZONE:America/New_York\r\n",
    )
    assert seen([text]) == ["Tue 24 15:00-16:00 Call"]


@pytest.fixture
def in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system's own clock set to Tokyo time, as the TZ variable does."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_without_a_zone_given_a_floating_time_is_on_the_systems_clock(in_tokyo: None) -> None:
    text = calendar(event("Dentist", "20260325T170000", "20260325T180000"))
    assert seen([text], None) == ["Wed 25 09:00-10:00 Dentist"]


def test_a_floating_meeting_late_in_the_window_far_east_is_kept() -> None:
    """06:00 in Tokyo on the 31st is 23:00 in Berlin on the 30th, inside the window; read as
    UTC it would lie after it."""
    text = calendar(event("Early call", "20260331T060000", "20260331T063000"))
    assert seen([text], TOKYO) == ["Mon 30 23:00-23:30 Early call"]


# --- parts and series ------------------------------------------------------------------------


def test_a_broken_series_does_not_hide_the_rest_of_the_calendar() -> None:
    text = calendar(
        event("Broken", "20260324T100000Z", "20260324T110000Z", "\nRRULE:FREQ=BOGUS"),
        event("Good", "20260325T100000Z", "20260325T110000Z"),
    )
    assert seen([text]) == ["Wed 25 11:00-12:00 Good"]


def test_empty_parts_are_skipped_and_a_broken_one_is_named_by_its_number() -> None:
    good = calendar(event("Good", "20260325T100000Z", "20260325T110000Z"))
    assert seen(["", " \r\n", good]) == ["Wed 25 11:00-12:00 Good"]
    with pytest.raises(CalendarUnreadable) as caught:
        seen([good, "<html>Log in</html>"])
    assert str(caught.value) == "part 2 is not iCalendar data"


@pytest.mark.parametrize(
    "broken",
    ["BEGIN:VEVENT\r\nEND:VEVENT\r\n", "END:VCALENDAR\r\n"],
    ids=["event-alone", "end-alone"],
)
def test_pieces_of_a_calendar_are_refused(broken: str) -> None:
    with pytest.raises(CalendarUnreadable) as caught:
        seen([broken])
    assert str(caught.value) == "part 1 is not iCalendar data"


def test_meetings_from_several_parts_come_in_time_order() -> None:
    later = calendar(event("Later", "20260326T100000Z", "20260326T110000Z"))
    sooner = calendar(event("Sooner", "20260324T100000Z", "20260324T110000Z"))
    assert seen([later, sooner]) == ["Tue 24 11:00-12:00 Sooner", "Thu 26 11:00-12:00 Later"]


# --- what an event says ----------------------------------------------------------------------


def test_titles_are_trimmed_cut_to_120_characters_and_may_be_missing() -> None:
    text = calendar(
        event("  Padded  ", "20260324T100000Z", "20260324T110000Z"),
        event("x" * 200, "20260325T100000Z", "20260325T110000Z"),
        "UID:n\nDTSTART:20260326T100000Z\nDTEND:20260326T110000Z",
    )
    titles = [e.title for e in busy_events([text], "work", *WEEK, BERLIN)]
    assert titles == ["Padded", "x" * 120, ""]


def test_a_folded_title_is_read_whole() -> None:
    text = calendar(
        "UID:f\nSUMMARY:Quarterly review of the\n  whole team\n"
        "DTSTART:20260324T100000Z\nDTEND:20260324T110000Z"
    )
    assert seen([text]) == ["Tue 24 11:00-12:00 Quarterly review of the whole team"]


def test_bytes_that_are_not_utf8_are_read_with_a_mark_in_their_place() -> None:
    text = calendar(event("Caf\u00e9", "20260324T100000Z", "20260324T110000Z"))
    assert seen([text.encode("latin-1")]) == ["Tue 24 11:00-12:00 Caf\ufffd"]
    assert seen([text.encode("utf-8")]) == ["Tue 24 11:00-12:00 Caf\u00e9"]


def test_free_cancelled_and_transparent_count_in_lower_case_too() -> None:
    text = calendar(
        event("Off", "20260324T100000Z", "20260324T110000Z", "\nSTATUS:cancelled"),
        event("Focus", "20260324T120000Z", "20260324T130000Z", "\nTRANSP:transparent"),
        event("Maybe", "20260324T140000Z", "20260324T150000Z", "\nX-MICROSOFT-CDO-BUSYSTATUS:free"),
        event("Real", "20260324T160000Z", "20260324T170000Z", "\nSTATUS:CONFIRMED"),
    )
    assert seen([text]) == ["Tue 24 17:00-18:00 Real"]


def test_a_meeting_that_only_touches_the_window_does_not_count() -> None:
    text = calendar(
        event("Ends as it opens", "20260322T220000Z", "20260322T230000Z"),
        event("Starts as it closes", "20260330T220000Z", "20260330T230000Z"),
        event("One minute in", "20260322T220000Z", "20260322T230100Z"),
        event("Last minute", "20260330T215900Z", "20260330T230000Z"),
    )
    assert seen([text]) == ["Sun 22 23:00-00:01 One minute in", "Mon 30 23:59-01:00 Last minute"]


def test_more_meetings_than_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ics, "MAX_EVENTS", 3)  # the rule of 5000, at 3 to stay quick
    series = "UID:s\nSUMMARY:Pairing\nDTSTART:20260324T090000Z\nDURATION:PT30M\nRRULE:FREQ=DAILY;COUNT={0}"
    assert len(seen([calendar(series.format(3))])) == 3
    with pytest.raises(CalendarUnreadable) as caught:
        seen([calendar(series.format(4))])
    assert str(caught.value) == "it has more than 3 events in a week"


# --- leaving out what is far away --------------------------------------------------------------


def kept(*events: str) -> list[str]:
    """The titles `trimmed` keeps, for the window of WEEK (23 to 31 March)."""
    text = trimmed(calendar(*events), *WEEK)
    return [
        line.removeprefix("SUMMARY:") for line in text.split("\r\n") if line.startswith("SUMMARY:")
    ]


def test_events_two_days_from_the_window_are_kept_and_three_are_not() -> None:
    assert kept(
        event("Starts 2 after", "20260402T090000Z", "20260402T100000Z"),
        event("Starts 3 after", "20260403T090000Z", "20260403T100000Z"),
        event("Ends 2 before", "20260320T090000Z", "20260321T100000Z"),
        event("Ends 3 before", "20260320T090000Z", "20260320T100000Z"),
    ) == ["Starts 2 after", "Ends 2 before"]


def test_an_event_without_an_end_counts_two_weeks_from_its_start() -> None:
    assert kept(event("Open 0307", "20260307T090000Z"), event("Open 0306", "20260306T090000Z")) == [
        "Open 0307"
    ]


def test_a_moved_occurrence_is_kept_when_its_old_date_is_near() -> None:
    moved = "\nRECURRENCE-ID:{0}T090000Z"
    assert kept(
        event("From 0321", "20250101T090000Z", "20250101T100000Z", moved.format("20260321")),
        event("From 0320", "20250101T090000Z", "20250101T100000Z", moved.format("20260320")),
        event("From 0402", "20250101T090000Z", "20250101T100000Z", moved.format("20260402")),
        event("From 0403", "20250101T090000Z", "20250101T100000Z", moved.format("20260403")),
    ) == ["From 0321", "From 0402"]


def test_old_events_are_left_out_however_their_lines_are_written() -> None:
    assert kept(
        'UID:a\nSUMMARY:Zone with colons\nDTSTART;TZID="GMT+01:00":20100101T090000\n'
        'DTEND;TZID="GMT+01:00":20100101T100000',
        "UID:b\nSUMMARY:Lower case\ndtstart:20100101T090000Z\ndtend:20100101T100000Z",
        "UID:c\nSUMMARY:Spaced\nDTSTART: 20100101T090000Z\nDTEND: 20100101T100000Z",
        "UID:d\nSUMMARY:Repeats\ndtstart:20100101T090000Z\nrrule:FREQ=YEARLY",
        "UID:e\nSUMMARY:Strange date\nDTSTART:20101345T090000Z",
        "UID:f\nSUMMARY:No date\nDTSTART:tomorrow",
    ) == ["Repeats", "Strange date", "No date"]


def test_lower_case_event_markers_are_found_too() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nbegin:vevent\r\nSUMMARY:Old\r\nDTSTART:20100101T090000Z\r\n"
        "end:VEVENT \r\nEND:VCALENDAR\r\n"
    )
    assert trimmed(text, *WEEK) == "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


def test_an_event_cut_off_at_the_end_is_kept_for_the_parser_to_judge() -> None:
    text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Cut\r\nDTSTART:20100101T090000Z"
    assert trimmed(text, *WEEK) == text + "\r\n"


def test_the_window_reaches_across_midnight_in_the_callers_zone() -> None:
    start = datetime(2026, 3, 23, 0, 30, tzinfo=BERLIN)  # still the 22nd in UTC
    text = calendar(event("Ends 0321", "20260321T090000Z", "20260321T100000Z"))
    assert "Ends 0321" in trimmed(text, start, start + timedelta(days=1))
