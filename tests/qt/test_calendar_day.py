"""A working day with meetings, on the fake clock, through the real controller, planner and
calendar keeper (its worker thread reads an iCalendar text handed in for the network).

Monday 23 March 2026 in Berlin, working hours 09:00-18:00, breaks of one minute (short) and four
(long), five minutes kept clear before each event. The calendar has Planning 10:00-11:00, a 1:1
11:05-11:30, Review 14:00-15:00 and Retro 16:28-17:00, plus an all-day conference and a
"free" focus block, which hold nothing. At 12:20 a lunch talk appears at 12:30. A call from
15:20 runs into Retro, and the break due at 15:31 waits for both.
"""

from __future__ import annotations

import random
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.calendar.source import FILE, CalendarSource
from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library, load_library
from postureapp.core.history import BreakLog
from postureapp.core.presence import Blockers
from postureapp.core.settings import Settings
from postureapp.runtime.calendars import CalendarKeeper
from postureapp.runtime.controller import Controller

BERLIN = ZoneInfo("Europe/Berlin")
WORK = ((time(9, 0), time(18, 0)),)
PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>'


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 23, hour, minute, tzinfo=BERLIN)


def event(uid: str, title: str, start: str, end: str, extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:{title}\r\n"
        f"DTSTART;TZID=Europe/Berlin:20260323T{start}00\r\nDTEND;TZID=Europe/Berlin:20260323T{end}00\r\n"
        f"{extra}END:VEVENT\r\n"
    )


MEETINGS = [
    event("p", "Planning", "1000", "1100"),
    event("o", "1:1", "1105", "1130"),
    event("r", "Review", "1400", "1500"),
    event("t", "Retro", "1628", "1700"),
    event("f", "Focus time", "0900", "1200", "TRANSP:TRANSPARENT\r\n"),
    "BEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:Conference\r\n"
    "DTSTART;VALUE=DATE:20260323\r\nDTEND;VALUE=DATE:20260324\r\nEND:VEVENT\r\n",
]


def ics(events: list[str]) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    )


@pytest.fixture
def minute_pack(tmp_path: Path) -> Library:
    """Four one-minute desk exercises: a short break takes one minute, a long one four."""
    folder = tmp_path / "minute-pack"
    folder.mkdir()
    (folder / "pic.svg").write_text(PICTURE)
    for ident, movement in (
        ("turn", "rotation"),
        ("arch", "extension"),
        ("tuck", "neck"),
        ("squeeze", "shoulder-blades"),
    ):
        (folder / f"{ident}.toml").write_text(
            f'id = "{ident}"\ntitle = "{ident}"\nsummary = "s"\nareas = ["upper-back"]\n'
            f'movement = "{movement}"\nposition = "seated"\nequipment = []\n'
            f'suits = ["short", "long"]\nsides = "none"\nrounds = 2\ncautions = ["Stop if it hurts."]\n'
            f'[[steps]]\ntext = "Move."\nseconds = 30\nillustration = "pic.svg"\n'
        )
    empty = tmp_path / "none"
    empty.mkdir()
    return load_library(empty, empty, folder)


