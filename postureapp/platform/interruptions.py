"""Is this a bad moment for a break: a full-screen window, do-not-disturb, a call in progress.

Run only when a break is about to start, so each check may cost a few milliseconds (a /proc
walk, a small program, one X or D-Bus round trip) but never more than about a second. Each check
reads the system through a small injectable piece, so the decoding is tested with fakes; a check
that cannot tell answers False, because a broken check must not hold breaks back for ever.

What is honestly known about each platform:

* Linux: full screen on X11 via EWMH properties (not under Wayland); do-not-disturb via the
  notification server's `Inhibited` property and GNOME's `show-banners`; a call via a process
  holding a camera open or any program recording from a microphone (PipeWire or PulseAudio).
* Windows: full screen, presentation mode and Direct3D games via SHQueryUserNotificationState;
  a call via the privacy "in use" records of the camera and the microphone. Focus Assist (do
  not disturb) has no public API and is not detected.
* macOS: a call via CoreAudio (is the default input device running in any process) and
  CoreMediaIO (is any camera running); full screen and Focus have no public API without
  Objective-C bindings and are not detected.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from postureapp.core.presence import Blockers
from postureapp.platform.idle import load_xlib, open_display, x11_session

log = logging.getLogger(__name__)

#: No subprocess or D-Bus call may hold a break back longer than this.
TIMEOUT_SECONDS = 1.0
#: The most /proc/*/fd links one camera check reads, so a busy machine costs a bounded time.
MAX_FD_LINKS = 20_000

Run = Callable[..., subprocess.CompletedProcess[str]]
Which = Callable[[str], str | None]


class BlockerSettings(Protocol):
    """The settings that switch each check on (core.settings.Settings provides them)."""

    @property
    def wait_for_fullscreen(self) -> bool: ...
    @property
    def wait_for_dnd(self) -> bool: ...
    @property
    def wait_for_calls(self) -> bool: ...


@dataclass(frozen=True)
class Probes:
    """One check per blocker; `default_probes` picks the right ones for this system."""

    fullscreen: Callable[[], bool]
    dnd: Callable[[], bool]
    call: Callable[[], bool]


def current_blockers(settings: BlockerSettings, *, probes: Probes | None = None) -> Blockers:
    """What stands in the way of a break now; checks the settings turned off are not run."""
    probes = probes or default_probes()
    return Blockers(
        fullscreen=settings.wait_for_fullscreen and probes.fullscreen(),
        dnd=settings.wait_for_dnd and probes.dnd(),
        call=settings.wait_for_calls and probes.call(),
    )


def _never() -> bool:
    return False


def default_probes(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Probes:
    if platform == "win32":
        return Probes(fullscreen=windows_fullscreen, dnd=_never, call=windows_capture_in_use)
    if platform == "darwin":
        return Probes(fullscreen=_never, dnd=_never, call=mac_capture_in_use)
    display = x11_session(environ)
    return Probes(
        fullscreen=(lambda: x11_fullscreen(display)) if display else _never,
        dnd=lambda: notifications_inhibited() or banners_hidden(),
        call=lambda: camera_open() or microphone_recording(),
    )


# --- full screen: X11 --------------------------------------------------------------------------


class WindowProperties(Protocol):
    """Reads window properties of the 32-bit kinds (windows, atoms)."""

    def root(self) -> int: ...

    def atom(self, name: str) -> int: ...

    def values(self, window: int, name: str) -> list[int]: ...


def active_window_fullscreen(properties: WindowProperties) -> bool:
    """Whether the window manager says the focused window is full screen (EWMH)."""
    active = properties.values(properties.root(), "_NET_ACTIVE_WINDOW")
    if not active or active[0] == 0:
        return False
    states = properties.values(active[0], "_NET_WM_STATE")
    return properties.atom("_NET_WM_STATE_FULLSCREEN") in states


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


def x11_fullscreen(display_name: str, *, xlib: Any = None) -> bool:
    xlib = xlib or load_xlib()
    if xlib is None:
        return False
    display = open_display(xlib, display_name)
    if display is None:
        return False
    try:
        return active_window_fullscreen(XProperties(xlib, display))
    finally:
        xlib.XCloseDisplay(display)


# --- full screen: Windows ----------------------------------------------------------------------

#: QUNS_BUSY (a full-screen app), QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE.
FULLSCREEN_NOTIFICATION_STATES = frozenset({2, 3, 4})


def windows_fullscreen() -> bool:
    if sys.platform != "win32":
        return False
    state = ctypes.c_int()
    result = ctypes.windll.shell32.SHQueryUserNotificationState(ctypes.byref(state))
    return result == 0 and state.value in FULLSCREEN_NOTIFICATION_STATES


# --- do not disturb: Linux ---------------------------------------------------------------------

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")


def inhibited_from_reply(arguments: Sequence[object]) -> bool:
    """The `Inhibited` property from a Properties.Get reply (a variant holding a boolean)."""
    if len(arguments) != 1:
        return False
    value = arguments[0]
    unwrap = getattr(value, "variant", None)
    if callable(unwrap):
        value = unwrap()
    return value is True


def notifications_inhibited() -> bool:
    """Ask the notification server whether it holds notifications back (one short call).

    Auto-start is off: asking must not launch a notification daemon that was not running.
    """
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    service, path = NOTIFICATIONS
    message = QDBusMessage.createMethodCall(service, path, "org.freedesktop.DBus.Properties", "Get")
    message.setArguments([service, "Inhibited"])
    message.setAutoStartService(False)
    reply = bus.call(message, QDBus.CallMode.Block, int(TIMEOUT_SECONDS * 1000))
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return False
    return inhibited_from_reply(reply.arguments())


def banners_hidden(*, run: Run = subprocess.run, which: Which = shutil.which) -> bool:
    """GNOME's do-not-disturb switch: notification banners turned off."""
    output = _output(
        ["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"], run, which
    )
    return output is not None and output.strip() == "false"


