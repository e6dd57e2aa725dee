"""When a slouch has been held long enough to act on, and how the day's time upright adds up.

The camera is read a few times a minute, and one picture may be off (a glance down, a sneeze),
so a slouch is a stretch of readings rather than one: it starts with a slouched reading and goes
on while at least three readings in four are slouched. It ends at the second upright reading in
a row, when nobody is in view (away from the desk ends it), and when no reading came for
longer than `gap` (a call held the camera, the machine slept): what happened meanwhile is not
known. A stretch that has lasted the minutes the user set is *held*; the planner may then
bring the next break forward (`core.plan`).

Every function is pure: the state goes in, the next state comes out, so a day of readings can
be replayed on a fake clock.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Protocol

from postureapp.core.clock import between
from postureapp.core.posture.baseline import Reading, Slouch

#: At least this share of a stretch's readings must be slouched for it to go on.
SLOUCHED_SHARE = 0.75
#: This many upright readings in a row end a stretch (one may be noise).
UPRIGHT_ENDS = 2
#: The least time without a reading that breaks a stretch, whatever the reading rate.
GAP_FLOOR = timedelta(minutes=2)


class HoldSettings(Protocol):
    """The settings these rules read (core.settings.Settings provides them)."""

    @property
    def readings_per_minute(self) -> int: ...
    @property
    def slouch_minutes(self) -> int: ...


def period(settings: HoldSettings) -> timedelta:
    """The time between two readings."""
    return timedelta(minutes=1) / max(settings.readings_per_minute, 1)


def gap(settings: HoldSettings) -> timedelta:
    """Without a reading this long, a stretch is broken (three missed readings, at least 2 min)."""
    return max(3 * period(settings), GAP_FLOOR)


@dataclass(frozen=True)
class Stretch:
    """A slouch in progress: its first and latest readings, its counts, and the moment it had
    first lasted long enough to be held (None until then)."""

    start: datetime
    last: datetime
    readings: int = 1
    slouched: int = 1
    upright_run: int = 0
    kinds: tuple[tuple[Slouch, int], ...] = ()
    held_at: datetime | None = None

    @property
    def kind(self) -> Slouch:
        """The slouch seen most often in the stretch (the first seen, on a tie)."""
        counts = Counter(dict(self.kinds))
        return max(counts, key=lambda kind: counts[kind])


@dataclass(frozen=True)
class DaySummary:
    """One day's readings as numbers only: time seen upright and slouched, readings taken and
    readings that saw nobody."""

    day: date
    upright_seconds: int = 0
    slouched_seconds: int = 0
    readings: int = 0
    unseen: int = 0

    @property
    def upright_share(self) -> float | None:
        """Of the time seen at the desk, the share upright; None before any clear reading."""
        seen = self.upright_seconds + self.slouched_seconds
        return self.upright_seconds / seen if seen else None


@dataclass(frozen=True)
class Posture:
    """What the readings so far add up to; `observe` takes one and returns the next."""

    stretch: Stretch | None = None
    last: datetime | None = None
    today: DaySummary | None = None


@dataclass(frozen=True)
class Held:
    """A slouch held long enough to act on: its kind, when it began and when it was first held."""

    kind: Slouch
    since: datetime
    held_at: datetime


def _grow(stretch: Stretch, now: datetime, reading: Reading) -> Stretch | None:
    """The stretch after one more reading; None when that reading ends it."""
    slouch = reading.slouch
    readings = stretch.readings + 1
    if slouch is None:
        upright_run = stretch.upright_run + 1
        if upright_run >= UPRIGHT_ENDS or stretch.slouched < SLOUCHED_SHARE * readings:
            return None
        return replace(stretch, last=now, readings=readings, upright_run=upright_run)
    counts = Counter(dict(stretch.kinds))
    counts[slouch] += 1
    return replace(
        stretch,
        last=now,
        readings=readings,
        slouched=stretch.slouched + 1,
        upright_run=0,
        kinds=tuple(counts.items()),
    )


def _count(
    today: DaySummary | None, now: datetime, seconds: int, reading: Reading | None
) -> tuple[DaySummary, DaySummary | None]:
    """The day's summary with one more reading; and the finished one when a new day began."""
    finished = None
    if today is None or today.day != now.date():
        finished, today = today, DaySummary(now.date())
    if reading is None:
        return replace(today, readings=today.readings + 1, unseen=today.unseen + 1), finished
    if reading.slouch is None:
        today = replace(today, upright_seconds=today.upright_seconds + seconds)
    else:
        today = replace(today, slouched_seconds=today.slouched_seconds + seconds)
    return replace(today, readings=today.readings + 1), finished


def observe(
    state: Posture, now: datetime, reading: Reading | None, settings: HoldSettings
) -> tuple[Posture, DaySummary | None]:
    """One reading at `now` (None: nobody in view); returns the next state, and the previous
    day's summary once a reading falls on a new day (store it), else None.

    A reading stands for the time since the one before it, at most one period: time upright
    and slouched is never counted for more than was watched.
    """
    step = period(settings)
    since = between(state.last, now) if state.last is not None else step
    seconds = int(max(min(since, step), timedelta(0)).total_seconds())
    today, finished = _count(state.today, now, seconds, reading)
    stretch = state.stretch
    if stretch is not None and (since > gap(settings) or reading is None):
        stretch = None
    if reading is not None:
        if stretch is not None:
            stretch = _grow(stretch, now, reading)
        elif reading.slouch is not None:
            stretch = Stretch(now, now, kinds=((reading.slouch, 1),))
    hold = timedelta(minutes=settings.slouch_minutes)
    if stretch is not None and stretch.held_at is None and between(stretch.start, now) >= hold:
        stretch = replace(stretch, held_at=now)
    return Posture(stretch, now, today), finished


def held(state: Posture, now: datetime, settings: HoldSettings) -> Held | None:
    """The slouch held now, if any: a stretch that lasted the set minutes and is still being
    seen (its latest reading less than `gap` ago)."""
    stretch = state.stretch
    if stretch is None or stretch.held_at is None:
        return None
    if between(stretch.last, now) > gap(settings):
        return None
    return Held(stretch.kind, stretch.start, stretch.held_at)


def restart(state: Posture) -> Posture:
    """A break was taken: the slouch it answered is over; the day's counts go on."""
    return replace(state, stretch=None)
