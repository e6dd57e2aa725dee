"""How long since the user last touched the keyboard or mouse, on each desktop.

Every backend answers `idle_seconds()` at once from what it already knows; `refresh(done)` fetches
a new reading and calls `done` when it has one (at once for the backends that read synchronously,
after the reply for the D-Bus ones, which must never block the GUI thread). So a caller always
does `backend.refresh(then)` and reads `idle_seconds()` in `then`.

Qt is imported only by the D-Bus backends, inside their functions: the module, its ctypes
decoding and `choose_backend` stay importable and testable without a QApplication.
"""

from __future__ import annotations

import ctypes
import logging
import math
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)

Done = Callable[[], None] | None


class IdleBackend(Protocol):
    """One way to read idle time; `idle_seconds` is None when it cannot be read just now."""

    name: str

    def idle_seconds(self) -> float | None: ...

    def refresh(self, done: Done = None) -> None: ...

    def close(self) -> None: ...


class ReadsAtOnce:
    """For backends whose every `idle_seconds()` call asks the system afresh."""

    def refresh(self, done: Done = None) -> None:
        if done is not None:
            done()

    def close(self) -> None:
        """Nothing to release."""


# --- X11: the XScreenSaver extension -----------------------------------------------------------


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


def _cdll(soname: str) -> Any | None:
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
    lib = _cdll("libX11.so.6")
    if lib is None:
        return None
    display, window, atom = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong
    _prototype(lib.XOpenDisplay, display, ctypes.c_char_p)
    _prototype(lib.XCloseDisplay, ctypes.c_int, display)
    _prototype(lib.XDefaultRootWindow, window, display)
    _prototype(lib.XFree, ctypes.c_int, ctypes.c_void_p)
    _prototype(lib.XInternAtom, atom, display, ctypes.c_char_p, ctypes.c_int)
    _prototype(
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
    _prototype(lib.XSetErrorHandler, ctypes.c_void_p, _XErrorHandler)
    lib.XSetErrorHandler(_X_ERROR_HANDLER)
    return lib


def load_xss() -> Any | None:
    """libXss (Debian package libxss1), or None when it is not installed."""
    lib = _cdll("libXss.so.1")
    if lib is None:
        return None
    info = ctypes.POINTER(XScreenSaverInfo)
    _prototype(
        lib.XScreenSaverQueryExtension,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    )
    _prototype(lib.XScreenSaverAllocInfo, info)
    _prototype(lib.XScreenSaverQueryInfo, ctypes.c_int, ctypes.c_void_p, ctypes.c_ulong, info)
    return lib


def _prototype(function: Any, restype: Any, *argtypes: Any) -> None:
    function.restype = restype
    function.argtypes = argtypes


def open_display(xlib: Any, display_name: str | None) -> int | None:
    """An Xlib connection to `display_name` (None: $DISPLAY), or None when it cannot be opened."""
    handle: int | None = xlib.XOpenDisplay(display_name.encode() if display_name else None)
    return handle or None


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


# --- D-Bus: GNOME's Mutter and the freedesktop screen saver -------------------------------------

GNOME_IDLE = (
    "org.gnome.Mutter.IdleMonitor",
    "/org/gnome/Mutter/IdleMonitor/Core",
    "org.gnome.Mutter.IdleMonitor",
    "GetIdletime",
)
FREEDESKTOP_SERVICE = "org.freedesktop.ScreenSaver"
FREEDESKTOP_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
#: A D-Bus reply later than this is given up; the reading is then simply missing.
DBUS_TIMEOUT_MS = 1000
#: A reading older than this says nothing about now (the user may have moved since).
FRESH_SECONDS = 5.0


def idle_ms_from_reply(arguments: Sequence[object]) -> int | None:
    """The idle milliseconds in a GetIdletime / GetSessionIdleTime reply, None if malformed.

    KDE answers GetSessionIdleTime in milliseconds, like Mutter (the draft spec said seconds).
    """
    if len(arguments) != 1:
        return None
    value = arguments[0]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


@dataclass(frozen=True)
class Reading:
    """An idle reading and the monotonic time it arrived."""

    seconds: float
    at: float

    def now(self, monotonic: float, max_age: float = FRESH_SECONDS) -> float | None:
        """The idle time now, if the reading is fresh: no input since means it grew meanwhile."""
        age = monotonic - self.at
        if age < 0 or age > max_age:
            return None
        return self.seconds + age


Target = tuple[str, str, str, str]
"""A D-Bus method: service, object path, interface, method name."""


class DBusIdle:
    """Idle time from a session-bus method returning milliseconds, asked without blocking.

    Given several targets (the same service at different paths), a failed call moves on to the
    next one for the following refresh.
    """

    def __init__(
        self,
        name: str,
        targets: Sequence[Target],
        *,
        bus: Any = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        from PySide6.QtDBus import QDBusConnection

        self.name = name
        self._targets = targets
        self._target = 0
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._monotonic = monotonic
        self._latest: Reading | None = None
        self._watcher: Any = None
        self._waiting: list[Callable[[], None]] = []

    def idle_seconds(self) -> float | None:
        return self._latest.now(self._monotonic()) if self._latest else None

    def refresh(self, done: Done = None) -> None:
        """Ask for a new reading; `done` runs when it came, failed or timed out."""
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        if done is not None:
            self._waiting.append(done)
        if self._watcher is not None:
            return
        message = QDBusMessage.createMethodCall(*self._targets[self._target])
        self._watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, DBUS_TIMEOUT_MS))
        self._watcher.finished.connect(self._finished)

    def _finished(self, watcher: Any) -> None:
        self._watcher = None
        milliseconds = (
            None if watcher.isError() else idle_ms_from_reply(watcher.reply().arguments())
        )
        if milliseconds is None:
            log.debug("%s: no idle reading (%s)", self.name, watcher.error().message())
            self._target = (self._target + 1) % len(self._targets)
        else:
            self._latest = Reading(milliseconds / 1000.0, self._monotonic())
        watcher.deleteLater()
        waiting, self._waiting = self._waiting, []
        for done in waiting:
            done()

    def close(self) -> None:
        self._watcher = None
        self._waiting = []


