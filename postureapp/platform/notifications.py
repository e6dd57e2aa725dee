"""The desktop's own notifications (org.freedesktop.Notifications), with actions.

Where a window cannot be put in a corner or kept out of the keyboard's way (Wayland, tiling
window managers), the notice before a break and the check-in are sent to the notification
server that every desktop runs (GNOME Shell, Plasma, xfce4-notifyd, dunst, mako), which shows
them in its own place and hands back the action the user picked.

Replies and signals go through QtDBus. The one call that needs an unsigned 32-bit argument
(`Notify`'s replaces_id, `CloseNotification`'s id) goes through `gdbus call`, run without
waiting for it: PySide6 cannot marshal a D-Bus uint32, and gdbus types the arguments from the
server's own introspection.
"""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Callable, Sequence

from PySide6.QtCore import SLOT, QObject, QProcess, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_NAME = "postureapp"
CALL_TIMEOUT_MS = 1000


def gvariant_string(text: str) -> str:
    """A string as GVariant text, so gdbus never reads it as a number or a boolean."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def notify_arguments(
    summary: str, body: str, actions: Sequence[tuple[str, str]], timeout_ms: int
) -> list[str]:
    """gdbus arguments for Notify: app, replaces, icon, summary, body, actions, hints, timeout."""
    flat = ", ".join(gvariant_string(part) for pair in actions for part in pair)
    return [
        gvariant_string(APP_NAME),
        "0",
        gvariant_string(APP_NAME),
        gvariant_string(summary),
        gvariant_string(body),
        f"[{flat}]",
        "{'desktop-entry': <'postureapp'>, 'urgency': <byte 1>}",
        str(int(timeout_ms)),
    ]


def id_from_reply(text: str) -> int | None:
    """The notification id in gdbus's reply, "(uint32 7,)"."""
    match = re.search(r"uint32 (\d+)", text)
    return int(match.group(1)) if match else None


class Note:
    """One notification sent: its actions call back until it is closed."""

    def __init__(self, owner: DesktopNotifications, on_action: Callable[[str], None]) -> None:
        self._owner = owner
        self.on_action = on_action
        self.id: int | None = None
        self.closed = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._owner.close(self)


class DesktopNotifications(QObject):
    """Sends notifications with actions and routes the user's choice back to the sender."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        super().__init__()
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._notes: dict[int, Note] = {}
        self._running: list[QProcess] = []
        self._gdbus = shutil.which("gdbus")
        if self._bus.isConnected():
            for name, slot in (
                ("ActionInvoked", "action_invoked(QDBusMessage)"),
                ("NotificationClosed", "notification_closed(QDBusMessage)"),
            ):
                self._bus.connect(  # type: ignore[call-overload]
                    SERVICE, PATH, SERVICE, name, self, SLOT(slot)
                )

    def available(self) -> bool:
        """A notification server runs now and shows actions (and gdbus is there to send)."""
        if self._gdbus is None or not self._bus.isConnected():
            return False
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "GetCapabilities")
        message.setAutoStartService(False)
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return False
        capabilities = reply.arguments()[0]
        return isinstance(capabilities, list) and "actions" in capabilities

    def notify(
        self,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        timeout_ms: int,
        on_action: Callable[[str], None],
    ) -> Note:
        """Show a notification; `on_action(key)` runs for the action the user picks."""
        note = Note(self, on_action)
        self._gdbus_call("Notify", notify_arguments(summary, body, actions, timeout_ms), note)
        return note

    def close(self, note: Note) -> None:
        if note.id is not None:
            self._notes.pop(note.id, None)
            self._gdbus_call("CloseNotification", [str(note.id)], None)

    def _gdbus_call(self, method: str, arguments: list[str], note: Note | None) -> None:
        if self._gdbus is None:
            return
        process = QProcess(self)
        process.setProgram(self._gdbus)
        process.setArguments(
            [
                *("call", "--session", "--dest", SERVICE, "--object-path", PATH),
                *("--method", f"{SERVICE}.{method}", *arguments),
            ]
        )
        process.finished.connect(lambda *_: self._finished(process, method, note))
        self._running.append(process)
        process.start()

    def _finished(self, process: QProcess, method: str, note: Note | None) -> None:
        self._running.remove(process)
        out = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        error = bytes(process.readAllStandardError().data()).decode(errors="replace").strip()
        process.deleteLater()
        if process.exitCode() != 0:
            log.warning("the notification server refused %s: %s", method, error or "no reason")
            return
        if note is not None:
            note.id = id_from_reply(out)
            if note.closed and note.id is not None:
                self._gdbus_call("CloseNotification", [str(note.id)], None)
            elif note.id is not None:
                self._notes[note.id] = note

    @Slot(QDBusMessage)
    def action_invoked(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) != 2:
            return
        note = self._notes.get(int(arguments[0]))
        if note is not None:
            log.info("notification action %s", arguments[1])
            note.on_action(str(arguments[1]))

    @Slot(QDBusMessage)
    def notification_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if arguments:
            self._notes.pop(int(arguments[0]), None)
