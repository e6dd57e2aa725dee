"""The range of days the history is looked at over, and the bars a chart cuts it into: where the
day-, week- and month-bars begin, and which day a range starts on at the turn of a year."""

from __future__ import annotations

from datetime import date

import pytest

from postureapp.core.period import (
    DAYS_UP_TO,
    WEEKS_UP_TO,
    Grain,
    Period,
    Preset,
    bucket_start,
    buckets,
    grain_for,
    months_before,
    preset_period,
)

NEW_YEAR = date(2025, 1, 1)


def test_a_range_holds_its_first_and_last_day_and_nothing_else() -> None:
    week = Period(date(2025, 3, 3), date(2025, 3, 9))
    assert week.days == 7
    assert date(2025, 3, 3) in week and date(2025, 3, 9) in week
    assert date(2025, 3, 2) not in week and date(2025, 3, 10) not in week
    assert "2025-03-04" not in week
    assert week.each_day()[0] == date(2025, 3, 3) and week.each_day()[-1] == date(2025, 3, 9)
    assert len(week.each_day()) == 7
    assert Period(NEW_YEAR, NEW_YEAR).each_day() == [NEW_YEAR]


def test_a_range_that_ends_before_it_starts_is_refused_naming_both_days() -> None:
    with pytest.raises(ValueError) as caught:
        Period(date(2025, 3, 9), date(2025, 3, 8))
    assert str(caught.value) == "a period cannot start (2025-03-09) after it ends (2025-03-08)"


def test_months_back_cross_the_turn_of_the_year() -> None:
    assert months_before(date(2025, 1, 31), 1) == date(2024, 12, 31)
    assert months_before(date(2025, 2, 28), 2) == date(2024, 12, 28)
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert months_before(date(2025, 12, 31), 1) == date(2025, 11, 30)
    assert months_before(date(2025, 12, 15), 0) == date(2025, 12, 15)
    assert months_before(date(2025, 11, 30), 11) == date(2024, 12, 30)


def test_the_presets_at_new_year() -> None:
    assert preset_period(Preset.WEEK, NEW_YEAR) == Period(date(2024, 12, 26), NEW_YEAR)
    assert preset_period(Preset.MONTH, NEW_YEAR) == Period(date(2024, 12, 3), NEW_YEAR)
    assert preset_period(Preset.QUARTER, NEW_YEAR) == Period(date(2024, 10, 2), NEW_YEAR)
    assert preset_period(Preset.YEAR, NEW_YEAR) == Period(date(2024, 1, 2), NEW_YEAR)
    later = date(2025, 2, 1)
    assert preset_period(Preset.ALL, NEW_YEAR, later) == Period(NEW_YEAR, NEW_YEAR)
    with pytest.raises(ValueError) as caught:
        preset_period(Preset.CUSTOM, NEW_YEAR)
    assert str(caught.value) == "a from–to range has no preset days; make a Period of its own"


def test_a_bar_a_day_up_to_two_months_a_week_up_to_about_a_year() -> None:
    def days(n: int) -> Period:
        return Period(NEW_YEAR, date.fromordinal(NEW_YEAR.toordinal() + n - 1))

    assert (DAYS_UP_TO, WEEKS_UP_TO) == (62, 400)
    assert grain_for(days(1)) is Grain.DAY
    assert grain_for(days(62)) is Grain.DAY
    assert grain_for(days(63)) is Grain.WEEK
    assert grain_for(days(400)) is Grain.WEEK
    assert grain_for(days(401)) is Grain.MONTH


def test_each_bar_begins_on_its_day_its_monday_or_the_first_of_its_month() -> None:
    sunday = date(2025, 3, 9)
    assert bucket_start(sunday, Grain.DAY) == sunday
    assert bucket_start(sunday, Grain.WEEK) == date(2025, 3, 3)
    assert bucket_start(date(2025, 3, 3), Grain.WEEK) == date(2025, 3, 3)
    assert bucket_start(sunday, Grain.MONTH) == date(2025, 3, 1)


def test_bars_cover_the_range_once_and_are_cut_at_its_edges() -> None:
    days = buckets(Period(date(2024, 12, 31), NEW_YEAR), Grain.DAY)
    assert days == [Period(date(2024, 12, 31), date(2024, 12, 31)), Period(NEW_YEAR, NEW_YEAR)]
    weeks = buckets(Period(date(2024, 12, 29), date(2025, 1, 13)), Grain.WEEK)
    assert weeks == [
        Period(date(2024, 12, 29), date(2024, 12, 29)),
        Period(date(2024, 12, 30), date(2025, 1, 5)),
        Period(date(2025, 1, 6), date(2025, 1, 12)),
        Period(date(2025, 1, 13), date(2025, 1, 13)),
    ]
    months = buckets(Period(date(2024, 11, 30), date(2025, 2, 1)), Grain.MONTH)
    assert months == [
        Period(date(2024, 11, 30), date(2024, 11, 30)),
        Period(date(2024, 12, 1), date(2024, 12, 31)),
        Period(NEW_YEAR, date(2025, 1, 31)),
        Period(date(2025, 2, 1), date(2025, 2, 1)),
    ]
    assert buckets(Period(NEW_YEAR, NEW_YEAR), Grain.MONTH) == [Period(NEW_YEAR, NEW_YEAR)]
