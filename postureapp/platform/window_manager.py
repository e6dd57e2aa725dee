"""Does the window manager put windows where the app asks, and leave the keyboard alone?

Under Wayland the compositor places every window itself (a client cannot ask for a corner) and
may focus a new window at once. Tiling window managers on X11 tile what they are given. There,
the notice and the check-in go through the desktop's notifications instead of corner popups.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QGuiApplication

from postureapp.platform.x11 import XProperties, load_xlib, open_display

#: _NET_WM_NAME of X11 window managers that tile (lower case).
TILING = frozenset(
    {"i3", "bspwm", "awesome", "xmonad", "dwm", "herbstluftwm", "qtile", "spectrwm", "lg3d"}
)


def wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


def x11_window_manager(display_name: str | None) -> str | None:
    """The EWMH name of the running window manager, lower case; None without one."""
    xlib = load_xlib()
    if xlib is None:
        return None
    display = open_display(xlib, display_name)
    if display is None:
        return None
    try:
        props = XProperties(xlib, display)
        check = props.values(props.root(), "_NET_SUPPORTING_WM_CHECK")
        if not check:
            return None
        return _text(xlib, display, check[0], props.atom("_NET_WM_NAME"))
    finally:
        xlib.XCloseDisplay(display)


def _text(xlib: Any, display: int, window: int, atom: int) -> str | None:
    """An 8-bit text property of a window (at most 256 bytes), or None."""
    actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
    count, remaining = ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.POINTER(ctypes.c_ubyte)()
    status = xlib.XGetWindowProperty(
        display, window, atom, 0, 64, False, 0,
        ctypes.byref(actual_type), ctypes.byref(actual_format),
        ctypes.byref(count), ctypes.byref(remaining), ctypes.byref(data),
    )  # fmt: skip
    if status != 0 or not data:
        return None
    try:
        if actual_format.value != 8:
            return None
        return ctypes.string_at(data, count.value).decode(errors="replace")
    finally:
        xlib.XFree(data)


def placement_honoured(environ: Mapping[str, str] = os.environ) -> bool:
    """False under Wayland and under a tiling window manager; True elsewhere."""
    if wayland():
        return False
    if QGuiApplication.platformName() != "xcb":
        return True
    name = x11_window_manager(environ.get("DISPLAY"))
    return name is None or name.lower() not in TILING
