"""Reading calendars, as `calendar test`, the status and the log tell it: the days asked for,
which calendar a meeting is in, how long a read took, the age of the copy in use, a copy left
alone when nothing changed, a damaged copy, and problems in the user's language."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from postureapp.core.calendar import reader
from postureapp.core.calendar.reader import (
    NOT_INSTALLED,
    SourceReading,
    copy_path,
    read_calendars,
    read_copies,
    read_one,
)
from postureapp.core.calendar.source import URL, CalendarSource
from postureapp.core.calendar.words import said
from postureapp.core.i18n.qm import Catalogue
from postureapp.paths import assets_dir

BERLIN: tzinfo = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 23, 9, 0, tzinfo=BERLIN)
TEAM = CalendarSource("Team A", URL, "https://calendar.example.org/team.ics")
HOME = CalendarSource("Home", URL, "https://calendar.example.org/home.ics")


def ics(title: str, start: str = "20260323T100000", zone: str = ";TZID=Europe/Berlin") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{title.split()[0]}\r\n"
        f"DTSTAMP:20260301T000000Z\r\nSUMMARY:{title}\r\nDTSTART{zone}:{start}\r\n"
        "DURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


Fetch = Callable[[CalendarSource, tuple[datetime, datetime]], list[str]]


def serving(*answers: str | Exception) -> tuple[Fetch, list[tuple[datetime, datetime]]]:
    replies, asked = list(answers), []

    def fetch(source: CalendarSource, window: tuple[datetime, datetime]) -> list[str]:
        asked.append(window)
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return [reply]

    return fetch, asked


@pytest.fixture
def ticking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stopwatch that moves 1.25 s each time it is read."""
    ticks = iter(100 + n * 1.25 for n in range(1000))
    monkeypatch.setattr(reader, "time", SimpleNamespace(perf_counter=lambda: next(ticks)))


def german() -> Catalogue:
    return Catalogue.read(assets_dir() / "translations" / "postureapp_de.qm")


def test_a_calendar_is_asked_for_a_day_back_and_eight_days_on(tmp_path: Path) -> None:
    fetch, asked = serving(ics("Planning"))
    read_one(TEAM, fetch, tmp_path, NOW)
    assert asked == [(NOW - timedelta(days=1), NOW + timedelta(days=8))]


def test_each_meeting_carries_its_calendar_and_all_are_in_order(tmp_path: Path) -> None:
    fetch, _ = serving(ics("Review", "20260324T100000"), ics("Dentist", "20260323T150000"))
    reading = read_calendars([TEAM, HOME], fetch, tmp_path, NOW, BERLIN)
    assert [(e.title, e.calendar) for e in reading.events] == [
        ("Dentist", "Home"),
        ("Review", "Team A"),
    ]
    assert reading.at == NOW


def test_a_floating_time_is_read_on_the_clock_given_live_or_from_the_copy(tmp_path: Path) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    ten = [datetime(2026, 3, 24, 10, tzinfo=tokyo)]
    fetch, _ = serving(ics("Call", "20260324T100000", zone=""), OSError("offline"))
    live = read_calendars([TEAM], fetch, tmp_path, NOW, tokyo)
    assert [e.start for e in live.events] == ten
    assert live.sources[0].name == "Team A"
    offline = read_calendars([TEAM], fetch, tmp_path, NOW, tokyo)
    assert [e.start for e in offline.events] == ten and offline.sources[0].problem == "offline"
    assert offline.sources[0].name == "Team A"
    assert [e.start for e in read_copies([TEAM], tmp_path, NOW, tokyo).events] == ten


def test_a_folder_of_files_is_kept_whole_and_read_back_offline(tmp_path: Path) -> None:
    replies: list[list[str] | Exception] = [
        [ics("Review", "20260324T100000"), ics("Dentist", "20260323T150000")],
        OSError("offline"),
    ]

    def fetch(source: CalendarSource, window: tuple[datetime, datetime]) -> list[str]:
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    assert len(read_one(TEAM, fetch, tmp_path, NOW, BERLIN).events) == 2
    offline = read_one(TEAM, fetch, tmp_path, NOW, BERLIN)
    assert [e.title for e in offline.events] == ["Dentist", "Review"]


def test_an_error_whose_words_are_not_a_phrase_is_told_as_it_is(tmp_path: Path) -> None:
    class Refused(OSError):
        said = "refused by the proxy"

    fetch, _ = serving(Refused("the proxy refused"))
    reading = read_one(TEAM, fetch, tmp_path, NOW)
    assert reading.said is None
    assert reading.problem_in(german().translate) == "the proxy refused"


def test_a_copy_with_accents_reads_the_same_in_the_c_locale(tmp_path: Path) -> None:
    """The copy is UTF-8 whatever the locale says: a process in the C locale without UTF-8 mode
    (its files ASCII by default) reads the meeting's title as it was written."""
    import subprocess
    import sys

    fetch, _ = serving(ics("Café"))
    read_one(TEAM, fetch, tmp_path, NOW)
    assert [e.title for e in read_copies([TEAM], tmp_path, NOW).events] == ["Café"]
    script = (
        "import sys; from datetime import datetime; from pathlib import Path; "
        "from zoneinfo import ZoneInfo; "
        "from postureapp.core.calendar.reader import read_copies; "
        "from postureapp.core.calendar.source import URL, CalendarSource; "
        "now = datetime(2026, 3, 23, 9, tzinfo=ZoneInfo('Europe/Berlin')); "
        "team = CalendarSource('Team A', URL, 'https://calendar.example.org/team.ics'); "
        "titles = [e.title for e in read_copies([team], Path(sys.argv[1]), now).events]; "
        "print(ascii(titles))"
    )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == ascii(["Café"]), done.stderr


