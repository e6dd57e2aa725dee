"""The StatusNotifierItem side of the tray: is a StatusNotifierWatcher on the session bus, and is
our icon registered with it.

KDE Plasma, GNOME's AppIndicator extension, Xfce's panel, waybar and swaybar run a watcher
(`org.kde.StatusNotifierWatcher`). Qt's own tray icon registers an item named
`org.kde.StatusNotifierItem-<pid>-<n>` with it. The watcher may come after the app (at login)
and may go and come back (a panel that restarts); `SniHost` follows its name and its signals,
so no timer runs.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot

log = logging.getLogger(__name__)

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
#: How long a question to the watcher may take before the answer counts as "no".
CALL_TIMEOUT_MS = 500


def unwrap(value: object) -> object:
    """The value inside a QDBusVariant (a Properties.Get reply), or the value itself."""
    inner = getattr(value, "variant", None)
    return inner() if callable(inner) else value


def item_names(arguments: Sequence[object]) -> list[str]:
    """The bus names in a RegisteredStatusNotifierItems reply."""
    if len(arguments) != 1:
        return []
    value = unwrap(arguments[0])
    if not isinstance(value, list | tuple):
        return []
    # Watchers write "name", "name/path" or (GNOME's AppIndicator extension) "name@/path".
    return [
        re.split(r"[/@]", item, maxsplit=1)[0] for item in value if isinstance(item, str) and item
    ]


def ours(name: str, pid: int, owner_pid: Callable[[str], int | None]) -> bool:
    """Whether an item's bus name belongs to this process: Qt's own name, or a unique name whose
    owner is us."""
    if name.startswith(f"org.kde.StatusNotifierItem-{pid}-"):
        return True
    return name.startswith(":") and owner_pid(name) == pid


class SniHost(QObject):
    """Follows the StatusNotifierWatcher; `changed` (a callback) runs whenever it or its list of
    items changes."""

    def __init__(self, changed: Callable[[bool], None], bus: Any = None) -> None:
        super().__init__()
        from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

        self._changed = changed
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._pid = os.getpid()
        self.connected = bool(self._bus.isConnected())
        if not self.connected:
            return
        self._names = QDBusServiceWatcher(
            WATCHER, self._bus, QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange, self
        )
        self._names.serviceOwnerChanged.connect(self._owner_changed)
        for signal, slot in (
            ("StatusNotifierHostRegistered", "host_registered()"),
            ("StatusNotifierItemRegistered", "item_changed(QString)"),
            ("StatusNotifierItemUnregistered", "item_changed(QString)"),
        ):
            # The stubs ask for bytes, but PySide6 takes only the str that SLOT() returns.
            self._bus.connect(  # type: ignore[call-overload]
                WATCHER, WATCHER_PATH, WATCHER, signal, self, SLOT(slot)
            )

    def _owner_changed(self, _name: str, old: str, new: str) -> None:
        log.info("StatusNotifierWatcher %s", "appeared" if new else "went away")
        self._changed(bool(new))

    @Slot()
    def host_registered(self) -> None:
        log.info("a StatusNotifierHost registered")
        self._changed(True)

    @Slot(str)
    def item_changed(self, _item: str) -> None:
        self._changed(False)

    # --- questions, each one short call --------------------------------------------------------

    def watcher(self) -> bool:
        """A StatusNotifierWatcher owns its name now."""
        if not self.connected:
            return False
        reply = self._bus.interface().isServiceRegistered(WATCHER)
        return bool(reply.isValid() and reply.value())

    def _property(self, name: str) -> list[object] | None:
        from PySide6.QtDBus import QDBus, QDBusMessage

        message = QDBusMessage.createMethodCall(
            WATCHER, WATCHER_PATH, "org.freedesktop.DBus.Properties", "Get"
        )
        message.setArguments([WATCHER, name])
        message.setAutoStartService(False)
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return None
        return list(reply.arguments())

    def host(self) -> bool:
        """The watcher says some host (a panel) shows its items."""
        if not self.watcher():
            return False
        arguments = self._property("IsStatusNotifierHostRegistered")
        return bool(arguments) and unwrap(arguments[0]) is True  # type: ignore[index]

    def icon_registered(self) -> bool:
        """An item of this process is registered with the watcher."""
        if not self.watcher():
            return False
        names = item_names(self._property("RegisteredStatusNotifierItems") or [])
        return any(ours(name, self._pid, self._owner_pid) for name in names)

    def _owner_pid(self, name: str) -> int | None:
        reply = self._bus.interface().servicePid(name)
        return int(reply.value()) if reply.isValid() else None
