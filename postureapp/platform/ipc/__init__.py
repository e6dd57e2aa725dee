"""The single-instance socket: the running app listens, the CLI asks.

`server_for_platform` chooses the listening side: a plain AF_UNIX socket on Linux and macOS
(`unix_server`), QLocalServer's named pipe elsewhere (`server`, which brings QtNetwork).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from postureapp.core.protocol import Request

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

Handler = Callable[[Request], dict[str, object]]


class InstanceSocket(Protocol):
    """What the app needs from the listening side, whichever it is."""

    def claim(self) -> bool: ...

    def set_handler(self, handler: Handler) -> None: ...

    def close(self) -> None: ...


def server_for_platform(
    socket_path: Path, handler: Handler, parent: QObject | None = None
) -> InstanceSocket:
    if os.name == "posix":
        from postureapp.platform.ipc.unix_server import UnixInstanceServer

        return UnixInstanceServer(socket_path, handler, parent)
    from postureapp.platform.ipc.server import InstanceServer

    return InstanceServer(socket_path, handler, parent)
