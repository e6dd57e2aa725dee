"""The per-user local socket, where there are no Unix sockets (Windows): QLocalServer, owner-only."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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


class InstanceServer(QObject):
    """Answers requests from `postureapp` commands; one JSON line in, one JSON line out."""

    def __init__(self, socket_path: Path, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = socket_path
        self._handler = handler
        self._server = _Server(self._answer, self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)

    def claim(self) -> bool:
        """Listen on the socket. False when another live instance owns it.

        A socket file that nobody answers on is a crash's leftover and is removed; a live
        instance's socket is never touched. The socket's folder must be the user's own, and is
        made 0700 (PathsError otherwise, naming it): only the user can then put a socket there.
        """
        private_folder(self._path.parent)
        if self._path.exists():
            if is_alive(self._path):
                return False
            log.warning("removing a stale socket left by a crash: %s", self._path)
            QLocalServer.removeServer(str(self._path))
        if self._server.listen(str(self._path)):
            log.info("listening on %s", self._path)
            return True
        if is_alive(self._path):
            return False
        raise CannotListen(self._path, self._server.errorString())

    def set_handler(self, handler: Handler) -> None:
        """The app that answers requests may be built after the socket is claimed."""
        self._handler = handler

    def close(self) -> None:
        self._server.close()

    def _answer(self, line: bytes) -> bytes:
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
        return encode_reply(reply)


class _Server(QLocalServer):
    """Hands each client to its own `_Connection` instead of queueing it.

    `nextPendingConnection` would return a plain QLocalSocket whose Python wrapper the server's
    wrapper keeps as a child after Qt has deleted the socket: about 2 KB lost per request.
    """

    def __init__(self, answer: Callable[[bytes], bytes], parent: QObject) -> None:
        super().__init__(parent)
        self._answer = answer

    def incomingConnection(self, socketDescriptor: int) -> None:
        conn = _Connection(self._answer, self)
        if not conn.setSocketDescriptor(socketDescriptor):
            conn.deleteLater()


class _Connection(QLocalSocket):
    """One client: its buffer and its read deadline live and die with it.

    A Python subclass, so Qt's deletion reaches its wrapper, and connected only through bound
    methods (never lambdas), so nothing outlives the connection: a panel widget polling
    `status` every few seconds all day costs no memory.
    """

    def __init__(self, answer: Callable[[bytes], bytes], parent: QObject) -> None:
        super().__init__(parent)
        self._answer = answer
        self._buffer = bytearray()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._too_slow)
        self._deadline.start(READ_TIMEOUT_MS)
        self.readyRead.connect(self._read)
        self.disconnected.connect(self._gone)

    # Slots are Python methods: PySide keeps a little memory for every connection made straight
    # to a C++ method (deleteLater, abort), and never gives it back.
    def _too_slow(self) -> None:
        self.abort()

    def _gone(self) -> None:
        self.deleteLater()

    def _read(self) -> None:
        buffer = self._buffer
        buffer.extend(bytes(self.readAll().data()))
        newline = buffer.find(b"\n")
        if newline < 0 and len(buffer) <= MAX_MESSAGE_BYTES:
            return
        line = bytes(buffer[:newline]) if newline >= 0 else bytes(buffer)
        buffer.clear()
        self._deadline.stop()
        self.readyRead.disconnect(self._read)
        self.write(self._answer(line))
        self.flush()
        self.disconnectFromServer()
