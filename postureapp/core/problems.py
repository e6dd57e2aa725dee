"""Every problem with its place: one way to check what a person wrote and to say what is wrong.

Settings files, exercise packs, the saved safety state and imported exports are all written by
people (or edited by them), so each reader collects *every* problem instead of stopping at the
first, and names the file, the line where it can be found, the field, what was expected and what
was found. They all do it through `Collector`, and they all print problems the same way:

    /home/ann/.config/postureapp/exercises/twist.toml:18: steps[2].seconds: expected an integer
    from 2 to 120, found 'five'
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Translate, english
from postureapp.core.library_words import cannot_read, json_reason, toml_error
from postureapp.core.problem_words import (
    Text,
    a_bigger_file,
    any_of,
    at_most_bytes,
    bad_byte,
    characters,
    iso_time,
    items,
    known_key,
    listed,
    one_of,
    say,
    true_or_false,
    twice,
    unknown_key,
    utf8_text,
)

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
"""Stands for a field that is absent (as opposed to present and empty)."""


def show(value: object) -> Text:
    """A found value written the way its author wrote it (TOML-like), shortened if long."""
    if value is MISSING:
        return say(QT_TRANSLATE_NOOP("problems", "nothing (the field is missing)"))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return say(QT_TRANSLATE_NOOP("problems", "a table"))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass(frozen=True)
class Problem:
    """One thing wrong, ready to show to the person who wrote it.

    Either `expected` and `found` say what is wrong, or `message` does (when there is more to
    say, such as what was done about it). They are the English words; `said` keeps them as a
    Phrase, which `what_in` and `text` translate where the problem is shown. Make a problem
    from phrases with `problem()` or `noted()`; one made from plain strings translates only the
    frame ("expected …, found …").
    """

    source: str
    field: str = ""
    expected: str = ""
    found: str = ""
    line: int | None = None
    column: int | None = None
    message: str = ""
    said: Phrase | None = _field(default=None, compare=False, repr=False)

    @property
    def path(self) -> Path:
        return Path(self.source)

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.source,
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "expected": self.expected,
            "found": self.found,
            "message": str(self),
        }

    @property
    def where(self) -> str:
        place = self.source
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    @property
    def what(self) -> str:
        return self.what_in(english)

    def what_in(self, translate: Translate) -> str:
        """What is wrong, in the language `translate` gives."""
        if self.said is not None:
            return self.said.text(translate)
        if self.message:
            return self.message
        return _expected_found(self.expected, self.found).text(translate)

    def text(self, translate: Translate = english) -> str:
        """The whole problem (place, field, what is wrong) in the language `translate` gives."""
        what = self.what_in(translate)
        parts = [self.where, self.field, what] if self.field else [self.where, what]
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.text()


def _expected_found(expected: Text, found: Text) -> Phrase:
    return say(QT_TRANSLATE_NOOP("problems", "expected {0}, found {1}"), expected, found)


def problem(
    source: str | Path,
    field: str,
    expected: Text,
    found: Text,
    line: int | None = None,
    column: int | None = None,
) -> Problem:
    """A problem that says what was expected and what was found, translated where shown."""
    return Problem(
        str(source),
        field,
        str(expected),
        str(found),
        line,
        column,
        said=_expected_found(expected, found),
    )


def noted(source: str | Path, field: str, message: Text, line: int | None = None) -> Problem:
    """A problem that says more than expected and found (`message`), translated where shown."""
    said = message if isinstance(message, Phrase) else None
    return Problem(str(source), field, line=line, message=str(message), said=said)


class ProblemError(ValueError):
    """Raised when one problem is enough to stop (a file that cannot be parsed at all)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem

    @property
    def path(self) -> Path:
        return Path(self.problem.source)

    @property
    def field(self) -> str:
        return self.problem.field

    @property
    def expected(self) -> str:
        return self.problem.expected

    @property
    def found(self) -> str:
        return self.problem.found

    @property
    def line(self) -> int | None:
        return self.problem.line

    @property
    def column(self) -> int | None:
        return self.problem.column


Locate = Callable[[str], int | None]


