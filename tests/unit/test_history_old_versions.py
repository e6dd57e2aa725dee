"""A log left by any earlier version of the app opens in this one with every row and value kept,
the totals exact and the schema a new log has. The old files are built from the schema each
version released (tests/unit/history_schemas.py), not by the migrations under test."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from postureapp.core.history import BreakLog, BreakRow, CheckIn, Outcome, PostureDay, Trigger
from tests.unit.history_schemas import SCHEMAS

CURRENT = max(SCHEMAS)
PLUS2 = timezone(timedelta(hours=2))
MINUS5 = timezone(timedelta(hours=-5))
NOW = datetime(2024, 5, 10, 9, 30, tzinfo=PLUS2)

# What the old app logged: every column, ids with a gap, no end time, no exercises, both offsets,
# and only the outcomes and triggers version 1 knew.
BREAKS = [
    BreakRow(
        id=1,
        uid="b-one",
        kind="short",
        trigger=Trigger.SCHEDULE,
        due_at=datetime(2024, 5, 8, 23, 50, tzinfo=PLUS2),
        started_at=datetime(2024, 5, 8, 23, 55, tzinfo=PLUS2),
        ended_at=datetime(2024, 5, 9, 0, 1, 30, tzinfo=PLUS2),
        outcome=Outcome.COMPLETED,
        exercise_ids=("neck-roll", "twist"),
        seconds_done=390,
    ),
    BreakRow(
        id=7,
        uid="b-seven",
        kind="long",
        trigger=Trigger.MANUAL,
        due_at=datetime(2024, 5, 9, 8, 0, tzinfo=MINUS5),
        started_at=datetime(2024, 5, 9, 8, 2, tzinfo=MINUS5),
        ended_at=None,
        outcome=Outcome.SKIPPED,
        exercise_ids=(),
        seconds_done=0,
    ),
    BreakRow(
        id=8,
        uid="b-eight",
        kind="short",
        trigger=Trigger.NATURAL,
        due_at=datetime(2024, 5, 9, 21, 0, tzinfo=MINUS5),
        started_at=datetime(2024, 5, 9, 21, 0, tzinfo=MINUS5),
        ended_at=datetime(2024, 5, 9, 21, 0, 45, tzinfo=MINUS5),
        outcome=Outcome.PARTIAL,
        exercise_ids=("twist",),
        seconds_done=45,
    ),
    BreakRow(
        id=9,
        uid="b-nine",
        kind="short",
        trigger=Trigger.FIXED_TIME,
        due_at=datetime(2024, 5, 10, 7, 0, tzinfo=PLUS2),
        started_at=datetime(2024, 5, 10, 7, 1, tzinfo=PLUS2),
        ended_at=datetime(2024, 5, 10, 7, 2, tzinfo=PLUS2),
        outcome=Outcome.COMPLETED,
        exercise_ids=("twist",),
        seconds_done=60,
    ),
]
CHECKINS = [
    CheckIn(3, "c-three", datetime(2024, 5, 9, 0, 5, tzinfo=PLUS2), "better", 2, "less stiff"),
    CheckIn(4, "c-four", datetime(2024, 5, 9, 18, 0, tzinfo=MINUS5), "warning", None, None),
]
POSTURE = PostureDay(
    date(2024, 5, 9), upright_seconds=3000, slouched_seconds=600, readings=40, unseen=2
)


def offset(moment: datetime) -> int:
    delta = moment.utcoffset()
    assert delta is not None
    return int(delta.total_seconds()) // 60


def old_log(db: Path, version: int) -> None:
    """A file as the app of `version` left it, with its rows written as that app wrote them."""
    conn = sqlite3.connect(db, isolation_level=None)
    for statement in SCHEMAS[version]:
        conn.execute(statement)
    for row in BREAKS:
        conn.execute(
            "INSERT INTO breaks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.uid,
                row.kind,
                row.trigger.value,
                int(row.due_at.timestamp()),
                int(row.started_at.timestamp()),
                None if row.ended_at is None else int(row.ended_at.timestamp()),
                offset(row.started_at),
                row.outcome.value,
                ",".join(row.exercise_ids),
                row.seconds_done,
            ),
        )
    for checkin in CHECKINS:
        conn.execute(
            "INSERT INTO checkins VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                checkin.id,
                checkin.uid,
                int(checkin.at.timestamp()),
                offset(checkin.at),
                checkin.feeling,
                checkin.stiffness,
                checkin.note,
            ),
        )
    if version >= 5:
        conn.execute("INSERT INTO posture_days VALUES ('2024-05-09', 3000, 600, 40, 2)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def schema(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """What the file's schema says, by name; each statement without the spaces ending its lines."""
    made = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"
    )
    return [
        (kind, name, table, "\n".join(line.rstrip() for line in sql.splitlines()))
        for kind, name, table, sql in made
    ]


