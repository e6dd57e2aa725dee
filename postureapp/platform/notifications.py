"""The desktop's own notifications (org.freedesktop.Notifications), with actions.

Where a window cannot be put in a corner or kept out of the keyboard's way (Wayland, tiling
window managers), the notice before a break and the check-in are sent to the notification
server that every desktop runs (GNOME Shell, Plasma, xfce4-notifyd, dunst, mako), which shows
them in its own place and hands back the action the user picked.

Two details decide how this talks to the server:

* `Notify` and `CloseNotification` take unsigned 32-bit integers, which PySide6's QtDBus cannot
  send (a Python int goes as int32 or uint16, and servers refuse the call).
* Servers send `ActionInvoked` to the connection that created the notification, not to all.

So one private session-bus connection of libdbus (the library Qt itself uses for D-Bus, loaded
with ctypes) sends the calls and receives the answers; its socket is watched by a
QSocketNotifier, so nothing is polled. Each call waits at most CALL_TIMEOUT_MS.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from postureapp.platform.x11 import cdll, prototype

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
APP_NAME = "postureapp"
CALL_TIMEOUT_MS = 1000
MATCH = f"type='signal',interface='{SERVICE}',path='{PATH}'"

BUS_SESSION = 0
T_INVALID, T_STRING, T_UINT32, T_INT32 = 0, ord("s"), ord("u"), ord("i")
T_ARRAY, T_VARIANT, T_DICT_ENTRY = ord("a"), ord("v"), ord("e")
#: libdbus's DBusMessageIter, as an opaque block bigger than it is.
ITER_BYTES = 128


class DBusError(ctypes.Structure):
    """libdbus's DBusError (dbus-errors.h): a name, a message, and private words."""

    _fields_ = (
        ("name", ctypes.c_char_p),
        ("message", ctypes.c_char_p),
        ("flags", ctypes.c_uint),
        ("padding", ctypes.c_void_p),
        ("spare", ctypes.c_void_p * 4),
    )


def load_libdbus() -> Any | None:
    lib = cdll("libdbus-1.so.3")
    if lib is None:
        return None
    p, s, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    prototype(lib.dbus_error_init, None, p)
    prototype(lib.dbus_error_free, None, p)
    prototype(lib.dbus_error_is_set, i, p)
    prototype(lib.dbus_bus_get_private, p, i, p)
    prototype(lib.dbus_connection_set_exit_on_disconnect, None, p, i)
    prototype(lib.dbus_connection_get_unix_fd, i, p, ctypes.POINTER(i))
    prototype(lib.dbus_connection_read_write, i, p, i)
    prototype(lib.dbus_connection_pop_message, p, p)
    prototype(lib.dbus_connection_flush, None, p)
    prototype(lib.dbus_connection_close, None, p)
    prototype(lib.dbus_connection_unref, None, p)
    prototype(lib.dbus_connection_send_with_reply_and_block, p, p, p, i, p)
    prototype(lib.dbus_bus_add_match, None, p, s, p)
    prototype(lib.dbus_message_new_method_call, p, s, s, s, s)
    prototype(lib.dbus_message_unref, None, p)
    prototype(lib.dbus_message_is_signal, i, p, s, s)
    prototype(lib.dbus_message_iter_init, i, p, p)
    prototype(lib.dbus_message_iter_init_append, None, p, p)
    prototype(lib.dbus_message_iter_append_basic, i, p, i, p)
    prototype(lib.dbus_message_iter_open_container, i, p, i, s, p)
    prototype(lib.dbus_message_iter_close_container, i, p, p)
    prototype(lib.dbus_message_iter_get_arg_type, i, p)
    prototype(lib.dbus_message_iter_get_basic, None, p, p)
    prototype(lib.dbus_message_iter_next, i, p)
    prototype(lib.dbus_message_iter_recurse, None, p, p)
    return lib


