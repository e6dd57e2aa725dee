"""The veil of a long break on an X server with two monitors and a third that spans both (as
RandR reports a mirrored or spanning setup): only the monitor that shares no pixel with the
break's is dimmed, and Esc still reaches the break window."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable

import pytest

from postureapp.ui.break_window import KEY_GUARD_S

from .desktops import XDesktop
from .packs import add_exercise
from .processes import REACT_S, WINDOW_S, require, wait_for
from .session import Rect

pytestmark = pytest.mark.e2e

MakeDesktop = Callable[..., XDesktop]
BREAK_WINDOW = "^postureapp — time for a break$"
LEFT = Rect(0, 0, 1366, 768)
RIGHT = Rect(1366, 0, 1366, 768)


def monitors(desk: XDesktop) -> None:
    require("xrandr")
    for name, spec in (("left", "1366/361x768/203+0+0"), ("right", "1366/361x768/203+1366+0")):
        done = subprocess.run(
            ["xrandr", "--setmonitor", name, spec, "none"],
            env=desk.env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 0, done.stderr


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_a_long_break_dims_only_the_other_monitor_and_esc_still_skips(
    x_desktop: MakeDesktop,
) -> None:
    desk = x_desktop(wm="openbox", size="2732x768")
    monitors(desk)
    add_exercise(desk.home, "e2e-long", seconds=60)
    assert desk.run("config", "set", "breaks.long_every", "1").returncode == 0
    (desk.home / "state").mkdir(parents=True, exist_ok=True)
    (desk.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    desk.xdotool("mousemove", "600", "400")  # the user looks at the left monitor
    desk.start_app_and_wait("--autostart")
    assert desk.run("break-now", "--exercise", "e2e-long").returncode == 0
    window = wait_for(lambda: desk.windows(BREAK_WINDOW), WINDOW_S, "the break window")[0]
    assert desk.geometry(window).inside(LEFT)

    def veils() -> list[Rect]:
        shown = [desk.geometry(w) for w in desk.windows_of_class("postureapp") if w != window]
        return [rect for rect in shown if rect.width >= 1366 and rect.height >= 768]

    found = wait_for(veils, WINDOW_S, "the veil over the right monitor")
    assert found == [RIGHT], f"veils at {found}; none may touch the break's monitor"
    assert not any(overlaps(rect, LEFT) for rect in found)
    # Nobody types: the break window takes the keyboard by its own rule, and Esc skips.
    wait_for(lambda: desk.focused_window() == window, 6 + REACT_S, "the break window's keyboard")
    time.sleep(KEY_GUARD_S + 0.5)  # keys this soon after it took the keyboard are ignored
    desk.xdotool("key", "Escape")
    wait_for(lambda: not desk.windows(BREAK_WINDOW), WINDOW_S, "Esc to skip the break")
    wait_for(lambda: not veils(), WINDOW_S, "the veil to go with it")