def released_schema(tmp_path: Path, version: int) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(tmp_path / f"released-v{version}.sqlite3")
    for statement in SCHEMAS[version]:
        conn.execute(statement)
    try:
        return schema(conn)
    finally:
        conn.close()


def summary(log: BreakLog) -> tuple[object, ...]:
    """Every total the statistics read."""
    return (
        log.day_outcome_totals(),
        log.outcome_totals(),
        sorted(log.exercise_outcome_totals()),
        sorted(log.completed_exercise_sets()),
        log.daily_completed(date(2024, 5, 8), date(2024, 5, 11)),
    )


@pytest.mark.parametrize("version", range(1, CURRENT))
def test_a_log_from_an_older_version_keeps_every_row_and_value(
    tmp_path: Path, version: int
) -> None:
    db = tmp_path / "breaks.sqlite3"
    old_log(db, version)
    log, report = BreakLog.open(db, now=NOW)
    with log:
        assert report.migrated_from == version
        assert log.rows(newest_first=False) == BREAKS
        assert log.checkins() == CHECKINS
        assert log.posture_days() == ([POSTURE] if version >= 5 else [])
    with sqlite3.connect(report.backup) as backup:  # the file as it was, kept aside
        assert backup.execute("PRAGMA user_version").fetchone()[0] == version
        assert backup.execute("SELECT COUNT(*) FROM breaks").fetchone()[0] == len(BREAKS)
    backup.close()


@pytest.mark.parametrize("version", range(1, CURRENT))
def test_an_upgraded_log_has_the_schema_and_totals_of_a_new_one(
    tmp_path: Path, version: int
) -> None:
    db = tmp_path / "breaks.sqlite3"
    old_log(db, version)
    BreakLog.open(db, now=NOW)[0].close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert schema(conn) == released_schema(tmp_path, CURRENT)
    conn.close()
    with BreakLog.open(tmp_path / "new.sqlite3", now=NOW)[0] as new:
        for row in BREAKS:
            new.put_break(row)
        expected = summary(new)
    with BreakLog.open(db, now=NOW)[0] as log:
        assert summary(log) == expected
        assert expected[0] != []  # the totals were there to compare


def test_a_new_log_has_the_schema_of_the_current_version(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    BreakLog.open(db, now=NOW)[0].close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert schema(conn) == released_schema(tmp_path, CURRENT)
    conn.close()


def test_the_totals_of_an_upgraded_log_keep_up_with_later_changes(tmp_path: Path) -> None:
    """The triggers an upgrade leaves behind count a break started and then finished, and one
    recorded whole, as a new log's do."""
    db = tmp_path / "breaks.sqlite3"
    old_log(db, 1)
    logs = [BreakLog.open(db, now=NOW)[0], BreakLog.open(tmp_path / "new.sqlite3", now=NOW)[0]]
    for log in logs[1:]:
        for row in BREAKS:
            log.put_break(row)
    totals = []
    for log in logs:
        with log:
            started = log.start(
                kind="short",
                trigger=Trigger.POSTURE,
                due_at=NOW,
                started_at=NOW,
                exercise_ids=["a"],
            )
            log.finish(started, outcome=Outcome.STOPPED, ended_at=NOW, seconds_done=20)
            log.record(
                kind="long",
                trigger=Trigger.SCHEDULE,
                due_at=NOW,
                started_at=NOW,
                ended_at=NOW,
                outcome=Outcome.COMPLETED,
                exercise_ids=["twist"],
                seconds_done=100,
            )
            totals.append(summary(log))
    assert totals[0] == totals[1]
