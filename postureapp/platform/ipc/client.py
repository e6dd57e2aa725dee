"""Talk to a running instance from the command line, without importing the GUI toolkit on POSIX."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Said
from postureapp.core.library_words import os_reason
from postureapp.core.protocol import MAX_MESSAGE_BYTES, Request, decode_reply, encode_request
from postureapp.paths import PathsError, folder_problem


class NoInstance(Exception):
    """No postureapp is running for this user (or its socket is stale)."""


class CannotListen(Said, OSError):
    """The app cannot take its socket: the path and why, in the user's language where shown."""

    def __init__(self, path: Path, why: BaseException | str) -> None:
        reason = os_reason(why) if isinstance(why, OSError) and why.errno is not None else str(why)
        super().__init__(
            Phrase("cli", QT_TRANSLATE_NOOP("cli", "cannot listen on {0}: {1}"), (path, reason))
        )


def send(socket_path: Path, request: Request, timeout: float = 5.0) -> dict[str, object]:
    """Send one request and return the reply; raise NoInstance when nobody answers."""
    data = encode_request(request)
    if os.name != "posix":
        return _send_qt(socket_path, data, timeout)
    problem = folder_problem(socket_path.parent)
    if problem is not None:
        if not os.path.lexists(socket_path.parent):
            raise NoInstance(str(socket_path))
        # Whoever made that folder could answer in postureapp's name: say so, send nothing.
        not_sent = QT_TRANSLATE_NOOP(
            "paths", "{0}; commands are not sent through it. Remove it and start postureapp again"
        )
        raise PathsError(Phrase("paths", not_sent, (problem,)))
    if not socket_path.exists():
        raise NoInstance(str(socket_path))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(socket_path))
        except (ConnectionRefusedError, FileNotFoundError) as exc:
            raise NoInstance(str(socket_path)) from exc
        sock.sendall(data)
        buffer = b""
        while b"\n" not in buffer and len(buffer) <= MAX_MESSAGE_BYTES * 16:
            chunk = sock.recv(65536)
            if not chunk:
                break
            buffer += chunk
    if not buffer:
        raise NoInstance(f"{socket_path}: the instance closed the connection without replying")
    return decode_reply(buffer.split(b"\n", 1)[0])


def _send_qt(socket_path: Path, data: bytes, timeout: float) -> dict[str, object]:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(str(socket_path))
    if not sock.waitForConnected(int(timeout * 1000)):
        raise NoInstance(str(socket_path))
    sock.write(data)
    sock.waitForBytesWritten(int(timeout * 1000))
    buffer = b""
    while b"\n" not in buffer and sock.waitForReadyRead(int(timeout * 1000)):
        buffer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    if not buffer:
        raise NoInstance(str(socket_path))
    return decode_reply(buffer.split(b"\n", 1)[0])


def is_alive(socket_path: Path) -> bool:
    """True when a live instance answers on the socket."""
    try:
        send(socket_path, Request("status"), timeout=2.0)
    except (NoInstance, OSError, ValueError):
        return False
    return True
