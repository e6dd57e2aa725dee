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
from postureapp.platform.idle.wayland import WaylandIdle, open_wayland
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
    wayland: Callable[[Mapping[str, str]], IdleBackend | None] = open_wayland


def choose_backend(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    *,
    probes: Probes | None = None,
) -> IdleBackend | None:
    """The best idle source that gave a reading at start-up, or None (then no natural breaks).

    On Linux GNOME's own monitor comes first because it is right under both X11 and Wayland;
    then XScreenSaver in an X11 session; then the compositor's idle notifications in a Wayland
    session (KWin, sway and other wlroots compositors); then the freedesktop screen saver (KDE
    on X11). Each one counts only once it has answered; the log says which were tried.
    """
    probes = probes or Probes()
    if platform == "win32":
        return probes.windows()
    if platform == "darwin":
        return probes.mac()
    display = x11_session(environ)
    candidates: list[tuple[str, Callable[[], IdleBackend | None]]] = [("gnome", probes.gnome)]
    if display is not None:
        candidates.append(("x11", lambda: probes.x11(display)))
    if environ.get("WAYLAND_DISPLAY"):
        candidates.append(("wayland", lambda: probes.wayland(environ)))
    candidates.append(("freedesktop", probes.freedesktop))
    tried: list[str] = []
    for name, probe in candidates:
        backend = probe()
        if backend is not None:
            if tried:
                log.info("idle time: %s gave no reading; using %s", ", ".join(tried), name)
            log.info("idle time from %s", backend.name)
            return backend
        tried.append(name)
    log.warning(
        "no idle time source answered (tried %s): breaks come on schedule only, with no "
        "natural breaks and no pause while away",
        ", ".join(tried),
    )
    return None


__all__ = [
    "DBusIdle",
    "IdleBackend",
    "MacIdle",
    "Probes",
    "Reading",
    "ReadsAtOnce",
    "WaylandIdle",
    "WindowsIdle",
    "X11Idle",
    "choose_backend",
    "idle_ms_from_reply",
    "idle_ms_from_ticks",
    "x11_session",
]
