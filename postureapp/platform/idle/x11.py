"""Idle time on X11: the MIT-SCREEN-SAVER extension (libXss), one cheap round trip per reading."""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from postureapp.platform.idle.base import ReadsAtOnce
from postureapp.platform.x11 import cdll, load_xlib, open_display, prototype

log = logging.getLogger(__name__)


class XScreenSaverInfo(ctypes.Structure):
    """The reply of XScreenSaverQueryInfo (X11/extensions/scrnsaver.h); `idle` is in ms."""

    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    )


def load_xss() -> Any | None:
    """libXss (Debian package libxss1), or None when it is not installed."""
    lib = cdll("libXss.so.1")
    if lib is None:
        return None
    info = ctypes.POINTER(XScreenSaverInfo)
    prototype(
        lib.XScreenSaverQueryExtension,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    )
    prototype(lib.XScreenSaverAllocInfo, info)
    prototype(lib.XScreenSaverQueryInfo, ctypes.c_int, ctypes.c_void_p, ctypes.c_ulong, info)
    return lib


class X11Idle(ReadsAtOnce):
    """Idle time from the X server itself; one cheap round trip per reading."""

    name = "x11"

    def __init__(self, xlib: Any, xss: Any, display: int) -> None:
        self._xlib = xlib
        self._xss = xss
        self._display: int | None = display
        self._info = xss.XScreenSaverAllocInfo()

    @classmethod
    def open(
        cls, display_name: str | None = None, *, xlib: Any = None, xss: Any = None
    ) -> X11Idle | None:
        """Connect, or None when libX11/libXss, the display or the extension is missing."""
        xlib = xlib or load_xlib()
        xss = xss or load_xss()
        if xlib is None or xss is None:
            log.info("X11 idle time unavailable: libX11 or libXss (package libxss1) missing")
            return None
        display = open_display(xlib, display_name)
        if display is None:
            log.info("X11 idle time unavailable: cannot open display %s", display_name)
            return None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            log.info("X11 idle time unavailable: no MIT-SCREEN-SAVER extension on the display")
            xlib.XCloseDisplay(display)
            return None
        return cls(xlib, xss, display)

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        root = self._xlib.XDefaultRootWindow(self._display)
        if not self._xss.XScreenSaverQueryInfo(self._display, root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        if self._display is None:
            return
        self._xlib.XFree(self._info)
        self._xlib.XCloseDisplay(self._display)
        self._display = None
