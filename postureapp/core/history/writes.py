"""Writing the break log: a break as it starts and ends, a whole break, a check-in, an import.

Every write is its own committed transaction. Breaks and check-ins carry a uid, so a write that
is repeated (an import run twice, the journal replayed after a crash) never adds a duplicate.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from postureapp.core.history.posture_days import PostureDay, merge_posture_day
from postureapp.core.history.records import (
    FEELINGS,
    BreakRow,
    CheckIn,
    HistoryError,
    check_kind,
    join_exercises,
    offset_minutes,
    unix,
)
from postureapp.core.terms import Outcome, Trigger

_T = TypeVar("_T")


@dataclass(frozen=True)
class Merged:
    """What an import did: new and already known breaks and check-ins."""

    breaks_added: int = 0
    breaks_present: int = 0
    checkins_added: int = 0
    checkins_present: int = 0
    #: Days of posture figures (JSON only); a day already in the log keeps its own figures.
    posture_days_added: int = 0
    posture_days_present: int = 0

    def __add__(self, other: Merged) -> Merged:
        return Merged(
            self.breaks_added + other.breaks_added,
            self.breaks_present + other.breaks_present,
            self.checkins_added + other.checkins_added,
            self.checkins_present + other.checkins_present,
            self.posture_days_added + other.posture_days_added,
            self.posture_days_present + other.posture_days_present,
        )


def _with_last(items: Iterable[_T]) -> Iterator[tuple[bool, _T]]:
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


class Writes:
    """The writing half of `BreakLog`, over its connection and its write transaction."""

    _conn: sqlite3.Connection

    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

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
        rows: Iterable[BreakRow | CheckIn | PostureDay],
        *,
        batch: int = 1000,
        between: Callable[[], None] | None = None,
    ) -> tuple[int, int]:
        """Merge records from an export by uid: returns (added, already present)."""
        merged = self.import_records(rows, batch=batch, between=between)
        return (
            merged.breaks_added + merged.checkins_added,
            merged.breaks_present + merged.checkins_present,
        )

    def import_records(
        self,
        records: Iterable[BreakRow | CheckIn | PostureDay],
        *,
        batch: int = 1000,
        between: Callable[[], None] | None = None,
    ) -> Merged:
        """Merge breaks and check-ins from an export by uid; how many were new, how many known.

        Records are written `batch` at a time, each batch in its own transaction, and `between`
        runs between two batches (the importer pauses there): the write lock is never held
        for long, so the running app can log a break meanwhile. Merging by uid makes an import
        that was cut off safe to run again. A row that was 'running' in the exporting database
        can never be finished here, so it arrives as 'interrupted'.
        """
        merged = Merged()
        pause: Callable[[], None] | None = None  # `between`, once a batch has been written
        pending: list[BreakRow | CheckIn | PostureDay] = []
        for last, record in _with_last(records):
            pending.append(record)
            if len(pending) >= batch or last:
                if pause is not None:
                    pause()
                merged += self._import_batch(pending)
                pending, pause = [], between
        return merged

    def _import_batch(self, records: Sequence[BreakRow | CheckIn | PostureDay]) -> Merged:
        counts = [0] * 6  # breaks added, present; check-ins added, present; posture days too
        with self._transaction() as conn:
            for record in records:
                if isinstance(record, PostureDay):
                    counts[4 if merge_posture_day(conn, record) else 5] += 1
                    continue
                if isinstance(record, CheckIn):
                    check_checkin(record.feeling, record.stiffness)
                    new = self._insert_checkin(conn, record) is not None
                    counts[2 if new else 3] += 1
                    continue
                row = record
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
                counts[1 if inserted is None else 0] += 1
        return Merged(*counts)

    def add_checkin(
        self,
        *,
        at: datetime,
        feeling: str,
        stiffness: int | None = None,
        note: str | None = None,
    ) -> int:
        """Log how the user feels; the warning sign answers matter to the safety advice later."""
        checkin = new_checkin(at=at, feeling=feeling, stiffness=stiffness, note=note)
        with self._transaction() as conn:
            row_id = self._insert_checkin(conn, checkin)
        assert row_id is not None  # a fresh uuid4 cannot collide
        return row_id

    def _insert_checkin(self, conn: sqlite3.Connection, checkin: CheckIn) -> int | None:
        cursor = conn.execute(
            "INSERT INTO checkins (uid, at, utc_offset_minutes, feeling, stiffness, note) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
            (
                checkin.uid,
                unix(checkin.at),
                offset_minutes(checkin.at),
                checkin.feeling,
                checkin.stiffness,
                checkin.note,
            ),
        )
        return cursor.lastrowid if cursor.rowcount == 1 else None

    # --- writing by uid, again and again if need be ----------------------------------------------

    def put_break(self, row: BreakRow) -> bool:
        """Write `row` as its break's latest state, by uid; True when the log changed.

        A break not in the log yet is added. One that is there takes `row`'s end (outcome,
        end time, seconds) if it has not ended yet: it is still 'running', or a restart marked
        it 'interrupted' while its real end was waiting to be written. A break that has ended
        keeps its end, so writing the same row twice changes nothing.
        """
        with self._transaction() as conn:
            added = self._insert(
                conn,
                uid=row.uid,
                kind=row.kind,
                trigger=row.trigger,
                due_at=row.due_at,
                started_at=row.started_at,
                ended_at=row.ended_at,
                outcome=row.outcome,
                exercise_ids=row.exercise_ids,
                seconds_done=row.seconds_done,
            )
            if added is not None:
                return True
            if row.outcome is Outcome.RUNNING:
                return False
            cursor = conn.execute(
                "UPDATE breaks SET outcome = ?, ended_at = ?, seconds_done = ? "
                "WHERE uid = ? AND ended_at IS NULL AND outcome IN (?, ?)",
                (
                    row.outcome.value,
                    None if row.ended_at is None else unix(row.ended_at),
                    row.seconds_done,
                    row.uid,
                    Outcome.RUNNING.value,
                    Outcome.INTERRUPTED.value,
                ),
            )
            return cursor.rowcount == 1

    def put_checkin(self, checkin: CheckIn) -> bool:
        """Write a check-in by uid; True when it was not in the log yet."""
        check_checkin(checkin.feeling, checkin.stiffness)
        with self._transaction() as conn:
            return self._insert_checkin(conn, checkin) is not None


def check_checkin(feeling: str, stiffness: int | None) -> None:
    if feeling not in FEELINGS:
        raise ValueError(f"feeling must be one of {', '.join(FEELINGS)}, got {feeling!r}")
    if stiffness is not None and not 0 <= stiffness <= 10:
        raise ValueError(f"stiffness must be 0 to 10, got {stiffness}")


def new_checkin(*, at: datetime, feeling: str, stiffness: int | None, note: str | None) -> CheckIn:
    """A check-in under a fresh uid, checked as the log would check it."""
    check_checkin(feeling, stiffness)
    unix(at)  # refuses a time without an offset
    return CheckIn(
        id=0, uid=uuid.uuid4().hex, at=at, feeling=feeling, stiffness=stiffness, note=note
    )


def new_break(
    *,
    kind: str,
    trigger: Trigger | str,
    due_at: datetime,
    started_at: datetime,
    ended_at: datetime | None,
    outcome: Outcome,
    exercise_ids: Sequence[str],
    seconds_done: int,
) -> BreakRow:
    """A break under a fresh uid, checked as the log would check it (ValueError otherwise)."""
    if seconds_done < 0:
        raise ValueError(f"seconds_done cannot be negative, got {seconds_done}")
    unix(due_at)
    if ended_at is not None and unix(ended_at) < unix(started_at):
        raise ValueError(f"a break cannot end ({ended_at}) before it starts ({started_at})")
    join_exercises(exercise_ids)
    return BreakRow(
        id=0,
        uid=uuid.uuid4().hex,
        kind=check_kind(kind),
        trigger=Trigger(trigger),
        due_at=due_at,
        started_at=started_at,
        ended_at=ended_at,
        outcome=Outcome(outcome),
        exercise_ids=tuple(exercise_ids),
        seconds_done=seconds_done,
    )
