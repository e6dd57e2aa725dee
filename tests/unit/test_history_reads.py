"""What the history window and `postureapp stats` read back: check-ins with the ids they were
given, a chart of days that holds only the days asked for, and the breaks of a day in order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, Outcome, Trigger

PLUS2 = timezone(timedelta(hours=2))
MAY_10 = datetime(2024, 5, 10, 9, 0, tzinfo=PLUS2)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[BreakLog]:
    opened, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=MAY_10)
    with opened:
        yield opened


def add(log: BreakLog, started: datetime, outcome: Outcome = Outcome.COMPLETED) -> int:
    return log.record(
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=started,
        started_at=started,
        ended_at=started + timedelta(seconds=30),
        outcome=outcome,
        exercise_ids=("twist",),
        seconds_done=30,
    )


def test_check_ins_come_back_with_the_ids_they_were_given(log: BreakLog) -> None:
    first = log.add_checkin(at=MAY_10, feeling="better", stiffness=2, note="fine")
    second = log.add_checkin(at=MAY_10 + timedelta(hours=1), feeling="same")
    assert [c.id for c in log.checkins()] == [first, second]
    assert [c.id for c in log.checkins_on(date(2024, 5, 10))] == [first, second]
    (kept, _) = log.checkins()
    assert (kept.stiffness, kept.note, kept.at) == (2, "fine", MAY_10)


def test_the_completed_breaks_per_day_hold_only_the_days_asked_for(log: BreakLog) -> None:
    add(log, MAY_10 - timedelta(days=3))  # before the range
    add(log, MAY_10)
    add(log, MAY_10 + timedelta(hours=1))
    add(log, MAY_10 + timedelta(days=1), Outcome.SKIPPED)
    add(log, MAY_10 + timedelta(days=5))  # after the range
    assert log.daily_completed(date(2024, 5, 10), date(2024, 5, 11)) == {
        date(2024, 5, 10): 2,
        date(2024, 5, 11): 0,
    }


def test_breaks_started_the_same_second_keep_the_order_they_were_logged_in(log: BreakLog) -> None:
    ids = [add(log, MAY_10) for _ in range(3)]
    assert [r.id for r in log.rows()] == ids[::-1]
    assert [r.id for r in log.rows(newest_first=False)] == ids
    assert [r.id for r in log.export_rows()] == ids


@pytest.mark.parametrize(
    ("since", "until", "counted"),
    [
        (date(2024, 5, 2), date(2024, 6, 30), ["05-02", "05-30", "05-31", "06-01", "06-30"]),
        (date(2024, 5, 1), date(2024, 5, 30), ["05-01", "05-02", "05-30"]),
        (
            date(2024, 4, 30),
            date(2024, 6, 1),
            ["04-30", "05-01", "05-02", "05-30", "05-31", "06-01"],
        ),
        (date(2024, 5, 31), date(2024, 6, 1), ["05-31", "06-01"]),
    ],
)
def test_an_exercise_counts_the_breaks_of_exactly_the_days_asked_for(
    log: BreakLog, since: date, until: date, counted: list[str]
) -> None:
    days = ["04-29", "04-30", "05-01", "05-02", "05-30", "05-31", "06-01", "06-30", "07-01"]
    for day in days:
        month, number = (int(part) for part in day.split("-"))
        add(log, datetime(2024, month, number, 12, 0, tzinfo=PLUS2))
    totals = log.exercise_outcome_totals(since=since, until=until)
    assert totals == [("twist", Outcome.COMPLETED, len(counted), 30.0 * len(counted))]
