"""Each day's posture figures in the break log (numbers only) and in the JSON export; an export
that carries them still imports; a log from before them is upgraded."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from postureapp.core.history import MIGRATIONS, BreakLog, PostureDay, format_json, parse_export
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
        text = format_json(log.export_rows(), log.posture_days())
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
    assert [row.exercise_ids for row in parse_export(text, "export.json")] == [("chin-tuck",)]


def test_without_posture_figures_the_export_is_as_before() -> None:
    assert "posture_days" not in json.loads(format_json([]))
