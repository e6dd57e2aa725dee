"""Reading calendars once: a good read replaces the copy, a failed or broken one never does."""

from __future__ import annotations

import sys
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from postureapp.core.calendar.reader import NOT_INSTALLED, copy_path, read_calendars, read_copies
from postureapp.core.calendar.source import URL, CalendarSource

BERLIN: tzinfo = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 23, 9, 0, tzinfo=BERLIN)
TEAM = CalendarSource("Team A", URL, "https://calendar.example.org/team.ics")


def ics(title: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        f"DTSTAMP:20260301T000000Z\r\nSUMMARY:{title}\r\nDTSTART;TZID=Europe/Berlin:20260323T100000\r\n"
        "DTEND;TZID=Europe/Berlin:20260323T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def answering(*answers: str | Exception):  # type: ignore[no-untyped-def]
    replies = list(answers)

    def fetch(source: CalendarSource, window: tuple[datetime, datetime]) -> list[str]:
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return [reply]

    return fetch


def titles(reading) -> list[str]:  # type: ignore[no-untyped-def]
    return [event.title for event in reading.events]


def test_a_good_read_is_kept_and_a_failed_one_falls_back_to_it(tmp_path: Path) -> None:
    fetch = answering(ics("Planning"), OSError("the network is unreachable (offline?)"))
    first = read_calendars([TEAM], fetch, tmp_path, NOW, BERLIN)
    assert titles(first) == ["Planning"] and first.sources[0].problem is None
    copy = copy_path(tmp_path, TEAM)
    assert copy.name == "team-a.ics" and "Planning" in copy.read_text()

    offline = read_calendars([TEAM], fetch, tmp_path, NOW, BERLIN)
    assert titles(offline) == ["Planning"], "the copy keeps the meeting"
    assert offline.sources[0].problem == "the network is unreachable (offline?)"
    assert offline.sources[0].copy_from is not None


def test_broken_data_from_the_server_never_replaces_the_good_copy(tmp_path: Path) -> None:
    fetch = answering(ics("Planning"), "<html>Log in to continue</html>")
    read_calendars([TEAM], fetch, tmp_path, NOW, BERLIN)
    broken = read_calendars([TEAM], fetch, tmp_path, NOW, BERLIN)
    assert "not iCalendar" in (broken.sources[0].problem or "")
    assert titles(broken) == ["Planning"]
    assert "Planning" in copy_path(tmp_path, TEAM).read_text()


def test_without_a_copy_a_failure_leaves_no_events_and_says_so(tmp_path: Path) -> None:
    reading = read_calendars([TEAM], answering(OSError("refused")), tmp_path, NOW, BERLIN)
    assert reading.events == () and reading.sources[0].copy_from is None
    assert read_copies([TEAM], tmp_path, NOW, BERLIN).events == ()


def test_the_copies_alone_give_the_events_at_start(tmp_path: Path) -> None:
    read_calendars([TEAM], answering(ics("Planning")), tmp_path, NOW, BERLIN)
    assert titles(read_copies([TEAM], tmp_path, NOW, BERLIN)) == ["Planning"]


def test_without_the_calendar_libraries_the_reason_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "postureapp.core.calendar.ics", None)
    reading = read_calendars([TEAM], answering(ics("Planning")), tmp_path, NOW, BERLIN)
    assert reading.events == ()
    assert reading.sources[0].problem == NOT_INSTALLED
    assert "pip install 'postureapp[calendars]'" in NOT_INSTALLED
    assert read_copies([TEAM], tmp_path, NOW, BERLIN).events == ()
