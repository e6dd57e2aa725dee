"""X11 helpers: another program to type into, and who owns an X selection."""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import TYPE_CHECKING

from .processes import START_S, WINDOW_S, wait_for

if TYPE_CHECKING:
    from .desktops import XDesktop


class TextWindow:
    """Another program the user types into: xterm running `cat` on a terminal without line
    buffering, so every key that reaches it lands in a file at once."""

    TITLE = "e2e text window"

    def __init__(self, desktop: XDesktop) -> None:
        self.desktop = desktop
        self.received_path = desktop.root / "typed.txt"
        ready = desktop.root / "typed.ready"
        ready.unlink(missing_ok=True)
        line = f"stty -icanon && touch '{ready}' && exec cat > '{self.received_path}'"
        desktop.procs.start(
            "xterm",
            ["xterm", "-T", self.TITLE, "-geometry", "60x8+40+460", "-e", "sh", "-c", line],
            desktop.env,
        )
        # Keys typed once the terminal is raw wait in it until cat reads them.
        wait_for(ready.exists, START_S, "the xterm to run its shell line")
        self.id: str = wait_for(
            lambda: next(iter(desktop.windows(f"^{self.TITLE}$")), ""),
            START_S,
            "the xterm window",
        )

    def focus(self) -> None:
        """Give the xterm the keyboard, as a click would (through the window manager if any)."""
        how = "windowactivate" if self.desktop.wm is not None else "windowfocus"
        self.desktop.xdotool(how, "--sync", self.id)
        wait_for(self.has_focus, WINDOW_S, "the xterm to have the keyboard")

    def has_focus(self) -> bool:
        return self.desktop.focused_window() == self.id

    def type(self, text: str, delay_ms: int = 80) -> None:
        """Type as a person does, into whichever window has the keyboard (XTEST, not SendEvent)."""
        self.desktop.xdotool("type", "--delay", str(delay_ms), text)

    def received(self) -> str:
        return self.received_path.read_text() if self.received_path.exists() else ""


def x_selection_owned(display: str, selection: str) -> bool:
    """Whether an X selection (a tray's _NET_SYSTEM_TRAY_S0) has an owner, asked through libX11."""
    xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XGetSelectionOwner.restype = ctypes.c_ulong
    xlib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = xlib.XOpenDisplay(display.encode())
    if not handle:
        return False
    try:
        return bool(
            xlib.XGetSelectionOwner(handle, xlib.XInternAtom(handle, selection.encode(), 0))
        )
    finally:
        xlib.XCloseDisplay(handle)