def _output(command: list[str], run: Run, which: Which) -> str | None:
    """A program's standard output, or None if it is not installed, fails or takes too long."""
    if which(command[0]) is None:
        return None
    try:
        done = run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("%s: %s", command[0], exc)
        return None
    return done.stdout if done.returncode == 0 else None


# --- calls: Linux ------------------------------------------------------------------------------


def camera_open(proc: Path = Path("/proc"), *, limit: int = MAX_FD_LINKS) -> bool:
    """Whether any process we may look at holds a /dev/video* device open.

    Other users' processes are unreadable and skipped, which is fine: a call on this desktop
    runs as this user. At most `limit` links are read, so a huge process table costs little.
    """
    for link in _fd_links(proc, limit):
        try:
            target = os.readlink(link)
        except OSError:
            continue
        if target.startswith("/dev/video"):
            return True
    return False


def _fd_links(proc: Path, limit: int) -> Iterator[str]:
    try:
        pids = sorted(int(entry.name) for entry in os.scandir(proc) if entry.name.isdigit())
    except OSError:
        return
    for pid in pids:
        try:
            with os.scandir(os.path.join(proc, str(pid), "fd")) as fds:
                for fd in fds:
                    if limit <= 0:
                        return
                    limit -= 1
                    yield fd.path
        except OSError:
            continue


def capture_sources(text: str) -> list[int]:
    """The source index of each stream in `pactl list short source-outputs`."""
    sources = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[1].isdigit():
            sources.append(int(fields[1]))
    return sources


def monitor_sources(text: str) -> set[int]:
    """The indexes of "monitor" sources (what a speaker plays) in `pactl list short sources`."""
    monitors = set()
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0].isdigit() and fields[1].endswith(".monitor"):
            monitors.add(int(fields[0]))
    return monitors


def microphone_recording(*, run: Run = subprocess.run, which: Which = shutil.which) -> bool:
    """Whether any program records from a real input (recording what the speakers play, as a
    screen recorder or a visualiser does, is not a call)."""
    outputs = _output(["pactl", "list", "short", "source-outputs"], run, which)
    sources = capture_sources(outputs or "")
    if not sources:
        return False
    monitors = monitor_sources(_output(["pactl", "list", "short", "sources"], run, which) or "")
    return any(source not in monitors for source in sources)


# --- calls: Windows ----------------------------------------------------------------------------

CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"


class Registry(Protocol):
    """Reads HKEY_CURRENT_USER; missing keys and values read as empty and None."""

    def subkeys(self, path: str) -> list[str]: ...

    def value(self, path: str, name: str) -> object: ...


