"""Reading an export back, streamed: a file of any size is read in bounded memory.

An import is checked whole before anything is written (`ExportFile.check`), then read again row
by row for writing (`ExportFile.rows`). Every problem names the file, the line and the field,
the way every other reader of ours does (`core.problems`); after `MAX_PROBLEMS` the reading stops,
since one is enough to refuse the file. The limits are explicit: a line, a CSV cell and a JSON
record each have a maximum size, and JSON nests only as deep as an export does.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from postureapp.core.history.import_words import (
    ImportFileError,
    a_longer_one,
    a_value_of_at_most,
    columns_wrong,
    end_of_file,
    words,
)
from postureapp.core.history.records import (
    EXERCISE_ID,
    KINDS,
    BreakRow,
    split_exercises,
    unix,
)
from postureapp.core.history.transfer import EXPORT_COLUMNS
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase
from postureapp.core.problem_words import Text, either, iso_time, say, syntax_error, utf8_text
from postureapp.core.problems import MISSING, Collector, Problem, noted, problem, show
from postureapp.core.terms import Outcome, Trigger, values

_REQUIRED_IMPORT_COLUMNS = frozenset(EXPORT_COLUMNS) - {"id"}
_UID = re.compile(r"[0-9a-f]{32}")
_TRIGGERS = values(Trigger)
_OUTCOMES = values(Outcome)

#: Reading stops after this many problems: the file is refused either way.
MAX_PROBLEMS = 100
#: A CSV line longer than this is not an export (a row is a few hundred characters).
MAX_LINE_CHARS = 1 << 20
#: One JSON record (a break) longer than this is not an export either.
MAX_RECORD_CHARS = 64 << 10
#: A CSV cell; the csv module's own default limit, named so that it is a decision.
MAX_CELL_CHARS = 128 << 10
_CHUNK = 64 << 10


class _Stop(Exception):
    """Reading cannot go on (too many problems, or the file cannot be followed any further)."""


class _Problems:
    """Collects problems for a whole file, up to MAX_PROBLEMS."""

    def __init__(self, source: str, limit: int = MAX_PROBLEMS) -> None:
        self.source = source
        self.limit = limit
        self.found: list[Problem] = []
        self.stopped = False

    def add(self, problems: Sequence[Problem]) -> None:
        self.found.extend(problems)
        if len(self.found) >= self.limit:
            del self.found[self.limit :]
            self.stopped = len(self.found) > 1
            raise _Stop

    def fatal(self, line: int | None, expected: Text, found: Text, field: str = "") -> _Stop:
        """Record a problem after which the file cannot be read on; raise what this returns."""
        self.found.append(problem(self.source, field, expected, found, line=line))
        return _Stop()

    def error(self) -> ImportFileError:
        return ImportFileError(self.source, self.found, stopped=self.stopped)


def _at(line: int) -> Callable[[str], int]:
    """Every field of a record is found on the record's line."""
    return lambda _field: line


def _column_problem(columns: Sequence[str]) -> Phrase | None:
    names = set(columns)
    missing = [c for c in EXPORT_COLUMNS if c in _REQUIRED_IMPORT_COLUMNS and c not in names]
    unknown = sorted(names - set(EXPORT_COLUMNS))
    return columns_wrong(missing, unknown, EXPORT_COLUMNS)


def read_row(fields: Mapping[str, Any], check: Collector, prefix: str = "") -> BreakRow | None:
    """One exported record as a BreakRow, or None after `check` has recorded what is wrong."""
    before = len(check.problems)
    uid = fields.get("uid", MISSING)
    if not (isinstance(uid, str) and _UID.fullmatch(uid)):
        check.fail(
            prefix + "uid",
            words(QT_TRANSLATE_NOOP("problems", "32 lowercase hex digits")),
            show(uid),
        )
    kind = check.choice(fields, "kind", KINDS, label=prefix + "kind")
    trigger = check.choice(fields, "trigger", _TRIGGERS, label=prefix + "trigger")
    outcome = check.choice(fields, "outcome", _OUTCOMES, label=prefix + "outcome")
    due_at = _moment(check, fields, "due_at", prefix)
    started_at = _moment(check, fields, "started_at", prefix)
    ended_at = _moment(check, fields, "ended_at", prefix, optional=True)
    if started_at and ended_at and ended_at < started_at:
        expected = say(
            QT_TRANSLATE_NOOP("problems", "a time not before started_at ({0})"), started_at
        )
        check.fail(prefix + "ended_at", expected, show(ended_at))
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
        check.fail(
            label, words(QT_TRANSLATE_NOOP("problems", "a list of exercise ids")), show(value)
        )
        return ()
    if not all(EXERCISE_ID.fullmatch(i) for i in ids):
        expected = words(
            QT_TRANSLATE_NOOP("problems", "exercise ids without spaces, separated by commas")
        )
        check.fail(label, expected, show(value))
    return ids


