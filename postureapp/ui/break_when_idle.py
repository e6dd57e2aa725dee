"""Under Wayland, the break window opens once the user stops typing.

A Wayland client cannot open a window without the keyboard, nor tell whether the user is
typing in another program: the compositor decides, and most focus a new window at once. So the
break window waits, its clock standing still, until idle time says the user has paused for
`FOCUS_AFTER_IDLE_S`, or until they pick "Show now" on the desktop notification that says a
break is waiting. Where neither idle time nor notifications exist, it opens at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from postureapp.core.ports import IdleSource, Notification, Notifier
from postureapp.ui.break_window import FOCUS_AFTER_IDLE_S, BreakWindow

log = logging.getLogger(__name__)

#: How often idle time is read while the window waits.
CHECK_MS = 1000
#: Without idle time, the window opens after this long if nobody picked "Show now".
LONGEST_WAIT_MS = 120_000


class BreakWhenIdle(QObject):
    """Holds the break (`hold`) until the user is idle or asks, then shows it (`release`)."""

    def __init__(
        self,
        window: BreakWindow,
        idle: IdleSource | None,
        notifier: Notifier | None,
        *,
        hold: Callable[[], None],
        release: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._idle = idle
        self._notifier = notifier if notifier is not None and notifier.available() else None
        self._hold = hold
        self._release = release
        self._note: Notification | None = None
        self._shown = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self._check)
        window.destroyed.connect(self._gone)

    def start(self) -> None:
        if self._idle is None and self._notifier is None:
            self._show()
            return
        self._hold()
        log.info("break window waits until the user pauses typing (Wayland)")
        if self._notifier is not None:
            self._note = self._notifier.notify(
                self.tr("Time for a break"),
                self.tr("It opens as soon as you pause your typing."),
                [("show", self.tr("Show now"))],
                0,
                lambda _key: self._show(),
            )
        if self._idle is not None:
            self._timer.start()
        else:
            QTimer.singleShot(LONGEST_WAIT_MS, self, self._show)

    def _check(self) -> None:
        idle = self._idle
        if idle is None:
            return

        def judge() -> None:
            seconds = idle.idle_seconds()
            if seconds is not None and seconds >= FOCUS_AFTER_IDLE_S:
                self._show()

        idle.refresh(judge)

    def _show(self) -> None:
        if self._shown:
            return
        self._shown = True
        self._timer.stop()
        if self._note is not None:
            self._note.close()
            self._note = None
        self._release()
        self._window.present()

    def _gone(self) -> None:
        self._shown = True
        self._timer.stop()
        if self._note is not None:
            self._note.close()
            self._note = None


def present_break(
    window: BreakWindow,
    idle: IdleSource | None,
    notifier: Notifier | None,
    *,
    hold: Callable[[], None],
    release: Callable[[], None],
) -> None:
    """Show the break window: at once, or under Wayland once the user pauses (see above)."""
    if QGuiApplication.platformName().startswith("wayland"):
        BreakWhenIdle(window, idle, notifier, hold=hold, release=release).start()
    else:
        window.present()
