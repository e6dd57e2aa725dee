"""Kinds of option value, each a class that checks, writes and describes its own values.

A value comes either from the TOML file (already typed by the TOML parser) or as text typed on
the command line or in a text box; both ways end in the same typed value, or a `Refused` that
says what was expected and what was found.
"""

from __future__ import annotations

import itertools
import json
import re
from abc import ABC, abstractmethod
from datetime import date, datetime, time
from pathlib import Path
from typing import ClassVar, cast

from postureapp.core.calendar.source import CalendarSource
from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase

TimeRanges = tuple[tuple[time, time], ...]
Times = tuple[time, ...]
Sources = tuple[CalendarSource, ...]
SettingValue = (
    int
    | bool
    | str
    | frozenset[str]
    | TimeRanges
    | Times
    | Path
    | Sources
    | tuple[tuple[str, int], ...]
    | None
)

_RANGE_EXAMPLE = '"09:00-12:30, 13:30-18:00"'
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})")
_BARE_KEY_RE = re.compile(r"[A-Za-z0-9_-]+")
_TRUE_WORDS = frozenset({"true", "yes", "on", "1"})
_FALSE_WORDS = frozenset({"false", "no", "off", "0"})


class Refused(ValueError):
    """A value that does not fit its kind; the message says what was expected and found.

    Made from a `Phrase` (marked for the "settings" context), kept as `phrase` to translate; a
    plain string stays as it is in every language.
    """

    def __init__(self, phrase: Phrase | str) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase if isinstance(phrase, Phrase) else Phrase("settings", phrase)


def say(source: str, *args: object) -> Phrase:
    """A phrase of the "settings" context (mark `source` with QT_TRANSLATE_NOOP)."""
    return Phrase("settings", source, args)


def toml_key(name: str) -> str:
    return name if _BARE_KEY_RE.fullmatch(name) else toml_string(name)