class Writer:
    """Appends arguments to a message through libdbus's iterators."""

    def __init__(self, lib: Any, message: int) -> None:
        self._lib = lib
        self._stack = [ctypes.create_string_buffer(ITER_BYTES)]
        self._keep: list[object] = []
        lib.dbus_message_iter_init_append(message, self._stack[-1])

    def _basic(self, kind: int, value: ctypes._SimpleCData) -> None:  # type: ignore[type-arg]
        self._keep.append(value)
        self._lib.dbus_message_iter_append_basic(self._stack[-1], kind, ctypes.byref(value))

    def string(self, text: str) -> Writer:
        self._basic(T_STRING, ctypes.c_char_p(text.encode()))
        return self

    def uint32(self, value: int) -> Writer:
        self._basic(T_UINT32, ctypes.c_uint32(value))
        return self

    def int32(self, value: int) -> Writer:
        self._basic(T_INT32, ctypes.c_int32(value))
        return self

    def open(self, kind: int, signature: str | None) -> Writer:
        inner = ctypes.create_string_buffer(ITER_BYTES)
        sig = signature.encode() if signature is not None else None
        self._lib.dbus_message_iter_open_container(self._stack[-1], kind, sig, inner)
        self._stack.append(inner)
        return self

    def close(self) -> Writer:
        inner = self._stack.pop()
        self._lib.dbus_message_iter_close_container(self._stack[-1], inner)
        return self


def read_basics(lib: Any, message: int) -> list[object]:
    """The leading basic arguments (strings and 32-bit integers) of a message."""
    found: list[object] = []
    it = ctypes.create_string_buffer(ITER_BYTES)
    if not lib.dbus_message_iter_init(message, it):
        return found
    while True:
        kind = lib.dbus_message_iter_get_arg_type(it)
        if kind == T_STRING:
            text = ctypes.c_char_p()
            lib.dbus_message_iter_get_basic(it, ctypes.byref(text))
            found.append((text.value or b"").decode(errors="replace"))
        elif kind in (T_UINT32, T_INT32):
            number = ctypes.c_uint32() if kind == T_UINT32 else ctypes.c_int32()
            lib.dbus_message_iter_get_basic(it, ctypes.byref(number))
            found.append(int(number.value))
        else:
            return found
        if not lib.dbus_message_iter_next(it):
            return found


def read_strings(lib: Any, message: int) -> list[str]:
    """The first argument of a reply, when it is an array of strings (GetCapabilities)."""
    it = ctypes.create_string_buffer(ITER_BYTES)
    if not lib.dbus_message_iter_init(message, it) or (
        lib.dbus_message_iter_get_arg_type(it) != T_ARRAY
    ):
        return []
    inner = ctypes.create_string_buffer(ITER_BYTES)
    lib.dbus_message_iter_recurse(it, inner)
    found = []
    while lib.dbus_message_iter_get_arg_type(inner) == T_STRING:
        text = ctypes.c_char_p()
        lib.dbus_message_iter_get_basic(inner, ctypes.byref(text))
        found.append((text.value or b"").decode(errors="replace"))
        if not lib.dbus_message_iter_next(inner):
            break
    return found


class Note:
    """One notification sent: its actions call back until it is closed."""

    def __init__(self, owner: DesktopNotifications, on_action: Callable[[str], None]) -> None:
        self._owner = owner
        self.on_action = on_action
        self.id: int | None = None

    def close(self) -> None:
        if self.id is not None:
            self._owner.close(self)
            self.id = None


