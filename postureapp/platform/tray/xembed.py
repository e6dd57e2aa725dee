"""The XEmbed side of the tray on X11: who owns the `_NET_SYSTEM_TRAY_S<n>` selection.

trayer, stalonetray, xfce4-panel and many docks embed icons this way. A tray manager that
starts tells every client with a MANAGER message on the root window, and its owner window is
destroyed when it stops; `XEmbedHost` listens for both on a connection of its own, read when
the X server writes to it (a socket notifier), so no timer runs.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from postureapp.platform.x11 import load_xlib, open_display, prototype

log = logging.getLogger(__name__)

STRUCTURE_NOTIFY_MASK = 1 << 17
#: An XEvent is a union of 24 longs.
XEVENT_BYTES = 24 * 8


def tray_selection(screen: int = 0) -> str:
    return f"_NET_SYSTEM_TRAY_S{screen}"


class XEmbedHost(QObject):
    """Follows the owner of the system-tray selection; `changed` runs when it changes."""

    def __init__(self, xlib: Any, display: int, changed: Callable[[bool], None]) -> None:
        super().__init__()
        self._xlib = xlib
        self._display: int | None = display
        self._changed = changed
        self._atom = xlib.XInternAtom(display, tray_selection().encode(), False)
        self._root = xlib.XDefaultRootWindow(display)
        self._event = ctypes.create_string_buffer(XEVENT_BYTES)
        xlib.XSelectInput(display, self._root, STRUCTURE_NOTIFY_MASK)
        self._owner = 0
        self._follow_owner()
        self._notifier = QSocketNotifier(
            xlib.XConnectionNumber(display), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._read)

    @classmethod
    def open(cls, display_name: str, changed: Callable[[bool], None]) -> XEmbedHost | None:
        xlib = load_xlib()
        if xlib is None:
            return None
        display_t, window = ctypes.c_void_p, ctypes.c_ulong
        prototype(xlib.XSelectInput, ctypes.c_int, display_t, window, ctypes.c_long)
        prototype(xlib.XGetSelectionOwner, window, display_t, ctypes.c_ulong)
        prototype(xlib.XConnectionNumber, ctypes.c_int, display_t)
        prototype(xlib.XPending, ctypes.c_int, display_t)
        prototype(xlib.XNextEvent, ctypes.c_int, display_t, ctypes.c_void_p)
        prototype(xlib.XFlush, ctypes.c_int, display_t)
        display = open_display(xlib, display_name)
        if display is None:
            log.info("no X display %s: the XEmbed tray is not followed", display_name)
            return None
        return cls(xlib, display, changed)

    def _follow_owner(self) -> bool:
        """Read the owner; watch its window so its end is noticed. True when it changed."""
        assert self._display is not None
        owner = int(self._xlib.XGetSelectionOwner(self._display, self._atom) or 0)
        if owner and owner != self._owner:
            self._xlib.XSelectInput(self._display, owner, STRUCTURE_NOTIFY_MASK)
        self._xlib.XFlush(self._display)
        changed = owner != self._owner
        self._owner = owner
        return changed

    def _read(self) -> None:
        if self._display is None:
            return
        while self._xlib.XPending(self._display) > 0:
            self._xlib.XNextEvent(self._display, self._event)
        if self._follow_owner():
            log.info("XEmbed tray %s", "appeared" if self._owner else "went away")
            self._changed(self._owner != 0)

    def owned(self) -> bool:
        """A tray manager owns the selection now."""
        return self._owner != 0

    def close(self) -> None:
        if self._display is not None:
            self._notifier.setEnabled(False)
            self._xlib.XCloseDisplay(self._display)
            self._display = None
