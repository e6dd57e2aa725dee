"""When is the next break, of which kind, and why: a pure function of (state, settings, now).

The scheduler only carries out what this module decides. Every event the user or the system
causes (a break ends, a snooze, a pause, a restart) is a function from one `ScheduleState` to the
next, so the whole day can be replayed on a fake clock.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Literal, Protocol

BreakKind = Literal["short", "long"]

#: Why a break falls due when it does; shown by `postureapp status`.
REASONS = ("interval", "long", "snooze", "after-pause", "fixed-time", "working-hours-start")


class PlanSettings(Protocol):
    """The settings the planner reads (core.settings.Settings provides them)."""

    @property
    def short_interval_minutes(self) -> int: ...
    @property
    def long_every(self) -> int: ...
    @property
    def long_break_seconds(self) -> int: ...
    @property
    def snooze_minutes(self) -> int: ...
    @property
    def snooze_cap(self) -> int: ...
    @property
    def strict(self) -> bool: ...


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
    """The next break: when, which kind, and the reason the user is shown."""

    at: datetime
    kind: BreakKind
    reason: str


def kind_of_next(state: ScheduleState, settings: PlanSettings) -> BreakKind:
    """Every Nth break is a long one; long_every = 0 turns long breaks off."""
    every = settings.long_every
    if every > 0 and state.breaks_towards_long >= every - 1:
        return "long"
    return "short"


def next_break(state: ScheduleState, settings: PlanSettings) -> PlannedBreak | None:
    """The next break, or None while paused without an end."""
    if state.paused_indefinitely:
        return None
    kind = kind_of_next(state, settings)
    interval = timedelta(minutes=settings.short_interval_minutes)
    if state.paused_until is not None:
        return PlannedBreak(state.paused_until + interval, kind, "after-pause")
    if state.snoozed_until is not None:
        return PlannedBreak(state.snoozed_until, kind, "snooze")
    return PlannedBreak(
        state.interval_start + interval, kind, "long" if kind == "long" else "interval"
    )


def after_break(state: ScheduleState, kind: str, now: datetime) -> ScheduleState:
    """A break ended (done, skipped or taken naturally): the interval starts again from now."""
    return replace(
        state,
        interval_start=now,
        breaks_towards_long=0 if kind == "long" else state.breaks_towards_long + 1,
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
        snoozed_until=now + timedelta(minutes=settings.snooze_minutes),
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
    """A timed pause that has run out becomes a plain interval counted from its end."""
    if state.paused_until is not None and state.paused_until <= now:
        return replace(state, paused_until=None, interval_start=state.paused_until)
    return state


def restore(state: ScheduleState, settings: PlanSettings, now: datetime) -> ScheduleState:
    """After a restart: keep the countdown, unless the app was off longer than a long break."""
    gone = now - (state.saved_at or state.interval_start)
    if gone > timedelta(seconds=settings.long_break_seconds) or gone < timedelta(0):
        fresh = ScheduleState.fresh(now)
        return replace(
            fresh, paused_until=state.paused_until, paused_indefinitely=state.paused_indefinitely
        )
    return expire_pause(state, now)


# --- persistence -------------------------------------------------------------------------------


def _to_json(state: ScheduleState) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in asdict(state).items():
        out[key] = value.isoformat() if isinstance(value, datetime) else value
    return out


_DATETIME_FIELDS = ("interval_start", "snoozed_until", "paused_until", "saved_at")


def dumps_state(state: ScheduleState) -> str:
    return json.dumps(_to_json(state), indent=2, sort_keys=True)


def loads_state(text: str) -> ScheduleState:
    """Parse a saved state; raises ValueError with the field that is wrong."""
    raw = json.loads(text)
    if not isinstance(raw, dict):
        raise ValueError("expected a JSON object")
    values: dict[str, object] = {}
    for key in _DATETIME_FIELDS:
        item = raw.get(key)
        if item is None:
            values[key] = None
            continue
        if not isinstance(item, str):
            raise ValueError(f"{key}: expected an ISO 8601 time, found {item!r}")
        parsed = datetime.fromisoformat(item)
        if parsed.tzinfo is None:
            raise ValueError(f"{key}: expected a time with a UTC offset, found {item!r}")
        values[key] = parsed
    if values["interval_start"] is None:
        raise ValueError("interval_start: missing")
    for key in ("breaks_towards_long", "snoozes_in_row"):
        number = raw.get(key, 0)
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise ValueError(f"{key}: expected a whole number >= 0, found {number!r}")
        values[key] = number
    flag = raw.get("paused_indefinitely", False)
    if not isinstance(flag, bool):
        raise ValueError(f"paused_indefinitely: expected true or false, found {flag!r}")
    values["paused_indefinitely"] = flag
    return ScheduleState(**values)  # type: ignore[arg-type]


def save_state(path: Path, state: ScheduleState, now: datetime) -> None:
    """Write atomically, stamped with the time, so a restart can tell how long the app was off."""
    from postureapp.core.files import atomic_write_text

    atomic_write_text(path, dumps_state(replace(state, saved_at=now)) + "\n")


def load_state(path: Path) -> ScheduleState | None:
    """The saved state, or None when there is none or it cannot be read (it is then kept aside)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return loads_state(text)


# --- pauses ------------------------------------------------------------------------------------

#: Where a pause "until tomorrow" ends when no working hours are set.
MORNING = time(8, 0)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def local_at(day: date, at: time) -> datetime:
    """`day` at wall-clock `at` in the system's local zone, with the offset in force that day."""
    return datetime.combine(day, at).astimezone()


def start_of_next_working_day(now: datetime, settings: object) -> datetime:
    """The first working period that begins on a later day than `now` (08:00 without working hours)."""
    enabled = bool(getattr(settings, "working_hours_enabled", False))
    day = now.date()
    for offset in range(1, 8):
        candidate = day + timedelta(days=offset)
        if not enabled:
            return local_at(candidate, MORNING)
        ranges = getattr(settings, WEEKDAYS[candidate.weekday()], ())
        if ranges:
            return local_at(candidate, min(start for start, _ in ranges))
    return local_at(day + timedelta(days=1), MORNING)


def pause_until(kind: str, minutes: int | None, now: datetime, settings: object) -> datetime | None:
    """When a pause asked for as (kind, minutes) from `protocol.parse_pause` ends; None = no end."""
    if kind == "indefinitely":
        return None
    if kind == "until-tomorrow":
        return start_of_next_working_day(now, settings)
    if minutes is None:
        raise ValueError("a pause in minutes needs a number of minutes")
    return now + timedelta(minutes=minutes)
