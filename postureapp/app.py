"""The composition root: builds every part in order and connects their signals. No logic of its own."""

from __future__ import annotations

import logging
import signal
import socket
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QFileSystemWatcher,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSystemTrayIcon

from postureapp.controller import ActiveBreak, Controller
from postureapp.core import settings as settings_store
from postureapp.core.clock import Clock
from postureapp.core.exercises import Exercise, Library, load_library, movement_reminder
from postureapp.core.history import BreakLog, Trigger
from postureapp.core.protocol import ProtocolError, Request
from postureapp.launcher import Early
from postureapp.paths import AppPaths, assets_dir
from postureapp.platform.idle import choose_backend
from postureapp.platform.interruptions import current_blockers
from postureapp.platform.sleep import SleepWatcher
from postureapp.scheduling import BreakScheduler
from postureapp.ui.break_window import BreakWindow, dim_other_screens
from postureapp.ui.cues import SoundCues
from postureapp.ui.icons import icon
from postureapp.ui.notice import NoticePopup
from postureapp.ui.status_window import StatusWindow
from postureapp.wellbeing import Wellbeing

if TYPE_CHECKING:
    from postureapp.ui.history_window import HistoryWindow

log = logging.getLogger(__name__)

#: How long to wait at start-up for a tray host that starts after us; longer at login, where
#: the panel often comes up a little after the autostart entries.
TRAY_WAIT_MS = 5000
TRAY_WAIT_AT_LOGIN_MS = 60_000
TRAY_POLL_MS = 250


def load_exercises(paths: AppPaths, settings: settings_store.Settings) -> Library:
    custom = Path(settings.custom_folder).expanduser() if settings.custom_folder else None
    return load_library(
        assets_dir() / "exercises",
        assets_dir() / "illustrations",
        custom or paths.custom_exercises_dir,
    )


def describe(controller: Controller) -> tuple[str, str]:
    """(icon state, one line) for the tray tooltip and the status window."""
    state = controller.state
    if controller.active is not None:
        return "due", QApplication.translate("status", "On a break")
    if state.paused_indefinitely:
        return "paused", QApplication.translate("status", "Paused — resume from the menu")
    if state.paused_until is not None:
        text = QApplication.translate("status", "Paused until {0}")
        return "paused", text.format(state.paused_until.strftime("%a %H:%M"))
    planned = controller.next_break()
    if planned is None:
        return "normal", QApplication.translate("status", "No break planned")
    kind = (
        QApplication.translate("status", "long break")
        if planned.kind == "long"
        else QApplication.translate("status", "short break")
    )
    return "normal", QApplication.translate("status", "Next {0} at {1}").format(
        kind, planned.at.strftime("%H:%M")
    )


