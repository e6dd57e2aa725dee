"""Every option is declared once, in FIELDS; loading, checking, saving and the dialog read that.

The file is TOML the user may edit by hand, so a mistake costs them one value, never the whole file:
bad values fall back to their default, unknown keys are kept, and a file that cannot be parsed is
moved aside rather than overwritten.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import json
import re
import textwrap
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal, cast

from postureapp.core.files import atomic_write_text, set_aside

SCHEMA_VERSION = 1

Kind = Literal["int", "bool", "choice", "choices", "time_ranges", "times", "path"]
TimeRanges = tuple[tuple[time, time], ...]
Times = tuple[time, ...]
SettingValue = int | bool | str | frozenset[str] | TimeRanges | Times | Path | None

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_RANGE_EXAMPLE = '"09:00-12:30, 13:30-18:00"'
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})")
_BARE_KEY_RE = re.compile(r"[A-Za-z0-9_-]+")
_TRUE_WORDS = frozenset({"true", "yes", "on", "1"})
_FALSE_WORDS = frozenset({"false", "no", "off", "0"})


class SettingError(ValueError):
    """A value a user gave for one setting, refused with what was expected and what was found."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


class UnknownSetting(SettingError):
    """A key that names no setting; carries the nearest real key when there is one."""

    def __init__(self, key: str) -> None:
        self.suggestion = suggest(key)
        hint = f" (did you mean {self.suggestion}?)" if self.suggestion else ""
        super().__init__(key, f"unknown setting{hint}")


class SettingsReadOnly(Exception):
    """Raised instead of overwriting a file that a newer postureapp wrote."""