class DesktopNotifications(QObject):
    """Sends notifications with actions and routes the user's choice back to the sender."""

    def __init__(self) -> None:
        super().__init__()
        self._notes: dict[int, Note] = {}
        self._lib: Any = load_libdbus()
        self._conn: int | None = None
        self._notifier: QSocketNotifier | None = None

    def _connect(self) -> bool:
        """Connect on first use (no connection is made on a desktop that never needs one)."""
        if self._conn is not None:
            return True
        lib = self._lib
        if lib is None:
            return False
        error = DBusError()
        lib.dbus_error_init(ctypes.byref(error))
        conn = lib.dbus_bus_get_private(BUS_SESSION, ctypes.byref(error))
        if not conn:
            lib.dbus_error_free(ctypes.byref(error))
            return False
        lib.dbus_connection_set_exit_on_disconnect(conn, 0)
        lib.dbus_bus_add_match(conn, MATCH.encode(), ctypes.byref(error))
        failed = lib.dbus_error_is_set(ctypes.byref(error))
        lib.dbus_error_free(ctypes.byref(error))
        if failed:
            lib.dbus_connection_close(conn)
            lib.dbus_connection_unref(conn)
            return False
        fd = ctypes.c_int(-1)
        lib.dbus_connection_get_unix_fd(conn, ctypes.byref(fd))
        self._conn = conn
        self._notifier = QSocketNotifier(fd.value, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        return True

    def _call(self, method: str, write: Callable[[Writer], object] | None = None) -> int | None:
        """Call a method of the server and wait for the reply (a message to unref), or None."""
        if not self._connect():
            return None
        lib, conn = self._lib, self._conn
        message = lib.dbus_message_new_method_call(
            SERVICE.encode(), PATH.encode(), SERVICE.encode(), method.encode()
        )
        if write is not None:
            write(Writer(lib, message))
        error = DBusError()
        lib.dbus_error_init(ctypes.byref(error))
        reply = lib.dbus_connection_send_with_reply_and_block(
            conn, message, CALL_TIMEOUT_MS, ctypes.byref(error)
        )
        lib.dbus_message_unref(message)
        if lib.dbus_error_is_set(ctypes.byref(error)):
            text = (error.message or b"").decode(errors="replace")
            log.info("%s.%s: %s", SERVICE, method, text)
        lib.dbus_error_free(ctypes.byref(error))
        # The wait may have read the server's signals off the socket: hand them out now.
        self._drain()
        return reply or None

    def available(self) -> bool:
        """A notification server runs now and shows actions."""
        reply = self._call("GetCapabilities")
        if reply is None:
            return False
        capabilities = read_strings(self._lib, reply)
        self._lib.dbus_message_unref(reply)
        return "actions" in capabilities

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

        def write(out: Writer) -> None:
            out.string(APP_NAME).uint32(0).string(APP_NAME).string(summary).string(body)
            out.open(T_ARRAY, "s")
            for key, label in actions:
                out.string(key).string(label)
            out.close()
            out.open(T_ARRAY, "{sv}")
            out.open(T_DICT_ENTRY, None).string("desktop-entry")
            out.open(T_VARIANT, "s").string(APP_NAME).close()
            out.close()
            out.close()
            out.int32(int(timeout_ms))

        reply = self._call("Notify", write)
        if reply is not None:
            values = read_basics(self._lib, reply)
            self._lib.dbus_message_unref(reply)
            if values and isinstance(values[0], int):
                note.id = values[0]
                self._notes[note.id] = note
        return note

    def close(self, note: Note) -> None:
        if note.id is None:
            return
        self._notes.pop(note.id, None)
        note_id = note.id
        reply = self._call("CloseNotification", lambda out: out.uint32(note_id))
        if reply is not None:
            self._lib.dbus_message_unref(reply)

    def _read(self) -> None:
        if self._conn is None:
            return
        if not self._lib.dbus_connection_read_write(self._conn, 0):
            log.info("the session bus went away: no more desktop notifications")
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            return
        self._drain()

    def _drain(self) -> None:
        lib, conn = self._lib, self._conn
        if conn is None:
            return
        while True:
            message = lib.dbus_connection_pop_message(conn)
            if not message:
                return
            try:
                if lib.dbus_message_is_signal(message, SERVICE.encode(), b"ActionInvoked"):
                    values = read_basics(lib, message)
                    if len(values) == 2 and isinstance(values[0], int):
                        self._action(values[0], str(values[1]))
                elif lib.dbus_message_is_signal(message, SERVICE.encode(), b"NotificationClosed"):
                    values = read_basics(lib, message)
                    if values and isinstance(values[0], int):
                        self._notes.pop(values[0], None)
            finally:
                lib.dbus_message_unref(message)

    def _action(self, note_id: int, key: str) -> None:
        note = self._notes.get(note_id)
        if note is not None:
            log.info("notification action %s", key)
            note.on_action(key)
