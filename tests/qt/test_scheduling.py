"""The APScheduler fixes, with the real QtScheduler on the Qt event loop."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import time_machine
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from postureapp.core.plan import PlannedBreak
from postureapp.runtime.scheduling import BreakScheduler, OneTimerQtScheduler


def test_replanning_hundreds_of_times_leaves_one_timer_and_one_firing(qtbot: QtBot) -> None:
    start = datetime(2026, 3, 2, 9, 0).astimezone()
    with time_machine.travel(start, tick=False) as traveller:
        scheduler = OneTimerQtScheduler()
        breaks = BreakScheduler(scheduler)
        breaks.start()
        fired: list[tuple[str, str, bool]] = []
        breaks.break_due.connect(
            lambda kind, reason: fired.append(
                (kind, reason, threading.current_thread() is threading.main_thread())
            )
        )
        for i in range(300):
            due = start + timedelta(minutes=30, seconds=i % 7)
            breaks.plan(PlannedBreak(due, "short", "interval"), 30, start)
        final = start + timedelta(minutes=30)
        breaks.plan(PlannedBreak(final, "short", "interval"), 30, start)
        qtbot.waitUntil(lambda: scheduler.passes >= 1, timeout=2000)
        passes_before = scheduler.passes
        assert passes_before <= 3, f"{passes_before} scheduler passes for 301 re-plans"
        assert scheduler.timer_active, "the one timer waits for the next job"

        traveller.move_to(final + timedelta(seconds=1))
        with qtbot.waitSignal(breaks.break_due, timeout=2000):
            scheduler.wakeup()
        QCoreApplication.processEvents()  # any extra pass already queued would run now
        assert fired == [("short", "interval", True)], "fired once, in the GUI thread"
        assert scheduler.passes - passes_before <= 2
        breaks.shutdown()


@pytest.fixture
def armed(qtbot: QtBot) -> Iterator[tuple[object, BreakScheduler, datetime]]:
    """A real OneTimerQtScheduler on the Qt loop, with the wall clock held at 09:00."""
    start = datetime(2026, 3, 2, 9, 0).astimezone()
    with time_machine.travel(start, tick=False) as traveller:
        breaks = BreakScheduler(OneTimerQtScheduler())
        breaks.start()
        yield traveller, breaks, start
        breaks.shutdown()


def test_a_late_job_still_fires_once_after_a_long_suspend(qtbot: QtBot, armed) -> None:  # type: ignore[no-untyped-def]
    traveller, breaks, start = armed
    breaks.plan(PlannedBreak(start + timedelta(minutes=30), "long", "long"), 30, start)
    fired: list[str] = []
    breaks.break_due.connect(lambda kind, reason: fired.append(kind))
    # The laptop slept through the due time: the job is two hours late, far past 1 s grace.
    traveller.move_to(start + timedelta(hours=2, minutes=30))
    with qtbot.waitSignal(breaks.break_due, timeout=2000):
        breaks.scheduler.wakeup()
    QCoreApplication.processEvents()  # any extra pass already queued would run now
    assert fired == ["long"]


def test_the_notice_comes_before_the_break(qtbot: QtBot, armed) -> None:  # type: ignore[no-untyped-def]
    traveller, breaks, start = armed
    breaks.plan(PlannedBreak(start + timedelta(minutes=30), "short", "interval"), 30, start)
    traveller.move_to(start + timedelta(minutes=29, seconds=31))
    with qtbot.waitSignal(breaks.break_soon, timeout=2000) as notice:
        breaks.scheduler.wakeup()
    assert notice.args == ["short", 30]


def test_a_break_planned_just_one_notice_ahead_still_gets_its_notice(qtbot: QtBot, armed) -> None:  # type: ignore[no-untyped-def]
    """A break brought forward for a held slouch is planned exactly one notice ahead; the plan
    reaches the scheduler a moment later. Its notice (which says why it came early) must show."""
    traveller, breaks, start = armed
    planned_at = start + timedelta(seconds=30)
    now = start + timedelta(milliseconds=200)
    traveller.move_to(now)
    breaks.plan(PlannedBreak(planned_at, "short", "posture"), 30, now)
    with qtbot.waitSignal(breaks.break_soon, timeout=2000) as notice:
        breaks.scheduler.wakeup()
    assert notice.args == ["short", 30]


def test_a_break_that_replans_while_its_job_runs_logs_no_traceback(
    qtbot: QtBot, armed, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """Starting a break removes the break job from inside that job's own run.

    APScheduler then failed to remove the job it had just run and logged a JobLookupError
    traceback at most scheduled breaks (156 of 227 in a simulated day).
    """
    traveller, breaks, start = armed
    due = start + timedelta(minutes=30)
    breaks.break_due.connect(lambda kind, reason: breaks.plan(None, 0, due))  # as a break starts
    breaks.plan(PlannedBreak(due, "short", "interval"), 0, start)
    traveller.move_to(due + timedelta(seconds=1))
    with caplog.at_level("DEBUG"), qtbot.waitSignal(breaks.break_due, timeout=2000):
        breaks.scheduler.wakeup()
    QCoreApplication.processEvents()
    assert breaks.planned is None
    troubles = [r for r in caplog.records if r.levelname in ("WARNING", "ERROR") or r.exc_info]
    assert troubles == [], [r.getMessage() for r in troubles]