def toml_string(text: str) -> str:
    # JSON's escapes are all valid TOML; DEL is the one character TOML wants escaped and JSON not.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: object) -> str:
    """One TOML value on one line (tables inline), for values that came out of a TOML file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{toml_key(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {value!r} to a TOML file")


def shown(value: object) -> str:
    try:
        return toml_value(value)
    except TypeError:
        return repr(value)


def _list_from_text(text: str) -> list[object]:
    """A list typed as TOML (`["10:30", "15:00"]`, as the file shows it) or as `a, b` / `a b`."""
    words = text.strip()
    if words.startswith("["):
        import tomllib

        try:
            value = tomllib.loads(f"v = {words}")["v"]
        except (tomllib.TOMLDecodeError, RecursionError):
            raise Refused(
                say(
                    QT_TRANSLATE_NOOP("settings", "{0} is not a TOML list like {1}"),
                    words,
                    '["11:00", "15:30"]',
                )
            ) from None
        if not isinstance(value, list):
            raise Refused(say(QT_TRANSLATE_NOOP("settings", "{0} is not a list"), words))
        return value
    return [item for item in re.split(r"[,\s]+", words) if item]


class Kind(ABC):
    """How one kind of option is checked, written and described."""

    #: The Python type of the checked values (the Settings dataclass declares the same).
    annotation: ClassVar[object]

    @abstractmethod
    def describe(self) -> Phrase:
        """What a valid value looks like, in words; used in errors, file comments and tooltips."""

    @abstractmethod
    def parse(self, value: object) -> SettingValue:
        """Check a value from the TOML file (or an already typed one); return its typed form."""

    def parse_text(self, text: str) -> SettingValue:
        """Check a value typed on a command line or in a text box (the `format_text` form)."""
        return self.parse(text.strip())

    def to_toml(self, value: SettingValue) -> object:
        """The typed value in the form the TOML file holds; `parse` turns it back."""
        return value

    def format_text(self, value: SettingValue) -> str:
        """The typed value as a user would type it; `parse_text` turns it back."""
        toml = self.to_toml(value)
        if isinstance(toml, list):
            return ", ".join(str(item) for item in toml)
        if isinstance(toml, bool):
            return "true" if toml else "false"
        return str(toml)

    def refuse(self, found: object) -> Refused:
        return Refused(
            say(
                QT_TRANSLATE_NOOP("settings", "must be {0}, got {1}"), self.describe(), shown(found)
            )
        )


class Number(Kind):
    annotation = int

    def __init__(self, low: int, high: int, unit: str = "") -> None:
        self.low, self.high, self.unit = low, high, unit

    def describe(self) -> Phrase:
        if self.unit:
            return say(
                QT_TRANSLATE_NOOP("settings", "a whole number from {0} to {1} ({2})"),
                self.low,
                self.high,
                say(self.unit),
            )
        return say(
            QT_TRANSLATE_NOOP("settings", "a whole number from {0} to {1}"), self.low, self.high
        )

    def parse(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.refuse(value)
        if not self.low <= value <= self.high:
            raise self.refuse(value)
        return value

    def parse_text(self, text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise self.refuse(text) from None
        return self.parse(number)


class Switch(Kind):
    annotation = bool

    def describe(self) -> Phrase:
        return say(QT_TRANSLATE_NOOP("settings", "true or false"))

    def parse(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise self.refuse(value)
        return value

    def parse_text(self, text: str) -> bool:
        word = text.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise self.refuse(text)


class Choice(Kind):
    annotation = str

    def __init__(self, options: tuple[str, ...]) -> None:
        self.options = options

    def describe(self) -> Phrase:
        return say(QT_TRANSLATE_NOOP("settings", "one of {0}"), ", ".join(self.options))

    def parse(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.options:
            raise self.refuse(value)
        return value


class Choices(Kind):
    annotation = frozenset[str]

    def __init__(self, options: tuple[str, ...], *, allow_empty: bool = True) -> None:
        self.options = options
        self.allow_empty = allow_empty

    def describe(self) -> Phrase:
        options = ", ".join(self.options)
        if self.allow_empty:
            return say(QT_TRANSLATE_NOOP("settings", "a list of {0}"), options)
        return say(QT_TRANSLATE_NOOP("settings", "a list of at least one of {0}"), options)

    def parse(self, value: object) -> frozenset[str]:
        items = list(value) if isinstance(value, list | tuple | set | frozenset) else None
        if items is None or not all(isinstance(item, str) for item in items):
            raise self.refuse(value)
        strange = [item for item in items if item not in self.options]
        if strange:
            listed, options = ", ".join(shown(item) for item in strange), ", ".join(self.options)
            if len(strange) == 1:
                raise Refused(
                    say(QT_TRANSLATE_NOOP("settings", "{0} is not one of {1}"), listed, options)
                )
            raise Refused(
                say(QT_TRANSLATE_NOOP("settings", "{0} are not any of {1}"), listed, options)
            )
        if not items and not self.allow_empty:
            raise self.refuse(value)
        return frozenset(cast(list[str], items))

    def parse_text(self, text: str) -> frozenset[str]:
        return self.parse(_list_from_text(text))

    def to_toml(self, value: SettingValue) -> object:
        assert isinstance(value, frozenset)
        return [option for option in self.options if option in value]


def _clock_time(text: object) -> time:
    match = _TIME_RE.fullmatch(text) if isinstance(text, str) else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise Refused(
            say(
                QT_TRANSLATE_NOOP("settings", "{0} is not a time of day as HH:MM (00:00 to 23:59)"),
                shown(text),
            )
        )
    return time(int(match[1]), int(match[2]))


def _is_whole_minute(value: object) -> bool:
    return (
        isinstance(value, time)
        and value.tzinfo is None
        and value.second == 0
        and value.microsecond == 0
    )


def _is_time_pair(pair: object) -> bool:
    return isinstance(pair, tuple) and len(pair) == 2 and all(map(_is_whole_minute, pair))


class TimeRangesKind(Kind):
    """Working hours on one day: "09:00-12:30, 13:30-18:00"; empty for a day off."""

    annotation = TimeRanges

    def describe(self) -> Phrase:
        return say(
            QT_TRANSLATE_NOOP("settings", 'time ranges like {0} ("" for none)'), _RANGE_EXAMPLE
        )

    def parse(self, value: object) -> TimeRanges:
        if isinstance(value, str):
            pairs = [self._range(part.strip()) for part in value.split(",") if part.strip()]
        elif isinstance(value, tuple) and all(_is_time_pair(pair) for pair in value):
            pairs = list(value)
        else:
            raise self.refuse(value)
        pairs.sort()
        for start, end in pairs:
            if start >= end:
                raise Refused(
                    say(
                        QT_TRANSLATE_NOOP("settings", '"{0}" must start before it ends'),
                        f"{start:%H:%M}-{end:%H:%M}",
                    )
                )
        for (start1, end1), (start2, end2) in itertools.pairwise(pairs):
            if start2 < end1:
                first, second = f"{start1:%H:%M}-{end1:%H:%M}", f"{start2:%H:%M}-{end2:%H:%M}"
                raise Refused(
                    say(QT_TRANSLATE_NOOP("settings", '"{0}" and "{1}" overlap'), first, second)
                )
        return tuple(pairs)

    @staticmethod
    def _range(text: str) -> tuple[time, time]:
        start, dash, end = text.partition("-")
        if not dash:
            raise Refused(
                say(
                    QT_TRANSLATE_NOOP(
                        "settings", '"{0}" is not a range like "09:00-12:30" (HH:MM-HH:MM)'
                    ),
                    text,
                )
            )
        return _clock_time(start.strip()), _clock_time(end.strip())

    def to_toml(self, value: SettingValue) -> object:
        return ", ".join(f"{start:%H:%M}-{end:%H:%M}" for start, end in cast(TimeRanges, value))


class TimesKind(Kind):
    """Times of day: ["11:00", "15:30"]."""

    annotation = Times

    def describe(self) -> Phrase:
        return say(QT_TRANSLATE_NOOP("settings", "a list of times like {0}"), '["11:00", "15:30"]')

    def parse(self, value: object) -> Times:
        if not isinstance(value, list | tuple):
            raise self.refuse(value)
        moments = sorted(item if _is_whole_minute(item) else _clock_time(item) for item in value)
        for earlier, later in itertools.pairwise(moments):
            if earlier == later:
                raise Refused(
                    say(QT_TRANSLATE_NOOP("settings", "lists {0} twice"), f"{earlier:%H:%M}")
                )
        return tuple(moments)

    def parse_text(self, text: str) -> Times:
        return self.parse(_list_from_text(text))

    def to_toml(self, value: SettingValue) -> object:
        return [f"{moment:%H:%M}" for moment in cast(Times, value)]


class Folder(Kind):
    """An absolute folder path; empty for the default folder."""

    annotation = Path | None

    def describe(self) -> Phrase:
        return say(
            QT_TRANSLATE_NOOP("settings", 'an absolute folder path ("" for the default folder)')
        )

    def parse(self, value: object) -> Path | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str | Path):
            raise self.refuse(value)
        folder = Path(value).expanduser()
        if not folder.is_absolute():
            raise self.refuse(value)
        return folder

    def to_toml(self, value: SettingValue) -> object:
        return "" if value is None else str(value)


#: How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the
#: exercises that come as usual (weight 1).
Weights = tuple[tuple[str, int], ...]
WEIGHT_NEVER, WEIGHT_USUAL, WEIGHT_MOST = 0, 1, 3
_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")


class WeightsKind(Kind):
    """A table keyed by exercise id: 0 never offers it, 1 as usual, 2 and 3 more often."""

    annotation = Weights

    def describe(self) -> Phrase:
        return say(
            QT_TRANSLATE_NOOP(
                "settings",
                "a table of exercise ids and whole numbers from {0} (never) to {1} (most often), "
                'like {2} ("" for none)',
            ),
            WEIGHT_NEVER,
            WEIGHT_MOST,
            "{ chin-tuck = 2, side-bend = 0 }",
        )

    def parse(self, value: object) -> Weights:
        if isinstance(value, dict):
            pairs = list(value.items())
        elif isinstance(value, tuple) and all(
            isinstance(pair, tuple) and len(pair) == 2 for pair in value
        ):
            pairs = list(value)
        else:
            raise self.refuse(value)
        out: dict[str, int] = {}
        for key, weight in pairs:
            if not isinstance(key, str) or not _ID_RE.fullmatch(key):
                raise Refused(
                    say(
                        QT_TRANSLATE_NOOP(
                            "settings", "{0} is not an exercise id (lowercase letters, digits, -)"
                        ),
                        shown(key),
                    )
                )
            if (
                isinstance(weight, bool)
                or not isinstance(weight, int)
                or not WEIGHT_NEVER <= weight <= WEIGHT_MOST
            ):
                raise Refused(
                    say(
                        QT_TRANSLATE_NOOP(
                            "settings",
                            "the weight of {0} must be a whole number from {1} to {2}, got {3}",
                        ),
                        key,
                        WEIGHT_NEVER,
                        WEIGHT_MOST,
                        shown(weight),
                    )
                )
            out[key] = weight
        return tuple(sorted((key, w) for key, w in out.items() if w != WEIGHT_USUAL))

    def parse_text(self, text: str) -> Weights:
        words = text.strip()
        if words.startswith("{"):
            import tomllib

            try:
                table = tomllib.loads(f"v = {words}")["v"]
            except (tomllib.TOMLDecodeError, RecursionError):
                raise Refused(
                    say(
                        QT_TRANSLATE_NOOP("settings", "{0} is not a TOML table like {1}"),
                        words,
                        "{ chin-tuck = 2 }",
                    )
                ) from None
            return self.parse(table)
        pairs: dict[str, object] = {}
        for item in (part.strip() for part in words.split(",")):
            if not item:
                continue
            key, equals, number = item.partition("=")
            if not equals or not number.strip().lstrip("-").isdigit():
                raise Refused(
                    say(QT_TRANSLATE_NOOP("settings", '"{0}" is not like "chin-tuck=2"'), item)
                )
            pairs[key.strip()] = int(number.strip())
        return self.parse(pairs)

    def to_toml(self, value: SettingValue) -> object:
        return dict(cast(Weights, value))

    def format_text(self, value: SettingValue) -> str:
        return ", ".join(f"{key}={weight}" for key, weight in cast(Weights, value))


def weight_of(weights: Weights, exercise_id: str) -> int:
    """How often `exercise_id` is offered (1 when the table does not name it)."""
    return dict(weights).get(exercise_id, WEIGHT_USUAL)


def with_weight(weights: Weights, exercise_id: str, weight: int) -> Weights:
    """`weights` with one exercise's weight set (and kept out of the table when it is usual)."""
    table = dict(weights)
    table[exercise_id] = weight
    return WeightsKind().parse(table)