@dataclass(frozen=True)
class Field:
    """One option: its type, default, bounds and the words the dialog and the file show for it."""

    key: str
    kind: Kind
    default: SettingValue
    label: str
    help: str
    unit: str = ""
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    allow_empty: bool = True

    @property
    def section(self) -> str:
        return self.key.partition(".")[0]

    @property
    def name(self) -> str:
        return self.key.partition(".")[2]

    @property
    def expected(self) -> str:
        """What a valid value looks like, in words; used in errors, file comments and tooltips."""
        if self.kind == "int":
            low, high = self._bounds()
            unit = f" ({self.unit})" if self.unit else ""
            return f"a whole number from {low} to {high}{unit}"
        if self.kind == "bool":
            return "true or false"
        if self.kind == "choice":
            return "one of " + ", ".join(self.choices)
        if self.kind == "choices":
            least = "" if self.allow_empty else "at least one of "
            return f"a list of {least}" + ", ".join(self.choices)
        if self.kind == "time_ranges":
            return f'time ranges like {_RANGE_EXAMPLE} ("" for none)'
        if self.kind == "times":
            return 'a list of times like ["11:00", "15:30"]'
        return 'an absolute folder path ("" for the default folder)'

    def parse(self, value: object) -> SettingValue:
        """Check a value from the TOML file (or an already typed one); return its typed form."""
        return _PARSERS[self.kind](self, value)

    def parse_text(self, text: str) -> SettingValue:
        """Check a value typed on a command line or in a text box (the `format_text` form)."""
        words = text.strip()
        if self.kind == "int":
            try:
                number = int(words)
            except ValueError:
                raise self._refuse(text) from None
            return self.parse(number)
        if self.kind == "bool":
            if words.lower() in _TRUE_WORDS:
                return True
            if words.lower() in _FALSE_WORDS:
                return False
            raise self._refuse(text)
        if self.kind in ("choices", "times"):
            return self.parse([item for item in re.split(r"[,\s]+", words) if item])
        return self.parse(words)

    def to_toml(self, value: SettingValue) -> object:
        """The typed value in the form the TOML file holds; `parse` turns it back."""
        if isinstance(value, frozenset):
            return [choice for choice in self.choices if choice in value]
        if self.kind == "time_ranges":
            return ", ".join(f"{start:%H:%M}-{end:%H:%M}" for start, end in cast(TimeRanges, value))
        if self.kind == "times":
            return [f"{moment:%H:%M}" for moment in cast(Times, value)]
        if value is None or isinstance(value, Path):
            return "" if value is None else str(value)
        return value

    def format_toml(self, value: SettingValue) -> str:
        """The typed value as the file writes it."""
        return _toml_value(self.to_toml(value))

    def format_text(self, value: SettingValue) -> str:
        """The typed value as a user would type it; `parse_text` turns it back."""
        toml_value = self.to_toml(value)
        if isinstance(toml_value, list):
            return ", ".join(toml_value)
        if isinstance(toml_value, bool):
            return "true" if toml_value else "false"
        return str(toml_value)

    def _bounds(self) -> tuple[int, int]:
        if self.minimum is None or self.maximum is None:
            raise TypeError(f"{self.key}: an int setting needs a minimum and a maximum")
        return self.minimum, self.maximum

    def _refuse(self, found: object) -> SettingError:
        return SettingError(self.key, f"must be {self.expected}, got {_shown(found)}")

    def _parse_int(self, value: object) -> int:
        low, high = self._bounds()
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._refuse(value)
        return value

    def _parse_bool(self, value: object) -> bool:
        if not isinstance(value, bool):
            raise self._refuse(value)
        return value

    def _parse_choice(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.choices:
            raise self._refuse(value)
        return value

    def _parse_choices(self, value: object) -> frozenset[str]:
        if not isinstance(value, list | tuple | set | frozenset) or not all(
            isinstance(item, str) for item in value
        ):
            raise self._refuse(value)
        strange = [item for item in value if item not in self.choices]
        if strange:
            listed = ", ".join(_shown(item) for item in strange)
            verb = "is not" if len(strange) == 1 else "are not"
            raise SettingError(self.key, f"{listed} {verb} one of " + ", ".join(self.choices))
        if not value and not self.allow_empty:
            raise self._refuse(value)
        return frozenset(value)

    def _parse_time_ranges(self, value: object) -> TimeRanges:
        if isinstance(value, str):
            pairs = [self._range(part.strip()) for part in value.split(",") if part.strip()]
        elif isinstance(value, tuple) and all(_is_time_pair(pair) for pair in value):
            pairs = list(value)
        else:
            raise self._refuse(value)
        pairs.sort()
        for start, end in pairs:
            if start >= end:
                shown = f"{start:%H:%M}-{end:%H:%M}"
                raise SettingError(self.key, f'"{shown}" must start before it ends')
        for (start1, end1), (start2, end2) in itertools.pairwise(pairs):
            if start2 < end1:
                first, second = f"{start1:%H:%M}-{end1:%H:%M}", f"{start2:%H:%M}-{end2:%H:%M}"
                raise SettingError(self.key, f'"{first}" and "{second}" overlap')
        return tuple(pairs)

    def _range(self, text: str) -> tuple[time, time]:
        start, dash, end = text.partition("-")
        if not dash:
            raise SettingError(
                self.key, f'"{text}" is not a range like "09:00-12:30" (HH:MM-HH:MM)'
            )
        return self._clock_time(start.strip()), self._clock_time(end.strip())

    def _parse_times(self, value: object) -> Times:
        if not isinstance(value, list | tuple):
            raise self._refuse(value)
        moments = sorted(
            item if _is_whole_minute(item) else self._clock_time(item) for item in value
        )
        for earlier, later in itertools.pairwise(moments):
            if earlier == later:
                raise SettingError(self.key, f"lists {earlier:%H:%M} twice")
        return tuple(moments)

    def _clock_time(self, text: object) -> time:
        match = _TIME_RE.fullmatch(text) if isinstance(text, str) else None
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            raise SettingError(
                self.key, f"{_shown(text)} is not a time of day as HH:MM (00:00 to 23:59)"
            )
        return time(int(match[1]), int(match[2]))

    def _parse_path(self, value: object) -> Path | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str | Path):
            raise self._refuse(value)
        folder = Path(value).expanduser()
        if not folder.is_absolute():
            raise self._refuse(value)
        return folder


