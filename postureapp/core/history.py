"""The break log: one SQLite row per break, safe to share between the running app and the CLI.

Times are stored as integer unix seconds (UTC) plus the UTC offset in force when the break started,
so a break is always counted on the local day the user lived it, even after travel or a DST change.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, Self

from postureapp.core.files import free_name, set_aside


class Outcome(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    PARTIAL = "partial"
    NATURAL = "natural"
    INTERRUPTED = "interrupted"


class Trigger(StrEnum):
    SCHEDULE = "schedule"
    MANUAL = "manual"
    FIXED_TIME = "fixed-time"
    NATURAL = "natural"


KINDS = ("short", "long")
FEELINGS = ("better", "same", "worse", "warning")
EXPORT_COLUMNS = (
    "id",
    "uid",
    "kind",
    "trigger",
    "due_at",
    "started_at",
    "ended_at",
    "outcome",
    "exercise_ids",
    "seconds_done",
)
_REQUIRED_IMPORT_COLUMNS = frozenset(EXPORT_COLUMNS) - {"id"}
_UID = re.compile(r"[0-9a-f]{32}")
_EXERCISE_ID = re.compile(r"[^\s,]+")
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DAY = 86400
# A UTC offset is always under a day, so widening a local-day range by a day on each side is a
# safe pre-filter on the indexed `started_at` column.
_OFFSET_SLACK = _DAY
# SQLite result codes that mean "this file is damaged", as opposed to busy, locked or unreadable.
_CORRUPTION_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


class HistoryError(Exception):
    """The log cannot be used as asked (a newer schema, a failed migration, an unknown break)."""


class _DamagedFile(Exception):
    """The file is not a database, or SQLite's quick_check found damage."""


