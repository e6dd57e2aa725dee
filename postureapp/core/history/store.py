"""The break log's store: one SQLite connection, safe to share between the app and the CLI.

Every write is committed before the method returns; a damaged file is set aside, never deleted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from postureapp.core.files import free_name, set_aside
from postureapp.core.history.queries import Queries
from postureapp.core.history.records import (
    FEELINGS,
    BreakRow,
    HistoryError,
    OpenReport,
    check_kind,
    join_exercises,
    offset_minutes,
    unix,
)
from postureapp.core.history.schema import (
    MIGRATIONS,
    Migration,
)
from postureapp.core.terms import Outcome, Trigger

# SQLite result codes that mean "this file is damaged", as opposed to busy, locked or unreadable.
_CORRUPTION_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


class _DamagedFile(Exception):
    """The file is not a database, or SQLite's quick_check found damage."""


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CORRUPTION_CODES


def _with_last(items: Iterable[BreakRow]) -> Iterator[tuple[bool, BreakRow]]:
    """Each item with whether it is the last one, read one ahead."""
    iterator = iter(items)
    try:
        item = next(iterator)
    except StopIteration:
        return
    for following in iterator:
        yield False, item
        item = following
    yield True, item


class BreakLog(Queries):
    """One open connection to the log. Every write is committed before the method returns.

    The reading side is `Queries`.
    """

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
        started = unix(started_at)
        ended = None if ended_at is None else unix(ended_at)
        if ended is not None and ended < started:
            raise ValueError(f"a break cannot end ({ended_at}) before it starts ({started_at})")
        cursor = conn.execute(
            'INSERT INTO breaks (uid, kind, "trigger", due_at, started_at, ended_at, '
            "utc_offset_minutes, outcome, exercise_ids, seconds_done) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
            (
                uid,
                check_kind(kind),
                Trigger(trigger).value,
                unix(due_at),
                started,
                ended,
                offset_minutes(started_at),
                Outcome(outcome).value,
                join_exercises(exercise_ids),
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
            ended = unix(ended_at)
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

    def import_rows(
        self,
        rows: Iterable[BreakRow],
        *,
        batch: int = 1000,
        between: Callable[[], None] | None = None,
    ) -> tuple[int, int]:
        """Merge rows from an export by uid: returns (added, already present).

        Rows are written `batch` at a time, each batch in its own transaction, and `between`
        runs between two batches (the importer pauses there): the write lock is never held
        for long, so the running app can log a break meanwhile. Merging by uid makes an import
        that was cut off safe to run again. A row that was 'running' in the exporting database
        can never be finished here, so it arrives as 'interrupted'.
        """
        added = present = batches = 0
        pending: list[BreakRow] = []
        for last, row in _with_last(rows):
            pending.append(row)
            if len(pending) >= batch or last:
                if batches and between is not None:
                    between()
                more, already = self._import_batch(pending)
                added, present, pending, batches = added + more, present + already, [], batches + 1
        return added, present

    def _import_batch(self, rows: Sequence[BreakRow]) -> tuple[int, int]:
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
                (uuid.uuid4().hex, unix(at), offset_minutes(at), feeling, stiffness, note),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid
