"""Under Wayland (headless sway) the app neither places windows nor takes the keyboard: the
notice and the check-in are dunst notifications with actions, the break window waits until
the user stops typing, floats, and no veil is laid over a second output."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Callable
from datetime import datetime

import pytest

from .due import break_due_in
from .packs import add_exercise
from .processes import START_S, WINDOW_S, require, wait_for
from .services import Dunst
from .session import Rect
from .wayland import WaylandSession, WaylandWindow

pytestmark = pytest.mark.e2e

MakeSession = Callable[..., WaylandSession]
BREAK_WINDOW = "postureapp — time for a break"


def summaries(dunst: Dunst) -> list[str]:
    return [note["summary"] for note in dunst.shown()]


def app_windows(session: WaylandSession, title: str) -> list[WaylandWindow]:
    return [w for w in session.windows() if w.title == title]


def test_the_notice_is_a_dunst_notification_and_in_5_min_postpones(
    wayland: MakeSession,
) -> None:
    session = wayland("sway")
    dunst = Dunst(session)
    # The notice comes 15 s after the start: later than any slow start of the app.
    break_due_in(session.home, 45, notice_seconds=30)
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    wait_for(
        lambda: any(s.startswith("A short break in") for s in summaries(dunst)),
        START_S,
        "the notice in dunst",
    )
    assert not app_windows(session, "postureapp — break coming"), "no popup window"
    dunst.choose_action("In 5 min")
    status = wait_for(
        lambda: (s := session.status()) and s["snoozes_in_row"] == 1 and s,
        WINDOW_S,
        "the break to be postponed",
    )
    due = datetime.fromisoformat(str(status["next_break_at"]))  # type: ignore[index]
    assert 4 * 60 < (due - datetime.now().astimezone()).total_seconds() <= 5 * 60 + 5
    assert not app_windows(session, BREAK_WINDOW)


def type_for(session: WaylandSession, seconds: float) -> None:
    """Type through the virtual keyboard (wtype), a key every 0.4 s, for `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        subprocess.run(["wtype", "a"], env=session.env, capture_output=True, timeout=30)
        time.sleep(0.4)


def test_the_break_window_waits_while_the_user_types_then_floats_on_an_output(
    wayland: MakeSession,
) -> None:
    require("wtype")
    session = wayland("sway")
    dunst = Dunst(session)
    add_exercise(session.home, "e2e-long", seconds=60)
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    assert session.run("break-now", "--exercise", "e2e-long").returncode == 0
    wait_for(lambda: "Time for a break" in summaries(dunst), WINDOW_S, "the waiting note")
    type_for(session, 4)
    assert not app_windows(session, BREAK_WINDOW), "no window while the user types"
    status = session.status()
    assert status is not None and status["in_break"] is True
    window = wait_for(
        lambda: next(iter(app_windows(session, BREAK_WINDOW)), None),
        6 + WINDOW_S,
        "the break window once typing stopped",
    )
    assert window.floating, f"the break window is tiled at {window.rect}"
    assert window.rect.inside(Rect(0, 0, 1366, 768)), window.rect
    assert window.app_id == "postureapp", "the app id names the desktop file"
    assert "does not support setting window opacity" not in session.app_output()


def test_show_now_on_the_note_opens_the_break_at_once(wayland: MakeSession) -> None:
    session = wayland("sway")
    dunst = Dunst(session)
    add_exercise(session.home, "e2e-long", seconds=60)
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    # Keep typing so only the action can bring the window.
    assert session.run("break-now", "--exercise", "e2e-long").returncode == 0
    wait_for(lambda: "Time for a break" in summaries(dunst), WINDOW_S, "the waiting note")
    subprocess.run(["wtype", "a"], env=session.env, capture_output=True, timeout=30)
    dunst.choose_action("Show now")
    wait_for(lambda: app_windows(session, BREAK_WINDOW), 4, "the break window on Show now")


def test_the_check_in_is_a_dunst_notification_and_better_is_recorded(
    wayland: MakeSession,
) -> None:
    session = wayland("sway")
    dunst = Dunst(session)
    add_exercise(session.home, "e2e-quick", seconds=3)
    assert session.run("config", "set", "breaks.short_break_seconds", "20").returncode == 0
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    assert session.run("break-now", "--exercise", "e2e-quick").returncode == 0
    question = "How does your upper back feel today?"
    wait_for(lambda: question in summaries(dunst), 6 + 25 + START_S, "the check-in in dunst")
    assert not app_windows(session, "postureapp — check-in"), "no popup window"
    dunst.choose_action("Better")

    def feelings() -> list[str]:
        with sqlite3.connect(session.home / "data" / "breaks.sqlite3") as db:
            return [row[0] for row in db.execute("SELECT feeling FROM checkins")]

    assert wait_for(feelings, WINDOW_S, "the answer in the log") == ["better"]


def test_a_long_break_over_two_outputs_lays_no_veil(wayland: MakeSession) -> None:
    """Issue 15: a veil could land on the break's own output under Wayland; there is none."""
    session = wayland("sway", outputs=2)
    add_exercise(session.home, "e2e-long", seconds=60)
    (session.home / "state").mkdir(parents=True, exist_ok=True)
    (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    assert session.run("config", "set", "breaks.long_every", "1").returncode == 0
    session.start_app_and_wait("--autostart")  # no status window for 60 s: no tray here
    assert session.run("break-now", "--exercise", "e2e-long").returncode == 0
    window = wait_for(
        lambda: next(iter(app_windows(session, BREAK_WINDOW)), None),
        6 + WINDOW_S,
        "the break window",
    )
    status = session.status()
    assert status is not None and status["in_break"] is True
    others = [w for w in session.windows() if w.title != BREAK_WINDOW]
    assert others == [], f"only the break window is shown: {others}"
    assert window.floating


def test_the_welcome_floats_under_sway(wayland: MakeSession) -> None:
    """A dialog of one fixed size floats in a tiling compositor instead of filling a screen."""
    session = wayland("sway")
    session.start_app_and_wait("--autostart")
    welcome = wait_for(
        lambda: next(iter(app_windows(session, "Welcome to postureapp")), None),
        WINDOW_S,
        "the welcome",
    )
    assert welcome.floating, f"the welcome is tiled at {welcome.rect}"
    assert welcome.rect.width < 1366 and welcome.rect.height < 768


def test_without_a_tray_the_status_window_floats_and_closes_under_sway(
    wayland: MakeSession,
) -> None:
    """Issue 15: the no-tray window filled the workspace and could not be closed."""
    session = wayland("sway")
    (session.home / "state").mkdir(parents=True, exist_ok=True)
    (session.home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    session.start_app_and_wait()
    window = wait_for(
        lambda: next(iter(app_windows(session, "postureapp")), None),
        5 + WINDOW_S,
        "the status window while there is no tray",
    )
    assert window.floating and window.rect.width < 1366, window
    status = session.status()
    assert status is not None and status["tray"] is False
    session.swaymsg('[app_id="postureapp" title="^postureapp$"]', "kill")
    wait_for(lambda: not app_windows(session, "postureapp"), WINDOW_S, "the window to close")
    assert session.status() is not None, "the app keeps running"
    assert session.run("open", "status").returncode == 0
    wait_for(lambda: app_windows(session, "postureapp"), WINDOW_S, "the window back")
