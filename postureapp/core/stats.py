"""Figures for the history window and `postureapp stats`, derived from the break log, never stored.

Both entry points reduce their input to the same totals (per local day and outcome, per outcome,
the days good enough for a streak) and one function turns those into figures, so the path over the
log's summary tables (fast at 150,000 rows) and the pure path over rows cannot drift apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from postureapp.core.history import BreakLog, BreakRow, DayOutcomeTotal, Outcome, OutcomeTotal

PER_DAY_WINDOW = 30
# Outcomes of breaks that were offered and could have been done; natural breaks (taken on the
# user's own initiative) and running ones say nothing about how well the reminders are followed.
# Only a completed break counts as done (in the rate and towards streaks); one ended early or
# stopped because it hurt was offered and not completed, though its minutes were exercised.
RATE_OUTCOMES = frozenset(
    {
        Outcome.COMPLETED,
        Outcome.SKIPPED,
        Outcome.SNOOZED,
        Outcome.PARTIAL,
        Outcome.STOPPED,
        Outcome.INTERRUPTED,
    }
)
EXERCISED_OUTCOMES = frozenset({Outcome.COMPLETED, Outcome.PARTIAL, Outcome.STOPPED})


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


def compute(
    rows: Iterable[BreakRow], *, today: date, streak_min: int, since: date | None = None
) -> Stats:
    """Statistics over break rows already in memory; each row counts on its own local day.

    `per_day` lists the days from `since` to `today` (the last 30 days without `since`).
    """
    _check_streak_min(streak_min)
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
    by_outcome: dict[Outcome, OutcomeTotal] = {}
    for _day, outcome, n, secs in totals:
        so_far = by_outcome.get(outcome, OutcomeTotal(0, 0))
        by_outcome[outcome] = OutcomeTotal(so_far.breaks + n, so_far.seconds + secs)
    # One total per (day, outcome): a day's completed breaks are that day's COMPLETED total.
    good = {
        day for day, outcome, n, _ in totals if outcome is Outcome.COMPLETED and n >= streak_min
    }
    return _assemble(
        totals, by_outcome, good, exercises, today=today, streak_min=streak_min, since=since
    )


def compute_from_log(
    log: BreakLog,
    *,
    today: date,
    streak_min: int,
    since: date | None = None,
    until: date | None = None,
) -> Stats:
    """The same figures as `compute`, read from the log's summary tables: a few small queries.

    `since`/`until` are local days, inclusive, and restrict which breaks are counted; `per_day`
    lists the days from `since` (or 30 days back) to `today`.
    """
    _check_streak_min(streak_min)
    exercises: Counter[str] = Counter()
    for ids, n in log.completed_exercise_sets(since=since, until=until):
        for exercise_id in set(ids):
            exercises[exercise_id] += n
    # Only the days the periods and the per-day chart look at are read one by one: the range's
    # own, else this month's and the last 30 (this week never starts before the 30 days do).
    first = since or min(_periods(today)["month"][0], _window(today)[0])
    recent = log.day_outcome_totals(since=first, until=until)
    by_outcome = log.outcome_totals(since=since, until=until)
    good = set(log.good_days(streak_min, since=since, until=until))
    return _assemble(
        recent, by_outcome, good, exercises, today=today, streak_min=streak_min, since=since
    )


def _check_streak_min(streak_min: int) -> None:
    if streak_min < 1:
        raise ValueError(f"streak_min must be at least 1, got {streak_min}")


def _periods(today: date) -> dict[str, tuple[date, date]]:
    """The first and last day of today, this week (Monday to Sunday) and this calendar month."""
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    next_month = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    return {
        "today": (today, today),
        "week": (monday, monday + timedelta(days=6)),
        "month": (first_of_month, next_month - timedelta(days=1)),
    }


def _window(today: date, since: date | None = None) -> list[date]:
    """The days of the per-day list, oldest first: from `since` (or 30 days back) to today."""
    first = today - timedelta(days=PER_DAY_WINDOW - 1) if since is None else min(since, today)
    return [first + timedelta(days=n) for n in range((today - first).days + 1)]


def _assemble(
    recent: Iterable[DayOutcomeTotal],
    by_outcome: Mapping[Outcome, OutcomeTotal],
    good_days: set[date],
    exercises: Counter[str],
    *,
    today: date,
    streak_min: int,
    since: date | None = None,
) -> Stats:
    """Build the figures from totals: `recent` must cover at least the periods and the chart, and
    holds one total per (day, outcome), as the log's day_totals table (keyed so) and `compute` do."""
    periods = _periods(today)
    completed_in = dict.fromkeys(periods, 0)
    total_in = dict.fromkeys(periods, 0)
    completed_by_day: Counter[date] = Counter()
    for day, outcome, n, _seconds in recent:
        for name, (first, last) in periods.items():
            if first <= day <= last:
                total_in[name] += n
                if outcome is Outcome.COMPLETED:
                    completed_in[name] += n
        if outcome is Outcome.COMPLETED:
            completed_by_day[day] = n
    rated = sum(by_outcome[o].breaks for o in RATE_OUTCOMES if o in by_outcome)
    done = by_outcome[Outcome.COMPLETED].breaks if Outcome.COMPLETED in by_outcome else 0
    exercised = sum(by_outcome[o].seconds for o in EXERCISED_OUTCOMES if o in by_outcome)
    counts = {name: Counts(completed_in[name], total_in[name]) for name in periods}
    current, best = streaks(good_days, today)
    return Stats(
        as_of=today,
        streak_min=streak_min,
        today=counts["today"],
        this_week=counts["week"],
        this_month=counts["month"],
        completion_rate=done / rated if rated else None,
        current_streak=current,
        best_streak=best,
        minutes_exercised=exercised / 60,
        per_exercise=tuple(sorted(exercises.items(), key=lambda item: (-item[1], item[0]))),
        per_day=tuple((day, completed_by_day[day]) for day in _window(today, since)),
    )


def streaks(good: set[date], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive good days (enough completed breaks).

    Today joins the current run once it qualifies; until then the run up to yesterday still counts,
    because the day is not over.
    """
    # Day ordinals, not dates: thousands of days are walked on every redraw of "All time".
    days = {day.toordinal() for day in good}
    at = today.toordinal()
    at = at if at in days else at - 1
    current = 0
    while at in days:
        current += 1
        at -= 1
    best = 0
    for first in days:
        if first - 1 in days:
            continue  # not the first day of a run
        end = first + 1
        while end in days:
            end += 1
        best = max(best, end - first)
    return current, best
