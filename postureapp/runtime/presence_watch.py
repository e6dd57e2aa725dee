"""Is the user here, and is now a good moment: idle time and blockers sampled, `core.presence` asked.

The watch samples only when it has to (a coarse timer while a break is not yet due, a finer one
while the user is away or a blocker holds a due break) and hands each decision to the
controller, which acts on it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer

from postureapp.core.clock import Clock, between
from postureapp.core.plan import PlannedBreak
from postureapp.core.ports import BlockerProbe, IdleSource, PostureView
from postureapp.core.presence import (
    JITTER,
    Away,
    Blockers,
    Decision,
    Presence,
    Wait,
    decide,
    watch_interval,
)
from postureapp.core.settings import Settings

log = logging.getLogger(__name__)

Act = Callable[[Decision, PlannedBreak], None]


class PresenceWatch(QObject):
    """Carries the `Presence` from one sample to the next and says what a due break waits for."""

    def __init__(
        self,
        clock: Clock,
        idle: IdleSource | None,
        blockers: BlockerProbe | None,
        sample: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle = idle
        self._blockers: BlockerProbe = blockers or (lambda _settings: Blockers())
        self._presence = Presence.fresh(clock.now())
        #: What a due break waits for now: away, call, fullscreen or dnd; None when nothing.
        self.waiting_for: str | None = None
        #: The screen has been locked since then (None: not locked).
        self.locked_since: datetime | None = None
        #: Posture sensing while it is on: its readings amend idle time (nobody in view: away).
        self.camera: PostureView | None = None
        self._unlocked = False  # the next read follows an unlock: whoever unlocked is here
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(sample)

    def restart(self, now: datetime) -> None:
        """The interval restarted: idleness before `now` is not an absence any more."""
        self._presence = Presence.fresh(now)

    def lock(self, now: datetime) -> None:
        """The screen locked: from now on the user is away, however short the lock."""
        if self.locked_since is None:
            self.locked_since = now

    def unlock(self, now: datetime) -> bool:
        """The screen was unlocked: the absence lasted until now. False if it was not locked."""
        if self.locked_since is None:
            return False
        self.locked_since = None
        self._unlocked = True
        away = self._presence.away
        if away is not None:
            # A lock of a second or two is nothing to measure; a longer one lasted until now.
            ended = None if between(away.since, now) <= 2 * JITTER else Away(away.since, now)
            self._presence = replace(self._presence, away=ended)
        return True

    def idle_now(self) -> float | None:
        if self.idle is None:
            return None
        seconds = self.idle.idle_seconds()
        return None if seconds is None else round(seconds, 1)

    def reading(self) -> dict[str, float] | None:
        """The latest idle reading and how old it is, for the status: a D-Bus source keeps
        its last answer (asked only when needed); the others read afresh each time."""
        if self.idle is None:
            return None
        latest = getattr(self.idle, "latest", None)
        if callable(latest):
            found = latest()
            if found is None:
                return None
            seconds, age = found
            return {"seconds": round(seconds, 1), "age_seconds": round(age, 1)}
        seconds = self.idle.idle_seconds()
        return None if seconds is None else {"seconds": round(seconds, 1), "age_seconds": 0.0}

    def read(self, then: Callable[[float | None], None]) -> None:
        """Read idle time (asynchronously where the source needs D-Bus), amended by what the
        camera saw while posture sensing is on, then call `then`."""
        idle = self.idle
        if idle is None:
            then(self._amend(None))
        else:
            idle.refresh(lambda: then(self._amend(idle.idle_seconds())))

    def _amend(self, idle_seconds: float | None) -> float | None:
        camera, unlocked, self._unlocked = self.camera, self._unlocked, False
        if camera is None or unlocked:  # right after an unlock, no earlier reading counts
            return idle_seconds
        return camera.amend_idle(idle_seconds, self._clock.now())

    def judge(
        self,
        planned: PlannedBreak,
        break_seconds: int,
        idle_seconds: float | None,
        settings: Settings,
        patient: bool = False,
    ) -> tuple[Decision, bool]:
        """What to do with `planned` now; and whether what the break waits for changed.

        `patient`: a blocker holds it for as long as it lasts (`core.presence.decide`)."""
        decision, self._presence = decide(
            self._clock.now(),
            planned.at,
            break_seconds,
            idle_seconds,
            lambda: self._blockers(settings),
            self._presence,
            settings,
            self.locked_since,
            patient=patient,
        )
        previous = self.waiting_for
        self.waiting_for = decision.reason if isinstance(decision, Wait) else None
        if self.waiting_for is not None and previous != self.waiting_for:
            log.info("break due; waiting (%s)", self.waiting_for)
        return decision, previous != self.waiting_for

    def sample_in(self, after: timedelta) -> None:
        """Sample again after `after` (never sooner than a second)."""
        if self.idle is None and self.camera is None and self.waiting_for is None:
            return
        self._timer.start(max(int(after.total_seconds() * 1000), 1000))

    def watch(self, planned: PlannedBreak | None, settings: Settings) -> None:
        """A break is planned: sample now and then for an absence (only with an idle source or
        the camera)."""
        if (self.idle is not None or self.camera is not None) and planned is not None:
            self.sample_in(watch_interval(settings))
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        if self.idle is not None:
            self.idle.close()
