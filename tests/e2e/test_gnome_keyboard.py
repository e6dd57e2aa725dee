"""Issue 15: on GNOME (Wayland) the break window took the keyboard while the user typed in
another app (the editor got 22 of 60 keys). Keys typed through a virtual keyboard of GNOME
Shell itself (unsafe mode) must all reach the app being typed in, and the break window opens
only after the pause. Run by `bash tests/e2e/gnome-kde.sh`, like test_gnome_kde.py."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from .key_logger import TITLE
from .packs import add_exercise
from .processes import START_S, WINDOW_S, wait_for
from .shells import ShellSession
from .test_gnome_kde import BREAK_WINDOW, MakeShell, shell, titles, welcome_seen

__all__ = ["shell"]  # the fixture, for pytest
pytestmark = [pytest.mark.e2e, pytest.mark.shells]

KEY_LOGGER = Path(__file__).with_name("key_logger.py")
#: As a click on it would: GNOME does not focus a new window that brings no activation token.
FOCUS = f"""
global.get_window_actors().map(a => a.meta_window).filter(w => w.title == '{TITLE}')
    .forEach(w => w.activate(global.get_current_time()));
global.display.focus_window ? global.display.focus_window.title : ''
"""
KEYBOARD = """
const Clutter = imports.gi.Clutter;
global._e2eKeyboard = Clutter.get_default_backend().get_default_seat()
    .create_virtual_device(Clutter.InputDeviceType.KEYBOARD_DEVICE);
"""
TYPE_A = """
const Clutter = imports.gi.Clutter;
const GLib = imports.gi.GLib;
const t = GLib.get_monotonic_time();
global._e2eKeyboard.notify_keyval(t, Clutter.KEY_a, Clutter.KeyState.PRESSED);
global._e2eKeyboard.notify_keyval(t + 1000, Clutter.KEY_a, Clutter.KeyState.RELEASED);
global.display.focus_window ? global.display.focus_window.title : ''
"""


def shell_eval(session: ShellSession, script: str) -> str:
    done = session.tool(
        *("gdbus", "call", "--session", "--dest", "org.gnome.Shell"),
        *("--object-path", "/org/gnome/Shell", "--method", "org.gnome.Shell.Eval", script),
    )
    assert done.returncode == 0 and done.stdout.startswith("(true,"), done.stdout + done.stderr
    return done.stdout


def test_gnome_wayland_keys_typed_elsewhere_never_reach_the_break_window(
    shell: MakeShell,
) -> None:
    session = shell("gnome")
    welcome_seen(session)
    add_exercise(session.home, "e2e-long", seconds=60)
    session.leave_overview()
    shell_eval(session, KEYBOARD)  # before any window: the seat has a keyboard from the start
    session.start_app_and_wait("--autostart")
    keys = session.root / "keys.txt"
    keys.touch()
    session.procs.start(
        "key-logger",
        [sys.executable, str(KEY_LOGGER), str(keys)],
        {**session.env, "QT_QPA_PLATFORM": "wayland"},
    )
    wait_for(lambda: TITLE in titles(session), START_S, "the window the user types in")
    wait_for(lambda: TITLE in shell_eval(session, FOCUS), WINDOW_S, "it to have the keyboard")
    shell_eval(session, TYPE_A)
    wait_for(lambda: keys.read_text(), WINDOW_S, "the first key in it")
    before = len(keys.read_text())
    assert session.run("break-now", "--exercise", "e2e-long").returncode == 0
    typed = 0
    end = time.monotonic() + 10
    while time.monotonic() < end:
        shell_eval(session, TYPE_A)
        typed += 1
        assert BREAK_WINDOW not in titles(session), f"the break window opened after {typed} keys"
        time.sleep(0.3)
    assert session.status_json()["in_break"] is True
    wait_for(
        lambda: len(keys.read_text()) == before + typed,
        WINDOW_S,
        f"all {typed} keys in the app being typed in",
    )
    wait_for(lambda: BREAK_WINDOW in titles(session), 6 + WINDOW_S, "the break after the pause")
