"""The log's schema, its migrations, and the SQL the store speaks.

Each migration takes the file from one `PRAGMA user_version` to the next; a migration, once
released, never changes (a fresh log runs them all, an old one only those it lacks).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from postureapp.core.history import exercise_months
from postureapp.core.history.records import (
    DAY,
    FEELINGS,
    KINDS,
    BreakRow,
    CheckIn,
    aware,
    day_number,
    split_exercises,
)
from postureapp.core.terms import Outcome, Trigger, values

# A UTC offset is always under a day, so widening a local-day range by a day on each side is a
# safe pre-filter on the indexed `started_at` column.
OFFSET_SLACK = DAY


Migration = Callable[[sqlite3.Connection], None]


#: The outcomes version 1 of the schema accepts; frozen, because a released migration never
#: changes. Version 3 widens the check to every `Outcome`.
V1_OUTCOMES = ("running", "completed", "skipped", "snoozed", "partial", "natural", "interrupted")
V1_TRIGGERS = ("schedule", "manual", "fixed-time", "natural")


def _quoted(words: Sequence[str]) -> str:
    return ", ".join(f"'{word}'" for word in words)


def _breaks_table(name: str, outcomes: Sequence[str], triggers: Sequence[str]) -> str:
    return f"""CREATE TABLE {name} (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ({_quoted(KINDS)})),
            "trigger" TEXT NOT NULL CHECK ("trigger" IN ({_quoted(triggers)})),
            due_at INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            utc_offset_minutes INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ({_quoted(outcomes)})),
            exercise_ids TEXT NOT NULL DEFAULT '',
            seconds_done INTEGER NOT NULL DEFAULT 0 CHECK (seconds_done >= 0)
        )"""


_BREAK_INDEXES = (
    "CREATE INDEX breaks_started_at ON breaks (started_at)",
    "CREATE INDEX breaks_outcome_started_at ON breaks (outcome, started_at)",
)


def _schema_v1(conn: sqlite3.Connection) -> None:
    for statement in (
        _breaks_table("breaks", V1_OUTCOMES, V1_TRIGGERS),
        *_BREAK_INDEXES,
        f"""CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            at INTEGER NOT NULL,
            utc_offset_minutes INTEGER NOT NULL,
            feeling TEXT NOT NULL CHECK (feeling IN ({_quoted(FEELINGS)})),
            stiffness INTEGER CHECK (stiffness BETWEEN 0 AND 10),
            note TEXT
        )""",
        "CREATE INDEX checkins_at ON checkins (at)",
    ):
        conn.execute(statement)


def local_day(row: str = "", column: str = "started_at") -> str:
    """SQL for the local day number a break started on (or a check-in was made on, with `column`
    "at"); `row` is "NEW." or "OLD." in triggers.
    """
    return f"(({row}{column} + {row}utc_offset_minutes * 60) / {DAY})"


def _count_in(row: str) -> str:
    """Trigger statements adding the break `row` to the summary tables."""
    return f"""
        INSERT INTO day_totals (day, outcome, breaks, seconds)
            VALUES ({local_day(row)}, {row}outcome, 1, {row}seconds_done)
            ON CONFLICT (day, outcome) DO UPDATE
            SET breaks = breaks + 1, seconds = seconds + excluded.seconds;
        INSERT INTO exercise_totals (exercise_ids, breaks)
            SELECT {row}exercise_ids, 1 WHERE {row}outcome = '{Outcome.COMPLETED.value}'
            ON CONFLICT (exercise_ids) DO UPDATE SET breaks = breaks + 1;"""


def _count_out(row: str) -> str:
    """Trigger statements taking the break `row` out again, dropping totals that reach zero."""
    day = local_day(row)
    return f"""
        UPDATE day_totals SET breaks = breaks - 1, seconds = seconds - {row}seconds_done
            WHERE day = {day} AND outcome = {row}outcome;
        DELETE FROM day_totals WHERE day = {day} AND outcome = {row}outcome AND breaks = 0;
        UPDATE exercise_totals SET breaks = breaks - 1
            WHERE exercise_ids = {row}exercise_ids AND {row}outcome = '{Outcome.COMPLETED.value}';
        DELETE FROM exercise_totals WHERE exercise_ids = {row}exercise_ids AND breaks = 0;"""


def _summary_triggers() -> tuple[str, ...]:
    """The triggers keeping the summary tables exact (made where a migration runs them)."""
    return (
        f"CREATE TRIGGER breaks_count_insert AFTER INSERT ON breaks BEGIN {_count_in('NEW.')} END",
        f"CREATE TRIGGER breaks_count_delete AFTER DELETE ON breaks BEGIN {_count_out('OLD.')} END",
        f"""CREATE TRIGGER breaks_count_update
        AFTER UPDATE OF started_at, utc_offset_minutes, outcome, seconds_done, exercise_ids
        ON breaks BEGIN {_count_out("OLD.")} {_count_in("NEW.")} END""",
    )


def _summary_tables_v2(conn: sqlite3.Connection) -> None:
    """Totals per (local day, outcome) and per exercise list, kept exact by triggers.

    Statistics then read a few thousand summary rows instead of grouping every break ever logged.
    """
    completed = Outcome.COMPLETED.value
    for statement in (
        """CREATE TABLE day_totals (
            day INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            breaks INTEGER NOT NULL,
            seconds INTEGER NOT NULL,
            PRIMARY KEY (day, outcome)
        ) WITHOUT ROWID""",
        """CREATE TABLE exercise_totals (
            exercise_ids TEXT PRIMARY KEY,
            breaks INTEGER NOT NULL
        ) WITHOUT ROWID""",
        f"""INSERT INTO day_totals (day, outcome, breaks, seconds)
            SELECT {local_day()}, outcome, COUNT(*), SUM(seconds_done) FROM breaks
            GROUP BY 1, 2""",
        f"""INSERT INTO exercise_totals (exercise_ids, breaks)
            SELECT exercise_ids, COUNT(*) FROM breaks WHERE outcome = '{completed}'
            GROUP BY exercise_ids""",
        *_summary_triggers(),
    ):
        conn.execute(statement)


def _stopped_outcome_v3(conn: sqlite3.Connection) -> None:
    """Accept every outcome of `Outcome` ('stopped' is new): SQLite cannot change a CHECK, so the
    table is rebuilt with the same rows, ids, indexes and triggers (the totals stay as they are).
    """
    for statement in (
        _breaks_table("breaks_v3", values(Outcome), values(Trigger)),
        "INSERT INTO breaks_v3 SELECT * FROM breaks",
        "DROP TABLE breaks",
        "ALTER TABLE breaks_v3 RENAME TO breaks",
        *_BREAK_INDEXES,
        *_summary_triggers(),
    ):
        conn.execute(statement)


def _posture_v5(conn: sqlite3.Connection) -> None:
    """Posture sensing (issue 24): breaks may be started by a held slouch ('posture' is a new
    `Trigger`, so the table is rebuilt as in version 3, with every summary trigger re-created,
    the per-exercise months' too), and a table of each day's posture figures, numbers only,
    written by `posture_days.PostureDays` (nothing to fill)."""
    for statement in (
        _breaks_table("breaks_v5", values(Outcome), values(Trigger)),
        "INSERT INTO breaks_v5 SELECT * FROM breaks",
        "DROP TABLE breaks",
        "ALTER TABLE breaks_v5 RENAME TO breaks",
        *_BREAK_INDEXES,
        *_summary_triggers(),
        *exercise_months.triggers(),
    ):
        conn.execute(statement)
    conn.execute(
        """CREATE TABLE posture_days (
            day TEXT PRIMARY KEY,
            upright_seconds INTEGER NOT NULL CHECK (upright_seconds >= 0),
            slouched_seconds INTEGER NOT NULL CHECK (slouched_seconds >= 0),
            readings INTEGER NOT NULL CHECK (readings >= 0),
            unseen INTEGER NOT NULL CHECK (unseen >= 0)
        ) WITHOUT ROWID"""
    )


def _leaner_indexes_v6(conn: sqlite3.Connection) -> None:
    """Drop the (outcome, started_at) index: the summary tables answer every question by
    outcome since version 2, and it took an eighth of a ten-year file (3.8 of 30 MB). The one
    query left that looks for an outcome, the 'running' rows at start, gets a partial index of
    those few rows. An existing file keeps its size and reuses the freed pages as it grows.
    """
    conn.execute("DROP INDEX IF EXISTS breaks_outcome_started_at")
    conn.execute(
        f"CREATE INDEX breaks_running ON breaks (id) WHERE outcome = '{Outcome.RUNNING.value}'"
    )


# Step i takes the file from user_version i to i + 1; append to add a version. A migration that
# rebuilds the breaks table must re-create every summary trigger (also exercise_months.triggers())
# and the indexes as version 6 left them (without breaks_outcome_started_at, with breaks_running).
MIGRATIONS: tuple[Migration, ...] = (
    _schema_v1,
    _summary_tables_v2,
    _stopped_outcome_v3,
    exercise_months.exercise_months_v4,
    _posture_v5,
    _leaner_indexes_v6,
)


def day_filter(
    since: date | None, until: date | None, *, column: str = "started_at"
) -> tuple[list[str], list[object]]:
    """SQL conditions keeping breaks whose local start day is in [since, until], using the index
    (check-ins by the day they were made, with `column` "at").
    """
    clauses: list[str] = []
    params: list[object] = []
    day = local_day(column=column)
    if since is not None:
        first = day_number(since)
        clauses += [f"{column} >= ?", f"{day} >= ?"]
        params += [first * DAY - OFFSET_SLACK, first]
    if until is not None:
        last = day_number(until)
        clauses += [f"{column} < ?", f"{day} <= ?"]
        params += [(last + 1) * DAY + OFFSET_SLACK, last]
    return clauses, params


def bounds(
    column: str, low: int | None, high: int | None, *, high_op: str = "<="
) -> tuple[list[str], list[object]]:
    """SQL conditions `column >= low` and `column <high_op> high`, for the bounds that are set."""
    clauses: list[str] = []
    params: list[object] = []
    if low is not None:
        clauses.append(f"{column} >= ?")
        params.append(low)
    if high is not None:
        clauses.append(f"{column} {high_op} ?")
        params.append(high)
    return clauses, params


def day_range(since: date | None, until: date | None) -> tuple[list[str], list[object]]:
    """SQL conditions keeping summary rows whose `day` is in [since, until]."""
    return bounds(
        "day",
        None if since is None else day_number(since),
        None if until is None else day_number(until),
    )


def where(clauses: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


BREAK_COLUMNS = (
    'id, uid, kind, "trigger", due_at, started_at, ended_at, utc_offset_minutes, '
    "outcome, exercise_ids, seconds_done"
)


def break_from_sql(record: Sequence[Any]) -> BreakRow:
    (row_id, uid, kind, trigger, due, started, ended, offset, outcome, exercises, done) = record
    return BreakRow(
        id=int(row_id),
        uid=str(uid),
        kind=str(kind),
        trigger=Trigger(trigger),
        due_at=aware(int(due), int(offset)),
        started_at=aware(int(started), int(offset)),
        ended_at=None if ended is None else aware(int(ended), int(offset)),
        outcome=Outcome(outcome),
        exercise_ids=split_exercises(str(exercises)),
        seconds_done=int(done),
    )


CHECKIN_COLUMNS = "id, uid, at, utc_offset_minutes, feeling, stiffness, note"


def checkin_from_sql(record: Sequence[Any]) -> CheckIn:
    row_id, uid, at, offset, feeling, stiffness, note = record
    return CheckIn(
        id=int(row_id),
        uid=str(uid),
        at=aware(int(at), int(offset)),
        feeling=str(feeling),
        stiffness=None if stiffness is None else int(stiffness),
        note=None if note is None else str(note),
    )