def _is_time_pair(pair: object) -> bool:
    return isinstance(pair, tuple) and len(pair) == 2 and all(map(_is_whole_minute, pair))


def _is_whole_minute(value: object) -> bool:
    return (
        isinstance(value, time)
        and value.tzinfo is None
        and value.second == 0
        and value.microsecond == 0
    )


_PARSERS: dict[Kind, Callable[[Field, object], SettingValue]] = {
    "int": Field._parse_int,
    "bool": Field._parse_bool,
    "choice": Field._parse_choice,
    "choices": Field._parse_choices,
    "time_ranges": Field._parse_time_ranges,
    "times": Field._parse_times,
    "path": Field._parse_path,
}

AREAS = ("upper-back", "neck", "shoulders", "chest", "lower-back")
POSITIONS = ("seated", "standing", "floor")
EQUIPMENT = ("wall", "foam-roller", "towel")
_OFFICE_HOURS: TimeRanges = ((time(9, 0), time(17, 0)),)


def _number(key: str, default: int, low: int, high: int, unit: str, label: str, help: str) -> Field:
    return Field(key, "int", default, label, help, unit=unit, minimum=low, maximum=high)


def _switch(key: str, default: bool, label: str, help: str) -> Field:
    return Field(key, "bool", default, label, help)


FIELDS: tuple[Field, ...] = (
    _number(
        "breaks.short_interval_minutes", 30, 5, 180, "minutes",
        "Work between breaks", "Minutes of work between one break and the next.",
    ),
    _number(
        "breaks.short_break_seconds", 40, 10, 300, "seconds",
        "Short break length", "How long a short break lasts.",
    ),
    _number(
        "breaks.long_every", 4, 0, 12, "breaks",
        "Long break every", "Every Nth break is a long one; 0 means never.",
    ),
    _number(
        "breaks.long_break_seconds", 240, 60, 1200, "seconds",
        "Long break length", "How long a long break lasts.",
    ),
    _number(
        "breaks.notice_seconds", 30, 0, 300, "seconds",
        "Notice before a break",
        "How early a quiet notice announces a break; 0 means no notice.",
    ),
    _number(
        "breaks.snooze_minutes", 5, 1, 60, "minutes",
        "Snooze length", "How long Snooze puts a break off.",
    ),
    _number(
        "breaks.snooze_cap", 2, 0, 10, "snoozes",
        "Snoozes per break", "How often in a row one break may be snoozed; 0 turns Snooze off.",
    ),
    _switch(
        "breaks.strict", False,
        "Strict mode", "A break that has started cannot be skipped or snoozed.",
    ),
    _switch(
        "schedule.working_hours_enabled", False,
        "Only in working hours", "Plan breaks only inside the working hours set for each day.",
    ),
    *(
        Field(
            f"schedule.{day}", "time_ranges", _OFFICE_HOURS if day in DAYS[:5] else (),
            day_name, f"Working hours on {day_name}, as HH:MM-HH:MM ranges; empty for a day off.",
        )
        for day, day_name in zip(DAYS, _DAY_NAMES, strict=True)
    ),
    Field(
        "schedule.fixed_times", "times", (),
        "Fixed break times", "Times of day when a break comes whatever the interval says.",
    ),
    Field(
        "schedule.fixed_days", "choices", frozenset(DAYS[:5]),
        "Days for fixed times", "The days on which the fixed break times apply.", choices=DAYS,
    ),
    _switch(
        "schedule.wait_for_fullscreen", True,
        "Wait during full screen", "Hold a due break while a full-screen window is in front.",
    ),
    _switch(
        "schedule.wait_for_dnd", True,
        "Wait during Do Not Disturb", "Hold a due break while Do Not Disturb is on.",
    ),
    _switch(
        "schedule.wait_for_calls", True,
        "Wait during calls", "Hold a due break while a call seems to be in progress.",
    ),
    _number(
        "schedule.max_wait_minutes", 30, 0, 240, "minutes",
        "Longest wait",
        "How long a held break waits before it is shown anyway; 0 means no limit.",
    ),
    Field(
        "exercises.areas", "choices", frozenset(AREAS),
        "Body areas", "The parts of the body the offered exercises may work on.",
        choices=AREAS, allow_empty=False,
    ),
    Field(
        "exercises.positions", "choices", frozenset(POSITIONS[:2]),
        "Positions", "The positions an offered exercise may ask you to take.",
        choices=POSITIONS, allow_empty=False,
    ),
    Field(
        "exercises.equipment", "choices", frozenset(),
        "Equipment at hand",
        "Equipment you have nearby; exercises needing other things are left out.",
        choices=EQUIPMENT,
    ),
    Field(
        "exercises.custom_folder", "path", None,
        "Your exercises folder", "A folder of your own exercise files; empty means the usual one.",
    ),
    _switch("behaviour.sound", False, "Sound", "Play a soft sound when a break starts and ends."),
    _switch(
        "behaviour.start_at_login", False, "Start at login", "Start postureapp when you log in."
    ),
    _number(
        "behaviour.idle_threshold_minutes", 5, 1, 60, "minutes",
        "Away counts as a break", "Away from the computer this long and a break counts as taken.",
    ),
    _switch(
        "behaviour.checkins", True,
        "Check-ins", "Now and then ask after a break how your back and neck feel.",
    ),
    _number(
        "behaviour.streak_min_breaks", 4, 1, 20, "breaks",
        "Breaks for a streak day", "How many breaks make a day count towards a streak.",
    ),
)  # fmt: skip

