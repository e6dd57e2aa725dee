"""The app on Wayland, in headless weston and sway, with no X server to fall back to."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable

import pytest

from .packs import add_exercise
from .processes import REACT_S, WINDOW_S, require, wait_for
from .wayland import WaylandSession

pytestmark = pytest.mark.e2e

MakeSession = Callable[..., WaylandSession]
BREAK_WINDOW = "postureapp — time for a break"


def window_titled(session: WaylandSession, title: str):  # type: ignore[no-untyped-def]
    return next((w for w in session.windows() if w.title == title), None)


def test_the_app_runs_under_weston_and_its_window_is_on_screen(wayland: MakeSession) -> None:
    session = wayland("weston")
    session.start_app_and_wait()
    status = session.status()
    assert status is not None and status["running"] is True
    welcome = wait_for(
        lambda: window_titled(session, "Welcome to postureapp"), WINDOW_S, "the welcome window"
    )
    assert welcome.app_id == "postureapp"
    assert welcome.rect.width > 300 and welcome.rect.height > 300
    assert "xcb" not in session.app_output(), "the app must not fall back to X11"


def test_the_app_runs_under_sway_with_two_outputs(wayland: MakeSession) -> None:
    session = wayland("sway", outputs=2)
    outputs = session.swaymsg("-t", "get_outputs")
    assert isinstance(outputs, list) and len(outputs) == 2
    session.start_app_and_wait()
    status = session.status()
    assert status is not None and status["running"] is True
    welcome = wait_for(
        lambda: window_titled(session, "Welcome to postureapp"), WINDOW_S, "the welcome window"
    )
    assert welcome.app_id == "postureapp"


def idle_reading(session: WaylandSession) -> float | None:
    status = session.status()
    return None if status is None else status["idle_seconds"]  # type: ignore[return-value]


def test_the_app_reads_idle_time_under_sway(wayland: MakeSession) -> None:
    """sway 1.7 offers KDE's idle protocol: idle time grows while nobody types, and a key
    typed through the virtual keyboard (wtype) brings it back to zero."""
    require("wtype")
    session = wayland("sway")
    session.start_app_and_wait()
    status = session.status()
    assert status is not None and status["idle_backend"] == "wayland-kde-idle"
    wait_for(lambda: (idle_reading(session) or 0) >= 3, WINDOW_S, "idle time to grow past 3 s")
    reading = session.status()["idle_reading"]  # type: ignore[index]
    assert reading["seconds"] >= 3 and reading["age_seconds"] == 0.0  # type: ignore[index]
    typed_at = time.monotonic()
    typed = subprocess.run(["wtype", "x"], env=session.env, capture_output=True, timeout=30)
    assert typed.returncode == 0, typed.stderr

    def counted_from_the_key() -> bool:
        # Zero for a second, then counting again from the key: never more than the time since
        # it (without the reset the reading would be 3 s more than that). A status call can
        # take longer than that second on a loaded machine, so zero itself may be missed.
        seconds = idle_reading(session)
        return seconds is not None and seconds <= time.monotonic() - typed_at + 0.5

    wait_for(counted_from_the_key, REACT_S, "idle time to restart from the key")


def test_under_weston_the_app_says_it_has_no_idle_time_and_why(wayland: MakeSession) -> None:
    """Headless weston offers no idle protocol (and no seat): the status says null, the log
    names what was tried, and breaks still come on schedule."""
    session = wayland("weston")
    session.start_app_and_wait()
    status = session.status()
    assert status is not None and status["idle_backend"] is None
    assert status["idle_reading"] is None and status["next_break_at"] is not None
    wait_for(
        lambda: (
            "no idle time source answered (tried gnome, wayland, freedesktop)" in session.app_log()
        ),
        REACT_S,
        "the log to say which idle sources were tried",
    )


def test_the_break_window_floats_under_sway(wayland: MakeSession) -> None:
    """Issue 15: a tiling window manager floats the break window instead of tiling it."""
    session = wayland("sway")
    add_exercise(session.home, "e2e-long", seconds=60)
    session.start_app_and_wait()
    assert session.run("break-now", "--exercise", "e2e-long").returncode == 0
    window = wait_for(lambda: window_titled(session, BREAK_WINDOW), WINDOW_S, "the break window")
    assert window.floating, f"the break window is tiled at {window.rect}"
