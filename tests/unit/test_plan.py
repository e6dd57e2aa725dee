from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from postureapp.core import plan, schedule_file
from postureapp.core.plan import ScheduleState, SnoozeRefused

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class S:
    short_interval_minutes: int = 30
    long_every: int = 4
    long_break_seconds: int = 240
    short_break_seconds: int = 40
    notice_seconds: int = 30
    snooze_minutes: int = 5
    snooze_cap: int = 2
    strict: bool = False
    working_hours_enabled: bool = False
    week: tuple[plan.TimeRanges, ...] = ((),) * 7
    fixed_times: tuple[time, ...] = ()
    fixed_days: frozenset[str] = frozenset()

    def day_ranges(self, weekday: int) -> plan.TimeRanges:
        return self.week[weekday]


def test_first_break_comes_one_interval_after_start() -> None:
    nxt = plan.next_break(ScheduleState.fresh(T0), S())
    assert nxt == plan.PlannedBreak(T0 + timedelta(minutes=30), "short", "interval")


def test_every_fourth_break_is_long_and_the_count_restarts_after_it() -> None:
    state, kinds, now = ScheduleState.fresh(T0), [], T0
    for _ in range(8):
        nxt = plan.next_break(state, S())
        assert nxt is not None
        kinds.append(nxt.kind)
        now = nxt.at + timedelta(seconds=40)
        state = plan.after_break(state, nxt.kind, now)
    assert kinds == ["short", "short", "short", "long"] * 2


def test_long_breaks_can_be_turned_off() -> None:
    state = ScheduleState(interval_start=T0, breaks_towards_long=10)
    assert plan.kind_of_next(state, S(long_every=0)) == "short"


def test_snooze_postpones_and_the_third_in_a_row_is_refused() -> None:
    state = ScheduleState.fresh(T0)
    due = T0 + timedelta(minutes=30)
    state = plan.snooze(state, S(), due)
    assert plan.next_break(state, S()) == plan.PlannedBreak(
        due + timedelta(minutes=5), "short", "snooze"
    )
    state = plan.snooze(state, S(), due + timedelta(minutes=5))
    assert not plan.can_snooze(state, S())
    with pytest.raises(SnoozeRefused, match="limit is 2"):
        plan.snooze(state, S(), due + timedelta(minutes=10))
    # taking the break clears the count
    state = plan.after_break(state, "short", due + timedelta(minutes=11))
    assert state.snoozes_in_row == 0 and plan.can_snooze(state, S())


def test_strict_mode_refuses_every_snooze() -> None:
    with pytest.raises(SnoozeRefused, match="strict"):
        plan.snooze(ScheduleState.fresh(T0), S(strict=True), T0)


def test_pause_for_an_hour_then_a_full_interval() -> None:
    state = plan.pause(ScheduleState.fresh(T0), T0 + timedelta(hours=1))
    nxt = plan.next_break(state, S())
    assert nxt == plan.PlannedBreak(T0 + timedelta(hours=1, minutes=30), "short", "after-pause")
    expired = plan.expire_pause(state, T0 + timedelta(hours=1, minutes=1))
    assert not expired.paused and expired.interval_start == T0 + timedelta(hours=1)


def test_indefinite_pause_plans_nothing_until_resumed() -> None:
    state = plan.pause(ScheduleState.fresh(T0), None)
    assert plan.next_break(state, S()) is None
    state = plan.resume(state, T0 + timedelta(hours=3))
    assert plan.next_break(state, S()).at == T0 + timedelta(hours=3, minutes=30)  # type: ignore[union-attr]


def test_pause_until_tomorrow_ends_next_morning_or_at_the_next_working_period() -> None:
    evening = datetime(2026, 3, 6, 18, 0).astimezone()  # a Friday
    until = plan.pause_until("until-tomorrow", None, evening, S())
    assert until is not None and until.date() == evening.date() + timedelta(days=1)
    assert (until.hour, until.minute) == (8, 0)

    mondays_only = S(working_hours_enabled=True, week=(((time(9, 30), time(17)),),) + ((),) * 6)
    until = plan.pause_until("until-tomorrow", None, evening, mondays_only)
    assert until is not None and until.strftime("%a %H:%M") == "Mon 09:30"


def test_restart_keeps_the_countdown_but_a_long_absence_starts_afresh() -> None:
    state = ScheduleState(
        interval_start=T0, breaks_towards_long=2, saved_at=T0 + timedelta(minutes=10)
    )
    kept = plan.restore(state, S(), T0 + timedelta(minutes=12))
    assert plan.next_break(kept, S()).at == T0 + timedelta(minutes=30)  # type: ignore[union-attr]
    assert kept.breaks_towards_long == 2
    later = T0 + timedelta(minutes=10, seconds=241)
    fresh = plan.restore(state, S(), later)
    assert fresh.interval_start == later and fresh.breaks_towards_long == 0


def test_state_survives_a_round_trip_through_the_file(tmp_path: Path) -> None:
    state = ScheduleState(
        interval_start=T0,
        breaks_towards_long=3,
        snoozes_in_row=1,
        snoozed_until=T0 + timedelta(minutes=35),
        paused_until=None,
    )
    path = tmp_path / "state" / "schedule.json"
    schedule_file.save_state(path, state, T0 + timedelta(minutes=31))
    loaded = schedule_file.load_state(path)
    assert loaded == replace(state, saved_at=T0 + timedelta(minutes=31)), "every field"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            '{"interval_start": "yesterday"}',
            "interval_start: expected an ISO 8601 time with a UTC offset.*found 'yesterday'",
        ),
        (
            '{"interval_start": "2026-03-02T09:00:00"}',
            "interval_start: expected an ISO 8601 time with a UTC offset",
        ),
        (
            '{"interval_start": "2026-03-02T09:00:00+00:00", "snoozes_in_row": -1}',
            "snoozes_in_row: expected an integer from 0",
        ),
        ("[1, 2]", "expected a JSON object"),
        ("{}", "interval_start: expected .* found nothing"),
        ("[" * 5000 + "]" * 5000, "nested too deep"),
    ],
)
def test_a_damaged_state_file_is_reported_precisely(text: str, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        schedule_file.loads_state(text)
