"""The small interfaces the runtime and the views depend on, so no part depends on another's class.

Each is implemented in `platform` (per operating system and desktop) or in `runtime`, and handed
in by the composition root (`postureapp.app`). Tests hand in fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from postureapp.core.calendar.model import Busy, BusyEvent
from postureapp.core.i18n.phrase import Said
from postureapp.core.plan import PlannedBreak
from postureapp.core.posture.hold import Held
from postureapp.core.posture.measure import Sight
from postureapp.core.presence import Blockers

Done = Callable[[], None] | None


class IdleSource(Protocol):
    """How long since the user last touched the keyboard or mouse.

    `idle_seconds` answers at once from what is known (None when it cannot be read just now);
    `refresh(done)` fetches a new reading and calls `done` when there is one (at once for
    sources that read synchronously; after the reply for D-Bus ones, which never block).
    """

    name: str

    def idle_seconds(self) -> float | None: ...

    def refresh(self, done: Done = None) -> None: ...

    def close(self) -> None: ...


class BlockerSettings(Protocol):
    """The settings that switch each blocker check on (core.settings.Settings provides them)."""

    @property
    def wait_for_fullscreen(self) -> bool: ...
    @property
    def wait_for_dnd(self) -> bool: ...
    @property
    def wait_for_calls(self) -> bool: ...


#: What stands in the way of a break right now (full screen, do-not-disturb, a call).
BlockerProbe = Callable[[BlockerSettings], Blockers]


class SleepCheck(Protocol):
    """Measures sleeps and clock changes whenever the owner's timers fire (platform.sleep)."""

    def check(self, now_wall: datetime, now_mono: float) -> float: ...


class BreakTimer(Protocol):
    """Fires the planned break, its notice and the end of a pause (runtime.scheduling)."""

    def start(self) -> None: ...

    def shutdown(self) -> None: ...

    def plan(
        self,
        planned: PlannedBreak | None,
        notice_seconds: int,
        now: datetime,
        pause_end: datetime | None = None,
    ) -> None: ...


class CalendarView(Protocol):
    """The busy times from the user's calendars, as far as they are known (runtime.calendars)."""

    def busy(self, now: datetime) -> Busy | None:
        """For the planner; None without calendars."""
        ...

    def event_now(self, now: datetime) -> BusyEvent | None: ...

    def describe(self, event: BusyEvent | None) -> dict[str, object] | None:
        """An event as the status shows it (its title only where the user allows)."""
        ...

    def report(self, now: datetime) -> dict[str, object]: ...


class PostureView(Protocol):
    """What the camera saw of the user's posture (runtime.posture_watch), only while it is on."""

    def held(self, now: datetime) -> Held | None:
        """The slouch held now, for the planner; None when there is none."""
        ...

    def amend_idle(self, idle_seconds: float | None, now: datetime) -> float | None:
        """Idle time as the away rules should read it: nobody in view counts as away, someone
        in view as here (`core.posture.in_view`)."""
        ...

    def report(self, now: datetime) -> dict[str, object]: ...


class PostureSensor(Protocol):
    """Reads landmarks from the camera off the GUI thread (platform.camera), then calls `done`
    on the GUI thread. The camera is on only while it takes the `count` pictures, never while
    a call uses it, and each picture is dropped once its landmarks are read."""

    def read(self, count: int, done: Callable[[Sight], None]) -> None: ...

    def close(self) -> None: ...


class AutostartError(Said):
    """Starting at login could not be switched or read; the message names the file or key."""


class Autostart(Protocol):
    """Starting the app at login, the platform's way."""

    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...

    def location(self) -> str:
        """Where the login entry lives, for messages."""
        ...


class TrayHost(Protocol):
    """The system tray of the session (platform.tray): whether one is there to show an icon in,
    and whether ours is in it. Trays come and go (a panel that starts after the app, or
    restarts); `on_change` callbacks run whenever one comes, goes or registers an icon, with
    True when a host has just appeared (the icon must then be made again)."""

    def on_change(self, callback: Callable[[bool], None]) -> None: ...

    def available(self) -> bool:
        """Some tray host is there now (a StatusNotifier host or an XEmbed tray)."""
        ...

    def sni_watcher(self) -> bool:
        """A StatusNotifierWatcher is on the session bus (Qt then makes an SNI icon)."""
        ...

    def xembed_tray(self) -> bool:
        """An XEmbed tray owns the X11 tray selection."""
        ...

    def icon_registered(self) -> bool:
        """An icon of this process is registered with the StatusNotifierWatcher."""
        ...


class Notification(Protocol):
    """A desktop notification that was sent; closing it takes it off the screen."""

    def close(self) -> None: ...


class Notifier(Protocol):
    """The desktop's notification server, with actions (platform.notifications)."""

    def available(self) -> bool:
        """A server runs now and shows actions."""
        ...

    def notify(
        self,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        timeout_ms: int,
        on_action: Callable[[str], None],
    ) -> Notification: ...
