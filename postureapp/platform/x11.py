"""Xlib through ctypes, shared by every X11 backend (idle time, full screen, the tray host).

Only libX11 is loaded, and only when an X11 backend is asked for; nothing here needs a
QApplication, so the decoding is tested without a screen.
"""

from __future__ import annotations

import ctypes
from collections.abc import Mapping
from typing import Any, Protocol


def cdll(soname: str) -> Any | None:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        return None


_XErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    """Xlib's default error handler exits the process, e.g. when a window vanished mid-query."""
    return 0


#: Kept alive here: Xlib holds only a raw pointer to it.
_X_ERROR_HANDLER = _XErrorHandler(_ignore_x_error)


def load_xlib() -> Any | None:
    """libX11 with the prototypes this package uses, or None when it is not installed."""
    lib = cdll("libX11.so.6")
    if lib is None:
        return None
    display, window, atom = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong
    prototype(lib.XOpenDisplay, display, ctypes.c_char_p)
    prototype(lib.XCloseDisplay, ctypes.c_int, display)
    prototype(lib.XDefaultRootWindow, window, display)
    prototype(lib.XFree, ctypes.c_int, ctypes.c_void_p)
    prototype(lib.XInternAtom, atom, display, ctypes.c_char_p, ctypes.c_int)
    prototype(
        lib.XGetWindowProperty,
        ctypes.c_int,
        display,
        window,
        atom,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        atom,
        ctypes.POINTER(atom),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),
    )
    prototype(lib.XSetErrorHandler, ctypes.c_void_p, _XErrorHandler)
    lib.XSetErrorHandler(_X_ERROR_HANDLER)
    return lib


def prototype(function: Any, restype: Any, *argtypes: Any) -> None:
    function.restype = restype
    function.argtypes = argtypes


def open_display(xlib: Any, display_name: str | None) -> int | None:
    """An Xlib connection to `display_name` (None: $DISPLAY), or None when it cannot be opened."""
    handle: int | None = xlib.XOpenDisplay(display_name.encode() if display_name else None)
    return handle or None


def x11_session(environ: Mapping[str, str]) -> str | None:
    """The X display of an X11 session; None under Wayland, where XWayland's idle time only
    counts input sent to X programs."""
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return None if wayland else environ.get("DISPLAY") or None


class WindowProperties(Protocol):
    """Reads window properties of the 32-bit kinds (windows, atoms)."""

    def root(self) -> int: ...

    def atom(self, name: str) -> int: ...

    def values(self, window: int, name: str) -> list[int]: ...


class XProperties:
    """WindowProperties over an open Xlib display."""

    #: AnyPropertyType, and how many 32-bit items to read at most.
    ANY_TYPE = 0
    MAX_ITEMS = 1024

    def __init__(self, xlib: Any, display: int) -> None:
        self._xlib = xlib
        self._display = display

    def root(self) -> int:
        return int(self._xlib.XDefaultRootWindow(self._display))

    def atom(self, name: str) -> int:
        return int(self._xlib.XInternAtom(self._display, name.encode(), False))

    def values(self, window: int, name: str) -> list[int]:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, remaining = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        status = self._xlib.XGetWindowProperty(
            self._display,
            window,
            self.atom(name),
            0,
            self.MAX_ITEMS,
            False,
            self.ANY_TYPE,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(count),
            ctypes.byref(remaining),
            ctypes.byref(data),
        )
        if status != 0 or not data:
            return []
        try:
            if actual_format.value != 32:
                return []
            # Xlib hands 32-bit items back as C longs, whatever the width of a long.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[index]) for index in range(count.value)]
        finally:
            self._xlib.XFree(data)
