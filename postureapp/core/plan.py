"""When is the next break, of which kind, and why: a pure function of (state, settings).

The scheduler only carries out what this module decides. Every event the user or the system
causes (a break ends, a snooze, a pause, a restart, a suspend, a clock change) is a function from
one `ScheduleState` to the next, so the whole day can be replayed on a fake clock.

The rules about time, decided here once:

* Time in the state is real time. Sums and comparisons are done in UTC, so a DST change neither
  adds a break nor drops one. Wall-clock rules (working hours, fixed times, "until tomorrow") are
  read in the zone of the times given: a `ZoneInfo` as it is; a bare UTC offset, which is what
  `datetime.now().astimezone()` gives and which knows nothing of DST, stands for the system's
  local zone. Times handed back are in that zone.
* Working hours (when switched on): no break falls due outside them. Each working period starts
  its own count: its first break comes one full interval after it begins (reason
  `working-hours-start`), never the moment work starts, and the morning does not carry over
  lunch. A period shorter than the interval gets no interval break. Ranges that touch form one
  period, and an end of 23:59 means midnight, so work may run on into the next day.
* Fixed times come on top of the interval, on the fixed days, and still count outside working
  hours: the user asked for them by the clock. A fixed break resets the interval like any other.
  Breaks less than `FIXED_MERGE` apart are one break: an interval break due that soon before a
  fixed time gives way to it, and a fixed time that soon after the last break is dropped.
* A suspend or lock longer than a long break is a natural long break (`after_gap`); a shorter
  one stops the countdown for as long as it lasted. A clock set back or forward while the
  machine was awake (`on_clock_change`) keeps the countdown as it stood, so it gives one break
  on time, never none and never a burst.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import partial
from typing import Any, Protocol

from postureapp.core.calendar.model import Busy, BusyEvent
from postureapp.core.calendar.rules import keep_clear
from postureapp.core.clock import plus
from postureapp.core.posture.forward import bring_forward
from postureapp.core.posture.hold import Held
from postureapp.core.terms import WEEKDAYS, BreakKind

TimeRanges = tuple[tuple[time, time], ...]

#: Why a break falls due when it does; shown by `postureapp status`.
REASONS = ("interval", "long", "snooze", "after-pause", "fixed-time", "working-hours-start", "posture")  # fmt: skip

#: Two breaks closer than this around a fixed time would be one too many; they become one.
FIXED_MERGE = timedelta(minutes=10)
#: A working range ending at the last minute of the day runs on to midnight.
LAST_MINUTE = time(23, 59)
#: How many days ahead working periods and fixed times are looked for (a week and a day).
HORIZON_DAYS = 8
#: The wall clock and the monotonic clock may disagree this much (a late timer, an NTP step)
#: before `detect_gap` calls it a jump.
JUMP_TOLERANCE_S = 5.0
#: Where a pause "until tomorrow" ends when no working hours are set.
MORNING = time(8, 0)
#: Before this hour, "tomorrow" still means the coming morning: the night belongs to the evening.
NIGHT_ENDS = time(4, 0)


class PlanSettings(Protocol):
    """The settings the planner reads (core.settings.Settings provides them)."""

    @property
    def short_interval_minutes(self) -> int: ...
    @property
    def long_every(self) -> int: ...
    @property
    def long_break_seconds(self) -> int: ...
    @property
    def short_break_seconds(self) -> int: ...
    @property
    def notice_seconds(self) -> int: ...
    @property
    def snooze_minutes(self) -> int: ...
    @property
    def snooze_cap(self) -> int: ...
    @property
    def strict(self) -> bool: ...
    @property
    def working_hours_enabled(self) -> bool: ...
    @property
    def fixed_times(self) -> tuple[time, ...]: ...
    @property
    def fixed_days(self) -> frozenset[str]: ...
    def day_ranges(self, weekday: int) -> TimeRanges:
        """Working hours for `date.weekday()` (0 = Monday), sorted, not overlapping."""
        ...


class SnoozeRefused(Exception):
    """The user asked for one snooze too many, or strict mode is on."""


@dataclass(frozen=True)
class ScheduleState:
    """Everything the planner remembers between events; saved so a restart keeps the countdown."""

    interval_start: datetime
    breaks_towards_long: int = 0
    snoozes_in_row: int = 0
    snoozed_until: datetime | None = None
    paused_until: datetime | None = None
    paused_indefinitely: bool = False
    saved_at: datetime | None = None

    @classmethod
    def fresh(cls, now: datetime) -> ScheduleState:
        return cls(interval_start=now)

    @property
    def paused(self) -> bool:
        return self.paused_indefinitely or self.paused_until is not None


@dataclass(frozen=True)
class PlannedBreak:
    """The next break: when, which kind, why; the event it moved for, and where; the slouch to answer."""

    at: datetime
    kind: BreakKind
    reason: str
    event: BusyEvent | None = None
    side: str | None = None
    slouch: str | None = None


# --- time helpers ------------------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


_plus = plus


def _zone(moment: datetime) -> tzinfo | None:
    """The zone whose rules place wall-clock times near `moment`; None: the system's own."""
    zone = moment.tzinfo
    return None if isinstance(zone, timezone) else zone


