"""Is there a system tray to show an icon in, and is our icon in it.

One file per kind of tray host: `sni` (a StatusNotifierWatcher on the session bus: KDE, GNOME's
AppIndicator extension, Xfce, waybar) and `xembed` (the X11 tray selection: trayer, xfce4-panel,
docks). `TrayHosts` puts both behind `core.ports.TrayHost`; `for_session` builds it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping

from PySide6.QtGui import QGuiApplication

from postureapp.platform.tray.sni import SniHost
from postureapp.platform.tray.xembed import XEmbedHost

log = logging.getLogger(__name__)


class TrayHosts:
    """The tray hosts of this session, SNI and XEmbed; `on_change` callbacks run when either
    comes, goes or registers an item."""

    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self._callbacks: list[Callable[[bool], None]] = []
        self.sni = SniHost(self._changed)
        # Qt's XEmbed icon lives on the X server the app draws on (Xwayland included).
        display = environ.get("DISPLAY") if QGuiApplication.platformName() == "xcb" else None
        self.xembed = XEmbedHost.open(display, self._changed) if display else None

    def _changed(self, appeared: bool) -> None:
        for callback in list(self._callbacks):
            callback(appeared)

    def on_change(self, callback: Callable[[bool], None]) -> None:
        self._callbacks.append(callback)

    def sni_watcher(self) -> bool:
        return self.sni.watcher()

    def sni_host(self) -> bool:
        return self.sni.host()

    def xembed_tray(self) -> bool:
        return self.xembed is not None and self.xembed.owned()

    def available(self) -> bool:
        """An XEmbed tray, or a watcher with a host: Qt decides between SNI and XEmbed once, when
        it makes the first icon, so none is made before a host can show it."""
        return self.xembed_tray() or self.sni_host()

    def icon_registered(self) -> bool:
        return self.sni.icon_registered()

    def close(self) -> None:
        if self.xembed is not None:
            self.xembed.close()


def for_session(environ: Mapping[str, str] = os.environ) -> TrayHosts:
    return TrayHosts(environ)


__all__ = ["SniHost", "TrayHosts", "XEmbedHost", "for_session"]
