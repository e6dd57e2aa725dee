"""A range of the log looked at whole: what the history window and the report show.

Breaks per outcome, per bar (day, week or month), per exercise and per body area; the stiffness
trend, the days a warning sign was reported and the notes, from the check-ins. Everything is read
from the log's summary tables, except the per-exercise figures (one grouped pass over the range's
breaks) and the range's check-ins.

A break's time is shared equally between its exercises: the log keeps one time per break. An
exercise that works several body areas counts in full for each of them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from postureapp.core.history import BreakLog, BreakRow, CheckIn, DayOutcomeTotal, Outcome
from postureapp.core.period import Grain, Period, bucket_start, buckets, grain_for
from postureapp.core.stats import EXERCISED_OUTCOMES, RATE_OUTCOMES, streaks
from postureapp.core.terms import Feeling

#: The body area of an exercise the library no longer has.
UNKNOWN_AREA = ""
#: How many days the stiffness card compares at each end of a range.
TREND_DAYS = 7


@dataclass
class Tally:
    """Breaks per outcome and the seconds exercised in them."""

    counts: Counter[Outcome] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, outcome: Outcome, breaks: int, seconds: float) -> None:
        self.counts[outcome] += breaks
        if outcome in EXERCISED_OUTCOMES:
            self.seconds += seconds

    def merge(self, other: Tally) -> None:
        self.counts.update(other.counts)
        self.seconds += other.seconds

    @property
    def completed(self) -> int:
        return self.counts[Outcome.COMPLETED]

    @property
    def ended_early(self) -> int:
        """Ended before the end: with Done, or because it hurt."""
        return self.counts[Outcome.PARTIAL] + self.counts[Outcome.STOPPED]

    @property
    def not_done(self) -> int:
        """Offered and put off: skipped or snoozed."""
        return self.counts[Outcome.SKIPPED] + self.counts[Outcome.SNOOZED]

    @property
    def offered(self) -> int:
        return sum(self.counts[outcome] for outcome in RATE_OUTCOMES)

    @property
    def rate(self) -> float | None:
        return self.completed / self.offered if self.offered else None

    @property
    def minutes(self) -> float:
        return self.seconds / 60


@dataclass(frozen=True)
class Bar:
    """One bar of the charts: a day, a week or a month (cut to the range at its ends)."""

    period: Period
    tally: Tally
    stiffness: float | None
    warning: bool


@dataclass(frozen=True)
class Review:
    period: Period
    grain: Grain
    streak_min: int
    total: Tally
    bars: tuple[Bar, ...]
    #: (exercise id, its tally), done most first; only enabled exercises and those done.
    per_exercise: tuple[tuple[str, Tally], ...]
    #: (area, its tally), most minutes first; UNKNOWN_AREA for exercises no longer known.
    per_area: tuple[tuple[str, Tally], ...]
    checkins: tuple[CheckIn, ...]
    #: Mean stiffness (0–10) per day that had a rating, oldest first.
    stiffness: tuple[tuple[date, float], ...]
    warning_days: tuple[date, ...]
    good_days: int
    current_streak: int
    best_streak: int
    first_logged: date | None

    @property
    def empty(self) -> bool:
        return not any(self.total.counts.values()) and not self.checkins

    @property
    def notes(self) -> tuple[CheckIn, ...]:
        """The check-ins with a note, oldest first."""
        return tuple(c for c in self.checkins if c.note and c.note.strip())

    def stiffness_ends(self, days: int = TREND_DAYS) -> tuple[float, float] | None:
        """Mean stiffness of the first and of the last `days` days that have ratings (two or
        more rated days are needed), or None."""
        if len(self.stiffness) < 2:
            return None
        ratings = list(self.stiffness)
        start_end = ratings[0][0] + timedelta(days=days - 1)
        end_start = ratings[-1][0] - timedelta(days=days - 1)
        early = [value for day, value in ratings if day <= start_end]
        late = [value for day, value in ratings if day >= end_start]
        return sum(early) / len(early), sum(late) / len(late)


def local_day(moment: datetime) -> date:
    """The day as the user lived it: the check-in's own UTC offset."""
    return moment.date()


def daily_means(checkins: Iterable[CheckIn]) -> dict[date, float]:
    ratings: defaultdict[date, list[int]] = defaultdict(list)
    for checkin in checkins:
        if checkin.stiffness is not None:
            ratings[local_day(checkin.at)].append(checkin.stiffness)
    return {day: sum(values) / len(values) for day, values in sorted(ratings.items())}


def review(
    log: BreakLog,
    period: Period,
    *,
    streak_min: int,
    areas: Mapping[str, Sequence[str]] | None = None,
    enabled: Iterable[str] | None = None,
    grain: Grain | None = None,
) -> Review:
    """Everything about `period` the window and the report show, from a handful of queries.

    `areas` maps exercise ids to their body areas; `enabled` names the exercises the settings
    may offer (None: every exercise that appears in the range).
    """
    if streak_min < 1:
        raise ValueError(f"streak_min must be at least 1, got {streak_min}")
    grain = grain or grain_for(period)
    totals = log.bucket_outcome_totals([(b.first, b.last) for b in buckets(period, grain)])
    sets = log.exercise_outcome_totals(since=period.first, until=period.last)
    checkins = log.checkins_on(period.first, period.last)
    good_before = log.good_days(streak_min, until=period.last)
    return assemble(
        period,
        totals,
        sets,
        checkins,
        good_before,
        streak_min=streak_min,
        areas=areas or {},
        enabled=enabled,
        grain=grain,
        first_logged=log.first_day(),
    )


