"""What the break log holds: its rows and totals, and the conversions between them and SQLite.

Times are stored as integer unix seconds (UTC) plus the UTC offset in force when the break started,
so a break is always counted on the local day the user lived it, even after travel or a DST change.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

from postureapp.core.i18n.phrase import Said
from postureapp.core.terms import BreakKind, Feeling, Outcome, Trigger, values

KINDS = values(BreakKind)
FEELINGS = values(Feeling)
EXERCISE_ID = re.compile(r"[^\s,]+")
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
DAY = 86400


class HistoryError(Said):
    """The log cannot be used as asked (a newer schema, a failed migration, an unknown break);
    `said` holds the words to translate where they are shown (`told`), `str()` the English."""


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


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"a timezone-aware time is needed, got {moment.isoformat()}")
    return int(offset.total_seconds()) // 60


def unix(moment: datetime) -> int:
    offset_minutes(moment)  # rejects naive times
    seconds = int(moment.timestamp())
    if seconds < 0:
        raise ValueError(f"times before 1970 are not accepted, got {moment.isoformat()}")
    return seconds


@functools.cache
def zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes))


def aware(seconds: int, offset_minutes: int) -> datetime:
    return datetime.fromtimestamp(seconds, zone(offset_minutes))


def day_number(day: date) -> int:
    return day.toordinal() - EPOCH_ORDINAL


def day_from_number(number: int) -> date:
    return date.fromordinal(EPOCH_ORDINAL + number)


def join_exercises(exercise_ids: Iterable[str]) -> str:
    ids = tuple(exercise_ids)
    for exercise_id in ids:
        if not EXERCISE_ID.fullmatch(exercise_id):
            raise ValueError(f"an exercise id has no spaces or commas, got {exercise_id!r}")
    return ",".join(ids)


def split_exercises(text: str) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    return kind
