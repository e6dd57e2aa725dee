"""The per-user local socket a running instance listens on (QLocalServer, owner-only)."""

from __future__ import annotations

import logging
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
)
from postureapp.platform.ipc.client import is_alive

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
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def claim(self) -> bool:
        """Listen on the socket. False when another live instance owns it.

        A socket file that nobody answers on is a crash's leftover and is removed; a live
        instance's socket is never touched.
        """
        self._path.parent.mkdir(parents=True, exist_ok=True)
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
        raise OSError(f"cannot listen on {self._path}: {self._server.errorString()}")

    def set_handler(self, handler: Handler) -> None:
        """The app that answers requests may be built after the socket is claimed."""
        self._handler = handler

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            buffer = bytearray()
            conn.readyRead.connect(lambda c=conn, b=buffer: self._read(c, b))
            conn.disconnected.connect(conn.deleteLater)
            QTimer.singleShot(READ_TIMEOUT_MS, conn, conn.abort)

    def _read(self, conn: QLocalSocket, buffer: bytearray) -> None:
        buffer.extend(bytes(conn.readAll().data()))
        newline = buffer.find(b"\n")
        if newline < 0 and len(buffer) <= MAX_MESSAGE_BYTES:
            return
        line = bytes(buffer[:newline]) if newline >= 0 else bytes(buffer)
        buffer.clear()
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
        conn.write(encode_reply(reply))
        conn.flush()
        conn.disconnectFromServer()