def _wall(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone)


def _at(day: date, moment: time, zone: tzinfo | None) -> datetime:
    """`day` at wall-clock `moment` as a UTC instant; a time a DST change skips moves on by the gap."""
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def _periods(
    after: datetime, settings: PlanSettings, zone: tzinfo | None
) -> Iterator[tuple[datetime, datetime]]:
    """Working periods, as UTC (start, end), that end after `after`, in order, for about a week."""
    first = _wall(after, zone).date() - timedelta(days=1)
    current: tuple[datetime, datetime] | None = None
    for offset in range(HORIZON_DAYS + 1):
        day = first + timedelta(days=offset)
        for start, end in sorted(settings.day_ranges(day.weekday())):
            closes = _at(day + timedelta(days=1), time(0), zone) if end == LAST_MINUTE else None
            period = (_at(day, start, zone), closes or _at(day, end, zone))
            if current is not None and period[0] <= current[1]:
                current = (current[0], max(current[1], period[1]))
                continue
            if current is not None and current[1] > after:
                yield current
            current = period
    if current is not None and current[1] > after:
        yield current


def _inside(moment: datetime, settings: PlanSettings, zone: tzinfo | None) -> bool:
    """Whether a break may fall due at `moment` (any time, without working hours)."""
    if not settings.working_hours_enabled:
        return True
    period = next(_periods(moment, settings, zone), None)
    return period is not None and period[0] <= moment


def _fit(
    base: datetime, interval: timedelta, settings: PlanSettings, zone: tzinfo | None
) -> tuple[datetime, bool] | None:
    """One interval from `base` or, outside working hours, from the start of a working period.

    The flag says a working period's start began the count. None: no period holds an interval.
    """
    if not settings.working_hours_enabled:
        return base + interval, False
    for start, end in _periods(base, settings, zone):
        begin = max(base, start)
        if begin + interval < end:
            return begin + interval, begin > base
    return None


def _next_fixed(after: datetime, settings: PlanSettings, zone: tzinfo | None) -> datetime | None:
    """The first fixed time strictly after `after` (UTC), on a fixed day.

    Computed here rather than with APScheduler's CronTrigger, which wants a zone with rules
    where the system clock gives bare offsets; `_at` already places wall times DST-correctly.
    """
    first = _wall(after, zone).date()
    days = [first + timedelta(days=offset) for offset in range(HORIZON_DAYS)]
    later = [
        moment
        for day in days
        if WEEKDAYS[day.weekday()] in settings.fixed_days
        for clock_time in settings.fixed_times
        if (moment := _at(day, clock_time, zone)) > after
    ]
    return min(later, default=None)


# --- the plan ----------------------------------------------------------------------------------


