"""What holds a due break back on real desktops: do-not-disturb in dunst and in Xfce's
notification daemon, and a locked screen (the screen saver's signal, or logind's)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from .desktops import XDesktop
from .due import break_due_in
from .processes import START_S, WINDOW_S, name_has_owner, require, wait_for
from .services import NOTIFICATIONS, Dunst
from .shells import SYSTEM_BUS_CONFIG

pytestmark = pytest.mark.e2e

MakeDesktop = Callable[..., XDesktop]
BREAK_WINDOW = "^postureapp — time for a break$"
#: A held break looks again every 30 s (core.presence.BLOCKER_RECHECK), plus a loaded runner.
RECHECK_S = 30 + WINDOW_S
XFCE4_NOTIFYD = next(
    iter(sorted(Path("/usr/lib").glob("*/xfce4/notifyd/xfce4-notifyd"))),
    Path("/usr/lib/x86_64-linux-gnu/xfce4/notifyd/xfce4-notifyd"),
)


def waiting_for(desk: XDesktop) -> object:
    status = desk.status()
    return None if status is None else status["waiting_for"]


def test_dunst_paused_holds_a_due_break_until_it_resumes(x_desktop: MakeDesktop) -> None:
    desk = x_desktop(wm="openbox")
    dunst = Dunst(desk)
    dunst.set_do_not_disturb(True)
    break_due_in(desk.home, 3)
    desk.start_app_and_wait()
    wait_for(lambda: waiting_for(desk) == "dnd", START_S, "the due break to wait for dnd")
    assert not desk.windows(BREAK_WINDOW), "no break window during do-not-disturb"
    dunst.set_do_not_disturb(False)
    wait_for(lambda: desk.windows(BREAK_WINDOW), RECHECK_S, "the break once dunst resumes")
    assert waiting_for(desk) is None


def xfconf(desk: XDesktop, *args: str) -> None:
    done = subprocess.run(
        ["xfconf-query", "-c", "xfce4-notifyd", *args],
        env=desk.env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr


def test_xfce_do_not_disturb_holds_a_due_break(x_desktop: MakeDesktop) -> None:
    """xfce4-notifyd keeps its switch in xfconf (/do-not-disturb), not in `Inhibited`."""
    require("xfconf-query")
    if not XFCE4_NOTIFYD.exists():
        pytest.fail(f"{XFCE4_NOTIFYD} is missing (bash .ci/quickstart test installs it)")
    desk = x_desktop(wm="xfwm4")
    xfconf(desk, "-p", "/do-not-disturb", "-n", "-t", "bool", "-s", "true")
    desk.procs.start("xfce4-notifyd", [str(XFCE4_NOTIFYD)], desk.env)
    wait_for(lambda: name_has_owner(desk.env, NOTIFICATIONS), START_S, "xfce4-notifyd")
    break_due_in(desk.home, 3)
    desk.start_app_and_wait()
    wait_for(lambda: waiting_for(desk) == "dnd", START_S, "the due break to wait for dnd")
    assert not desk.windows(BREAK_WINDOW)
    xfconf(desk, "-p", "/do-not-disturb", "-s", "false")
    wait_for(lambda: desk.windows(BREAK_WINDOW), RECHECK_S, "the break once dnd is off")


def screen_saver_active(desk: XDesktop, active: bool) -> None:
    sent = subprocess.run(
        [
            *("dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver"),
            "org.freedesktop.ScreenSaver.ActiveChanged",
            f"boolean:{'true' if active else 'false'}",
        ],
        env=desk.env,
        capture_output=True,
        timeout=30,
    )
    assert sent.returncode == 0


def test_a_locked_screen_counts_as_away_at_once(x_desktop: MakeDesktop) -> None:
    """The screen saver says it locked: the app counts the user away before any idle
    threshold, and back again on unlocking."""
    desk = x_desktop(wm="openbox")
    desk.start_app_and_wait()
    desk.xdotool("mousemove", "10", "10")  # someone is at the desk
    assert waiting_for(desk) is None
    screen_saver_active(desk, True)
    wait_for(lambda: waiting_for(desk) == "away", WINDOW_S, "the lock to count as away")
    desk.xdotool("mousemove", "20", "20")  # typing the password
    screen_saver_active(desk, False)
    wait_for(lambda: waiting_for(desk) is None, WINDOW_S, "the user to be back")
    assert "screen locked" in desk.app_log() and "screen unlocked" in desk.app_log()


LOGIND_STAND_IN = Path(__file__).with_name("logind_stand_in.py")
SESSION = "/org/freedesktop/login1/session/_31"


def system_bus_call(desk: XDesktop, dest: str, path: str, method: str) -> bool:
    done = subprocess.run(
        ["dbus-send", "--system", "--print-reply", f"--dest={dest}", path, method],
        env=desk.env,
        capture_output=True,
        timeout=30,
    )
    return done.returncode == 0


def test_a_logind_lock_counts_as_away_at_once(x_desktop: MakeDesktop) -> None:
    """`loginctl lock-session` (as swayidle locks sway): logind tells the session Lock, then
    Unlock. No logind runs here, so a stand-in owns its name on a private system bus."""
    desk = x_desktop(wm="openbox")
    socket = desk.runtime / "system_bus"
    config = desk.root / "system-bus.conf"
    config.write_text(SYSTEM_BUS_CONFIG.format(socket=socket))
    desk.procs.start("system-bus", ["dbus-daemon", f"--config-file={config}", "--nofork"], desk.env)
    wait_for(socket.exists, START_S, "the private system bus")
    desk.env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={socket}"
    plain = {k: v for k, v in desk.env.items() if not k.startswith("PYTHON")}
    desk.procs.start("logind", ["/usr/bin/python3", str(LOGIND_STAND_IN)], plain)
    manager = ("org.freedesktop.login1", "/org/freedesktop/login1")
    wait_for(
        lambda: system_bus_call(desk, *manager, "org.freedesktop.DBus.Peer.Ping"),
        START_S,
        "the logind stand-in",
    )
    desk.start_app_and_wait()
    desk.xdotool("mousemove", "10", "10")  # someone is at the desk
    assert waiting_for(desk) is None
    assert system_bus_call(desk, manager[0], SESSION, "org.freedesktop.login1.Session.Lock")
    wait_for(lambda: waiting_for(desk) == "away", WINDOW_S, "the lock to count as away")
    desk.xdotool("mousemove", "20", "20")  # typing the password
    assert system_bus_call(desk, manager[0], SESSION, "org.freedesktop.login1.Session.Unlock")
    wait_for(lambda: waiting_for(desk) is None, WINDOW_S, "the user to be back")
    assert "logind" in desk.app_log() and "screen unlocked" in desk.app_log()
