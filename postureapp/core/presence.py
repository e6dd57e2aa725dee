"""Is the user here, and is now a good moment: the rules for natural breaks and held breaks.

Pure functions over idle samples, so the whole behaviour runs on a fake clock. The caller samples
idle time when `decide` asks it to (never in a tight loop), feeds the sample in, and carries the
returned `Presence` to the next call, as the planner carries its `ScheduleState`.

The rules, in the order `decide` applies them:

0. Locked: a locked screen is an absence from the moment it locked (or the last input before
   it), however short; when it is unlocked, rule 2 decides what the absence was.
1. Away: idle for `away_after` or longer. A break that falls due while the user is away waits for
   their return; nothing is shown to an empty chair.
2. Back again: the idle stretch has ended. If it lasted `natural_seconds` it *was* the break
   (`Natural`: log it and restart the interval from its end). A shorter stretch stopped the
   countdown for as long as it lasted (`Shift`), and the break starts only if it is still owed.
3. Blockers (a call, full screen, do-not-disturb): a due break waits, at most `max_wait_minutes`;
   during a busy event in the user's calendar it waits for as long as the event lasts.
4. Otherwise a due break starts; one not yet due is watched coarsely (`NotDue`).

A stretch is measured from its first idle moment to the last sample that still saw the user away,
so it is never credited with more absence than was observed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from postureapp.core.clock import between, plus

#: Below this, idleness is reading or thinking, not being away; the countdown keeps running.
AWAY_FLOOR = timedelta(seconds=60)
#: How often a held break looks again whether its blocker has gone.
BLOCKER_RECHECK = timedelta(seconds=30)
#: The bounds on how often an absence is sampled.
AWAY_RECHECK_MIN = timedelta(seconds=5)
AWAY_RECHECK_MAX = timedelta(seconds=60)
#: The least time between two idle samples while no break is due.
WATCH_MIN = timedelta(seconds=60)
#: Idle readings are in whole milliseconds and may be extrapolated, so allow this much jitter
#: before deciding that the user touched something.
JITTER = timedelta(seconds=1)


class PresenceSettings(Protocol):
    """The settings these rules read (core.settings.Settings provides them)."""

    @property
    def idle_threshold_minutes(self) -> int: ...
    @property
    def max_wait_minutes(self) -> int: ...


@dataclass(frozen=True)
class Blockers:
    """What stands in the way of showing a break right now.

    `reason` names the most pressing one: a busy event in the calendar (the user said so
    themselves), then a call (a break window over a call is the worst interruption), then full
    screen (a presentation or a film), then do-not-disturb.
    """

    fullscreen: bool = False
    dnd: bool = False
    call: bool = False
    event: bool = False

    @property
    def reason(self) -> str | None:
        if self.event:
            return "event"
        if self.call:
            return "call"
        if self.fullscreen:
            return "fullscreen"
        if self.dnd:
            return "dnd"
        return None


@dataclass(frozen=True)
class Away:
    """An idle stretch in progress: when it began, and the last sample that still saw it."""

    since: datetime
    seen: datetime

    @property
    def length(self) -> timedelta:
        return between(self.since, self.seen)


@dataclass(frozen=True)
class Presence:
    """What earlier samples showed; `decide` takes one and returns the next.

    `counting_from` is the earliest moment an absence may start: idleness during a break on screen
    or a pause is not an absence. Start a fresh one whenever the interval restarts.
    """

    counting_from: datetime
    away: Away | None = None
    waiting_since: datetime | None = None

    @classmethod
    def fresh(cls, now: datetime) -> Presence:
        return cls(counting_from=now)


@dataclass(frozen=True)
class Start:
    """Show the due break now."""


@dataclass(frozen=True)
class Wait:
    """Hold the due break; sample again after `recheck_in`. `reason`: away, call, fullscreen, dnd."""

    reason: str
    recheck_in: timedelta


@dataclass(frozen=True)
class Natural:
    """The user was away long enough: log a natural break and restart the interval at `ended`."""

    idle_started: datetime
    seconds: int

    @property
    def ended(self) -> datetime:
        return plus(self.idle_started, timedelta(seconds=self.seconds))


@dataclass(frozen=True)
class Shift:
    """A short absence stopped the countdown: the break is now due at `due_at`."""

    due_at: datetime


@dataclass(frozen=True)
class NotDue:
    """Nothing to do: sample idle again after `recheck_in`."""

    recheck_in: timedelta


Decision = Start | Wait | Natural | Shift | NotDue


def natural_seconds(break_seconds: int, settings: PresenceSettings) -> int:
    """How long an absence must last to count as the due break.

    At least as long as the break itself, and at least the idle threshold ("away this long and a
    break counts as taken", 5 minutes by default). Both must hold: 40 s of sitting still while
    reading is not a break for a stiff back, but five minutes away from the desk is.
    """
    return max(break_seconds, settings.idle_threshold_minutes * 60)


def away_after(break_seconds: int, settings: PresenceSettings) -> timedelta:
    """Idle this long and the user counts as away (the countdown stops)."""
    return min(timedelta(seconds=natural_seconds(break_seconds, settings)), AWAY_FLOOR)


def away_recheck(length: timedelta, break_seconds: int, settings: PresenceSettings) -> timedelta:
    """How soon to look again while the user is away.

    Until the absence is long enough to be the break, a quarter of that length (within 5 to 60
    s), so its end is measured well enough to tell a natural break from a short one. After that
    only the moment of return is left to learn, and once a minute is close enough for it.
    """
    needed = timedelta(seconds=natural_seconds(break_seconds, settings))
    if length >= needed:
        return AWAY_RECHECK_MAX
    return min(max(needed / 4, AWAY_RECHECK_MIN), AWAY_RECHECK_MAX)


def watch_interval(settings: PresenceSettings) -> timedelta:
    """How often to sample idle while no break is due: half the idle threshold, at least 60 s.

    An absence of the full threshold is then always seen; shorter ones are seen when a sample
    happens to fall inside them (a missed one costs nothing: the break simply comes as planned).
    """
    return max(timedelta(minutes=settings.idle_threshold_minutes) / 2, WATCH_MIN)


def shift_for_idle(due_at: datetime, idle_started: datetime, idle_ended: datetime) -> datetime:
    """The due time once the countdown has stood still from `idle_started` to `idle_ended`."""
    return plus(due_at, max(between(idle_started, idle_ended), timedelta(0)))


def decide(
    now: datetime,
    due_at: datetime,
    break_seconds: int,
    idle_seconds: float | None,
    blockers: Callable[[], Blockers],
    presence: Presence,
    settings: PresenceSettings,
    locked_since: datetime | None = None,
    *,
    patient: bool = False,
) -> tuple[Decision, Presence]:
    """What to do with the next break at `now`, given one idle sample; and the presence to keep.

    `locked_since`: the screen has been locked since then (the user is away, rule 0).
    `patient`: the break came early for a held slouch, so a blocker holds it for as long as it
    lasts (no longest wait: it is not owed yet) and its wait does not count towards one.

    `idle_seconds` None means idle time could not be read: the user is taken to be present (so a
    broken idle backend never swallows breaks) and any stretch being followed is dropped.
    `blockers` is called only when a due break could otherwise start, because its checks run
    programs and read /proc: never while the user is away or while nothing is due.
    """
    if locked_since is not None:
        return _locked(now, locked_since, idle_seconds, break_seconds, presence, settings)
    if idle_seconds is None:
        presence = replace(presence, away=None)
    else:
        last_input = plus(now, -timedelta(seconds=max(idle_seconds, 0.0)))
        away = presence.away
        if away is not None and between(away.since, last_input) <= JITTER:
            away = Away(away.since, now)
            recheck = away_recheck(away.length, break_seconds, settings)
            return Wait("away", recheck), replace(presence, away=away)
        if away is not None:
            if away.length >= timedelta(seconds=natural_seconds(break_seconds, settings)):
                seconds = int(away.length.total_seconds())
                return Natural(away.since, seconds), Presence.fresh(last_input)
            due_at = shift_for_idle(due_at, away.since, away.seen)
            if between(now, due_at) > timedelta(0):
                return Shift(due_at), Presence.fresh(last_input)
            presence = Presence(last_input, waiting_since=presence.waiting_since)
        else:
            since = max(last_input, presence.counting_from, key=lambda t: t.astimezone(UTC))
            if between(since, now) >= away_after(break_seconds, settings):
                away = Away(since, now)
                recheck = away_recheck(away.length, break_seconds, settings)
                return Wait("away", recheck), replace(presence, away=away)
    if between(now, due_at) > timedelta(0):
        return NotDue(watch_interval(settings)), presence
    return _when_unblocked(now, blockers(), presence, settings, patient)


def _locked(
    now: datetime,
    locked_since: datetime,
    idle_seconds: float | None,
    break_seconds: int,
    presence: Presence,
    settings: PresenceSettings,
) -> tuple[Decision, Presence]:
    """The screen is locked: away since the lock, or since the last input before it."""
    away = presence.away
    if away is None:
        since = locked_since
        if idle_seconds is not None:
            last_input = plus(now, -timedelta(seconds=max(idle_seconds, 0.0)))
            since = min(since, last_input, key=lambda t: t.astimezone(UTC))
        since = max(since, presence.counting_from, key=lambda t: t.astimezone(UTC))
        away = Away(since, now)
    else:
        away = Away(away.since, now)
    recheck = away_recheck(away.length, break_seconds, settings)
    return Wait("away", recheck), replace(presence, away=away)


def _when_unblocked(
    now: datetime,
    blockers: Blockers,
    presence: Presence,
    settings: PresenceSettings,
    patient: bool = False,
) -> tuple[Decision, Presence]:
    """Hold a due break while something blocks it, up to the longest wait (0: no limit); a
    calendar event holds it to its end."""
    reason = blockers.reason
    if reason is None:
        return Start(), Presence.fresh(now)
    if patient:
        return Wait(reason, BLOCKER_RECHECK), presence
    waiting_since = presence.waiting_since or now
    held = replace(presence, waiting_since=waiting_since)
    if settings.max_wait_minutes == 0 or blockers.event:
        return Wait(reason, BLOCKER_RECHECK), held
    left = timedelta(minutes=settings.max_wait_minutes) - between(waiting_since, now)
    if left > timedelta(0):
        return Wait(reason, min(BLOCKER_RECHECK, left)), held
    return Start(), Presence.fresh(now)
