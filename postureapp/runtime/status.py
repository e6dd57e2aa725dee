"""Where things stand, as one JSON object: `postureapp status --json` and the status window."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from postureapp.core import plan as planner
from postureapp.core.exercises.chooser import Shortfall
from postureapp.core.history import BreakLog
from postureapp.core.plan import PlannedBreak, ScheduleState
from postureapp.core.ports import CalendarView, IdleSource, PostureView
from postureapp.core.settings import Settings


class Watch(Protocol):
    def idle_now(self) -> float | None: ...

    def reading(self) -> dict[str, float] | None: ...


class Offer(Protocol):
    def shortfalls(self, settings: Settings) -> tuple[Shortfall, ...]: ...


class Controller(Protocol):
    """What the report reads (runtime.controller.Controller provides it)."""

    @property
    def state(self) -> ScheduleState: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def active(self) -> object | None: ...
    @property
    def breaks(self) -> BreakLog: ...
    @property
    def idle(self) -> IdleSource | None: ...
    @property
    def watch(self) -> Watch: ...
    @property
    def waiting_for(self) -> str | None: ...
    @property
    def exercises_paused(self) -> bool: ...
    @property
    def offer(self) -> Offer: ...
    @property
    def calendar(self) -> CalendarView | None: ...
    @property
    def posture(self) -> PostureView | None: ...
    def next_break(self) -> PlannedBreak | None: ...


def _resume_time(now: datetime, controller: Controller) -> str | None:
    """Outside working hours: when breaks start again."""
    settings = controller.settings
    if planner.in_working_hours(now, settings):
        return None
    change = planner.next_working_change(now, settings)
    return change.isoformat() if change else None


def _event(
    controller: Controller, planned: PlannedBreak | None, now: datetime
) -> dict[str, object] | None:
    """The calendar event the next break waits for (side "during": it holds a due break now;
    "before" or "after": the break was placed beside it)."""
    calendar = controller.calendar
    if calendar is None:
        return None
    side: str | None = "during"
    if controller.waiting_for == "event":
        event = calendar.event_now(now)
    elif planned is not None and planned.event is not None:
        event, side = planned.event, planned.side
    else:
        return None
    described = calendar.describe(event)
    return None if described is None else {**described, "side": side}


def status_report(controller: Controller, now: datetime) -> dict[str, object]:
    """Times are ISO 8601 with their UTC offset; the CLI shows them in local time."""
    state = controller.state
    planned = None if controller.active else controller.next_break()
    paused_until = state.paused_until
    idle = controller.idle
    return {
        "running": True,
        "paused": state.paused,
        "paused_until": paused_until.isoformat() if paused_until else None,
        "paused_indefinitely": state.paused_indefinitely,
        "in_break": controller.active is not None,
        "next_break_at": planned.at.isoformat() if planned else None,
        "next_break_kind": planned.kind if planned else None,
        "reason": planned.reason if planned else None,
        "slouch": planned.slouch if planned else None,
        "snoozes_in_row": state.snoozes_in_row,
        "breaks_logged": controller.breaks.count(),
        "idle_backend": idle.name if idle is not None else None,
        "idle_seconds": controller.watch.idle_now(),
        "idle_reading": controller.watch.reading(),
        "waiting_for": controller.waiting_for,
        "in_working_hours": planner.in_working_hours(now, controller.settings),
        "breaks_resume_at": _resume_time(now, controller),
        "exercises_paused": controller.exercises_paused,
        "exercise_shortfalls": [  # sentences, in the app's language
            s.text(QCoreApplication.translate)
            for s in controller.offer.shortfalls(controller.settings)
        ],
        "event": _event(controller, planned, now),
        "calendars": controller.calendar.report(now) if controller.calendar else None,
        "posture": controller.posture.report(now) if controller.posture else None,
    }
