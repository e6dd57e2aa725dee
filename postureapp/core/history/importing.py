"""Reading an export back, streamed: a file of any size is read in bounded memory.

An import is checked whole before anything is written (`ExportFile.check`), then read again
record by record (breaks and check-ins) for writing (`ExportFile.rows`). Both versions of the
format are read (see `transfer`). Every problem names the file, the line and the field,
the way every other reader of ours does (`core.problems`); after `MAX_PROBLEMS` the reading stops,
since one is enough to refuse the file. The limits are explicit: a line, a CSV cell and a JSON
record each have a maximum size, and JSON nests only as deep as an export does.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from postureapp.core.history.checkin_records import CHECKIN_FIELDS, read_checkin
from postureapp.core.history.import_stream import MAX_PROBLEMS, JsonStream, Problems, Stop
from postureapp.core.history.import_words import (
    ImportFileError,
    a_byte,
    a_list_of,
    a_longer_one,
    a_version,
    after_a_key,
    at_most_characters,
    cell_count,
    columns_wrong,
    export_shape,
    hex_uid,
    in_the_list,
    not_before,
)
from postureapp.core.history.posture_days import POSTURE_DAY_FIELDS, PostureDay, read_posture_day
from postureapp.core.history.records import (
    EXERCISE_ID,
    KINDS,
    BreakRow,
    CheckIn,
    split_exercises,
    unix,
)
from postureapp.core.history.transfer import (
    BREAK_RECORD,
    CHECKIN_RECORD,
    CSV_COLUMNS,
    EXPORT_COLUMNS,
    FORMAT,
    POSTURE_DAYS,
    RECORD,
    VERSION,
)
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.problem_words import either, iso_time, say, utf8_text
from postureapp.core.problems import MISSING, Collector, noted, problem, show
from postureapp.core.terms import Outcome, Trigger, values

__all__ = ["MAX_PROBLEMS", "ExportFile", "ImportFileError", "Record", "parse_export", "read_row"]

#: What an export holds: breaks, check-ins and (JSON only) each day's posture figures.
Record = BreakRow | CheckIn | PostureDay
_UID = re.compile(r"[0-9a-f]{32}")
_TRIGGERS = values(Trigger)
_OUTCOMES = values(Outcome)
#: A CSV line longer than this is not an export (a row is a few hundred characters).
MAX_LINE_CHARS = 1 << 20
#: One JSON record (a break) longer than this is not an export either.
MAX_RECORD_CHARS = 64 << 10
#: A CSV cell; the csv module's own default limit, named so that it is a decision.
MAX_CELL_CHARS = 128 << 10


def _at(line: int) -> Callable[[str], int]:
    """Every field of a record is found on the record's line."""
    return lambda _field: line


def _column_problem(columns: Sequence[str], known: Sequence[str] = EXPORT_COLUMNS) -> Phrase | None:
    """What is wrong with a header (or a JSON record's keys): missing or unknown names."""
    names = set(columns)
    optional = {"id", "stiffness", "note"}
    missing = [c for c in known if c not in optional and c not in names]
    return columns_wrong(missing, sorted(names - set(known)), known)


def read_row(fields: Mapping[str, Any], check: Collector, prefix: str = "") -> BreakRow | None:
    """One exported record as a BreakRow, or None after `check` has recorded what is wrong."""
    before = len(check.problems)
    uid = fields.get("uid", MISSING)
    if not (isinstance(uid, str) and _UID.fullmatch(uid)):
        check.fail(prefix + "uid", hex_uid(), show(uid))
    kind = check.choice(fields, "kind", KINDS, label=prefix + "kind")
    trigger = check.choice(fields, "trigger", _TRIGGERS, label=prefix + "trigger")
    outcome = check.choice(fields, "outcome", _OUTCOMES, label=prefix + "outcome")
    due_at = _moment(check, fields, "due_at", prefix)
    started_at = _moment(check, fields, "started_at", prefix)
    ended_at = _moment(check, fields, "ended_at", prefix, optional=True)
    if started_at and ended_at and ended_at < started_at:
        check.fail(prefix + "ended_at", not_before("started_at", started_at), show(ended_at))
    exercise_ids = _exercises(check, fields.get("exercise_ids", MISSING), prefix)
    seconds_done = _seconds(check, fields.get("seconds_done", MISSING), prefix)
    if len(check.problems) > before:
        return None
    assert kind and trigger and outcome and due_at and started_at and seconds_done is not None
    return BreakRow(
        id=0,
        uid=str(uid),
        kind=kind,
        trigger=Trigger(trigger),
        due_at=due_at,
        started_at=started_at,
        ended_at=ended_at,
        outcome=Outcome(outcome),
        exercise_ids=exercise_ids,
        seconds_done=seconds_done,
    )


