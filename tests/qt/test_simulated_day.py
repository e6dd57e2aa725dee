"""A scripted working day on the fake clock, through the real controller and planner.

09:00 to 18:00 on Friday 27 March 2026 in Berlin, with working hours 09:00-18:00 on weekdays and a
fixed break at 15:30. The user works, snoozes twice and is refused a third time, closes the lid
from 12:30 to 13:15, pauses for an hour, and takes the fixed-time break. Then clocks go forward
on Sunday night, and Monday's first break must come at the right wall time.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.clock import FakeClock
from postureapp.core.exercises import Library, load_library
from postureapp.core.history import BreakLog
from postureapp.core.settings import Settings
from postureapp.platform.sleep import SleepWatcher
from postureapp.runtime.controller import Controller

BERLIN = ZoneInfo("Europe/Berlin")
PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>'
WORK = ((time(9, 0), time(18, 0)),)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def minute_pack(tmp_path: Path) -> Library:
    """Four one-minute desk exercises, one per movement a long routine balances.

    Every break then takes a round number of minutes, so the day's times are easy to follow:
    a short break is one exercise (1 minute), a long one all four (4 minutes).
    """
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
    library = load_library(empty, empty, folder)
    assert not library.problems and len(library.exercises) == 4
    return library


@pytest.fixture
def day(qtbot: QtBot, minute_pack: Library, tmp_path: Path, scheduler, wire):  # type: ignore[no-untyped-def]
    library = minute_pack
    clock = FakeClock(at(27, 9, 0))
    breaks, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=clock.now())
    settings = Settings.defaults().replace(
        short_break_seconds=60,  # breaks last what the settings say: one minute, four minutes
        long_break_seconds=240,
        working_hours_enabled=True,
        mon=WORK,
        tue=WORK,
        wed=WORK,
        thu=WORK,
        fri=WORK,
        fixed_times=(time(15, 30),),
    )
    sleep = SleepWatcher(clock)
    controller = Controller(
        clock=clock,
        settings=settings,
        breaks=breaks,
        library=library,
        timer=scheduler,
        state_file=tmp_path / "schedule.json",
        rng=random.Random(11),
        sleep=sleep,
    )
    wire(controller, scheduler, sleep)
    controller.start()
    yield clock, controller, scheduler, breaks
    controller.stop()
    breaks.close()


def live_until(
    clock: FakeClock,
    controller: Controller,
    scheduler,  # type: ignore[no-untyped-def]
    until: datetime,
    answer: Callable[[datetime], str] = lambda when: "completed",
) -> list[str]:
    """Let time pass to `until`; every planned break fires when due and the user answers it."""
    fired = []
    while scheduler.planned is not None and scheduler.planned.at <= until:
        planned = scheduler.planned
        clock.set(planned.at)
        controller.on_due(planned.kind, planned.reason)
        if controller.active is None:
            continue
        outcome = answer(clock.now())
        fired.append(f"{clock.now():%H:%M} {planned.kind} {planned.reason} -> {outcome}")
        seconds = controller.active.plan.total_seconds if outcome == "completed" else 2
        clock.advance(seconds)
        controller.finish_break(outcome, seconds)
    clock.set(max(until, clock.now()))
    return fired


def logged(breaks: BreakLog) -> list[str]:
    return [
        f"{row.started_at.astimezone(BERLIN):%a %H:%M} {row.kind} {row.trigger} {row.outcome}"
        for row in breaks.rows(newest_first=False)
    ]


def test_a_whole_working_day(day) -> None:  # type: ignore[no-untyped-def]
    clock, controller, scheduler, breaks = day
    # Work starts at 09:00. Each break is 1 minute (short) or 4 (long); the next interval of 30
    # minutes counts from the end of the last break.
    seen = live_until(clock, controller, scheduler, at(27, 10, 30))
    assert seen == [
        "09:30 short interval -> completed",
        "10:01 short interval -> completed",
    ]

    # 10:32: snoozed twice (5 minutes each); the third time snoozing is refused, so it is done.
    snoozes = iter(["snoozed", "snoozed", "completed"])
    seen = live_until(clock, controller, scheduler, at(27, 10, 50), lambda when: next(snoozes))
    assert seen == [
        "10:32 short interval -> snoozed",
        "10:37 short snooze -> snoozed",
        "10:42 short snooze -> completed",
    ]
    assert controller.status()["snoozes_in_row"] == 0

    # That was the third break of the cycle, so the fourth is long.
    seen = live_until(clock, controller, scheduler, at(27, 12, 30))
    assert seen == [
        "11:13 long long -> completed",
        "11:47 short interval -> completed",
        "12:18 short interval -> completed",
    ]

    # 12:30 to 13:15 the laptop sleeps through the 12:49 break: the monotonic clock stands still
    # and the wall clock jumps. The first timer after waking finds the gap: longer than a long
    # break, so it is logged as a natural long break, and no burst of missed breaks follows.
    clock.jump_wall(45 * 60)
    controller.sample()
    nxt = controller.next_break()
    assert nxt is not None and (nxt.at, nxt.reason) == (at(27, 13, 45), "interval")

    # 14:00 the user pauses for an hour. The interval after the pause would end at 15:30, where
    # the fixed-time break is: the fixed one takes its place.
    assert live_until(clock, controller, scheduler, at(27, 14, 0)) == [
        "13:45 short interval -> completed"
    ]
    controller.pause("1h")
    assert controller.status()["paused_until"] == at(27, 15, 0).isoformat()
    assert controller.next_break().at == at(27, 15, 30)  # type: ignore[union-attr]
    seen = live_until(clock, controller, scheduler, at(27, 18, 0))
    assert seen == [
        "15:30 short fixed-time -> completed",
        "16:01 short interval -> completed",
        "16:32 long long -> completed",
        "17:06 short interval -> completed",
        "17:37 short interval -> completed",
    ]
    # 18:08 is after work: breaks resume on Monday.
    status = controller.status()
    assert status["in_working_hours"] is False
    assert status["breaks_resume_at"] == at(30, 9, 0).isoformat()

    # The clocks go forward on Sunday night (02:00 -> 03:00). Monday's first break is one
    # interval after work starts, at 09:30 summer time: one break, not two, not an hour off.
    nxt = controller.next_break()
    assert nxt is not None and (nxt.at, nxt.reason) == (at(30, 9, 30), "working-hours-start")
    assert nxt.at.utcoffset() == timedelta(hours=2)
    seen = live_until(clock, controller, scheduler, at(30, 10, 0))
    assert seen == ["09:30 short working-hours-start -> completed"]

    assert logged(breaks) == [
        "Fri 09:30 short schedule completed",
        "Fri 10:01 short schedule completed",
        "Fri 10:32 short schedule snoozed",
        "Fri 10:37 short schedule snoozed",
        "Fri 10:42 short schedule completed",
        "Fri 11:13 long schedule completed",
        "Fri 11:47 short schedule completed",
        "Fri 12:18 short schedule completed",
        "Fri 12:30 long natural natural",
        "Fri 13:45 short schedule completed",
        "Fri 15:30 short fixed-time completed",
        "Fri 16:01 short schedule completed",
        "Fri 16:32 long schedule completed",
        "Fri 17:06 short schedule completed",
        "Fri 17:37 short schedule completed",
        "Mon 09:30 short schedule completed",
    ]
