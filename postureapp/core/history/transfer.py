"""Export files: CSV (safe against spreadsheet formulas) and JSON; `importing` reads them back.

Version 2 carries the check-ins beside the breaks. In JSON they are a second list; in CSV every
line says what it holds in its first column, `record` (`break` or `checkin`), and leaves the
other kind's cells empty. Version 1 (breaks only; a CSV without the `record` column) still
imports.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from pathlib import PurePath

from postureapp.core.history.checkin_records import CHECKIN_FIELDS, checkin_record
from postureapp.core.history.posture_days import PostureDay
from postureapp.core.history.records import BreakRow, CheckIn

FORMAT = "postureapp-breaks"
VERSION = 2
#: The first CSV column of version 2, and its values.
RECORD = "record"
BREAK_RECORD = "break"
CHECKIN_RECORD = "checkin"
#: The JSON key of each day's posture figures: an extra list that readers without it pass over.
POSTURE_DAYS = "posture_days"

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
#: Version 2's CSV columns: the record's kind, a break's columns, then a check-in's own.
CSV_COLUMNS = (
    RECORD,
    *EXPORT_COLUMNS,
    *(name for name in CHECKIN_FIELDS if name not in EXPORT_COLUMNS),
)
#: The export formats, each named by its file extension.
EXPORT_FORMATS = ("csv", "json")
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


def format_csv(rows: Iterable[BreakRow], checkins: Iterable[CheckIn] = ()) -> str:
    import csv  # only export and import need it: kept out of the app's start-up

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    records: list[tuple[str, dict[str, object]]] = []
    for row in rows:
        record = export_record(row)
        record["exercise_ids"] = ",".join(row.exercise_ids)
        records.append((BREAK_RECORD, record))
    records.extend((CHECKIN_RECORD, checkin_record(checkin)) for checkin in checkins)
    for kind, record in records:
        record[RECORD] = kind
        cells = ["" if record.get(c) is None else str(record[c]) for c in CSV_COLUMNS]
        writer.writerow([csv_cell(cell) for cell in cells])
    return buffer.getvalue()


def format_json(
    rows: Iterable[BreakRow],
    checkins: Iterable[CheckIn] = (),
    posture_days: Sequence[PostureDay] = (),
) -> str:
    """The breaks, the check-ins, and each day's posture figures when there are any (an extra
    key: a reader that does not know it passes over it)."""
    document: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "breaks": [export_record(row) for row in rows],
        "checkins": [checkin_record(checkin) for checkin in checkins],
    }
    if posture_days:
        document[POSTURE_DAYS] = [day.export() for day in posture_days]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def format_of_name(path: PurePath) -> str | None:
    """The export format a file's name asks for: "csv" or "json" by its extension (any case),
    "" when it has none, None when the extension names neither (the caller refuses it)."""
    suffix = path.suffix.lower().lstrip(".")
    if not suffix:
        return ""
    return suffix if suffix in EXPORT_FORMATS else None
