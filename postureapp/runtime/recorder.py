"""The break log as the running app writes it: nothing lost, and never a wait on the screen.

`Recorder` is a `BreakLog` (the controller and the safety flow call the same start, finish,
record and add_checkin, and every reader reads through it), with one difference: a write never
fails and never blocks for long. It tries the log with a short busy timeout; what the log cannot
take now (locked by `postureapp import` or another writer, a full disk, a file that cannot be
opened at all) waits in the journal beside the log (`core.history.journal`), written atomically,
and is retried with backoff from a timer, off the path of the break on screen. A journal left by
an earlier run is replayed at start. If the log stays unwritable, the user is told once.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from postureapp.core.clock import Clock
from postureapp.core.history import BreakLog, BreakRow, HistoryError, OpenReport
from postureapp.core.history import journal as journal_file
from postureapp.core.history.writes import new_break, new_checkin
from postureapp.core.i18n.phrase import told
from postureapp.core.library_words import os_reason, sqlite_reason
from postureapp.core.problems import Problem
from postureapp.core.terms import Outcome, Trigger
from postureapp.runtime.messages import Messages

log = logging.getLogger(__name__)

#: Seconds between two tries while the log refuses writes; the last one repeats.
BACKOFF_S = (1.0, 2.0, 5.0, 15.0, 30.0, 60.0)
#: How long one write may wait for another writer's lock, on the GUI thread.
BUSY_MS = 100
#: Failed tries (about 8 s) before the user is told that outcomes are waiting.
TELL_AFTER = 4

#: Errors that mean "not now": retried. Anything else about a row is a bug, and it is dropped.
_NOT_NOW = (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)
_NEVER = (sqlite3.IntegrityError, ValueError, HistoryError)


class Recorder(BreakLog):
    """Writes breaks and check-ins to the log, keeping in a journal what must wait.

    `start` returns a handle that `finish` takes back; it is not a row id (the row may not be
    in the log yet).
    """

    def __init__(
        self,
        path: Path,
        clock: Clock,
        messages: Messages,
        *,
        journal: Path | None = None,
        backoff: Sequence[float] = BACKOFF_S,
        busy_ms: int = BUSY_MS,
    ) -> None:
        self._clock = clock
        self._messages = messages
        self._journal = journal or journal_file.journal_path(path)
        self._backoff = tuple(backoff)
        self._busy_ms = busy_ms
        self._handles: dict[int, BreakRow] = {}
        self._next_handle = 0
        self._failures = 0
        self._told = False
        self._attached = False
        self.report: OpenReport | None = None
        self.open_error: str | None = None
        self.journal_error: str | None = None
        self._closed = False
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.waiting, problems = journal_file.load(self._journal)
        if problems:
            self._journal_damaged(problems)
        # Until the log opens, reads come from an empty log in memory with the same schema.
        memory, _ = BreakLog.connect(Path(":memory:"), now=clock.now())
        super().__init__(memory, path)
        self._attach()
        if self.waiting:
            log.info("%d write(s) from the journal to replay", len(self.waiting))
            self.flush()

    # --- the log behind ------------------------------------------------------------------------

    @property
    def attached(self) -> bool:
        """False while the log cannot be opened (reads then come from an empty log)."""
        return self._attached

    def _attach(self) -> bool:
        """Open the log file (again); True once it is open."""
        if self._attached:
            return True
        try:
            conn, report = BreakLog.connect(self.path, now=self._clock.now())
        except (sqlite3.Error, OSError, HistoryError) as error:
            self.open_error = _why(error)
            if not self._told:
                self._tell(
                    QCoreApplication.translate(
                        "Recorder", "The break log {0} cannot be opened ({1})."
                    ).format(self.path, self.open_error)
                )
            return False
        conn.execute(f"PRAGMA busy_timeout = {int(self._busy_ms)}")
        memory, self._conn = self._conn, conn
        memory.close()
        self._attached, self.open_error, self.report = True, None, report
        return True

    def close(self) -> None:
        """Try once more, keep in the journal what still waits, and close the log."""
        self._timer.stop()
        if self._closed:
            return
        self._closed = True
        if self.waiting and self._attached:
            self._conn.execute("PRAGMA busy_timeout = 1000")  # quitting may wait a moment
            self.flush(retry=False)
        super().close()

    # --- the writes the app makes --------------------------------------------------------------

    def start(
        self,
        *,
        kind: str,
        trigger: Trigger | str,
        due_at: datetime,
        started_at: datetime,
        exercise_ids: Sequence[str],
    ) -> int:
        """A break as it starts ('running'), written at once if the log takes it."""
        row = new_break(
            kind=kind,
            trigger=trigger,
            due_at=due_at,
            started_at=started_at,
            ended_at=None,
            outcome=Outcome.RUNNING,
            exercise_ids=exercise_ids,
            seconds_done=0,
        )
        self._next_handle += 1
        self._handles[self._next_handle] = row
        self._put(row)
        return self._next_handle

    def finish(
        self, row_id: int, *, outcome: Outcome, ended_at: datetime, seconds_done: int
    ) -> None:
        """How the break started with handle `row_id` ended."""
        if Outcome(outcome) is Outcome.RUNNING:
            raise ValueError("finish needs a final outcome, not 'running'")
        row = self._handles.pop(row_id, None)
        if row is None:
            raise HistoryError(f"break {row_id} is not running; it cannot be finished")
        ended = new_break(
            kind=row.kind,
            trigger=row.trigger,
            due_at=row.due_at,
            started_at=row.started_at,
            ended_at=ended_at,
            outcome=Outcome(outcome),
            exercise_ids=row.exercise_ids,
            seconds_done=seconds_done,
        )
        self._put(replace(ended, uid=row.uid))

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
        """A whole break in one go (snoozed from the notice, natural)."""
        if Outcome(outcome) is Outcome.RUNNING:
            raise ValueError("record needs a final outcome; use start() for a running break")
        row = new_break(
            kind=kind,
            trigger=trigger,
            due_at=due_at,
            started_at=started_at,
            ended_at=ended_at,
            outcome=outcome,
            exercise_ids=exercise_ids,
            seconds_done=seconds_done,
        )
        self._put(row)
        self._next_handle += 1
        return self._next_handle

    def add_checkin(
        self,
        *,
        at: datetime,
        feeling: str,
        stiffness: int | None = None,
        note: str | None = None,
    ) -> int:
        checkin = new_checkin(at=at, feeling=feeling, stiffness=stiffness, note=note)
        self.waiting.checkins[checkin.uid] = checkin
        self.flush()
        self._next_handle += 1
        return self._next_handle

    def _put(self, row: BreakRow) -> None:
        self.waiting.breaks.pop(row.uid, None)  # its latest state goes last, in order
        self.waiting.breaks[row.uid] = row
        self.flush()

    # --- writing what waits --------------------------------------------------------------------

    def flush(self, *, retry: bool = True) -> bool:
        """Write what waits, oldest first; True when nothing waits any more.

        What the log does not take now stays, in the journal, and a retry is armed.
        """
        trouble = self._write_waiting() if self._attach() else self.open_error
        if trouble is None:
            self._recovered()
            return True
        self._failures += 1
        log.warning("the break log does not take writes now (%s); %d waiting", trouble,
                    len(self.waiting))  # fmt: skip
        self._keep()
        if self._failures >= TELL_AFTER and not self._told:
            self._tell(
                QCoreApplication.translate(
                    "Recorder", "Breaks cannot be written to the log {0} ({1})."
                ).format(self.path, trouble)
            )
        if retry:
            step = self._backoff[min(self._failures, len(self._backoff)) - 1]
            self._timer.start(int(step * 1000))
        return False

    def _write_waiting(self) -> str | None:
        """Write each waiting item; the reason the log refused, or None when all went in."""
        for uid, row in list(self.waiting.breaks.items()):
            try:
                self.put_break(row)
            except _NEVER as error:
                log.error("a break the log can never take was dropped: %s (%s)", row, error)
            except _NOT_NOW as error:
                return _why(error)
            self.waiting.breaks.pop(uid, None)
        for uid, checkin in list(self.waiting.checkins.items()):
            try:
                self.put_checkin(checkin)
            except _NEVER as error:
                log.error("a check-in the log can never take was dropped: %s (%s)", uid, error)
            except _NOT_NOW as error:
                return _why(error)
            self.waiting.checkins.pop(uid, None)
        return None

    def _keep(self) -> None:
        """Save what waits in the journal; if even that fails, it stays in memory."""
        try:
            journal_file.save(self._journal, self.waiting)
        except OSError as error:
            self.journal_error = _why(error)
            log.error("the journal %s cannot be written either: %s", self._journal, _why(error))
        else:
            self.journal_error = None

    def _tell(self, trouble: str) -> None:
        """Tell the user once what is missing, and that breaks go on regardless."""
        self._told = True
        if self.journal_error is None:
            said = QCoreApplication.translate(
                "Recorder",
                "{0} Breaks still run, and what they record is kept in {1} until the log takes it.",
            ).format(trouble, self._journal)
        else:
            said = QCoreApplication.translate(
                "Recorder",
                "{0} Breaks still run, and what they record is kept in memory until the log takes "
                "it (the journal {1} cannot be written either: {2}), so it is lost if postureapp "
                "stops first.",
            ).format(trouble, self._journal, self.journal_error)
        self._messages.tell(said, key="break-log")

    def _recovered(self) -> None:
        self._timer.stop()
        if self._failures:
            log.info("the break log takes writes again; nothing is waiting")
        self._failures = 0
        with contextlib.suppress(OSError):
            journal_file.save(self._journal, self.waiting)  # nothing waits: removed

    def _journal_damaged(self, problems: Sequence[Problem]) -> None:
        from postureapp.core.files import set_aside

        try:
            aside = set_aside(self._journal, "bad", self._clock.now())
        except OSError:
            aside = self._journal
        said = QCoreApplication.translate(
            "Recorder",
            "The journal of breaks waiting to be logged could not be read, so what it held was "
            "not logged. It is kept as {0}.",
        ).format(aside)
        lines = [p.text(QCoreApplication.translate) for p in problems]
        self._messages.tell(said + "\n" + "\n".join(lines), key="journal")


def _why(error: BaseException) -> str:
    """Why the log or the journal refused, in the user's language (our words for SQLite's and
    the system's reasons)."""
    if isinstance(error, HistoryError):
        return told(error, QCoreApplication.translate)
    if isinstance(error, sqlite3.Error):
        return sqlite_reason(error).text(QCoreApplication.translate)
    if isinstance(error, OSError) and error.errno is not None:
        return os_reason(error).text(QCoreApplication.translate)
    return str(error) or type(error).__name__