def capture_in_use(registry: Registry) -> bool:
    """Whether an app uses the camera or microphone now: Windows stamps the start of each use
    and leaves the stop time at 0 until it ends (the privacy "in use" indicator)."""
    for capability in ("webcam", "microphone"):
        for key in _app_keys(registry, f"{CONSENT_STORE}\\{capability}"):
            start = registry.value(key, "LastUsedTimeStart")
            stop = registry.value(key, "LastUsedTimeStop")
            if isinstance(start, int) and start > 0 and stop == 0:
                return True
    return False


def _app_keys(registry: Registry, base: str) -> Iterator[str]:
    """Store apps are keys of their own; desktop programs are grouped under NonPackaged."""
    for name in registry.subkeys(base):
        key = f"{base}\\{name}"
        if name == "NonPackaged":
            yield from (f"{key}\\{child}" for child in registry.subkeys(key))
        else:
            yield key


class WindowsRegistry:
    """Registry over winreg, on Windows only."""

    def subkeys(self, path: str) -> list[str]:
        if sys.platform != "win32":
            return []
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                count = winreg.QueryInfoKey(key)[0]
                return [winreg.EnumKey(key, index) for index in range(count)]
        except OSError:
            return []

    def value(self, path: str, name: str) -> object:
        if sys.platform != "win32":
            return None
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                return winreg.QueryValueEx(key, name)[0]
        except OSError:
            return None


def windows_capture_in_use() -> bool:
    return capture_in_use(WindowsRegistry())


# --- calls: macOS ------------------------------------------------------------------------------


def fourcc(code: str) -> int:
    """Apple's four-character property codes as the numbers the C API takes."""
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1  # kAudioObjectSystemObject and kCMIOObjectSystemObject
DEFAULT_INPUT = fourcc("dIn ")  # kAudioHardwarePropertyDefaultInputDevice
DEVICES = fourcc("dev#")  # kCMIOHardwarePropertyDevices
RUNNING_SOMEWHERE = fourcc("gone")  # k{Audio,CMIO}DevicePropertyDeviceIsRunningSomewhere
SCOPE_GLOBAL = fourcc("glob")
ELEMENT_MAIN = 0

#: Reads one property of a CoreAudio or CoreMediaIO object: (object id, selector) -> raw data.
GetProperty = Callable[[int, int], bytes | None]


def uint32s(data: bytes | None) -> list[int]:
    if not data:
        return []
    return list(struct.unpack(f"={len(data) // 4}I", data[: len(data) // 4 * 4]))


def capturing_on_mac(audio: GetProperty, video: GetProperty) -> bool:
    """Whether the default microphone or any camera is running in some process."""
    microphone = uint32s(audio(SYSTEM_OBJECT, DEFAULT_INPUT))
    if microphone and microphone[0] and any(uint32s(audio(microphone[0], RUNNING_SOMEWHERE))):
        return True
    return any(
        any(uint32s(video(camera, RUNNING_SOMEWHERE)))
        for camera in uint32s(video(SYSTEM_OBJECT, DEVICES))
    )


class PropertyAddress(ctypes.Structure):
    """AudioObjectPropertyAddress, laid out like CMIOObjectPropertyAddress."""

    _fields_ = (
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    )


def _core_audio(lib: Any) -> GetProperty:
    def get(object_id: int, selector: int) -> bytes | None:
        address = PropertyAddress(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        size = ctypes.c_uint32()
        if lib.AudioObjectGetPropertyDataSize(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size)
        ):
            return None
        buffer = ctypes.create_string_buffer(size.value)
        if lib.AudioObjectGetPropertyData(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size), buffer
        ):
            return None
        return buffer.raw[: size.value]

    return get


def _core_media_io(lib: Any) -> GetProperty:
    def get(object_id: int, selector: int) -> bytes | None:
        address = PropertyAddress(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        size, used = ctypes.c_uint32(), ctypes.c_uint32()
        if lib.CMIOObjectGetPropertyDataSize(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size)
        ):
            return None
        buffer = ctypes.create_string_buffer(size.value)
        if lib.CMIOObjectGetPropertyData(
            object_id, ctypes.byref(address), 0, None, size.value, ctypes.byref(used), buffer
        ):
            return None
        return buffer.raw[: used.value]

    return get


def _framework(name: str) -> Any | None:
    try:
        return ctypes.CDLL(f"/System/Library/Frameworks/{name}.framework/{name}")
    except OSError:
        return None


def mac_capture_in_use() -> bool:
    audio, video = _framework("CoreAudio"), _framework("CoreMediaIO")
    if audio is None or video is None:
        return False
    return capturing_on_mac(_core_audio(audio), _core_media_io(video))
