"""Each day's posture figures in the break log (numbers only) and in the JSON export; an export
that carries them still imports; a log from before them is upgraded."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import (
    MIGRATIONS,
    BreakLog,
    BreakRow,
    ImportFileError,
    PostureDay,
    format_json,
    parse_export,
)
from postureapp.core.terms import Outcome, Trigger

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def day(n: int, upright: int = 3000, slouched: int = 600) -> PostureDay:
    return PostureDay(date(2026, 3, n), upright, slouched, readings=200, unseen=12)


def test_a_day_is_kept_and_replaced_as_it_goes_on(tmp_path: Path) -> None:
    log, _ = BreakLog.open(tmp_path / "breaks.sqlite3", now=NOW)
    with log:
        log.record_posture_day(day(2, 600, 60))
        log.record_posture_day(day(1))
        log.record_posture_day(day(2, 1200, 300))
        assert log.posture_days() == [day(1), day(2, 1200, 300)]
        assert log.posture_days(since=date(2026, 3, 2)) == [day(2, 1200, 300)]
        assert log.posture_days(until=date(2026, 3, 1)) == [day(1)]
    columns = [
        row[1]
        for row in sqlite3.connect(tmp_path / "breaks.sqlite3").execute(
            "PRAGMA table_info(posture_days)"
        )
    ]
    assert columns == ["day", "upright_seconds", "slouched_seconds", "readings", "unseen"]


def test_a_log_from_before_posture_sensing_is_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    old, _ = BreakLog.open(db, now=NOW, migrations=MIGRATIONS[:3])
    old.record(
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=NOW,
        started_at=NOW,
        ended_at=NOW + timedelta(seconds=40),
        outcome=Outcome.COMPLETED,
        exercise_ids=["open-book"],
        seconds_done=40,
    )
    old.close()
    log, report = BreakLog.open(db, now=NOW)
    with log:
        assert report.backup is not None  # the file as it was, kept before the upgrade
        log.record_posture_day(day(1))
        assert log.posture_days() == [day(1)]
        log.record(
            kind="short",
            trigger=Trigger.POSTURE,
            due_at=NOW + timedelta(hours=1),
            started_at=NOW + timedelta(hours=1),
            ended_at=NOW + timedelta(hours=1, seconds=40),
            outcome=Outcome.COMPLETED,
            exercise_ids=["chin-tuck"],
            seconds_done=40,
        )
        assert [row.trigger for row in log.rows(newest_first=False)] == ["schedule", "posture"]
        assert log.count() == 2


def test_the_json_export_carries_the_days_and_still_imports() -> None:
    log, _ = BreakLog.open(Path(":memory:"), now=NOW)
    with log:
        log.record(
            kind="short",
            trigger=Trigger.SCHEDULE,
            due_at=NOW,
            started_at=NOW,
            ended_at=NOW + timedelta(seconds=40),
            outcome=Outcome.COMPLETED,
            exercise_ids=["chin-tuck"],
            seconds_done=40,
        )
        log.record_posture_day(day(2))
        text = format_json(log.export_rows(), (), log.posture_days())
    document = json.loads(text)
    assert document["posture_days"] == [
        {
            "day": "2026-03-02",
            "upright_seconds": 3000,
            "slouched_seconds": 600,
            "readings": 200,
            "unseen": 12,
        }
    ]
    records = parse_export(text, "export.json")
    assert [row.exercise_ids for row in records if isinstance(row, BreakRow)] == [("chin-tuck",)]
    assert [record for record in records if isinstance(record, PostureDay)] == [day(2)]


def test_without_posture_figures_the_export_is_as_before() -> None:
    assert "posture_days" not in json.loads(format_json([]))


# --- posture days: schema version 5, after #19's version 4; the export's extra list ----------------


def _break(log: BreakLog, at: datetime, trigger: Trigger, *exercises: str) -> None:
    log.record(
        kind="short",
        trigger=trigger,
        due_at=at,
        started_at=at,
        ended_at=at + timedelta(seconds=60),
        outcome=Outcome.COMPLETED,
        exercise_ids=list(exercises),
        seconds_done=60,
    )


def _months(log: BreakLog) -> list[tuple[str, Outcome, int, float]]:
    """Whole months only: read from the per-exercise monthly summary its triggers keep."""
    return sorted(log.exercise_outcome_totals(since=date(2026, 1, 1), until=date(2026, 2, 28)))


@pytest.mark.parametrize("version", [3, 4])
def test_a_version_3_or_4_log_gets_posture_days_with_every_summary_kept_up(
    tmp_path: Path, version: int
) -> None:
    db = tmp_path / "breaks.sqlite3"
    old, _ = BreakLog.open(db, now=NOW, migrations=MIGRATIONS[:version])
    _break(old, datetime(2026, 1, 5, 9, tzinfo=NOW.tzinfo), Trigger.SCHEDULE, "open-book")
    _break(old, datetime(2026, 2, 3, 9, tzinfo=NOW.tzinfo), Trigger.MANUAL, "chin-tuck", "twist")
    old.close()
    log, report = BreakLog.open(db, now=NOW)
    with log:
        assert report.migrated_from == version
        assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert _months(log) == [
            ("chin-tuck", Outcome.COMPLETED, 1, 30.0),
            ("open-book", Outcome.COMPLETED, 1, 60.0),
            ("twist", Outcome.COMPLETED, 1, 30.0),
        ]
        # After the breaks table was rebuilt, the monthly totals still follow each new break.
        _break(log, datetime(2026, 2, 20, 9, tzinfo=NOW.tzinfo), Trigger.POSTURE, "chin-tuck")
        assert _months(log)[0] == ("chin-tuck", Outcome.COMPLETED, 2, 90.0)
        assert log.outcome_totals()[Outcome.COMPLETED] == (3, 180)
        log.record_posture_day(day(1))
        assert log.posture_days() == [day(1)]
    migrated, _ = BreakLog.open(db, now=NOW)
    fresh, _ = BreakLog.open(tmp_path / "fresh.sqlite3", now=NOW)
    with migrated, fresh:  # a new log, filled with the same breaks, has the same monthly totals
        fresh.import_rows(migrated.export_rows())
        assert _months(fresh) == _months(migrated)


def test_an_export_with_check_ins_and_posture_days_merges_once(tmp_path: Path) -> None:
    source, _ = BreakLog.open(tmp_path / "a.sqlite3", now=NOW)
    with source:
        _break(source, NOW, Trigger.POSTURE, "chin-tuck")
        source.add_checkin(at=NOW, feeling="better", stiffness=3)
        source.record_posture_day(day(1))
        source.record_posture_day(day(2))
        text = format_json(source.export_rows(), source.checkins(), source.posture_days())
    document = json.loads(text)
    assert (document["version"], len(document["checkins"])) == (2, 1)
    assert [d["day"] for d in document["posture_days"]] == ["2026-03-01", "2026-03-02"]
    target, _ = BreakLog.open(tmp_path / "b.sqlite3", now=NOW)
    with target:
        target.record_posture_day(day(2, 100, 100))  # this log's own figures for the 2nd
        first = target.import_records(parse_export(text, "export.json"))
        again = target.import_records(parse_export(text, "export.json"))
        assert (first.breaks_added, first.checkins_added) == (1, 1)
        assert (first.posture_days_added, first.posture_days_present) == (1, 1)
        assert (again.breaks_added, again.checkins_added, again.posture_days_added) == (0, 0, 0)
        assert target.posture_days() == [day(1), day(2, 100, 100)]
        assert [row.trigger for row in target.rows()] == ["posture"]


def test_an_export_from_before_posture_days_still_imports() -> None:
    version_1 = json.dumps(
        {
            "format": "postureapp-breaks",
            "version": 1,
            "breaks": json.loads(format_json([_row()]))["breaks"],
        }
    )
    assert [row.exercise_ids for row in parse_export(version_1, "old.json")] == [("open-book",)]


def test_a_wrong_posture_day_is_named_and_the_file_refused() -> None:
    text = json.dumps(
        {
            "format": "postureapp-breaks",
            "version": 2,
            "breaks": [],
            "posture_days": [{**day(1).export(), "upright_seconds": -5}],
        }
    )
    with pytest.raises(ImportFileError) as error:
        parse_export(text, "export.json")
    assert "posture_days[0].upright_seconds" in str(error.value)


def _row() -> BreakRow:
    return BreakRow(
        id=1,
        uid="a" * 32,
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=NOW,
        started_at=NOW,
        ended_at=NOW + timedelta(seconds=40),
        outcome=Outcome.COMPLETED,
        exercise_ids=("open-book",),
        seconds_done=40,
    )
