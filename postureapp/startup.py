"""What exists before the rest of the app: the single-instance socket, the actions, the tray icon.

Both the launcher (which shows them first, at login) and the composition root (which builds the
rest around them) use these; keeping them here keeps the two from importing each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

from postureapp.core.protocol import ProtocolError, Request
from postureapp.paths import AppPaths
from postureapp.platform.ipc import InstanceSocket, server_for_platform
from postureapp.platform.tray import TrayHosts
from postureapp.ui.actions import AppActions
from postureapp.ui.tray import Tray

Handler = Callable[[Request], dict[str, object]]


def still_starting(request: Request) -> dict[str, object]:
    raise ProtocolError("postureapp is still starting; try again in a moment")


@dataclass
class Early:
    """The socket, the actions, the tray hosts and the tray icon."""

    server: InstanceSocket
    actions: AppActions
    tray: Tray
    hosts: TrayHosts

    @classmethod
    def make(cls, paths: AppPaths, handler: Handler = still_starting) -> Early:
        actions = AppActions()
        server = server_for_platform(paths.socket_path, handler)
        return cls(server, actions, Tray(actions), TrayHosts())

    def show_tray(self) -> None:
        """Make the icon now if a tray host is there; otherwise `TrayKeeper` makes it later.

        Nothing here asks Qt whether a tray exists: Qt decides SNI or XEmbed once, at that
        first question, and a host that comes later would never get the icon.
        """
        self.tray.set_status("normal", QApplication.translate("status", "postureapp — starting"))
        if self.hosts.available():
            self.tray.create(over_dbus=self.hosts.sni_watcher())
