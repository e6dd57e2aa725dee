"""The composition root: builds every part in order, hands each what it needs, connects signals.

Decisions live in `core`, the running cycle in `runtime`, the views in `ui`, the desktop in
`platform`; this module only puts them together (and opens the windows the commands ask for).
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from postureapp.core import settings as settings_store
from postureapp.core.clock import Clock
from postureapp.core.exercises import Library, load_library
from postureapp.core.history import OpenReport
from postureapp.core.ports import Autostart, IdleSource
from postureapp.core.session import ActiveBreak, Notice
from postureapp.core.terms import BreakKind, Outcome
from postureapp.paths import AppPaths, assets_dir
from postureapp.platform.blockers import current_blockers
from postureapp.platform.calendars import fetch as fetch_calendar
from postureapp.platform.idle import choose_backend
from postureapp.platform.lock import LockWatcher
from postureapp.platform.notifications import DesktopNotifications
from postureapp.platform.sleep import SleepWatcher
from postureapp.platform.window_manager import placement_honoured
from postureapp.runtime.calendars import CalendarKeeper
from postureapp.runtime.choice_keeper import ChoiceKeeper
from postureapp.runtime.commands import Commands
from postureapp.runtime.controller import Controller
from postureapp.runtime.exercise_keeper import ExerciseKeeper
from postureapp.runtime.messages import Messages
from postureapp.runtime.recorder import Recorder
from postureapp.runtime.safety_flow import SafetyFlow
from postureapp.runtime.scheduling import BreakScheduler
from postureapp.runtime.settings_keeper import SettingsKeeper
from postureapp.sensing import Sensing
from postureapp.startup import Early
from postureapp.ui import language
from postureapp.ui.cues import SoundCues
from postureapp.ui.icons import icon
from postureapp.ui.lazy_status import LazyStatusWindow
from postureapp.ui.on_demand import apply_colour_scheme, movement_reminder_break, show_message
from postureapp.ui.safety_windows import SafetyWindows
from postureapp.ui.status_text import describe
from postureapp.ui.tray import TrayKeeper
from postureapp.ui.windows import WindowKeeper

if TYPE_CHECKING:  # made on first use, imported then: see show_break and show_notice
    from postureapp.ui.break_window import BreakWindow
    from postureapp.ui.desktop_notices import DesktopNotice
    from postureapp.ui.notice import NoticePopup
    from postureapp.ui.status_window import StatusWindow

log = logging.getLogger(__name__)

#: How long to wait at start-up for a tray host that starts after us; longer at login, where
#: the panel often comes up a little after the autostart entries.
TRAY_WAIT_MS = 5000
TRAY_WAIT_AT_LOGIN_MS = 60_000


def custom_folder(paths: AppPaths, settings: settings_store.Settings) -> Path:
    """The user's own exercises: the configured folder, or the usual one."""
    custom = Path(settings.custom_folder).expanduser() if settings.custom_folder else None
    return custom or paths.custom_exercises_dir


def load_exercises(folder: Path) -> Library:
    """The built-in exercises, and the user's own from `folder`, in the app's language."""
    return load_library(
        assets_dir() / "exercises", assets_dir() / "illustrations", folder
    ).localized(language.content_languages())


def _login_entry() -> Autostart:
    from postureapp.platform.autostart import for_platform

    return for_platform()


