"""Reading the break log: rows, check-ins and the totals statistics are made of."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from postureapp.core.history.records import (
    BreakRow,
    CheckIn,
    DayOutcomeTotal,
    OutcomeTotal,
    day_from_number,
    split_exercises,
    unix,
)
from postureapp.core.history.schema import (
    BREAK_COLUMNS,
    CHECKIN_COLUMNS,
    bounds,
    break_from_sql,
    checkin_from_sql,
    day_filter,
    day_range,
    where,
)
from postureapp.core.terms import Outcome


class Queries:
    """The read-only questions the app, the history window and `postureapp stats` ask."""

    _conn: sqlite3.Connection

    def rows(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[BreakRow]:
        """Breaks that started in [since, until), as instants (not local days)."""
        clauses, params = bounds(
            "started_at",
            None if since is None else unix(since),
            None if until is None else unix(until),
            high_op="<",
        )
        order = "DESC" if newest_first else "ASC"
        sql = (
            f"SELECT {BREAK_COLUMNS} FROM breaks{where(clauses)} "
            f"ORDER BY started_at {order}, id {order}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [break_from_sql(r) for r in self._conn.execute(sql, params)]

    def recent_exercise_ids(self, *, since: datetime, breaks: int) -> list[str]:
        """The exercises of the last `breaks` breaks started since `since`, the most recent last."""
        rows = self.rows(since=since, limit=breaks, newest_first=True)
        return [exercise for row in reversed(rows) for exercise in row.exercise_ids]

    def export_rows(
        self, *, since: date | None = None, until: date | None = None
    ) -> list[BreakRow]:
        """Breaks whose local start day is within [since, until], oldest first."""
        clauses, params = day_filter(since, until)
        sql = f"SELECT {BREAK_COLUMNS} FROM breaks{where(clauses)} ORDER BY started_at, id"
        return [break_from_sql(r) for r in self._conn.execute(sql, params)]

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])

    def checkins(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[CheckIn]:
        """Check-ins made in [since, until), oldest first."""
        lo = 0 if since is None else unix(since)
        hi = None if until is None else unix(until)
        result = self._conn.execute(
            f"SELECT {CHECKIN_COLUMNS} FROM checkins "
            "WHERE at >= ? AND (? IS NULL OR at < ?) ORDER BY at, id",
            (lo, hi, hi),
        )
        return [checkin_from_sql(record) for record in result]

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
        clauses, params = day_range(since, until)
        sql = f"SELECT day, outcome, breaks, seconds FROM day_totals{where(clauses)} ORDER BY day"
        return [
            DayOutcomeTotal(day_from_number(day), Outcome(outcome), breaks, seconds)
            for day, outcome, breaks, seconds in self._conn.execute(sql, params)
        ]

    def outcome_totals(
        self, *, since: date | None = None, until: date | None = None
    ) -> dict[Outcome, OutcomeTotal]:
        """Breaks and seconds per outcome over the local days [since, until]; absent when none."""
        clauses, params = day_range(since, until)
        sql = (
            f"SELECT outcome, SUM(breaks), SUM(seconds) FROM day_totals{where(clauses)} "
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
        clauses, params = day_range(since, until)
        condition = where(["outcome = ?", "breaks >= ?", *clauses])
        sql = f"SELECT day FROM day_totals{condition} ORDER BY day"
        result = self._conn.execute(sql, [Outcome.COMPLETED.value, streak_min, *params])
        return [day_from_number(day) for (day,) in result]

    def first_day(self) -> date | None:
        """The first local day anything was logged on, or None for an empty log."""
        (day,) = self._conn.execute("SELECT MIN(day) FROM day_totals").fetchone()
        return None if day is None else day_from_number(int(day))

    def exercise_outcome_totals(
        self, *, since: date | None = None, until: date | None = None
    ) -> list[tuple[tuple[str, ...], Outcome, int, int]]:
        """(exercise list, outcome, breaks, seconds) of the breaks started on [since, until]."""
        clauses, params = day_filter(since, until)
        sql = (
            "SELECT exercise_ids, outcome, COUNT(*), SUM(seconds_done) "
            f"FROM breaks{where(clauses)} GROUP BY exercise_ids, outcome"
        )
        return [
            (split_exercises(ids), Outcome(outcome), n, seconds)
            for ids, outcome, n, seconds in self._conn.execute(sql, params)
        ]

    def checkins_on(self, since: date | None = None, until: date | None = None) -> list[CheckIn]:
        """Check-ins made on the local days [since, until], oldest first."""
        clauses, params = day_filter(since, until, column="at")
        sql = f"SELECT {CHECKIN_COLUMNS} FROM checkins{where(clauses)} ORDER BY at, id"
        return [checkin_from_sql(r) for r in self._conn.execute(sql, params)]

    def completed_exercise_sets(
        self, *, since: date | None = None, until: date | None = None
    ) -> list[tuple[tuple[str, ...], int]]:
        """Each distinct exercise list of completed breaks, with how many breaks had it."""
        if since is None and until is None:
            result = self._conn.execute("SELECT exercise_ids, breaks FROM exercise_totals")
        else:  # the summary has no days: group the breaks in range
            clauses, params = day_filter(since, until)
            condition = where(["outcome = ?", *clauses])
            sql = f"SELECT exercise_ids, COUNT(*) FROM breaks{condition} GROUP BY exercise_ids"
            result = self._conn.execute(sql, [Outcome.COMPLETED.value, *params])
        return [(split_exercises(ids), n) for ids, n in result]