class ImportFileError(ValueError):
    """An export file that cannot be imported; `problems` lists every bad row and column."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:20])
        more = len(self.problems) - 20
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(f"{source}: cannot import:\n{shown}{tail}")


@dataclass(frozen=True)
class BreakRow:
    """One logged break; its times carry the UTC offset in force when it started."""

    id: int
    uid: str
    kind: str
    trigger: Trigger
    due_at: datetime
    started_at: datetime
    ended_at: datetime | None
    outcome: Outcome
    exercise_ids: tuple[str, ...]
    seconds_done: int


@dataclass(frozen=True)
class CheckIn:
    id: int
    uid: str
    at: datetime
    feeling: str
    stiffness: int | None
    note: str | None


@dataclass
class OpenReport:
    """What `BreakLog.open` had to repair, so the app can tell the user once."""

    set_aside: Path | None
    interrupted: int
    migrated_from: int | None
    backup: Path | None


class DayOutcomeTotal(NamedTuple):
    """How many breaks with one outcome started on one local day, and their seconds."""

    day: date
    outcome: Outcome
    breaks: int
    seconds: int


class OutcomeTotal(NamedTuple):
    """How many breaks ended with one outcome, and their seconds."""

    breaks: int
    seconds: int


# --- schema and migrations ---------------------------------------------------------------------

Migration = Callable[[sqlite3.Connection], None]


def _schema_v1(conn: sqlite3.Connection) -> None:
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    triggers = ", ".join(f"'{t}'" for t in Trigger)
    outcomes = ", ".join(f"'{o}'" for o in Outcome)
    feelings = ", ".join(f"'{f}'" for f in FEELINGS)
    for statement in (
        f"""CREATE TABLE breaks (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ({kinds})),
            "trigger" TEXT NOT NULL CHECK ("trigger" IN ({triggers})),
            due_at INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            utc_offset_minutes INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ({outcomes})),
            exercise_ids TEXT NOT NULL DEFAULT '',
            seconds_done INTEGER NOT NULL DEFAULT 0 CHECK (seconds_done >= 0)
        )""",
        "CREATE INDEX breaks_started_at ON breaks (started_at)",
        "CREATE INDEX breaks_outcome_started_at ON breaks (outcome, started_at)",
        f"""CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            at INTEGER NOT NULL,
            utc_offset_minutes INTEGER NOT NULL,
            feeling TEXT NOT NULL CHECK (feeling IN ({feelings})),
            stiffness INTEGER CHECK (stiffness BETWEEN 0 AND 10),
            note TEXT
        )""",
        "CREATE INDEX checkins_at ON checkins (at)",
    ):
        conn.execute(statement)


def _local_day(row: str = "") -> str:
    """SQL for the local day number a break started on; `row` is "NEW." or "OLD." in triggers."""
    return f"(({row}started_at + {row}utc_offset_minutes * 60) / {_DAY})"


def _count_in(row: str) -> str:
    """Trigger statements adding the break `row` to the summary tables."""
    return f"""
        INSERT INTO day_totals (day, outcome, breaks, seconds)
            VALUES ({_local_day(row)}, {row}outcome, 1, {row}seconds_done)
            ON CONFLICT (day, outcome) DO UPDATE
            SET breaks = breaks + 1, seconds = seconds + excluded.seconds;
        INSERT INTO exercise_totals (exercise_ids, breaks)
            SELECT {row}exercise_ids, 1 WHERE {row}outcome = '{Outcome.COMPLETED.value}'
            ON CONFLICT (exercise_ids) DO UPDATE SET breaks = breaks + 1;"""


def _count_out(row: str) -> str:
    """Trigger statements taking the break `row` out again, dropping totals that reach zero."""
    day = _local_day(row)
    return f"""
        UPDATE day_totals SET breaks = breaks - 1, seconds = seconds - {row}seconds_done
            WHERE day = {day} AND outcome = {row}outcome;
        DELETE FROM day_totals WHERE day = {day} AND outcome = {row}outcome AND breaks = 0;
        UPDATE exercise_totals SET breaks = breaks - 1
            WHERE exercise_ids = {row}exercise_ids AND {row}outcome = '{Outcome.COMPLETED.value}';
        DELETE FROM exercise_totals WHERE exercise_ids = {row}exercise_ids AND breaks = 0;"""


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
            SELECT {_local_day()}, outcome, COUNT(*), SUM(seconds_done) FROM breaks
            GROUP BY 1, 2""",
        f"""INSERT INTO exercise_totals (exercise_ids, breaks)
            SELECT exercise_ids, COUNT(*) FROM breaks WHERE outcome = '{completed}'
            GROUP BY exercise_ids""",
        f"CREATE TRIGGER breaks_count_insert AFTER INSERT ON breaks BEGIN {_count_in('NEW.')} END",
        f"CREATE TRIGGER breaks_count_delete AFTER DELETE ON breaks BEGIN {_count_out('OLD.')} END",
        f"""CREATE TRIGGER breaks_count_update
            AFTER UPDATE OF started_at, utc_offset_minutes, outcome, seconds_done, exercise_ids
            ON breaks BEGIN {_count_out("OLD.")} {_count_in("NEW.")} END""",
    ):
        conn.execute(statement)


# Step i takes the file from user_version i to i + 1; append to add a version.
MIGRATIONS: tuple[Migration, ...] = (_schema_v1, _summary_tables_v2)


# --- conversions -------------------------------------------------------------------------------


def _offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"a timezone-aware time is needed, got {moment.isoformat()}")
    return int(offset.total_seconds()) // 60


def _unix(moment: datetime) -> int:
    _offset_minutes(moment)  # rejects naive times
    seconds = int(moment.timestamp())
    if seconds < 0:
        raise ValueError(f"times before 1970 are not accepted, got {moment.isoformat()}")
    return seconds


@functools.cache
def _zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes))


def _aware(seconds: int, offset_minutes: int) -> datetime:
    return datetime.fromtimestamp(seconds, _zone(offset_minutes))


def _day_number(day: date) -> int:
    return day.toordinal() - _EPOCH_ORDINAL


def _day_from_number(number: int) -> date:
    return date.fromordinal(_EPOCH_ORDINAL + number)


