"""The system-tray icon, with the menu built from `AppActions`, kept alive as tray hosts come
and go.

Qt decides once per process, when the first `QSystemTrayIcon` is made, whether icons go over
D-Bus (StatusNotifierItem) or XEmbed; and an SNI icon is registered with the watcher that was
there when it was made. So `TrayKeeper` makes the icon only once a tray host is there, and
makes it again whenever a host appears (a panel that starts late or restarts). Whether the icon
is really shown comes from the host (`core.ports.TrayHost`), never from Qt's own word.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from postureapp.ui.actions import AppActions
from postureapp.ui.icons import camera_icon, icon

if TYPE_CHECKING:
    # For the annotation only: at run time core.ports would bring core.plan, core.presence and
    # the calendar model (about 40 ms of dataclass-making under load) before the icon shows;
    # the app imports them once the icon is up (tests/unit/test_startup_imports.py).
    from postureapp.core.ports import TrayHost

log = logging.getLogger(__name__)

#: Changes from the hosts come in bursts (a watcher, then its host); act once they settle.
SETTLE_MS = 200
#: After making an icon, look again whether the host took it.
CHECK_AFTER_MS = (300, 1500, 4000)


class Tray(QObject):
    """Shows the state in the icon and tooltip; left click opens the status window.

    Signals:
        activated(reason): the icon was clicked (a `QSystemTrayIcon.ActivationReason`).
    """

    activated = Signal(object)

    def __init__(self, actions: AppActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.icon: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        self._state = "normal"
        self._tooltip = "postureapp"
        self._camera = False

    def create(self, *, over_dbus: bool = False) -> None:
        """Make the icon (again): a new one registers with the tray host that is there now.

        `over_dbus`: the menu goes over D-Bus (dbusmenu), whose labels escape differently.
        """
        old, old_menu = self.icon, self._menu
        self._menu = self._actions.build_menu(dbus=over_dbus)
        picture, tooltip = self._look()
        tray_icon = QSystemTrayIcon(picture, self)
        tray_icon.setContextMenu(self._menu)
        tray_icon.setToolTip(tooltip)
        tray_icon.activated.connect(self.activated.emit)
        tray_icon.show()
        self.icon = tray_icon
        if old is not None:
            old.hide()
            old.deleteLater()
        if old_menu is not None:
            old_menu.deleteLater()
        log.info("tray icon made%s", " (menu over D-Bus)" if over_dbus else "")

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def set_status(self, state: str, tooltip: str) -> None:
        self._state, self._tooltip = state, tooltip
        self._show()

    def set_camera(self, on: bool) -> None:
        """Mark the icon (a red dot) and the tooltip while posture sensing has the camera on."""
        self._camera = on
        self._show()

    def _look(self) -> tuple[QIcon, str]:
        if self._camera:
            return camera_icon(self._state), self._tooltip + "\n" + self.tr("● The camera is on")
        return icon(self._state), self._tooltip

    def _show(self) -> None:
        if self.icon is not None:
            picture, tooltip = self._look()
            self.icon.setIcon(picture)
            self.icon.setToolTip(tooltip)

    def notify(self, title: str, text: str, seconds: int = 8) -> None:
        if self.icon is not None:
            self.icon.showMessage(title, text, icon("due"), seconds * 1000)


class TrayKeeper(QObject):
    """Keeps an icon in whatever tray host there is, and says whether one is shown.

    `decided(True)` runs whenever the icon becomes shown, `decided(False)` whenever it is not
    shown once the first `wait_ms` are over (at start-up, a tray host may come a little after
    the app).
    """

    def __init__(
        self,
        tray: Tray,
        host: TrayHost,
        wait_ms: int,
        decided: Callable[[bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._host = host
        self._decided = decided
        self._over_dbus: bool | None = None  # decided by Qt with the first icon
        self._appeared = False
        self._waiting = True
        self.shown_last: bool | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._wait_ms = wait_ms

    def start(self) -> None:
        """Make the icon if a host is there (the launcher may have made it already)."""
        self._host.on_change(self._host_changed)
        if self._tray.icon is None and self._host.available():
            self._make()
        elif self._tray.icon is not None and self._over_dbus is None:
            self._over_dbus = self._host.sni_watcher()
        if self._wait_ms <= 0:
            self._wait_over()
        else:
            QTimer.singleShot(self._wait_ms, self, self._wait_over)
        self._check_soon()

    def _make(self) -> None:
        if self._over_dbus is None:
            # Qt 6 sends icons over D-Bus for the life of the process once it saw a watcher.
            self._over_dbus = self._host.sni_watcher()
        self._tray.create(over_dbus=self._over_dbus)
        self._check_soon()

    def _check_soon(self) -> None:
        for delay in CHECK_AFTER_MS:
            QTimer.singleShot(delay, self, self._judge)

    def _host_changed(self, appeared: bool) -> None:
        self._appeared = self._appeared or appeared
        self._settle.start()

    def _settled(self) -> None:
        appeared, self._appeared = self._appeared, False
        if self._host.available() and (appeared or self._tray.icon is None):
            self._make()
        self._judge()

    def _wait_over(self) -> None:
        self._waiting = False
        self._judge()

    def shown(self) -> bool:
        """The icon is in a tray now: registered over SNI, or in an XEmbed tray."""
        if self._tray.icon is None:
            return False
        if self._over_dbus:
            return self._host.icon_registered()
        return self._host.xembed_tray()

    def _judge(self) -> None:
        shown = self.shown()
        if shown == self.shown_last or (not shown and self._waiting):
            return
        self.shown_last = shown
        if shown:
            log.info("tray icon shown")
        else:
            log.warning("no system tray found to show the icon; showing the status window instead")
        self._decided(shown)
