"""Each day's posture sensing as numbers only (never a picture): seconds seen upright and
slouched, readings taken and readings that saw nobody. One row per local day, replaced as the
day goes on; the JSON export carries them beside the breaks."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import date

from postureapp.core.history.schema import where


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
