"""A slot that re-plans from inside a firing job (as the controller does when a break starts, is
credited as natural, or moves) keeps its new plan, and no scheduler error reaches the user."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from postureapp.core.plan import PlannedBreak
from postureapp.core.terms import BreakKind
from postureapp.runtime.scheduling import BREAK_JOB, BreakScheduler


def soon(seconds: float) -> PlannedBreak:
    return PlannedBreak(
        datetime.now().astimezone() + timedelta(seconds=seconds), BreakKind.SHORT, "interval"
    )


def test_a_break_planned_while_the_last_one_fires_still_fires(qtbot: QtBot) -> None:
    timer = BreakScheduler()
    timer.start()
    fired: list[str] = []

    def due(kind: str, reason: str) -> None:
        fired.append(kind)
        if len(fired) == 1:
            timer.plan(soon(0.3), 0, datetime.now().astimezone())

    timer.break_due.connect(due)
    timer.plan(soon(0.3), 0, datetime.now().astimezone())
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=5000)
    timer.shutdown()


def test_clearing_the_plan_while_the_break_fires_raises_nothing(qtbot: QtBot) -> None:
    """A break that starts clears the plan (nothing is due while it is on screen)."""
    timer = BreakScheduler()
    timer.start()
    fired: list[str] = []

    def due(kind: str, reason: str) -> None:
        fired.append(kind)
        timer.plan(None, 0, datetime.now().astimezone())

    timer.break_due.connect(due)
    timer.plan(soon(0.2), 0, datetime.now().astimezone())
    qtbot.waitUntil(lambda: fired == ["short"], timeout=5000)
    qtbot.wait(100)  # the scheduler's own pass after the job: an error there would fail the test
    assert timer.scheduler.get_job(BREAK_JOB) is None
    timer.shutdown()
