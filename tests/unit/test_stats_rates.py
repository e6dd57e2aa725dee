"""The completion rate and the streak figures at their edges: breaks offered and none done, and
a day's breaks logged in several outcomes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import count
from pathlib import Path

from postureapp.core.history import BreakLog, BreakRow, Outcome, Trigger
from postureapp.core.stats import Counts, compute, compute_from_log

TODAY = date(2024, 5, 15)
_ids = count(1)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def row(day: date, outcome: Outcome = Outcome.COMPLETED, seconds: int = 60) -> BreakRow:
    n = next(_ids)
    started = datetime.combine(day, time(10, n % 60), UTC)
    return BreakRow(
        id=n,
        uid=f"{n:032x}",
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=started,
        started_at=started,
        ended_at=started + timedelta(seconds=seconds),
        outcome=outcome,
        exercise_ids=(),
        seconds_done=seconds,
    )


def test_breaks_offered_and_none_done_give_a_rate_of_nothing_not_no_rate() -> None:
    rows = [row(TODAY, Outcome.SKIPPED), row(TODAY, Outcome.SNOOZED, seconds=90)]
    stats = compute(rows, today=TODAY, streak_min=1)
    assert stats.completion_rate == 0.0
    assert stats.today == Counts(completed=0, total=2)
    assert (stats.current_streak, stats.best_streak, stats.minutes_exercised) == (0, 0, 0)


def test_a_days_completed_breaks_count_whatever_else_happened_that_day(tmp_path: Path) -> None:
    rows = [
        row(days_ago(1), Outcome.SKIPPED),
        row(days_ago(1)),
        row(days_ago(1), Outcome.PARTIAL, seconds=30),
        row(days_ago(1)),
        row(days_ago(1), Outcome.SNOOZED),
        row(TODAY),
        row(TODAY, Outcome.SKIPPED),
    ]
    stats = compute(rows, today=TODAY, streak_min=2)
    assert (stats.current_streak, stats.best_streak) == (1, 1)
    assert dict(stats.per_day)[days_ago(1)] == 2
    assert stats.completion_rate == 3 / 7
    assert stats.minutes_exercised == 3.5
    log, _ = BreakLog.open(tmp_path / "b.sqlite3", now=datetime(2024, 6, 1, tzinfo=UTC))
    with log:
        log.import_rows(rows)
        assert compute_from_log(log, today=TODAY, streak_min=2) == stats


def test_this_month_ends_on_its_last_day_and_this_week_on_sunday() -> None:
    rows = [
        row(date(2024, 5, 31)),
        row(date(2024, 6, 1)),
        row(date(2024, 5, 19)),  # Sunday of this week
        row(date(2024, 5, 20)),  # Monday of the next
    ]
    stats = compute(rows, today=TODAY, streak_min=1)
    assert stats.this_week == Counts(completed=1, total=1)
    assert stats.this_month == Counts(completed=3, total=3)


def test_december_runs_to_new_years_eve_and_february_to_its_last_day() -> None:
    december = [row(date(2023, 12, 31)), row(date(2024, 1, 1)), row(date(2023, 12, 1))]
    stats = compute(december, today=date(2023, 12, 10), streak_min=1)
    assert stats.this_month == Counts(completed=2, total=2)
    february = [row(date(2024, 2, 29)), row(date(2024, 3, 1)), row(date(2024, 1, 31))]
    stats = compute(february, today=date(2024, 2, 10), streak_min=1)
    assert stats.this_month == Counts(completed=1, total=1)


def test_on_the_31st_this_month_counts_from_the_first_in_the_log_too(tmp_path: Path) -> None:
    today = date(2024, 5, 31)
    rows = [row(date(2024, 5, 1)), row(date(2024, 5, 1), Outcome.SKIPPED), row(date(2024, 4, 30))]
    expected = compute(rows, today=today, streak_min=1)
    assert expected.this_month == Counts(completed=1, total=2)
    log, _ = BreakLog.open(tmp_path / "b.sqlite3", now=datetime(2024, 6, 1, tzinfo=UTC))
    with log:
        log.import_rows(rows)
        assert compute_from_log(log, today=today, streak_min=1) == expected


def test_a_run_after_a_one_day_gap_counts_whole_as_the_best() -> None:
    rows = [row(days_ago(n)) for n in (7, 5, 4, 3)]
    stats = compute(rows, today=TODAY, streak_min=1)
    assert (stats.current_streak, stats.best_streak) == (0, 3)
