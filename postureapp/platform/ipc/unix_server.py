"""The single-instance socket on Linux and macOS: a plain AF_UNIX socket on the Qt event loop.

QLocalServer would do the same job, but it brings QtNetwork (and with it about 2.8 MiB that a
tray app keeps all day) for one listening socket. Here a QSocketNotifier tells the event loop
when a client connects or writes; nothing wakes the app while nobody does.

The protections are QLocalServer's and ours: the socket file is owner-only (and, on Linux, a
client running as another user is refused), a stale file left by a crash is replaced, a live
instance's socket never is, and a client that sends garbage, too much or nothing is dropped
without holding up anyone else.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from postureapp.core.protocol import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    decode_request,
    encode_reply,
    failed_reply,
)
from postureapp.paths import private_folder
from postureapp.platform.ipc.client import CannotListen, is_alive

log = logging.getLogger(__name__)

Handler = Callable[[Request], dict[str, object]]

#: A client that has not sent a whole line by then is dropped.
READ_TIMEOUT_MS = 3000
#: Connections waiting to be accepted; commands come one at a time from a person.
BACKLOG = 16
#: How long writing a reply may take before the client is given up (a reply is a few hundred
#: bytes; the socket's buffer takes it at once unless the client is stuck).
WRITE_TIMEOUT_S = 1.0


@dataclass
class _Client:
    sock: socket.socket
    since: float
    buffer: bytearray = field(default_factory=bytearray)
    notifier: QSocketNotifier | None = None


class UnixInstanceServer(QObject):
    """Answers requests from `postureapp` commands; one JSON line in, one JSON line out."""

    def __init__(self, socket_path: Path, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = socket_path
        self._handler = handler
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._inode: int | None = None
        self._clients: dict[int, _Client] = {}
        # One timer for every waiting client, running only while there is one.
        self._reaper = QTimer(self)
        self._reaper.setSingleShot(True)
        self._reaper.timeout.connect(self._drop_silent)

    def claim(self) -> bool:
        """Listen on the socket. False when another live instance owns it.

        A socket file that nobody answers on is a crash's leftover and is removed; a live
        instance's socket is never touched. The socket's folder must be the user's own, and is
        made 0700 (PathsError otherwise, naming it): only the user can then put a socket there.
        """
        private_folder(self._path.parent)
        if self._path.exists() or self._path.is_symlink():
            if is_alive(self._path):
                return False
            log.warning("removing a stale socket left by a crash: %s", self._path)
            try:
                self._path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:  # a folder in its place, say
                raise CannotListen(self._path, exc) from exc
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        # Owner-only from the start: the file is created by bind(), with the umask's mode.
        old_mask = os.umask(0o177)
        try:
            listener.bind(str(self._path))
        except OSError as exc:
            listener.close()
            if is_alive(self._path):
                return False  # another instance started at the same moment, and won
            raise CannotListen(self._path, exc) from exc
        finally:
            os.umask(old_mask)
        os.chmod(self._path, 0o600)
        listener.listen(BACKLOG)
        listener.setblocking(False)
        self._listener = listener
        self._inode = os.stat(self._path).st_ino
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        log.info("listening on %s", self._path)
        return True

    def set_handler(self, handler: Handler) -> None:
        """The app that answers requests may be built after the socket is claimed."""
        self._handler = handler

    def close(self) -> None:
        """Stop listening, drop every client and remove the socket file (if it is still ours)."""
        for fd in list(self._clients):
            self._finish(fd)
        self._reaper.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                if os.stat(self._path).st_ino == self._inode:
                    self._path.unlink()

    # --- connections ----------------------------------------------------------------------------

    def _accept(self, *_args: object) -> None:
        while self._listener is not None:
            try:
                conn, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # e.g. out of file descriptors: drop this one, keep serving
                log.warning("could not accept a connection: %s", exc)
                return
            if not _same_user(conn):
                log.warning("refused a connection from another user")
                conn.close()
                continue
            conn.setblocking(False)
            fd = conn.fileno()
            self._clients[fd] = _Client(conn, time.monotonic())
            # Most commands have sent their line by now: answered at once, no notifier needed.
            if self._read(fd):
                continue
            self._clients[fd].notifier = _ClientNotifier(fd, self._read, self)
            if not self._reaper.isActive():
                self._reaper.start(READ_TIMEOUT_MS)

    def _read(self, fd: int) -> bool:
        """Read what there is; answer once a whole line (or too much) has come. True when done."""
        client = self._clients.get(fd)
        if client is None:
            return True
        while True:
            try:
                chunk = client.sock.recv(MAX_MESSAGE_BYTES + 1)
            except (BlockingIOError, InterruptedError):
                return False
            except OSError:
                self._finish(fd)
                return True
            if not chunk:  # the client hung up before sending a whole line
                self._finish(fd)
                return True
            client.buffer.extend(chunk)
            newline = client.buffer.find(b"\n")
            if newline >= 0 or len(client.buffer) > MAX_MESSAGE_BYTES:
                line = bytes(client.buffer[:newline] if newline >= 0 else client.buffer)
                try:
                    self._answer(client, line)
                finally:
                    self._finish(fd)
                return True

    def _answer(self, client: _Client, line: bytes) -> None:
        try:
            request = decode_request(line)
        except ProtocolError as exc:
            log.warning("refused a request on the socket: %s", exc)
            reply: dict[str, object] = {"ok": False, "error": str(exc)}
        else:
            try:
                reply = {"ok": True, **self._handler(request)}
            except ProtocolError as exc:
                reply = {"ok": False, "error": str(exc)}
            except Exception as exc:
                # Still answer, so the command says what went wrong instead of timing out; the
                # error hook logs the details and tells the user once.
                sys.excepthook(type(exc), exc, exc.__traceback__)
                reply = failed_reply(exc)
        try:
            client.sock.settimeout(WRITE_TIMEOUT_S)
            client.sock.sendall(encode_reply(reply))
        except OSError as exc:
            log.info("a client left before its reply was sent: %s", exc)

    def _finish(self, fd: int) -> None:
        client = self._clients.pop(fd, None)
        if client is None:
            return
        if client.notifier is not None:
            # Disabled now, deleted by the event loop: this may run inside its own signal.
            client.notifier.setEnabled(False)
            client.notifier.deleteLater()
            client.notifier = None
        _drain(client.sock)
        client.sock.close()
        if not self._clients:
            self._reaper.stop()

    def _drop_silent(self) -> None:
        """Drop every client that has had READ_TIMEOUT_MS to send its line; wait for the rest."""
        now = time.monotonic()
        limit = READ_TIMEOUT_MS / 1000
        for fd, client in list(self._clients.items()):
            if now - client.since >= limit:
                log.info("dropped a client that sent no whole line in %d ms", READ_TIMEOUT_MS)
                self._finish(fd)
        if self._clients:
            oldest = min(client.since for client in self._clients.values())
            self._reaper.start(max(1, int((oldest + limit - now) * 1000)))


class _ClientNotifier(QSocketNotifier):
    """Tells the server when its client has written more.

    Connected through a bound method, never a lambda: PySide keeps a little memory for every
    lambda connection, and a panel polling `status` all day would grow the app.
    """

    def __init__(self, fd: int, on_ready: Callable[[int], bool], parent: QObject) -> None:
        super().__init__(fd, QSocketNotifier.Type.Read, parent)
        self._fd = fd
        self._on_ready = on_ready
        self.activated.connect(self._ready)

    def _ready(self, *_args: object) -> None:
        self._on_ready(self._fd)


def _drain(sock: socket.socket) -> None:
    """Read what the client sent beyond its line: closing a socket with unread data resets the
    connection, and the client would lose the reply (an oversized message, for one)."""
    with contextlib.suppress(OSError):
        sock.setblocking(False)
        for _ in range(64):
            if not sock.recv(65536):
                return


def _same_user(conn: socket.socket) -> bool:
    """On Linux, the kernel says who connected; elsewhere the file's mode is the guard."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    try:
        creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    uid: int = struct.unpack("3i", creds)[1]
    return uid == os.getuid()
