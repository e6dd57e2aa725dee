"""Blockers on Linux: full screen on X11 (EWMH), do-not-disturb, and a call (camera or microphone).

Each check costs a few milliseconds at most (a /proc walk, a small program, one X or D-Bus round
trip) and answers False when it cannot tell: a broken check must not hold breaks back for ever.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from postureapp.platform.x11 import WindowProperties, XProperties, load_xlib, open_display

log = logging.getLogger(__name__)

#: No subprocess or D-Bus call may hold a break back longer than this.
TIMEOUT_SECONDS = 1.0


#: The most /proc/*/fd links one camera check reads, so a busy machine costs a bounded time.
MAX_FD_LINKS = 20_000


Run = Callable[..., subprocess.CompletedProcess[str]]


Which = Callable[[str], str | None]


def active_window_fullscreen(properties: WindowProperties) -> bool:
    """Whether the window manager says the focused window is full screen (EWMH)."""
    active = properties.values(properties.root(), "_NET_ACTIVE_WINDOW")
    if not active or active[0] == 0:
        return False
    states = properties.values(active[0], "_NET_WM_STATE")
    return properties.atom("_NET_WM_STATE_FULLSCREEN") in states


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


def camera_open(
    proc: Path = Path("/proc"), *, limit: int = MAX_FD_LINKS, own: int | None = None
) -> bool:
    """Whether any process we may look at holds a /dev/video* device open.

    Other users' processes are unreadable and skipped, which is fine: a call on this desktop
    runs as this user. At most `limit` links are read, so a huge process table costs little.
    Our own process (`own`, this one by default) is left out: posture sensing's own short
    reads of the camera are not a call.
    """
    mine = os.path.join(proc, str(os.getpid() if own is None else own), "fd") + os.sep
    for link in _fd_links(proc, limit):
        if link.startswith(mine):
            continue
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
