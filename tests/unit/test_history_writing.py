"""Writing the break log: whole refusals, what an import reports, how its batches are paced."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, HistoryError, Outcome, Trigger
from postureapp.core.history.posture_days import PostureDay
from postureapp.core.history.records import BreakRow, CheckIn
from postureapp.core.history.writes import Merged, new_break, new_checkin

PLUS2 = timezone(timedelta(hours=2))
NOW = datetime(2024, 5, 10, 9, 30, tzinfo=PLUS2)


@pytest.fixture
def log(tmp_path: Path) -> BreakLog:
    opened, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    return opened


def a_break(started: datetime, outcome: Outcome = Outcome.COMPLETED) -> BreakRow:
    return new_break(
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=started,
        started_at=started,
        ended_at=None if outcome is Outcome.RUNNING else started + timedelta(seconds=45),
        outcome=outcome,
        exercise_ids=("neck-tilt",),
        seconds_done=0 if outcome is Outcome.RUNNING else 45,
    )


def checkins(count: int) -> list[CheckIn]:
    return [
        new_checkin(at=NOW + timedelta(minutes=i), feeling="same", stiffness=None, note=None)
        for i in range(count)
    ]


def test_a_break_may_end_the_moment_it_starts() -> None:
    row = new_break(
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=NOW,
        started_at=NOW,
        ended_at=NOW,
        outcome=Outcome.SKIPPED,
        exercise_ids=(),
        seconds_done=0,
    )
    assert (row.started_at, row.ended_at, row.outcome) == (NOW, NOW, Outcome.SKIPPED)


def test_refusals_say_in_full_what_was_wrong(log: BreakLog) -> None:
    with log:
        with pytest.raises(ValueError) as running:
            log.record(
                kind="short",
                trigger=Trigger.SCHEDULE,
                due_at=NOW,
                started_at=NOW,
                ended_at=None,
                outcome=Outcome.RUNNING,
            )
        assert str(running.value) == (
            "record needs a final outcome; use start() for a running break"
        )
        with pytest.raises(ValueError) as negative:
            log.record(
                kind="short",
                trigger=Trigger.SCHEDULE,
                due_at=NOW,
                started_at=NOW,
                ended_at=NOW,
                outcome=Outcome.SKIPPED,
                seconds_done=-1,
            )
        assert str(negative.value) == "seconds_done cannot be negative, got -1"
        with pytest.raises(ValueError) as unfinished:
            log.finish(1, outcome=Outcome.RUNNING, ended_at=NOW, seconds_done=0)
        assert str(unfinished.value) == "finish needs a final outcome, not 'running'"
        with pytest.raises(HistoryError) as missing:
            log.finish(999, outcome=Outcome.SKIPPED, ended_at=NOW, seconds_done=0)
        assert str(missing.value) == "break 999 does not exist; it cannot be finished"
        assert log.rows() == []


def test_a_started_break_and_a_recorded_one_have_done_no_seconds_unless_told(
    log: BreakLog,
) -> None:
    with log:
        log.start(
            kind="short",
            trigger=Trigger.SCHEDULE,
            due_at=NOW,
            started_at=NOW,
            exercise_ids=("neck-tilt",),
        )
        log.record(
            kind="short",
            trigger=Trigger.SCHEDULE,
            due_at=NOW + timedelta(hours=1),
            started_at=NOW + timedelta(hours=1),
            ended_at=None,
            outcome=Outcome.SKIPPED,
        )
        rows = log.rows(newest_first=False)
    assert [(row.outcome, row.seconds_done) for row in rows] == [
        (Outcome.RUNNING, 0),
        (Outcome.SKIPPED, 0),
    ]


def test_an_imported_check_in_with_stiffness_out_of_range_is_refused(log: BreakLog) -> None:
    stiff = replace(checkins(1)[0], stiffness=11)
    with log:
        with pytest.raises(ValueError) as refused:
            log.import_records([stiff])
        assert str(refused.value) == "stiffness must be 0 to 10, got 11"
        assert log.checkins() == []


def test_an_import_reports_every_kind_of_record_new_then_known(log: BreakLog) -> None:
    records = [
        a_break(NOW),
        a_break(NOW + timedelta(hours=1)),
        *checkins(3),
        PostureDay(date(2024, 5, 8), 60, 6, 9, 1),
        PostureDay(date(2024, 5, 9), 120, 12, 18, 0),
    ]
    with log:
        assert log.import_records(records) == Merged(2, 0, 3, 0, 2, 0)
        assert log.import_records(records) == Merged(0, 2, 0, 3, 0, 2)
        assert len(log.rows()) == 2
        assert len(log.checkins()) == 3


def test_import_rows_counts_breaks_and_check_ins_together(log: BreakLog) -> None:
    records = [a_break(NOW), a_break(NOW + timedelta(hours=1)), *checkins(3)]
    with log:
        assert log.import_rows(records) == (5, 0)
        assert log.import_rows([*records, a_break(NOW + timedelta(hours=2))]) == (1, 5)


@pytest.mark.parametrize(
    ("count", "pauses"), [(999, 0), (1000, 0), (1001, 1), (2000, 1), (2001, 2)]
)
def test_an_import_pauses_between_batches_of_a_thousand(
    log: BreakLog, count: int, pauses: int
) -> None:
    calls: list[int] = []
    with log:
        merged = log.import_records(checkins(count), between=lambda: calls.append(1))
        assert (merged.checkins_added, len(calls)) == (count, pauses)


def test_import_rows_pauses_between_batches_of_a_thousand(log: BreakLog) -> None:
    calls: list[int] = []
    with log:
        assert log.import_rows(checkins(1001), between=lambda: calls.append(1)) == (1001, 0)
    assert len(calls) == 1


def test_a_break_put_twice_keeps_its_end_and_a_restart_may_interrupt_it(log: BreakLog) -> None:
    done = a_break(NOW)
    running = a_break(NOW + timedelta(hours=1), Outcome.RUNNING)
    with log:
        assert log.put_break(done) is True
        assert log.put_break(running) is True
        assert log.put_break(replace(running, outcome=Outcome.INTERRUPTED)) is True
        rows = log.rows(newest_first=False)
    assert [(row.uid, row.outcome, row.ended_at, row.seconds_done) for row in rows] == [
        (done.uid, Outcome.COMPLETED, NOW + timedelta(seconds=45), 45),
        (running.uid, Outcome.INTERRUPTED, None, 0),
    ]
