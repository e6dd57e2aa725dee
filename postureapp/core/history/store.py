"""The break log's store: one SQLite connection, safe to share between the app and the CLI.

Every write is committed before the method returns; a damaged file is set aside, never deleted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from postureapp.core.files import free_name, private_file, set_aside
from postureapp.core.history.posture_days import PostureDays
from postureapp.core.history.queries import Queries
from postureapp.core.history.records import (
    HistoryError,
    OpenReport,
)
from postureapp.core.history.schema import (
    MIGRATIONS,
    Migration,
)
from postureapp.core.history.writes import Writes
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.library_words import os_reason, sqlite_reason
from postureapp.core.problem_words import say
from postureapp.core.terms import Outcome

# SQLite result codes that mean "this file is damaged", as opposed to busy, locked or unreadable.
_CORRUPTION_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB

#: Why the log cannot be opened by this app (the "problems" context translates them).
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "problems",
    "{0}: the log has schema version {1}, newer than this version of the app understands ({2}); "
    "please update the app",
)
UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "problems", "{0}: upgrading the log to version {1} failed ({2}); nothing was changed"
)


def _reason(error: BaseException) -> Phrase | str:
    """Why an upgrade step failed, in our words where we know them."""
    if isinstance(error, sqlite3.Error):
        return sqlite_reason(error)
    if isinstance(error, OSError):
        return os_reason(error)
    return str(error) or type(error).__name__


class _DamagedFile(Exception):
    """The file is not a database, or SQLite's quick_check found damage."""


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CORRUPTION_CODES


class BreakLog(Queries, Writes, PostureDays):
    """One open connection to the log. Every write is committed before the method returns.

    The reading side is `Queries`, the writing side `Writes`; this class opens, repairs and
    upgrades the file.
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
        conn, report = cls.connect(
            path,
            now=now,
            migrations=migrations,
            recover_interrupted=recover_interrupted,
            full_check=full_check,
        )
        return cls(conn, path), report

    @staticmethod
    def connect(
        path: Path,
        *,
        now: datetime,
        migrations: Sequence[Migration] = MIGRATIONS,
        recover_interrupted: bool = True,
        full_check: bool = True,
    ) -> tuple[sqlite3.Connection, OpenReport]:
        """What `open` does, for a caller that keeps the connection in a log of its own making.

        `Path(":memory:")` gives an empty log in memory, with the same schema.
        """
        in_memory = str(path) == ":memory:"
        if not in_memory:
            path.parent.mkdir(parents=True, exist_ok=True)
            private_file(path)
            for suffix in ("-wal", "-shm"):  # SQLite gives them the log's mode once it is 0600
                private_file(path.with_name(path.name + suffix), create=False)
        report = OpenReport(set_aside=None, interrupted=0, migrated_from=None, backup=None)
        try:
            conn = BreakLog._connect_checked(path, full_check)
        except _DamagedFile:
            report.set_aside = BreakLog._set_aside_damaged(path, now)
            conn = BreakLog._connect_checked(path, full_check)
        log = BreakLog(conn, path)
        try:
            log._migrate(migrations, now, report)
            if recover_interrupted:
                report.interrupted = log._mark_running_interrupted()
        except BaseException:
            log.close()
            raise
        return conn, report

    @staticmethod
    def _connect_checked(path: Path, full_check: bool) -> sqlite3.Connection:
        # The timeout is SQLite's busy_timeout: a second writer holding the lock is waited for.
        conn = sqlite3.connect(path, timeout=5.0, isolation_level=None)
        try:
            if full_check:
                if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    raise _DamagedFile  # `connect` sets the file aside whatever the damage
            else:  # reads the header and the schema pages, nothing more
                conn.execute("SELECT COUNT(*) FROM sqlite_schema").fetchone()
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as error:
            conn.close()
            if _is_corruption(error):
                raise _DamagedFile from error
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
            self._conn.execute("COMMIT")
        except BaseException:
            # A failed COMMIT (a full disk) may leave the transaction open, or SQLite may have
            # rolled it back already: either way the connection is left ready for the next one.
            if self._conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            raise

    def _user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, migrations: Sequence[Migration], now: datetime, report: OpenReport) -> None:
        target = len(migrations)
        start = self._user_version()
        if start > target:
            raise HistoryError(say(NEWER_SCHEMA, self.path, start, target))
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
                        say(UPGRADE_FAILED, self.path, version + 1, _reason(error))
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
