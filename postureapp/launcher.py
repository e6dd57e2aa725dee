"""Start-up: the tray icon first, everything else on the next turn of the event loop.

At login, what a user sees of a tray app is its icon. This module imports only what the icon
and the single-instance socket need; the composition root (`postureapp.app`, with the
scheduler, the log and the exercise library) is imported and built once the icon is up.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from postureapp import __version__
from postureapp.core.protocol import ProtocolError, Request
from postureapp.logsetup import setup_logging
from postureapp.paths import AppPaths, assets_dir
from postureapp.platform.ipc_server import InstanceServer
from postureapp.ui.actions import AppActions
from postureapp.ui.icons import icon
from postureapp.ui.tray import Tray

log = logging.getLogger(__name__)


def _starting(request: Request) -> dict[str, object]:
    raise ProtocolError("postureapp is still starting; try again in a moment")


@dataclass
class Early:
    """What exists before the rest of the app: the socket, the actions and the tray icon."""

    server: InstanceServer
    actions: AppActions
    tray: Tray

    @classmethod
    def make(
        cls, paths: AppPaths, handler: Callable[[Request], dict[str, object]] = _starting
    ) -> Early:
        actions = AppActions()
        return cls(InstanceServer(paths.socket_path, handler), actions, Tray(actions))

    def show_tray(self) -> None:
        self.tray.set_status("normal", QApplication.translate("status", "postureapp — starting"))
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()


def install_translations(qapp: QApplication) -> None:
    """Qt's own strings and ours, in the user's language where a translation exists."""
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("postureapp", str(assets_dir() / "translations")),
    ):
        translator = QTranslator(qapp)
        if translator.load(QLocale(), name, "_", folder):
            qapp.installTranslator(translator)


def launch(paths: AppPaths, *, at_login: bool = False) -> int:
    """Start the GUI; returns the process exit code."""
    paths.ensure()
    setup_logging(paths)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("postureapp")
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("postureapp")
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(icon("normal"))
    install_translations(qapp)
    early = Early.make(paths)
    if not early.server.claim():
        from postureapp.platform.ipc_client import NoInstance, send

        log.info("another instance is running; asking it to show itself")
        try:
            send(paths.socket_path, Request("show"))
        except (NoInstance, OSError) as exc:
            log.warning("the other instance did not answer: %s", exc)
        return 0
    log.info("postureapp %s starting", __version__)
    early.show_tray()
    built = []

    def build_the_rest() -> None:
        from postureapp.app import PostureApp
        from postureapp.core.clock import SystemClock

        app = PostureApp(qapp, paths, SystemClock(), early)
        app.build()
        app.stop_on_signals()
        app.start(at_login=at_login)
        built.append(app)

    QTimer.singleShot(0, build_the_rest)
    code = qapp.exec()
    log.info("postureapp stopped")
    return code
