"""Ranges of local days the history is looked at over: the presets, from–to, and how a range is cut
into bars (days for a few weeks, weeks for up to a year or so, months beyond).

Pure dates: the window, `postureapp stats` and the report agree on what "the last 3 months" is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Preset(StrEnum):
    """A range the history window offers; each ends today, CUSTOM is from–to."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ALL = "all"
    CUSTOM = "custom"


class Grain(StrEnum):
    """How many days one bar of a chart holds."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


#: A range of up to this many days gets a bar per day, up to WEEKS_UP_TO a bar per week.
DAYS_UP_TO = 62
WEEKS_UP_TO = 400


@dataclass(frozen=True)
class Period:
    """The local days `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"a period cannot start ({self.first}) after it ends ({self.last})")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def each_day(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range(self.days)]


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, or that month's last day if it is shorter."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (following - timedelta(days=1)).day))


def preset_period(preset: Preset, today: date, first_logged: date | None = None) -> Period:
    """The days a preset covers, ending today. ALL starts at the first logged day (or today).

    A month back from 15 May starts on 16 April: the range holds the same day once, not twice.
    """
    if preset is Preset.WEEK:
        return Period(today - timedelta(days=6), today)
    if preset is Preset.MONTH:
        return Period(today - timedelta(days=29), today)
    if preset is Preset.QUARTER:
        return Period(months_before(today, 3) + timedelta(days=1), today)
    if preset is Preset.YEAR:
        return Period(months_before(today, 12) + timedelta(days=1), today)
    if preset is Preset.ALL:
        return Period(min(first_logged or today, today), today)
    raise ValueError("a from–to range has no preset days; make a Period of its own")


def grain_for(period: Period) -> Grain:
    if period.days <= DAYS_UP_TO:
        return Grain.DAY
    if period.days <= WEEKS_UP_TO:
        return Grain.WEEK
    return Grain.MONTH


def bucket_start(day: date, grain: Grain) -> date:
    """The first day of the bar `day` falls in: itself, its week's Monday, its month's first."""
    if grain is Grain.DAY:
        return day
    if grain is Grain.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def buckets(period: Period, grain: Grain) -> list[Period]:
    """The bars of `period`, oldest first; the first and last are cut to the period's edges."""
    result: list[Period] = []
    start = period.first
    while start <= period.last:
        if grain is Grain.DAY:
            following = start + timedelta(days=1)
        elif grain is Grain.WEEK:
            following = bucket_start(start, grain) + timedelta(days=7)
        else:
            following = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        end = min(following - timedelta(days=1), period.last)
        result.append(Period(start, end))
        start = following
    return result
