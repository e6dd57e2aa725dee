"""'What time is it' as a dependency, so that every decision can be tested on a fake clock."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware, in the local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never jumps backwards."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._now = start
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def _plus(self, step: timedelta) -> datetime:
        # Real time passes in UTC: with a zone that has DST, wall-clock arithmetic would be wrong.
        tz = self._now.tzinfo
        return (self._now.astimezone(UTC) + step).astimezone(tz)

    def advance(self, seconds: float = 0.0, **kwargs: float) -> datetime:
        """Move both clocks forward, like time passing while the machine is awake."""
        step = timedelta(seconds=seconds, **kwargs)
        self._now = self._plus(step)
        self._mono += step.total_seconds()
        return self._now

    def jump_wall(self, seconds: float) -> datetime:
        """Move only the wall clock, as a suspend does (the monotonic clock stops) or a clock change."""
        self._now = self._plus(timedelta(seconds=seconds))
        return self._now

    def set(self, when: datetime) -> None:
        """Set the wall clock to `when`, advancing the monotonic clock by the same amount."""
        delta = (when.astimezone(UTC) - self._now.astimezone(UTC)).total_seconds()
        self._now = when
        self._mono += max(delta, 0.0)


# --- real-time arithmetic on aware times ------------------------------------------------------
# Python adds a timedelta to an aware time on its wall clock, and subtracts two times that share
# a tzinfo object as if both were naive. With a zone that has DST (a ZoneInfo), either is an hour
# off across a change. These do the sums in UTC and hand back a time in the zone they were given.


def plus(moment: datetime, delta: timedelta) -> datetime:
    """`moment` plus `delta` of real time, in `moment`'s zone."""
    return (moment.astimezone(UTC) + delta).astimezone(moment.tzinfo)


def between(earlier: datetime, later: datetime) -> timedelta:
    """The real time from `earlier` to `later` (negative when `later` comes first)."""
    return later.astimezone(UTC) - earlier.astimezone(UTC)