def _seconds(check: Collector, value: object, prefix: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    expected = words(QT_TRANSLATE_NOOP("problems", "a whole number of seconds, 0 or more"))
    check.fail(prefix + "seconds_done", expected, show(value))
    return None


# --- CSV ---------------------------------------------------------------------------------------


def _bounded_lines(handle: TextIO, problems: _Problems, where: list[int]) -> Iterator[str]:
    """The file's lines, refusing one longer than MAX_LINE_CHARS before it is held whole."""
    number = 0
    while True:
        line = handle.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        number += 1
        where[0] = number
        if len(line) > MAX_LINE_CHARS:
            expected = say(
                QT_TRANSLATE_NOOP("problems", "a line of at most {0} characters"),
                f"{MAX_LINE_CHARS:,}",
            )
            raise problems.fatal(
                number, expected, words(QT_TRANSLATE_NOOP("problems", "a longer line"))
            )
        yield line


def _csv_rows(handle: TextIO, problems: _Problems) -> Iterator[BreakRow]:
    import csv  # only export and import need it: kept out of the app's start-up

    csv.field_size_limit(MAX_CELL_CHARS)
    where = [0]
    reader = csv.reader(_bounded_lines(handle, problems, where))
    cells: list[str] | None
    header: list[str] | None = None
    number = 0
    while True:
        try:
            cells = next(reader, None)
        except csv.Error as error:
            found: Text = str(error)
            if "field larger than field limit" in str(error):
                expected = say(
                    QT_TRANSLATE_NOOP("problems", "a cell of at most {0} characters"),
                    f"{MAX_CELL_CHARS:,}",
                )
                found = a_longer_one()
            else:
                expected = words(QT_TRANSLATE_NOOP("problems", "CSV as export writes it"))
            raise problems.fatal(where[0], expected, found) from None
        if cells is None:
            break
        if header is None:
            header = cells
            wrong = _column_problem(header)
            if wrong:
                problems.add([noted(problems.source, "header", wrong, line=1)])
                raise _Stop
            continue
        number += 1
        if not cells:
            continue  # a blank line, e.g. left by hand editing
        line = reader.line_num
        if len(cells) != len(header):
            expected = say(QT_TRANSLATE_NOOP("problems", "{0} cells"), len(header))
            row_name = f"row {number}"
            problems.add([problem(problems.source, row_name, expected, str(len(cells)), line)])
            continue
        unescaped = [c[1:] if c.startswith("'") else c for c in cells]
        check = Collector(problems.source, _at(line))
        row = read_row(dict(zip(header, unescaped, strict=True)), check)
        if row is None:
            problems.add(check.problems)
        else:
            yield row
    if header is None:
        raise problems.fatal(
            1,
            words(QT_TRANSLATE_NOOP("problems", "a header line naming the columns")),
            words(QT_TRANSLATE_NOOP("problems", "an empty file")),
        )


# --- JSON --------------------------------------------------------------------------------------


class _JsonStream:
    """A JSON document read a chunk at a time: whole values are decoded, one at a time.

    Only what the current value needs is held, and never more than its limit: an export's
    list of breaks is read record by record.
    """

    _SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, handle: TextIO, problems: _Problems) -> None:
        self._handle = handle
        self._problems = problems
        self._buffer = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # the line at self._counted
        self._counted = 0
        self._decoder = json.JSONDecoder()

    def line_at(self, pos: int) -> int:
        """The line of position `pos` (positions only move forward)."""
        if pos > self._counted:
            self._line += self._buffer.count("\n", self._counted, pos)
            self._counted = pos
        return self._line

    @property
    def line(self) -> int:
        return self.line_at(self._pos)

    def _fill(self, wanted: int) -> None:
        """Have at least `wanted` characters after the position, or all that is left."""
        if self._pos > _CHUNK:  # drop what was read, counting its lines first
            self.line_at(self._pos)
            self._buffer = self._buffer[self._pos :]
            self._counted -= self._pos
            self._pos = 0
        while not self._eof and len(self._buffer) - self._pos < wanted:
            chunk = self._handle.read(_CHUNK)
            if not chunk:
                self._eof = True
            self._buffer += chunk

    def peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            self._fill(1)
            match = self._SPACE.match(self._buffer, self._pos)
            assert match is not None
            self._pos = match.end()
            if self._pos < len(self._buffer) or self._eof:
                return self._buffer[self._pos : self._pos + 1]

    def take(self, char: str, expected: Text) -> None:
        if self.peek() != char:
            raise self.unexpected(expected)
        self._pos += 1

    def unexpected(self, expected: Text) -> _Stop:
        found = self.peek()
        shown = end_of_file() if not found else repr(found)
        return self._problems.fatal(self.line, expected, shown)

    def value(self, limit: int, field: str) -> tuple[object, int]:
        """The next whole value (at most `limit` characters) and the line it starts on."""
        self.peek()
        self._fill(limit + 1)
        line = self.line
        try:
            value, end = self._decoder.raw_decode(self._buffer, self._pos)
        except RecursionError:
            raise self._problems.fatal(
                line,
                words(QT_TRANSLATE_NOOP("problems", "JSON nested as deep as an export is")),
                words(QT_TRANSLATE_NOOP("problems", "much deeper nesting")),
                field,
            ) from None
        except json.JSONDecodeError as error:
            cut_off = error.pos >= len(self._buffer) - 1 or error.msg.startswith("Unterminated")
            if not self._eof and cut_off:
                expected = a_value_of_at_most(limit)
                raise self._problems.fatal(line, expected, a_longer_one(), field) from None
            where = self.line_at(error.pos)
            valid = words(QT_TRANSLATE_NOOP("problems", "valid JSON"))
            raise self._problems.fatal(where, valid, syntax_error(error.msg), field) from None
        if end - self._pos > limit:
            expected = a_value_of_at_most(limit)
            raise self._problems.fatal(line, expected, a_longer_one(), field)
        self._pos = end
        return value, line