def test_how_long_each_read_took_is_told(
    tmp_path: Path, ticking: None, caplog: pytest.LogCaptureFixture
) -> None:
    fetch, _ = serving(ics("Planning"), OSError("refused"))
    with caplog.at_level(logging.INFO, logger=reader.__name__):
        reading = read_calendars([TEAM, HOME], fetch, tmp_path, NOW, BERLIN)
    assert [s.seconds for s in reading.sources] == [1.25, 1.25]
    assert reading.seconds == 5 * 1.25  # from the first tick to the sixth
    assert [r.getMessage() for r in caplog.records] == [
        "calendar Team A: 1 busy event(s) ahead, read in 1.25 s",
        "calendar Home could not be read (refused); no copy",
    ]
    copies = read_copies([TEAM, HOME], tmp_path, NOW, BERLIN)
    assert copies.seconds == 1.25 and copies.at == NOW
    assert [(s.name, len(s.events)) for s in copies.sources] == [("Team A", 1), ("Home", 0)]


def test_a_failed_read_names_the_age_of_the_copy_in_use(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fetch, _ = serving(ics("Planning"), OSError("refused"))
    read_one(TEAM, fetch, tmp_path, NOW)
    made = datetime(2026, 3, 20, 8, 30, tzinfo=BERLIN)
    os.utime(copy_path(tmp_path, TEAM), (made.timestamp(), made.timestamp()))
    with caplog.at_level(logging.INFO, logger=reader.__name__):
        reading = read_one(TEAM, fetch, tmp_path, NOW, BERLIN)
    assert reading.copy_from == made
    assert reading.copy_from is not None and reading.copy_from.utcoffset() is not None
    when = made.astimezone()
    assert caplog.records[-1].getMessage() == (
        f"calendar Team A could not be read (refused); using the copy from {when:%Y-%m-%d %H:%M}"
    )


def test_an_unchanged_calendar_leaves_its_copy_alone(tmp_path: Path) -> None:
    fetch, _ = serving(ics("Planning"), ics("Planning"), ics("Planning moved"))
    read_one(TEAM, fetch, tmp_path, NOW)
    copy = copy_path(tmp_path, TEAM)
    os.utime(copy, (1_000_000_000, 1_000_000_000))
    read_one(TEAM, fetch, tmp_path, NOW)
    assert copy.stat().st_mtime == 1_000_000_000
    read_one(TEAM, fetch, tmp_path, NOW)
    assert copy.stat().st_mtime > 1_000_000_000 and "Planning moved" in copy.read_text()


def test_a_copy_as_long_as_the_new_data_is_still_replaced(tmp_path: Path) -> None:
    fetch, _ = serving(ics("Planning"), ics("Plannink"))
    read_one(TEAM, fetch, tmp_path, NOW)
    read_one(TEAM, fetch, tmp_path, NOW)
    assert "Plannink" in copy_path(tmp_path, TEAM).read_text()


def test_a_damaged_copy_gives_no_meetings_and_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    copy_path(tmp_path, TEAM).write_text("<html>not a calendar</html>", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=reader.__name__):
        reading = read_copies([TEAM], tmp_path, NOW, BERLIN)
    assert reading.events == ()
    assert [r.getMessage() for r in caplog.records] == [
        "the copy of calendar Team A could not be read: part 1 is not iCalendar data"
    ]


def test_no_copy_at_all_is_no_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=reader.__name__):
        assert read_copies([TEAM], tmp_path, NOW, BERLIN).events == ()
    assert caplog.records == []


def test_an_error_without_words_is_named_by_its_kind(tmp_path: Path) -> None:
    fetch, _ = serving(OSError())
    assert read_one(TEAM, fetch, tmp_path, NOW).problem == "OSError"


def test_problems_read_in_the_users_language(tmp_path: Path) -> None:
    translate = german().translate
    assert SourceReading("Team A", ()).problem_in(translate) == ""
    missing = SourceReading("Team A", (), NOT_INSTALLED)
    assert missing.problem_in(translate) == (
        "Kalenderunterstützung ist nicht installiert; installiere sie mit: "
        "pip install 'postureapp[calendars]'"
    )
    phrase = said("part {0} is not iCalendar data", 1)
    assert SourceReading("b", (), str(phrase), said=phrase).problem_in(translate) == (
        "Teil 1 sind keine iCalendar-Daten"
    )
    fetch, _ = serving("<html>Log in</html>")
    broken = read_one(TEAM, fetch, tmp_path, NOW)
    assert broken.problem == "part 1 is not iCalendar data"
    assert broken.problem_in(translate) == "Teil 1 sind keine iCalendar-Daten"


def test_without_the_libraries_the_log_and_the_time_say_so(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ticking: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "postureapp.core.calendar.ics", None)
    fetch, _ = serving(ics("Planning"))
    with caplog.at_level(logging.INFO, logger=reader.__name__):
        reading = read_one(TEAM, fetch, tmp_path, NOW)
    assert reading == SourceReading("Team A", (), NOT_INSTALLED, None, 1.25)
    assert caplog.records[-1].getMessage().startswith("calendar Team A cannot be read: ")
    assert "postureapp.core.calendar.ics" in caplog.records[-1].getMessage()
