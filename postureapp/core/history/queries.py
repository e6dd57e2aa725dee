"""Reading the break log: rows, check-ins and the totals statistics are made of."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from postureapp.core.history.exercise_months import TABLE, exercise_array, split_by_month
from postureapp.core.history.records import (
    BreakRow,
    CheckIn,
    DayOutcomeTotal,
    OutcomeTotal,
    day_from_number,
    day_number,
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

OUTCOMES = {outcome.value: outcome for outcome in Outcome}


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

    def bucket_outcome_totals(self, bars: Sequence[tuple[date, date]]) -> list[DayOutcomeTotal]:
        """Breaks and seconds per (bar, outcome), each bar a range of local days (first, last);
        `day` is the bar's first day. A few range reads of the daily totals, whatever the span.
        """
        if not bars:
            return []
        values = ", ".join("(?, ?)" for _ in bars)
        params = [
            number for first, last in bars for number in (day_number(first), day_number(last))
        ]
        sql = (
            f"WITH bars (first, last) AS (VALUES {values}) "
            "SELECT bars.first, outcome, SUM(breaks), SUM(seconds) "
            "FROM bars CROSS JOIN day_totals ON day BETWEEN bars.first AND bars.last "
            "GROUP BY 1, 2 ORDER BY 1"
        )
        return [
            DayOutcomeTotal(day_from_number(day), OUTCOMES[outcome], breaks, seconds)
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
    ) -> list[tuple[str, Outcome, int, float]]:
        """(exercise id, outcome, breaks, seconds) over the local days [since, until]; a break's
        seconds are shared equally between its exercises.

        Whole months come from the monthly summary, the days of a month the range cuts from the
        breaks themselves, so any range costs about the same.
        """
        months, edges = split_by_month(since, until)
        totals: dict[tuple[str, str], list[float]] = {}
        parts: list[tuple[str, list[object]]] = []
        if months is not None:
            clauses, params = bounds("month", *months)
            parts.append(
                (
                    f"SELECT exercise_id, outcome, SUM(breaks), SUM(seconds) FROM {TABLE}"
                    f"{where(clauses)} GROUP BY 1, 2",
                    params,
                )
            )
        array = exercise_array()
        for first, last in edges:
            clauses, params = day_filter(first, last)
            condition = where([*clauses, "j.value <> ''"])
            parts.append(
                (
                    "SELECT j.value, outcome, COUNT(*), "
                    f"SUM(seconds_done * 1.0 / json_array_length({array})) "
                    f"FROM breaks, json_each({array}) AS j{condition} "
                    "GROUP BY 1, 2",
                    params,
                )
            )
        for sql, params in parts:
            for exercise_id, outcome, breaks, seconds in self._conn.execute(sql, params):
                total = totals.setdefault((exercise_id, outcome), [0, 0.0])
                total[0] += breaks
                total[1] += seconds
        return [
            (exercise_id, Outcome(outcome), int(n), float(seconds))
            for (exercise_id, outcome), (n, seconds) in sorted(totals.items())
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
