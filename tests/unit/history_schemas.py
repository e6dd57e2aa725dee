"""The log's schema as each released version of the app left it, frozen here as SQLite keeps it
(`sqlite_schema.sql`, in the order it was made), so a test can build a log file of any older
version without the migrations under test, and check what an upgraded or a new log ends up as.

A released version never changes: a new version adds an entry (and its statements) here. Versions
3 and 4 did not yet know the 'posture' trigger, which version 5 added.
"""

from __future__ import annotations

BREAKS_V1 = """CREATE TABLE breaks (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('short', 'long')),
            "trigger" TEXT NOT NULL CHECK ("trigger" IN ('schedule', 'manual', 'fixed-time', 'natural')),
            due_at INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            utc_offset_minutes INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'skipped', 'snoozed', 'partial', 'natural', 'interrupted')),
            exercise_ids TEXT NOT NULL DEFAULT '',
            seconds_done INTEGER NOT NULL DEFAULT 0 CHECK (seconds_done >= 0)
        )"""

STARTED_AT_INDEX = """CREATE INDEX breaks_started_at ON breaks (started_at)"""

OUTCOME_INDEX = """CREATE INDEX breaks_outcome_started_at ON breaks (outcome, started_at)"""

CHECKINS = """CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            at INTEGER NOT NULL,
            utc_offset_minutes INTEGER NOT NULL,
            feeling TEXT NOT NULL CHECK (feeling IN ('better', 'same', 'worse', 'warning')),
            stiffness INTEGER CHECK (stiffness BETWEEN 0 AND 10),
            note TEXT
        )"""

CHECKINS_AT_INDEX = """CREATE INDEX checkins_at ON checkins (at)"""

DAY_TOTALS = """CREATE TABLE day_totals (
            day INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            breaks INTEGER NOT NULL,
            seconds INTEGER NOT NULL,
            PRIMARY KEY (day, outcome)
        ) WITHOUT ROWID"""

EXERCISE_TOTALS = """CREATE TABLE exercise_totals (
            exercise_ids TEXT PRIMARY KEY,
            breaks INTEGER NOT NULL
        ) WITHOUT ROWID"""

COUNT_INSERT = """CREATE TRIGGER breaks_count_insert AFTER INSERT ON breaks BEGIN
        INSERT INTO day_totals (day, outcome, breaks, seconds)
            VALUES (((NEW.started_at + NEW.utc_offset_minutes * 60) / 86400), NEW.outcome, 1, NEW.seconds_done)
            ON CONFLICT (day, outcome) DO UPDATE
            SET breaks = breaks + 1, seconds = seconds + excluded.seconds;
        INSERT INTO exercise_totals (exercise_ids, breaks)
            SELECT NEW.exercise_ids, 1 WHERE NEW.outcome = 'completed'
            ON CONFLICT (exercise_ids) DO UPDATE SET breaks = breaks + 1; END"""

COUNT_DELETE = """CREATE TRIGGER breaks_count_delete AFTER DELETE ON breaks BEGIN
        UPDATE day_totals SET breaks = breaks - 1, seconds = seconds - OLD.seconds_done
            WHERE day = ((OLD.started_at + OLD.utc_offset_minutes * 60) / 86400) AND outcome = OLD.outcome;
        DELETE FROM day_totals WHERE day = ((OLD.started_at + OLD.utc_offset_minutes * 60) / 86400) AND outcome = OLD.outcome AND breaks = 0;
        UPDATE exercise_totals SET breaks = breaks - 1
            WHERE exercise_ids = OLD.exercise_ids AND OLD.outcome = 'completed';
        DELETE FROM exercise_totals WHERE exercise_ids = OLD.exercise_ids AND breaks = 0; END"""

COUNT_UPDATE = """CREATE TRIGGER breaks_count_update
        AFTER UPDATE OF started_at, utc_offset_minutes, outcome, seconds_done, exercise_ids
        ON breaks BEGIN
        UPDATE day_totals SET breaks = breaks - 1, seconds = seconds - OLD.seconds_done
            WHERE day = ((OLD.started_at + OLD.utc_offset_minutes * 60) / 86400) AND outcome = OLD.outcome;
        DELETE FROM day_totals WHERE day = ((OLD.started_at + OLD.utc_offset_minutes * 60) / 86400) AND outcome = OLD.outcome AND breaks = 0;
        UPDATE exercise_totals SET breaks = breaks - 1
            WHERE exercise_ids = OLD.exercise_ids AND OLD.outcome = 'completed';
        DELETE FROM exercise_totals WHERE exercise_ids = OLD.exercise_ids AND breaks = 0;
        INSERT INTO day_totals (day, outcome, breaks, seconds)
            VALUES (((NEW.started_at + NEW.utc_offset_minutes * 60) / 86400), NEW.outcome, 1, NEW.seconds_done)
            ON CONFLICT (day, outcome) DO UPDATE
            SET breaks = breaks + 1, seconds = seconds + excluded.seconds;
        INSERT INTO exercise_totals (exercise_ids, breaks)
            SELECT NEW.exercise_ids, 1 WHERE NEW.outcome = 'completed'
            ON CONFLICT (exercise_ids) DO UPDATE SET breaks = breaks + 1; END"""