def kind_of_next(state: ScheduleState, settings: PlanSettings) -> BreakKind:
    """Every Nth break is a long one; long_every = 0 turns long breaks off."""
    every = settings.long_every
    if every > 0 and state.breaks_towards_long >= every - 1:
        return BreakKind.LONG
    return BreakKind.SHORT


def next_break(
    state: ScheduleState, settings: PlanSettings, busy: Busy | None = None, held: Held | None = None
) -> PlannedBreak | None:
    """The next break (sooner for a `held` slouch, clear of events in `busy`); None when paused."""
    planned = _by_the_clock(state, settings)
    if planned is not None and held is not None:
        planned = _for_posture(planned, state, settings, held)
    if planned is None or busy is None or not busy.events:
        return planned
    return _around_events(planned, state, settings, busy)


def _by_the_clock(state: ScheduleState, settings: PlanSettings) -> PlannedBreak | None:
    """The next break from the interval, snoozes, pauses, working hours and fixed times."""
    if state.paused_indefinitely:
        return None
    zone = _zone(state.interval_start)
    kind = kind_of_next(state, settings)
    interval = timedelta(minutes=settings.short_interval_minutes)
    if state.paused_until is not None:
        reason, fixed_after = "after-pause", _utc(state.paused_until)
        due = _fit(fixed_after, interval, settings, zone)
    elif state.snoozed_until is not None:
        reason, fixed_after = "snooze", _utc(state.snoozed_until)
        inside = _inside(fixed_after, settings, zone)
        due = (fixed_after, False) if inside else _fit(fixed_after, interval, settings, zone)
    else:
        reason = "long" if kind == BreakKind.LONG else "interval"
        start = _utc(state.interval_start)
        fixed_after = start + FIXED_MERGE
        due = _fit(start, interval, settings, zone)
    fixed = _next_fixed(fixed_after, settings, zone)
    if fixed is not None and (due is None or fixed <= due[0] + FIXED_MERGE):
        return PlannedBreak(_wall(fixed, zone), kind, "fixed-time")
    if due is None:
        return None
    at, moved = due
    return PlannedBreak(_wall(at, zone), kind, "working-hours-start" if moved else reason)


def _for_posture(
    planned: PlannedBreak, state: ScheduleState, settings: PlanSettings, slouch: Held
) -> PlannedBreak:
    """`posture.forward.bring_forward` here; blockers are `core.presence`'s to hold."""
    zone = _zone(state.interval_start)
    allowed = partial(_inside, settings=settings, zone=zone)
    at = bring_forward(planned.at, slouch, state, settings, allowed)
    moved: dict[str, Any] = {} if at is None else {"at": _wall(at, zone), "reason": "posture"}
    return replace(planned, slouch=slouch.kind, **moved)


def _around_events(
    planned: PlannedBreak, state: ScheduleState, settings: PlanSettings, busy: Busy
) -> PlannedBreak | None:
    """`calendar.rules.keep_clear` here: early no sooner than half an interval after the last
    break (nor before a snooze or pause ends); past working hours, the next period's count."""
    zone = _zone(state.interval_start)
    interval = timedelta(minutes=settings.short_interval_minutes)
    ends = [_utc(t) for t in (state.snoozed_until, state.paused_until) if t is not None]
    needs = [timedelta(seconds=settings.short_break_seconds)]
    if planned.kind == BreakKind.LONG:
        needs.insert(0, timedelta(seconds=settings.long_break_seconds))
    spot = keep_clear(
        _utc(planned.at),
        needs,
        busy,
        earliest=max([_utc(state.interval_start) + interval / 2, *ends]),
        within=interval,
        allowed=lambda moment: _inside(moment, settings, zone),
        refit=lambda moment: (_fit(moment, interval, settings, zone) or (None,))[0],
    )
    if spot is None:
        return None
    reason = "working-hours-start" if spot.refitted else planned.reason
    return replace(
        planned, at=_wall(spot.at, zone), reason=reason, event=spot.event, side=spot.side
    )


