"""The calendar keeper: reads off the GUI thread, keeps the last good copy, tells a problem
once, re-reads on its schedule and on waking, and runs nothing at all without calendars."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.calendar.source import CalendarSource
from postureapp.core.clock import FakeClock
from postureapp.core.settings import Settings
from postureapp.runtime.calendars import CalendarKeeper

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 23, 9, 0, tzinfo=BERLIN)
SOURCE = CalendarSource("team", "url", "https://calendar.example.org/team.ics")
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
    "DTSTAMP:20260301T000000Z\r\nSUMMARY:Planning\r\nDTSTART;TZID=Europe/Berlin:20260323T100000\r\n"
    "DTEND;TZID=Europe/Berlin:20260323T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


class Server:
    """Stands in for the network: answers with a calendar, or fails like an offline laptop."""

    def __init__(self) -> None:
        self.offline = False
        self.threads: list[str] = []

    def fetch(self, source: CalendarSource, window: tuple[datetime, datetime]) -> list[str]:
        self.threads.append(threading.current_thread().name)
        if self.offline:
            raise OSError("calendar.example.org could not be reached (Network is unreachable)")
        return [ICS]


MADE: list[CalendarKeeper] = []


@pytest.fixture(autouse=True)
def stop_keepers(qtbot: QtBot) -> Iterator[None]:
    """Every keeper a test made is stopped after it: its reading done, its timer off."""
    yield
    while MADE:
        keeper = MADE.pop()
        qtbot.waitUntil(lambda k=keeper: not k._reading_now, timeout=10_000)
        keeper.stop()


def make(qtbot: QtBot, tmp_path: Path, server: Server) -> tuple[CalendarKeeper, list[str]]:
    keeper = CalendarKeeper(FakeClock(NOW), server.fetch, tmp_path / "calendars")
    MADE.append(keeper)
    told: list[str] = []
    keeper.message.connect(told.append)
    return keeper, told


def settings(**changes: object) -> Settings:
    return Settings.defaults().replace(calendars=(SOURCE,), **changes)


def test_without_calendars_nothing_is_read_and_no_timer_runs(qtbot: QtBot, tmp_path: Path) -> None:
    server = Server()
    keeper, _ = make(qtbot, tmp_path, server)
    keeper.configure(Settings.defaults())
    keeper.on_woke(600)
    assert server.threads == [] and not keeper._timer.isActive()
    assert keeper.busy(NOW) is None


def test_reads_on_a_worker_thread_keeps_a_copy_and_plans_the_next_read(
    qtbot: QtBot, tmp_path: Path
) -> None:
    server = Server()
    keeper, told = make(qtbot, tmp_path, server)
    with qtbot.waitSignal(keeper.changed, timeout=10_000):
        keeper.configure(settings(calendar_refresh_minutes=20))
    qtbot.waitUntil(keeper._timer.isActive, timeout=5000)
    assert server.threads == ["calendars"], "never on the GUI thread"
    busy = keeper.busy(NOW)
    assert busy is not None and [e.title for e in busy.events] == ["Planning"]
    assert busy.lead == timedelta(minutes=5)
    assert keeper._timer.interval() == 20 * 60 * 1000
    assert (tmp_path / "calendars" / "team.ics").read_bytes() == ICS.encode()
    assert told == []
    report = keeper.report(NOW)
    assert report["count"] == 1 and report["events_ahead"] == 1 and report["problems"] == {}


def test_offline_the_last_copy_is_used_and_the_problem_is_told_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    server = Server()
    keeper, told = make(qtbot, tmp_path, server)
    with qtbot.waitSignal(keeper.changed, timeout=10_000):
        keeper.configure(settings())
    qtbot.waitUntil(keeper._timer.isActive, timeout=5000)

    server.offline = True
    for _ in range(3):  # three refreshes while offline (the schedule, waking up...)
        keeper.refresh()
        qtbot.waitUntil(keeper._timer.isActive, timeout=5000)
    assert len(told) == 1, told
    assert told[0].startswith(
        "The calendar “team” could not be read: calendar.example.org could not be reached"
    )
    assert "Breaks keep using its copy from" in told[0]
    busy = keeper.busy(NOW)
    assert busy is not None and len(busy.events) == 1, "the copy still holds Planning"
    assert keeper.report(NOW)["problems"] == {
        "team": "calendar.example.org could not be reached (Network is unreachable)"
    }

    server.offline = False  # back online: quiet again, and a later failure is told again
    keeper.refresh()
    qtbot.waitUntil(lambda: keeper.report(NOW)["problems"] == {}, timeout=5000)
    qtbot.waitUntil(keeper._timer.isActive, timeout=5000)
    server.offline = True
    keeper.refresh()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=5000)


def test_a_first_read_that_fails_says_there_is_no_copy(qtbot: QtBot, tmp_path: Path) -> None:
    server = Server()
    server.offline = True
    keeper, told = make(qtbot, tmp_path, server)
    keeper.configure(settings())
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "There is no earlier copy" in told[0]
    assert keeper.busy(NOW) is None


def test_waking_up_reads_again_and_removing_the_last_calendar_stops_everything(
    qtbot: QtBot, tmp_path: Path
) -> None:
    server = Server()
    keeper, _ = make(qtbot, tmp_path, server)
    with qtbot.waitSignal(keeper.changed, timeout=10_000):
        keeper.configure(settings())
    qtbot.waitUntil(keeper._timer.isActive, timeout=5000)
    keeper.on_woke(3600)
    qtbot.waitUntil(lambda: len(server.threads) == 2, timeout=5000)
    qtbot.waitUntil(keeper._timer.isActive, timeout=5000)
    with qtbot.waitSignal(keeper.changed, timeout=1000):
        keeper.configure(Settings.defaults())
    assert not keeper._timer.isActive() and keeper.busy(NOW) is None


def test_a_read_asked_for_during_one_runs_once_more_after_it(qtbot: QtBot, tmp_path: Path) -> None:
    gate = threading.Event()

    class SlowServer(Server):
        def fetch(self, source: CalendarSource, window: tuple[datetime, datetime]) -> list[str]:
            gate.wait(10)
            return super().fetch(source, window)

    server = SlowServer()
    keeper, _ = make(qtbot, tmp_path, server)
    keeper.configure(settings())
    keeper.refresh()  # the calendar changed while it was being read: read it again after
    keeper.refresh()  # ... once, however often asked
    gate.set()
    qtbot.waitUntil(lambda: len(server.threads) == 2 and not keeper._reading_now, timeout=10_000)
    qtbot.wait(100)
    assert len(server.threads) == 2
    assert keeper._timer.isActive(), "then the next read is on its schedule"
    keeper.configure(settings(calendar_refresh_minutes=5))
    assert keeper._timer.isActive() and keeper._timer.interval() == 5 * 60 * 1000, (
        "a new refresh interval counts from now, not after the old one"
    )
    assert len(server.threads) == 2, "the same calendars are not read again for it"