class PostureApp(QObject):
    """Holds the parts for the lifetime of the process.

    `idle` chooses the idle-time source and `tray_wait_ms` says how long to wait for a tray host
    (tests pass their own).
    """

    def __init__(
        self,
        qapp: QApplication,
        paths: AppPaths,
        clock: Clock,
        early: Early | None = None,
        *,
        idle: Callable[[], IdleSource | None] = choose_backend,
        tray_wait_ms: int | None = None,
        autostart: Callable[[], Autostart] | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        self.clock = clock
        # The launcher shows the icon before this module is even imported; tests build it here.
        early = early or Early.make(paths)
        self.server = early.server
        self.actions = early.actions
        self.tray = early.tray
        self.tray_hosts = early.hosts
        self._idle_source = idle
        self._autostart = autostart or _login_entry
        self._tray_wait_ms = tray_wait_ms
        self.messages = Messages()
        self.message_boxes: list[QWidget] = []
        self.window: BreakWindow | None = None
        self.notice: NoticePopup | DesktopNotice | None = None
        self.windows = WindowKeeper(self)

    def claim(self) -> bool:
        return self.server.claim()

    # --- building ------------------------------------------------------------------------------

    def build(self) -> None:
        paths, clock, messages = self.paths, self.clock, self.messages
        self.settings = SettingsKeeper(paths.settings_file, clock, messages, self)
        settings = self.settings.load()
        apply_colour_scheme(settings.theme)
        # Writes that the log cannot take now wait in a journal; the app runs either way.
        self.breaks = Recorder(paths.database_file, clock, messages)
        report = self.breaks.report or OpenReport(None, 0, None, None)
        if report.set_aside is not None:
            messages.tell(
                self.tr(
                    "The break log was damaged. It was kept as {0}, and a new one was started."
                ).format(report.set_aside)
            )
        if report.interrupted:
            log.info("%d break(s) were cut off by a crash; logged as interrupted",
                     report.interrupted)  # fmt: skip
        self.exercises = ExerciseKeeper(
            load_exercises, custom_folder(paths, settings), messages, self
        )
        self.library = self.exercises.library
        self.choices = ChoiceKeeper(self.settings)
        self.safety = SafetyFlow(clock, self.breaks, paths.state_dir / "safety.json", self)
        self.safety.checkins_enabled = settings.checkins
        for trouble in self.safety.problems:
            messages.tell(trouble.text(QCoreApplication.translate))
        self.safety_windows = SafetyWindows(self)
        # Corner popups where the window manager places them; desktop notifications elsewhere.
        self.notifications, self.popups_behave = DesktopNotifications(), placement_honoured()
        self.safety_windows.notifier = None if self.popups_behave else self.notifications
        idle = self._idle_source()
        log.info("idle time: %s", idle.name if idle else "no source works here; no natural breaks")
        self.sleep = SleepWatcher(clock, parent=self)
        if not self.sleep.listen():
            log.info("no system bus: sleeps are noticed from the clocks alone")
        self.lock = LockWatcher(parent=self)
        self.lock.listen()
        self.scheduler = BreakScheduler(parent=self)
        self.calendars = CalendarKeeper(clock, fetch_calendar, paths.state_dir / "calendars", self)
        self.controller = Controller(
            clock=clock,
            settings=settings,
            breaks=self.breaks,
            library=self.library,
            timer=self.scheduler,
            state_file=paths.state_file,
            idle=idle,
            blockers=self.calendars.holding(current_blockers),
            reminder=movement_reminder_break,
            sleep=self.sleep,
            calendar=self.calendars,
            parent=self,
        )
        self.controller.offer.exercises_paused = self.safety.exercises_paused
        self.commands = Commands(self.controller, self, quit=lambda: QTimer.singleShot(0, self.quit),
                                 tray_shown=lambda: self.tray_keeper.shown())  # fmt: skip
        self.server.set_handler(self.commands.handle)
        self.sounds = SoundCues(parent=self)
        self.lazy_status = LazyStatusWindow(self.actions)
        self._connect()
        self._exercises_paused(self.safety.exercises_paused)

    def _connect(self) -> None:
        actions, commands, controller = self.actions, self.commands, self.controller
        safety, views = self.safety, self.safety_windows
        actions.break_now.triggered.connect(lambda: commands.run("break-now"))
        actions.pause_requested.connect(lambda spec: commands.run("pause", spec))
        actions.resume.triggered.connect(lambda: commands.run("resume"))
        actions.settings.triggered.connect(lambda: self.open("settings"))
        actions.history.triggered.connect(lambda: self.open("history"))
        actions.exercises.triggered.connect(lambda: self.open("exercises"))
        actions.about.triggered.connect(lambda: self.open("about"))
        actions.resume_exercises.triggered.connect(lambda: self.safety_windows.confirm_resume())
        actions.quit.triggered.connect(self.quit)
        self.tray.activated.connect(self._tray_activated)

        self.scheduler.break_due.connect(controller.on_due)
        self.scheduler.break_soon.connect(controller.on_notice)
        self.scheduler.pause_over.connect(controller.on_pause_over)
        self.sleep.sleeping.connect(controller.on_sleeping)
        self.sleep.woke.connect(controller.on_woke)
        self.sleep.clock_changed.connect(controller.on_clock_changed)
        self.sleep.woke.connect(self.calendars.on_woke)
        self.calendars.changed.connect(controller.on_calendar_changed)
        self.calendars.message.connect(self.messages.tell)
        self.lock.locked.connect(controller.on_locked)

        controller.status_changed.connect(self.refresh_status)
        controller.break_started.connect(self.show_break)
        controller.notice.connect(self.show_notice)
        controller.message.connect(self.messages.tell)
        controller.break_finished.connect(safety.after_break)
        controller.break_finished.connect(self._after_break)

        safety.welcome_due.connect(views.show_welcome)
        safety.checkin_due.connect(views.ask_checkin)
        safety.pause_started.connect(views.show_pause)
        safety.professional_suggested.connect(views.show_suggestion)
        safety.exercises_paused_changed.connect(controller.set_exercises_paused)
        safety.exercises_paused_changed.connect(self._exercises_paused)
        views.welcomed.connect(safety.welcomed)
        views.answered.connect(safety.answered)
        views.warning_reported.connect(safety.warning_reported)
        views.resume_requested.connect(safety.resume_exercises)
        views.pause_requested.connect(safety.pause_for_hurt)

        self.settings.changed.connect(self._settings_changed)
        self.exercises.changed.connect(self._library_changed)

    # --- start-up ------------------------------------------------------------------------------

    def start(self, *, at_login: bool = False) -> None:
        self.controller.start()
        self.sensing = Sensing(self)  # light: the camera's modules load only while it is on
        self.calendars.configure(self.controller.settings)
        self.safety.welcome_if_first_start()
        self.settings.watch()
        self.exercises.watch()
        wait = self._tray_wait_ms
        if wait is None:
            wait = TRAY_WAIT_AT_LOGIN_MS if at_login else TRAY_WAIT_MS
        self.tray_keeper = TrayKeeper(self.tray, self.tray_hosts, wait, self._tray_decided, self)
        self.tray_keeper.start()

    @property
    def status_window(self) -> StatusWindow:
        """The status window itself, made now if it has not been (see ui/lazy_status)."""
        return self.lazy_status.window

    def _tray_decided(self, shown: bool) -> None:  # the status window stands in for no icon
        self.lazy_status.tray_back() if shown else self.lazy_status.stand_in_for_tray()
        self.messages.attach(self.tell)

    # --- reactions -----------------------------------------------------------------------------

    def refresh_status(self) -> None:
        controller = self.controller
        planned = None if controller.active else controller.next_break()
        state, line = describe(controller.active is not None, controller.state, planned)
        self.tray.set_status(state, f"postureapp — {line}")
        self.lazy_status.set_status(line)
        self.actions.set_paused(controller.state.paused)

    def _settings_changed(
        self, previous: settings_store.Settings, settings: settings_store.Settings
    ) -> None:
        if previous.custom_folder != settings.custom_folder:
            self.exercises.set_folder(custom_folder(self.paths, settings))
        if previous.theme != settings.theme:
            apply_colour_scheme(settings.theme)
        self.safety.checkins_enabled = settings.checkins
        self.calendars.configure(settings)
        if previous.start_at_login != settings.start_at_login:
            self._follow_login(settings.start_at_login)
        self.controller.apply_settings(settings)

    def _library_changed(self, library: Library) -> None:
        """The custom folder changed (the editor, an import, a hand edit): the next break sees it."""
        self.library = library
        self.controller.set_library(library)

    def _reduce_motion(self) -> bool:
        """The break window's figure holds still when the settings or the desktop ask for it."""
        motion = self.controller.settings.motion
        if motion == "auto":
            from postureapp.platform.motion import desktop_reduces_motion

            return desktop_reduces_motion()
        return motion == "reduced"

    def _follow_login(self, on: bool) -> None:
        """The login entry follows the setting, however it changed (the file, `config set`)."""
        from postureapp.core.ports import AutostartError

        try:
            entry = self._autostart()
            entry.enable() if on else entry.disable()
        except AutostartError as error:
            if on:
                said = self.tr("Starting at login could not be switched on: {0}")
            else:
                said = self.tr("Starting at login could not be switched off: {0}")
            self.messages.tell(said.format(error))

    def show_break(self, active: ActiveBreak) -> None:
        # Imported at the first break: the idle app does without the window and its pictures.
        from postureapp.ui.break_when_idle import present_break
        from postureapp.ui.break_window import BreakWindow
        from postureapp.ui.veil import dim_other_screens

        if self.notice is not None:
            self.notice.close()
        window = BreakWindow(
            active.session,
            self.clock,
            strict=active.strict,
            can_snooze=active.can_snooze,
            idle=self.controller.idle,
            cue=self.sounds.play if self.controller.settings.sound else None,
        )
        window.setWindowIcon(icon("normal"))
        window.picture.set_reduce_motion(self._reduce_motion())
        window.chosen.connect(self._break_chosen)
        self.choices.forget()
        window.choices.not_again.connect(self.choices.not_again)
        window.choices.more_like_this.connect(self.choices.more_like_this)
        self.controller.break_finished.connect(window.end)
        window.painted.connect(
            lambda: log.info(
                "break window painted %.1f ms after the break fell due",
                (self.clock.monotonic() - active.fell_due) * 1000,
            )
        )
        window.destroyed.connect(self._window_gone)
        self.window = window
        c = self.controller  # under Wayland the break's clock stands still until it is shown
        hold, release = c.on_sleeping, lambda: c.on_woke(0.0)
        present_break(window, c.idle, self.notifications, hold=hold, release=release)
        if active.plan.kind == BreakKind.LONG:
            dim_other_screens(window, placement_honoured=self.popups_behave)

    def _break_chosen(self, outcome: Outcome | str) -> None:
        if outcome == Outcome.SKIPPED:
            self.controller.skip()
        else:
            self.controller.finish_break(outcome)

    def _after_break(self, outcome: str) -> None:
        if outcome == Outcome.STOPPED:
            self.safety_windows.show_hurt()

    def _exercises_paused(self, paused: bool) -> None:
        self.actions.set_exercises_paused(paused)
        self.lazy_status.set_exercises_paused(paused)

    def _window_gone(self) -> None:
        self.window = None

    def show_notice(self, notice: Notice) -> None:
        """The notice before a break, with Start now and Postpone."""
        from postureapp.ui.desktop_notices import make_notice

        if self.notice is not None:
            self.notice.close()
        popup, headline = make_notice(
            notice,
            self.clock,
            None if self.popups_behave else self.notifications,
            can_postpone=self.controller.can_snooze(),
            snooze_minutes=self.controller.settings.snooze_minutes,
        )
        popup.start_now.connect(self.controller.start_now)
        popup.postpone.connect(self.controller.postpone)
        popup.destroyed.connect(self._notice_gone)
        self.notice = popup
        popup.present()
        self.tray.set_status("due", f"postureapp — {headline}")

    def _notice_gone(self) -> None:
        self.notice = None
        self.refresh_status()

    def tell(self, text: str) -> None:
        """Show a message without blocking the event loop (the message road's view)."""
        show_message(text, self.message_boxes)

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.lazy_status.present()

    # --- windows the commands open --------------------------------------------------------------

    def open(self, name: str) -> None:
        """Bring up one of protocol.WINDOWS: status, settings, history, exercises or about."""
        if name == "settings":
            self.windows.show("settings", self._make_settings_dialog)
        elif name == "exercises":
            self.windows.show("exercises", self._make_exercises_window)
        elif name == "history":
            history = self.windows.show("history", self._make_history_window)
            history.enabled = self.controller.offer.enabled_ids(self.controller.settings)  # type: ignore[attr-defined]
            history.refresh()  # type: ignore[attr-defined]
        elif name == "about":
            self.safety_windows.show_about(paused=self.safety.exercises_paused)
        else:
            self.lazy_status.present()

    def _make_settings_dialog(self) -> QWidget:
        from postureapp.platform.calendars.secrets import store_password
        from postureapp.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.controller.settings,
            autostart=self._autostart(),
            choice_check=lambda settings: [
                shortfall.text(QApplication.translate)
                for shortfall in self.controller.offer.shortfalls(settings)
            ],
            store_password=store_password,
            exercise_titles={key: ex.title for key, ex in self.library.exercises.items()},
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowIcon(icon("normal"))
        dialog.settings_changed.connect(self.settings.apply)
        dialog.edit_exercises.connect(lambda: self.open("exercises"))
        self.exercises.changed.connect(dialog.set_library)
        self.sensing.attach(dialog)
        return dialog

    def _make_exercises_window(self) -> QWidget:
        from postureapp.ui.exercises_window import ExercisesWindow

        window = ExercisesWindow(
            self.library,
            self.exercises.folder,
            self.clock,
            break_seconds=self.controller.settings.short_break_seconds,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowIcon(icon("normal"))
        window.changed.connect(self.exercises.reload)
        self.exercises.changed.connect(window.set_library)
        return window

    def _make_history_window(self) -> QWidget:
        from postureapp.ui.history_window import HistoryWindow

        window = HistoryWindow(
            self.breaks,
            self.clock,
            self.controller.settings.streak_min_breaks,
            exercise_titles={key: ex.title for key, ex in self.library.exercises.items()},
            exercise_areas={key: ex.areas for key, ex in self.library.exercises.items()},
            enabled=self.controller.offer.enabled_ids(self.controller.settings),
        )
        window.setWindowIcon(icon("normal"))
        self.controller.break_finished.connect(window.refresh)
        window.exercises_requested.connect(lambda: self.open("exercises"))
        return window

    # --- stopping ------------------------------------------------------------------------------

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
        self.controller.interrupt()
        self.controller.stop()
        self.calendars.stop()
        self.server.close()
        self.breaks.close()
        self.tray.hide()
        # exit(), not quit(): Qt 6's quit() first asks every window to close, and the status
        # window refuses while there is no tray, which would cancel the quit.
        self.qapp.exit(0)
