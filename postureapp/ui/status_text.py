"""The one line that says where things stand, for the tray tooltip and the status window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postureapp.core.plan import PlannedBreak, ScheduleState
from postureapp.core.terms import BreakKind
from postureapp.ui.local_formats import clock, day_and_clock


def _tr(text: str) -> str:
    return QCoreApplication.translate("status", text)


def describe(in_break: bool, state: ScheduleState, planned: PlannedBreak | None) -> tuple[str, str]:
    """(icon state, one line): 'due' during a break, 'paused' while paused, else 'normal'."""
    if in_break:
        return "due", _tr("On a break")
    if state.paused_indefinitely:
        return "paused", _tr("Paused — resume from the menu")
    if state.paused_until is not None:
        return "paused", _tr("Paused until {0}").format(day_and_clock(state.paused_until))
    if planned is None:
        return "normal", _tr("No break planned")
    kind = _tr("long break") if planned.kind == BreakKind.LONG else _tr("short break")
    line = _tr("Next {0} at {1}").format(kind, clock(planned.at))
    if planned.side == "after":
        line += " " + _tr("(after a meeting)")
    elif planned.side == "before":
        line += " " + _tr("(before a meeting)")
    return "normal", line