class Collector:
    """Checks one record field by field and collects every problem instead of stopping.

    `locate` finds the line of a field in the source text, when there is one. Each typed reader
    returns the checked value, or None after recording what is wrong with it.
    """

    def __init__(self, source: str | Path, locate: Locate | None = None) -> None:
        self.source = str(source)
        self._locate = locate
        self.problems: list[Problem] = []

    @property
    def ok(self) -> bool:
        return not self.problems

    def fail(self, field: str, expected: Text, found: Text) -> None:
        line = self._locate(field) if self._locate is not None else None
        self.problems.append(problem(self.source, field, expected, found, line=line))

    def note(self, field: str, message: Text) -> None:
        line = self._locate(field) if self._locate is not None else None
        self.problems.append(noted(self.source, field, message, line=line))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    def unknown_keys(
        self, table: Mapping[str, Any], known: Sequence[str], prefix: str = ""
    ) -> None:
        """Every key not in `known`, with the nearest known one as a suggestion."""
        for key in table:
            if key in known:
                continue
            close = difflib.get_close_matches(key, known, n=1)
            self.fail(prefix + key, known_key(known, close), unknown_key(key))

    def text(
        self, table: Mapping[str, Any], name: str, limit: int, label: str | None = None
    ) -> str | None:
        value = table.get(name, MISSING)
        expected = say(QT_TRANSLATE_NOOP("problems", "text of 1 to {0} characters"), limit)
        if not isinstance(value, str):
            self.fail(label or name, expected, show(value))
        elif not value.strip() or len(value.strip()) > limit:
            self.fail(label or name, expected, characters(len(value.strip())))
        else:
            return value.strip()
        return None

    def choice(
        self,
        table: Mapping[str, Any],
        name: str,
        allowed: Sequence[str],
        default: object = MISSING,
        label: str | None = None,
    ) -> str | None:
        value = table.get(name, default)
        if isinstance(value, str) and value in allowed:
            return value
        self.fail(label or name, one_of(allowed), show(value))
        return None

    def _list(
        self, table: Mapping[str, Any], name: str, expected: Text, optional: bool
    ) -> list[Any] | None:
        """The value when it is a list (an absent optional list is empty), otherwise None."""
        value = table.get(name, [] if optional else MISSING)
        if isinstance(value, list):
            return value
        self.fail(name, expected, show(value))
        return None

    def choices(
        self, table: Mapping[str, Any], name: str, allowed: Sequence[str], minimum: int
    ) -> tuple[str, ...] | None:
        expected = (
            say(
                QT_TRANSLATE_NOOP("problems", "a list of at least one of {0} (no repeats)"),
                listed(allowed),
            )
            if minimum
            else any_of(allowed)
        )
        value = self._list(table, name, expected, optional=minimum == 0)
        if value is None:
            return None
        bad = [item for item in value if not isinstance(item, str) or item not in allowed]
        if bad:
            self.fail(name, expected, show(bad[0]))
        elif len(value) < minimum:
            self.fail(name, expected, say(QT_TRANSLATE_NOOP("problems", "an empty list")))
        elif len(set(value)) != len(value):
            repeated = next(item for item in value if value.count(item) > 1)
            self.fail(name, expected, twice(repeated))
        else:
            return tuple(value)
        return None

    def strings(
        self, table: Mapping[str, Any], name: str, bounds: tuple[int, int | None]
    ) -> tuple[str, ...] | None:
        low, high = bounds
        expected = (
            say(QT_TRANSLATE_NOOP("problems", "a list of {0} to {1} non-empty strings"), low, high)
            if high is not None
            else say(QT_TRANSLATE_NOOP("problems", "a list of any number of non-empty strings"))
        )
        value = self._list(table, name, expected, optional=low == 0)
        if value is None:
            return None
        bad = [item for item in value if not isinstance(item, str) or not item.strip()]
        if bad:
            self.fail(name, expected, show(bad[0]))
        elif len(value) < low or (high is not None and len(value) > high):
            self.fail(name, expected, items(len(value)))
        else:
            return tuple(item.strip() for item in value)
        return None

    def integer(
        self,
        table: Mapping[str, Any],
        name: str,
        bounds: tuple[int, int],
        label: str | None = None,
        default: int | None = None,
    ) -> int | None:
        value = table.get(name, MISSING if default is None else default)
        low, high = bounds
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        expected = say(QT_TRANSLATE_NOOP("problems", "an integer from {0} to {1}"), low, high)
        self.fail(label or name, expected, show(value))
        return None

    def boolean(
        self, table: Mapping[str, Any], name: str, default: bool, label: str | None = None
    ) -> bool | None:
        value = table.get(name, default)
        if isinstance(value, bool):
            return value
        self.fail(label or name, true_or_false(), show(value))
        return None

    def moment(
        self, table: Mapping[str, Any], name: str, *, optional: bool = False
    ) -> datetime | None:
        """An ISO 8601 time with a UTC offset; None when absent (and optional) or wrong."""
        value = table.get(name, MISSING)
        if optional and (value is MISSING or value in (None, "")):
            return None
        try:
            found = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            found = None
        if found is None or found.tzinfo is None:
            self.fail(
                name,
                iso_time(),
                show(value),
            )
            return None
        return found


