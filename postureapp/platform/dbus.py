"""Small helpers over QtDBus shared by the D-Bus backends (idle time, do-not-disturb, sleep)."""

from __future__ import annotations


def dbus_service_registered(service: str) -> bool:
    """Whether a session-bus name has an owner (a quick call to the bus daemon, at start-up)."""
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())
