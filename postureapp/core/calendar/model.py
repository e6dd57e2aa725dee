"""Busy times as the planner sees them: aware intervals, sorted, each with its title and calendar.

Titles travel with the events so that `postureapp status` can name the meeting a break waits
for; whether it may is the user's choice (`schedule.calendar_titles`), applied where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

#: The largest calendar read (a year of a busy work calendar is a few MB).
MAX_BYTES = 32 * 1024 * 1024
#: How far a break waits for a meeting unless the user says otherwise (minutes).
DEFAULT_LEAD_MINUTES = 5


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


@dataclass(frozen=True, order=True)
class BusyEvent:
    """One occurrence of an event that makes the user busy, from `start` up to `end`."""

    start: datetime
    end: datetime
    title: str = field(default="", compare=False)
    calendar: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("busy events need timezone-aware times")
        object.__setattr__(self, "start", _utc(self.start))
        object.__setattr__(self, "end", _utc(self.end))

    def covers(self, moment: datetime) -> bool:
        return self.start <= _utc(moment) < self.end

    @property
    def length(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class Busy:
    """What the planner needs to place breaks around events.

    `events` sorted by start (overlaps allowed); `lead`: no break falls due this long before an
    event; `now`: a break cannot be moved earlier into the past (None: not known, no limit).
    """

    events: tuple[BusyEvent, ...] = ()
    lead: timedelta = timedelta(minutes=DEFAULT_LEAD_MINUTES)
    now: datetime | None = None

    @classmethod
    def of(
        cls, events: list[BusyEvent] | tuple[BusyEvent, ...], lead_minutes: int, now: datetime
    ) -> Busy:
        return cls(tuple(sorted(events)), timedelta(minutes=lead_minutes), now)

    def during(self, moment: datetime) -> BusyEvent | None:
        """The event `moment` falls in (of several, the one that ends last); None when free."""
        found = [event for event in self.events if event.covers(moment)]
        return max(found, key=lambda event: event.end, default=None)

    def next_start(self, moment: datetime) -> BusyEvent | None:
        """The first event that starts after `moment`."""
        instant = _utc(moment)
        return next((event for event in self.events if event.start > instant), None)