FIELDS_BY_KEY: Mapping[str, Field] = {field.key: field for field in FIELDS}
_BY_NAME: Mapping[str, Field] = {field.name: field for field in FIELDS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(field.section for field in FIELDS))


def suggest(key: str) -> str | None:
    """The real key a mistyped one most likely meant, looking in every section."""
    name = key.rpartition(".")[2]
    if name in _BY_NAME:
        return _BY_NAME[name].key
    close = difflib.get_close_matches(key, list(FIELDS_BY_KEY), n=1, cutoff=0.75)
    if close:
        return close[0]
    close = difflib.get_close_matches(name, list(_BY_NAME), n=1, cutoff=0.75)
    return _BY_NAME[close[0]].key if close else None


def field_for(key: str) -> Field:
    """The declaration for a dotted key; an unknown key raises with a suggestion."""
    try:
        return FIELDS_BY_KEY[key]
    except KeyError:
        raise UnknownSetting(key) from None


@dataclass(frozen=True)
class Settings:
    """The values in effect; always valid, because construction checks each against its Field.

    The attributes are written out so that type checkers see them; a test holds them to FIELDS.
    """

    short_interval_minutes: int
    short_break_seconds: int
    long_every: int
    long_break_seconds: int
    notice_seconds: int
    snooze_minutes: int
    snooze_cap: int
    strict: bool
    working_hours_enabled: bool
    mon: TimeRanges
    tue: TimeRanges
    wed: TimeRanges
    thu: TimeRanges
    fri: TimeRanges
    sat: TimeRanges
    sun: TimeRanges
    fixed_times: Times
    fixed_days: frozenset[str]
    wait_for_fullscreen: bool
    wait_for_dnd: bool
    wait_for_calls: bool
    max_wait_minutes: int
    areas: frozenset[str]
    positions: frozenset[str]
    equipment: frozenset[str]
    custom_folder: Path | None
    sound: bool
    start_at_login: bool
    idle_threshold_minutes: int
    checkins: bool
    streak_min_breaks: int

    def __post_init__(self) -> None:
        for field in FIELDS:
            object.__setattr__(self, field.name, field.parse(getattr(self, field.name)))

    @classmethod
    def defaults(cls) -> Settings:
        return cls.from_values({})

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> Settings:
        """Build from attribute names; whatever is missing takes its default."""
        return cls(**{field.name: values.get(field.name, field.default) for field in FIELDS})

    def get(self, key: str) -> SettingValue:
        value: SettingValue = getattr(self, field_for(key).name)
        return value

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def with_value(self, key: str, value: object) -> Settings:
        return self.replace(**{field_for(key).name: value})

    def day_ranges(self, weekday: int) -> TimeRanges:
        """Working hours for `date.weekday()` (0 = Monday)."""
        ranges: TimeRanges = getattr(self, DAYS[weekday])
        return ranges