BREAKS_V3 = """CREATE TABLE "breaks" (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('short', 'long')),
            "trigger" TEXT NOT NULL CHECK ("trigger" IN ('schedule', 'manual', 'fixed-time', 'natural')),
            due_at INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            utc_offset_minutes INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'partial', 'stopped', 'skipped', 'snoozed', 'natural', 'interrupted')),
            exercise_ids TEXT NOT NULL DEFAULT '',
            seconds_done INTEGER NOT NULL DEFAULT 0 CHECK (seconds_done >= 0)
        )"""

BREAKS_V5 = """CREATE TABLE "breaks" (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('short', 'long')),
            "trigger" TEXT NOT NULL CHECK ("trigger" IN ('schedule', 'manual', 'fixed-time', 'natural', 'posture')),
            due_at INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            utc_offset_minutes INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('running', 'completed', 'partial', 'stopped', 'skipped', 'snoozed', 'natural', 'interrupted')),
            exercise_ids TEXT NOT NULL DEFAULT '',
            seconds_done INTEGER NOT NULL DEFAULT 0 CHECK (seconds_done >= 0)
        )"""

MONTH_TOTALS = """CREATE TABLE month_exercise_totals (
            month INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            outcome TEXT NOT NULL,
            breaks INTEGER NOT NULL,
            seconds REAL NOT NULL,
            PRIMARY KEY (month, exercise_id, outcome)
        ) WITHOUT ROWID"""

MONTHS_INSERT = """CREATE TRIGGER breaks_exercise_months_insert AFTER INSERT ON breaks
        BEGIN
        INSERT INTO month_exercise_totals (month, exercise_id, outcome, breaks, seconds)
            SELECT (CAST(strftime('%s', date(NEW.started_at + NEW.utc_offset_minutes * 60, 'unixepoch', 'start of month')) AS INTEGER) / 86400), j.value, NEW.outcome, 1, (NEW.seconds_done * 1.0 / json_array_length(('[' || replace(json_quote(NEW.exercise_ids), ',', '","') || ']')))
            FROM json_each(('[' || replace(json_quote(NEW.exercise_ids), ',', '","') || ']')) AS j WHERE j.value <> ''
            ON CONFLICT (month, exercise_id, outcome) DO UPDATE
            SET breaks = breaks + 1, seconds = seconds + excluded.seconds; END"""

MONTHS_DELETE = """CREATE TRIGGER breaks_exercise_months_delete AFTER DELETE ON breaks
        BEGIN
        UPDATE month_exercise_totals SET breaks = breaks - (SELECT COUNT(*) FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')) WHERE value = exercise_id), seconds = seconds - (SELECT COUNT(*) FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')) WHERE value = exercise_id) * (OLD.seconds_done * 1.0 / json_array_length(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')))
            WHERE month = (CAST(strftime('%s', date(OLD.started_at + OLD.utc_offset_minutes * 60, 'unixepoch', 'start of month')) AS INTEGER) / 86400) AND outcome = OLD.outcome AND exercise_id IN (SELECT value FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')));
        DELETE FROM month_exercise_totals WHERE month = (CAST(strftime('%s', date(OLD.started_at + OLD.utc_offset_minutes * 60, 'unixepoch', 'start of month')) AS INTEGER) / 86400) AND outcome = OLD.outcome AND exercise_id IN (SELECT value FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']'))) AND breaks <= 0; END"""

