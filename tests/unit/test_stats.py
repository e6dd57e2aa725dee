"""Statistics: the figures the history window and `postureapp stats` show."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import count
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, BreakRow, Outcome, Trigger
from postureapp.core.stats import PER_DAY_WINDOW, Counts, compute, compute_from_log

TODAY = date(2024, 5, 15)  # a Wednesday
_ids = count(1)


def row(
    day: date,
    outcome: Outcome = Outcome.COMPLETED,
    *exercises: str,
    at: time = time(10, 0),
    seconds: int = 60,
    offset_hours: float = 0,
) -> BreakRow:
    started = datetime.combine(day, at, timezone(timedelta(hours=offset_hours)))
    n = next(_ids)
    return BreakRow(
        id=n,
        uid=f"{n:032x}",
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=started,
        started_at=started,
        ended_at=None if outcome is Outcome.RUNNING else started + timedelta(seconds=seconds),
        outcome=outcome,
        exercise_ids=exercises,
        seconds_done=seconds,
    )


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def completed_on(*days: date, per_day: int = 2) -> list[BreakRow]:
    return [row(day) for day in days for _ in range(per_day)]


def test_nothing_logged_gives_zeros_and_no_rate() -> None:
    stats = compute([], today=TODAY, streak_min=2)
    assert stats.today == stats.this_week == stats.this_month == Counts(0, 0)
    assert stats.completion_rate is None
    assert (stats.current_streak, stats.best_streak, stats.minutes_exercised) == (0, 0, 0)
    assert stats.most_done is None and stats.least_done is None
    assert len(stats.per_day) == PER_DAY_WINDOW


def test_an_unfinished_today_keeps_the_streak_and_a_finished_one_extends_it() -> None:
    rows = completed_on(days_ago(1), days_ago(2), days_ago(3))
    unfinished = compute([*rows, row(TODAY)], today=TODAY, streak_min=2)
    assert (unfinished.current_streak, unfinished.best_streak) == (3, 3)
    reached = compute([*rows, row(TODAY), row(TODAY)], today=TODAY, streak_min=2)
    assert (reached.current_streak, reached.best_streak) == (4, 4)


def test_a_missing_day_breaks_the_streak_but_the_best_is_remembered() -> None:
    rows = completed_on(days_ago(1), days_ago(2), days_ago(4), days_ago(5), days_ago(6))
    stats = compute(rows, today=TODAY, streak_min=2)
    assert (stats.current_streak, stats.best_streak) == (2, 3)


def test_a_day_below_the_minimum_or_with_only_skips_breaks_the_streak() -> None:
    rows = [
        *completed_on(days_ago(1), days_ago(3)),
        row(days_ago(2)),
        row(days_ago(2), Outcome.SKIPPED),
        row(days_ago(2), Outcome.NATURAL),
    ]
    stats = compute(rows, today=TODAY, streak_min=2)
    assert (stats.current_streak, stats.best_streak) == (1, 1)


def test_completion_rate_leaves_natural_and_running_breaks_out() -> None:
    rows = [
        *(row(TODAY) for _ in range(3)),
        row(TODAY, Outcome.SKIPPED),
        row(TODAY, Outcome.SNOOZED),
        row(TODAY, Outcome.PARTIAL),
        row(TODAY, Outcome.INTERRUPTED),
        *(row(TODAY, Outcome.NATURAL) for _ in range(10)),
        row(TODAY, Outcome.RUNNING),
    ]
    stats = compute(rows, today=TODAY, streak_min=1)
    assert stats.completion_rate == pytest.approx(3 / 7)
    assert stats.today == Counts(completed=3, total=18)
    only_natural = compute([row(TODAY, Outcome.NATURAL)], today=TODAY, streak_min=1)
    assert only_natural.completion_rate is None


def test_minutes_count_completed_and_partial_breaks_only() -> None:
    rows = [
        row(TODAY, Outcome.COMPLETED, seconds=120),
        row(TODAY, Outcome.PARTIAL, seconds=30),
        row(TODAY, Outcome.SKIPPED, seconds=600),
        row(TODAY, Outcome.NATURAL, seconds=600),
    ]
    assert compute(rows, today=TODAY, streak_min=1).minutes_exercised == pytest.approx(2.5)


def test_each_exercise_counts_once_per_completed_break() -> None:
    rows = [
        row(TODAY, Outcome.COMPLETED, "twist", "twist", "wall-angel"),
        row(TODAY, Outcome.COMPLETED, "twist", "chin-tuck"),
        row(TODAY, Outcome.COMPLETED, "twist", "wall-angel"),
        row(TODAY, Outcome.SKIPPED, "chin-tuck", "chin-tuck"),
        row(TODAY, Outcome.PARTIAL, "chin-tuck"),
    ]
    stats = compute(rows, today=TODAY, streak_min=1)
    assert stats.per_exercise == (("twist", 3), ("wall-angel", 2), ("chin-tuck", 1))
    assert stats.most_done == ("twist", 3)
    assert stats.least_done == ("chin-tuck", 1)


def test_ties_for_most_and_least_done_are_broken_by_name() -> None:
    rows = [row(TODAY, Outcome.COMPLETED, "b-stretch", "a-stretch")]
    stats = compute(rows, today=TODAY, streak_min=1)
    assert stats.most_done == ("a-stretch", 1)
    assert stats.least_done == ("a-stretch", 1)


def test_per_day_covers_the_last_30_days_ending_today() -> None:
    rows = [row(TODAY), row(days_ago(29)), row(days_ago(29)), row(days_ago(30))]
    per_day = dict(compute(rows, today=TODAY, streak_min=1).per_day)
    assert list(per_day) == [days_ago(n) for n in range(29, -1, -1)]
    assert per_day[TODAY] == 1
    assert per_day[days_ago(29)] == 2
    assert sum(per_day.values()) == 3


def test_week_is_monday_to_sunday_and_month_is_the_calendar_month() -> None:
    rows = [
        row(date(2024, 5, 13)),  # Monday of this week
        row(date(2024, 5, 19), Outcome.SKIPPED),  # Sunday of this week
        row(date(2024, 5, 12)),  # Sunday of last week
        row(date(2024, 5, 1)),
        row(date(2024, 4, 30)),
    ]
    stats = compute(rows, today=TODAY, streak_min=1)
    assert stats.this_week == Counts(completed=1, total=2)
    assert stats.this_month == Counts(completed=3, total=4)


def test_breaks_count_on_the_local_day_they_happened() -> None:
    # 23:30 in New York on the 14th is already the 15th in UTC; 00:30 in Berlin on the 15th is
    # still the 14th in UTC. Each counts on the day the user lived it.
    late = row(days_ago(1), at=time(23, 30), offset_hours=-4)
    early = row(TODAY, at=time(0, 30), offset_hours=2)
    stats = compute([late, early], today=TODAY, streak_min=1)
    assert stats.today == Counts(1, 1)
    assert dict(stats.per_day)[days_ago(1)] == 1


def test_streak_min_must_be_positive() -> None:
    with pytest.raises(ValueError, match="streak_min"):
        compute([], today=TODAY, streak_min=0)


def random_rows(rng: random.Random, n: int) -> list[BreakRow]:
    exercises = ["twist", "wall-angel", "chin-tuck", "doorway", "cat-cow"]
    outcomes = [o for o in Outcome if o is not Outcome.RUNNING]
    rows = []
    for _ in range(n):
        offset = rng.choice([-10, -5, -4, 0, 1, 2, 5.5, 9, 14])
        started = datetime(2024, 3, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(90 * 86400))
        local = started.astimezone(timezone(timedelta(hours=offset)))
        rows.append(
            row(
                local.date(),
                rng.choice(outcomes),
                *rng.choices(exercises, k=rng.randrange(4)),
                at=local.time().replace(tzinfo=None),
                seconds=rng.randrange(0, 400),
                offset_hours=offset,
            )
        )
    return rows


def test_per_day_lists_only_the_days_of_a_range_with_a_start() -> None:
    rows = completed_on(days_ago(45), days_ago(40), days_ago(3), per_day=1)
    stats = compute(rows, today=days_ago(2), streak_min=1, since=days_ago(41))
    assert [day for day, _ in stats.per_day] == [days_ago(n) for n in range(41, 1, -1)]
    assert dict(stats.per_day)[days_ago(40)] == 1
    short = compute(rows, today=TODAY, streak_min=1, since=TODAY)
    assert short.per_day == ((TODAY, 0),), "one day: today, nothing done yet"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_aggregation_agrees_with_the_pure_computation(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    rows = random_rows(rng, 800)
    log, _ = BreakLog.open(tmp_path / "b.sqlite3", now=datetime(2024, 6, 1, tzinfo=UTC))
    with log:
        added, _present = log.import_rows(rows)
        assert added == len(rows)
        for today in (date(2024, 4, 10), date(2024, 5, 29)):
            for streak_min in (1, 2):
                expected = compute(rows, today=today, streak_min=streak_min)
                assert compute_from_log(log, today=today, streak_min=streak_min) == expected
        for since, until in (
            (date(2024, 3, 20), date(2024, 4, 20)),
            (date(2024, 5, 20), None),  # starts after the week and month began
            (None, date(2024, 4, 5)),
        ):
            today = until or date(2024, 5, 29)
            window = [
                r for r in rows if (since or date.min) <= r.started_at.date() <= (until or date.max)
            ]
            assert compute_from_log(
                log, today=today, streak_min=2, since=since, until=until
            ) == compute(window, today=today, streak_min=2, since=since)