def diff(a: Settings, b: Settings) -> list[str]:
    """The keys whose values differ, in declared order."""
    return [field.key for field in FIELDS if getattr(a, field.name) != getattr(b, field.name)]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the settings file, placed as precisely as we can."""

    path: Path
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass
class LoadResult:
    """Settings to use plus everything the user should hear about the file they came from."""

    settings: Settings
    problems: list[Problem]
    set_aside: Path | None
    unknown: dict[str, object]
    read_only: bool


def load(path: Path, *, now: datetime) -> LoadResult:
    """Read the settings file, keeping every good value and reporting every bad one."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        data = tomllib.loads(text)
    except FileNotFoundError:
        return LoadResult(Settings.defaults(), [], None, {}, read_only=False)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return _set_aside(path, error, now)
    except OSError as error:
        message = f"cannot be read ({error.strerror}); the defaults are in use"
        return LoadResult(Settings.defaults(), [Problem(path, None, None, message)], None, {}, True)
    return _read(path, text, data)


def _set_aside(path: Path, error: ValueError, now: datetime) -> LoadResult:
    reason = str(error)
    line: int | None = None
    if isinstance(error, UnicodeDecodeError):
        reason = "it is not UTF-8 text"
    elif found := re.search(r"\s*\(at line (\d+), column \d+\)$", reason):
        line, reason = int(found[1]), reason[: found.start()]
    try:
        aside = set_aside(path, "bad", now)
    except OSError as failure:
        message = (
            f"is not valid TOML ({reason}) and could not be moved aside ({failure.strerror}); "
            "the defaults are in use and the file will not be changed"
        )
        return LoadResult(Settings.defaults(), [Problem(path, line, None, message)], None, {}, True)
    message = (
        f"is not valid TOML ({reason}); it was moved to {aside.name} and the defaults are in use"
    )
    return LoadResult(Settings.defaults(), [Problem(path, line, None, message)], aside, {}, False)


def _read(path: Path, text: str, data: dict[str, Any]) -> LoadResult:
    lines = _key_lines(text)
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    unknown: dict[str, object] = {}

    def report(key: str, message: str) -> None:
        line = lines.get(key) or lines.get(key.rpartition(".")[0])
        problems.append(Problem(path, line, key, message))

    version = data.pop("schema_version", SCHEMA_VERSION)
    newer = isinstance(version, int) and version > SCHEMA_VERSION
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        report(
            "schema_version",
            f"must be a whole number (this version writes {SCHEMA_VERSION}), "
            f"got {_shown(version)}; the file is read as version {SCHEMA_VERSION}",
        )
    elif newer:
        report(
            "schema_version",
            f"the file was written by a newer postureapp (schema {version}; this one knows "
            f"{SCHEMA_VERSION}): it is read as far as understood and will not be changed",
        )

    def take(key: str, value: object) -> None:
        field = FIELDS_BY_KEY.get(key)
        if field is None:
            unknown[key] = value
            if not newer:
                report(key, UnknownSetting(key).message)
            return
        try:
            values[field.name] = field.parse(value)
        except SettingError as error:
            default = field.format_toml(field.default)
            report(key, f"{error.message}; the default {default} is used instead")

    for name, value in data.items():
        if name in SECTIONS and not isinstance(value, dict):
            report(name, f"must be a section [{name}], got {_shown(value)}; it is ignored")
        elif isinstance(value, dict) and (value or name in SECTIONS):
            for inner, item in value.items():
                take(f"{name}.{inner}", item)
        else:
            take(name, value)
    return LoadResult(Settings.from_values(values), problems, None, unknown, read_only=newer)