def _moment(
    check: Collector, fields: Mapping[str, Any], name: str, prefix: str, optional: bool = False
) -> datetime | None:
    value = fields.get(name, MISSING)
    if optional and value in (None, ""):
        return None
    expected = iso_time()
    moment: datetime | None = None
    try:
        if isinstance(value, str):
            moment = datetime.fromisoformat(value)
            unix(moment)  # refuses a time without an offset, or before 1970
    except ValueError:
        moment = None
    if moment is None:
        check.fail(prefix + name, expected, show(value))
    return moment


def _exercises(check: Collector, value: object, prefix: str) -> tuple[str, ...]:
    label = prefix + "exercise_ids"
    if isinstance(value, str):
        ids = split_exercises(value)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        ids = tuple(str(v) for v in value)
    else:
        check.fail(label, say(QT_TRANSLATE_NOOP("problems", "a list of exercise ids")), show(value))
        return ()
    if not all(EXERCISE_ID.fullmatch(i) for i in ids):
        expected = say(
            QT_TRANSLATE_NOOP("problems", "exercise ids without spaces, separated by commas")
        )
        check.fail(label, expected, show(value))
    return ids


def _seconds(check: Collector, value: object, prefix: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    expected = say(QT_TRANSLATE_NOOP("problems", "a whole number of seconds, 0 or more"))
    check.fail(prefix + "seconds_done", expected, show(value))
    return None


# --- CSV ---------------------------------------------------------------------------------------


def _bounded_lines(handle: TextIO, problems: Problems) -> Iterator[str]:
    """The file's lines, refusing one longer than MAX_LINE_CHARS before it is held whole."""
    number = 0
    while True:
        line = handle.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_CHARS:
            expected = at_most_characters("line", MAX_LINE_CHARS)
            longer = say(QT_TRANSLATE_NOOP("problems", "a longer line"))
            raise problems.fatal(number, expected, longer)
        yield line


def _csv_rows(handle: TextIO, problems: Problems) -> Iterator[Record]:
    import csv  # only export and import need it: kept out of the app's start-up

    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(_bounded_lines(handle, problems))
    cells: list[str] | None
    header: list[str] | None = None
    while True:
        try:
            cells = next(reader, None)
        except csv.Error:
            # A reader that is not strict raises csv.Error only for a cell over the limit: since
            # Python 3.11 a NUL is read like any other character, and a line (readline splits at
            # every \r and \n) has no line end before its own. line_num is the line being read.
            expected = at_most_characters("cell", MAX_CELL_CHARS)
            raise problems.fatal(reader.line_num, expected, a_longer_one()) from None
        if cells is None:
            break
        if header is None:
            header = cells
            # Version 2 names what each line holds in its first column; version 1 holds breaks.
            known = CSV_COLUMNS if RECORD in header else EXPORT_COLUMNS
            wrong = _column_problem(header, known)
            if wrong:
                problems.add([noted(problems.source, "header", wrong, line=1)])
                raise Stop
            continue
        if not cells:
            continue  # a blank line, e.g. left by hand editing
        line = reader.line_num
        if len(cells) != len(header):
            short_row = problem(problems.source, "", cell_count(len(header)), str(len(cells)), line)
            problems.add([short_row])
            continue
        unescaped = [c[1:] if c.startswith("'") else c for c in cells]
        check = Collector(problems.source, _at(line))
        fields = dict(zip(header, unescaped, strict=True))
        record: Record | None
        kind = fields.get(RECORD, BREAK_RECORD)
        if kind == BREAK_RECORD:
            record = read_row(fields, check)
        elif kind == CHECKIN_RECORD:
            record = read_checkin(fields, check)
        else:
            check.fail(RECORD, either([BREAK_RECORD, CHECKIN_RECORD]), show(kind))
            record = None
        if record is None:
            problems.add(check.problems)
        else:
            yield record
    if header is None:
        expected = say(QT_TRANSLATE_NOOP("problems", "a header line naming the columns"))
        empty = say(QT_TRANSLATE_NOOP("problems", "an empty file"))
        raise problems.fatal(1, expected, empty)


# --- JSON --------------------------------------------------------------------------------------


def _json_rows(handle: TextIO, problems: Problems) -> Iterator[Record]:
    stream = JsonStream(handle, problems)
    shape = export_shape()
    stream.take("{", shape)
    seen_breaks = False
    if stream.peek() == "}":
        raise stream.unexpected(shape)
    while True:
        key, _line = stream.value(1000, "")
        if not isinstance(key, str):
            quoted = say(QT_TRANSLATE_NOOP("problems", "a key in double quotes"))
            raise problems.fatal(stream.line, quoted, show(key))
        stream.take(":", after_a_key())
        if key == "breaks":
            seen_breaks = True
            yield from _json_list(stream, problems, key, EXPORT_COLUMNS, read_row)
        elif key == "checkins":
            yield from _json_list(stream, problems, key, CHECKIN_FIELDS, read_checkin)
        elif key == POSTURE_DAYS:
            yield from _json_list(stream, problems, key, POSTURE_DAY_FIELDS, read_posture_day)
        else:
            value, line = stream.value(MAX_RECORD_CHARS, key)
            _check_header_value(problems, key, value, line)
        if stream.skip(","):
            continue
        stream.take("}", either(["','", "'}'"]))
        break
    if stream.peek() != "":
        raise stream.unexpected(
            say(QT_TRANSLATE_NOOP("problems", "the end of the file after the object"))
        )
    if not seen_breaks:
        no_breaks = say(QT_TRANSLATE_NOOP("problems", "no 'breaks' list"))
        raise problems.fatal(1, shape, no_breaks, "breaks")


def _check_header_value(problems: Problems, key: str, value: object, line: int) -> None:
    """An export of a newer format is refused whole: it may hold what this app would drop."""
    if key == "format" and value != FORMAT:
        problems.add([problem(problems.source, key, repr(FORMAT), show(value), line)])
    elif key == "version" and not (
        isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= VERSION
    ):
        expected = a_version(VERSION)
        problems.add([problem(problems.source, key, expected, show(value), line)])


def _json_list(
    stream: JsonStream,
    problems: Problems,
    name: str,
    known: Sequence[str],
    read: Callable[[Mapping[str, Any], Collector, str], Record | None],
) -> Iterator[Record]:
    stream.take("[", a_list_of(name))
    if stream.skip("]"):
        return
    index = 0
    while True:
        label = f"{name}[{index}]"
        item, line = stream.value(MAX_RECORD_CHARS, label)
        if isinstance(item, dict):
            check = Collector(problems.source, _at(line))
            wrong = _column_problem(list(item), known)
            record = None
            if wrong:
                check.note(label, wrong)
            else:
                record = read(item, check, label + ".")
            if record is None:
                problems.add(check.problems)
            else:
                yield record
        else:
            an_object = say(QT_TRANSLATE_NOOP("problems", "an object"))
            problems.add([problem(problems.source, label, an_object, show(item), line)])
        index += 1
        if stream.skip(","):
            continue
        stream.take("]", in_the_list(either(["','", "']'"]), name))
        return


# --- the file ----------------------------------------------------------------------------------


class ExportFile:
    """A CSV or JSON export on disk, read in bounded memory whatever its size.

    `fmt` is 'csv' or 'json'; None guesses from the first character. Open and read errors
    (missing, unreadable) are OSError; everything about the content is ImportFileError.
    """

    def __init__(self, path: Path, fmt: str | None = None) -> None:
        self.path = path
        self.source = str(path)
        self.fmt = fmt or self._guess()

    def _open(self) -> TextIO:
        return self.path.open(encoding="utf-8-sig", newline="")

    def _guess(self) -> str:
        with self.path.open("rb") as handle:
            start = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        return "json" if start[:1] in (b"{", b"[") else "csv"

    def _rows(self, problems: Problems) -> Iterator[Record]:
        reader = _json_rows if self.fmt == "json" else _csv_rows
        with self._open() as handle:
            try:
                yield from reader(handle, problems)
            except UnicodeDecodeError as error:
                found = a_byte(error.object[error.start])
                raise problems.fatal(None, utf8_text(), found) from None

    def check(self) -> int:
        """Read the whole file; the number of records (breaks and check-ins) in it, or
        ImportFileError naming every problem."""
        problems = Problems(self.source)
        count = 0
        with contextlib.suppress(Stop):
            for _row in self._rows(problems):
                count += 1
        if problems.found:
            raise problems.error()
        return count

    def rows(self) -> Iterator[Record]:
        """The records, one at a time (after `check`); ImportFileError at the first problem."""
        problems = Problems(self.source, limit=1)
        with contextlib.suppress(Stop):
            yield from self._rows(problems)
        if problems.found:
            raise problems.error()


def parse_export(text: str, source: str, *, fmt: str | None = None) -> list[Record]:
    """Read a whole export held in memory (tests, small files); see ExportFile for files."""
    import io

    as_json = text.lstrip()[:1] in ("{", "[") if fmt is None else fmt == "json"
    problems = Problems(source)
    reader = _json_rows if as_json else _csv_rows
    rows: list[Record] = []
    with contextlib.suppress(Stop):
        rows.extend(reader(io.StringIO(text, newline=""), problems))
    if problems.found:
        raise problems.error()
    return rows
