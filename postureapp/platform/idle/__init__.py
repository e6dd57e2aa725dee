"""How long since the user last touched the keyboard or mouse, on each desktop.

One file per backend (x11, dbus for GNOME and KDE, windows, mac), one interface
(`core.ports.IdleSource`), and one place that chooses: `choose_backend` below.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from postureapp.platform.idle.base import IdleBackend, ReadsAtOnce
from postureapp.platform.idle.dbus import (
    DBusIdle,
    Reading,
    idle_ms_from_reply,
    open_freedesktop,
    open_gnome,
)
from postureapp.platform.idle.mac import MacIdle, open_mac
from postureapp.platform.idle.windows import WindowsIdle, idle_ms_from_ticks, open_windows
from postureapp.platform.idle.x11 import X11Idle
from postureapp.platform.x11 import x11_session

log = logging.getLogger(__name__)


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


__all__ = [
    "DBusIdle",
    "IdleBackend",
    "MacIdle",
    "Probes",
    "Reading",
    "ReadsAtOnce",
    "WindowsIdle",
    "X11Idle",
    "choose_backend",
    "idle_ms_from_reply",
    "idle_ms_from_ticks",
    "x11_session",
]