def _key_lines(text: str) -> dict[str, int]:
    """Where each dotted key (and each table) first appears, for pointing at the right line."""
    found: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[\[?([^\]]+)\]", line)
        if header:
            table = _dotted(header[1])
            found.setdefault(table, number)
            continue
        assignment = re.match(r"\s*([A-Za-z0-9_.\-\"' ]+?)\s*=", line)
        if assignment:
            key = _dotted(assignment[1])
            found.setdefault(f"{table}.{key}" if table else key, number)
    return found


def _dotted(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


def save(path: Path, settings: Settings, *, unknown: Mapping[str, object] | None = None) -> None:
    """Write the whole file atomically, with help comments, keeping keys this version ignores."""
    target = path.resolve() if path.is_symlink() else path
    version = _schema_on_disk(target)
    if version is not None and version > SCHEMA_VERSION:
        raise SettingsReadOnly(
            f"{target} was written by a newer postureapp (schema {version}); "
            "this version will not change it"
        )
    atomic_write_text(target, render(settings, unknown or {}))


def _schema_on_disk(path: Path) -> int | None:
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except FileNotFoundError:
        return None
    try:
        version = tomllib.loads(text).get("schema_version")
    except tomllib.TOMLDecodeError:
        found = re.search(r"^\s*schema_version\s*=\s*(\d+)", text, re.MULTILINE)
        version = int(found[1]) if found else None
    return version if isinstance(version, int) else None


_HEADER = """\
# postureapp settings.
# You may edit this file by hand; the running app notices when it is saved.
# A value that is not valid is reported and its default is used instead.
# `postureapp config show` lists the values in effect.
"""
_NOT_RECOGNISED = "# not recognised by this version"


def render(settings: Settings, unknown: Mapping[str, object]) -> str:
    """The file's text: sections in declared order, each option under its help and bounds."""
    grouped: dict[str, dict[str, object]] = {}
    for key, value in unknown.items():
        section, dot, name = key.partition(".")
        grouped.setdefault(section if dot else "", {})[name if dot else key] = value

    out = [_HEADER + f"schema_version = {SCHEMA_VERSION}"]
    out += _extra_lines(grouped.pop("", {}))
    for section in SECTIONS:
        out += ["", f"[{section}]"]
        for field in (field for field in FIELDS if field.section == section):
            value = field.format_toml(getattr(settings, field.name))
            default = field.format_toml(field.default)
            allowed = "" if field.kind == "bool" else f" Allowed: {field.expected}."
            out += ["", *textwrap.wrap(field.help, 98, initial_indent="# ", subsequent_indent="# ")]
            out.append(f"# Default: {default}.{allowed}")
            out.append(f"{field.name} = {value}")
        out += _extra_lines(grouped.pop(section, {}))
    for section, extra in grouped.items():
        out += ["", f"[{_toml_key(section)}]", *_extra_lines(extra)[1:]]
    return "\n".join(out) + "\n"


def _extra_lines(extra: Mapping[str, object]) -> list[str]:
    if not extra:
        return []
    return ["", _NOT_RECOGNISED] + [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in extra.items()]


def _toml_key(name: str) -> str:
    return name if _BARE_KEY_RE.fullmatch(name) else _toml_string(name)


def _toml_string(text: str) -> str:
    # JSON's escapes are all valid TOML; DEL is the one character TOML wants escaped and JSON not.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: object) -> str:
    """One TOML value on one line (tables inline), for values that came out of a TOML file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {value!r} to a TOML file")


def _shown(value: object) -> str:
    try:
        return _toml_value(value)
    except TypeError:
        return repr(value)
