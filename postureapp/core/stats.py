"""Figures for the history window and `postureapp stats`, derived from the break log, never stored.

Both entry points reduce their input to the same per-(local day, outcome) totals first, so the
SQL path (fast at 150,000 rows) and the pure path over rows cannot drift apart in their rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from postureapp.core.history import BreakLog, BreakRow, DayOutcomeTotal, Outcome

DEFAULT_STREAK_MIN = 3
PER_DAY_WINDOW = 30
# Outcomes of breaks that were offered and could have been done; natural breaks (taken on the
# user's own initiative) and running ones say nothing about how well the reminders are followed.
RATE_OUTCOMES = frozenset(
    {Outcome.COMPLETED, Outcome.SKIPPED, Outcome.SNOOZED, Outcome.PARTIAL, Outcome.INTERRUPTED}
)
EXERCISED_OUTCOMES = frozenset({Outcome.COMPLETED, Outcome.PARTIAL})


@dataclass(frozen=True)
class Counts:
    completed: int
    total: int


@dataclass(frozen=True)
class Stats:
    """Everything shown about past breaks, as of the local day `as_of`."""

    as_of: date
    streak_min: int
    today: Counts
    this_week: Counts
    this_month: Counts
    completion_rate: float | None
    current_streak: int
    best_streak: int
    minutes_exercised: float
    per_exercise: tuple[tuple[str, int], ...]
    per_day: tuple[tuple[date, int], ...]

    @property
    def most_done(self) -> tuple[str, int] | None:
        return self.per_exercise[0] if self.per_exercise else None

    @property
    def least_done(self) -> tuple[str, int] | None:
        """The least done of the exercises done at least once (others are unknown here)."""
        return min(self.per_exercise, key=lambda item: (item[1], item[0]), default=None)


def compute(rows: Iterable[BreakRow], *, today: date, streak_min: int) -> Stats:
    """Statistics over break rows already in memory; each row counts on its own local day."""
    breaks: Counter[tuple[date, Outcome]] = Counter()
    seconds: Counter[tuple[date, Outcome]] = Counter()
    exercises: Counter[str] = Counter()
    for row in rows:
        key = (row.started_at.date(), row.outcome)
        breaks[key] += 1
        seconds[key] += row.seconds_done
        if row.outcome is Outcome.COMPLETED:
            exercises.update(set(row.exercise_ids))
    totals = [DayOutcomeTotal(d, o, n, seconds[(d, o)]) for (d, o), n in breaks.items()]
    return _from_totals(totals, exercises, today=today, streak_min=streak_min)


def compute_from_log(
    log: BreakLog,
    *,
    today: date,
    streak_min: int,
    since: date | None = None,
    until: date | None = None,
) -> Stats:
    """The same figures as `compute`, with SQL doing the grouping: no per-row Python objects.

    `since`/`until` are local days, inclusive, and restrict which breaks are counted.
    """
    exercises: Counter[str] = Counter()
    for ids, n in log.completed_exercise_sets(since=since, until=until):
        for exercise_id in set(ids):
            exercises[exercise_id] += n
    totals = log.day_outcome_totals(since=since, until=until)
    return _from_totals(totals, exercises, today=today, streak_min=streak_min)


def _from_totals(
    totals: Iterable[DayOutcomeTotal], exercises: Counter[str], *, today: date, streak_min: int
) -> Stats:
    if streak_min < 1:
        raise ValueError(f"streak_min must be at least 1, got {streak_min}")
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    next_month = (first_of_month + timedelta(days=32)).replace(day=1)
    periods = {
        "today": (today, today),
        "week": (monday, monday + timedelta(days=6)),
        "month": (first_of_month, next_month - timedelta(days=1)),
    }
    completed_in = dict.fromkeys(periods, 0)
    total_in = dict.fromkeys(periods, 0)
    completed_by_day: Counter[date] = Counter()
    rated = rated_completed = exercised_seconds = 0
    for day, outcome, n, seconds in totals:
        for name, (first, last) in periods.items():
            if first <= day <= last:
                total_in[name] += n
                if outcome is Outcome.COMPLETED:
                    completed_in[name] += n
        if outcome is Outcome.COMPLETED:
            completed_by_day[day] += n
        if outcome in RATE_OUTCOMES:
            rated += n
            rated_completed += n if outcome is Outcome.COMPLETED else 0
        if outcome in EXERCISED_OUTCOMES:
            exercised_seconds += seconds
    counts = {name: Counts(completed_in[name], total_in[name]) for name in periods}
    current, best = _streaks(completed_by_day, today, streak_min)
    window = [today - timedelta(days=n) for n in range(PER_DAY_WINDOW - 1, -1, -1)]
    return Stats(
        as_of=today,
        streak_min=streak_min,
        today=counts["today"],
        this_week=counts["week"],
        this_month=counts["month"],
        completion_rate=rated_completed / rated if rated else None,
        current_streak=current,
        best_streak=best,
        minutes_exercised=exercised_seconds / 60,
        per_exercise=tuple(sorted(exercises.items(), key=lambda item: (-item[1], item[0]))),
        per_day=tuple((day, completed_by_day[day]) for day in window),
    )


def _streaks(completed_by_day: Counter[date], today: date, streak_min: int) -> tuple[int, int]:
    """(current, best) runs of consecutive days with at least `streak_min` completed breaks.

    Today joins the current run once it qualifies; until then the run up to yesterday still counts,
    because the day is not over.
    """
    good = {day for day, n in completed_by_day.items() if n >= streak_min}
    day = today if today in good else today - timedelta(days=1)
    current = 0
    while day in good:
        current += 1
        day -= timedelta(days=1)
    best = 0
    for day in good:
        if day - timedelta(days=1) in good:
            continue  # not the first day of a run
        length = 1
        while day + timedelta(days=length) in good:
            length += 1
        best = max(best, length)
    return current, best
