"""Issue 15: under Xfce (xfwm4 with xfce4-panel), a stacking window manager, the notice is the
app's own popup in the bottom-right corner of the work area, its frame on screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .desktops import XDesktop
from .due import break_due_in
from .processes import START_S, wait_for

pytestmark = pytest.mark.e2e

MakeDesktop = Callable[..., XDesktop]


def test_under_xfce_the_notice_is_a_popup_in_the_corner(x_desktop: MakeDesktop) -> None:
    desk = x_desktop(wm="xfwm4", tray="xfce4-panel")
    # The notice comes 15 s after the start: later than any slow start of the app.
    break_due_in(desk.home, 45, notice_seconds=30)
    desk.start_app_and_wait()
    notice = wait_for(lambda: desk.windows("break coming"), START_S, "the notice popup")[0]
    frame, area = desk.frame_geometry(notice), desk.work_area()
    assert frame.inside(area), f"{frame} runs off {area}"
    # 16 px from the edge, plus a guessed title bar that a frameless popup does not get.
    assert area.right - frame.right <= 64 and area.bottom - frame.bottom <= 64, (frame, area)
    assert frame.x > area.width // 2 and frame.y > area.height // 2, "the bottom-right corner"
