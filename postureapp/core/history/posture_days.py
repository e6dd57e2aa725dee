"""Each day's posture sensing as numbers only (never a picture): seconds seen upright and
slouched, readings taken and readings that saw nobody. One row per local day, replaced as the
day goes on; the JSON export carries them beside the breaks."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from postureapp.core.history.schema import where
from postureapp.core.problems import MISSING, Collector, show

#: The keys of one day in the JSON export's `posture_days` list.
POSTURE_DAY_FIELDS = ("day", "upright_seconds", "slouched_seconds", "readings", "unseen")
#: A day has 86,400 seconds; a figure above it is not one this app wrote.
_MAX_FIGURE = 86_400


@dataclass(frozen=True)
class PostureDay:
    """One day's figures (the same numbers as `core.posture.DaySummary`)."""

    day: date
    upright_seconds: int
    slouched_seconds: int
    readings: int
    unseen: int

    def export(self) -> dict[str, object]:
        return {
            "day": self.day.isoformat(),
            "upright_seconds": self.upright_seconds,
            "slouched_seconds": self.slouched_seconds,
            "readings": self.readings,
            "unseen": self.unseen,
        }


def read_posture_day(
    fields: Mapping[str, Any], check: Collector, prefix: str = ""
) -> PostureDay | None:
    """One exported day's figures, or None after `check` has recorded what is wrong."""
    before = len(check.problems)
    text = fields.get("day", MISSING)
    day = None
    with contextlib.suppress(ValueError):
        day = date.fromisoformat(text) if isinstance(text, str) and len(text) == 10 else None
    if day is None:
        check.fail(prefix + "day", "a date as YYYY-MM-DD", show(text))
    numbers: list[int] = []
    for name in POSTURE_DAY_FIELDS[1:]:
        value = fields.get(name, MISSING)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _MAX_FIGURE:
            numbers.append(value)
        else:
            check.fail(prefix + name, f"a whole number from 0 to {_MAX_FIGURE:,}", show(value))
    if len(check.problems) > before or day is None:
        return None
    return PostureDay(day, *numbers)


def merge_posture_day(conn: sqlite3.Connection, day: PostureDay) -> bool:
    """Add an imported day's figures unless that day is already kept (the log's own figures
    win, so an import run twice adds nothing): True when added."""
    cursor = conn.execute(
        "INSERT INTO posture_days VALUES (?, ?, ?, ?, ?) ON CONFLICT (day) DO NOTHING",
        (
            day.day.isoformat(),
            day.upright_seconds,
            day.slouched_seconds,
            day.readings,
            day.unseen,
        ),
    )
    return cursor.rowcount > 0


class PostureDays:
    """The posture side of `BreakLog`."""

    _conn: sqlite3.Connection

    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError  # BreakLog's

    def record_posture_day(self, day: PostureDay) -> None:
        """Keep `day`'s figures, replacing what was kept for that day before."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO posture_days VALUES (?, ?, ?, ?, ?)",
                (
                    day.day.isoformat(),
                    day.upright_seconds,
                    day.slouched_seconds,
                    day.readings,
                    day.unseen,
                ),
            )

    def posture_days(
        self, *, since: date | None = None, until: date | None = None
    ) -> list[PostureDay]:
        """The days within [since, until] that have figures, oldest first."""
        clauses, params = [], []
        for bound, op in ((since, ">="), (until, "<=")):
            if bound is not None:
                clauses.append(f"day {op} ?")
                params.append(bound.isoformat())
        sql = f"SELECT * FROM posture_days{where(clauses)} ORDER BY day"
        return [
            PostureDay(date.fromisoformat(day), *map(int, numbers))
            for day, *numbers in self._conn.execute(sql, params)
        ]
