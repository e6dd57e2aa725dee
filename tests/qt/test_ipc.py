"""The local socket: commands reach the instance, strangers' garbage does no harm.

Every test runs against both listening sides: the plain Unix socket used on Linux and macOS,
and QLocalServer, used elsewhere.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from postureapp.core.protocol import MAX_MESSAGE_BYTES, Request
from postureapp.platform.ipc import InstanceSocket
from postureapp.platform.ipc import client as ipc_client
from postureapp.platform.ipc import server as server_module
from postureapp.platform.ipc import unix_server as unix_server_module
from postureapp.platform.ipc.server import InstanceServer
from postureapp.platform.ipc.unix_server import UnixInstanceServer, _ClientNotifier

SERVERS = [UnixInstanceServer, InstanceServer] if os.name == "posix" else [InstanceServer]


@pytest.fixture(params=SERVERS, ids=lambda kind: kind.__name__)
def make_server(request: pytest.FixtureRequest) -> type[InstanceSocket]:
    kind: type[InstanceSocket] = request.param
    return kind


@pytest.fixture
def sock_path(tmp_path: Path) -> Path:
    return tmp_path / "run" / "p.sock"


@pytest.fixture
def server(
    qtbot: QtBot, sock_path: Path, make_server: type[InstanceSocket]
) -> Iterator[tuple[InstanceSocket, list[Request]]]:
    seen: list[Request] = []

    def handler(request: Request) -> dict[str, object]:
        seen.append(request)
        return {"echo": request.command}

    srv = make_server(sock_path, handler)  # type: ignore[call-arg]
    assert srv.claim()
    yield srv, seen
    srv.close()


def exchange(qtbot: QtBot, path: Path, payload: bytes) -> bytes:
    """Send raw bytes from a thread while the Qt loop serves them; return the raw reply."""
    result: list[bytes] = []

    def client() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(str(path))
            sock.sendall(payload)
            data = b""
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
            result.append(data)

    thread = threading.Thread(target=client)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    return result[0]


def test_a_command_reaches_the_handler_and_gets_a_reply(
    qtbot: QtBot, server, sock_path: Path
) -> None:
    reply = exchange(qtbot, sock_path, b'{"command": "status"}\n')
    assert b'"echo": "status"' in reply and b'"ok": true' in reply
    assert [r.command for r in server[1]] == ["status"]


def test_the_socket_is_owner_only(server, sock_path: Path) -> None:
    assert sock_path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "payload",
    [
        b"\x00\xff\xfe\n",
        b"rm -rf /\n",
        b'{"command": "explode"}\n',
        b"[" * 10 + b"\n",
        b"[" * 4000 + b"\n",  # deeper than the JSON decoder can go: a RecursionError before
        b"A" * (MAX_MESSAGE_BYTES + 10),
    ],
)
def test_garbage_is_refused_and_the_server_keeps_serving(
    qtbot: QtBot, server, sock_path: Path, payload: bytes
) -> None:
    reply = exchange(qtbot, sock_path, payload)
    assert b'"ok": false' in reply
    assert server[1] == [], "the handler never saw the garbage"
    again = exchange(qtbot, sock_path, b'{"command": "status"}\n')
    assert b'"ok": true' in again


def test_a_silent_client_is_dropped_without_blocking_others(
    qtbot: QtBot, server, sock_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "READ_TIMEOUT_MS", 300)
    monkeypatch.setattr(unix_server_module, "READ_TIMEOUT_MS", 300)
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.connect(str(sock_path))
    silent.setblocking(False)
    hung_up: list[bytes] = []

    def dropped() -> bool:
        try:
            hung_up.append(silent.recv(16))
        except BlockingIOError:
            return False
        return True

    try:
        reply = exchange(qtbot, sock_path, b'{"command": "status"}\n')
        assert b'"ok": true' in reply, "served while the silent one still waits"
        assert not dropped(), "the silent client is not dropped at once"
        qtbot.waitUntil(dropped, timeout=3000)
        assert hung_up == [b""], "dropped without an answer"
        assert [r.command for r in server[1]] == ["status"]
    finally:
        silent.close()


def test_a_second_instance_does_not_take_over_a_live_socket(
    qtbot: QtBot, server, sock_path: Path, make_server: type[InstanceSocket]
) -> None:
    result: list[bool] = []
    other = make_server(sock_path, lambda r: {})  # type: ignore[call-arg]

    def claim() -> None:
        result.append(other.claim())

    thread = threading.Thread(target=claim)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    assert result == [False]
    assert sock_path.exists()
    assert b'"ok": true' in exchange(qtbot, sock_path, b'{"command": "status"}\n')


def test_a_stale_socket_from_a_crash_is_replaced(
    qtbot: QtBot, sock_path: Path, make_server: type[InstanceSocket]
) -> None:
    sock_path.parent.mkdir(parents=True)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(sock_path))
    dead.close()  # the file stays, nobody listens: what a crash leaves behind
    assert not ipc_client.is_alive(sock_path)
    srv = make_server(sock_path, lambda r: {"fresh": True})  # type: ignore[call-arg]
    try:
        assert srv.claim()
        assert b'"fresh": true' in exchange(qtbot, sock_path, b'{"command": "status"}\n')
    finally:
        srv.close()


def test_the_client_reports_no_instance(tmp_path: Path) -> None:
    with pytest.raises(ipc_client.NoInstance):
        ipc_client.send(tmp_path / "nobody.sock", Request("status"))


def test_requests_leave_nothing_behind(
    qtbot: QtBot, sock_path: Path, make_server: type[InstanceSocket]
) -> None:
    """A panel polling `status` all day must not grow the app: every connection is freed.

    Before the fix each request left its socket's Python wrapper (and the lambdas connected to
    it) alive, about 1.5 KB of memory per request that never came back.
    """
    import gc
    import tracemalloc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtNetwork import QLocalSocket

    def serve(count: int) -> None:
        done: list[int] = []

        def client() -> None:
            for _ in range(count):
                ipc_client.send(sock_path, Request("status"))
            done.append(count)

        thread = threading.Thread(target=client)
        thread.start()
        qtbot.waitUntil(lambda: bool(done), timeout=30_000)
        thread.join()
        qtbot.wait(50)  # the last disconnect reaches the server
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()

    def sockets_alive() -> int:
        kinds = (QLocalSocket, _ClientNotifier)
        return sum(isinstance(o, kinds) for o in gc.get_objects())

    answered = [0]

    def handler(request: Request) -> dict[str, object]:
        answered[0] += 1
        return {"echo": request.command}

    srv = make_server(sock_path, handler)  # type: ignore[call-arg]
    assert srv.claim()
    serve(100)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        serve(400)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        srv.close()
    assert sockets_alive() == 0
    assert answered == [500]
    assert grown < 40_000, f"{grown} bytes more after 400 requests"


def test_an_unexpected_error_still_gets_an_answer(
    qtbot: QtBot, sock_path: Path, make_server: type[InstanceSocket]
) -> None:
    """`break-now` while something fails inside must say so, not leave the command hanging."""

    def handler(request: Request) -> dict[str, object]:
        raise RuntimeError("the log is on fire")

    srv = make_server(sock_path, handler)  # type: ignore[call-arg]
    assert srv.claim()
    try:
        with qtbot.capture_exceptions() as caught:
            reply = exchange(qtbot, sock_path, b'{"command": "status"}\n')
    finally:
        srv.close()
    assert b'"ok": false' in reply and b"the log is on fire" in reply
    assert [kind for kind, *_ in caught] == [RuntimeError], "and the error hook heard"
