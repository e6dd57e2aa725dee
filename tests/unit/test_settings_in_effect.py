"""The settings in effect: a value read by its key, a change checked like a typed one, the
working hours of each weekday, how long each kind of break lasts, and which keys two differ in."""

from __future__ import annotations

from datetime import time

import pytest

from postureapp.core.settings import SettingError, Settings, UnknownSetting, diff
from postureapp.core.terms import BreakKind

HOURS = ((time(8), time(12)),)


def test_each_weekday_has_its_own_working_hours() -> None:
    week = Settings.defaults().replace(
        mon=HOURS, tue=(), wed="09:00-10:00", thu=(), fri=(), sat="10:00-11:00", sun="07:00-08:00"
    )
    assert [week.day_ranges(day) for day in range(7)] == [
        HOURS,
        (),
        ((time(9), time(10)),),
        (),
        (),
        ((time(10), time(11)),),
        ((time(7), time(8)),),
    ]


def test_a_break_lasts_as_long_as_its_kind_says() -> None:
    settings = Settings.defaults().replace(short_break_seconds=45, long_break_seconds=600)
    assert settings.break_seconds(BreakKind.LONG) == 600
    assert settings.break_seconds(BreakKind.SHORT) == 45
    assert settings.break_seconds("long") == 600


def test_a_value_is_read_and_changed_by_its_key_and_checked() -> None:
    settings = Settings.defaults()
    assert settings.get("schedule.fixed_days") == frozenset({"mon", "tue", "wed", "thu", "fri"})
    assert settings.get("breaks.long_every") == 4
    changed = settings.with_value("breaks.long_every", 6)
    assert (changed.long_every, settings.long_every) == (6, 4)
    assert changed.with_value("schedule.sat", "10:00-12:00").sat == ((time(10), time(12)),)
    with pytest.raises(SettingError) as caught:
        settings.with_value("breaks.long_every", 99)
    assert str(caught.value).startswith("breaks.long_every: must be a whole number from 0 to ")
    with pytest.raises(UnknownSetting):
        settings.get("breaks.nothing")


def test_settings_from_some_values_take_the_defaults_for_the_rest() -> None:
    some = Settings.from_values({"strict": True, "sat": HOURS})
    assert some == Settings.defaults().replace(strict=True, sat=HOURS)
    assert diff(Settings.defaults(), some) == ["breaks.strict", "schedule.sat"]
    assert diff(some, some) == []
    with pytest.raises(SettingError):
        Settings.from_values({"strict": "yes"})