def assemble(
    period: Period,
    totals: Iterable[DayOutcomeTotal],
    sets: Iterable[tuple[str, Outcome, int, float]],
    checkins: Sequence[CheckIn],
    good_days: Iterable[date],
    *,
    streak_min: int,
    areas: Mapping[str, Sequence[str]],
    enabled: Iterable[str] | None,
    grain: Grain | None = None,
    first_logged: date | None = None,
) -> Review:
    """The pure half of `review`: figures from totals already read.

    `totals` are per day or per bar (keyed by the bar's first day), of the period's days only;
    `sets` per exercise; `good_days` every day up to the period's end that met the goal.
    """
    grain = grain or grain_for(period)
    cuts = buckets(period, grain)
    index = {cut.first: n for n, cut in enumerate(cuts)}

    first, last = period.first, period.last  # compared directly: thousands of days on "All time"

    def bar_of(day: date) -> int:
        return index[max(bucket_start(day, grain), first)]

    total = Tally()
    per_bar = [Tally() for _ in cuts]
    for day, outcome, breaks, seconds in totals:
        per_bar[bar_of(max(day, first))].add(outcome, breaks, seconds)
        total.add(outcome, breaks, seconds)
    means = {day: value for day, value in daily_means(checkins).items() if first <= day <= last}
    rated: defaultdict[int, list[float]] = defaultdict(list)
    for day, value in means.items():
        rated[bar_of(day)].append(value)
    warnings = sorted(
        {
            day
            for c in checkins
            if c.feeling == Feeling.WARNING and first <= (day := local_day(c.at)) <= last
        }
    )
    warned = {bar_of(day) for day in warnings}
    bars = tuple(
        Bar(
            cut,
            per_bar[n],
            sum(rated[n]) / len(rated[n]) if rated[n] else None,
            n in warned,
        )
        for n, cut in enumerate(cuts)
    )
    good = set(good_days)
    current, _best_ever = streaks(good, last)
    _current, best = streaks({day for day in good if first <= day <= last}, last)
    per_exercise = _per_exercise(sets, enabled)
    return Review(
        period=period,
        grain=grain,
        streak_min=streak_min,
        total=total,
        bars=bars,
        per_exercise=per_exercise,
        per_area=_per_area(per_exercise, areas),
        checkins=tuple(c for c in checkins if first <= local_day(c.at) <= last),
        stiffness=tuple(means.items()),
        warning_days=tuple(warnings),
        good_days=sum(1 for day in good if first <= day <= last),
        current_streak=current,
        best_streak=best,
        first_logged=first_logged,
    )


def _per_exercise(
    totals: Iterable[tuple[str, Outcome, int, float]], enabled: Iterable[str] | None
) -> tuple[tuple[str, Tally], ...]:
    tallies: defaultdict[str, Tally] = defaultdict(Tally)
    for exercise_id, outcome, breaks, seconds in totals:
        tallies[exercise_id].add(outcome, breaks, seconds)
    wanted = None if enabled is None else set(enabled)
    if wanted is not None:
        for exercise_id in wanted:
            tallies.setdefault(exercise_id, Tally())
    shown = [
        (exercise_id, tally)
        for exercise_id, tally in tallies.items()
        if wanted is None or exercise_id in wanted or tally.completed or tally.ended_early
    ]
    shown.sort(key=lambda item: (-item[1].completed, -item[1].seconds, item[0]))
    return tuple(shown)


def exercise_totals(rows: Iterable[BreakRow]) -> list[tuple[str, Outcome, int, float]]:
    """What `BreakLog.exercise_outcome_totals` reads, from rows in memory (the pure path)."""
    totals: dict[tuple[str, Outcome], list[float]] = {}
    for row in rows:
        for exercise_id in row.exercise_ids:
            if exercise_id:
                total = totals.setdefault((exercise_id, row.outcome), [0, 0.0])
                total[0] += 1
                total[1] += row.seconds_done / len(row.exercise_ids)
    return [(key, outcome, int(n), s) for (key, outcome), (n, s) in sorted(totals.items())]


def _per_area(
    per_exercise: Iterable[tuple[str, Tally]], areas: Mapping[str, Sequence[str]]
) -> tuple[tuple[str, Tally], ...]:
    tallies: defaultdict[str, Tally] = defaultdict(Tally)
    for exercise_id, tally in per_exercise:
        for area in areas.get(exercise_id) or (UNKNOWN_AREA,):
            tallies[area].merge(tally)
    shown = [(area, tally) for area, tally in tallies.items() if any(tally.counts.values())]
    shown.sort(key=lambda item: (-item[1].seconds, -item[1].completed, item[0]))
    return tuple(shown)