def in_working_hours(now: datetime, settings: PlanSettings) -> bool:
    """Whether interval breaks may fall due now (always, without working hours)."""
    return _inside(_utc(now), settings, _zone(now))


def next_working_change(now: datetime, settings: PlanSettings) -> datetime | None:
    """When working hours next end (inside them) or begin again (outside): "breaks resume at …".

    None without working hours, or when no day has any.
    """
    if not settings.working_hours_enabled:
        return None
    zone, moment = _zone(now), _utc(now)
    period = next(_periods(moment, settings, zone), None)
    if period is None:
        return None
    start, end = period
    return _wall(end if start <= moment else start, zone)


def after_break(state: ScheduleState, kind: str, now: datetime) -> ScheduleState:
    """A break ended (done, skipped or taken naturally): the interval starts again from now."""
    return replace(
        state,
        interval_start=now,
        breaks_towards_long=0 if kind == BreakKind.LONG else state.breaks_towards_long + 1,
        snoozes_in_row=0,
        snoozed_until=None,
    )


def can_snooze(state: ScheduleState, settings: PlanSettings) -> bool:
    return not settings.strict and state.snoozes_in_row < settings.snooze_cap


def snooze(state: ScheduleState, settings: PlanSettings, now: datetime) -> ScheduleState:
    """Postpone the due break; refused in strict mode or past the cap on snoozes in a row."""
    if settings.strict:
        raise SnoozeRefused("strict mode is on: breaks cannot be snoozed")
    if state.snoozes_in_row >= settings.snooze_cap:
        raise SnoozeRefused(
            f"already snoozed {state.snoozes_in_row} times in a row (the limit is {settings.snooze_cap})"
        )
    return replace(
        state,
        snoozes_in_row=state.snoozes_in_row + 1,
        snoozed_until=_plus(now, timedelta(minutes=settings.snooze_minutes)),
    )


def pause(state: ScheduleState, until: datetime | None) -> ScheduleState:
    """Pause until a time, or indefinitely when `until` is None."""
    return replace(
        state,
        paused_until=until,
        paused_indefinitely=until is None,
        snoozed_until=None,
        snoozes_in_row=0,
    )


def resume(state: ScheduleState, now: datetime) -> ScheduleState:
    """End a pause: a full interval starts now."""
    return replace(state, paused_until=None, paused_indefinitely=False, interval_start=now)


def expire_pause(state: ScheduleState, now: datetime) -> ScheduleState:
    """A timed pause that has run out becomes a plain interval counted from its end.

    From a later start if the interval already restarted after it (a natural break, a restart).
    """
    ended = state.paused_until
    if ended is None or _utc(ended) > _utc(now):
        return state
    start = max(state.interval_start, ended, key=_utc)
    return replace(state, paused_until=None, interval_start=start)


# --- gaps: restarts, suspend, lock, clock changes ----------------------------------------------


def _is_a_break(gap: timedelta, settings: PlanSettings) -> bool:
    """Away longer than a long break: that was a (long) break."""
    return gap > timedelta(seconds=settings.long_break_seconds)


def shift_countdown(state: ScheduleState, by: timedelta) -> ScheduleState:
    """The countdown stood still for `by` (negative: the clock went back by that much).

    The interval start and a snooze move; a pause keeps the end the user was shown.
    """
    snoozed = state.snoozed_until
    return replace(
        state,
        interval_start=_plus(state.interval_start, by),
        snoozed_until=_plus(snoozed, by) if snoozed is not None else None,
    )