def dbus_service_registered(service: str) -> bool:
    """Whether a session-bus name has an owner (a quick call to the bus daemon, at start-up)."""
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def open_gnome() -> IdleBackend | None:
    if not dbus_service_registered(GNOME_IDLE[0]):
        return None
    return DBusIdle("gnome", [GNOME_IDLE])


def open_freedesktop() -> IdleBackend | None:
    """KDE's org.freedesktop.ScreenSaver, at either of the paths it is found at."""
    if not dbus_service_registered(FREEDESKTOP_SERVICE):
        return None
    targets = [
        (FREEDESKTOP_SERVICE, path, FREEDESKTOP_SERVICE, "GetSessionIdleTime")
        for path in FREEDESKTOP_PATHS
    ]
    return DBusIdle("freedesktop", targets)


# --- Windows -----------------------------------------------------------------------------------


class LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


def idle_ms_from_ticks(now_tick: int, last_input_tick: int) -> int:
    """Milliseconds between two 32-bit tick counts; the counter wraps every 49.7 days."""
    return (now_tick - last_input_tick) % 2**32


class WindowsIdle(ReadsAtOnce):
    """GetLastInputInfo: the tick of the session's last input, against GetTickCount."""

    name = "windows"

    def __init__(self, user32: Any, kernel32: Any) -> None:
        self._user32 = user32
        self._kernel32 = kernel32

    def idle_seconds(self) -> float | None:
        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        if not self._user32.GetLastInputInfo(ctypes.pointer(info)):
            return None
        now = int(self._kernel32.GetTickCount())
        return idle_ms_from_ticks(now, int(info.dwTime)) / 1000.0


def open_windows() -> IdleBackend | None:
    if sys.platform != "win32":
        return None
    user32, kernel32 = ctypes.WinDLL("user32"), ctypes.WinDLL("kernel32")
    _prototype(user32.GetLastInputInfo, ctypes.c_int, ctypes.POINTER(LastInputInfo))
    _prototype(kernel32.GetTickCount, ctypes.c_uint32)
    return WindowsIdle(user32, kernel32)


# --- macOS -------------------------------------------------------------------------------------

#: kCGEventSourceStateCombinedSessionState and kCGAnyInputEventType (CGEventTypes.h).
COMBINED_SESSION_STATE = 0
ANY_INPUT_EVENT = 0xFFFFFFFF
APPLICATION_SERVICES = (
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
)


class MacIdle(ReadsAtOnce):
    """CGEventSourceSecondsSinceLastEventType over all input in the login session."""

    name = "macos"

    def __init__(self, seconds_since: Callable[[int, int], float]) -> None:
        self._seconds_since = seconds_since

    def idle_seconds(self) -> float | None:
        seconds = float(self._seconds_since(COMBINED_SESSION_STATE, ANY_INPUT_EVENT))
        return seconds if math.isfinite(seconds) and seconds >= 0 else None


def open_mac() -> IdleBackend | None:
    lib = _cdll(APPLICATION_SERVICES)
    if lib is None:
        return None
    function = lib.CGEventSourceSecondsSinceLastEventType
    _prototype(function, ctypes.c_double, ctypes.c_int32, ctypes.c_uint32)
    return MacIdle(function)


# --- choosing one ------------------------------------------------------------------------------


def _open_x11(display: str) -> IdleBackend | None:
    return X11Idle.open(display)


@dataclass(frozen=True)
class Probes:
    """How each backend is opened; each returns None when it is not available here."""

    windows: Callable[[], IdleBackend | None] = open_windows
    mac: Callable[[], IdleBackend | None] = open_mac
    gnome: Callable[[], IdleBackend | None] = open_gnome
    x11: Callable[[str], IdleBackend | None] = _open_x11
    freedesktop: Callable[[], IdleBackend | None] = open_freedesktop


def x11_session(environ: Mapping[str, str]) -> str | None:
    """The X display of an X11 session; None under Wayland, where XWayland's idle time only
    counts input sent to X programs."""
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return None if wayland else environ.get("DISPLAY") or None


def choose_backend(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    *,
    probes: Probes | None = None,
) -> IdleBackend | None:
    """The best idle source available at start-up, or None (then no natural breaks).

    On Linux GNOME's own monitor comes first because it is right under both X11 and Wayland;
    then XScreenSaver in an X11 session; then the freedesktop screen saver that KDE provides.
    """
    probes = probes or Probes()
    if platform == "win32":
        return probes.windows()
    if platform == "darwin":
        return probes.mac()
    backend = probes.gnome()
    display = x11_session(environ)
    if backend is None and display is not None:
        backend = probes.x11(display)
    if backend is None:
        backend = probes.freedesktop()
    if backend is not None:
        log.info("idle time from %s", backend.name)
    else:
        log.info("no idle time source: breaks come on schedule only")
    return backend
