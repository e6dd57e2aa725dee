"""Do-not-disturb on Linux, asked of whichever notification server the desktop runs.

Each server keeps the switch its own way:

| server (GetServerInformation) | where the switch is |
| --- | --- |
| KDE Plasma, and any server that follows the draft spec | the `Inhibited` property |
| GNOME Shell | the `show-banners` setting (linux.banners_hidden) |
| Xfce (xfce4-notifyd) | xfconf: channel `xfce4-notifyd`, property `/do-not-disturb` |
| dunst | `org.dunstproject.cmd0`'s `paused` property |
| mako | a mode named "do-not-disturb" (or "dnd") among its active modes |

Every question is one short call with auto-start off (asking must not start a daemon), and
any failure reads as "not on": a broken check must never hold breaks back.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from postureapp.platform.blockers.linux import (
    NOTIFICATIONS,
    TIMEOUT_SECONDS,
    banners_hidden,
    inhibited_from_reply,
    notifications_inhibited,
)

log = logging.getLogger(__name__)

SERVICE, PATH = NOTIFICATIONS
XFCONF = ("org.xfce.Xfconf", "/org/xfce/Xfconf", "org.xfce.Xfconf")
DUNST_INTERFACE = "org.dunstproject.cmd0"
MAKO = ("org.freedesktop.Notifications", "/fr/emersion/Mako", "fr.emersion.Mako")
DND_MODES = ("do-not-disturb", "dnd")


def _call(service: str, path: str, interface: str, method: str, *args: object) -> list[Any] | None:
    """One blocking call (at most TIMEOUT_SECONDS); the reply's arguments, None on any error."""
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setArguments(list(args))
    message.setAutoStartService(False)
    reply = bus.call(message, QDBus.CallMode.Block, int(TIMEOUT_SECONDS * 1000))
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return list(reply.arguments())


def _property(service: str, path: str, interface: str, name: str) -> list[Any] | None:
    return _call(service, path, "org.freedesktop.DBus.Properties", "Get", interface, name)


def server_name(arguments: Sequence[object] | None) -> str:
    """The server's name from GetServerInformation (name, vendor, version, spec), lower case."""
    if not arguments or not isinstance(arguments[0], str):
        return ""
    return arguments[0].lower()


def mako_dnd(modes: Sequence[object]) -> bool:
    """Whether one of mako's active modes is a do-not-disturb mode."""
    return any(isinstance(mode, str) and mode.lower() in DND_MODES for mode in modes)


def xfce_dnd() -> bool:
    reply = _call(*XFCONF, "GetProperty", "xfce4-notifyd", "/do-not-disturb")
    return reply is not None and inhibited_from_reply(reply)


def dunst_paused() -> bool:
    reply = _property(SERVICE, PATH, DUNST_INTERFACE, "paused")
    return reply is not None and inhibited_from_reply(reply)


def mako_modes_on() -> bool:
    reply = _call(*MAKO, "ListModes")  # mako 1.7 and later
    if reply is None:
        reply = _call(*MAKO, "GetMode")  # older mako: one mode
        return bool(reply) and mako_dnd([reply[0]])  # type: ignore[index]
    modes = reply[0] if reply and isinstance(reply[0], list | tuple) else []
    return mako_dnd(modes)


def do_not_disturb() -> bool:
    """Whether the desktop's notification server (or GNOME's switch) says do-not-disturb."""
    name = server_name(_call(SERVICE, PATH, SERVICE, "GetServerInformation"))
    if "dunst" in name:
        return dunst_paused()
    if "xfce" in name:
        return xfce_dnd()
    if name == "mako":
        return mako_modes_on()
    return notifications_inhibited() or banners_hidden()
