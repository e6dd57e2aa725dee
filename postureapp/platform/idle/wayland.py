"""Idle time from the Wayland compositor itself: `ext-idle-notify-v1` (KWin 5.27, sway 1.8,
Hyprland, river, labwc) or KDE's older `org_kde_kwin_idle` (KWin, sway 1.7 and wlroots 0.15).

Neither protocol answers "how long idle?". Both tell, on a connection of our own, when the seat
has been idle for a timeout and when input resumes. With a one-second timeout, the moment the
"idled" event arrives is one second after the last input, which is the reading. The
connection is read when the compositor writes to it (a socket notifier): nothing runs while
the user types, one event arrives when they stop for a second and one when they come back.

The Wayland wire format is small enough to speak directly: each message is the object id, the
size and opcode in one 32-bit word, and the arguments as 32-bit words (strings with their
length, NUL and padding). Only the requests and events named below are used.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from postureapp.platform.idle.base import ReadsAtOnce

log = logging.getLogger(__name__)

#: How long the seat must be still before the compositor says "idled" (milliseconds).
TIMEOUT_MS = 1000
#: How long the start-up round trips may take in all.
CONNECT_TIMEOUT_S = 2.0

DISPLAY_ID = 1
# wl_display requests and events
SYNC, GET_REGISTRY = 0, 1
ERROR, DELETE_ID = 0, 1
# wl_registry
BIND = 0
GLOBAL = 0
# wl_callback
DONE = 0
# ext_idle_notifier_v1.get_idle_notification(new_id, uint timeout, object seat)
EXT_NOTIFIER = "ext_idle_notifier_v1"
EXT_GET_NOTIFICATION = 1
# org_kde_kwin_idle.get_idle_timeout(new_id, object seat, uint timeout)
KDE_IDLE = "org_kde_kwin_idle"
KDE_GET_TIMEOUT = 0
# events of either notification object
IDLED, RESUMED = 0, 1

PROTOCOLS = (EXT_NOTIFIER, KDE_IDLE)


class WaylandError(Exception):
    """The compositor refused, closed the connection, or did not answer in time."""


def uint(value: int) -> bytes:
    return struct.pack("=I", value)


def string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return uint(len(data)) + data + b"\0" * (-len(data) % 4)


def message(object_id: int, opcode: int, payload: bytes) -> bytes:
    return struct.pack("=II", object_id, ((8 + len(payload)) << 16) | opcode) + payload


def messages(buffer: bytearray) -> Iterator[tuple[int, int, bytes]]:
    """Whole messages off the front of `buffer` (a partial one stays for the next read)."""
    while len(buffer) >= 8:
        object_id, word = struct.unpack_from("=II", buffer)
        size = word >> 16
        if size < 8:
            raise WaylandError(f"a message of {size} bytes")
        if len(buffer) < size:
            return
        payload = bytes(buffer[8:size])
        del buffer[:size]
        yield object_id, word & 0xFFFF, payload


def read_global(payload: bytes) -> tuple[int, str, int]:
    """wl_registry.global: (name, interface, version)."""
    name, length = struct.unpack_from("=II", payload)
    interface = payload[8 : 8 + length - 1].decode(errors="replace")
    (version,) = struct.unpack_from("=I", payload, 8 + length + (-length % 4))
    return name, interface, version


def read_error(payload: bytes) -> str:
    object_id, code, length = struct.unpack_from("=III", payload)
    text = payload[12 : 12 + length - 1].decode(errors="replace")
    return f"object {object_id}, code {code}: {text}"


def socket_path(environ: Mapping[str, str]) -> str | None:
    display = environ.get("WAYLAND_DISPLAY")
    if not display:
        return None
    if os.path.isabs(display):
        return display
    runtime = environ.get("XDG_RUNTIME_DIR")
    return os.path.join(runtime, display) if runtime else None


@dataclass
class Wire:
    """One client connection: new object ids, requests out, messages in."""

    sock: socket.socket
    next_id: int = 2
    buffer: bytearray = field(default_factory=bytearray)

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def send(self, object_id: int, opcode: int, payload: bytes = b"") -> None:
        self.sock.sendall(message(object_id, opcode, payload))

    def receive(self) -> list[tuple[int, int, bytes]]:
        data = self.sock.recv(4096)
        if not data:
            raise WaylandError("the compositor closed the connection")
        self.buffer.extend(data)
        return list(messages(self.buffer))

    def roundtrip(self, seen: Callable[[int, int, bytes], None]) -> None:
        """wl_display.sync, handing every message to `seen` until the compositor answers it."""
        callback = self.new_id()
        self.send(DISPLAY_ID, SYNC, uint(callback))
        while True:
            for object_id, opcode, payload in self.receive():
                if object_id == DISPLAY_ID and opcode == ERROR:
                    raise WaylandError(read_error(payload))
                if object_id == callback and opcode == DONE:
                    return
                seen(object_id, opcode, payload)


class WaylandIdle(ReadsAtOnce):
    """Idle time from the compositor's idle notifications (see the module's docstring)."""

    def __init__(self, wire: Wire, notification: int, protocol: str) -> None:
        self.name = "wayland-ext-idle" if protocol == EXT_NOTIFIER else "wayland-kde-idle"
        self._wire: Wire | None = wire
        self._notification = notification
        self._idle_since: float | None = None  # monotonic time of the last input, once idle
        self._made = time.monotonic()
        from PySide6.QtCore import QSocketNotifier

        wire.sock.setblocking(False)
        self._notifier = QSocketNotifier(wire.sock.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._read)

    @classmethod
    def open(cls, environ: Mapping[str, str] = os.environ) -> WaylandIdle | None:
        """Connect and ask for idle notifications; None (logged) where the compositor offers
        neither protocol or refuses."""
        path = socket_path(environ)
        if path is None:
            return None
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(path)
            wire = Wire(sock)
            notification, protocol = cls._subscribe(wire)
        except (OSError, WaylandError, struct.error) as exc:
            log.info("Wayland idle notifications unavailable: %s", exc)
            sock.close()
            return None
        return cls(wire, notification, protocol)

    @staticmethod
    def _subscribe(wire: Wire) -> tuple[int, str]:
        registry = wire.new_id()
        wire.send(DISPLAY_ID, GET_REGISTRY, uint(registry))
        found: dict[str, int] = {}

        def note(object_id: int, opcode: int, payload: bytes) -> None:
            if object_id == registry and opcode == GLOBAL:
                name, interface, _version = read_global(payload)
                found.setdefault(interface, name)

        wire.roundtrip(note)
        protocol = next((p for p in PROTOCOLS if p in found), None)
        if protocol is None or "wl_seat" not in found:
            raise WaylandError(f"the compositor offers neither {' nor '.join(PROTOCOLS)}")

        def bind(interface: str) -> int:
            new = wire.new_id()
            wire.send(
                registry, BIND, uint(found[interface]) + string(interface) + uint(1) + uint(new)
            )
            return new

        seat = bind("wl_seat")
        notifier = bind(protocol)
        notification = wire.new_id()
        if protocol == EXT_NOTIFIER:
            args = uint(notification) + uint(TIMEOUT_MS) + uint(seat)
            wire.send(notifier, EXT_GET_NOTIFICATION, args)
        else:
            args = uint(notification) + uint(seat) + uint(TIMEOUT_MS)
            wire.send(notifier, KDE_GET_TIMEOUT, args)
        wire.roundtrip(lambda *_: None)  # a refusal arrives as wl_display.error before this
        log.info("idle time from the compositor (%s)", protocol)
        return notification, protocol

    def _read(self) -> None:
        wire = self._wire
        if wire is None:
            return
        try:
            received = wire.receive()
        except BlockingIOError:
            return
        except (OSError, WaylandError, struct.error) as exc:
            log.warning("%s: idle time lost (%s); no natural breaks from now on", self.name, exc)
            self.close()
            return
        for object_id, opcode, payload in received:
            if object_id == DISPLAY_ID and opcode == ERROR:
                log.warning("%s: the compositor said %s", self.name, read_error(payload))
                self.close()
                return
            if object_id == self._notification:
                self.on_event(opcode, time.monotonic())

    def on_event(self, opcode: int, at: float) -> None:
        """idled: the last input was one timeout ago; resumed: input now."""
        if opcode == IDLED:
            self._idle_since = at - TIMEOUT_MS / 1000.0
        elif opcode == RESUMED:
            self._idle_since = None

    def idle_seconds(self) -> float | None:
        if self._wire is None:
            return None
        if self._idle_since is None:
            return 0.0
        return max(time.monotonic() - self._idle_since, 0.0)

    def close(self) -> None:
        if self._wire is not None:
            self._notifier.setEnabled(False)
            self._wire.sock.close()
            self._wire = None


def open_wayland(environ: Mapping[str, str] = os.environ) -> WaylandIdle | None:
    return WaylandIdle.open(environ)
