"""The camera-in-use sign outside Settings: the tray icon gets a red dot and its tooltip a line
while posture sensing has the camera on, and both go back when it is off."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from postureapp.ui.actions import AppActions
from postureapp.ui.icons import CAMERA_DOT
from postureapp.ui.tray import Tray


def corner(tray: Tray) -> QImage:
    assert tray.icon is not None
    return tray.icon.icon().pixmap(32, 32).toImage()


def is_red(image: QImage) -> bool:
    spot = image.pixelColor(7, 32 - 8)  # the lower left corner
    return (spot.red(), spot.green(), spot.blue()) == (
        CAMERA_DOT.red(),
        CAMERA_DOT.green(),
        CAMERA_DOT.blue(),
    )


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray
def test_the_tray_shows_a_red_dot_and_says_so_while_the_camera_is_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = Tray(AppActions())
    tray.create()
    tray.set_status("normal", "postureapp — next break at 10:30")
    before = corner(tray)
    assert not is_red(before)
    tray.set_camera(True)
    during = corner(tray)
    assert is_red(during)
    assert during != before
    assert tray.icon is not None
    assert tray.icon.toolTip() == "postureapp — next break at 10:30\n● The camera is on"
    tray.set_status("due", "postureapp — a break is due")  # a new state keeps the dot
    assert "The camera is on" in tray.icon.toolTip()
    tray.create()  # a tray host that restarts gets a new icon, with the dot
    assert is_red(corner(tray)) and "The camera is on" in tray.icon.toolTip()
    tray.set_camera(False)
    assert tray.icon.toolTip() == "postureapp — a break is due"
    tray.set_status("normal", "postureapp — next break at 10:30")
    assert corner(tray) == before


def test_the_tray_line_says_when_a_break_came_early_for_a_slouch() -> None:
    from datetime import datetime, timedelta, timezone

    from postureapp.core.plan import PlannedBreak, ScheduleState
    from postureapp.core.terms import BreakKind
    from postureapp.ui.status_text import describe

    at = datetime(2026, 3, 23, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    early = PlannedBreak(at, BreakKind.SHORT, "posture", slouch="forward-head")
    assert describe(False, ScheduleState.fresh(at), early) == (
        "normal",
        "Next short break at 11:00 (early: you have slouched a while)",
    )
