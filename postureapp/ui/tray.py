"""The system-tray icon, with the menu built from `AppActions`."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from postureapp.ui.actions import AppActions
from postureapp.ui.icons import icon

log = logging.getLogger(__name__)

#: How often to look for a tray host that starts after the app.
TRAY_POLL_MS = 250


class Tray(QObject):
    """Shows the state in the icon and tooltip; left click opens the status window.

    Signals: none of its own; the actions carry the user's commands.
    """

    def __init__(self, actions: AppActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._menu = actions.build_menu()
        self.icon = QSystemTrayIcon(icon("normal"), self)
        self.icon.setContextMenu(self._menu)
        self.icon.setToolTip("postureapp")

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_status(self, state: str, tooltip: str) -> None:
        self.icon.setIcon(icon(state))
        self.icon.setToolTip(tooltip)

    def notify(self, title: str, text: str, seconds: int = 8) -> None:
        self.icon.showMessage(title, text, icon("due"), seconds * 1000)


class TrayWait(QObject):
    """Shows the tray icon as soon as a tray host exists; after `wait_ms` without one, gives up.

    `found()` runs once the icon is shown, `missing()` once waiting is over without a host.
    """

    def __init__(
        self,
        tray: Tray,
        wait_ms: int,
        found: Callable[[], None],
        missing: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._wait_ms = wait_ms
        self._waited = 0
        self._found = found
        self._missing = missing

    def start(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray.show()
            log.info("tray icon shown")
            self._found()
            return
        if self._waited < self._wait_ms:
            self._waited += TRAY_POLL_MS
            QTimer.singleShot(TRAY_POLL_MS, self, self.start)
            return
        log.warning("no system tray found; showing the status window instead")
        self._missing()