def _join_exercises(exercise_ids: Iterable[str]) -> str:
    ids = tuple(exercise_ids)
    for exercise_id in ids:
        if not _EXERCISE_ID.fullmatch(exercise_id):
            raise ValueError(f"an exercise id has no spaces or commas, got {exercise_id!r}")
    return ",".join(ids)


def _split_exercises(text: str) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    return kind


def _day_filter(since: date | None, until: date | None) -> tuple[list[str], list[object]]:
    """SQL conditions keeping breaks whose local start day is in [since, until], using the index."""
    clauses: list[str] = []
    params: list[object] = []
    if since is not None:
        first = _day_number(since)
        clauses += ["started_at >= ?", f"{_local_day()} >= ?"]
        params += [first * _DAY - _OFFSET_SLACK, first]
    if until is not None:
        last = _day_number(until)
        clauses += ["started_at < ?", f"{_local_day()} <= ?"]
        params += [(last + 1) * _DAY + _OFFSET_SLACK, last]
    return clauses, params


def _bounds(
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


def _day_range(since: date | None, until: date | None) -> tuple[list[str], list[object]]:
    """SQL conditions keeping summary rows whose `day` is in [since, until]."""
    return _bounds(
        "day",
        None if since is None else _day_number(since),
        None if until is None else _day_number(until),
    )


def _where(clauses: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


_BREAK_COLUMNS = (
    'id, uid, kind, "trigger", due_at, started_at, ended_at, utc_offset_minutes, '
    "outcome, exercise_ids, seconds_done"
)


def _break_from_sql(record: Sequence[Any]) -> BreakRow:
    (row_id, uid, kind, trigger, due, started, ended, offset, outcome, exercises, done) = record
    return BreakRow(
        id=int(row_id),
        uid=str(uid),
        kind=str(kind),
        trigger=Trigger(trigger),
        due_at=_aware(int(due), int(offset)),
        started_at=_aware(int(started), int(offset)),
        ended_at=None if ended is None else _aware(int(ended), int(offset)),
        outcome=Outcome(outcome),
        exercise_ids=_split_exercises(str(exercises)),
        seconds_done=int(done),
    )


# --- the log -----------------------------------------------------------------------------------


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CORRUPTION_CODES


class BreakLog:
    """One open connection to the log. Every write is committed before the method returns."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        now: datetime,
        migrations: Sequence[Migration] = MIGRATIONS,
        recover_interrupted: bool = True,
        full_check: bool = True,
    ) -> tuple[BreakLog, OpenReport]:
        """Open or create the log, setting a damaged file aside and bringing the schema up to date.

        `recover_interrupted=False` is for a second process (the CLI) that must not mark the
        running app's break in progress as interrupted. `full_check=False` skips quick_check
        (about a second on ten years of breaks) for a command that must answer fast: only files
        that are not a database or have a damaged header are caught here, and damage further in
        surfaces later as sqlite3.DatabaseError from a query.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        report = OpenReport(set_aside=None, interrupted=0, migrated_from=None, backup=None)
        try:
            conn = cls._connect_checked(path, full_check)
        except _DamagedFile:
            report.set_aside = cls._set_aside_damaged(path, now)
            conn = cls._connect_checked(path, full_check)
        log = cls(conn, path)
        try:
            log._migrate(migrations, now, report)
            if recover_interrupted:
                report.interrupted = log._mark_running_interrupted()
        except BaseException:
            log.close()
            raise
        return log, report

    @staticmethod
    def _connect_checked(path: Path, full_check: bool) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=5.0, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            if full_check:
                problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
                if problems != ["ok"]:
                    raise _DamagedFile("; ".join(problems[:5]))
            else:  # reads the header and the schema pages, nothing more
                conn.execute("SELECT COUNT(*) FROM sqlite_schema").fetchone()
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as error:
            conn.close()
            if _is_corruption(error):
                raise _DamagedFile(str(error)) from error
            raise
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _set_aside_damaged(path: Path, now: datetime) -> Path:
        """Keep the damaged file and its WAL and shared-memory files for recovery: never delete."""
        aside = set_aside(path, "corrupt", now)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, free_name(aside.with_name(aside.name + suffix)))
        return aside

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Take the write lock first, so busy_timeout applies and no lock upgrade can deadlock."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, migrations: Sequence[Migration], now: datetime, report: OpenReport) -> None:
        target = len(migrations)
        start = self._user_version()
        if start > target:
            raise HistoryError(
                f"{self.path}: the log has schema version {start}, newer than this version of "
                f"the app understands ({target}); please update the app"
            )
        if start == target:
            return
        if start > 0:
            report.backup = self._backup(start, now)
            report.migrated_from = start
        for version in range(start, target):
            with self._transaction() as conn:
                if self._user_version() != version:  # another process migrated meanwhile
                    continue
                try:
                    migrations[version](conn)
                except Exception as error:
                    raise HistoryError(
                        f"{self.path}: upgrading the log to version {version + 1} failed "
                        f"({error}); nothing was changed"
                    ) from error
                conn.execute(f"PRAGMA user_version = {version + 1}")

    def _backup(self, version: int, now: datetime) -> Path:
        target = free_name(
            self.path.with_name(f"{self.path.name}.backup-v{version}-{now:%Y%m%d-%H%M%S}")
        )
        destination = sqlite3.connect(target)
        try:
            self._conn.backup(destination)
        finally:
            destination.close()
        return target

    def _mark_running_interrupted(self) -> int:
        """A row still 'running' at open belongs to a session that crashed or was killed.

        ended_at stays NULL: the moment of the crash is unknown, and inventing one would skew
        durations. seconds_done keeps what the break had recorded (0 unless finished).
        """
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE breaks SET outcome = ? WHERE outcome = ?",
                (Outcome.INTERRUPTED.value, Outcome.RUNNING.value),
            )
            return cursor.rowcount

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------------

    def _insert(
        self,
        conn: sqlite3.Connection,
        *,
        uid: str,
        kind: str,
        trigger: Trigger | str,
        due_at: datetime,
        started_at: datetime,
        ended_at: datetime | None,
        outcome: Outcome,
        exercise_ids: Iterable[str],
        seconds_done: int,
    ) -> int | None:
        """Insert one break; None when a break with this uid is already present."""
        if seconds_done < 0:
            raise ValueError(f"seconds_done cannot be negative, got {seconds_done}")
        started = _unix(started_at)
        ended = None if ended_at is None else _unix(ended_at)
        if ended is not None and ended < started:
            raise ValueError(f"a break cannot end ({ended_at}) before it starts ({started_at})")
        cursor = conn.execute(
            'INSERT OR IGNORE INTO breaks (uid, kind, "trigger", due_at, started_at, ended_at, '
            "utc_offset_minutes, outcome, exercise_ids, seconds_done) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                uid,
                _check_kind(kind),
                Trigger(trigger).value,
                _unix(due_at),
                started,
                ended,
                _offset_minutes(started_at),
                Outcome(outcome).value,
                _join_exercises(exercise_ids),
                seconds_done,
            ),
        )
        return cursor.lastrowid if cursor.rowcount == 1 else None

    def start(
        self,
        *,
        kind: str,
        trigger: Trigger | str,
        due_at: datetime,
        started_at: datetime,
        exercise_ids: Sequence[str],
    ) -> int:
        """Log a break as 'running' and commit at once: a crash mid-break still leaves a trace."""
        return self._new_row(
            kind=kind,
            trigger=trigger,
            due_at=due_at,
            started_at=started_at,
            ended_at=None,
            outcome=Outcome.RUNNING,
            exercise_ids=exercise_ids,
            seconds_done=0,
        )

    def finish(
        self, row_id: int, *, outcome: Outcome, ended_at: datetime, seconds_done: int
    ) -> None:
        """Close a running break; finishing one that is not running is a bug in the caller."""
        if Outcome(outcome) is Outcome.RUNNING:
            raise ValueError("finish needs a final outcome, not 'running'")
        if seconds_done < 0:
            raise ValueError(f"seconds_done cannot be negative, got {seconds_done}")
        with self._transaction() as conn:
            found = conn.execute(
                "SELECT started_at, outcome FROM breaks WHERE id = ?", (row_id,)
            ).fetchone()
            if found is None or found[1] != Outcome.RUNNING.value:
                state = "does not exist" if found is None else f"is already {found[1]}"
                raise HistoryError(f"break {row_id} {state}; it cannot be finished")
            ended = _unix(ended_at)
            if ended < int(found[0]):
                raise ValueError(f"break {row_id} cannot end ({ended_at}) before it started")
            conn.execute(
                "UPDATE breaks SET outcome = ?, ended_at = ?, seconds_done = ? WHERE id = ?",
                (Outcome(outcome).value, ended, seconds_done, row_id),
            )

    def record(
        self,
        *,
        kind: str,
        trigger: Trigger | str,
        due_at: datetime,
        started_at: datetime,
        ended_at: datetime | None,
        outcome: Outcome,
        exercise_ids: Sequence[str] = (),
        seconds_done: int = 0,
    ) -> int:
        """Log a whole break in one go: one that never ran (snoozed, skipped) or a natural one."""
        if Outcome(outcome) is Outcome.RUNNING:
            raise ValueError("record needs a final outcome; use start() for a running break")
        return self._new_row(
            kind=kind,
            trigger=trigger,
            due_at=due_at,
            started_at=started_at,
            ended_at=ended_at,
            outcome=outcome,
            exercise_ids=exercise_ids,
            seconds_done=seconds_done,
        )

    def _new_row(
        self,
        *,
        kind: str,
        trigger: Trigger | str,
        due_at: datetime,
        started_at: datetime,
        ended_at: datetime | None,
        outcome: Outcome,
        exercise_ids: Sequence[str],
        seconds_done: int,
    ) -> int:
        """Insert one row under a fresh uid, in its own committed transaction."""
        with self._transaction() as conn:
            row_id = self._insert(
                conn,
                uid=uuid.uuid4().hex,
                kind=kind,
                trigger=trigger,
                due_at=due_at,
                started_at=started_at,
                ended_at=ended_at,
                outcome=outcome,
                exercise_ids=exercise_ids,
                seconds_done=seconds_done,
            )
        assert row_id is not None  # a fresh uuid4 cannot collide
        return row_id

    def import_rows(self, rows: Iterable[BreakRow]) -> tuple[int, int]:
        """Merge rows from an export by uid, all or nothing: returns (added, already present).

        A row that was 'running' in the exporting database can never be finished here, so it
        arrives as 'interrupted'.
        """
        added = present = 0
        with self._transaction() as conn:
            for row in rows:
                outcome = Outcome.INTERRUPTED if row.outcome is Outcome.RUNNING else row.outcome
                inserted = self._insert(
                    conn,
                    uid=row.uid,
                    kind=row.kind,
                    trigger=row.trigger,
                    due_at=row.due_at,
                    started_at=row.started_at,
                    ended_at=row.ended_at,
                    outcome=outcome,
                    exercise_ids=row.exercise_ids,
                    seconds_done=row.seconds_done,
                )
                if inserted is None:
                    present += 1
                else:
                    added += 1
        return added, present

    def add_checkin(
        self,
        *,
        at: datetime,
        feeling: str,
        stiffness: int | None = None,
        note: str | None = None,
    ) -> int:
        """Log how the user feels; the warning sign answers matter to the safety advice later."""
        if feeling not in FEELINGS:
            raise ValueError(f"feeling must be one of {', '.join(FEELINGS)}, got {feeling!r}")
        if stiffness is not None and not 0 <= stiffness <= 10:
            raise ValueError(f"stiffness must be 0 to 10, got {stiffness}")
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO checkins (uid, at, utc_offset_minutes, feeling, stiffness, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, _unix(at), _offset_minutes(at), feeling, stiffness, note),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    # --- reading -------------------------------------------------------------------------------

    def rows(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[BreakRow]:
        """Breaks that started in [since, until), as instants (not local days)."""
        clauses, params = _bounds(
            "started_at",
            None if since is None else _unix(since),
            None if until is None else _unix(until),
            high_op="<",
        )
        order = "DESC" if newest_first else "ASC"
        sql = (
            f"SELECT {_BREAK_COLUMNS} FROM breaks{_where(clauses)} "
            f"ORDER BY started_at {order}, id {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_break_from_sql(r) for r in self._conn.execute(sql, params)]

    def export_rows(
        self, *, since: date | None = None, until: date | None = None
    ) -> list[BreakRow]:
        """Breaks whose local start day is within [since, until], oldest first."""
        clauses, params = _day_filter(since, until)
        sql = f"SELECT {_BREAK_COLUMNS} FROM breaks{_where(clauses)} ORDER BY started_at, id"
        return [_break_from_sql(r) for r in self._conn.execute(sql, params)]

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])

    def checkins(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[CheckIn]:
        """Check-ins made in [since, until), oldest first."""
        lo = 0 if since is None else _unix(since)
        hi = None if until is None else _unix(until)
        result = self._conn.execute(
            "SELECT id, uid, at, utc_offset_minutes, feeling, stiffness, note FROM checkins "
            "WHERE at >= ? AND (? IS NULL OR at < ?) ORDER BY at, id",
            (lo, hi, hi),
        )
        return [
            CheckIn(
                id=int(row_id),
                uid=str(uid),
                at=_aware(int(at), int(offset)),
                feeling=str(feeling),
                stiffness=None if stiffness is None else int(stiffness),
                note=None if note is None else str(note),
            )
            for row_id, uid, at, offset, feeling, stiffness, note in result
        ]

    def daily_completed(self, first_day: date, last_day: date) -> dict[date, int]:
        """Completed breaks per local day, every day of the range present (0 when none)."""
        counts = {first_day + timedelta(days=n): 0 for n in range((last_day - first_day).days + 1)}
        for total in self.day_outcome_totals(since=first_day, until=last_day):
            if total.outcome is Outcome.COMPLETED:
                counts[total.day] = total.breaks
        return counts

    def day_outcome_totals(
        self, *, since: date | None = None, until: date | None = None
    ) -> list[DayOutcomeTotal]:
        """Breaks and seconds per (local day, outcome) within [since, until], oldest day first."""
        clauses, params = _day_range(since, until)
        sql = f"SELECT day, outcome, breaks, seconds FROM day_totals{_where(clauses)} ORDER BY day"
        return [
            DayOutcomeTotal(_day_from_number(day), Outcome(outcome), breaks, seconds)
            for day, outcome, breaks, seconds in self._conn.execute(sql, params)
        ]

    def outcome_totals(
        self, *, since: date | None = None, until: date | None = None
    ) -> dict[Outcome, OutcomeTotal]:
        """Breaks and seconds per outcome over the local days [since, until]; absent when none."""
        clauses, params = _day_range(since, until)
        sql = (
            f"SELECT outcome, SUM(breaks), SUM(seconds) FROM day_totals{_where(clauses)} "
            "GROUP BY outcome"
        )
        return {
            Outcome(outcome): OutcomeTotal(breaks, seconds)
            for outcome, breaks, seconds in self._conn.execute(sql, params)
        }

    def good_days(
        self, streak_min: int, *, since: date | None = None, until: date | None = None
    ) -> list[date]:
        """Local days in [since, until] with at least `streak_min` completed breaks, in order."""
        clauses, params = _day_range(since, until)
        where = _where(["outcome = ?", "breaks >= ?", *clauses])
        sql = f"SELECT day FROM day_totals{where} ORDER BY day"
        result = self._conn.execute(sql, [Outcome.COMPLETED.value, streak_min, *params])
        return [_day_from_number(day) for (day,) in result]

    def completed_exercise_sets(
        self, *, since: date | None = None, until: date | None = None
    ) -> list[tuple[tuple[str, ...], int]]:
        """Each distinct exercise list of completed breaks, with how many breaks had it."""
        if since is None and until is None:
            result = self._conn.execute("SELECT exercise_ids, breaks FROM exercise_totals")
        else:  # the summary has no days: group the breaks in range
            clauses, params = _day_filter(since, until)
            where = _where(["outcome = ?", *clauses])
            sql = f"SELECT exercise_ids, COUNT(*) FROM breaks{where} GROUP BY exercise_ids"
            result = self._conn.execute(sql, [Outcome.COMPLETED.value, *params])
        return [(_split_exercises(ids), n) for ids, n in result]


# --- export and import files -------------------------------------------------------------------


def _export_record(row: BreakRow) -> dict[str, object]:
    return {
        "id": row.id,
        "uid": row.uid,
        "kind": row.kind,
        "trigger": row.trigger.value,
        "due_at": row.due_at.isoformat(),
        "started_at": row.started_at.isoformat(),
        "ended_at": None if row.ended_at is None else row.ended_at.isoformat(),
        "outcome": row.outcome.value,
        "exercise_ids": list(row.exercise_ids),
        "seconds_done": row.seconds_done,
    }


def csv_cell(value: str) -> str:
    """Neutralise spreadsheet formulas: a leading apostrophe makes the cell plain text.

    A value that itself starts with an apostrophe gets one too, so import can always strip one.
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def format_csv(rows: Iterable[BreakRow]) -> str:
    import csv  # only export and import need it: kept out of the app's start-up

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        record = _export_record(row)
        record["exercise_ids"] = ",".join(row.exercise_ids)
        cells = ["" if record[c] is None else str(record[c]) for c in EXPORT_COLUMNS]
        writer.writerow([csv_cell(cell) for cell in cells])
    return buffer.getvalue()


def format_json(rows: Iterable[BreakRow]) -> str:
    document = {
        "format": "postureapp-breaks",
        "version": 1,
        "breaks": [_export_record(row) for row in rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class _RowParser:
    """Turns one exported record into a BreakRow, collecting every problem with its place."""

    def __init__(self, where: str, fields: Mapping[str, object], problems: list[str]) -> None:
        self.where = where
        self.fields = fields
        self.problems = problems
        self.ok = True

    def fail(self, column: str, expected: str, value: object) -> None:
        self.ok = False
        self.problems.append(f"{self.where}, column {column}: expected {expected}, found {value!r}")

    def choice(self, column: str, allowed: Sequence[str]) -> str:
        value = self.fields.get(column)
        if value in allowed:
            return str(value)
        self.fail(column, "one of " + ", ".join(allowed), value)
        return allowed[0]

    def time(self, column: str, *, optional: bool = False) -> datetime | None:
        value = self.fields.get(column)
        if optional and value in (None, ""):
            return None
        expected = "an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00"
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
            if moment is not None:
                _unix(moment)
        except ValueError:
            moment = None
        if moment is None:
            self.fail(column, expected, value)
        return moment

    def exercises(self) -> tuple[str, ...]:
        value = self.fields.get("exercise_ids")
        if isinstance(value, str):
            ids = _split_exercises(value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            ids = tuple(str(v) for v in value)
        else:
            self.fail("exercise_ids", "a list of exercise ids", value)
            return ()
        if not all(_EXERCISE_ID.fullmatch(i) for i in ids):
            self.fail("exercise_ids", "exercise ids without spaces, separated by commas", value)
        return ids

    def seconds(self) -> int:
        value = self.fields.get("seconds_done")
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        if isinstance(value, str) and value.isascii() and value.isdigit():
            return int(value)
        self.fail("seconds_done", "a whole number of seconds, 0 or more", value)
        return 0

    def parse(self) -> BreakRow | None:
        problem = _column_problem(self.fields.keys())
        if problem:
            self.problems.append(f"{self.where}: {problem}")
            return None
        uid = self.fields["uid"]
        if not (isinstance(uid, str) and _UID.fullmatch(uid)):
            self.fail("uid", "32 lowercase hex digits", uid)
        kind = self.choice("kind", KINDS)
        trigger = Trigger(self.choice("trigger", [t.value for t in Trigger]))
        outcome = Outcome(self.choice("outcome", [o.value for o in Outcome]))
        due_at = self.time("due_at")
        started_at = self.time("started_at")
        ended_at = self.time("ended_at", optional=True)
        if started_at and ended_at and ended_at < started_at:
            self.fail("ended_at", f"a time not before started_at ({started_at})", ended_at)
        exercise_ids = self.exercises()
        seconds_done = self.seconds()
        if not self.ok or due_at is None or started_at is None:
            return None
        return BreakRow(
            id=0,
            uid=str(uid),
            kind=kind,
            trigger=trigger,
            due_at=due_at,
            started_at=started_at,
            ended_at=ended_at,
            outcome=outcome,
            exercise_ids=exercise_ids,
            seconds_done=seconds_done,
        )


def _column_problem(columns: Iterable[str]) -> str | None:
    names = set(columns)
    missing = [c for c in EXPORT_COLUMNS if c in _REQUIRED_IMPORT_COLUMNS and c not in names]
    unknown = sorted(names - set(EXPORT_COLUMNS))
    parts = []
    if missing:
        parts.append("missing column " + ", ".join(missing))
    if unknown:
        parts.append("unknown column " + ", ".join(unknown))
    if not parts:
        return None
    return "; ".join(parts) + f" (expected {', '.join(EXPORT_COLUMNS)}; id is optional)"


_Records = Iterator[tuple[str, Mapping[str, object]]]


def _records_from_csv(text: str, problems: list[str]) -> _Records:
    import csv  # see format_csv

    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    problem = "the file is empty" if header is None else _column_problem(header)
    if header is None or problem:
        problems.append(f"line 1 (header): {problem}")
        return
    for number, cells in enumerate(reader, start=1):
        where = f"line {reader.line_num} (row {number})"
        if not cells:
            continue  # a blank line, e.g. left by hand editing
        if len(cells) != len(header):
            problems.append(f"{where}: expected {len(header)} cells, found {len(cells)}")
            continue
        unescaped = [c[1:] if c.startswith("'") else c for c in cells]
        yield where, dict(zip(header, unescaped, strict=True))


def _records_from_json(text: str, problems: list[str]) -> _Records:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(f"not valid JSON at line {error.lineno} column {error.colno}: {error.msg}")
        return
    breaks = document.get("breaks") if isinstance(document, dict) else None
    if not isinstance(breaks, list):
        problems.append("expected a JSON object with a 'breaks' list, as export writes it")
        return
    for number, item in enumerate(breaks, start=1):
        where = f"row {number} (breaks[{number - 1}])"
        if isinstance(item, dict):
            yield where, item
        else:
            problems.append(f"{where}: expected an object, found {type(item).__name__}")


def parse_export(text: str, source: str, *, fmt: str | None = None) -> list[BreakRow]:
    """Read a CSV or JSON export (`fmt` 'csv'/'json', or guessed from the content).

    Raises ImportFileError naming every bad row and column, so nothing is half-imported.
    """
    if fmt is None:
        fmt = "json" if text.lstrip()[:1] in ("{", "[") else "csv"
    problems: list[str] = []
    reader = _records_from_json if fmt == "json" else _records_from_csv
    rows: list[BreakRow] = []
    for where, fields in reader(text, problems):
        row = _RowParser(where, fields, problems).parse()
        if row is not None:
            rows.append(row)
    if problems:
        raise ImportFileError(source, problems)
    return rows