MONTHS_UPDATE = """CREATE TRIGGER breaks_exercise_months_update
        AFTER UPDATE OF started_at, utc_offset_minutes, outcome, seconds_done, exercise_ids
        ON breaks BEGIN
        UPDATE month_exercise_totals SET breaks = breaks - (SELECT COUNT(*) FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')) WHERE value = exercise_id), seconds = seconds - (SELECT COUNT(*) FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')) WHERE value = exercise_id) * (OLD.seconds_done * 1.0 / json_array_length(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')))
            WHERE month = (CAST(strftime('%s', date(OLD.started_at + OLD.utc_offset_minutes * 60, 'unixepoch', 'start of month')) AS INTEGER) / 86400) AND outcome = OLD.outcome AND exercise_id IN (SELECT value FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']')));
        DELETE FROM month_exercise_totals WHERE month = (CAST(strftime('%s', date(OLD.started_at + OLD.utc_offset_minutes * 60, 'unixepoch', 'start of month')) AS INTEGER) / 86400) AND outcome = OLD.outcome AND exercise_id IN (SELECT value FROM json_each(('[' || replace(json_quote(OLD.exercise_ids), ',', '","') || ']'))) AND breaks <= 0;
        INSERT INTO month_exercise_totals (month, exercise_id, outcome, breaks, seconds)
            SELECT (CAST(strftime('%s', date(NEW.started_at + NEW.utc_offset_minutes * 60, 'unixepoch', 'start of month')) AS INTEGER) / 86400), j.value, NEW.outcome, 1, (NEW.seconds_done * 1.0 / json_array_length(('[' || replace(json_quote(NEW.exercise_ids), ',', '","') || ']')))
            FROM json_each(('[' || replace(json_quote(NEW.exercise_ids), ',', '","') || ']')) AS j WHERE j.value <> ''
            ON CONFLICT (month, exercise_id, outcome) DO UPDATE
            SET breaks = breaks + 1, seconds = seconds + excluded.seconds; END"""

POSTURE_DAYS = """CREATE TABLE posture_days (
            day TEXT PRIMARY KEY,
            upright_seconds INTEGER NOT NULL CHECK (upright_seconds >= 0),
            slouched_seconds INTEGER NOT NULL CHECK (slouched_seconds >= 0),
            readings INTEGER NOT NULL CHECK (readings >= 0),
            unseen INTEGER NOT NULL CHECK (unseen >= 0)
        ) WITHOUT ROWID"""

RUNNING_INDEX = """CREATE INDEX breaks_running ON breaks (id) WHERE outcome = 'running'"""

SCHEMAS: dict[int, tuple[str, ...]] = {
    1: (BREAKS_V1, STARTED_AT_INDEX, OUTCOME_INDEX, CHECKINS, CHECKINS_AT_INDEX),
    2: (
        BREAKS_V1,
        STARTED_AT_INDEX,
        OUTCOME_INDEX,
        CHECKINS,
        CHECKINS_AT_INDEX,
        DAY_TOTALS,
        EXERCISE_TOTALS,
        COUNT_INSERT,
        COUNT_DELETE,
        COUNT_UPDATE,
    ),
    3: (
        CHECKINS,
        CHECKINS_AT_INDEX,
        DAY_TOTALS,
        EXERCISE_TOTALS,
        BREAKS_V3,
        STARTED_AT_INDEX,
        OUTCOME_INDEX,
        COUNT_INSERT,
        COUNT_DELETE,
        COUNT_UPDATE,
    ),
    4: (
        CHECKINS,
        CHECKINS_AT_INDEX,
        DAY_TOTALS,
        EXERCISE_TOTALS,
        BREAKS_V3,
        STARTED_AT_INDEX,
        OUTCOME_INDEX,
        COUNT_INSERT,
        COUNT_DELETE,
        COUNT_UPDATE,
        MONTH_TOTALS,
        MONTHS_INSERT,
        MONTHS_DELETE,
        MONTHS_UPDATE,
    ),
    5: (
        CHECKINS,
        CHECKINS_AT_INDEX,
        DAY_TOTALS,
        EXERCISE_TOTALS,
        MONTH_TOTALS,
        BREAKS_V5,
        STARTED_AT_INDEX,
        OUTCOME_INDEX,
        COUNT_INSERT,
        COUNT_DELETE,
        COUNT_UPDATE,
        MONTHS_INSERT,
        MONTHS_DELETE,
        MONTHS_UPDATE,
        POSTURE_DAYS,
    ),
    6: (
        CHECKINS,
        CHECKINS_AT_INDEX,
        DAY_TOTALS,
        EXERCISE_TOTALS,
        MONTH_TOTALS,
        BREAKS_V5,
        STARTED_AT_INDEX,
        COUNT_INSERT,
        COUNT_DELETE,
        COUNT_UPDATE,
        MONTHS_INSERT,
        MONTHS_DELETE,
        MONTHS_UPDATE,
        POSTURE_DAYS,
        RUNNING_INDEX,
    ),
}
