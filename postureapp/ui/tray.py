"""The system-tray icon, with the menu built from `AppActions`."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from postureapp.ui.actions import AppActions
from postureapp.ui.icons import icon


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
