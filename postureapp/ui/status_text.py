"""The one line that says where things stand, for the tray tooltip and the status window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postureapp.core.plan import PlannedBreak, ScheduleState
from postureapp.core.terms import BreakKind
from postureapp.ui.local_formats import clock, day_and_clock


def describe(in_break: bool, state: ScheduleState, planned: PlannedBreak | None) -> tuple[str, str]:
    """(icon state, one line): 'due' during a break, 'paused' while paused, else 'normal'."""
    if in_break:
        return "due", QCoreApplication.translate("status", "On a break")
    if state.paused_indefinitely:
        return "paused", QCoreApplication.translate("status", "Paused — resume from the menu")
    if state.paused_until is not None:
        return "paused", QCoreApplication.translate("status", "Paused until {0}").format(
            day_and_clock(state.paused_until)
        )
    if planned is None:
        return "normal", QCoreApplication.translate("status", "No break planned")
    kind = (
        QCoreApplication.translate("status", "long break")
        if planned.kind == BreakKind.LONG
        else QCoreApplication.translate("status", "short break")
    )
    line = QCoreApplication.translate("status", "Next {0} at {1}").format(kind, clock(planned.at))
    if planned.side == "after":
        line += " " + QCoreApplication.translate("status", "(after a meeting)")
    elif planned.side == "before":
        line += " " + QCoreApplication.translate("status", "(before a meeting)")
    elif planned.reason == "posture":
        line += " " + QCoreApplication.translate("status", "(early: you have slouched a while)")
    return "normal", line
