"""Notice the screen locking and unlocking, so a locked screen counts as away at once.

Two sources, whichever the desktop has:

- the session's screen saver says `ActiveChanged(bool)`: `org.freedesktop.ScreenSaver` (KDE
  Plasma, xfce4-screensaver, light-locker) and `org.gnome.ScreenSaver` (GNOME Shell);
- logind says `Lock` and `Unlock` to this login session on the system bus (loginctl
  lock-session, and the lockers that follow logind, as on sway with swayidle).

Both arrive as signals; nothing is polled.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
LOGIND_SESSION = "org.freedesktop.login1.Session"


class LockWatcher(QObject):
    """Signals:
    locked(bool): the screen locked (True) or was unlocked (False); said once per change.
    """

    locked = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_locked = False
        self.sources: list[str] = []

    def listen(self, session_bus: Any = None, system_bus: Any = None) -> list[str]:
        """Follow the screen savers and logind; returns the sources followed."""
        from PySide6.QtDBus import QDBusConnection

        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in SCREEN_SAVERS:
                # Any sender: the service that owns the name may send from another connection.
                if session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("active_changed(bool)")
                ):
                    self.sources.append(interface)
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session_path = self._session_path(system) if system.isConnected() else None
        if session_path is not None:
            for name, slot in (("Lock", "lock_requested()"), ("Unlock", "unlock_requested()")):
                system.connect(  # type: ignore[call-overload]
                    LOGIND[0], session_path, LOGIND_SESSION, name, self, SLOT(slot)
                )
            self.sources.append("logind")
        log.info(
            "screen lock followed through %s", ", ".join(sorted(set(self.sources))) or "nothing"
        )
        return self.sources

    @staticmethod
    def _session_path(system: Any) -> str | None:
        """This process's logind session (None outside one, or without logind)."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        # "auto": the session of the caller.
        message = QDBusMessage.createMethodCall(*LOGIND, "GetSession")
        message.setArguments(["auto"])
        message.setAutoStartService(False)
        reply = system.call(message, QDBus.CallMode.Block, 1000)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        found = reply.arguments()[0]
        path = getattr(found, "path", None)
        return str(path() if callable(path) else found) or None

    @Slot(bool)
    def active_changed(self, active: bool) -> None:
        self._set(bool(active))

    @Slot()
    def lock_requested(self) -> None:
        self._set(True)

    @Slot()
    def unlock_requested(self) -> None:
        self._set(False)

    def _set(self, locked: bool) -> None:
        if locked != self.is_locked:
            self.is_locked = locked
            self.locked.emit(locked)
