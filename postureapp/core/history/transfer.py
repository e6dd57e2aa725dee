"""Export and import files: CSV (safe against spreadsheet formulas) and JSON, read back exactly.

An import names every bad row and column, so nothing is ever half-imported.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime

from postureapp.core.history.records import (
    EXERCISE_ID,
    KINDS,
    BreakRow,
    split_exercises,
    unix,
)
from postureapp.core.terms import Outcome, Trigger

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
_REQUIRED_IMPORT_COLUMNS = frozenset(EXPORT_COLUMNS) - {"id"}
_UID = re.compile(r"[0-9a-f]{32}")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


class ImportFileError(ValueError):
    """An export file that cannot be imported; `problems` lists every bad row and column."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:20])
        more = len(self.problems) - 20
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(f"{source}: cannot import:\n{shown}{tail}")


def _export_record(row: BreakRow) -> dict[str, object]:
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
        record = _export_record(row)
        record["exercise_ids"] = ",".join(row.exercise_ids)
        cells = ["" if record[c] is None else str(record[c]) for c in EXPORT_COLUMNS]
        writer.writerow([csv_cell(cell) for cell in cells])
    return buffer.getvalue()


def format_json(rows: Iterable[BreakRow]) -> str:
    document = {
        "format": "postureapp-breaks",
        "version": 1,
        "breaks": [_export_record(row) for row in rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


class _RowParser:
    """Turns one exported record into a BreakRow, collecting every problem with its place."""

    def __init__(self, where: str, fields: Mapping[str, object], problems: list[str]) -> None:
        self.where = where
        self.fields = fields
        self.problems = problems
        self.ok = True

    def fail(self, column: str, expected: str, value: object) -> None:
        self.ok = False
        self.problems.append(f"{self.where}, column {column}: expected {expected}, found {value!r}")

    def choice(self, column: str, allowed: Sequence[str]) -> str:
        value = self.fields.get(column)
        if value in allowed:
            return str(value)
        self.fail(column, "one of " + ", ".join(allowed), value)
        return allowed[0]

    def time(self, column: str, *, optional: bool = False) -> datetime | None:
        value = self.fields.get(column)
        if optional and value in (None, ""):
            return None
        expected = "an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00"
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
            if moment is not None:
                unix(moment)
        except ValueError:
            moment = None
        if moment is None:
            self.fail(column, expected, value)
        return moment

    def exercises(self) -> tuple[str, ...]:
        value = self.fields.get("exercise_ids")
        if isinstance(value, str):
            ids = split_exercises(value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            ids = tuple(str(v) for v in value)
        else:
            self.fail("exercise_ids", "a list of exercise ids", value)
            return ()
        if not all(EXERCISE_ID.fullmatch(i) for i in ids):
            self.fail("exercise_ids", "exercise ids without spaces, separated by commas", value)
        return ids

    def seconds(self) -> int:
        value = self.fields.get("seconds_done")
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        if isinstance(value, str) and value.isascii() and value.isdigit():
            return int(value)
        self.fail("seconds_done", "a whole number of seconds, 0 or more", value)
        return 0

    def parse(self) -> BreakRow | None:
        problem = _column_problem(self.fields.keys())
        if problem:
            self.problems.append(f"{self.where}: {problem}")
            return None
        uid = self.fields["uid"]
        if not (isinstance(uid, str) and _UID.fullmatch(uid)):
            self.fail("uid", "32 lowercase hex digits", uid)
        kind = self.choice("kind", KINDS)
        trigger = Trigger(self.choice("trigger", [t.value for t in Trigger]))
        outcome = Outcome(self.choice("outcome", [o.value for o in Outcome]))
        due_at = self.time("due_at")
        started_at = self.time("started_at")
        ended_at = self.time("ended_at", optional=True)
        if started_at and ended_at and ended_at < started_at:
            self.fail("ended_at", f"a time not before started_at ({started_at})", ended_at)
        exercise_ids = self.exercises()
        seconds_done = self.seconds()
        if not self.ok or due_at is None or started_at is None:
            return None
        return BreakRow(
            id=0,
            uid=str(uid),
            kind=kind,
            trigger=trigger,
            due_at=due_at,
            started_at=started_at,
            ended_at=ended_at,
            outcome=outcome,
            exercise_ids=exercise_ids,
            seconds_done=seconds_done,
        )


def _column_problem(columns: Iterable[str]) -> str | None:
    names = set(columns)
    missing = [c for c in EXPORT_COLUMNS if c in _REQUIRED_IMPORT_COLUMNS and c not in names]
    unknown = sorted(names - set(EXPORT_COLUMNS))
    parts = []
    if missing:
        parts.append("missing column " + ", ".join(missing))
    if unknown:
        parts.append("unknown column " + ", ".join(unknown))
    if not parts:
        return None
    return "; ".join(parts) + f" (expected {', '.join(EXPORT_COLUMNS)}; id is optional)"


_Records = Iterator[tuple[str, Mapping[str, object]]]


def _records_from_csv(text: str, problems: list[str]) -> _Records:
    import csv  # see format_csv

    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    problem = "the file is empty" if header is None else _column_problem(header)
    if header is None or problem:
        problems.append(f"line 1 (header): {problem}")
        return
    for number, cells in enumerate(reader, start=1):
        where = f"line {reader.line_num} (row {number})"
        if not cells:
            continue  # a blank line, e.g. left by hand editing
        if len(cells) != len(header):
            problems.append(f"{where}: expected {len(header)} cells, found {len(cells)}")
            continue
        unescaped = [c[1:] if c.startswith("'") else c for c in cells]
        yield where, dict(zip(header, unescaped, strict=True))


def _records_from_json(text: str, problems: list[str]) -> _Records:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(f"not valid JSON at line {error.lineno} column {error.colno}: {error.msg}")
        return
    breaks = document.get("breaks") if isinstance(document, dict) else None
    if not isinstance(breaks, list):
        problems.append("expected a JSON object with a 'breaks' list, as export writes it")
        return
    for number, item in enumerate(breaks, start=1):
        where = f"row {number} (breaks[{number - 1}])"
        if isinstance(item, dict):
            yield where, item
        else:
            problems.append(f"{where}: expected an object, found {type(item).__name__}")


def parse_export(text: str, source: str, *, fmt: str | None = None) -> list[BreakRow]:
    """Read a CSV or JSON export (`fmt` 'csv'/'json', or guessed from the content).

    Raises ImportFileError naming every bad row and column, so nothing is half-imported.
    """
    if fmt is None:
        fmt = "json" if text.lstrip()[:1] in ("{", "[") else "csv"
    problems: list[str] = []
    reader = _records_from_json if fmt == "json" else _records_from_csv
    rows: list[BreakRow] = []
    for where, fields in reader(text, problems):
        row = _RowParser(where, fields, problems).parse()
        if row is not None:
            rows.append(row)
    if problems:
        raise ImportFileError(source, problems)
    return rows
