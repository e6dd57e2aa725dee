"""Export files: CSV (safe against spreadsheet formulas) and JSON; `importing` reads them back."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence

from postureapp.core.history.posture_days import PostureDay
from postureapp.core.history.records import BreakRow

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
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def export_record(row: BreakRow) -> dict[str, object]:
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
        record = export_record(row)
        record["exercise_ids"] = ",".join(row.exercise_ids)
        cells = ["" if record[c] is None else str(record[c]) for c in EXPORT_COLUMNS]
        writer.writerow([csv_cell(cell) for cell in cells])
    return buffer.getvalue()


def format_json(rows: Iterable[BreakRow], posture_days: Sequence[PostureDay] = ()) -> str:
    """The breaks, and each day's posture figures when there are any (import reads the breaks
    and passes over the rest)."""
    document: dict[str, object] = {
        "format": "postureapp-breaks",
        "version": 1,
        "breaks": [export_record(row) for row in rows],
    }
    if posture_days:
        document["posture_days"] = [day.export() for day in posture_days]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
