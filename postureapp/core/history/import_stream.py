"""What every reader of an export shares: the problems found so far, and a JSON document read a
chunk at a time, so that a file of any size is read in bounded memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TextIO

from postureapp.core.history.import_words import (
    ImportFileError,
    a_longer_one,
    as_deep_as_an_export,
    at_most_characters,
    the_end_of_the_file,
)
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP
from postureapp.core.library_words import json_reason
from postureapp.core.problem_words import Text, say
from postureapp.core.problems import Problem, problem

#: Reading stops after this many problems: the file is refused either way.
MAX_PROBLEMS = 100
_CHUNK = 64 << 10


class Stop(Exception):
    """Reading cannot go on (too many problems, or the file cannot be followed any further)."""


class Problems:
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
            raise Stop

    def fatal(
        self,
        line: int | None,
        expected: Text,
        found: Text,
        field: str = "",
        column: int | None = None,
    ) -> Stop:
        """Record a problem after which the file cannot be read on; raise what this returns."""
        self.found.append(problem(self.source, field, expected, found, line, column))
        return Stop()

    def error(self) -> ImportFileError:
        return ImportFileError(self.source, self.found, stopped=self.stopped)


class JsonStream:
    """A JSON document read a chunk at a time: whole values are decoded, one at a time.

    Only what the current value needs is held, and never more than its limit: an export's
    list of breaks is read record by record.
    """

    _SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, handle: TextIO, problems: Problems) -> None:
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
        if not self.skip(char):
            raise self.unexpected(expected)

    def skip(self, char: str) -> bool:
        """Take `char` if it is the next character that is not white space; whether it was."""
        if self.peek() != char:
            return False
        self._pos += 1
        return True

    def unexpected(self, expected: Text) -> Stop:
        found = self.peek()
        shown: Text = the_end_of_the_file() if not found else repr(found)
        return self._problems.fatal(self.line, expected, shown)

    def value(self, limit: int, field: str) -> tuple[object, int]:
        """The next whole value (at most `limit` characters) and the line it starts on."""
        self.peek()
        self._fill(limit + 1)
        line = self.line
        try:
            value, end = self._decoder.raw_decode(self._buffer, self._pos)
        except RecursionError:
            deeper = say(QT_TRANSLATE_NOOP("problems", "deeper nesting"))
            raise self._problems.fatal(line, as_deep_as_an_export(), deeper, field) from None
        except json.JSONDecodeError as error:
            cut_off = error.pos >= len(self._buffer) - 1 or error.msg.startswith("Unterminated")
            if not self._eof and cut_off:
                expected = at_most_characters("value", limit)
                raise self._problems.fatal(line, expected, a_longer_one(), field) from None
            where = self.line_at(error.pos)
            valid = say(QT_TRANSLATE_NOOP("problems", "valid JSON"))
            found = json_reason(error.msg)
            raise self._problems.fatal(where, valid, found, field) from None
        if end - self._pos > limit:
            expected = at_most_characters("value", limit)
            raise self._problems.fatal(line, expected, a_longer_one(), field)
        self._pos = end
        return value, line
