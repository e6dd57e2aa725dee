"""The notice before a break and the check-in as desktop notifications, with their actions.

Used where corner popups do not behave: under Wayland (the compositor places windows and may
focus them) and with tiling window managers. They report what the user picked with the same
signals as `NoticePopup` and `CheckInPopup`, so the rest of the app does not care which it got.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from postureapp.core.clock import Clock
from postureapp.core.ports import Notification, Notifier
from postureapp.core.session import Notice
from postureapp.core.terms import BreakKind, Feeling
from postureapp.ui.notice import NoticePopup, early_for

# How long after the notice appears the break window's code loads (see load_break_window).
LOAD_BREAK_WINDOW_AFTER_MS = 2000


class DesktopNotice(QObject):
    """The coming break, counted down by the notification server.

    Signals:
        start_now(): "Start now" was picked.
        postpone(): "In N min" was picked.
    """

    start_now = Signal()
    postpone = Signal()

    def __init__(
        self,
        notifier: Notifier,
        kind: str,
        seconds: int,
        *,
        can_postpone: bool,
        snooze_minutes: int,
        slouch: str | None = None,
    ) -> None:
        super().__init__()
        self._slouch = slouch
        self._notifier = notifier
        self._seconds = max(int(seconds), 1)
        what = self.tr("A long break") if kind == BreakKind.LONG else self.tr("A short break")
        self.summary = self.tr("{0} in {1} s").format(what, self._seconds)
        self.actions = [("start", self.tr("Start now"))]
        if can_postpone:
            self.actions.append(("postpone", self.tr("In {0} min").format(snooze_minutes)))
        self._note: Notification | None = None

    def present(self) -> None:
        self._note = self._notifier.notify(
            self.summary,
            self.tr("Finish your thought; the break starts when this counts down.")
            if self._slouch is None
            else early_for(self._slouch),
            self.actions,
            self._seconds * 1000,
            self._picked,
        )
        QTimer.singleShot(self._seconds * 1000, self, self.close)

    def _picked(self, key: str) -> None:
        if key == "start":
            self.start_now.emit()
        elif key == "postpone":
            self.postpone.emit()
        self.close()

    def close(self) -> None:
        if self._note is not None:
            self._note.close()
            self._note = None
            self.deleteLater()


class DesktopCheckIn(QObject):
    """How the upper back feels, answered with one click on the notification.

    Signals:
        answered(feeling, stiffness): better, same or worse; stiffness -1 (not asked here).
        more(): "More…" was picked: the full check-in (stiffness, warning signs) is wanted.
    """

    answered = Signal(str, int)
    more = Signal()

    def __init__(self, notifier: Notifier) -> None:
        super().__init__()
        self._notifier = notifier
        self._note: Notification | None = None
        self.actions = [
            (Feeling.BETTER.value, self.tr("Better")),
            (Feeling.SAME.value, self.tr("Same")),
            (Feeling.WORSE.value, self.tr("Worse")),
            ("more", self.tr("More…")),
        ]

    def present(self) -> None:
        self._note = self._notifier.notify(
            self.tr("How does your upper back feel today?"),
            self.tr("Compared with before. “More…” rates the stiffness or reports a warning sign."),
            self.actions,
            0,
            self._picked,
        )

    def _picked(self, key: str) -> None:
        if key == "more":
            self.more.emit()
        elif key in {Feeling.BETTER, Feeling.SAME, Feeling.WORSE}:
            self.answered.emit(key, -1)
        self.close()

    def close(self) -> None:
        if self._note is not None:
            self._note.close()
            self._note = None
            self.deleteLater()


def make_notice(
    notice: Notice,
    clock: Clock,
    notifier: Notifier | None,
    *,
    can_postpone: bool,
    snooze_minutes: int,
) -> tuple[NoticePopup | DesktopNotice, str]:
    """The notice before a break, and its headline for the tooltip: a desktop notification when
    a `notifier` is given (popups do not behave here) and its server runs, else the corner popup.
    The break window's code loads while the notice is up."""
    QTimer.singleShot(LOAD_BREAK_WINDOW_AFTER_MS, load_break_window)
    if notifier is not None and notifier.available():
        seconds = round(notice.countdown.left(clock.monotonic()))
        note = DesktopNotice(
            notifier,
            notice.kind,
            seconds,
            can_postpone=can_postpone,
            snooze_minutes=snooze_minutes,
            slouch=notice.slouch,
        )
        return note, note.summary
    popup = NoticePopup(
        notice.kind,
        notice.countdown,
        clock,
        can_postpone=can_postpone,
        snooze_minutes=snooze_minutes,
        slouch=notice.slouch,
    )
    return popup, popup.headline.text()


def load_break_window() -> None:
    """Load what the first break window needs while the notice is up, not when the break falls
    due: the idle app leaves it out (benchmarks/README.md), and loading it then would hold the
    first break of the day back by a few hundred milliseconds on a slow machine."""
    from postureapp.core.pose.postures import POSTURES, neutral
    from postureapp.ui import break_when_idle, break_window, veil  # noqa: F401

    for name in POSTURES:
        neutral(name)