def _json_rows(handle: TextIO, problems: _Problems) -> Iterator[BreakRow]:
    stream = _JsonStream(handle, problems)
    shape = words(
        QT_TRANSLATE_NOOP("problems", "a JSON object with a 'breaks' list, as export writes it")
    )
    stream.take("{", shape)
    seen_breaks = False
    if stream.peek() == "}":
        raise stream.unexpected(shape)
    while True:
        key, _line = stream.value(1000, "")
        if not isinstance(key, str):
            expected = words(QT_TRANSLATE_NOOP("problems", "a key in double quotes"))
            raise problems.fatal(stream.line, expected, show(key))
        stream.take(":", words(QT_TRANSLATE_NOOP("problems", "':' after a key")))
        if key == "breaks":
            seen_breaks = True
            yield from _json_breaks(stream, problems)
        else:
            stream.value(MAX_RECORD_CHARS, key)  # format, version: nothing to check
        if stream.peek() == ",":
            stream.take(",", "','")
            continue
        stream.take("}", either(["','", "'}'"]))
        break
    if stream.peek() != "":
        expected = words(QT_TRANSLATE_NOOP("problems", "the end of the file after the object"))
        raise stream.unexpected(expected)
    if not seen_breaks:
        found = words(QT_TRANSLATE_NOOP("problems", "no 'breaks' list"))
        raise problems.fatal(1, shape, found, "breaks")


def _json_breaks(stream: _JsonStream, problems: _Problems) -> Iterator[BreakRow]:
    stream.take("[", words(QT_TRANSLATE_NOOP("problems", "a list of breaks")))
    if stream.peek() == "]":
        stream.take("]", "']'")
        return
    index = 0
    while True:
        prefix = f"breaks[{index}]."
        item, line = stream.value(MAX_RECORD_CHARS, f"breaks[{index}]")
        if isinstance(item, dict):
            check = Collector(problems.source, _at(line))
            wrong = _column_problem(list(item))
            if wrong:
                check.note(f"breaks[{index}]", wrong)
                row = None
            else:
                row = read_row(item, check, prefix)
            if row is None:
                problems.add(check.problems)
            else:
                yield row
        else:
            found = f"{type(item).__name__} {show(item)}"
            an_object = words(QT_TRANSLATE_NOOP("problems", "an object"))
            problems.add([problem(problems.source, f"breaks[{index}]", an_object, found, line)])
        index += 1
        if stream.peek() == ",":
            stream.take(",", "','")
            continue
        expected = words(QT_TRANSLATE_NOOP("problems", "',' or ']' in the list of breaks"))
        stream.take("]", expected)
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

    def _rows(self, problems: _Problems) -> Iterator[BreakRow]:
        reader = _json_rows if self.fmt == "json" else _csv_rows
        with self._open() as handle:
            try:
                yield from reader(handle, problems)
            except UnicodeDecodeError as error:
                found = say(
                    QT_TRANSLATE_NOOP("problems", "byte {0}"), f"{error.object[error.start]:#04x}"
                )
                raise problems.fatal(None, utf8_text(), found) from None

    def check(self) -> int:
        """Read the whole file; the number of breaks in it, or ImportFileError naming problems."""
        problems = _Problems(self.source)
        count = 0
        with contextlib.suppress(_Stop):
            for _row in self._rows(problems):
                count += 1
        if problems.found:
            raise problems.error()
        return count

    def rows(self) -> Iterator[BreakRow]:
        """The breaks, one at a time (after `check`); ImportFileError at the first problem."""
        problems = _Problems(self.source, limit=1)
        with contextlib.suppress(_Stop):
            yield from self._rows(problems)
        if problems.found:
            raise problems.error()


def parse_export(text: str, source: str, *, fmt: str | None = None) -> list[BreakRow]:
    """Read a whole export held in memory (tests, small files); see ExportFile for files."""
    import io

    if fmt is None:
        fmt = "json" if text.lstrip()[:1] in ("{", "[") else "csv"
    problems = _Problems(source)
    reader = _json_rows if fmt == "json" else _csv_rows
    rows: list[BreakRow] = []
    with contextlib.suppress(_Stop):
        rows.extend(reader(io.StringIO(text, newline=""), problems))
    if problems.found:
        raise problems.error()
    return rows
