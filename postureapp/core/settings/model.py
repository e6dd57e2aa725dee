"""The settings in effect: always valid, because construction checks each value against FIELDS."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from postureapp.core.settings.fields import FIELDS, field_for
from postureapp.core.settings.kinds import SettingValue, Sources, TimeRanges, Times, Weights
from postureapp.core.terms import WEEKDAYS, BreakKind


@dataclass(frozen=True)
class Settings:
    """The values in effect; always valid, because construction checks each against its Field.

    The attributes are written out so that type checkers see them; a test holds them to FIELDS.
    """

    short_interval_minutes: int
    short_break_seconds: int
    long_every: int
    long_break_seconds: int
    notice_seconds: int
    snooze_minutes: int
    snooze_cap: int
    strict: bool
    working_hours_enabled: bool
    mon: TimeRanges
    tue: TimeRanges
    wed: TimeRanges
    thu: TimeRanges
    fri: TimeRanges
    sat: TimeRanges
    sun: TimeRanges
    fixed_times: Times
    fixed_days: frozenset[str]
    wait_for_fullscreen: bool
    wait_for_dnd: bool
    wait_for_calls: bool
    max_wait_minutes: int
    calendars: Sources
    calendar_lead_minutes: int
    calendar_refresh_minutes: int
    calendar_titles: bool
    areas: frozenset[str]
    positions: frozenset[str]
    equipment: frozenset[str]
    custom_folder: Path | None
    weights: Weights
    sound: bool
    theme: str
    start_at_login: bool
    idle_threshold_minutes: int
    checkins: bool
    motion: str
    streak_min_breaks: int
    posture_sensing: bool
    readings_per_minute: int
    slouch_percent: int
    slouch_minutes: int

    def __post_init__(self) -> None:
        for field in FIELDS:
            object.__setattr__(self, field.name, field.parse(getattr(self, field.name)))

    @classmethod
    def defaults(cls) -> Settings:
        return cls.from_values({})

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> Settings:
        """Build from attribute names; whatever is missing takes its default."""
        return cls(**{field.name: values.get(field.name, field.default) for field in FIELDS})

    def get(self, key: str) -> SettingValue:
        value: SettingValue = getattr(self, field_for(key).name)
        return value

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def with_value(self, key: str, value: object) -> Settings:
        return self.replace(**{field_for(key).name: value})

    def break_seconds(self, kind: str) -> int:
        """How long a break of `kind` lasts."""
        return self.long_break_seconds if kind == BreakKind.LONG else self.short_break_seconds

    def day_ranges(self, weekday: int) -> TimeRanges:
        """Working hours for `date.weekday()` (0 = Monday)."""
        ranges: TimeRanges = getattr(self, WEEKDAYS[weekday].value)
        return ranges


def diff(a: Settings, b: Settings) -> list[str]:
    """The keys whose values differ, in declared order."""
    return [field.key for field in FIELDS if getattr(a, field.name) != getattr(b, field.name)]
