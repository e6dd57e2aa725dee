"""A range of the history looked at whole: the presets, the bars, per exercise and body area, and
the check-ins (stiffness trend, warning-sign days, notes), as the window and the report show them.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, BreakRow, DayOutcomeTotal, Outcome, Trigger
from postureapp.core.period import (
    Grain,
    Period,
    Preset,
    buckets,
    grain_for,
    months_before,
    preset_period,
)
from postureapp.core.review import UNKNOWN_AREA, assemble, exercise_totals, review

TODAY = date(2024, 5, 15)  # a Wednesday
PLUS2 = timezone(timedelta(hours=2))


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


# --- ranges ------------------------------------------------------------------------------------


def test_each_preset_ends_today_and_holds_each_day_once() -> None:
    assert preset_period(Preset.WEEK, TODAY) == Period(date(2024, 5, 9), TODAY)
    assert preset_period(Preset.MONTH, TODAY).days == 30
    assert preset_period(Preset.QUARTER, TODAY) == Period(date(2024, 2, 16), TODAY)
    assert preset_period(Preset.YEAR, TODAY) == Period(date(2023, 5, 16), TODAY)
    assert preset_period(Preset.ALL, TODAY, date(2021, 3, 4)) == Period(date(2021, 3, 4), TODAY)
    assert preset_period(Preset.ALL, TODAY) == Period(TODAY, TODAY), "nothing logged yet"
    with pytest.raises(ValueError, match="from–to"):
        preset_period(Preset.CUSTOM, TODAY)


def test_a_month_back_from_a_long_month_lands_on_the_shorter_months_last_day() -> None:
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)
    assert months_before(date(2023, 5, 31), 3) == date(2023, 2, 28)
    assert months_before(date(2024, 1, 15), 1) == date(2023, 12, 15)
    assert months_before(date(2024, 3, 31), 12) == date(2023, 3, 31)


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="cannot start"):
        Period(TODAY, days_ago(1))


def test_bars_are_days_then_weeks_then_months_and_cut_to_the_range() -> None:
    month = preset_period(Preset.MONTH, TODAY)
    assert grain_for(month) is Grain.DAY
    assert len(buckets(month, Grain.DAY)) == 30

    quarter = preset_period(Preset.QUARTER, TODAY)
    assert grain_for(quarter) is Grain.WEEK
    weeks = buckets(quarter, Grain.WEEK)
    assert weeks[0] == Period(date(2024, 2, 16), date(2024, 2, 18)), "a Friday to its Sunday"
    assert weeks[1].first.weekday() == 0 and weeks[1].days == 7
    assert weeks[-1] == Period(date(2024, 5, 13), TODAY), "this week, up to today"
    assert sum(week.days for week in weeks) == quarter.days

    years = Period(date(2021, 1, 20), TODAY)
    assert grain_for(years) is Grain.MONTH
    months = buckets(years, Grain.MONTH)
    assert months[0] == Period(date(2021, 1, 20), date(2021, 1, 31))
    assert months[1] == Period(date(2021, 2, 1), date(2021, 2, 28))
    assert months[-1] == Period(date(2024, 5, 1), TODAY)
    assert len(months) == 41


# --- a review over a real log -------------------------------------------------------------------


def add(
    log: BreakLog,
    day: date,
    outcome: Outcome,
    *exercises: str,
    seconds: int = 60,
    times: int = 1,
    at: time = time(10),
) -> None:
    for n in range(times):
        started = datetime.combine(day, at, PLUS2) + timedelta(minutes=n)
        log.record(
            kind="short",
            trigger=Trigger.SCHEDULE,
            due_at=started,
            started_at=started,
            ended_at=started + timedelta(seconds=seconds),
            outcome=outcome,
            exercise_ids=exercises,
            seconds_done=seconds if outcome is not Outcome.SKIPPED else 0,
        )


def checkin(
    log: BreakLog, day: date, feeling: str, stiffness: int | None = None, note: str | None = None
) -> None:
    log.add_checkin(
        at=datetime.combine(day, time(17), PLUS2), feeling=feeling, stiffness=stiffness, note=note
    )


AREAS = {
    "chin-tuck": ("neck", "upper-back"),
    "seated-twist": ("upper-back",),
    "doorway": ("chest", "shoulders"),
    "open-book": ("upper-back",),
}


@pytest.fixture
def log(tmp_path: Path) -> Iterator[BreakLog]:
    log, _ = BreakLog.open(
        tmp_path / "breaks.sqlite3", now=datetime.combine(TODAY, time(18), PLUS2)
    )
    add(log, days_ago(40), Outcome.COMPLETED, "chin-tuck", times=3)  # before the range
    add(log, days_ago(6), Outcome.COMPLETED, "chin-tuck", "seated-twist", seconds=120, times=2)
    add(log, days_ago(5), Outcome.COMPLETED, "chin-tuck", times=2)
    add(log, days_ago(5), Outcome.PARTIAL, "doorway", seconds=30, at=time(11))
    add(log, days_ago(4), Outcome.STOPPED, "seated-twist", seconds=20)
    add(log, days_ago(3), Outcome.SKIPPED, "open-book")
    add(log, days_ago(3), Outcome.SNOOZED, "wall-angel", at=time(12))
    add(log, days_ago(2), Outcome.NATURAL, seconds=400)
    add(log, days_ago(1), Outcome.COMPLETED, "retired-one")
    checkin(log, days_ago(6), "same", 6)
    checkin(log, days_ago(6), "worse", 7, "stiff after the drive")
    checkin(log, days_ago(3), "warning", note="tingling in the left hand")
    checkin(log, days_ago(1), "better", 3)
    checkin(log, days_ago(25), "better", 1, "long ago")
    yield log
    log.close()


def test_the_totals_count_each_outcome_of_the_range_only(log: BreakLog) -> None:
    found = review(log, preset_period(Preset.WEEK, TODAY), streak_min=2, areas=AREAS)
    total = found.total
    assert (total.completed, total.ended_early, total.not_done) == (5, 2, 2)
    assert total.offered == 9, "natural breaks were not offered"
    assert total.rate == pytest.approx(5 / 9)
    assert total.minutes == pytest.approx((2 * 120 + 2 * 60 + 30 + 20 + 60) / 60)
    assert [bar.tally.completed for bar in found.bars] == [2, 2, 0, 0, 0, 1, 0]
    assert found.good_days == 2 and (found.current_streak, found.best_streak) == (0, 2)


def test_per_exercise_shares_a_breaks_time_and_shows_only_enabled_or_done(log: BreakLog) -> None:
    enabled = {"chin-tuck", "seated-twist", "doorway", "neck-roll"}
    found = review(
        log, preset_period(Preset.WEEK, TODAY), streak_min=2, areas=AREAS, enabled=enabled
    )
    table = {key: tally for key, tally in found.per_exercise}
    # open-book and wall-angel were only skipped or snoozed, and are switched off: not shown.
    assert list(table) == ["chin-tuck", "seated-twist", "retired-one", "doorway", "neck-roll"]
    assert table["chin-tuck"].completed == 4
    assert table["chin-tuck"].seconds == pytest.approx(2 * 60 + 2 * 60), "half of each 120 s"
    assert (table["seated-twist"].completed, table["seated-twist"].ended_early) == (2, 1)
    assert table["seated-twist"].seconds == pytest.approx(2 * 60 + 20)
    assert table["doorway"].counts[Outcome.PARTIAL] == 1
    assert not any(table["neck-roll"].counts.values()), "enabled, never offered: a row of zeros"


def test_without_a_list_of_enabled_exercises_every_one_in_the_range_is_shown(
    log: BreakLog,
) -> None:
    found = review(log, preset_period(Preset.WEEK, TODAY), streak_min=2, areas=AREAS)
    shown = [key for key, _ in found.per_exercise]
    assert set(shown) == {"chin-tuck", "seated-twist", "doorway", "open-book", "wall-angel"} | {
        "retired-one"
    }
    assert shown[-2:] == ["open-book", "wall-angel"], "never done: last"


def test_per_area_counts_an_exercise_for_each_area_it_works(log: BreakLog) -> None:
    found = review(log, preset_period(Preset.WEEK, TODAY), streak_min=2, areas=AREAS)
    areas = {area: tally for area, tally in found.per_area}
    assert areas["upper-back"].seconds == pytest.approx(240 + 140), "chin tuck and twist"
    assert areas["neck"].seconds == pytest.approx(240)
    assert areas["chest"].seconds == areas["shoulders"].seconds == pytest.approx(30)
    assert areas[UNKNOWN_AREA].completed == 1, "an exercise the library no longer has"
    assert next(iter(areas)) == "upper-back", "most minutes first"


def test_check_ins_give_the_trend_the_warning_days_and_the_notes(log: BreakLog) -> None:
    found = review(log, preset_period(Preset.WEEK, TODAY), streak_min=2, areas=AREAS)
    assert found.stiffness == ((days_ago(6), 6.5), (days_ago(1), 3.0))
    assert found.warning_days == (days_ago(3),)
    assert [bar.warning for bar in found.bars] == [False, False, False, True, False, False, False]
    assert found.bars[0].stiffness == 6.5
    assert [c.note for c in found.notes] == ["stiff after the drive", "tingling in the left hand"]
    assert found.stiffness_ends(days=3) == (6.5, 3.0)
    month = review(log, preset_period(Preset.MONTH, TODAY), streak_min=2, areas=AREAS)
    assert month.notes[0].note == "long ago"


def test_a_long_range_has_weekly_bars_with_every_break_in_one(log: BreakLog) -> None:
    quarter = review(log, preset_period(Preset.QUARTER, TODAY), streak_min=2, areas=AREAS)
    assert quarter.grain is Grain.WEEK
    assert sum(bar.tally.completed for bar in quarter.bars) == quarter.total.completed == 8
    stiff = [bar.stiffness for bar in quarter.bars if bar.stiffness is not None]
    assert stiff == [1.0, 6.5, 3.0], "20 April; 9 May (two ratings: their mean); 14 May"


def test_an_empty_range_is_empty() -> None:
    found = assemble(Period(TODAY, TODAY), [], [], [], [], streak_min=1, areas={}, enabled=None)
    assert found.empty and found.total.rate is None and found.stiffness_ends() is None


# --- the log's reading agrees with the pure one -------------------------------------------------


def random_rows(rng: random.Random, n: int) -> list[BreakRow]:
    rows = []
    for index in range(n):
        started = datetime(2023, 11, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(200 * 86400))
        started = started.astimezone(timezone(timedelta(minutes=rng.choice((-300, 0, 120, 540)))))
        outcome = rng.choice([o for o in Outcome if o is not Outcome.RUNNING])
        rows.append(
            BreakRow(
                id=0,
                uid=f"{index:032x}",
                kind="short",
                trigger=Trigger.SCHEDULE,
                due_at=started,
                started_at=started,
                ended_at=started,
                outcome=outcome,
                exercise_ids=tuple(rng.sample(list(AREAS), rng.randrange(4))),
                seconds_done=rng.randrange(300),
            )
        )
    return rows


@pytest.mark.parametrize("seed", [1, 2])
def test_the_log_and_the_rows_give_the_same_review(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    rows = random_rows(rng, 600)
    log, _ = BreakLog.open(tmp_path / "b.sqlite3", now=datetime(2024, 6, 1, tzinfo=UTC))
    with log:
        log.import_rows(rows)
        for first, last in (
            (date(2023, 11, 1), date(2024, 5, 31)),
            (date(2024, 1, 10), date(2024, 3, 20)),
            (date(2024, 2, 3), date(2024, 2, 20)),
        ):
            period = Period(first, last)
            inside = [r for r in rows if r.started_at.date() in period]
            daily: Counter[tuple[date, Outcome]] = Counter()
            seconds: Counter[tuple[date, Outcome]] = Counter()
            for row in inside:
                daily[(row.started_at.date(), row.outcome)] += 1
                seconds[(row.started_at.date(), row.outcome)] += row.seconds_done
            totals = [DayOutcomeTotal(d, o, n, seconds[(d, o)]) for (d, o), n in daily.items()]
            good = log.good_days(2, until=last)
            pure = assemble(
                period,
                totals,
                exercise_totals(inside),
                [],
                good,
                streak_min=2,
                areas=AREAS,
                enabled=None,
            )
            read = review(log, period, streak_min=2, areas=AREAS)
            assert [b.tally.counts for b in read.bars] == [b.tally.counts for b in pure.bars]
            assert read.total.counts == pure.total.counts
            assert [k for k, _ in read.per_exercise] == [k for k, _ in pure.per_exercise]
            assert [t.seconds for _, t in read.per_area] == pytest.approx(
                [t.seconds for _, t in pure.per_area]
            )
            assert (read.current_streak, read.best_streak, read.good_days) == (
                pure.current_streak,
                pure.best_streak,
                pure.good_days,
            )


def test_a_word_shared_by_two_kinds_keeps_each_kinds_label() -> None:
    """Area.NECK and Movement.NECK are both "neck"; the report must say "Neck" for the area."""
    from postureapp.core.terms import Area, Movement, Trigger, label

    assert label(Area.NECK) == "Neck" and label(Movement.NECK) == "neck"
    assert label(Outcome.NATURAL) == "away (natural break)" and label(Trigger.NATURAL) == "away"
