"""Per exercise, per local month and outcome: breaks and seconds, kept exact by triggers (schema 4).

The per-exercise figures of a long range are then sums over a few thousand rows; only the days
of the months a range cuts are read from the breaks themselves. A break's seconds are shared
equally between its exercises (the log keeps one time per break).

The exercise list is split inside SQLite, where triggers cannot use a WITH clause: the list is
quoted as one JSON string (`json_quote`, which escapes anything an id may hold) and each comma
becomes `","`, which no JSON escape contains, so the array is always valid.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from postureapp.core.history.records import day_number

TABLE = "month_exercise_totals"


def exercise_array(row: str = "") -> str:
    """SQL for the exercise list of a break as a JSON array; `row` is "NEW." or "OLD."."""
    return f"""('[' || replace(json_quote({row}exercise_ids), ',', '","') || ']')"""


def local_month(row: str = "") -> str:
    """SQL for the local day number of the first day of the month a break started in."""
    local = f"{row}started_at + {row}utc_offset_minutes * 60"
    first = f"date({local}, 'unixepoch', 'start of month')"
    return f"(CAST(strftime('%s', {first}) AS INTEGER) / 86400)"


def _share(row: str) -> str:
    return f"({row}seconds_done * 1.0 / json_array_length({exercise_array(row)}))"


def _count_in(row: str) -> str:
    return f"""
        INSERT INTO {TABLE} (month, exercise_id, outcome, breaks, seconds)
            SELECT {local_month(row)}, j.value, {row}outcome, 1, {_share(row)}
            FROM json_each({exercise_array(row)}) AS j WHERE j.value <> ''
            ON CONFLICT (month, exercise_id, outcome) DO UPDATE
            SET breaks = breaks + 1, seconds = seconds + excluded.seconds;"""


def _count_out(row: str) -> str:
    ids = f"json_each({exercise_array(row)})"
    times = f"(SELECT COUNT(*) FROM {ids} WHERE value = exercise_id)"
    match = (
        f"month = {local_month(row)} AND outcome = {row}outcome "
        f"AND exercise_id IN (SELECT value FROM {ids})"
    )
    return f"""
        UPDATE {TABLE} SET breaks = breaks - {times}, seconds = seconds - {times} * {_share(row)}
            WHERE {match};
        DELETE FROM {TABLE} WHERE {match} AND breaks <= 0;"""


def triggers() -> tuple[str, ...]:
    """Re-create these (with the other summary triggers) whenever the breaks table is rebuilt."""
    return (
        f"""CREATE TRIGGER breaks_exercise_months_insert AFTER INSERT ON breaks
        BEGIN {_count_in("NEW.")} END""",
        f"""CREATE TRIGGER breaks_exercise_months_delete AFTER DELETE ON breaks
        BEGIN {_count_out("OLD.")} END""",
        f"""CREATE TRIGGER breaks_exercise_months_update
        AFTER UPDATE OF started_at, utc_offset_minutes, outcome, seconds_done, exercise_ids
        ON breaks BEGIN {_count_out("OLD.")} {_count_in("NEW.")} END""",
    )


def exercise_months_v4(conn: sqlite3.Connection) -> None:
    """Schema 4: the per-exercise monthly totals, filled from the breaks already logged."""
    array = exercise_array()
    for statement in (
        f"""CREATE TABLE {TABLE} (
            month INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            outcome TEXT NOT NULL,
            breaks INTEGER NOT NULL,
            seconds REAL NOT NULL,
            PRIMARY KEY (month, exercise_id, outcome)
        ) WITHOUT ROWID""",
        f"""INSERT INTO {TABLE} (month, exercise_id, outcome, breaks, seconds)
            SELECT {local_month()}, j.value, outcome, COUNT(*),
                SUM(seconds_done * 1.0 / json_array_length({array}))
            FROM breaks, json_each({array}) AS j WHERE j.value <> ''
            GROUP BY 1, 2, 3""",
        *triggers(),
    ):
        conn.execute(statement)


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def split_by_month(
    since: date | None, until: date | None
) -> tuple[tuple[int | None, int | None] | None, list[tuple[date | None, date | None]]]:
    """The whole months of [since, until] as a range of month numbers for the summary (or None
    when there are none), and the ranges of days left over, to be read from the breaks.
    """
    first_whole = None if since is None else (since if since.day == 1 else next_month(since))
    after_whole = None if until is None else month_start(until + timedelta(days=1))
    if first_whole is not None and after_whole is not None and first_whole >= after_whole:
        return None, [(since, until)]
    edges: list[tuple[date | None, date | None]] = []
    if since is not None and first_whole is not None and since < first_whole:
        edges.append((since, first_whole - timedelta(days=1)))
    if until is not None and after_whole is not None and after_whole <= until:
        edges.append((after_whole, until))
    low = None if first_whole is None else day_number(first_whole)
    high = None if after_whole is None else day_number(after_whole) - 1
    return (low, high), edges
