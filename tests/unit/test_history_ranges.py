"""What the history window, `postureapp stats` and the exercise picker read back from the break
log over a range: which breaks and check-ins a range holds at its edges, the bars of the chart,
the exercises a recent break did, and the local day each one counts on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, DayOutcomeTotal, Outcome, OutcomeTotal, Trigger

PLUS2 = timezone(timedelta(hours=2))
MAY_10 = datetime(2024, 5, 10, 9, 0, tzinfo=PLUS2)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[BreakLog]:
    opened, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=MAY_10)
    with opened:
        yield opened


def add(
    log: BreakLog,
    started: datetime,
    outcome: Outcome = Outcome.COMPLETED,
    *exercises: str,
    seconds: int = 60,
) -> int:
    return log.record(
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=started,
        started_at=started,
        ended_at=started + timedelta(seconds=seconds),
        outcome=outcome,
        exercise_ids=exercises,
        seconds_done=seconds,
    )


def test_a_range_of_instants_keeps_its_start_and_leaves_out_its_end(log: BreakLog) -> None:
    times = [MAY_10 + timedelta(minutes=30 * n) for n in range(4)]
    for at in times:
        add(log, at)
    inside = log.rows(since=times[1], until=times[3])
    assert [row.started_at for row in inside] == [times[2], times[1]]  # newest first
    oldest_first = log.rows(since=times[1], newest_first=False)
    assert [row.started_at for row in oldest_first] == times[1:]
    assert [row.started_at for row in log.rows(until=times[1])] == [times[0]]
    assert [row.started_at for row in log.rows(limit=2)] == [times[3], times[2]]
    assert log.count() == 4


def test_the_picker_sees_the_exercises_of_the_last_breaks_most_recent_last(log: BreakLog) -> None:
    add(log, MAY_10, Outcome.COMPLETED, "chin-tuck")
    add(log, MAY_10 + timedelta(hours=1), Outcome.COMPLETED, "seated-twist", "wall-angel")
    add(log, MAY_10 + timedelta(hours=2), Outcome.SKIPPED, "doorway-stretch")
    recent = log.recent_exercise_ids(since=MAY_10 + timedelta(minutes=1), breaks=5)
    assert recent == ["seated-twist", "wall-angel", "doorway-stretch"]
    assert log.recent_exercise_ids(since=MAY_10, breaks=1) == ["doorway-stretch"]
    assert log.recent_exercise_ids(since=MAY_10, breaks=3)[0] == "chin-tuck"


def test_check_ins_of_a_range_of_instants_keep_the_start_and_leave_out_the_end(
    log: BreakLog,
) -> None:
    times = [MAY_10 + timedelta(hours=n) for n in range(3)]
    for at, feeling in zip(times, ("better", "same", "worse"), strict=True):
        log.add_checkin(at=at, feeling=feeling)
    assert [c.feeling for c in log.checkins(since=times[1])] == ["same", "worse"]
    assert [c.feeling for c in log.checkins(until=times[1])] == ["better"]
    assert [c.feeling for c in log.checkins(times[0], times[2])] == ["better", "same"]
    assert len(log.checkins()) == 3


def test_check_ins_of_local_days_count_on_the_day_they_were_made_there(log: BreakLog) -> None:
    # 00:30 at +02:00 is still the evening before in UTC: it belongs to the 11th where it was made.
    log.add_checkin(at=datetime(2024, 5, 11, 0, 30, tzinfo=PLUS2), feeling="better")
    log.add_checkin(at=datetime(2024, 5, 10, 23, 50, tzinfo=PLUS2), feeling="same")
    log.add_checkin(at=datetime(2024, 5, 12, 8, 0, tzinfo=PLUS2), feeling="worse")
    may_11 = date(2024, 5, 11)
    assert [c.feeling for c in log.checkins_on(may_11, may_11)] == ["better"]
    assert [c.feeling for c in log.checkins_on(since=may_11)] == ["better", "worse"]
    assert [c.feeling for c in log.checkins_on(until=may_11)] == ["same", "better"]
    assert len(log.checkins_on()) == 3


def test_the_chart_bars_sum_the_days_each_bar_covers(log: BreakLog) -> None:
    day = datetime(2024, 5, 6, 10, 0, tzinfo=PLUS2)  # a Monday
    for n, outcome in [
        (0, Outcome.COMPLETED),
        (2, Outcome.COMPLETED),
        (2, Outcome.SKIPPED),
        (3, Outcome.COMPLETED),  # the first day of the second bar
        (6, Outcome.COMPLETED),
        (9, Outcome.COMPLETED),  # after the last bar
    ]:
        add(log, day + timedelta(days=n), outcome, seconds=60 + n)
    bars = [(date(2024, 5, 6), date(2024, 5, 8)), (date(2024, 5, 9), date(2024, 5, 12))]
    totals = log.bucket_outcome_totals(bars)
    assert sorted(totals, key=lambda t: (t.day, t.outcome.value)) == [
        DayOutcomeTotal(date(2024, 5, 6), Outcome.COMPLETED, 2, 60 + 62),
        DayOutcomeTotal(date(2024, 5, 6), Outcome.SKIPPED, 1, 62),
        DayOutcomeTotal(date(2024, 5, 9), Outcome.COMPLETED, 2, 63 + 66),
    ]
    assert log.bucket_outcome_totals([]) == []


def test_day_totals_keep_both_edge_days_of_the_range(log: BreakLog) -> None:
    for n in range(5):
        add(log, MAY_10 + timedelta(days=n))
    add(log, MAY_10 + timedelta(days=1, hours=1), Outcome.SNOOZED)
    first, last = date(2024, 5, 11), date(2024, 5, 13)
    days = log.day_outcome_totals(since=first, until=last)
    assert [t.day for t in days] == sorted(t.day for t in days)  # oldest day first
    assert sorted((t.day, t.outcome.value, t.breaks) for t in days) == [
        (date(2024, 5, 11), "completed", 1),
        (date(2024, 5, 11), "snoozed", 1),
        (date(2024, 5, 12), "completed", 1),
        (date(2024, 5, 13), "completed", 1),
    ]
    assert log.outcome_totals(since=first, until=last) == {
        Outcome.COMPLETED: OutcomeTotal(3, 180),
        Outcome.SNOOZED: OutcomeTotal(1, 60),
    }
    assert log.outcome_totals()[Outcome.COMPLETED] == OutcomeTotal(5, 300)
    assert log.daily_completed(date(2024, 5, 9), first) == {
        date(2024, 5, 9): 0,
        date(2024, 5, 10): 1,
        date(2024, 5, 11): 1,
    }


def test_a_streak_day_needs_at_least_the_minimum_of_completed_breaks(log: BreakLog) -> None:
    for n in range(3):
        add(log, MAY_10 + timedelta(hours=n))  # the 10th: 3 completed
    for n in range(2):
        add(log, MAY_10 + timedelta(days=1, hours=n))  # the 11th: 2 completed
    add(log, MAY_10 + timedelta(days=1, hours=3), Outcome.SKIPPED)
    for n in range(4):
        add(log, MAY_10 + timedelta(days=2, hours=n))  # the 12th: 4 completed
    assert log.good_days(3) == [date(2024, 5, 10), date(2024, 5, 12)]
    assert log.good_days(2, since=date(2024, 5, 11)) == [date(2024, 5, 11), date(2024, 5, 12)]
    assert log.good_days(2, until=date(2024, 5, 11)) == [date(2024, 5, 10), date(2024, 5, 11)]
    assert log.good_days(4) == [date(2024, 5, 12)]


def test_the_first_day_is_the_local_day_of_the_oldest_break(log: BreakLog) -> None:
    assert log.first_day() is None
    add(log, datetime(2024, 5, 12, 9, 0, tzinfo=PLUS2))
    add(log, datetime(2024, 5, 11, 0, 30, tzinfo=PLUS2))  # the 10th in UTC
    assert log.first_day() == date(2024, 5, 11)


def test_an_exercise_gets_its_share_of_each_breaks_time_over_any_range(log: BreakLog) -> None:
    # Whole months come from the summary, the cut ones from the breaks: both must agree.
    add(log, datetime(2024, 4, 30, 9, 0, tzinfo=PLUS2), Outcome.COMPLETED, "chin-tuck", seconds=90)
    add(log, datetime(2024, 5, 2, 9, 0, tzinfo=PLUS2), Outcome.COMPLETED, "chin-tuck", "wall-angel")
    add(log, datetime(2024, 5, 20, 9, 0, tzinfo=PLUS2), Outcome.PARTIAL, "wall-angel", seconds=30)
    add(log, datetime(2024, 6, 3, 9, 0, tzinfo=PLUS2), Outcome.COMPLETED, "chin-tuck", seconds=45)
    assert log.exercise_outcome_totals(since=date(2024, 4, 30), until=date(2024, 6, 2)) == [
        ("chin-tuck", Outcome.COMPLETED, 2, 90 + 30.0),
        ("wall-angel", Outcome.COMPLETED, 1, 30.0),
        ("wall-angel", Outcome.PARTIAL, 1, 30.0),
    ]
    assert log.exercise_outcome_totals(since=date(2024, 5, 3), until=date(2024, 6, 3)) == [
        ("chin-tuck", Outcome.COMPLETED, 1, 45.0),
        ("wall-angel", Outcome.PARTIAL, 1, 30.0),
    ]
    whole = log.exercise_outcome_totals()
    assert ("chin-tuck", Outcome.COMPLETED, 3, 90 + 30 + 45.0) in whole


def test_the_exercise_sets_of_a_range_count_only_completed_breaks_in_it(log: BreakLog) -> None:
    add(log, MAY_10, Outcome.COMPLETED, "chin-tuck", "wall-angel")
    add(log, MAY_10 + timedelta(days=1), Outcome.COMPLETED, "chin-tuck", "wall-angel")
    add(log, MAY_10 + timedelta(days=1, hours=1), Outcome.SKIPPED, "seated-twist")
    add(log, MAY_10 + timedelta(days=2), Outcome.COMPLETED, "seated-twist")
    may_11 = date(2024, 5, 11)
    assert log.completed_exercise_sets(since=may_11, until=may_11) == [
        (("chin-tuck", "wall-angel"), 1)
    ]
    assert sorted(log.completed_exercise_sets(since=may_11)) == [
        (("chin-tuck", "wall-angel"), 1),
        (("seated-twist",), 1),
    ]
    assert sorted(log.completed_exercise_sets()) == [
        (("chin-tuck", "wall-angel"), 2),
        (("seated-twist",), 1),
    ]


def test_an_export_of_local_days_holds_both_edge_days_oldest_first(log: BreakLog) -> None:
    late = datetime(2024, 5, 10, 23, 50, tzinfo=PLUS2)
    early = datetime(2024, 5, 11, 0, 30, tzinfo=PLUS2)  # the 10th in UTC
    for at in (early, late, datetime(2024, 5, 12, 9, 0, tzinfo=PLUS2)):
        add(log, at)
    may_11 = date(2024, 5, 11)
    assert [r.started_at for r in log.export_rows(since=may_11, until=may_11)] == [early]
    assert [r.started_at for r in log.export_rows(until=may_11)] == [late, early]
    assert len(log.export_rows(since=may_11)) == 2
    assert len(log.export_rows()) == 3
