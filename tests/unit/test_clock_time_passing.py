"""The clock every decision reads: the fake one moves only when told, and real time is summed in
UTC so that a DST change neither adds an hour to a countdown nor takes one away."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from postureapp.core.clock import FakeClock, SystemClock, between, plus

BERLIN = ZoneInfo("Europe/Berlin")
#: Half an hour before the clocks in Berlin go forward from 02:00 to 03:00 (30 March 2025).
BEFORE_SPRING = datetime(2025, 3, 30, 1, 30, tzinfo=BERLIN)


def test_a_fake_clock_needs_a_time_with_a_zone() -> None:
    with pytest.raises(ValueError) as caught:
        FakeClock(datetime(2025, 3, 4, 9, 0))
    assert str(caught.value) == "FakeClock needs a timezone-aware start time"


def test_a_fake_clock_stands_still_until_time_passes() -> None:
    clock = FakeClock(datetime(2025, 3, 4, 9, 0, tzinfo=UTC))
    assert clock.now() == datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
    assert clock.monotonic() == 1000.0
    assert clock.advance(90) == datetime(2025, 3, 4, 9, 1, 30, tzinfo=UTC)
    assert clock.advance(minutes=2) == datetime(2025, 3, 4, 9, 3, 30, tzinfo=UTC)
    assert clock.advance() == datetime(2025, 3, 4, 9, 3, 30, tzinfo=UTC)
    assert (clock.now(), clock.monotonic()) == (datetime(2025, 3, 4, 9, 3, 30, tzinfo=UTC), 1210.0)


def test_a_suspend_moves_the_wall_clock_only() -> None:
    clock = FakeClock(datetime(2025, 3, 4, 9, 0, tzinfo=UTC))
    assert clock.jump_wall(3600) == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    assert clock.jump_wall(-600) == datetime(2025, 3, 4, 9, 50, tzinfo=UTC)
    assert (clock.now(), clock.monotonic()) == (datetime(2025, 3, 4, 9, 50, tzinfo=UTC), 1000.0)


def test_setting_the_clock_moves_the_monotonic_clock_forward_only() -> None:
    clock = FakeClock(datetime(2025, 3, 4, 9, 0, tzinfo=UTC))
    clock.set(datetime(2025, 3, 4, 10, 30, tzinfo=BERLIN))  # 09:30 UTC
    assert clock.now() == datetime(2025, 3, 4, 10, 30, tzinfo=BERLIN)
    assert clock.now().tzinfo is BERLIN
    assert clock.monotonic() == 2800.0
    clock.set(datetime(2025, 3, 4, 9, 0, tzinfo=UTC))
    assert clock.monotonic() == 2800.0, "set back: the monotonic clock never goes back"


def test_a_fake_clock_counts_real_time_across_a_dst_change() -> None:
    clock = FakeClock(BEFORE_SPRING)
    after = clock.advance(minutes=60)
    assert after == datetime(2025, 3, 30, 3, 30, tzinfo=BERLIN)
    assert (after.hour, after.tzinfo) == (3, BERLIN)
    assert clock.jump_wall(-3600) == BEFORE_SPRING
    assert clock.jump_wall(-3600).tzinfo is BERLIN


def test_real_time_sums_keep_the_zone_and_count_the_hour_a_dst_change_skips() -> None:
    later = plus(BEFORE_SPRING, timedelta(hours=1))
    assert (later.hour, later.minute, later.tzinfo) == (3, 30, BERLIN)
    assert between(BEFORE_SPRING, later) == timedelta(hours=1)
    assert between(later, BEFORE_SPRING) == timedelta(hours=-1)
    wall = datetime(2025, 3, 30, 3, 30, tzinfo=BERLIN)
    assert wall - BEFORE_SPRING == timedelta(hours=2), "what Python's own sum would say"


def test_the_system_clock_gives_local_aware_time_and_a_clock_that_never_goes_back() -> None:
    clock = SystemClock()
    now = clock.now()
    assert now.tzinfo is not None and abs(now - datetime.now(UTC)) < timedelta(minutes=1)
    first = clock.monotonic()
    assert clock.monotonic() >= first > 0
