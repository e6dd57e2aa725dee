"""The plain Unix socket (Linux, macOS): what QLocalServer did for us, it now does itself.

tests/qt/test_ipc.py runs the shared behaviour against both listening sides; these are the
parts only this one has: reading a line that comes in pieces, its one timer for silent clients,
cleaning up after every client (a running app answers thousands of commands over a day), and
removing its socket file when it stops.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSocketNotifier
from pytestqt.qtbot import QtBot

from postureapp.core.protocol import Request
from postureapp.platform.ipc import server_for_platform, unix_server
from postureapp.platform.ipc.unix_server import UnixInstanceServer

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets")

STATUS = b'{"command": "status"}\n'


@pytest.fixture
def served(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[UnixInstanceServer, Path]]:
    path = tmp_path / "run" / "p.sock"
    srv = UnixInstanceServer(path, lambda request: {"echo": request.command})
    assert srv.claim()
    yield srv, path
    srv.close()


def in_thread(qtbot: QtBot, work: Callable[[], bytes], timeout_ms: int = 5000) -> bytes:
    """Run a client in a thread while the Qt event loop serves it; return what it received."""
    result: list[bytes] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    return result[0]


def talk(path: Path, *pieces: bytes, pause: float = 0.0) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        sock.connect(str(path))
        for piece in pieces:
            time.sleep(pause)
            sock.sendall(piece)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
        return data


def test_posix_uses_the_plain_socket(tmp_path: Path) -> None:
    chosen = server_for_platform(tmp_path / "s.sock", lambda request: {})
    assert isinstance(chosen, UnixInstanceServer)


def test_a_line_that_comes_in_pieces_is_answered(qtbot: QtBot, served) -> None:
    _srv, path = served
    reply = in_thread(qtbot, lambda: talk(path, b'{"command": ', b'"status"}\n', pause=0.1))
    assert b'"echo": "status"' in reply


def test_a_silent_client_is_cut_off_after_the_timeout(
    qtbot: QtBot, served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unix_server, "READ_TIMEOUT_MS", 200)
    _srv, path = served
    began = time.monotonic()
    reply = in_thread(qtbot, lambda: talk(path))  # connects, says nothing, waits
    assert reply == b"", "the server closed the connection without a reply"
    assert 0.15 < time.monotonic() - began < 3
    assert b'"ok": true' in in_thread(qtbot, lambda: talk(path, STATUS))


def test_every_client_is_cleaned_up_after_its_answer(qtbot: QtBot, served) -> None:
    """Commands all day must not leave sockets or notifiers behind (issue 13)."""
    srv, path = served

    def many() -> bytes:
        replies = b""
        for number in range(60):
            pieces = (STATUS,) if number % 2 else (STATUS[:5], STATUS[5:])
            replies += talk(path, *pieces, pause=0.005 if number % 2 == 0 else 0.0)
        return replies

    replies = in_thread(qtbot, many, timeout_ms=20_000)
    assert replies.count(b'"ok": true') == 60
    # Only the listening socket's own notifier is left once deferred deletions have run.
    qtbot.waitUntil(lambda: len(srv.findChildren(QSocketNotifier)) == 1, timeout=2000)
    assert srv._clients == {}


def test_stopping_removes_the_socket_file(served) -> None:
    srv, path = served
    assert path.exists()
    srv.close()
    assert not path.exists()


def test_stopping_never_removes_a_socket_that_is_no_longer_ours(served) -> None:
    srv, path = served
    path.unlink()
    newcomer = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    newcomer.bind(str(path))
    try:
        srv.close()
        assert path.exists(), "another instance's socket file was removed"
    finally:
        newcomer.close()


def test_a_command_that_fails_still_ends_its_connection(qtbot: QtBot, tmp_path: Path) -> None:
    """The error goes to the app's error road; the client gets an answer saying so."""

    def broken(request: Request) -> dict[str, object]:
        raise RuntimeError("a bug in a command")

    path = tmp_path / "b.sock"
    srv = UnixInstanceServer(path, broken)
    assert srv.claim()
    try:
        with qtbot.capture_exceptions() as raised:
            reply = in_thread(qtbot, lambda: talk(path, STATUS))
        assert b'"ok": false' in reply and b"a bug in a command" in reply
        assert srv._clients == {}
        assert [type(error) for _kind, error, _tb in raised] == [RuntimeError]
    finally:
        srv.close()
