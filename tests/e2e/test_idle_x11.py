"""The X11 sensing code against a real X server (Xvfb), through the real libX11 and libXss.

The idle test waits on the wall clock because real X idle time is what it checks.
"""

from __future__ import annotations

import ctypes
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest

from postureapp.platform.blockers.linux import x11_fullscreen
from postureapp.platform.idle import X11Idle
from postureapp.platform.x11 import XProperties, load_xlib, open_display

pytestmark = pytest.mark.e2e


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb; -displayfd lets it pick a free number and say when it is ready."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian package xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-noreset", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 10)
        assert ready, "Xvfb did not start within 10 s"
        number = os.read(read_end, 64).decode().strip()
        assert number.isdigit(), f"Xvfb wrote {number!r} instead of a display number"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(10)


def test_x11_idle_grows_while_untouched_and_drops_when_the_mouse_moves(display: str) -> None:
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed (Debian package xdotool)")
    backend = X11Idle.open(display)
    assert backend is not None, "no X11 idle time: is libXss.so.1 (package libxss1) installed?"
    try:
        first = backend.idle_seconds()
        assert first is not None
        grown = first
        deadline = time.monotonic() + 3.0
        while grown < first + 0.5 and time.monotonic() < deadline:
            time.sleep(0.05)
            grown = backend.idle_seconds() or 0.0
        assert grown >= first + 0.5
        subprocess.run(
            ["xdotool", "mousemove", "10", "10"],
            env={**os.environ, "DISPLAY": display},
            check=True,
            timeout=10,
        )
        after = backend.idle_seconds()
        assert after is not None and after < 0.5 < grown
    finally:
        backend.close()
    assert backend.idle_seconds() is None


class XWriter:
    """Plays the window manager's part: a window, and the EWMH properties that describe it."""

    def __init__(self, xlib: Any, display: int) -> None:
        self.xlib = xlib
        self.display = display
        self.properties = XProperties(xlib, display)
        xlib.XCreateSimpleWindow.restype = ctypes.c_ulong
        xlib.XCreateSimpleWindow.argtypes = (
            [ctypes.c_void_p, ctypes.c_ulong]
            + [ctypes.c_int] * 2
            + [ctypes.c_uint] * 3
            + [ctypes.c_ulong] * 2
        )
        xlib.XChangeProperty.argtypes = (
            [ctypes.c_void_p]
            + [ctypes.c_ulong] * 3
            + [
                ctypes.c_int,
                ctypes.c_int,
                ctypes.c_void_p,
                ctypes.c_int,
            ]
        )
        xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]

    def window(self) -> int:
        root = self.properties.root()
        return int(self.xlib.XCreateSimpleWindow(self.display, root, 0, 0, 10, 10, 0, 0, 0))

    def put(self, window: int, name: str, kind: str, values: list[int]) -> None:
        data = (ctypes.c_ulong * len(values))(*values)
        atom = self.properties.atom
        self.xlib.XChangeProperty(
            self.display, window, atom(name), atom(kind), 32, 0, data, len(values)
        )
        self.xlib.XSync(self.display, 0)


def test_a_full_screen_active_window_is_seen_through_the_real_x_properties(display: str) -> None:
    xlib = load_xlib()
    assert xlib is not None, "libX11.so.6 is missing"
    handle = open_display(xlib, display)
    assert handle is not None
    try:
        writer = XWriter(xlib, handle)
        atom = writer.properties.atom
        window = writer.window()
        assert not x11_fullscreen(display)  # no window manager has named an active window

        writer.put(writer.properties.root(), "_NET_ACTIVE_WINDOW", "WINDOW", [window])
        writer.put(window, "_NET_WM_STATE", "ATOM", [atom("_NET_WM_STATE_ABOVE")])
        assert not x11_fullscreen(display)

        full = [atom("_NET_WM_STATE_ABOVE"), atom("_NET_WM_STATE_FULLSCREEN")]
        writer.put(window, "_NET_WM_STATE", "ATOM", full)
        assert x11_fullscreen(display)

        # An active window that no longer exists: an X error, which must not end the process.
        writer.put(writer.properties.root(), "_NET_ACTIVE_WINDOW", "WINDOW", [window + 999])
        assert not x11_fullscreen(display)
    finally:
        xlib.XCloseDisplay(handle)