def after_gap(
    state: ScheduleState, settings: PlanSettings, gap_started: datetime, gap_ended: datetime
) -> tuple[ScheduleState, bool]:
    """The machine slept, or the screen was locked, from `gap_started` to `gap_ended`.

    Longer than a long break: that was a natural long break (True; log it with kind "long"): the
    interval starts afresh at `gap_ended`, the count towards a long break and the snoozes reset,
    a pause stays. Shorter: the countdown stood still meanwhile (False), as for a short absence
    in `core.presence`, so the break comes as late as the gap was long.
    """
    gap = _utc(gap_ended) - _utc(gap_started)
    if _is_a_break(gap, settings):
        return after_break(state, BreakKind.LONG, gap_ended), True
    return shift_countdown(state, max(gap, timedelta(0))), False


def on_clock_change(state: ScheduleState, old_now: datetime, new_now: datetime) -> ScheduleState:
    """The wall clock was set from `old_now` to `new_now` while (almost) no real time passed.

    The countdown keeps what was left of it, so exactly one break comes, on time: a clock set an
    hour back does not add an hour to the wait, one set forward does not make a break overdue.
    `old_now` is the time the clock would show had it not been set: the previous reading plus
    the monotonic time since (see `detect_gap`). A DST change moves no instant: no call needed.
    """
    return shift_countdown(state, _utc(new_now) - _utc(old_now))


def detect_gap(
    previous_wall: datetime,
    previous_mono: float,
    now_wall: datetime,
    now_mono: float,
    tolerance_s: float = JUMP_TOLERANCE_S,
) -> float:
    """Seconds the wall clock moved beyond the monotonic clock between two readings; 0.0 if none.

    Positive: a suspend (on Linux CLOCK_MONOTONIC stops while the machine sleeps) or the clock
    set forward, which cannot be told apart from the clocks alone. Negative: the clock set back.
    Aware times compare as instants, so a DST change is no jump; naive ones are refused.
    """
    if previous_wall.tzinfo is None or now_wall.tzinfo is None:
        raise ValueError("detect_gap needs timezone-aware wall-clock times")
    wall = (_utc(now_wall) - _utc(previous_wall)).total_seconds()
    drift = wall - (now_mono - previous_mono)
    return drift if abs(drift) > tolerance_s else 0.0


def restore(state: ScheduleState, settings: PlanSettings, now: datetime) -> ScheduleState:
    """After a restart: the countdown, snoozes and pause carry on, unless the app was off longer
    than a long break, which counts as one (as in `after_gap`; a pause still stays).

    A clock that reads earlier than the save cannot tell how long the app was off: afresh too.
    Working hours need nothing here: `next_break` applies them to whatever is restored.
    """
    off = _utc(now) - _utc(state.saved_at or state.interval_start)
    if off < timedelta(0) or _is_a_break(off, settings):
        state = after_break(state, BreakKind.LONG, now)
    return expire_pause(state, now)


# --- pauses ------------------------------------------------------------------------------------


def start_of_next_working_day(now: datetime, settings: PlanSettings) -> datetime:
    """The start of the first working day after today (08:00 without working hours).

    Before `NIGHT_ENDS` today is still yesterday, so "until tomorrow" at 01:00 ends this morning.
    """
    zone = _zone(now)
    wall = _wall(now, zone)
    today = wall.date() - timedelta(days=1 if wall.time() < NIGHT_ENDS else 0)
    if settings.working_hours_enabled:
        for offset in range(1, HORIZON_DAYS + 1):
            day = today + timedelta(days=offset)
            starts = [start for start, _ in settings.day_ranges(day.weekday())]
            if starts and (begins := _at(day, min(starts), zone)) > _utc(now):
                return _wall(begins, zone)
    return _wall(_at(today + timedelta(days=1), MORNING, zone), zone)


def pause_until(
    kind: str, minutes: int | None, now: datetime, settings: PlanSettings
) -> datetime | None:
    """When a pause asked for as (kind, minutes) from `protocol.parse_pause` ends; None = no end."""
    if kind == "indefinitely":
        return None
    if kind == "until-tomorrow":
        return start_of_next_working_day(now, settings)
    if minutes is None:
        raise ValueError("a pause in minutes needs a number of minutes")
    return _plus(now, timedelta(minutes=minutes))
