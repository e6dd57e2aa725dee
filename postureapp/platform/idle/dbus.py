"""Idle time over the session bus: GNOME's Mutter IdleMonitor and the freedesktop ScreenSaver.

Asked asynchronously: a D-Bus call must never block the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from postureapp.core.ports import Done
from postureapp.platform.dbus import dbus_service_registered
from postureapp.platform.idle.base import IdleBackend

log = logging.getLogger(__name__)

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

    def seed(self, milliseconds: int) -> None:
        """A reading taken just now by someone else (the start-up check)."""
        self._latest = Reading(milliseconds / 1000.0, self._monotonic())

    def latest(self) -> tuple[float, float] | None:
        """The last reading that came, however old: (idle seconds then, its age in seconds)."""
        if self._latest is None:
            return None
        return self._latest.seconds, max(self._monotonic() - self._latest.at, 0.0)

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
            log.info("%s: no idle reading (%s)", self.name, watcher.error().message())
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


def first_reading(target: Target, bus: Any = None) -> int | None:
    """Ask once, waiting for the answer (at start-up only): the idle milliseconds, or None.

    A service can own its name and still not answer: KDE Plasma on Wayland answers
    GetSessionIdleTime with NotSupported. Such a backend does not count.
    """
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = bus if bus is not None else QDBusConnection.sessionBus()
    message = QDBusMessage.createMethodCall(*target)
    message.setAutoStartService(False)
    reply = bus.call(message, QDBus.CallMode.Block, DBUS_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.info("%s %s: %s", target[0], target[3], reply.errorMessage() or "no answer")
        return None
    return idle_ms_from_reply(reply.arguments())


def _opened(name: str, targets: Sequence[Target]) -> IdleBackend | None:
    """A D-Bus backend over the first target that gave a reading, or None."""
    for target in targets:
        milliseconds = first_reading(target)
        if milliseconds is not None:
            backend = DBusIdle(name, [target])
            backend.seed(milliseconds)
            return backend
    return None


def open_gnome() -> IdleBackend | None:
    if not dbus_service_registered(GNOME_IDLE[0]):
        return None
    return _opened("gnome", [GNOME_IDLE])


def open_freedesktop() -> IdleBackend | None:
    """org.freedesktop.ScreenSaver (KDE on X11, some screen savers), at either of its paths."""
    if not dbus_service_registered(FREEDESKTOP_SERVICE):
        return None
    targets = [
        (FREEDESKTOP_SERVICE, path, FREEDESKTOP_SERVICE, "GetSessionIdleTime")
        for path in FREEDESKTOP_PATHS
    ]
    return _opened("freedesktop", targets)
