"""Schema 5: the log keeps no index the queries do not use, and still finds a crashed break."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from postureapp.core.history import MIGRATIONS, BreakLog, Outcome

NOW = datetime(2024, 5, 10, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def names(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_schema")}


def test_a_version_4_log_drops_the_outcome_index_and_recovers_a_running_break(
    tmp_path: Path,
) -> None:
    db = tmp_path / "breaks.sqlite3"
    log, _ = BreakLog.open(db, now=NOW, migrations=MIGRATIONS[:4])
    with log:
        log.start(kind="short", trigger="schedule", due_at=NOW, started_at=NOW, exercise_ids=())
    assert "breaks_outcome_started_at" in names(db)

    log, report = BreakLog.open(db, now=NOW + timedelta(hours=1))
    with log:
        assert (report.migrated_from, report.interrupted) == (4, 1)
        assert [row.outcome for row in log.rows()] == [Outcome.INTERRUPTED]
        plan = log._conn.execute(
            "EXPLAIN QUERY PLAN UPDATE breaks SET outcome = 'interrupted' WHERE outcome = 'running'"
        ).fetchall()
    assert "breaks_outcome_started_at" not in names(db)
    assert "breaks_running" in str(plan), "the start-up recovery reads the partial index"


def test_a_new_log_is_made_without_the_outcome_index(tmp_path: Path) -> None:
    db = tmp_path / "breaks.sqlite3"
    BreakLog.open(db, now=NOW)[0].close()
    assert {"breaks_started_at", "breaks_running"} <= names(db)
    assert "breaks_outcome_started_at" not in names(db)