# --- reading a TOML file a person wrote --------------------------------------------------------

#: Files people write by hand are small; anything bigger is not one of ours.
MAX_TOML_BYTES = 1_000_000
#: Tables and arrays nested deeper than this are not something a person wrote on purpose.
MAX_TOML_DEPTH = 20


def _depth(value: object, limit: int, level: int = 0) -> int:
    """How deeply tables and arrays nest in `value`, counting no further than `limit` + 1."""
    if level > limit:
        return level
    if isinstance(value, dict):
        children: Iterable[object] = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return level
    return max((_depth(child, limit, level + 1) for child in children), default=level + 1)


def read_toml(
    path: Path, *, encoding: str = "utf-8", max_bytes: int = MAX_TOML_BYTES
) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; every way it can fail (other than not existing) is a ProblemError.

    FileNotFoundError passes through, because a missing file often means "use the defaults".
    """
    import tomllib

    source = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise ProblemError(noted(source, "", cannot_read(error))) from error
    if len(data) > max_bytes:
        raise ProblemError(problem(source, "", at_most_bytes(max_bytes), a_bigger_file()))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        found = bad_byte(error.object[error.start], error.start)
        raise ProblemError(problem(source, "", utf8_text(), found)) from error
    too_deep = problem(
        source,
        "",
        say(
            QT_TRANSLATE_NOOP("problems", "tables and lists nested at most {0} deep"),
            MAX_TOML_DEPTH,
        ),
        say(QT_TRANSLATE_NOOP("problems", "deeper nesting")),
    )
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found, line, column = toml_error(str(error))
        expected = say(QT_TRANSLATE_NOOP("problems", "valid TOML"))
        raise ProblemError(problem(source, "", expected, found, line, column)) from error
    except RecursionError as error:
        raise ProblemError(too_deep) from error
    if _depth(parsed, MAX_TOML_DEPTH) > MAX_TOML_DEPTH:
        raise ProblemError(too_deep)
    return parsed, text


#: The app's own small JSON files (the schedule, the safety state).
MAX_JSON_BYTES = 100_000


def read_json(path: Path, *, max_bytes: int = MAX_JSON_BYTES) -> object:
    """Parse a small JSON file; every way it can fail (other than not existing) is a ProblemError."""
    import json

    source = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise ProblemError(noted(source, "", cannot_read(error))) from error
    if len(data) > max_bytes:
        raise ProblemError(problem(source, "", at_most_bytes(max_bytes), a_bigger_file()))
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        found = bad_byte(error.object[error.start], error.start)
        raise ProblemError(problem(source, "", utf8_text(), found)) from error
    except json.JSONDecodeError as error:
        expected = say(QT_TRANSLATE_NOOP("problems", "valid JSON"))
        found = json_reason(error.msg)
        raise ProblemError(
            problem(source, "", expected, found, error.lineno, error.colno)
        ) from error
    except RecursionError as error:
        expected = say(QT_TRANSLATE_NOOP("problems", "JSON nested a few levels deep"))
        found = say(QT_TRANSLATE_NOOP("problems", "deeper"))
        raise ProblemError(problem(source, "", expected, found)) from error
