"""The stiffness card's two ends and the check-ins a range shows: which rated days count as the
start and the end of a range, and the check-ins and warnings kept to the range's own days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, CheckIn, Outcome, Trigger
from postureapp.core.period import Grain, Period
from postureapp.core.review import Review, assemble, review

PLUS2 = timezone(timedelta(hours=2))
FIRST = date(2024, 5, 1)


def rated(
    day: date, stiffness: int | None, feeling: str = "same", note: str | None = None
) -> CheckIn:
    at = datetime.combine(day, time(17), PLUS2)
    return CheckIn(
        id=0,
        uid=f"{day}-{stiffness}-{feeling}",
        at=at,
        feeling=feeling,
        stiffness=stiffness,
        note=note,
    )


def review_of(checkins: list[CheckIn], period: Period | None = None) -> Review:
    period = period or Period(FIRST, FIRST + timedelta(days=29))
    return assemble(period, [], [], checkins, [], streak_min=1, areas={}, enabled=None)


def test_each_end_of_the_trend_takes_the_rated_days_within_its_span() -> None:
    days = [FIRST + timedelta(days=n) for n in (0, 2, 3, 9)]
    found = review_of([rated(day, value) for day, value in zip(days, (8, 6, 4, 2), strict=True)])
    # The first three days hold 1 May and 3 May; the last three 8 to 10 May: only 10 May.
    assert found.stiffness_ends(days=3) == (7.0, 2.0)
    # Four days from each end: 1 to 4 May, and 7 to 10 May.
    assert found.stiffness_ends(days=4) == (6.0, 2.0)
    assert found.stiffness_ends(days=1) == (8.0, 2.0)
    assert found.stiffness_ends() == (6.0, 3.0)


def test_one_rated_day_is_no_trend_and_two_are() -> None:
    assert review_of([rated(FIRST, 5), rated(FIRST, 7)]).stiffness_ends() is None
    two = review_of([rated(FIRST, 5), rated(FIRST + timedelta(days=20), 7)])
    assert two.stiffness_ends() == (5.0, 7.0)


def test_a_range_shows_only_its_own_days_check_ins_and_warnings() -> None:
    period = Period(FIRST + timedelta(days=1), FIRST + timedelta(days=3))
    checkins = [
        rated(FIRST, 9, "warning", "before"),
        rated(FIRST + timedelta(days=1), 4, "warning", "first day"),
        rated(FIRST + timedelta(days=3), 6, "warning", "  "),
        rated(FIRST + timedelta(days=4), 2, "warning", "after"),
    ]
    found = review_of(checkins, period)
    assert [c.uid for c in found.checkins] == [checkins[1].uid, checkins[2].uid]
    assert [c.note for c in found.notes] == ["first day"]
    assert found.warning_days == (FIRST + timedelta(days=1), FIRST + timedelta(days=3))
    assert found.stiffness == ((FIRST + timedelta(days=1), 4.0), (FIRST + timedelta(days=3), 6.0))
    assert [bar.warning for bar in found.bars] == [True, False, True]
    assert [bar.stiffness for bar in found.bars] == [4.0, None, 6.0]
    assert [bar.period for bar in found.bars] == [
        Period(FIRST + timedelta(days=n), FIRST + timedelta(days=n)) for n in (1, 2, 3)
    ]
    assert not found.empty


def test_a_weekly_bar_shows_the_mean_of_its_days_stiffness() -> None:
    period = Period(date(2024, 5, 6), date(2024, 5, 19))  # two weeks, Monday to Sunday
    checkins = [
        rated(date(2024, 5, 6), 2),
        rated(date(2024, 5, 6), 4),
        rated(date(2024, 5, 9), 6),
        rated(date(2024, 5, 19), 7),
    ]
    found = assemble(
        period, [], [], checkins, [], streak_min=1, areas={}, enabled=None, grain=Grain.WEEK
    )
    assert found.grain is Grain.WEEK
    assert [bar.stiffness for bar in found.bars] == [4.5, 7.0]


def test_good_days_and_the_best_run_count_the_ranges_last_day() -> None:
    period = Period(FIRST, FIRST + timedelta(days=4))
    good = [FIRST - timedelta(days=1), FIRST, FIRST + timedelta(days=3), FIRST + timedelta(days=4)]
    found = assemble(
        period, [], [], [], good, streak_min=3, areas={}, enabled=None, first_logged=FIRST
    )
    assert (found.good_days, found.current_streak, found.best_streak) == (3, 2, 2)
    assert (found.period, found.streak_min, found.first_logged) == (period, 3, FIRST)


def test_areas_with_the_same_minutes_list_the_one_done_more_first_then_by_name() -> None:
    sets = [
        ("twist", Outcome.PARTIAL, 1, 60.0),
        ("tuck", Outcome.COMPLETED, 1, 60.0),
        ("angel", Outcome.COMPLETED, 1, 60.0),
    ]
    areas = {"twist": ("back",), "tuck": ("arms",), "angel": ("neck",)}
    found = assemble(
        Period(FIRST, FIRST), [], sets, [], [], streak_min=1, areas=areas, enabled=None
    )
    assert [area for area, _ in found.per_area] == ["arms", "neck", "back"]


def log_with_breaks(tmp_path: Path) -> BreakLog:
    log, _ = BreakLog.open(tmp_path / "b.sqlite3", now=datetime(2024, 6, 1, tzinfo=UTC))
    for day in (FIRST - timedelta(days=3), FIRST, FIRST + timedelta(days=1)):
        started = datetime.combine(day, time(10), PLUS2)
        log.record(
            kind="short",
            trigger=Trigger.SCHEDULE,
            due_at=started,
            started_at=started,
            ended_at=started + timedelta(seconds=60),
            outcome=Outcome.COMPLETED,
            exercise_ids=("tuck",),
            seconds_done=60,
        )
    return log


def test_the_review_of_a_log_keeps_the_goal_the_bars_asked_for_and_the_first_day(
    tmp_path: Path,
) -> None:
    period = Period(FIRST, FIRST + timedelta(days=29))
    with log_with_breaks(tmp_path) as log:
        found = review(log, period, streak_min=1, grain=Grain.WEEK)
        assert (found.grain, found.streak_min) == (Grain.WEEK, 1)
        assert found.first_logged == FIRST - timedelta(days=3)
        assert found.total.completed == 2 and found.good_days == 2
        assert review(log, period, streak_min=2).grain is Grain.DAY
        with pytest.raises(ValueError) as caught:
            review(log, period, streak_min=0)
        assert str(caught.value) == "streak_min must be at least 1, got 0"