class PostureApp(QObject):
    """Holds the parts for the lifetime of the process."""

    def __init__(
        self,
        qapp: QApplication,
        paths: AppPaths,
        clock: Clock,
        early: Early | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        self.clock = clock
        # The launcher shows the icon before this module is even imported; tests build it here.
        early = early or Early.make(paths, self.handle_request)
        self.server = early.server
        self.server.set_handler(self.handle_request)
        self.actions = early.actions
        self.tray = early.tray
        self.window: BreakWindow | None = None
        self._notes: list[str] = []
        self._boxes: list[QMessageBox] = []
        self.built = False
        self._settings_dialog: QDialog | None = None
        self._notice: NoticePopup | None = None
        self._history: HistoryWindow | None = None

    def claim(self) -> bool:
        return self.server.claim()

    def build(self) -> None:
        paths, now = self.paths, self.clock.now()
        loaded = settings_store.load(paths.settings_file, now=now)
        self.settings_unknown = loaded.unknown
        self._notes.extend(str(problem) for problem in loaded.problems)
        self.breaks, report = BreakLog.open(paths.database_file, now=now)
        if report.set_aside is not None:
            self._notes.append(
                self.tr(
                    "The break log was damaged. It was kept as {0}, and a new one was started."
                ).format(report.set_aside)
            )
        if report.interrupted:
            log.info(
                "%d break(s) were cut off by a crash and are logged as interrupted",
                report.interrupted,
            )
        self.library = load_exercises(paths, loaded.settings)
        for problem in self.library.problems:
            self._notes.append(self.tr("Exercise skipped: {0}").format(problem))
        for note in self.library.notes:
            log.info("%s", note)

        self.wellbeing = Wellbeing(self.clock, self.breaks, paths.state_dir / "safety.json", self)
        self.wellbeing.checkins_enabled = loaded.settings.checkins
        self._notes.extend(self.wellbeing.problems)
        idle = choose_backend()
        log.info("idle time: %s", idle.name if idle else "no backend works here; no natural breaks")
        self.sleep = SleepWatcher(self.clock, parent=self)
        if not self.sleep.listen():
            log.info("no system bus: sleeps are noticed from the clocks alone")
        self.scheduler = BreakScheduler(parent=self)
        self.controller = Controller(
            clock=self.clock,
            settings=loaded.settings,
            breaks=self.breaks,
            library=self.library,
            scheduler=self.scheduler,
            state_file=paths.state_file,
            idle=idle,
            blockers=current_blockers,
            reminder=self.movement_reminder,
            sleep=self.sleep,
            parent=self,
        )
        self.controller.exercises_paused = self.wellbeing.exercises_paused
        self.sounds = SoundCues(parent=self)
        self.status_window = StatusWindow(self.actions)
        self._connect()
        self.built = True

        self.watcher = QFileSystemWatcher(self)
        paths.config_dir.mkdir(parents=True, exist_ok=True)
        self.watcher.addPath(str(paths.config_dir))
        self.watcher.directoryChanged.connect(self._settings_file_changed)
        self._settings_mtime = self._mtime(paths.settings_file)

    def _connect(self) -> None:
        actions, controller = self.actions, self.controller
        actions.break_now.triggered.connect(lambda: controller.take_break(Trigger.MANUAL))
        actions.pause_requested.connect(controller.pause)
        actions.resume.triggered.connect(controller.resume)
        actions.settings.triggered.connect(self.open_settings)
        actions.history.triggered.connect(self.open_history)
        actions.about.triggered.connect(self.wellbeing.show_about)
        actions.quit.triggered.connect(self.quit)
        controller.status_changed.connect(self.refresh_status)
        controller.break_started.connect(self.show_break)
        controller.notice.connect(self.show_notice)
        controller.message.connect(self.tell)
        controller.break_finished.connect(self.wellbeing.after_break)
        self.wellbeing.exercises_paused_changed.connect(self._exercises_paused)
        self.tray.icon.activated.connect(self._tray_activated)

    # --- start-up ------------------------------------------------------------------------------

    def start(self, *, at_login: bool = False) -> None:
        self.controller.start()
        self.wellbeing.welcome_if_first_start()
        self._tray_waited = 0
        self._tray_wait = TRAY_WAIT_AT_LOGIN_MS if at_login else TRAY_WAIT_MS
        self._try_tray()

    def _try_tray(self) -> None:
        """Use the tray when a host shows up within TRAY_WAIT_MS; otherwise the status window."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
            self.status_window.tray_available = True
            log.info("tray icon shown")
            self._show_notes()
            return
        if self._tray_waited < self._tray_wait:
            self._tray_waited += TRAY_POLL_MS
            QTimer.singleShot(TRAY_POLL_MS, self._try_tray)
            return
        log.warning("no system tray found; showing the status window instead")
        self.status_window.tray_available = False
        self.status_window.show_note(
            self.tr(
                "No system tray was found on this desktop, so postureapp runs from this window. "
                "Closing it only minimises it; use Quit to stop the app."
            )
        )
        self.status_window.present()
        self._show_notes()

    def _show_notes(self) -> None:
        if self._notes:
            text = "\n\n".join(self._notes)
            log.warning("told the user: %s", text)
            self._notes = []
            self.tell(text)

    # --- reactions -----------------------------------------------------------------------------

    def refresh_status(self) -> None:
        state, line = describe(self.controller)
        self.tray.set_status(state, f"postureapp — {line}")
        self.status_window.set_status(line)
        self.actions.set_paused(self.controller.state.paused)

    @staticmethod
    def movement_reminder(seconds: int) -> Exercise:
        """The break shown while exercise breaks are paused for safety: stand up and move."""
        from postureapp.core import safety

        return movement_reminder(
            QApplication.translate("safety", "Stand up and move"),
            QApplication.translate("safety", safety.PAUSED_BREAK_TEXT),
            seconds,
            assets_dir() / "illustrations" / "standing-front-rest.svg",
        )

    def _exercises_paused(self, paused: bool) -> None:
        self.controller.exercises_paused = paused
        self.refresh_status()

    def show_break(self, active: ActiveBreak) -> None:
        if self._notice is not None:
            self._notice.close()
        window = BreakWindow(
            active.plan,
            self.clock,
            strict=active.strict,
            can_snooze=active.can_snooze,
            idle=self.controller.idle,
            cue=self.sounds.play if self.controller.settings.sound else None,
        )
        window.setWindowIcon(icon("normal"))
        window.finished.connect(self.controller.finish_break)
        window.painted.connect(
            lambda: log.info(
                "break window painted %.1f ms after the break fell due",
                (self.clock.monotonic() - active.fell_due) * 1000,
            )
        )
        window.destroyed.connect(self._window_gone)
        self.window = window
        window.present()
        if active.plan.kind == "long":
            dim_other_screens(window)

    def _window_gone(self) -> None:
        self.window = None

    def show_notice(self, kind: str, seconds: int) -> None:
        """The notice before a break, with Start now and Postpone."""
        if self._notice is not None:
            self._notice.close()
        notice = NoticePopup(
            kind,
            seconds,
            can_postpone=self.controller.can_snooze(),
            snooze_minutes=self.controller.settings.snooze_minutes,
        )
        notice.start_now.connect(self.controller.start_now)
        notice.postpone.connect(self.controller.postpone)
        notice.destroyed.connect(self._notice_gone)
        self._notice = notice
        notice.present()
        self.tray.set_status("due", f"postureapp — {notice.headline.text()}")

    def _notice_gone(self) -> None:
        self._notice = None
        self.refresh_status()

    def tell(self, text: str) -> None:
        """Show a message once, without blocking the event loop."""
        box = QMessageBox(QMessageBox.Icon.Information, "postureapp", text)
        box.setModal(False)
        box.finished.connect(lambda _result, b=box: self._boxes.remove(b))
        self._boxes.append(box)
        box.show()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.status_window.present()

    def open_settings(self) -> None:
        """One settings dialog at a time; every valid change is saved and applied at once."""
        if self._settings_dialog is not None:
            self._settings_dialog.show()
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return
        from postureapp.platform.autostart import for_platform
        from postureapp.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.controller.settings, autostart=for_platform())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowIcon(icon("normal"))
        dialog.settings_changed.connect(self.apply_settings)
        dialog.finished.connect(self._settings_closed)
        self._settings_dialog = dialog
        dialog.show()

    def _settings_closed(self) -> None:
        self._settings_dialog = None

    def apply_settings(self, settings: settings_store.Settings) -> None:
        """Save to the file (atomically) and re-plan; a folder change reloads the exercises."""
        previous = self.controller.settings
        try:
            settings_store.save(self.paths.settings_file, settings, unknown=self.settings_unknown)
        except (settings_store.SettingsReadOnly, OSError) as exc:
            self.tell(str(exc))
        self._settings_mtime = self._mtime(self.paths.settings_file)
        self._apply(previous, settings)

    def _apply(self, previous: settings_store.Settings, settings: settings_store.Settings) -> None:
        changed = settings_store.diff(previous, settings)
        if not changed:
            return
        log.info("settings changed: %s", ", ".join(changed))
        if "exercises.custom_folder" in changed:
            self.library = load_exercises(self.paths, settings)
            self.controller.set_library(self.library)
        self.wellbeing.checkins_enabled = settings.checkins
        self.controller.apply_settings(settings)

    def open_history(self) -> None:
        """One history window, refreshed whenever a break is logged while it is open."""
        if self._history is None:
            from postureapp.ui.history_window import HistoryWindow

            window = HistoryWindow(
                self.breaks,
                self.clock,
                self.controller.settings.streak_min_breaks,
                exercise_titles={key: ex.title for key, ex in self.library.exercises.items()},
            )
            window.setWindowIcon(icon("normal"))
            self.controller.break_finished.connect(window.refresh)
            self._history = window
        self._history.refresh()
        self._history.show()
        self._history.raise_()
        self._history.activateWindow()

    @staticmethod
    def _mtime(path: Path) -> float | None:
        try:
            return path.stat().st_mtime
        except OSError:
            return None

    def _settings_file_changed(self) -> None:
        mtime = self._mtime(self.paths.settings_file)
        if mtime == self._settings_mtime or mtime is None:
            return
        self._settings_mtime = mtime
        loaded = settings_store.load(self.paths.settings_file, now=self.clock.now())
        self.settings_unknown = loaded.unknown
        if loaded.problems:
            self.tell("\n".join(str(problem) for problem in loaded.problems))
        log.info("settings changed on disk; applying them")
        self._apply(self.controller.settings, loaded.settings)

    # --- requests from the command line -------------------------------------------------------

    def handle_request(self, request: Request) -> dict[str, object]:
        command = request.command
        if not self.built:
            raise ProtocolError("postureapp is still starting; try again in a moment")
        if command == "status":
            return {**self.controller.status(), "tray": self.tray.icon.isVisible()}
        if command == "show":
            self.status_window.present()
            return {"shown": True}
        if command == "open":
            opener = {
                "status": self.status_window.present,
                "settings": self.open_settings,
                "history": self.open_history,
                "about": self.wellbeing.show_about,
            }[request.argument or "status"]
            opener()
            return {"opened": request.argument}
        if command == "break-now":
            started = self.controller.take_break(Trigger.MANUAL, exercise_id=request.argument)
            return {
                "started": started,
                **({} if started else {"error": "a break is already on screen"}),
            }
        if command == "pause":
            return self.controller.handle_pause_request(request.argument)
        if command == "skip":
            if self.window is None:
                return {"skipped": False, "error": "no break is on screen"}
            if not self.window.skip():
                return {"skipped": False, "error": "strict mode is on: breaks cannot be skipped"}
            return {"skipped": True}
        if command == "resume":
            self.controller.resume()
            return {"resumed": True}
        if command == "quit":
            QTimer.singleShot(0, self.quit)
            return {"quitting": True}
        raise ProtocolError(f"unknown command {command!r}")

    def stop_on_signals(self) -> None:
        """SIGTERM (logout) and SIGINT (Ctrl+C) quit cleanly, saving the schedule.

        Python runs signal handlers only when the interpreter gets control, so the C-level handler
        writes to a socket that a QSocketNotifier watches: no polling timer is needed.
        """
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda *_: reader.recv(64))
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self.quit())
        self._signal_sockets = (reader, writer, notifier)

    def quit(self) -> None:
        """Stop everything in order. A break on screen is logged as far as it got."""
        if self.window is not None:
            self.window.interrupt()
        self.controller.stop()
        self.server.close()
        self.breaks.close()
        self.tray.hide()
        # exit(), not quit(): Qt 6's quit() first asks every window to close, and the status
        # window refuses while there is no tray, which would cancel the quit.
        self.qapp.exit(0)