def test_a_working_day_with_meetings(
    qtbot: QtBot, minute_pack: Library, tmp_path: Path, scheduler, wire
) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(at(9, 0))
    breaks, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=clock.now())
    settings = Settings.defaults().replace(
        short_break_seconds=60,
        long_break_seconds=240,
        working_hours_enabled=True,
        mon=WORK,
        max_wait_minutes=90,
        calendars=(CalendarSource("work", FILE, "/calendars/work.ics"),),
    )
    served = {"text": ics(MEETINGS)}
    keeper = CalendarKeeper(clock, lambda source, window: [served["text"]], tmp_path / "calendars")
    call_until = at(16, 35)
    in_call = lambda _settings: Blockers(call=at(15, 20) <= clock.now() < call_until)  # noqa: E731
    controller = Controller(
        clock=clock,
        settings=settings,
        breaks=breaks,
        library=minute_pack,
        timer=scheduler,
        state_file=tmp_path / "schedule.json",
        rng=random.Random(5),
        blockers=keeper.holding(in_call),
        calendar=keeper,
    )
    wire(controller, scheduler)
    keeper.changed.connect(controller.on_calendar_changed)
    controller.start()
    with qtbot.waitSignal(keeper.changed, timeout=10_000):
        keeper.configure(settings)

    fired: list[str] = []

    def live_until(until: datetime) -> None:
        """Every planned break fires when due, the user does it, and the next is planned."""
        while scheduler.planned is not None and scheduler.planned.at <= until:
            planned = scheduler.planned
            clock.set(planned.at)
            controller.on_due(planned.kind, planned.reason)
            while controller.active is None:  # held: the watch samples again every 30 s
                clock.advance(30)
                controller.sample()
                waiting = controller.waiting_for
                if waiting and not (fired and fired[-1].endswith(f"waits for {waiting}")):
                    fired.append(f"{clock.now():%H:%M} waits for {waiting}")
            moved = f" {planned.side} {planned.event.title}" if planned.event else ""
            fired.append(f"{clock.now():%H:%M} {planned.kind} {planned.reason}{moved}")
            clock.advance(controller.active.plan.total_seconds)
            controller.finish_break("completed")
        clock.set(max(until, clock.now()))

    live_until(at(12, 20))
    assert fired == [
        "09:30 short interval",
        "09:55 short interval before Planning",  # due 10:01, in Planning: early is closer
        "11:30 short interval after 1:1",  # due 10:26: Planning and the 1:1 are one obstacle
        "12:01 long long",
    ]

    # 12:20: the calendar is read again and has a lunch talk at 12:30; the 12:35 break moves.
    assert controller.next_break().at == at(12, 35)  # type: ignore[union-attr]
    served["text"] = ics([*MEETINGS, event("l", "Lunch talk", "1230", "1300")])
    with qtbot.waitSignal(keeper.changed, timeout=10_000):
        keeper.refresh()
    status = controller.status()
    assert status["next_break_at"] == at(12, 25).isoformat()
    assert status["event"] == {
        "start": at(12, 30).isoformat(),
        "end": at(13, 0).isoformat(),
        "title": None,  # titles are private unless the user says otherwise
        "calendar": "work",
        "side": "before",
    }

    fired.clear()
    live_until(at(15, 30))
    assert fired == [
        "12:25 short interval before Lunch talk",
        "13:00 short interval after Lunch talk",
        "13:31 short interval",
        "13:55 long long before Review",  # a long break needs 4 minutes: 13:55 to 13:59
        "15:00 short interval after Review",
    ]

    # 15:31 the break falls due during a call; Retro starts at 16:28, the call ends at 16:35.
    status = controller.status()
    assert status["next_break_at"] == at(15, 31).isoformat() and status["event"] is None
    fired.clear()
    live_until(at(16, 40))
    assert fired == [
        "15:31 waits for call",
        "16:28 waits for event",
        "17:00 short interval",  # Retro is over: the held break starts, not a minute sooner
    ]

    fired.clear()
    live_until(at(18, 0))
    assert fired == ["17:31 short interval"]
    nxt = controller.next_break()
    assert nxt is not None and nxt.at == datetime(2026, 3, 24, 9, 30, tzinfo=BERLIN)

    assert [
        f"{row.due_at.astimezone(BERLIN):%H:%M} {row.started_at.astimezone(BERLIN):%H:%M} "
        f"{row.kind} {row.trigger} {row.outcome}"
        for row in breaks.rows(newest_first=False)
    ] == [
        "09:30 09:30 short schedule completed",
        "09:55 09:55 short schedule completed",
        "11:30 11:30 short schedule completed",
        "12:01 12:01 long schedule completed",
        "12:25 12:25 short schedule completed",
        "13:00 13:00 short schedule completed",
        "13:31 13:31 short schedule completed",
        "13:55 13:55 long schedule completed",
        "15:00 15:00 short schedule completed",
        "15:31 17:00 short schedule completed",  # due at 15:31, held by the call, then Retro
        "17:31 17:31 short schedule completed",
    ]
    controller.stop()
    keeper.stop()
    breaks.close()


def test_while_held_by_a_meeting_status_names_it_only_as_far_as_the_user_allows(
    qtbot: QtBot,
    minute_pack: Library,
    tmp_path: Path,
    scheduler,
    wire,  # type: ignore[no-untyped-def]
) -> None:
    clock = FakeClock(at(9, 15))
    breaks, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=clock.now())
    settings = Settings.defaults().replace(
        calendars=(CalendarSource("work", FILE, "/calendars/work.ics"),),
    )
    keeper = CalendarKeeper(clock, lambda source, window: [ics(MEETINGS)], tmp_path / "calendars")
    in_call = lambda _settings: Blockers(call=clock.now() < at(10, 5))  # noqa: E731
    controller = Controller(
        clock=clock,
        settings=settings,
        breaks=breaks,
        library=minute_pack,
        timer=scheduler,
        state_file=tmp_path / "schedule.json",
        blockers=keeper.holding(in_call),
        calendar=keeper,
    )
    wire(controller, scheduler)
    keeper.changed.connect(controller.on_calendar_changed)
    controller.start()
    with qtbot.waitSignal(keeper.changed, timeout=10_000):
        keeper.configure(settings)
    status = controller.status()  # due 09:45, clear of Planning: no event to name
    assert status["next_break_at"] == at(9, 45).isoformat() and status["event"] is None
    clock.set(at(9, 45))
    controller.on_due("short", "interval")
    assert controller.active is None and controller.waiting_for == "call"
    clock.set(at(10, 1))  # the call runs into Planning
    controller.sample()
    assert controller.active is None and controller.waiting_for == "event"
    keeper.configure(settings.replace(calendar_titles=True))
    held = controller.status()
    assert held["event"]["side"] == "during" and held["event"]["title"] == "Planning"  # type: ignore[index]
    assert held["calendars"]["count"] == 1 and held["calendars"]["problems"] == {}  # type: ignore[index]
    controller.stop()
    keeper.stop()
    breaks.close()
